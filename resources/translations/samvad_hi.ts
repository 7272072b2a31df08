<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>AlarmBanner</name>
    <message>
        <location filename="../../ui/alarm.py" line="105" />
        <source>Acknowledge (F9)</source>
        <translation>स्वीकार करें (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/alarm.py" line="108" />
        <source>Alarm: callback overdue — %1 case(s): %2</source>
        <translation>अलार्म: वापसी कॉल में देरी — %1 प्रकरण: %2</translation>
    </message>
</context>
<context>
    <name>AvailabilityPanel</name>
    <message>
        <location filename="../../ui/availability_panel.py" line="105" />
        <source>&lt;b&gt;Availability&lt;/b&gt;</source>
        <translation>&lt;b&gt;उपलब्धता&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/availability_panel.py" line="106" />
        <source>Filter by name, office or number</source>
        <translation>नाम, कार्यालय या नंबर से छाँटें</translation>
    </message>
    <message>
        <location filename="../../ui/availability_panel.py" line="107" />
        <source>&amp;Leave / training…</source>
        <translation>अवकाश / प्रशिक्षण (&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/availability_panel.py" line="108" />
        <source>Record a leave or training period for the selected officer, with an alternate</source>
        <translation>चुने गए अधिकारी का अवकाश या प्रशिक्षण, प्रतिस्थानी के साथ दर्ज करें</translation>
    </message>
    <message>
        <location filename="../../ui/availability_panel.py" line="109" />
        <source>Import roster…</source>
        <translation>रोस्टर आयात…</translation>
    </message>
    <message>
        <location filename="../../ui/availability_panel.py" line="110" />
        <source>Export roster…</source>
        <translation>रोस्टर निर्यात…</translation>
    </message>
    <message>
        <location filename="../../ui/availability_panel.py" line="118" />
        <source>on duty %1 · on leave %2 · in training %3</source>
        <translation>ड्यूटी पर %1 · अवकाश पर %2 · प्रशिक्षण में %3</translation>
    </message>
    <message>
        <location filename="../../ui/availability_panel.py" line="121" />
        <source>reading the officers…</source>
        <translation>अधिकारियों की सूची पढ़ी जा रही है…</translation>
    </message>
    <message>
        <location filename="../../ui/availability_panel.py" line="125" />
        <source>All departments</source>
        <translation>सभी विभाग</translation>
    </message>
    <message>
        <location filename="../../ui/availability_panel.py" line="126" />
        <source>All statuses</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="132" />
        <source>Holidays and working days</source>
        <translation>अवकाश और कार्य दिवस</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="134" />
        <source>Year</source>
        <translation>वर्ष</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="134" />
        <source>Day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="134" />
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="134" />
        <source>Name (English)</source>
        <translation>नाम (अंग्रेज़ी)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="134" />
        <source>Name (Hindi)</source>
        <translation>नाम (हिन्दी)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="139" />
        <source>&amp;Save day</source>
        <translation>दिन सहेजें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="140" />
        <source>&amp;New</source>
        <translation>नया (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="141" />
        <source>&amp;Delete</source>
        <translation>हटाएँ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="142" />
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="143" />
        <source>Only a supervisor can change the calendar.</source>
        <translation>कैलेंडर केवल पर्यवेक्षक बदल सकते हैं।</translation>
    </message>
</context>
<context>
    <name>CalendarTableModel</name>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="45" />
        <source>Day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="46" />
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="47" />
        <source>Name</source>
        <translation>नाम</translation>
    </message>
</context>
<context>
    <name>CallerBar</name>
    <message>
        <location filename="../../ui/caller_bar.py" line="82" />
        <source>Dismiss</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../../ui/caller_bar.py" line="83" />
        <source>New complaint for them (%1)</source>
        <translation>इनकी नई शिकायत (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/caller_bar.py" line="84" />
        <source>Record the callback (%1)</source>
        <translation>वापसी कॉल दर्ज करें (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/caller_bar.py" line="93" />
        <source>%1 is calling the center (%2).</source>
        <translation>%1 केंद्र को कॉल कर रहे हैं (%2)।</translation>
    </message>
    <message>
        <location filename="../../ui/caller_bar.py" line="95" />
        <source>A new complaint is open with them filled in.</source>
        <translation>उनके नाम से नई शिकायत खुली है।</translation>
    </message>
    <message>
        <location filename="../../ui/caller_bar.py" line="97" />
        <source>Officer %1 is calling the center (%2).</source>
        <translation>अधिकारी %1 केंद्र को कॉल कर रहे हैं (%2)।</translation>
    </message>
    <message>
        <location filename="../../ui/caller_bar.py" line="100" />
        <source>Case %1 awaits their callback.</source>
        <translation>प्रकरण %1 में उनकी वापसी कॉल प्रतीक्षित है।</translation>
    </message>
    <message>
        <location filename="../../ui/caller_bar.py" line="102" />
        <source>No open case of theirs awaits a callback.</source>
        <translation>उनका कोई खुला प्रकरण वापसी कॉल की प्रतीक्षा में नहीं है।</translation>
    </message>
    <message>
        <location filename="../../ui/caller_bar.py" line="104" />
        <source>a withheld number</source>
        <translation>छिपा हुआ नंबर</translation>
    </message>
    <message>
        <location filename="../../ui/caller_bar.py" line="105" />
        <source>%1 is calling the center (%2); the number is not in the roster.</source>
        <translation>%1 केंद्र को कॉल कर रहा है (%2); यह नंबर रोस्टर में नहीं है।</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../ui/case_dialog.py" line="156" />
        <source>Case %1</source>
        <translation>प्रकरण %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.py" line="203" />
        <source>Close window (Esc)</source>
        <translation>विंडो बंद करें (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.py" line="227" />
        <source>Write the reason or note first.</source>
        <translation>पहले कारण या टिप्पणी लिखें।</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.py" line="216" />
        <source>Note / reason</source>
        <translation>टिप्पणी / कारण</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.py" line="217" />
        <source>A note to add, or why the case is reopened</source>
        <translation>जोड़ने के लिए टिप्पणी, या प्रकरण दोबारा खोलने का कारण</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.py" line="290" />
        <source>Nothing was recorded.</source>
        <translation>कुछ दर्ज नहीं हुआ।</translation>
    </message>
</context>
<context>
    <name>CaseStepDialog</name>
    <message>
        <location filename="../../ui/case_step_dialog.py" line="116" />
        <source>Record that the officer called the representative back (case %1). Who told the center, and when did the callback happen?</source>
        <translation>दर्ज करें कि अधिकारी ने जनप्रतिनिधि को वापस कॉल कर लिया (प्रकरण %1)। केंद्र को किसने बताया, और वापसी कॉल कब हुई?</translation>
    </message>
    <message>
        <location filename="../../ui/case_step_dialog.py" line="118" />
        <source>Close case %1: it leaves the queue, and its record is final until reopened.</source>
        <translation>प्रकरण %1 बंद करें: यह कतार से हट जाएगा, और दोबारा खोले जाने तक इसका अभिलेख अंतिम रहेगा।</translation>
    </message>
    <message>
        <location filename="../../ui/case_step_dialog.py" line="119" />
        <source>Cancel case %1: it leaves the queue and counts for nobody. Write why.</source>
        <translation>प्रकरण %1 निरस्त करें: यह कतार से हट जाएगा और किसी की गणना में नहीं आएगा। कारण लिखें।</translation>
    </message>
    <message>
        <location filename="../../ui/case_step_dialog.py" line="120" />
        <source>Escalate case %1: the officer's superior is told by SMS and a call, and the case is marked escalated.</source>
        <translation>प्रकरण %1 उच्चाधिकारी को सूचित करें: अधिकारी के उच्चाधिकारी को एसएमएस और कॉल से बताया जाएगा, और प्रकरण पर यह दर्ज होगा।</translation>
    </message>
    <message>
        <location filename="../../ui/case_step_dialog.py" line="125" />
        <source>Who confirmed</source>
        <translation>पुष्टि किसने की</translation>
    </message>
    <message>
        <location filename="../../ui/case_step_dialog.py" line="126" />
        <source>Callback at (IST)</source>
        <translation>वापसी कॉल का समय (IST)</translation>
    </message>
    <message>
        <location filename="../../ui/case_step_dialog.py" line="127" />
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../../ui/case_step_dialog.py" line="127" />
        <source>Note (optional)</source>
        <translation>टिप्पणी (वैकल्पिक)</translation>
    </message>
    <message>
        <location filename="../../ui/case_step_dialog.py" line="130" />
        <source>Back (Esc)</source>
        <translation>वापस (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/case_step_dialog.py" line="131" />
        <source>(Enter)</source>
        <translation>(Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/case_step_dialog.py" line="154" />
        <source>Write the reason first.</source>
        <translation>पहले कारण लिखें।</translation>
    </message>
</context>
<context>
    <name>CaseFiguresTableModel</name>
    <message>
        <location filename="../../ui/report_table_models.py" line="137" />
        <source>Case</source>
        <translation>प्रकरण</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="138" />
        <source>Called (IST)</source>
        <translation>कॉल का समय (IST)</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="139" />
        <source>Officer</source>
        <translation>अधिकारी</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="140" />
        <source>Representative</source>
        <translation>जनप्रतिनिधि</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="141" />
        <source>Response (min)</source>
        <translation>प्रतिक्रिया (मिनट)</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="142" />
        <source>Wall (min)</source>
        <translation>कुल (मिनट)</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="143" />
        <source>Outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="144" />
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="119" />
        <source>New complaint</source>
        <translation>नई शिकायत</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="120" />
        <source>&lt;b&gt;1. Officer&lt;/b&gt; the representative could not reach</source>
        <translation>&lt;b&gt;1. अधिकारी&lt;/b&gt; जिनसे जनप्रतिनिधि का संपर्क नहीं हो सका</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="121" />
        <source>Name, designation, department, tehsil or digits of the number</source>
        <translation>नाम, पदनाम, विभाग, तहसील या नंबर के अंक</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="122" />
        <source>&lt;b&gt;2. Representative&lt;/b&gt; who called the center</source>
        <translation>&lt;b&gt;2. जनप्रतिनिधि&lt;/b&gt; जिन्होंने केंद्र को कॉल किया</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="123" />
        <source>Name, constituency or number</source>
        <translation>नाम, निर्वाचन क्षेत्र या नंबर</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="124" />
        <source>Reached the center by</source>
        <translation>केंद्र से संपर्क का माध्यम</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="125" />
        <source>Called the officer at (IST)</source>
        <translation>अधिकारी को कॉल का समय (IST)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="126" />
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="127" />
        <source>What the representative needs (optional)</source>
        <translation>जनप्रतिनिधि को क्या चाहिए (वैकल्पिक)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="129" />
        <source>&amp;Log complaint (Enter)</source>
        <translation>शिकायत दर्ज करें (&amp;L) (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="130" />
        <source>Log and &amp;instruct (Ctrl+Enter)</source>
        <translation>दर्ज करें और निर्देश दें (&amp;I) (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="131" />
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="139" />
        <source>Choose an officer to see whether they are on duty.</source>
        <translation>अधिकारी चुनें, तो दिखेगा कि वे ड्यूटी पर हैं या नहीं।</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="182" />
        <source>Choose both the officer and the representative first.</source>
        <translation>पहले अधिकारी और जनप्रतिनिधि दोनों चुनें।</translation>
    </message>
</context>
<context>
    <name>ConsoleStatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py" line="60" />
        <source>● Office open — the clock is running</source>
        <translation>● कार्यालय खुला है — समय-सीमा चल रही है</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="63" />
        <source>■ Office closed until %1 — countdowns paused</source>
        <translation>■ कार्यालय %1 तक बंद — समय-सीमाएँ रुकी हैं</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="68" />
        <source>%1 IST</source>
        <translation>%1 IST</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="73" />
        <source>Training clock: %1 IST</source>
        <translation>प्रशिक्षण घड़ी: %1 IST</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="74" />
        <source>The demo runs on a training clock inside office hours, so the rule can be practised at any hour. Start it with --real-clock for the time of day.</source>
        <translation>डेमो कार्यालय समय के भीतर चलने वाली प्रशिक्षण घड़ी पर चलता है, ताकि नियम का अभ्यास किसी भी समय हो सके। वास्तविक समय के लिए इसे --real-clock के साथ शुरू करें।</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="80" />
        <source>data as of %1</source>
        <translation>आँकड़े %1 तक के</translation>
    </message>
</context>
<context>
    <name>Done</name>
    <message>
        <location filename="../../ui/labels.py" line="163" />
        <source>Officer instructed: the SMS and the call are in the outbox.</source>
        <translation>अधिकारी को निर्देश दिया: एसएमएस और कॉल आउटबॉक्स में हैं।</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="164" />
        <source>Officer instructed again: the SMS and the call are in the outbox.</source>
        <translation>अधिकारी को पुनः निर्देश दिया: एसएमएस और कॉल आउटबॉक्स में हैं।</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="165" />
        <source>Callback confirmed and recorded.</source>
        <translation>वापसी कॉल की पुष्टि दर्ज हुई।</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="166" />
        <source>Redirected: this is now the case against the alternate.</source>
        <translation>प्रतिस्थानी को भेजा: अब यह प्रतिस्थानी का प्रकरण है।</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="167" />
        <source>Escalated: the superior's SMS and call are in the outbox.</source>
        <translation>उच्चाधिकारी को सूचित किया: उनका एसएमएस और कॉल आउटबॉक्स में हैं।</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="168" />
        <source>Case closed.</source>
        <translation>प्रकरण बंद हुआ।</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="169" />
        <source>Case cancelled.</source>
        <translation>प्रकरण निरस्त हुआ।</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="170" />
        <source>Case reopened.</source>
        <translation>प्रकरण दोबारा खोला गया।</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="171" />
        <source>Note added.</source>
        <translation>टिप्पणी जोड़ी गई।</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="172" />
        <source>Manual call recorded.</source>
        <translation>मैनुअल कॉल दर्ज हुई।</translation>
    </message>
</context>
<context>
    <name>DayFiguresTableModel</name>
    <message>
        <location filename="../../ui/report_table_models.py" line="98" />
        <source>Day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="99" />
        <source>Complaints</source>
        <translation>शिकायतें</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="100" />
        <source>On time</source>
        <translation>समय पर</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="101" />
        <source>Median (min)</source>
        <translation>माध्य (मिनट)</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="102" />
        <source>Unconfirmed</source>
        <translation>अपुष्ट</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="103" />
        <source>Escalations</source>
        <translation>उच्चाधिकारी को सूचित</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../ui/formatting.py" line="78" />
        <source>%1 min</source>
        <translation>%1 मिनट</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="81" />
        <source>%1 h %2 min</source>
        <translation>%1 घं %2 मि</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="82" />
        <source>%1 d %2 h</source>
        <translation>%1 दिन %2 घं</translation>
    </message>
</context>
<context>
    <name>IncomingTableModel</name>
    <message>
        <location filename="../../ui/modem_table_models.py" line="106" />
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="107" />
        <source>At</source>
        <translation>समय</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="108" />
        <source>From</source>
        <translation>प्रेषक</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="109" />
        <source>Case</source>
        <translation>प्रकरण</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="110" />
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="119" />
        <source>unknown sender</source>
        <translation>अज्ञात प्रेषक</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="40" />
        <source>Waiting</source>
        <translation>प्रतीक्षारत</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41" />
        <source>Due</source>
        <translation>कार्यवाही देय</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42" />
        <source>Instructed</source>
        <translation>निर्देशित</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43" />
        <source>Confirmed</source>
        <translation>पुष्टि हुई</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44" />
        <location filename="../../ui/labels.py" line="99" />
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45" />
        <source>Redirected</source>
        <translation>प्रतिस्थानी को भेजा</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46" />
        <source>Alarm</source>
        <translation>अलार्म</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47" />
        <source>Escalated</source>
        <translation>उच्चाधिकारी को सूचित</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48" />
        <location filename="../../ui/labels.py" line="69" />
        <location filename="../../ui/labels.py" line="100" />
        <source>Cancelled</source>
        <translation>निरस्त</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49" />
        <source>On duty</source>
        <translation>ड्यूटी पर</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50" />
        <source>On leave</source>
        <translation>अवकाश पर</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51" />
        <source>In training</source>
        <translation>प्रशिक्षण में</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52" />
        <source>Away (other)</source>
        <translation>अनुपस्थित (अन्य)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53" />
        <source>MP</source>
        <translation>सांसद</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54" />
        <source>MLA</source>
        <translation>विधायक</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55" />
        <source>MLC</source>
        <translation>एमएलसी</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56" />
        <location filename="../../ui/labels.py" line="109" />
        <source>Representative</source>
        <translation>जनप्रतिनिधि</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57" />
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58" />
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59" />
        <source>In person</source>
        <translation>स्वयं उपस्थित</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60" />
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61" />
        <location filename="../../ui/labels.py" line="133" />
        <source>SMS</source>
        <translation>एसएमएस</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62" />
        <source>Call</source>
        <translation>कॉल</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63" />
        <source>Queued</source>
        <translation>कतार में</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64" />
        <source>Sending</source>
        <translation>भेजा जा रहा</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65" />
        <source>Sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66" />
        <source>Delivered</source>
        <translation>पहुँच गया</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67" />
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68" />
        <source>Uncertain</source>
        <translation>अनिश्चित</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70" />
        <source>Operator</source>
        <translation>ऑपरेटर</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71" />
        <source>Supervisor</source>
        <translation>पर्यवेक्षक</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72" />
        <source>Administrator</source>
        <translation>प्रशासक</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73" />
        <source>center acts</source>
        <translation>कार्यवाही</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74" />
        <source>instruct now</source>
        <translation>अभी निर्देश दें</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74" />
        <source>callback</source>
        <translation>वापसी कॉल</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75" />
        <source>re-instruct</source>
        <translation>पुनः निर्देश</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76" />
        <source>escalation</source>
        <translation>उच्चाधिकारी</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77" />
        <source>&amp;Instruct officer</source>
        <translation>अधिकारी को निर्देश (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78" />
        <source>Record &amp;confirmation</source>
        <translation>पुष्टि दर्ज करें (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79" />
        <source>&amp;Redirect to alternate</source>
        <translation>प्रतिस्थानी को भेजें (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80" />
        <source>Re-instr&amp;uct</source>
        <translation>पुनः निर्देश (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81" />
        <source>&amp;Escalate to superior</source>
        <translation>उच्चाधिकारी को सूचित करें (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82" />
        <source>C&amp;lose case</source>
        <translation>प्रकरण बंद करें (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83" />
        <source>Cancel c&amp;ase</source>
        <translation>प्रकरण निरस्त करें (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84" />
        <source>Re&amp;open</source>
        <translation>दोबारा खोलें (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85" />
        <source>Add &amp;note</source>
        <translation>टिप्पणी जोड़ें (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86" />
        <source>Record &amp;manual call</source>
        <translation>मैनुअल कॉल दर्ज करें (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87" />
        <source>Complaint logged</source>
        <translation>शिकायत दर्ज</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88" />
        <source>Further complaint joined</source>
        <translation>नई शिकायत इसी प्रकरण में जुड़ी</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89" />
        <source>Became due</source>
        <translation>कार्यवाही देय हुई</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90" />
        <source>Officer instructed</source>
        <translation>अधिकारी को निर्देश दिया</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91" />
        <source>SMS to officer</source>
        <translation>अधिकारी को एसएमएस</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92" />
        <source>Call to officer</source>
        <translation>अधिकारी को कॉल</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93" />
        <source>Manual call</source>
        <translation>मैनुअल कॉल</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94" />
        <source>Callback confirmed</source>
        <translation>वापसी कॉल की पुष्टि</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95" />
        <source>Redirected to alternate</source>
        <translation>प्रतिस्थानी को भेजा</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="96" />
        <source>Alarm: callback overdue</source>
        <translation>अलार्म: वापसी कॉल में देरी</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97" />
        <source>Re-instructed</source>
        <translation>पुनः निर्देश दिया</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98" />
        <source>Escalated to superior</source>
        <translation>उच्चाधिकारी को सूचित किया</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101" />
        <source>Reopened</source>
        <translation>दोबारा खोला</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102" />
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103" />
        <source>Answered</source>
        <translation>उत्तर मिला</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104" />
        <source>No answer</source>
        <translation>उत्तर नहीं</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105" />
        <source>Busy</source>
        <translation>व्यस्त</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106" />
        <source>Unreachable</source>
        <translation>संपर्क से बाहर</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107" />
        <source>Rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108" />
        <source>Officer</source>
        <translation>अधिकारी</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110" />
        <source>Alternate</source>
        <translation>प्रतिस्थानी</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111" />
        <source>Superior</source>
        <translation>उच्चाधिकारी</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112" />
        <source>Representative confirmed</source>
        <translation>जनप्रतिनिधि ने पुष्टि की</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113" />
        <source>Officer confirmed</source>
        <translation>अधिकारी ने पुष्टि की</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114" />
        <source>SMS reply</source>
        <translation>एसएमएस उत्तर</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115" />
        <location filename="../../ui/labels.py" line="134" />
        <source>Missed call</source>
        <translation>मिस्ड कॉल</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116" />
        <source>On duty: contact the officer</source>
        <translation>ड्यूटी पर: अधिकारी से संपर्क करें</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="117" />
        <source>On leave: contact the alternate</source>
        <translation>अवकाश पर: प्रतिस्थानी से संपर्क करें</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="118" />
        <source>In training: contact the alternate</source>
        <translation>प्रशिक्षण में: प्रतिस्थानी से संपर्क करें</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="119" />
        <source>Away: contact the alternate</source>
        <translation>अनुपस्थित: प्रतिस्थानी से संपर्क करें</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="120" />
        <source>Away and no alternate named</source>
        <translation>अनुपस्थित, और कोई प्रतिस्थानी नामित नहीं</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="121" />
        <source>Alternates lead back round: nobody to contact</source>
        <translation>प्रतिस्थानी घूमकर वापस इन्हीं पर आते हैं: संपर्क हेतु कोई नहीं</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="122" />
        <source>Registered</source>
        <translation>पंजीकृत</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="123" />
        <source>Roaming</source>
        <translation>रोमिंग</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="124" />
        <source>Searching</source>
        <translation>नेटवर्क खोज रहा</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="125" />
        <source>Denied</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="126" />
        <source>Not registered</source>
        <translation>पंजीकृत नहीं</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="127" />
        <source>Unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="128" />
        <source>Ready</source>
        <translation>तैयार</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="129" />
        <source>PIN required</source>
        <translation>पिन आवश्यक</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="130" />
        <source>PUK required</source>
        <translation>पीयूके आवश्यक</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="131" />
        <source>No SIM</source>
        <translation>सिम नहीं</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="132" />
        <source>SIM error</source>
        <translation>सिम त्रुटि</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="135" />
        <source>Incoming call</source>
        <translation>आने वाली कॉल</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="136" />
        <source>Gazetted holiday</source>
        <translation>राजपत्रित अवकाश</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="137" />
        <source>Local holiday</source>
        <translation>स्थानीय अवकाश</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="138" />
        <source>Compensatory working day</source>
        <translation>प्रतिपूरक कार्य दिवस</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="139" />
        <source>Done.</source>
        <translation>हो गया।</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="140" />
        <source>This representative already has an open case for this officer; the complaint was added to it.</source>
        <translation>इन जनप्रतिनिधि का इन अधिकारी के लिए एक प्रकरण पहले से खुला है; शिकायत उसी में जोड़ दी गई।</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="141" />
        <source>Another operator changed this case a moment ago. The window shows the latest; please check and try again.</source>
        <translation>किसी अन्य ऑपरेटर ने अभी यह प्रकरण बदला है। विंडो में नवीनतम स्थिति है; जाँचकर फिर प्रयास करें।</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="142" />
        <source>That action is not possible in the case's current state.</source>
        <translation>प्रकरण की वर्तमान स्थिति में यह कार्यवाही संभव नहीं है।</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="143" />
        <source>The record no longer exists.</source>
        <translation>यह अभिलेख अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="144" />
        <source>The number is not on the government register; the center may not dial it.</source>
        <translation>यह नंबर सरकारी रजिस्टर में नहीं है; केंद्र इस पर कॉल नहीं कर सकता।</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="145" />
        <source>No alternate is named for this officer.</source>
        <translation>इन अधिकारी का कोई प्रतिस्थानी नामित नहीं है।</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="146" />
        <source>Please correct the marked fields.</source>
        <translation>कृपया चिह्नित प्रविष्टियाँ सुधारें।</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="147" />
        <source>Only a supervisor may do this.</source>
        <translation>यह केवल पर्यवेक्षक कर सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="148" />
        <source>The action failed; nothing was changed. The log has the details.</source>
        <translation>कार्यवाही विफल रही; कुछ नहीं बदला। विवरण लॉग में है।</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="149" />
        <source>The last day is before the first day.</source>
        <translation>अंतिम दिन, पहले दिन से पहले है।</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="150" />
        <source>The period is already over.</source>
        <translation>यह अवधि पहले ही समाप्त हो चुकी है।</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="151" />
        <source>An officer cannot be their own alternate.</source>
        <translation>अधिकारी स्वयं अपने प्रतिस्थानी नहीं हो सकते।</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="152" />
        <source>This alternate leads back to the officer through other alternates.</source>
        <translation>यह प्रतिस्थानी अन्य प्रतिस्थानियों के रास्ते वापस इन्हीं अधिकारी पर पहुँचता है।</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="153" />
        <source>The alternate is away on some of these days.</source>
        <translation>प्रतिस्थानी इनमें से कुछ दिनों में अनुपस्थित हैं।</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="154" />
        <source>The officer already has a period on some of these days.</source>
        <translation>इन अधिकारी की इनमें से कुछ दिनों की अवधि पहले से दर्ज है।</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="155" />
        <source>Say in the note what the absence is.</source>
        <translation>नोट में लिखें कि अनुपस्थिति किस कारण है।</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="156" />
        <source>The officer is not on the roster.</source>
        <translation>ये अधिकारी रोस्टर में नहीं हैं।</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="155" />
        <source>The alternate is not on the roster.</source>
        <translation>प्रतिस्थानी रोस्टर में नहीं हैं।</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="155" />
        <source>The period's times have no time zone.</source>
        <translation>अवधि के समय में समय क्षेत्र नहीं है।</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="157" />
        <source>That day already has an entry.</source>
        <translation>इस दिन की प्रविष्टि पहले से है।</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="158" />
        <source>Give the day a name.</source>
        <translation>दिन का नाम लिखें।</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="159" />
        <source>A compensatory working day must fall on a day off.</source>
        <translation>प्रतिपूरक कार्य दिवस किसी अवकाश के दिन ही हो सकता है।</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="160" />
        <source>The state's gazetted list cannot be edited here.</source>
        <translation>राज्य की राजपत्रित सूची यहाँ नहीं बदली जा सकती।</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="1" />
        <source>Recording</source>
        <translation>रिकॉर्डिंग</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="1" />
        <source>Cannot play</source>
        <translation>चला नहीं सकता</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="1" />
        <source>Alert only</source>
        <translation>केवल सूचना कॉल</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="210" />
        <source>Complaint logged: %1.</source>
        <translation>शिकायत दर्ज: %1।</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273" />
        <source>Samvad Setu</source>
        <translation>संवाद सेतु</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276" />
        <source>District Contact and Command Center</source>
        <translation>जिला संपर्क एवं कमांड सेंटर</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278" />
        <source>demo on a training clock</source>
        <translation>डेमो, प्रशिक्षण घड़ी पर</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280" />
        <source>demo</source>
        <translation>डेमो</translation>
    </message>
</context>
<context>
    <name>ManualCallDialog</name>
    <message>
        <location filename="../../ui/manual_call_dialog.py" line="17" />
        <source>Record a manual call</source>
        <translation>मैनुअल कॉल दर्ज करें</translation>
    </message>
    <message>
        <location filename="../../ui/manual_call_dialog.py" line="33" />
        <source>Record</source>
        <translation>दर्ज करें</translation>
    </message>
    <message>
        <location filename="../../ui/manual_call_dialog.py" line="34" />
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../ui/manual_call_dialog.py" line="38" />
        <source>Called</source>
        <translation>किसे कॉल किया</translation>
    </message>
    <message>
        <location filename="../../ui/manual_call_dialog.py" line="39" />
        <source>Number</source>
        <translation>नंबर</translation>
    </message>
    <message>
        <location filename="../../ui/manual_call_dialog.py" line="40" />
        <source>Outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <location filename="../../ui/manual_call_dialog.py" line="41" />
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../ui/menus.py" line="17" />
        <source>&amp;Case</source>
        <translation>प्रकरण (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="18" />
        <source>&amp;Officers</source>
        <translation>अधिकारी (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="19" />
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="20" />
        <source>&amp;Language / भाषा</source>
        <translation>भाषा / Language (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="23" />
        <source>&amp;New complaint…</source>
        <translation>नई शिकायत (&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="24" />
        <source>&amp;Open selected case</source>
        <translation>चुना प्रकरण खोलें (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="25" />
        <source>&amp;Acknowledge alarm</source>
        <translation>अलार्म स्वीकार करें (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="26" />
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="27" />
        <source>&amp;Leave / training period…</source>
        <translation>अवकाश / प्रशिक्षण अवधि (&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="28" />
        <source>&amp;Import roster…</source>
        <translation>रोस्टर आयात (&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="29" />
        <source>&amp;Export roster…</source>
        <translation>रोस्टर निर्यात (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="30" />
        <source>Holidays and working &amp;days…</source>
        <translation>अवकाश और कार्य दिवस (&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="31" />
        <source>Go to the &amp;queue</source>
        <translation>शिकायत कतार पर जाएँ (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="32" />
        <source>Go to the &amp;availability grid</source>
        <translation>उपलब्धता सूची पर जाएँ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="33" />
        <source>Go to the &amp;outbox</source>
        <translation>आउटबॉक्स पर जाएँ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="34" />
        <source>&amp;Switch language</source>
        <translation>भाषा बदलें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="34" />
        <source>Go to what came &amp;in</source>
        <translation>प्राप्त संदेशों पर जाएँ (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="20" />
        <source>&amp;Reports</source>
        <translation>रिपोर्ट (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="36" />
        <source>Response-time &amp;reports…</source>
        <translation>प्रतिक्रिया समय रिपोर्ट (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="37" />
        <source>&amp;Export the workbook for the state…</source>
        <translation>शासन हेतु वर्कबुक निर्यात (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="37" />
        <source>New complaint for the &amp;caller</source>
        <translation>कॉल करने वाले की नई शिकायत (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="38" />
        <source>Record the calling officer's call&amp;back</source>
        <translation>कॉल कर रहे अधिकारी की वापसी कॉल दर्ज करें (&amp;B)</translation>
    </message>
</context>
<context>
    <name>ModemPanel</name>
    <message>
        <location filename="../../ui/modem_panel.py" line="89" />
        <source>&lt;b&gt;Modems&lt;/b&gt;</source>
        <translation>&lt;b&gt;मॉडम&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/modem_panel.py" line="90" />
        <source>Retry</source>
        <translation>फिर भेजें</translation>
    </message>
    <message>
        <location filename="../../ui/modem_panel.py" line="91" />
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../ui/modem_panel.py" line="92" />
        <source>Was sent</source>
        <translation>भेजा गया था</translation>
    </message>
    <message>
        <location filename="../../ui/modem_panel.py" line="93" />
        <source>The message or call did go out: record it as sent, do not send again</source>
        <translation>संदेश या कॉल जा चुकी थी: भेजा गया दर्ज करें, दोबारा न भेजें</translation>
    </message>
    <message>
        <location filename="../../ui/modem_panel.py" line="94" />
        <source>Not sent</source>
        <translation>नहीं भेजा गया</translation>
    </message>
    <message>
        <location filename="../../ui/modem_panel.py" line="95" />
        <source>It did not go out: record it as failed, so it can be retried</source>
        <translation>यह नहीं गया: विफल दर्ज करें, ताकि फिर भेजा जा सके</translation>
    </message>
    <message>
        <location filename="../../ui/modem_panel.py" line="102" />
        <source>Outbox</source>
        <translation>आउटबॉक्स</translation>
    </message>
    <message>
        <location filename="../../ui/modem_panel.py" line="104" />
        <source>Incoming</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <location filename="../../ui/modem_panel.py" line="100" />
        <source>Send missing parts</source>
        <translation>छूटे भाग भेजें</translation>
    </message>
    <message>
        <location filename="../../ui/modem_panel.py" line="100" />
        <source>The modem reported %1 of %2 parts sent: send only the others, which the phone joins to them</source>
        <translation>मॉडेम ने %2 में से %1 भाग भेजे बताए: केवल बाकी भाग भेजें, फ़ोन उन्हें जोड़ लेगा</translation>
    </message>
    <message>
        <location filename="../../ui/modem_panel.py" line="100" />
        <source>For a long SMS of which the modem reported some parts sent: send only the others</source>
        <translation>लंबे एसएमएस के लिए, जिसके कुछ भाग मॉडेम ने भेजे बताए: केवल बाकी भाग भेजें</translation>
    </message>
    <message>
        <location filename="../../ui/modem_panel.py" line="1" />
        <source>Record what came of this call: the operator spoke on it and its outcome was not recorded</source>
        <translation>इस कॉल का परिणाम दर्ज करें: ऑपरेटर ने बात की थी पर परिणाम दर्ज नहीं हुआ</translation>
    </message>
    <message>
        <location filename="../../ui/modem_panel.py" line="1" />
        <source>Outcome</source>
        <translation>परिणाम</translation>
    </message>
</context>
<context>
    <name>ModemTableModel</name>
    <message>
        <location filename="../../ui/modem_table_models.py" line="26" />
        <source>Modem</source>
        <translation>मॉडम</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="27" />
        <source>Signal</source>
        <translation>सिग्नल</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="28" />
        <source>Network</source>
        <translation>नेटवर्क</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="31" />
        <source>Calls</source>
        <translation>कॉल</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="36" />
        <source>offline</source>
        <translation>ऑफ़लाइन</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="25" />
        <source>SMS parts sent today and the SIM's daily cap: a long or Hindi SMS goes as two or more parts, and the network counts each</source>
        <translation>आज भेजे गए एसएमएस भाग और सिम की दैनिक सीमा: लंबा या हिंदी एसएमएस दो या अधिक भागों में जाता है, और नेटवर्क हर भाग गिनता है</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="29" />
        <source>The mobile network, or what keeps the modem off it (the SIM)</source>
        <translation>मोबाइल नेटवर्क, या जो मॉडम को उससे दूर रखता है (सिम)</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="38" />
        <source>SMS parts</source>
        <translation>एसएमएस भाग</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="1" />
        <source>The number on a call now; when idle, what an officer hears when the modem's call is answered</source>
        <translation>अभी कॉल पर नंबर; खाली होने पर, मॉडेम की कॉल उठाने पर अधिकारी क्या सुनते हैं</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="1" />
        <source>An operator speaks on the headset wired to this modem</source>
        <translation>इस मॉडेम से जुड़े हेडसेट पर ऑपरेटर बोलते हैं</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="1" />
        <source>The module plays the district's recorded instruction twice</source>
        <translation>मॉड्यूल जिले का रिकॉर्ड किया निर्देश दो बार सुनाता है</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="1" />
        <source>Set to play the recording, but this module cannot play clips: its calls are alerts only</source>
        <translation>रिकॉर्डिंग सुनाने के लिए सेट है, पर यह मॉड्यूल क्लिप नहीं चला सकता: इसकी कॉल केवल सूचना कॉल हैं</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="1" />
        <source>Nothing: the call is hung up a few seconds after the answer; the SMS carries the instruction</source>
        <translation>कुछ नहीं: कॉल उठने के कुछ सेकंड बाद काट दी जाती है; निर्देश SMS में है</translation>
    </message>
</context>
<context>
    <name>OfficerFiguresTableModel</name>
    <message>
        <location filename="../../ui/report_table_models.py" line="45" />
        <source>Rank</source>
        <translation>क्रम</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="46" />
        <source>Officer</source>
        <translation>अधिकारी</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="47" />
        <source>Designation</source>
        <translation>पदनाम</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="48" />
        <source>Department</source>
        <translation>विभाग</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="49" />
        <source>Complaints</source>
        <translation>शिकायतें</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="50" />
        <source>On time</source>
        <translation>समय पर</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="51" />
        <source>Median (min)</source>
        <translation>माध्य (मिनट)</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="52" />
        <source>90th pct (min)</source>
        <translation>90वाँ प्रतिशतक (मिनट)</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="53" />
        <source>Unconfirmed</source>
        <translation>अपुष्ट</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="54" />
        <source>Standing</source>
        <translation>श्रेणी</translation>
    </message>
</context>
<context>
    <name>OfficerTableModel</name>
    <message>
        <location filename="../../ui/officer_table_model.py" line="32" />
        <source>Officer</source>
        <translation>अधिकारी</translation>
    </message>
    <message>
        <location filename="../../ui/officer_table_model.py" line="33" />
        <source>Designation</source>
        <translation>पदनाम</translation>
    </message>
    <message>
        <location filename="../../ui/officer_table_model.py" line="38" />
        <source>Department</source>
        <translation>विभाग</translation>
    </message>
    <message>
        <location filename="../../ui/officer_table_model.py" line="39" />
        <source>Office</source>
        <translation>कार्यालय</translation>
    </message>
    <message>
        <location filename="../../ui/officer_table_model.py" line="34" />
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../ui/officer_table_model.py" line="35" />
        <source>Until</source>
        <translation>तक</translation>
    </message>
    <message>
        <location filename="../../ui/officer_table_model.py" line="36" />
        <source>Alternate</source>
        <translation>प्रतिस्थानी</translation>
    </message>
    <message>
        <location filename="../../ui/officer_table_model.py" line="37" />
        <source>Official number</source>
        <translation>सरकारी नंबर</translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <location filename="../../ui/modem_table_models.py" line="64" />
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="65" />
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="66" />
        <source>Case</source>
        <translation>प्रकरण</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="67" />
        <source>To</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="69" />
        <source>Tries</source>
        <translation>प्रयास</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="28" />
        <source>via modem %1</source>
        <translation>मॉडम %1 से</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="84" />
        <source>Time</source>
        <translation>समय</translation>
    </message>
</context>
<context>
    <name>OutboxText</name>
    <message>
        <location filename="../../ui/outbox_text.py" line="17" />
        <source>Calling…</source>
        <translation>कॉल जारी…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_text.py" line="18" />
        <source>Answered (%1)</source>
        <translation>उत्तर मिला (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_text.py" line="1" />
        <source>Answered (%1) — alert only</source>
        <translation>उत्तर मिला (%1) — केवल सूचना कॉल</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_text.py" line="1" />
        <source>Answered (%1) — recording cut short</source>
        <translation>उत्तर मिला (%1) — रिकॉर्डिंग बीच में कटी</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_text.py" line="1" />
        <source>Answered (%1) — operator on the line, outcome not recorded</source>
        <translation>उत्तर मिला (%1) — ऑपरेटर ने बात की, परिणाम दर्ज नहीं</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_text.py" line="1" />
        <source>Answered (%1) — alert only (the modem could not play the recording)</source>
        <translation>उत्तर मिला (%1) — केवल सूचना कॉल (मॉडेम रिकॉर्डिंग नहीं चला सका)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_text.py" line="1" />
        <source>Answered (%1) — recording played %2 times</source>
        <translation>उत्तर मिला (%1) — रिकॉर्डिंग %2 बार सुनाई गई</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_text.py" line="1" />
        <source>Answered (%1) — spoken by %2: instructed</source>
        <translation>उत्तर मिला (%1) — %2 ने बात की: निर्देश दिया</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_text.py" line="1" />
        <source>Answered (%1) — spoken by %2: will call back later</source>
        <translation>उत्तर मिला (%1) — %2 ने बात की: बाद में कॉल करेंगे</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_text.py" line="1" />
        <source>Answered (%1) — spoken by %2: wrong person</source>
        <translation>उत्तर मिला (%1) — %2 ने बात की: गलत व्यक्ति</translation>
    </message>
    <message>
        <source>Alert only</source>
        <translation>केवल सूचना</translation>
    </message>
    <message>
        <source>Recording cut</source>
        <translation>रिकॉर्डिंग अधूरी</translation>
    </message>
    <message>
        <source>Outcome?</source>
        <translation>परिणाम?</translation>
    </message>
    <message>
        <source>Played %2×</source>
        <translation>%2 बार सुनाई</translation>
    </message>
    <message>
        <source>Instructed</source>
        <translation>निर्देश दिया</translation>
    </message>
    <message>
        <source>Will call later</source>
        <translation>बाद में कॉल करेंगे</translation>
    </message>
    <message>
        <source>Wrong person</source>
        <translation>गलत व्यक्ति</translation>
    </message>
</context>
<context>
    <name>OutsideHoursDialog</name>
    <message>
        <location filename="../../ui/outside_hours_dialog.py" line="51" />
        <source>Office closed</source>
        <translation>कार्यालय बंद</translation>
    </message>
    <message>
        <location filename="../../ui/outside_hours_dialog.py" line="53" />
        <source>The office is closed: the rule's clock is paused and resumes at %1. The case is logged and waits.

Instruct the officer now anyway? The SMS and the call go out now; the record shows an instruction outside office hours, which is not counted against the officer.</source>
        <translation>कार्यालय बंद है: नियम की समय-सीमा रुकी है और %1 से फिर चलेगी। प्रकरण दर्ज है और प्रतीक्षा में है।

फिर भी अधिकारी को अभी निर्देश दें? एसएमएस और कॉल अभी जाएँगे; अभिलेख में कार्यालय समय के बाहर का निर्देश दर्ज होगा, जो अधिकारी के विरुद्ध नहीं गिना जाएगा।</translation>
    </message>
    <message>
        <location filename="../../ui/outside_hours_dialog.py" line="57" />
        <source>&amp;Instruct now (outside office hours)</source>
        <translation>अभी निर्देश दें (&amp;I) (कार्यालय समय के बाहर)</translation>
    </message>
    <message>
        <location filename="../../ui/outside_hours_dialog.py" line="58" />
        <source>Leave it for the &amp;next opening (Enter)</source>
        <translation>कार्यालय खुलने तक छोड़ें (&amp;N) (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/outside_hours_dialog.py" line="61" />
        <source>Left for the next opening: the clock resumes at %1.</source>
        <translation>कार्यालय खुलने तक छोड़ा: समय-सीमा %1 से फिर चलेगी।</translation>
    </message>
</context>
<context>
    <name>PeopleText</name>
    <message>
        <location filename="../../ui/people_text.py" line="38" />
        <source>(until %1)</source>
        <translation>(%1 तक)</translation>
    </message>
    <message>
        <location filename="../../ui/people_text.py" line="42" />
        <source>Alternate: %1</source>
        <translation>प्रतिस्थानी: %1</translation>
    </message>
    <message>
        <location filename="../../ui/people_text.py" line="39" />
        <source>System</source>
        <translation>प्रणाली</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../ui/period_dialog.py" line="110" />
        <source>Leave or training period</source>
        <translation>अवकाश या प्रशिक्षण अवधि</translation>
    </message>
    <message>
        <location filename="../../ui/period_dialog.py" line="112" />
        <source>Officer</source>
        <translation>अधिकारी</translation>
    </message>
    <message>
        <location filename="../../ui/period_dialog.py" line="112" />
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../ui/period_dialog.py" line="112" />
        <source>First day</source>
        <translation>पहला दिन</translation>
    </message>
    <message>
        <location filename="../../ui/period_dialog.py" line="112" />
        <source>Last day</source>
        <translation>अंतिम दिन</translation>
    </message>
    <message>
        <location filename="../../ui/period_dialog.py" line="112" />
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <location filename="../../ui/period_dialog.py" line="115" />
        <source>&lt;b&gt;Alternate&lt;/b&gt; who takes the calls meanwhile</source>
        <translation>&lt;b&gt;प्रतिस्थानी&lt;/b&gt; जो इस बीच कॉल लेंगे</translation>
    </message>
    <message>
        <location filename="../../ui/period_dialog.py" line="116" />
        <source>Search the alternate by name, designation or office</source>
        <translation>प्रतिस्थानी को नाम, पदनाम या कार्यालय से खोजें</translation>
    </message>
    <message>
        <location filename="../../ui/period_dialog.py" line="118" />
        <source>&amp;Save</source>
        <translation>सहेजें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/period_dialog.py" line="119" />
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../ui/period_dialog.py" line="135" />
        <source>The officer away: name, designation, office or number</source>
        <translation>अनुपस्थित अधिकारी: नाम, पदनाम, कार्यालय या नंबर</translation>
    </message>
    <message>
        <location filename="../../ui/period_dialog.py" line="137" />
        <source>(type above, Enter to choose)</source>
        <translation>(ऊपर लिखें, चुनने के लिए Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/period_dialog.py" line="165" />
        <source>Choose the officer first.</source>
        <translation>पहले अधिकारी चुनें।</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../ui/queue_panel.py" line="108" />
        <source>&lt;b&gt;Escalation queue&lt;/b&gt; — %1 open</source>
        <translation>&lt;b&gt;शिकायत कतार&lt;/b&gt; — %1 खुले प्रकरण</translation>
    </message>
    <message>
        <location filename="../../ui/queue_panel.py" line="111" />
        <source>All states</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
    <message>
        <location filename="../../ui/queue_panel.py" line="112" />
        <source>All departments</source>
        <translation>सभी विभाग</translation>
    </message>
    <message>
        <location filename="../../ui/queue_panel.py" line="113" />
        <source>All operators</source>
        <translation>सभी ऑपरेटर</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../ui/queue_table_model.py" line="49" />
        <source>Case</source>
        <translation>प्रकरण</translation>
    </message>
    <message>
        <location filename="../../ui/queue_table_model.py" line="50" />
        <source>Representative</source>
        <translation>जनप्रतिनिधि</translation>
    </message>
    <message>
        <location filename="../../ui/queue_table_model.py" line="51" />
        <source>Officer</source>
        <translation>अधिकारी</translation>
    </message>
    <message>
        <location filename="../../ui/queue_table_model.py" line="52" />
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../ui/queue_table_model.py" line="53" />
        <source>Since call</source>
        <translation>बीता समय</translation>
    </message>
    <message>
        <location filename="../../ui/queue_table_model.py" line="54" />
        <source>Time left</source>
        <translation>शेष समय</translation>
    </message>
    <message>
        <location filename="../../ui/queue_table_model.py" line="55" />
        <source>Department</source>
        <translation>विभाग</translation>
    </message>
    <message>
        <location filename="../../ui/queue_table_model.py" line="56" />
        <source>Operator</source>
        <translation>ऑपरेटर</translation>
    </message>
    <message>
        <location filename="../../ui/queue_table_model.py" line="119" />
        <source>act now</source>
        <translation>तुरंत कार्यवाही</translation>
    </message>
    <message>
        <location filename="../../ui/queue_table_model.py" line="130" />
        <source>paused, resumes %1</source>
        <translation>रुका है, %1 से फिर चलेगा</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../../ui/report_export.py" line="26" />
        <source>The workbook's name must end in .xlsx.</source>
        <translation>वर्कबुक का नाम .xlsx पर समाप्त होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="27" />
        <source>That folder does not exist.</source>
        <translation>यह फ़ोल्डर मौजूद नहीं है।</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="28" />
        <source>The console may not write there; choose another folder.</source>
        <translation>कंसोल वहाँ नहीं लिख सकता; कोई अन्य फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="29" />
        <source>That department is not on the roster.</source>
        <translation>यह विभाग रोस्टर में नहीं है।</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="30" />
        <source>The workbook could not be written (disk full or the file open elsewhere?); nothing was left behind.</source>
        <translation>वर्कबुक नहीं लिखी जा सकी (डिस्क भरी है या फ़ाइल कहीं और खुली है?); कोई अधूरी फ़ाइल नहीं छोड़ी गई।</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="31" />
        <source>Export cancelled; no file was written.</source>
        <translation>निर्यात रद्द; कोई फ़ाइल नहीं लिखी गई।</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="32" />
        <source>The records could not be read; nothing was written. The log has the details.</source>
        <translation>अभिलेख पढ़े नहीं जा सके; कुछ नहीं लिखा गया। विवरण लॉग में है।</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="58" />
        <source>Export the workbook</source>
        <translation>वर्कबुक निर्यात करें</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="59" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>एक्सेल वर्कबुक (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="83" />
        <source>Writing the workbook…</source>
        <translation>वर्कबुक लिखी जा रही है…</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="83" />
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="110" />
        <source>%1 cases written to %2</source>
        <translation>%1 प्रकरण %2 में लिखे गए</translation>
    </message>
    <message>
        <source>Only a supervisor exports the reports: sign in as one; no file was written.</source>
        <translation>रिपोर्ट केवल पर्यवेक्षक निर्यात करते हैं: पर्यवेक्षक के रूप में साइन इन करें; कोई फ़ाइल नहीं लिखी गई।</translation>
    </message>
</context>
<context>
    <name>ReportFilters</name>
    <message>
        <location filename="../../ui/report_filters.py" line="102" />
        <source>&amp;Period</source>
        <translation>अवधि (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/report_filters.py" line="102" />
        <source>&amp;From</source>
        <translation>से (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/report_filters.py" line="102" />
        <source>&amp;To</source>
        <translation>तक (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/report_filters.py" line="103" />
        <source>&amp;Department</source>
        <translation>विभाग (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/report_filters.py" line="103" />
        <source>O&amp;fficer</source>
        <translation>अधिकारी (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/report_filters.py" line="106" />
        <source>This month</source>
        <translation>इस माह</translation>
    </message>
    <message>
        <location filename="../../ui/report_filters.py" line="107" />
        <source>Last month</source>
        <translation>पिछला माह</translation>
    </message>
    <message>
        <location filename="../../ui/report_filters.py" line="108" />
        <source>Custom period</source>
        <translation>चुनी हुई अवधि</translation>
    </message>
    <message>
        <location filename="../../ui/report_filters.py" line="113" />
        <source>All departments</source>
        <translation>सभी विभाग</translation>
    </message>
    <message>
        <location filename="../../ui/report_filters.py" line="120" />
        <source>All officers</source>
        <translation>सभी अधिकारी</translation>
    </message>
    <message>
        <location filename="../../ui/report_filters.py" line="161" />
        <source>The last day is before the first day: nothing to show.</source>
        <translation>अंतिम दिन, पहले दिन से पहले है: दिखाने को कुछ नहीं।</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <location filename="../../ui/report_labels.py" line="14" />
        <source>On time</source>
        <translation>समय पर</translation>
    </message>
    <message>
        <location filename="../../ui/report_labels.py" line="15" />
        <source>Late</source>
        <translation>विलंब से</translation>
    </message>
    <message>
        <location filename="../../ui/report_labels.py" line="16" />
        <source>Unconfirmed</source>
        <translation>अपुष्ट</translation>
    </message>
    <message>
        <location filename="../../ui/report_labels.py" line="17" />
        <source>Pending</source>
        <translation>लंबित</translation>
    </message>
    <message>
        <location filename="../../ui/report_labels.py" line="18" />
        <source>Cancelled</source>
        <translation>निरस्त</translation>
    </message>
    <message>
        <location filename="../../ui/report_labels.py" line="19" />
        <source>Redirected to the alternate</source>
        <translation>प्रतिस्थानी को भेजा</translation>
    </message>
    <message>
        <location filename="../../ui/report_labels.py" line="20" />
        <source>Commendable</source>
        <translation>प्रशंसनीय</translation>
    </message>
    <message>
        <location filename="../../ui/report_labels.py" line="21" />
        <source>Satisfactory</source>
        <translation>संतोषजनक</translation>
    </message>
    <message>
        <location filename="../../ui/report_labels.py" line="22" />
        <source>Negligent</source>
        <translation>लापरवाह</translation>
    </message>
    <message>
        <location filename="../../ui/report_labels.py" line="23" />
        <source>Insufficient data</source>
        <translation>अपर्याप्त आँकड़े</translation>
    </message>
    <message>
        <source>Instructed outside office hours</source>
        <translation>कार्यालय समय के बाहर निर्देशित</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <location filename="../../ui/reports_window.py" line="163" />
        <source>Response-time reports</source>
        <translation>प्रतिक्रिया समय रिपोर्ट</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="164" />
        <source>&amp;Show (F5)</source>
        <translation>दिखाएँ (&amp;S) (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="165" />
        <source>&amp;Export workbook… (Ctrl+E)</source>
        <translation>वर्कबुक निर्यात (&amp;E)… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="166" />
        <source>The Excel workbook of this period and filter, for the state</source>
        <translation>इस अवधि और चयन की एक्सेल वर्कबुक, शासन हेतु</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="167" />
        <source>Officers, ranked (Ctrl+1)</source>
        <translation>अधिकारी, क्रमवार (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="168" />
        <source>Days (Ctrl+2)</source>
        <translation>दिन (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="169" />
        <source>Complaints and median response per day</source>
        <translation>प्रतिदिन शिकायतें और माध्य प्रतिक्रिया समय</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="170" />
        <source>complaints</source>
        <translation>शिकायतें</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="171" />
        <source>median, business min</source>
        <translation>माध्य, कार्य मिनट</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="172" />
        <source>Response times (business min)</source>
        <translation>प्रतिक्रिया समय (कार्य मिनट)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="173" />
        <source>cases</source>
        <translation>प्रकरण</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="174" />
        <source>Bars of five minutes; the dashed line is the district's limit; ✗: never confirmed. Click a bar for its cases.</source>
        <translation>पाँच-पाँच मिनट के स्तंभ; धराशायी रेखा जिले की समय-सीमा है; ✗: पुष्टि कभी नहीं हुई। प्रकरण देखने के लिए स्तंभ पर क्लिक करें।</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="176" />
        <source>Bars: complaints; line: median response; dashed: the district's limit. Click a day for its cases.</source>
        <translation>स्तंभ: शिकायतें; रेखा: माध्य प्रतिक्रिया समय; धराशायी रेखा: जिले की समय-सीमा। दिन के प्रकरण देखने के लिए क्लिक करें।</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="178" />
        <source>Red: reported for negligence; green: commended. Click an officer for the cases.</source>
        <translation>लाल: लापरवाही हेतु सूचित; हरा: प्रशंसित। प्रकरण देखने के लिए अधिकारी पर क्लिक करें।</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="180" />
        <source>Slowest officers (median, business min)</source>
        <translation>सबसे धीमे अधिकारी (माध्य, कार्य मिनट)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="186" />
        <source>Click a bar or press Enter on a row to list its cases (Ctrl+3).</source>
        <translation>प्रकरण देखने के लिए स्तंभ पर क्लिक करें या पंक्ति पर Enter दबाएँ (Ctrl+3)।</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="199" />
        <source>Reading the cases…</source>
        <translation>प्रकरण पढ़े जा रहे हैं…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="213" />
        <source>The records could not be read; try again (F5). The log has the details.</source>
        <translation>अभिलेख पढ़े नहीं जा सके; फिर प्रयास करें (F5)। विवरण लॉग में है।</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="238" />
        <source>%1 complaints · %2 on time · median %3 business min (90th percentile %4) · %5 never confirmed · %6 commended · %7 reported for negligence</source>
        <translation>%1 शिकायतें · %2 समय पर · माध्य %3 कार्य मिनट (90वाँ प्रतिशतक %4) · %5 की पुष्टि कभी नहीं · %6 प्रशंसित · %7 लापरवाही हेतु सूचित</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="266" />
        <source>Cases of %2: %1</source>
        <translation>%2 के प्रकरण: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="277" />
        <source>Cases never confirmed: %1</source>
        <translation>जिन प्रकरणों की पुष्टि कभी नहीं हुई: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="279" />
        <source>Cases answered in %2 business minutes or more: %1</source>
        <translation>%2 या अधिक कार्य मिनट में उत्तर वाले प्रकरण: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="281" />
        <source>Cases answered in %2–%3 business minutes: %1</source>
        <translation>%2–%3 कार्य मिनट में उत्तर वाले प्रकरण: %1</translation>
    </message>
    <message>
        <source>The reports are a supervisor's: sign in as one to read them.</source>
        <translation>रिपोर्ट पर्यवेक्षक के लिए हैं: इन्हें देखने के लिए पर्यवेक्षक के रूप में साइन इन करें।</translation>
    </message>
</context>
<context>
    <name>RosterTransfer</name>
    <message>
        <location filename="../../ui/roster_transfer.py" line="36" />
        <source>Import roster</source>
        <translation>रोस्टर आयात</translation>
    </message>
    <message>
        <location filename="../../ui/roster_transfer.py" line="36" />
        <location filename="../../ui/roster_transfer.py" line="46" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>एक्सेल वर्कबुक (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/roster_transfer.py" line="41" />
        <source>Importing the roster…</source>
        <translation>रोस्टर आयात हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_transfer.py" line="46" />
        <source>Export roster</source>
        <translation>रोस्टर निर्यात</translation>
    </message>
    <message>
        <location filename="../../ui/roster_transfer.py" line="51" />
        <source>Exporting the roster…</source>
        <translation>रोस्टर निर्यात हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_transfer.py" line="90" />
        <source>%1 rows imported.</source>
        <translation>%1 पंक्तियाँ आयात हुईं।</translation>
    </message>
    <message>
        <location filename="../../ui/roster_transfer.py" line="90" />
        <source>%1 rows exported.</source>
        <translation>%1 पंक्तियाँ निर्यात हुईं।</translation>
    </message>
    <message>
        <location filename="../../ui/roster_transfer.py" line="98" />
        <source>Sheet %1, row %2, column %3: %4 %5</source>
        <translation>शीट %1, पंक्ति %2, कॉलम %3: %4 %5</translation>
    </message>
    <message>
        <location filename="../../ui/roster_transfer.py" line="106" />
        <source>…and %1 more.</source>
        <translation>…और %1 अन्य।</translation>
    </message>
    <message>
        <location filename="../../ui/roster_transfer.py" line="123" />
        <source>This file does not list the whole district. Importing it would:</source>
        <translation>इस फ़ाइल में पूरे ज़िले की सूची नहीं है। इसे आयात करने से:</translation>
    </message>
    <message>
        <location filename="../../ui/roster_transfer.py" line="127" />
        <source>• remove all %1 current and coming leave and training periods</source>
        <translation>• चालू और आगामी सभी %1 अवकाश और प्रशिक्षण अवधियाँ हट जाएँगी</translation>
    </message>
    <message>
        <location filename="../../ui/roster_transfer.py" line="130" />
        <source>• mark %1 of the %2 serving officers inactive</source>
        <translation>• %2 कार्यरत अधिकारियों में से %1 निष्क्रिय हो जाएँगे</translation>
    </message>
    <message>
        <location filename="../../ui/roster_transfer.py" line="133" />
        <source>• mark %1 of the %2 serving representatives inactive</source>
        <translation>• %2 जनप्रतिनिधियों में से %1 निष्क्रिय हो जाएँगे</translation>
    </message>
    <message>
        <location filename="../../ui/roster_transfer.py" line="135" />
        <source>Import it as the complete new list all the same? Nothing has been changed yet.</source>
        <translation>फिर भी इसे पूरी नई सूची मानकर आयात करें? अभी तक कुछ नहीं बदला गया है।</translation>
    </message>
    <message>
        <location filename="../../ui/roster_transfer.py" line="149" />
        <source>Nothing was imported.</source>
        <translation>कुछ भी आयात नहीं हुआ।</translation>
    </message>
</context>
<context>
    <name>TimelineTableModel</name>
    <message>
        <location filename="../../ui/timeline_table_model.py" line="21" />
        <source>When (IST)</source>
        <translation>कब (IST)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_table_model.py" line="22" />
        <source>Who</source>
        <translation>किसने</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_table_model.py" line="23" />
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_table_model.py" line="24" />
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_table_model.py" line="25" />
        <source>Outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_table_model.py" line="28" />
        <source>told by the representative</source>
        <translation>जनप्रतिनिधि ने बताया</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_table_model.py" line="29" />
        <source>told by the officer</source>
        <translation>अधिकारी ने बताया</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_table_model.py" line="30" />
        <source>SMS reply from %1</source>
        <translation>%1 से एसएमएस उत्तर</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_table_model.py" line="31" />
        <source>missed call from %1</source>
        <translation>%1 से मिस्ड कॉल</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_table_model.py" line="33" />
        <source>redirected from %1</source>
        <translation>%1 से प्रतिस्थानी को भेजा गया</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_table_model.py" line="34" />
        <source>to %1</source>
        <translation>%1 को</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_table_model.py" line="35" />
        <source>outside office hours: not counted against the officer</source>
        <translation>कार्यालय समय के बाहर: अधिकारी के विरुद्ध नहीं गिना जाएगा</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Type your user name and password.</source>
        <translation>अपना उपयोगकर्ता नाम और पासवर्ड लिखें।</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>जाँच हो रही है…</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until %1. A supervisor or IT can set a new password.</source>
        <translation>बहुत बार गलत पासवर्ड: यह खाता %1 तक बंद है। पर्यवेक्षक या आईटी नया पासवर्ड दे सकते हैं।</translation>
    </message>
    <message>
        <source>This database has no accounts yet. IT creates the first one with 'samvad-setu db init'.</source>
        <translation>इस डेटाबेस में अभी कोई खाता नहीं है। आईटी पहला खाता 'samvad-setu db init' से बनाता है।</translation>
    </message>
    <message>
        <source>The database cannot be reached. Check the network and try again.</source>
        <translation>डेटाबेस से संपर्क नहीं हो पा रहा। नेटवर्क जाँचें और फिर प्रयास करें।</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>उपयोगकर्ता नाम या पासवर्ड गलत है।</translation>
    </message>
    <message>
        <source>Sign in — Samvad Setu</source>
        <translation>साइन इन — संवाद सेतु</translation>
    </message>
    <message>
        <source>Sign in to the console</source>
        <translation>कंसोल में साइन इन करें</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>उपयोगकर्ता नाम (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>पासवर्ड (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>साइन इन (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बंद करें (&amp;Q)</translation>
    </message>
</context>
<context>
    <name>SessionControl</name>
    <message>
        <source>%1 still holds text you typed and did not save. Sign out and discard it?</source>
        <translation>%1 में आपका लिखा पाठ अभी सहेजा नहीं गया है। साइन आउट करके उसे छोड़ दें?</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>खाता (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Sign out / switch operator…</source>
        <translation>साइन आउट / ऑपरेटर बदलें (&amp;S)…</translation>
    </message>
    <message>
        <source>Demo: switch to %1 (%2)</source>
        <translation>डेमो: %1 (%2) पर जाएँ</translation>
    </message>
</context>
<context>
    <name>ConsoleStatusBar</name>
    <message>
        <source>Nobody signed in</source>
        <translation>कोई साइन इन नहीं</translation>
    </message>
    <message>
        <source>Database unreachable since %1 — nothing typed is lost; reconnecting…</source>
        <translation>डेटाबेस %1 से उपलब्ध नहीं — लिखा हुआ कुछ नहीं खोया; फिर से जुड़ रहे हैं…</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>%1 changed it at %2; it is now %3. Your text is kept.</source>
        <translation>%1 ने इसे %2 पर बदला; अब यह %3 है। आपका लिखा पाठ सुरक्षित है।</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>The database cannot be reached: nothing was saved. Your text is kept; try again in a moment.</source>
        <translation>डेटाबेस से संपर्क नहीं हो पा रहा: कुछ भी सहेजा नहीं गया। आपका लिखा पाठ सुरक्षित है; थोड़ी देर में फिर प्रयास करें।</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <source>open: %1</source>
        <translation>खुला: %1</translation>
    </message>
</context>
<context>
    <name>SpeakPrompt</name>
    <message>
        <location filename="../../ui/speak_prompt.py" line="1" />
        <source>Instruction call — %1</source>
        <translation>निर्देश कॉल — %1</translation>
    </message>
    <message>
        <location filename="../../ui/speak_prompt.py" line="1" />
        <source>Call ended — what came of it?</source>
        <translation>कॉल समाप्त — क्या परिणाम रहा?</translation>
    </message>
    <message>
        <location filename="../../ui/speak_prompt.py" line="1" />
        <source>Answered — speak now</source>
        <translation>कॉल उठाई गई — अब बोलें</translation>
    </message>
    <message>
        <location filename="../../ui/speak_prompt.py" line="1" />
        <source>%1 (%2) · case %3</source>
        <translation>%1 (%2) · केस %3</translation>
    </message>
    <message>
        <location filename="../../ui/speak_prompt.py" line="1" />
        <source>This is the district command center. %1 is waiting for your call back. Please call %2 now. The details are in the SMS just sent; case %3.</source>
        <translation>नमस्कार, यह जिला कमांड सेंटर से कॉल है। %1 आपकी कॉल की प्रतीक्षा कर रहे हैं। कृपया तुरंत %2 पर कॉल करें। विवरण अभी भेजे गए SMS में है; केस %3।</translation>
    </message>
    <message>
        <location filename="../../ui/speak_prompt.py" line="1" />
        <source>End call (Ctrl+H)</source>
        <translation>कॉल समाप्त करें (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../ui/speak_prompt.py" line="1" />
        <source>1 Instructed</source>
        <translation>1 निर्देश दिया</translation>
    </message>
    <message>
        <location filename="../../ui/speak_prompt.py" line="1" />
        <source>2 Wrong person</source>
        <translation>2 गलत व्यक्ति</translation>
    </message>
    <message>
        <location filename="../../ui/speak_prompt.py" line="1" />
        <source>3 Asked to call back later</source>
        <translation>3 बाद में कॉल करने को कहा</translation>
    </message>
    <message>
        <location filename="../../ui/speak_prompt.py" line="1" />
        <source>Talked %1</source>
        <translation>बात हुई %1</translation>
    </message>
    <message>
        <location filename="../../ui/speak_prompt.py" line="1" />
        <source>Talk time %1</source>
        <translation>बात का समय %1</translation>
    </message>
    <message>
        <location filename="../../ui/speak_prompt.py" line="1" />
        <source>Hanging up…</source>
        <translation>कॉल काटी जा रही है…</translation>
    </message>
    <message>
        <location filename="../../ui/speak_prompt.py" line="1" />
        <source>The call is no longer up on this center's modems.</source>
        <translation>यह कॉल अब सेंटर के मॉडेम पर नहीं चल रही है।</translation>
    </message>
    <message>
        <location filename="../../ui/speak_prompt.py" line="1" />
        <source>Not recorded: %1</source>
        <translation>दर्ज नहीं हुआ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/speak_prompt.py" line="1" />
        <source>it was recorded already, or the call is not over</source>
        <translation>यह पहले ही दर्ज हो चुका है, या कॉल अभी समाप्त नहीं हुई</translation>
    </message>
</context>
<context>
    <name>CaseFollowUps</name>
    <message>
        <location filename="../../ui/case_follow_ups.py" line="1" />
        <source>The office is closed: choose whether to instruct now.</source>
        <translation>कार्यालय बंद है: चुनें कि अभी निर्देश दें या नहीं।</translation>
    </message>
    <message>
        <location filename="../../ui/case_follow_ups.py" line="1" />
        <source>Not instructed: the officer is away. Send the representative to the alternate.</source>
        <translation>निर्देश नहीं दिया: अधिकारी अनुपस्थित हैं। जनप्रतिनिधि को प्रतिस्थानी के पास भेजें।</translation>
    </message>
    <message>
        <location filename="../../ui/case_follow_ups.py" line="1" />
        <source>Not instructed yet: the officer's ten minutes run until %1; instruct then.</source>
        <translation>अभी निर्देश नहीं: अधिकारी के दस मिनट %1 तक चल रहे हैं; तब निर्देश दें।</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../../ui/case_header.py" line="1" />
        <source>Representative: %1 · %2 — called the officer at %3 (%4 ago)</source>
        <translation>जनप्रतिनिधि: %1 · %2 — अधिकारी को %3 बजे कॉल किया (%4 पहले)</translation>
    </message>
    <message>
        <location filename="../../ui/case_header.py" line="1" />
        <source>Officer: %1</source>
        <translation>अधिकारी: %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_header.py" line="1" />
        <source>paused, resumes %1</source>
        <translation>रुका है, %1 से फिर चलेगा</translation>
    </message>
    <message>
        <source>Also open at another desk: %1</source>
        <translation>दूसरी डेस्क पर भी खुला है: %1</translation>
    </message>
</context>
<context>
    <name>CloseQuestion</name>
    <message>
        <location filename="../../ui/close_question.py" line="1" />
        <source>%1 case(s) are open and %2 SMS or call(s) are not yet sent.</source>
        <translation>%1 प्रकरण खुले हैं और %2 एसएमएस या कॉल अभी भेजे नहीं गए।</translation>
    </message>
    <message>
        <location filename="../../ui/close_question.py" line="1" />
        <source>While this window is closed, this workstation sends nothing and does not climb the ladder. Close it anyway?</source>
        <translation>यह विंडो बंद रहने तक यह कार्यस्थल न कुछ भेजेगा, न आगे की कार्यवाही चलाएगा। फिर भी बंद करें?</translation>
    </message>
    <message>
        <location filename="../../ui/close_question.py" line="1" />
        <source>&amp;Close the window</source>
        <translation>विंडो बंद करें (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/close_question.py" line="1" />
        <source>&amp;Keep it open</source>
        <translation>खुली रहने दें (&amp;K)</translation>
    </message>
</context>
<context>
    <name>LiveStateLoader</name>
    <message>
        <location filename="../../ui/live_state_loader.py" line="1" />
        <source>Could not load the latest state; retrying on the next change.</source>
        <translation>नवीनतम स्थिति लोड नहीं हो सकी; अगले बदलाव पर फिर प्रयास होगा।</translation>
    </message>
    <message>
        <source>The database is back; the window shows the latest.</source>
        <translation>डेटाबेस फिर उपलब्ध है; खिड़की नवीनतम स्थिति दिखा रही है।</translation>
    </message>
</context>
</TS>
