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
        <location filename="../../ui/availability_panel.py" line="121" />
        <source>reading the officers…</source>
        <translation>reading the officers…</translation>
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
    <name>CallerBar</name>
    <message>
        <location filename="../../ui/caller_bar.py" line="82" />
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../../ui/caller_bar.py" line="83" />
        <source>New complaint for them (%1)</source>
        <translation>New complaint for them (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/caller_bar.py" line="84" />
        <source>Record the callback (%1)</source>
        <translation>Record the callback (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/caller_bar.py" line="93" />
        <source>%1 is calling the center (%2).</source>
        <translation>%1 is calling the center (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/caller_bar.py" line="95" />
        <source>A new complaint is open with them filled in.</source>
        <translation>A new complaint is open with them filled in.</translation>
    </message>
    <message>
        <location filename="../../ui/caller_bar.py" line="97" />
        <source>Officer %1 is calling the center (%2).</source>
        <translation>Officer %1 is calling the center (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/caller_bar.py" line="100" />
        <source>Case %1 awaits their callback.</source>
        <translation>Case %1 awaits their callback.</translation>
    </message>
    <message>
        <location filename="../../ui/caller_bar.py" line="102" />
        <source>No open case of theirs awaits a callback.</source>
        <translation>No open case of theirs awaits a callback.</translation>
    </message>
    <message>
        <location filename="../../ui/caller_bar.py" line="104" />
        <source>a withheld number</source>
        <translation>a withheld number</translation>
    </message>
    <message>
        <location filename="../../ui/caller_bar.py" line="105" />
        <source>%1 is calling the center (%2); the number is not in the roster.</source>
        <translation>%1 is calling the center (%2); the number is not in the roster.</translation>
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
        <location filename="../../ui/case_dialog.py" line="203" />
        <source>Close window (Esc)</source>
        <translation>Close window (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.py" line="227" />
        <source>Write the reason or note first.</source>
        <translation>Write the reason or note first.</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.py" line="216" />
        <source>Note / reason</source>
        <translation>Note / reason</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.py" line="217" />
        <source>A note to add, or why the case is reopened</source>
        <translation>A note to add, or why the case is reopened</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.py" line="290" />
        <source>Nothing was recorded.</source>
        <translation>Nothing was recorded.</translation>
    </message>
</context>
<context>
    <name>CaseStepDialog</name>
    <message>
        <location filename="../../ui/case_step_dialog.py" line="116" />
        <source>Record that the officer called the representative back (case %1). Who told the center, and when did the callback happen?</source>
        <translation>Record that the officer called the representative back (case %1). Who told the center, and when did the callback happen?</translation>
    </message>
    <message>
        <location filename="../../ui/case_step_dialog.py" line="118" />
        <source>Close case %1: it leaves the queue, and its record is final until reopened.</source>
        <translation>Close case %1: it leaves the queue, and its record is final until reopened.</translation>
    </message>
    <message>
        <location filename="../../ui/case_step_dialog.py" line="119" />
        <source>Cancel case %1: it leaves the queue and counts for nobody. Write why.</source>
        <translation>Cancel case %1: it leaves the queue and counts for nobody. Write why.</translation>
    </message>
    <message>
        <location filename="../../ui/case_step_dialog.py" line="120" />
        <source>Escalate case %1: the officer's superior is told by SMS and a call, and the case is marked escalated.</source>
        <translation>Escalate case %1: the officer's superior is told by SMS and a call, and the case is marked escalated.</translation>
    </message>
    <message>
        <location filename="../../ui/case_step_dialog.py" line="125" />
        <source>Who confirmed</source>
        <translation>Who confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/case_step_dialog.py" line="126" />
        <source>Callback at (IST)</source>
        <translation>Callback at (IST)</translation>
    </message>
    <message>
        <location filename="../../ui/case_step_dialog.py" line="127" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/case_step_dialog.py" line="127" />
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/case_step_dialog.py" line="130" />
        <source>Back (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/case_step_dialog.py" line="131" />
        <source>(Enter)</source>
        <translation>(Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/case_step_dialog.py" line="154" />
        <source>Write the reason first.</source>
        <translation>Write the reason first.</translation>
    </message>
</context>
<context>
    <name>CaseFiguresTableModel</name>
    <message>
        <location filename="../../ui/report_table_models.py" line="137" />
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="138" />
        <source>Called (IST)</source>
        <translation>Called (IST)</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="139" />
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="140" />
        <source>Representative</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="141" />
        <source>Response (min)</source>
        <translation>Response (min)</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="142" />
        <source>Wall (min)</source>
        <translation>Wall (min)</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="143" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="144" />
        <source>State</source>
        <translation>State</translation>
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
        <location filename="../../ui/status_bar.py" line="73" />
        <source>Training clock: %1 IST</source>
        <translation>Training clock: %1 IST</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="74" />
        <source>The demo runs on a training clock inside office hours, so the rule can be practised at any hour. Start it with --real-clock for the time of day.</source>
        <translation>The demo runs on a training clock inside office hours, so the rule can be practised at any hour. Start it with --real-clock for the time of day.</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="80" />
        <source>data as of %1</source>
        <translation>data as of %1</translation>
    </message>
</context>
<context>
    <name>Done</name>
    <message>
        <location filename="../../ui/labels.py" line="163" />
        <source>Officer instructed: the SMS and the call are in the outbox.</source>
        <translation>Officer instructed: the SMS and the call are in the outbox.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="164" />
        <source>Officer instructed again: the SMS and the call are in the outbox.</source>
        <translation>Officer instructed again: the SMS and the call are in the outbox.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="165" />
        <source>Callback confirmed and recorded.</source>
        <translation>Callback confirmed and recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="166" />
        <source>Redirected: this is now the case against the alternate.</source>
        <translation>Redirected: this is now the case against the alternate.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="167" />
        <source>Escalated: the superior's SMS and call are in the outbox.</source>
        <translation>Escalated: the superior's SMS and call are in the outbox.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="168" />
        <source>Case closed.</source>
        <translation>Case closed.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="169" />
        <source>Case cancelled.</source>
        <translation>Case cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="170" />
        <source>Case reopened.</source>
        <translation>Case reopened.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="171" />
        <source>Note added.</source>
        <translation>Note added.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="172" />
        <source>Manual call recorded.</source>
        <translation>Manual call recorded.</translation>
    </message>
</context>
<context>
    <name>DayFiguresTableModel</name>
    <message>
        <location filename="../../ui/report_table_models.py" line="98" />
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="99" />
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="100" />
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="101" />
        <source>Median (min)</source>
        <translation>Median (min)</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="102" />
        <source>Unconfirmed</source>
        <translation>Unconfirmed</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="103" />
        <source>Escalations</source>
        <translation>Escalations</translation>
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
        <source>instruct now</source>
        <translation>instruct now</translation>
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
        <source>Say in the note what the absence is.</source>
        <translation>Say in the note what the absence is.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="156" />
        <source>The officer is not on the roster.</source>
        <translation>The officer is not on the roster.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="155" />
        <source>The alternate is not on the roster.</source>
        <translation>The alternate is not on the roster.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="155" />
        <source>The period's times have no time zone.</source>
        <translation>The period's times have no time zone.</translation>
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
    <message>
        <location filename="../../ui/labels.py" line="1" />
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="1" />
        <source>Cannot play</source>
        <translation>Cannot play</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="1" />
        <source>Alert only</source>
        <translation>Alert only</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="210" />
        <source>Complaint logged: %1.</source>
        <translation>Complaint logged: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273" />
        <source>Samvad Setu</source>
        <translation>Samvad Setu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276" />
        <source>District Contact and Command Center</source>
        <translation>District Contact and Command Center</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278" />
        <source>demo on a training clock</source>
        <translation>demo on a training clock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280" />
        <source>demo</source>
        <translation>demo</translation>
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
    <message>
        <location filename="../../ui/menus.py" line="34" />
        <source>Go to what came &amp;in</source>
        <translation>Go to what came &amp;in</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="20" />
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="36" />
        <source>Response-time &amp;reports…</source>
        <translation>Response-time &amp;reports…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="37" />
        <source>&amp;Export the workbook for the state…</source>
        <translation>&amp;Export the workbook for the state…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="37" />
        <source>New complaint for the &amp;caller</source>
        <translation>New complaint for the &amp;caller</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="38" />
        <source>Record the calling officer's call&amp;back</source>
        <translation>Record the calling officer's call&amp;back</translation>
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
    <message>
        <location filename="../../ui/modem_panel.py" line="1" />
        <source>Record what came of this call: the operator spoke on it and its outcome was not recorded</source>
        <translation>Record what came of this call: the operator spoke on it and its outcome was not recorded</translation>
    </message>
    <message>
        <location filename="../../ui/modem_panel.py" line="1" />
        <source>Outcome</source>
        <translation>Outcome</translation>
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
        <location filename="../../ui/modem_table_models.py" line="31" />
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="36" />
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="25" />
        <source>SMS parts sent today and the SIM's daily cap: a long or Hindi SMS goes as two or more parts, and the network counts each</source>
        <translation>SMS parts sent today and the SIM's daily cap: a long or Hindi SMS goes as two or more parts, and the network counts each</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="29" />
        <source>The mobile network, or what keeps the modem off it (the SIM)</source>
        <translation>The mobile network, or what keeps the modem off it (the SIM)</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="38" />
        <source>SMS parts</source>
        <translation>SMS parts</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="1" />
        <source>The number on a call now; when idle, what an officer hears when the modem's call is answered</source>
        <translation>The number on a call now; when idle, what an officer hears when the modem's call is answered</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="1" />
        <source>An operator speaks on the headset wired to this modem</source>
        <translation>An operator speaks on the headset wired to this modem</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="1" />
        <source>The module plays the district's recorded instruction twice</source>
        <translation>The module plays the district's recorded instruction twice</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="1" />
        <source>Set to play the recording, but this module cannot play clips: its calls are alerts only</source>
        <translation>Set to play the recording, but this module cannot play clips: its calls are alerts only</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="1" />
        <source>Nothing: the call is hung up a few seconds after the answer; the SMS carries the instruction</source>
        <translation>Nothing: the call is hung up a few seconds after the answer; the SMS carries the instruction</translation>
    </message>
</context>
<context>
    <name>OfficerFiguresTableModel</name>
    <message>
        <location filename="../../ui/report_table_models.py" line="45" />
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="46" />
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="47" />
        <source>Designation</source>
        <translation>Designation</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="48" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="49" />
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="50" />
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="51" />
        <source>Median (min)</source>
        <translation>Median (min)</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="52" />
        <source>90th pct (min)</source>
        <translation>90th pct (min)</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="53" />
        <source>Unconfirmed</source>
        <translation>Unconfirmed</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_models.py" line="54" />
        <source>Standing</source>
        <translation>Standing</translation>
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
        <location filename="../../ui/modem_table_models.py" line="69" />
        <source>Tries</source>
        <translation>Tries</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="28" />
        <source>via modem %1</source>
        <translation>via modem %1</translation>
    </message>
    <message>
        <location filename="../../ui/modem_table_models.py" line="84" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
</context>
<context>
    <name>OutboxText</name>
    <message>
        <location filename="../../ui/outbox_text.py" line="17" />
        <source>Calling…</source>
        <translation>Calling…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_text.py" line="18" />
        <source>Answered (%1)</source>
        <translation>Answered (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_text.py" line="1" />
        <source>Answered (%1) — alert only</source>
        <translation>Answered (%1) — alert only</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_text.py" line="1" />
        <source>Answered (%1) — recording cut short</source>
        <translation>Answered (%1) — recording cut short</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_text.py" line="1" />
        <source>Answered (%1) — operator on the line, outcome not recorded</source>
        <translation>Answered (%1) — operator on the line, outcome not recorded</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_text.py" line="1" />
        <source>Answered (%1) — alert only (the modem could not play the recording)</source>
        <translation>Answered (%1) — alert only (the modem could not play the recording)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_text.py" line="1" />
        <source>Answered (%1) — recording played %2 times</source>
        <translation>Answered (%1) — recording played %2 times</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_text.py" line="1" />
        <source>Answered (%1) — spoken by %2: instructed</source>
        <translation>Answered (%1) — spoken by %2: instructed</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_text.py" line="1" />
        <source>Answered (%1) — spoken by %2: will call back later</source>
        <translation>Answered (%1) — spoken by %2: will call back later</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_text.py" line="1" />
        <source>Answered (%1) — spoken by %2: wrong person</source>
        <translation>Answered (%1) — spoken by %2: wrong person</translation>
    </message>
    <message>
        <source>Alert only</source>
        <translation>Alert only</translation>
    </message>
    <message>
        <source>Recording cut</source>
        <translation>Recording cut</translation>
    </message>
    <message>
        <source>Outcome?</source>
        <translation>Outcome?</translation>
    </message>
    <message>
        <source>Played %2×</source>
        <translation>Played %2×</translation>
    </message>
    <message>
        <source>Instructed</source>
        <translation>Instructed</translation>
    </message>
    <message>
        <source>Will call later</source>
        <translation>Will call later</translation>
    </message>
    <message>
        <source>Wrong person</source>
        <translation>Wrong person</translation>
    </message>
</context>
<context>
    <name>OutsideHoursDialog</name>
    <message>
        <location filename="../../ui/outside_hours_dialog.py" line="51" />
        <source>Office closed</source>
        <translation>Office closed</translation>
    </message>
    <message>
        <location filename="../../ui/outside_hours_dialog.py" line="53" />
        <source>The office is closed: the rule's clock is paused and resumes at %1. The case is logged and waits.

Instruct the officer now anyway? The SMS and the call go out now; the record shows an instruction outside office hours, which is not counted against the officer.</source>
        <translation>The office is closed: the rule's clock is paused and resumes at %1. The case is logged and waits.

Instruct the officer now anyway? The SMS and the call go out now; the record shows an instruction outside office hours, which is not counted against the officer.</translation>
    </message>
    <message>
        <location filename="../../ui/outside_hours_dialog.py" line="57" />
        <source>&amp;Instruct now (outside office hours)</source>
        <translation>&amp;Instruct now (outside office hours)</translation>
    </message>
    <message>
        <location filename="../../ui/outside_hours_dialog.py" line="58" />
        <source>Leave it for the &amp;next opening (Enter)</source>
        <translation>Leave it for the &amp;next opening (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/outside_hours_dialog.py" line="61" />
        <source>Left for the next opening: the clock resumes at %1.</source>
        <translation>Left for the next opening: the clock resumes at %1.</translation>
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
    <message>
        <location filename="../../ui/people_text.py" line="39" />
        <source>System</source>
        <translation>System</translation>
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
    <message>
        <location filename="../../ui/period_dialog.py" line="135" />
        <source>The officer away: name, designation, office or number</source>
        <translation>The officer away: name, designation, office or number</translation>
    </message>
    <message>
        <location filename="../../ui/period_dialog.py" line="137" />
        <source>(type above, Enter to choose)</source>
        <translation>(type above, Enter to choose)</translation>
    </message>
    <message>
        <location filename="../../ui/period_dialog.py" line="165" />
        <source>Choose the officer first.</source>
        <translation>Choose the officer first.</translation>
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
    <name>ReportExport</name>
    <message>
        <location filename="../../ui/report_export.py" line="26" />
        <source>The workbook's name must end in .xlsx.</source>
        <translation>The workbook's name must end in .xlsx.</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="27" />
        <source>That folder does not exist.</source>
        <translation>That folder does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="28" />
        <source>The console may not write there; choose another folder.</source>
        <translation>The console may not write there; choose another folder.</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="29" />
        <source>That department is not on the roster.</source>
        <translation>That department is not on the roster.</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="30" />
        <source>The workbook could not be written (disk full or the file open elsewhere?); nothing was left behind.</source>
        <translation>The workbook could not be written (disk full or the file open elsewhere?); nothing was left behind.</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="31" />
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="32" />
        <source>The records could not be read; nothing was written. The log has the details.</source>
        <translation>The records could not be read; nothing was written. The log has the details.</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="58" />
        <source>Export the workbook</source>
        <translation>Export the workbook</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="59" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="83" />
        <source>Writing the workbook…</source>
        <translation>Writing the workbook…</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="83" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="110" />
        <source>%1 cases written to %2</source>
        <translation>%1 cases written to %2</translation>
    </message>
    <message>
        <source>Only a supervisor exports the reports: sign in as one; no file was written.</source>
        <translation>Only a supervisor exports the reports: sign in as one; no file was written.</translation>
    </message>
</context>
<context>
    <name>ReportFilters</name>
    <message>
        <location filename="../../ui/report_filters.py" line="102" />
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../ui/report_filters.py" line="102" />
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../ui/report_filters.py" line="102" />
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../ui/report_filters.py" line="103" />
        <source>&amp;Department</source>
        <translation>&amp;Department</translation>
    </message>
    <message>
        <location filename="../../ui/report_filters.py" line="103" />
        <source>O&amp;fficer</source>
        <translation>O&amp;fficer</translation>
    </message>
    <message>
        <location filename="../../ui/report_filters.py" line="106" />
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../ui/report_filters.py" line="107" />
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../ui/report_filters.py" line="108" />
        <source>Custom period</source>
        <translation>Custom period</translation>
    </message>
    <message>
        <location filename="../../ui/report_filters.py" line="113" />
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../ui/report_filters.py" line="120" />
        <source>All officers</source>
        <translation>All officers</translation>
    </message>
    <message>
        <location filename="../../ui/report_filters.py" line="161" />
        <source>The last day is before the first day: nothing to show.</source>
        <translation>The last day is before the first day: nothing to show.</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <location filename="../../ui/report_labels.py" line="14" />
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../ui/report_labels.py" line="15" />
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../ui/report_labels.py" line="16" />
        <source>Unconfirmed</source>
        <translation>Unconfirmed</translation>
    </message>
    <message>
        <location filename="../../ui/report_labels.py" line="17" />
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../ui/report_labels.py" line="18" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/report_labels.py" line="19" />
        <source>Redirected to the alternate</source>
        <translation>Redirected to the alternate</translation>
    </message>
    <message>
        <location filename="../../ui/report_labels.py" line="20" />
        <source>Commendable</source>
        <translation>Commendable</translation>
    </message>
    <message>
        <location filename="../../ui/report_labels.py" line="21" />
        <source>Satisfactory</source>
        <translation>Satisfactory</translation>
    </message>
    <message>
        <location filename="../../ui/report_labels.py" line="22" />
        <source>Negligent</source>
        <translation>Negligent</translation>
    </message>
    <message>
        <location filename="../../ui/report_labels.py" line="23" />
        <source>Insufficient data</source>
        <translation>Insufficient data</translation>
    </message>
    <message>
        <source>Instructed outside office hours</source>
        <translation>Instructed outside office hours</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <location filename="../../ui/reports_window.py" line="163" />
        <source>Response-time reports</source>
        <translation>Response-time reports</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="164" />
        <source>&amp;Show (F5)</source>
        <translation>&amp;Show (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="165" />
        <source>&amp;Export workbook… (Ctrl+E)</source>
        <translation>&amp;Export workbook… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="166" />
        <source>The Excel workbook of this period and filter, for the state</source>
        <translation>The Excel workbook of this period and filter, for the state</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="167" />
        <source>Officers, ranked (Ctrl+1)</source>
        <translation>Officers, ranked (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="168" />
        <source>Days (Ctrl+2)</source>
        <translation>Days (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="169" />
        <source>Complaints and median response per day</source>
        <translation>Complaints and median response per day</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="170" />
        <source>complaints</source>
        <translation>complaints</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="171" />
        <source>median, business min</source>
        <translation>median, business min</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="172" />
        <source>Response times (business min)</source>
        <translation>Response times (business min)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="173" />
        <source>cases</source>
        <translation>cases</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="174" />
        <source>Bars of five minutes; the dashed line is the district's limit; ✗: never confirmed. Click a bar for its cases.</source>
        <translation>Bars of five minutes; the dashed line is the district's limit; ✗: never confirmed. Click a bar for its cases.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="176" />
        <source>Bars: complaints; line: median response; dashed: the district's limit. Click a day for its cases.</source>
        <translation>Bars: complaints; line: median response; dashed: the district's limit. Click a day for its cases.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="178" />
        <source>Red: reported for negligence; green: commended. Click an officer for the cases.</source>
        <translation>Red: reported for negligence; green: commended. Click an officer for the cases.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="180" />
        <source>Slowest officers (median, business min)</source>
        <translation>Slowest officers (median, business min)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="186" />
        <source>Click a bar or press Enter on a row to list its cases (Ctrl+3).</source>
        <translation>Click a bar or press Enter on a row to list its cases (Ctrl+3).</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="199" />
        <source>Reading the cases…</source>
        <translation>Reading the cases…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="213" />
        <source>The records could not be read; try again (F5). The log has the details.</source>
        <translation>The records could not be read; try again (F5). The log has the details.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="238" />
        <source>%1 complaints · %2 on time · median %3 business min (90th percentile %4) · %5 never confirmed · %6 commended · %7 reported for negligence</source>
        <translation>%1 complaints · %2 on time · median %3 business min (90th percentile %4) · %5 never confirmed · %6 commended · %7 reported for negligence</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="266" />
        <source>Cases of %2: %1</source>
        <translation>Cases of %2: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="277" />
        <source>Cases never confirmed: %1</source>
        <translation>Cases never confirmed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="279" />
        <source>Cases answered in %2 business minutes or more: %1</source>
        <translation>Cases answered in %2 business minutes or more: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="281" />
        <source>Cases answered in %2–%3 business minutes: %1</source>
        <translation>Cases answered in %2–%3 business minutes: %1</translation>
    </message>
    <message>
        <source>The reports are a supervisor's: sign in as one to read them.</source>
        <translation>The reports are a supervisor's: sign in as one to read them.</translation>
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
    <message>
        <location filename="../../ui/timeline_table_model.py" line="28" />
        <source>told by the representative</source>
        <translation>told by the representative</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_table_model.py" line="29" />
        <source>told by the officer</source>
        <translation>told by the officer</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_table_model.py" line="30" />
        <source>SMS reply from %1</source>
        <translation>SMS reply from %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_table_model.py" line="31" />
        <source>missed call from %1</source>
        <translation>missed call from %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_table_model.py" line="33" />
        <source>redirected from %1</source>
        <translation>redirected from %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_table_model.py" line="34" />
        <source>to %1</source>
        <translation>to %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_table_model.py" line="35" />
        <source>outside office hours: not counted against the officer</source>
        <translation>outside office hours: not counted against the officer</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Type your user name and password.</source>
        <translation>Type your user name and password.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until %1. A supervisor or IT can set a new password.</source>
        <translation>Too many wrong passwords: this account is locked until %1. A supervisor or IT can set a new password.</translation>
    </message>
    <message>
        <source>This database has no accounts yet. IT creates the first one with 'samvad-setu db init'.</source>
        <translation>This database has no accounts yet. IT creates the first one with 'samvad-setu db init'.</translation>
    </message>
    <message>
        <source>The database cannot be reached. Check the network and try again.</source>
        <translation>The database cannot be reached. Check the network and try again.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Sign in — Samvad Setu</source>
        <translation>Sign in — Samvad Setu</translation>
    </message>
    <message>
        <source>Sign in to the console</source>
        <translation>Sign in to the console</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>SessionControl</name>
    <message>
        <source>%1 still holds text you typed and did not save. Sign out and discard it?</source>
        <translation>%1 still holds text you typed and did not save. Sign out and discard it?</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>&amp;Sign out / switch operator…</source>
        <translation>&amp;Sign out / switch operator…</translation>
    </message>
    <message>
        <source>Demo: switch to %1 (%2)</source>
        <translation>Demo: switch to %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConsoleStatusBar</name>
    <message>
        <source>Nobody signed in</source>
        <translation>Nobody signed in</translation>
    </message>
    <message>
        <source>Database unreachable since %1 — nothing typed is lost; reconnecting…</source>
        <translation>Database unreachable since %1 — nothing typed is lost; reconnecting…</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>%1 changed it at %2; it is now %3. Your text is kept.</source>
        <translation>%1 changed it at %2; it is now %3. Your text is kept.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>The database cannot be reached: nothing was saved. Your text is kept; try again in a moment.</source>
        <translation>The database cannot be reached: nothing was saved. Your text is kept; try again in a moment.</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <source>open: %1</source>
        <translation>open: %1</translation>
    </message>
</context>
<context>
    <name>SpeakPrompt</name>
    <message>
        <location filename="../../ui/speak_prompt.py" line="1" />
        <source>Instruction call — %1</source>
        <translation>Instruction call — %1</translation>
    </message>
    <message>
        <location filename="../../ui/speak_prompt.py" line="1" />
        <source>Call ended — what came of it?</source>
        <translation>Call ended — what came of it?</translation>
    </message>
    <message>
        <location filename="../../ui/speak_prompt.py" line="1" />
        <source>Answered — speak now</source>
        <translation>Answered — speak now</translation>
    </message>
    <message>
        <location filename="../../ui/speak_prompt.py" line="1" />
        <source>%1 (%2) · case %3</source>
        <translation>%1 (%2) · case %3</translation>
    </message>
    <message>
        <location filename="../../ui/speak_prompt.py" line="1" />
        <source>This is the district command center. %1 is waiting for your call back. Please call %2 now. The details are in the SMS just sent; case %3.</source>
        <translation>This is the district command center. %1 is waiting for your call back. Please call %2 now. The details are in the SMS just sent; case %3.</translation>
    </message>
    <message>
        <location filename="../../ui/speak_prompt.py" line="1" />
        <source>End call (Ctrl+H)</source>
        <translation>End call (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../ui/speak_prompt.py" line="1" />
        <source>1 Instructed</source>
        <translation>1 Instructed</translation>
    </message>
    <message>
        <location filename="../../ui/speak_prompt.py" line="1" />
        <source>2 Wrong person</source>
        <translation>2 Wrong person</translation>
    </message>
    <message>
        <location filename="../../ui/speak_prompt.py" line="1" />
        <source>3 Asked to call back later</source>
        <translation>3 Asked to call back later</translation>
    </message>
    <message>
        <location filename="../../ui/speak_prompt.py" line="1" />
        <source>Talked %1</source>
        <translation>Talked %1</translation>
    </message>
    <message>
        <location filename="../../ui/speak_prompt.py" line="1" />
        <source>Talk time %1</source>
        <translation>Talk time %1</translation>
    </message>
    <message>
        <location filename="../../ui/speak_prompt.py" line="1" />
        <source>Hanging up…</source>
        <translation>Hanging up…</translation>
    </message>
    <message>
        <location filename="../../ui/speak_prompt.py" line="1" />
        <source>The call is no longer up on this center's modems.</source>
        <translation>The call is no longer up on this center's modems.</translation>
    </message>
    <message>
        <location filename="../../ui/speak_prompt.py" line="1" />
        <source>Not recorded: %1</source>
        <translation>Not recorded: %1</translation>
    </message>
    <message>
        <location filename="../../ui/speak_prompt.py" line="1" />
        <source>it was recorded already, or the call is not over</source>
        <translation>it was recorded already, or the call is not over</translation>
    </message>
</context>
<context>
    <name>CaseFollowUps</name>
    <message>
        <location filename="../../ui/case_follow_ups.py" line="1" />
        <source>The office is closed: choose whether to instruct now.</source>
        <translation>The office is closed: choose whether to instruct now.</translation>
    </message>
    <message>
        <location filename="../../ui/case_follow_ups.py" line="1" />
        <source>Not instructed: the officer is away. Send the representative to the alternate.</source>
        <translation>Not instructed: the officer is away. Send the representative to the alternate.</translation>
    </message>
    <message>
        <location filename="../../ui/case_follow_ups.py" line="1" />
        <source>Not instructed yet: the officer's ten minutes run until %1; instruct then.</source>
        <translation>Not instructed yet: the officer's ten minutes run until %1; instruct then.</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../../ui/case_header.py" line="1" />
        <source>Representative: %1 · %2 — called the officer at %3 (%4 ago)</source>
        <translation>Representative: %1 · %2 — called the officer at %3 (%4 ago)</translation>
    </message>
    <message>
        <location filename="../../ui/case_header.py" line="1" />
        <source>Officer: %1</source>
        <translation>Officer: %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_header.py" line="1" />
        <source>paused, resumes %1</source>
        <translation>paused, resumes %1</translation>
    </message>
    <message>
        <source>Also open at another desk: %1</source>
        <translation>Also open at another desk: %1</translation>
    </message>
</context>
<context>
    <name>CloseQuestion</name>
    <message>
        <location filename="../../ui/close_question.py" line="1" />
        <source>%1 case(s) are open and %2 SMS or call(s) are not yet sent.</source>
        <translation>%1 case(s) are open and %2 SMS or call(s) are not yet sent.</translation>
    </message>
    <message>
        <location filename="../../ui/close_question.py" line="1" />
        <source>While this window is closed, this workstation sends nothing and does not climb the ladder. Close it anyway?</source>
        <translation>While this window is closed, this workstation sends nothing and does not climb the ladder. Close it anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/close_question.py" line="1" />
        <source>&amp;Close the window</source>
        <translation>&amp;Close the window</translation>
    </message>
    <message>
        <location filename="../../ui/close_question.py" line="1" />
        <source>&amp;Keep it open</source>
        <translation>&amp;Keep it open</translation>
    </message>
</context>
<context>
    <name>LiveStateLoader</name>
    <message>
        <location filename="../../ui/live_state_loader.py" line="1" />
        <source>Could not load the latest state; retrying on the next change.</source>
        <translation>Could not load the latest state; retrying on the next change.</translation>
    </message>
    <message>
        <source>The database is back; the window shows the latest.</source>
        <translation>The database is back; the window shows the latest.</translation>
    </message>
</context>
</TS>
