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
    <name>CaseDialog</name>
    <message>
        <location filename="../../ui/case_dialog.py" line="156" />
        <source>Case %1</source>
        <translation>प्रकरण %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.py" line="163" />
        <source>Representative: %1 · %2 — called the officer at %3 (%4 ago)</source>
        <translation>जनप्रतिनिधि: %1 · %2 — अधिकारी को %3 बजे कॉल किया (%4 पहले)</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.py" line="169" />
        <source>Officer: %1</source>
        <translation>अधिकारी: %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.py" line="193" />
        <source>paused, resumes %1</source>
        <translation>रुका है, %1 से फिर चलेगा</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.py" line="203" />
        <source>Close window (Esc)</source>
        <translation>विंडो बंद करें (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.py" line="204" />
        <source>Reason / note</source>
        <translation>कारण / टिप्पणी</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.py" line="205" />
        <source>Needed to cancel or reopen; kept with a note or a closing</source>
        <translation>निरस्त करने या दोबारा खोलने के लिए आवश्यक; टिप्पणी या बंद करने पर साथ दर्ज होगा</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.py" line="206" />
        <source>Confirmed by</source>
        <translation>पुष्टि किसने की</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.py" line="227" />
        <source>Write the reason or note first.</source>
        <translation>पहले कारण या टिप्पणी लिखें।</translation>
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
        <location filename="../../ui/status_bar.py" line="69" />
        <source>live · update %1</source>
        <translation>लाइव · अद्यतन %1</translation>
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
        <translation>केंद्र की कार्यवाही</translation>
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
        <source>Name an alternate for leave or training.</source>
        <translation>अवकाश या प्रशिक्षण के लिए प्रतिस्थानी चुनें।</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="156" />
        <source>The officer is not on the roster.</source>
        <translation>ये अधिकारी रोस्टर में नहीं हैं।</translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="162" />
        <source>Could not load the latest state; retrying on the next change.</source>
        <translation>नवीनतम स्थिति लोड नहीं हो सकी; अगले बदलाव पर फिर प्रयास होगा।</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212" />
        <source>Select an officer in the availability grid first.</source>
        <translation>पहले उपलब्धता सूची में अधिकारी चुनें।</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249" />
        <source>Samvad Setu — District Contact and Command Center</source>
        <translation>संवाद सेतु — जिला संपर्क एवं कमांड सेंटर</translation>
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
        <location filename="../../ui/modem_table_models.py" line="29" />
        <source>SIM</source>
        <translation>सिम</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="30" />
        <source>SMS today</source>
        <translation>आज एसएमएस</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="31" />
        <source>Call now</source>
        <translation>चालू कॉल</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="36" />
        <source>offline</source>
        <translation>ऑफ़लाइन</translation>
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
        <location filename="../../ui/modem_table_models.py" line="70" />
        <source>Modem</source>
        <translation>मॉडम</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="69" />
        <source>Tries</source>
        <translation>प्रयास</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="68" />
        <source>Updated</source>
        <translation>अद्यतन</translation>
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
</context>
</TS>