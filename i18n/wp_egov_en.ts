<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AssignTexts</name>
    <message numerus="yes">
        <source>%n request(s) assigned to {0}</source>
        <translation>
            <numerusform>%n request assigned to {0}</numerusform>
            <numerusform>%n requests assigned to {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) were not assigned</source>
        <translation>
            <numerusform>%n request was not assigned</numerusform>
            <numerusform>%n requests were not assigned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n request(s)</source>
        <translation>
            <numerusform>Assign %n request</numerusform>
            <numerusform>Assign %n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EgovPlurals</name>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <comment>short, in a table column</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) overdue</source>
        <comment>short, in a table column</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wp_egov</name>
    <message>
        <source>&amp;Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draft a reply with the assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Executor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the view (a view of the same name is replaced):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A BIN has 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A BIN has digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply carries at most 50 files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service code is 2–32 capital Latin letters, digits or _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IIN has 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IIN has digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attached file is not described properly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering a request of another state body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant (personal data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant told of the extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the applicant… (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign… (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached to the reply: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, separated by semicolons (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for duplicate requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the applicant&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the requests to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts and address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines: overdue share {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit 5 of a BIN is 4, 5 or 6 (the kind of legal entity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit 6 of a BIN is 0–3 (head office, branch, representative office, farm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit 7 of an IIN is 1–6 (century of birth and sex).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 3–4 of a BIN are the month of registration (01–12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates merged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executor {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export… (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the term… (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 renames, Delete deletes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to attach to the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward to the competent body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded or merged (not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward… (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In work, on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In work, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual (IIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its number comes from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this queue with its search and filters under a name, in the list on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal entity (BIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median working days to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median working days to answer: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into another request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice to the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of them late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator or a head can change the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the executor or the head of the department can do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the head of the department can extend the term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the head of the department or a clerk assigns requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue share, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per executor (the {0} with the most requests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the reply to the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record and show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a citizen&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a citizen&apos;s request (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <comment>column: the date of registration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from control (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply sent: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply… (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request {0}: {1}. The deadline follows its term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests of the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the figures as an Excel workbook (XLSX) or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search subject and text (/ from the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the applicant&apos;s personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the full number and contacts; you will be asked why, and the look is recorded in the personal-data audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split from another request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;ggest service type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take into work (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BIN&apos;s check digit does not match: check the number for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IIN&apos;s check digit does not match: check the number for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistant drafts a reply from the reply template in the request&apos;s language. The draft opens in the assistant for you to check and edit; nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistant proposes a service type from the text of the request. The type changes only if you accept the proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline cannot be counted: no working-day calendar for that year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The executor sees the requests in &quot;My requests&quot; and the deadlines keep running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {0} could not be attached: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first 6 digits of an IIN are the date of birth (YYMMDD); this date does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The look could not be recorded in the audit trail: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new deadline falls on a day off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new deadline is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new deadline must be later than the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal data was not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reasoned decision: why the request needs more time (at most two months from registration in all). Tell the applicant within 3 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is sent with the decision of the template: answered, granted or refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request does not exist or is not yours to see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service type is changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics are saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term is 1 to 60 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term of this request was not extended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working-day calendar has no data for this date. Ask the administrator to publish the calendar for the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such service in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be done with the request in its current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is registered already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you need from the applicant? The deadline stops until they answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which body is competent? The law gives 3 working days from registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do you need the full IIN and contacts? Your answer, your name and the time are recorded in the personal-data audit trail before the data is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With extensions a request may be reviewed for at most two months from registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-Otinish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eGov portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwarded or merged (not counted): {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median time to answer: {0} working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue share: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests-{0}-{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}. Choose another folder or name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
