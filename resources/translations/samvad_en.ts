<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AlarmBanner</name>
    <message>
        <location filename="../../ui/alarm.py" line="105" />
        <source>Acknowledge (F9)</source>
        <translation>Acknowledge (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/alarm.py" line="108" />
        <source>Alarm: callback overdue — %1 case(s): %2</source>
        <translation>Alarm: callback overdue — %1 case(s): %2</translation>
    </message>
</context>
<context>
    <name>AvailabilityPanel</name>
    <message>
        <location filename="../../ui/availability_panel.py" line="105" />
        <source>&lt;b&gt;Availability&lt;/b&gt;</source>
        <translation>&lt;b&gt;Availability&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/availability_panel.py" line="106" />
        <source>Filter by name, office or number</source>
        <translation>Filter by name, office or number</translation>
    </message>
    <message>
        <location filename="../../ui/availability_panel.py" line="107" />
        <source>&amp;Leave / training…</source>
        <translation>&amp;Leave / training…</translation>
    </message>
    <message>
        <location filename="../../ui/availability_panel.py" line="108" />
        <source>Record a leave or training period for the selected officer, with an alternate</source>
        <translation>Record a leave or training period for the selected officer, with an alternate</translation>
    </message>
    <message>
        <location filename="../../ui/availability_panel.py" line="109" />
        <source>Import roster…</source>
        <translation>Import roster…</translation>
    </message>
    <message>
        <location filename="../../ui/availability_panel.py" line="110" />
        <source>Export roster…</source>
        <translation>Export roster…</translation>
    </message>
    <message>
        <location filename="../../ui/availability_panel.py" line="118" />
        <source>on duty %1 · on leave %2 · in training %3</source>
        <translation>on duty %1 · on leave %2 · in training %3</translation>
    </message>
    <message>
        <location filename="../../ui/availability_panel.py" line="125" />
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../ui/availability_panel.py" line="126" />
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="132" />
        <source>Holidays and working days</source>
        <translation>Holidays and working days</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="134" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="134" />
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="134" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="134" />
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="134" />
        <source>Name (Hindi)</source>
        <translation>Name (Hindi)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="139" />
        <source>&amp;Save day</source>
        <translation>&amp;Save day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="140" />
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="141" />
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="142" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="143" />
        <source>Only a supervisor can change the calendar.</source>
        <translation>Only a supervisor can change the calendar.</translation>
    </message>
</context>
<context>
    <name>CalendarTableModel</name>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="45" />
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="46" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="47" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../ui/case_dialog.py" line="156" />
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.py" line="163" />
        <source>Representative: %1 · %2 — called the officer at %3 (%4 ago)</source>
        <translation>Representative: %1 · %2 — called the officer at %3 (%4 ago)</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.py" line="169" />
        <source>Officer: %1</source>
        <translation>Officer: %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.py" line="193" />
        <source>paused, resumes %1</source>
        <translation>paused, resumes %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.py" line="203" />
        <source>Close window (Esc)</source>
        <translation>Close window (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.py" line="204" />
        <source>Reason / note</source>
        <translation>Reason / note</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.py" line="205" />
        <source>Needed to cancel or reopen; kept with a note or a closing</source>
        <translation>Needed to cancel or reopen; kept with a note or a closing</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.py" line="206" />
        <source>Confirmed by</source>
        <translation>Confirmed by</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.py" line="227" />
        <source>Write the reason or note first.</source>
        <translation>Write the reason or note first.</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="119" />
        <source>New complaint</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="120" />
        <source>&lt;b&gt;1. Officer&lt;/b&gt; the representative could not reach</source>
        <translation>&lt;b&gt;1. Officer&lt;/b&gt; the representative could not reach</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="121" />
        <source>Name, designation, department, tehsil or digits of the number</source>
        <translation>Name, designation, department, tehsil or digits of the number</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="122" />
        <source>&lt;b&gt;2. Representative&lt;/b&gt; who called the center</source>
        <translation>&lt;b&gt;2. Representative&lt;/b&gt; who called the center</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="123" />
        <source>Name, constituency or number</source>
        <translation>Name, constituency or number</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="124" />
        <source>Reached the center by</source>
        <translation>Reached the center by</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="125" />
        <source>Called the officer at (IST)</source>
        <translation>Called the officer at (IST)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="126" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="127" />
        <source>What the representative needs (optional)</source>
        <translation>What the representative needs (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="129" />
        <source>&amp;Log complaint (Enter)</source>
        <translation>&amp;Log complaint (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="130" />
        <source>Log and &amp;instruct (Ctrl+Enter)</source>
        <translation>Log and &amp;instruct (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="131" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="139" />
        <source>Choose an officer to see whether they are on duty.</source>
        <translation>Choose an officer to see whether they are on duty.</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="182" />
        <source>Choose both the officer and the representative first.</source>
        <translation>Choose both the officer and the representative first.</translation>
    </message>
</context>
<context>
    <name>ConsoleStatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py" line="60" />
        <source>● Office open — the clock is running</source>
        <translation>● Office open — the clock is running</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="63" />
        <source>■ Office closed until %1 — countdowns paused</source>
        <translation>■ Office closed until %1 — countdowns paused</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="68" />
        <source>%1 IST</source>
        <translation>%1 IST</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="69" />
        <source>live · update %1</source>
        <translation>live · update %1</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../ui/formatting.py" line="78" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="81" />
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="82" />
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>IncomingTableModel</name>
    <message>
        <location filename="../../ui/modem_table_models.py" line="106" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="107" />
        <source>At</source>
        <translation>At</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="108" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="109" />
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="110" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="119" />
        <source>unknown sender</source>
        <translation>unknown sender</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="40" />
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42" />
        <source>Instructed</source>
        <translation>Instructed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43" />
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44" />
        <location filename="../../ui/labels.py" line="99" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45" />
        <source>Redirected</source>
        <translation>Redirected</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46" />
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47" />
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48" />
        <location filename="../../ui/labels.py" line="69" />
        <location filename="../../ui/labels.py" line="100" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49" />
        <source>On duty</source>
        <translation>On duty</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50" />
        <source>On leave</source>
        <translation>On leave</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51" />
        <source>In training</source>
        <translation>In training</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52" />
        <source>Away (other)</source>
        <translation>Away (other)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53" />
        <source>MP</source>
        <translation>MP</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54" />
        <source>MLA</source>
        <translation>MLA</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55" />
        <source>MLC</source>
        <translation>MLC</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56" />
        <location filename="../../ui/labels.py" line="109" />
        <source>Representative</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59" />
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61" />
        <location filename="../../ui/labels.py" line="133" />
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62" />
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63" />
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64" />
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65" />
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66" />
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67" />
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68" />
        <source>Uncertain</source>
        <translation>Uncertain</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70" />
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71" />
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73" />
        <source>center acts</source>
        <translation>center acts</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74" />
        <source>callback</source>
        <translation>callback</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75" />
        <source>re-instruct</source>
        <translation>re-instruct</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76" />
        <source>escalation</source>
        <translation>escalation</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77" />
        <source>&amp;Instruct officer</source>
        <translation>&amp;Instruct officer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78" />
        <source>Record &amp;confirmation</source>
        <translation>Record &amp;confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79" />
        <source>&amp;Redirect to alternate</source>
        <translation>&amp;Redirect to alternate</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80" />
        <source>Re-instr&amp;uct</source>
        <translation>Re-instr&amp;uct</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81" />
        <source>&amp;Escalate to superior</source>
        <translation>&amp;Escalate to superior</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82" />
        <source>C&amp;lose case</source>
        <translation>C&amp;lose case</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83" />
        <source>Cancel c&amp;ase</source>
        <translation>Cancel c&amp;ase</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84" />
        <source>Re&amp;open</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85" />
        <source>Add &amp;note</source>
        <translation>Add &amp;note</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86" />
        <source>Record &amp;manual call</source>
        <translation>Record &amp;manual call</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87" />
        <source>Complaint logged</source>
        <translation>Complaint logged</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88" />
        <source>Further complaint joined</source>
        <translation>Further complaint joined</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89" />
        <source>Became due</source>
        <translation>Became due</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90" />
        <source>Officer instructed</source>
        <translation>Officer instructed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91" />
        <source>SMS to officer</source>
        <translation>SMS to officer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92" />
        <source>Call to officer</source>
        <translation>Call to officer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93" />
        <source>Manual call</source>
        <translation>Manual call</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94" />
        <source>Callback confirmed</source>
        <translation>Callback confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95" />
        <source>Redirected to alternate</source>
        <translation>Redirected to alternate</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="96" />
        <source>Alarm: callback overdue</source>
        <translation>Alarm: callback overdue</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97" />
        <source>Re-instructed</source>
        <translation>Re-instructed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98" />
        <source>Escalated to superior</source>
        <translation>Escalated to superior</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101" />
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103" />
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104" />
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105" />
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106" />
        <source>Unreachable</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107" />
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108" />
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110" />
        <source>Alternate</source>
        <translation>Alternate</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111" />
        <source>Superior</source>
        <translation>Superior</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112" />
        <source>Representative confirmed</source>
        <translation>Representative confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113" />
        <source>Officer confirmed</source>
        <translation>Officer confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114" />
        <source>SMS reply</source>
        <translation>SMS reply</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115" />
        <location filename="../../ui/labels.py" line="134" />
        <source>Missed call</source>
        <translation>Missed call</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116" />
        <source>On duty: contact the officer</source>
        <translation>On duty: contact the officer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="117" />
        <source>On leave: contact the alternate</source>
        <translation>On leave: contact the alternate</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="118" />
        <source>In training: contact the alternate</source>
        <translation>In training: contact the alternate</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="119" />
        <source>Away: contact the alternate</source>
        <translation>Away: contact the alternate</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="120" />
        <source>Away and no alternate named</source>
        <translation>Away and no alternate named</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="121" />
        <source>Alternates lead back round: nobody to contact</source>
        <translation>Alternates lead back round: nobody to contact</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="122" />
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="123" />
        <source>Roaming</source>
        <translation>Roaming</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="124" />
        <source>Searching</source>
        <translation>Searching</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="125" />
        <source>Denied</source>
        <translation>Denied</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="126" />
        <source>Not registered</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="127" />
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="128" />
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="129" />
        <source>PIN required</source>
        <translation>PIN required</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="130" />
        <source>PUK required</source>
        <translation>PUK required</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="131" />
        <source>No SIM</source>
        <translation>No SIM</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="132" />
        <source>SIM error</source>
        <translation>SIM error</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="135" />
        <source>Incoming call</source>
        <translation>Incoming call</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="136" />
        <source>Gazetted holiday</source>
        <translation>Gazetted holiday</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="137" />
        <source>Local holiday</source>
        <translation>Local holiday</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="138" />
        <source>Compensatory working day</source>
        <translation>Compensatory working day</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="139" />
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="140" />
        <source>This representative already has an open case for this officer; the complaint was added to it.</source>
        <translation>This representative already has an open case for this officer; the complaint was added to it.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="141" />
        <source>Another operator changed this case a moment ago. The window shows the latest; please check and try again.</source>
        <translation>Another operator changed this case a moment ago. The window shows the latest; please check and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="142" />
        <source>That action is not possible in the case's current state.</source>
        <translation>That action is not possible in the case's current state.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="143" />
        <source>The record no longer exists.</source>
        <translation>The record no longer exists.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="144" />
        <source>The number is not on the government register; the center may not dial it.</source>
        <translation>The number is not on the government register; the center may not dial it.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="145" />
        <source>No alternate is named for this officer.</source>
        <translation>No alternate is named for this officer.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="146" />
        <source>Please correct the marked fields.</source>
        <translation>Please correct the marked fields.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="147" />
        <source>Only a supervisor may do this.</source>
        <translation>Only a supervisor may do this.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="148" />
        <source>The action failed; nothing was changed. The log has the details.</source>
        <translation>The action failed; nothing was changed. The log has the details.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="149" />
        <source>The last day is before the first day.</source>
        <translation>The last day is before the first day.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="150" />
        <source>The period is already over.</source>
        <translation>The period is already over.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="151" />
        <source>An officer cannot be their own alternate.</source>
        <translation>An officer cannot be their own alternate.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="152" />
        <source>This alternate leads back to the officer through other alternates.</source>
        <translation>This alternate leads back to the officer through other alternates.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="153" />
        <source>The alternate is away on some of these days.</source>
        <translation>The alternate is away on some of these days.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="154" />
        <source>The officer already has a period on some of these days.</source>
        <translation>The officer already has a period on some of these days.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="155" />
        <source>Name an alternate for leave or training.</source>
        <translation>Name an alternate for leave or training.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="156" />
        <source>The officer is not on the roster.</source>
        <translation>The officer is not on the roster.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="157" />
        <source>That day already has an entry.</source>
        <translation>That day already has an entry.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="158" />
        <source>Give the day a name.</source>
        <translation>Give the day a name.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="159" />
        <source>A compensatory working day must fall on a day off.</source>
        <translation>A compensatory working day must fall on a day off.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="160" />
        <source>The state's gazetted list cannot be edited here.</source>
        <translation>The state's gazetted list cannot be edited here.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="162" />
        <source>Could not load the latest state; retrying on the next change.</source>
        <translation>Could not load the latest state; retrying on the next change.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212" />
        <source>Select an officer in the availability grid first.</source>
        <translation>Select an officer in the availability grid first.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249" />
        <source>Samvad Setu — District Contact and Command Center</source>
        <translation>Samvad Setu — District Contact and Command Center</translation>
    </message>
</context>
<context>
    <name>ManualCallDialog</name>
    <message>
        <location filename="../../ui/manual_call_dialog.py" line="17" />
        <source>Record a manual call</source>
        <translation>Record a manual call</translation>
    </message>
    <message>
        <location filename="../../ui/manual_call_dialog.py" line="33" />
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/manual_call_dialog.py" line="34" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/manual_call_dialog.py" line="38" />
        <source>Called</source>
        <translation>Called</translation>
    </message>
    <message>
        <location filename="../../ui/manual_call_dialog.py" line="39" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/manual_call_dialog.py" line="40" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/manual_call_dialog.py" line="41" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../ui/menus.py" line="17" />
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="18" />
        <source>&amp;Officers</source>
        <translation>&amp;Officers</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="19" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="20" />
        <source>&amp;Language / भाषा</source>
        <translation>&amp;Language / भाषा</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="23" />
        <source>&amp;New complaint…</source>
        <translation>&amp;New complaint…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="24" />
        <source>&amp;Open selected case</source>
        <translation>&amp;Open selected case</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="25" />
        <source>&amp;Acknowledge alarm</source>
        <translation>&amp;Acknowledge alarm</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="26" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="27" />
        <source>&amp;Leave / training period…</source>
        <translation>&amp;Leave / training period…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="28" />
        <source>&amp;Import roster…</source>
        <translation>&amp;Import roster…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="29" />
        <source>&amp;Export roster…</source>
        <translation>&amp;Export roster…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="30" />
        <source>Holidays and working &amp;days…</source>
        <translation>Holidays and working &amp;days…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="31" />
        <source>Go to the &amp;queue</source>
        <translation>Go to the &amp;queue</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="32" />
        <source>Go to the &amp;availability grid</source>
        <translation>Go to the &amp;availability grid</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="33" />
        <source>Go to the &amp;outbox</source>
        <translation>Go to the &amp;outbox</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="34" />
        <source>&amp;Switch language</source>
        <translation>&amp;Switch language</translation>
    </message>
</context>
<context>
    <name>ModemPanel</name>
    <message>
        <location filename="../../ui/modem_panel.py" line="89" />
        <source>&lt;b&gt;Modems&lt;/b&gt;</source>
        <translation>&lt;b&gt;Modems&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/modem_panel.py" line="90" />
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../ui/modem_panel.py" line="91" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/modem_panel.py" line="92" />
        <source>Was sent</source>
        <translation>Was sent</translation>
    </message>
    <message>
        <location filename="../../ui/modem_panel.py" line="93" />
        <source>The message or call did go out: record it as sent, do not send again</source>
        <translation>The message or call did go out: record it as sent, do not send again</translation>
    </message>
    <message>
        <location filename="../../ui/modem_panel.py" line="94" />
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <location filename="../../ui/modem_panel.py" line="95" />
        <source>It did not go out: record it as failed, so it can be retried</source>
        <translation>It did not go out: record it as failed, so it can be retried</translation>
    </message>
    <message>
        <location filename="../../ui/modem_panel.py" line="102" />
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <location filename="../../ui/modem_panel.py" line="104" />
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <location filename="../../ui/modem_panel.py" line="100" />
        <source>Send missing parts</source>
        <translation>Send missing parts</translation>
    </message>
    <message>
        <location filename="../../ui/modem_panel.py" line="100" />
        <source>The modem reported %1 of %2 parts sent: send only the others, which the phone joins to them</source>
        <translation>The modem reported %1 of %2 parts sent: send only the others, which the phone joins to them</translation>
    </message>
    <message>
        <location filename="../../ui/modem_panel.py" line="100" />
        <source>For a long SMS of which the modem reported some parts sent: send only the others</source>
        <translation>For a long SMS of which the modem reported some parts sent: send only the others</translation>
    </message>
</context>
<context>
    <name>ModemTableModel</name>
    <message>
        <location filename="../../ui/modem_table_models.py" line="26" />
        <source>Modem</source>
        <translation>Modem</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="27" />
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="28" />
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="29" />
        <source>SIM</source>
        <translation>SIM</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="30" />
        <source>SMS today</source>
        <translation>SMS today</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="31" />
        <source>Call now</source>
        <translation>Call now</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="36" />
        <source>offline</source>
        <translation>offline</translation>
    </message>
</context>
<context>
    <name>OfficerTableModel</name>
    <message>
        <location filename="../../ui/officer_table_model.py" line="32" />
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/officer_table_model.py" line="33" />
        <source>Designation</source>
        <translation>Designation</translation>
    </message>
    <message>
        <location filename="../../ui/officer_table_model.py" line="38" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/officer_table_model.py" line="39" />
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../ui/officer_table_model.py" line="34" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/officer_table_model.py" line="35" />
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../ui/officer_table_model.py" line="36" />
        <source>Alternate</source>
        <translation>Alternate</translation>
    </message>
    <message>
        <location filename="../../ui/officer_table_model.py" line="37" />
        <source>Official number</source>
        <translation>Official number</translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <location filename="../../ui/modem_table_models.py" line="64" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="65" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="66" />
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="67" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="70" />
        <source>Modem</source>
        <translation>Modem</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="69" />
        <source>Tries</source>
        <translation>Tries</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="68" />
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>PeopleText</name>
    <message>
        <location filename="../../ui/people_text.py" line="38" />
        <source>(until %1)</source>
        <translation>(until %1)</translation>
    </message>
    <message>
        <location filename="../../ui/people_text.py" line="42" />
        <source>Alternate: %1</source>
        <translation>Alternate: %1</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../ui/period_dialog.py" line="110" />
        <source>Leave or training period</source>
        <translation>Leave or training period</translation>
    </message>
    <message>
        <location filename="../../ui/period_dialog.py" line="112" />
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/period_dialog.py" line="112" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/period_dialog.py" line="112" />
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../ui/period_dialog.py" line="112" />
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../ui/period_dialog.py" line="112" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/period_dialog.py" line="115" />
        <source>&lt;b&gt;Alternate&lt;/b&gt; who takes the calls meanwhile</source>
        <translation>&lt;b&gt;Alternate&lt;/b&gt; who takes the calls meanwhile</translation>
    </message>
    <message>
        <location filename="../../ui/period_dialog.py" line="116" />
        <source>Search the alternate by name, designation or office</source>
        <translation>Search the alternate by name, designation or office</translation>
    </message>
    <message>
        <location filename="../../ui/period_dialog.py" line="118" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/period_dialog.py" line="119" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../ui/queue_panel.py" line="108" />
        <source>&lt;b&gt;Escalation queue&lt;/b&gt; — %1 open</source>
        <translation>&lt;b&gt;Escalation queue&lt;/b&gt; — %1 open</translation>
    </message>
    <message>
        <location filename="../../ui/queue_panel.py" line="111" />
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../ui/queue_panel.py" line="112" />
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../ui/queue_panel.py" line="113" />
        <source>All operators</source>
        <translation>All operators</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../ui/queue_table_model.py" line="49" />
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/queue_table_model.py" line="50" />
        <source>Representative</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location filename="../../ui/queue_table_model.py" line="51" />
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/queue_table_model.py" line="52" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/queue_table_model.py" line="53" />
        <source>Since call</source>
        <translation>Since call</translation>
    </message>
    <message>
        <location filename="../../ui/queue_table_model.py" line="54" />
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../ui/queue_table_model.py" line="55" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/queue_table_model.py" line="56" />
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../ui/queue_table_model.py" line="119" />
        <source>act now</source>
        <translation>act now</translation>
    </message>
    <message>
        <location filename="../../ui/queue_table_model.py" line="130" />
        <source>paused, resumes %1</source>
        <translation>paused, resumes %1</translation>
    </message>
</context>
<context>
    <name>RosterTransfer</name>
    <message>
        <location filename="../../ui/roster_transfer.py" line="36" />
        <source>Import roster</source>
        <translation>Import roster</translation>
    </message>
    <message>
        <location filename="../../ui/roster_transfer.py" line="36" />
        <location filename="../../ui/roster_transfer.py" line="46" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/roster_transfer.py" line="41" />
        <source>Importing the roster…</source>
        <translation>Importing the roster…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_transfer.py" line="46" />
        <source>Export roster</source>
        <translation>Export roster</translation>
    </message>
    <message>
        <location filename="../../ui/roster_transfer.py" line="51" />
        <source>Exporting the roster…</source>
        <translation>Exporting the roster…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_transfer.py" line="90" />
        <source>%1 rows imported.</source>
        <translation>%1 rows imported.</translation>
    </message>
    <message>
        <location filename="../../ui/roster_transfer.py" line="90" />
        <source>%1 rows exported.</source>
        <translation>%1 rows exported.</translation>
    </message>
    <message>
        <location filename="../../ui/roster_transfer.py" line="98" />
        <source>Sheet %1, row %2, column %3: %4 %5</source>
        <translation>Sheet %1, row %2, column %3: %4 %5</translation>
    </message>
    <message>
        <location filename="../../ui/roster_transfer.py" line="106" />
        <source>…and %1 more.</source>
        <translation>…and %1 more.</translation>
    </message>
    <message>
        <location filename="../../ui/roster_transfer.py" line="123" />
        <source>This file does not list the whole district. Importing it would:</source>
        <translation>This file does not list the whole district. Importing it would:</translation>
    </message>
    <message>
        <location filename="../../ui/roster_transfer.py" line="127" />
        <source>• remove all %1 current and coming leave and training periods</source>
        <translation>• remove all %1 current and coming leave and training periods</translation>
    </message>
    <message>
        <location filename="../../ui/roster_transfer.py" line="130" />
        <source>• mark %1 of the %2 serving officers inactive</source>
        <translation>• mark %1 of the %2 serving officers inactive</translation>
    </message>
    <message>
        <location filename="../../ui/roster_transfer.py" line="133" />
        <source>• mark %1 of the %2 serving representatives inactive</source>
        <translation>• mark %1 of the %2 serving representatives inactive</translation>
    </message>
    <message>
        <location filename="../../ui/roster_transfer.py" line="135" />
        <source>Import it as the complete new list all the same? Nothing has been changed yet.</source>
        <translation>Import it as the complete new list all the same? Nothing has been changed yet.</translation>
    </message>
    <message>
        <location filename="../../ui/roster_transfer.py" line="149" />
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>TimelineTableModel</name>
    <message>
        <location filename="../../ui/timeline_table_model.py" line="21" />
        <source>When (IST)</source>
        <translation>When (IST)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_table_model.py" line="22" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_table_model.py" line="23" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_table_model.py" line="24" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_table_model.py" line="25" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
</context>
</TS>