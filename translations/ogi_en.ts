<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>main</name>
    <message>
        <source>OGI Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OGI Desk: register of applications for government information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the main window, then quit (smoke test).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as this user (with OGI_PASSWORD set: without the dialog).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the register %1 for this version of OGI Desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OGI Desk ran out of memory (a file too large or damaged?). The step that failed was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error of unknown kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register to open: a file, or postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the register&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given for %1: nothing was opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ActionParam</name>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the third party or agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charging method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages (by volume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount paid (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later reply date (Art. 35)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome (annual report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by the applicant on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedy number (to record its result)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconsideration body or court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it corrects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement period (working days from the applicant&apos;s receipt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant told on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number of the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt proved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons to be given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office finds the reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant&apos;s reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision withheld under (Art. 14–16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived without proof of receipt, because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What verifying the record found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was corrected, and how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency competent to correct it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ActionPermission</name>
    <message>
        <source>There is no action &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is %2: &quot;%3&quot; is not possible in that state (it is possible when the case is %4, by %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; on case %2 (%3) needs the role %4; %5 holds %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no role (the account is disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step of case %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ActionPrerequisites</name>
    <message>
        <source>There is no signed-off reply to deliver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the reply notice first (&quot;%1&quot;, Notices → Issue notice): a reply is delivered only once it is issued in writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consulted third party objected and the reply discloses: issue the notice to the third party first (Art. 32: in writing, before the information is disclosed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant has not been asked for reasons: record the request for reasons first (Art. 35).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the request for reasons of %1 is already recorded; correct it with an amendment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the request for reasons (说明理由通知书) first: the applicant cannot fail to answer a request never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant&apos;s reasons were found reasonable; the office sets a later reply date instead (Art. 35).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Art. 35 later date needs the applicant&apos;s reasons found reasonable: ask for reasons and record the finding first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refusal for excessive requests (Art. 35) comes after asking the applicant for reasons: record the request for reasons first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant was asked for reasons by %1: record the reasons and the office&apos;s finding, or that none were given, first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant&apos;s reasons were found reasonable: the office may set a later reply date (Art. 35), not refuse to process the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proof that the applicant received the reply is recorded (proof of service, tracking result, signed receipt or email delivery record). Record it first (&quot;%1&quot;), or say why the case is archived without one: that is recorded with the archiving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No extension of case %1 is waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No extension of case %1 has been approved: there is nothing to tell the applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant was told of the extension by notice %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice of extension is already recorded as sent on %1; correct it with an amendment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant&apos;s receipt of this notice is already recorded (%1); correct it with an amendment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has no current draft reply to submit: draft it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has no current draft reply to submit: draft it first (&quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply of type %1 must pass the search and the confidentiality review first: %2. Only petitions, publications, repeated applications and information whose access other laws govern are answered without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confidentiality review decided &quot;%1&quot;: a reply of type %2 does not agree with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepting ends the chance to ask for a supplement: Art. 30 lets the office ask the applicant once, within 7 working days of receipt, and OGI Desk asks it before acceptance. If the request is unclear, choose &quot;%1&quot; instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application lacks what Art. 29 asks for, and accepting ends the chance to ask for a supplement (Art. 30: once, within 7 working days of receipt). Choose &quot;%1&quot; instead unless the request can be answered as it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the confidentiality review only petitions, publications, repeated applications and information whose access other laws govern are answered; any other reply comes after %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ActionRules</name>
    <message>
        <source>The applicant may supplement until %1: the application can be treated as abandoned only after that day (Art. 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an active user with the role %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charging by volume needs the number of pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fee may be charged for this application: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee notice asked for %1 yuan; %2 yuan was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension adds 1 to %1 working days (Art. 33), not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply period of case %1 was already extended once; the law allows one extension (Art. 33).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension of case %1 is already waiting for the chief&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was due on %1: an extension must be approved before the deadline (Art. 33).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 drafted this reply and so cannot sign it off (four eyes); another chief must sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has no remedy number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recorded remedy&apos;s kind, filing date and body are not changed; record its result and concluded date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which remedy: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remedy cannot be recorded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Art. 35 date must be later than the reply deadline %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplement period must be at least %1 working days from the applicant&apos;s receipt of the notice (a reasonable period, Art. 30), not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Record when the applicant received the supplement notice of %1 first: their %n working day(s) to supplement run from the day after (Art. 30).</source>
        <translation>
            <numerusform>Record when the applicant received the supplement notice of %1 first: their %n working day to supplement runs from the day after (Art. 30).</numerusform>
            <numerusform>Record when the applicant received the supplement notice of %1 first: their %n working days to supplement run from the day after (Art. 30).</numerusform>
        </translation>
    </message>
    <message>
        <source>The applicant cannot have received the notice on %1: it went out on %2 and this step is dated %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record when the applicant received the fee notice of %1 first: their 20 working days to pay run from the day after (Art. 7 of the fee measures).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant may pay until %1 (20 working days from the day after receiving the fee notice on %2; Art. 7 of the fee measures).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant cannot have been told on %1: the extension was approved on %2 and this step is dated %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;; a case is assigned to an active user with the role %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ActionSpec</name>
    <message>
        <source>&quot;%1&quot; takes no parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take this parameter; it takes: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date like 2026-03-16, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; cannot be recorded: %n problem(s) with what was given.</source>
        <translation>
            <numerusform>&quot;%1&quot; cannot be recorded: %n problem with what was given.</numerusform>
            <numerusform>&quot;%1&quot; cannot be recorded: %n problems with what was given.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ogi::AnnualReportDue</name>
    <message>
        <source>Annual report %1: to be submitted to the competent office and published by %2 (Art. 49)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual report %1 of the government: to be published by %2 (Art. 49)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the year is not over yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) left.</source>
        <translation>
            <numerusform>%1: %n day left.</numerusform>
            <numerusform>%1: %n days left.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: the date passed %n day(s) ago.</source>
        <translation>
            <numerusform>%1: the date passed %n day ago.</numerusform>
            <numerusform>%1: the date passed %n days ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ogi::ApplicationElements</name>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description of the information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form and way of receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the applicant&apos;s name (Art. 29 (1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof of identity: ID number, or the organisation&apos;s credit code (Art. 29 (1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a way to reach the applicant: phone, email or address (Art. 29 (1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the postal address the reply is to be posted to (Art. 29 (1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the email address the reply is to be sent to (Art. 29 (1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name, document number or a description of the information sought (Art. 29 (2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form of the information and how to receive it (Art. 29 (3))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ApplicationJson</name>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required; one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application is not valid JSON: %1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application must be one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The application has %n problem(s):</source>
        <translation>
            <numerusform>The application has %n problem:</numerusform>
            <numerusform>The application has %n problems:</numerusform>
        </translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ApplicationTable</name>
    <message>
        <source>%1 / %2: %3 is stated, but %4 gives %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sum of the rows under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sum of the six columns before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一 + 二 = （七） + 四 (the received and carried-in against the concluded and carried-out)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ApplicationTableCsv</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a row of section 三 (the labels are the format&apos;s, verbatim).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 figures; it needs %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;, %2: &quot;%3&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The figures cannot be read: %n problem(s).</source>
        <translation>
            <numerusform>The figures cannot be read: %n problem.</numerusform>
            <numerusform>The figures cannot be read: %n problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ogi::ApplicationValidator</name>
    <message>
        <source>not a phone number (mobile: 11 digits starting with 1; landline: area code and number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a postcode has six digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one applicant is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receipt date %1 is before the submission date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the applicant&apos;s name or a way to reach them: an application from nobody who can be answered cannot be registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent&apos;s name is required when an agent is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a representative is named among several applicants; this application has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one of the applicants can be the representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the record to be corrected and what is inaccurate in it (Art. 41)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::AttachmentStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; attach scans and letters, not recordings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a copy of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored file %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored file %1 has been changed (its SHA-256 is now %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the attachment folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in the attachment folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty; there is nothing to attach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in the attachment folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store %1 as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment %1 cannot be opened: %2. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1, attachment %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; attach the files in it one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a device, not a document; only files can be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a pipe or a socket, not a document; only files can be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file; only files can be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file of the running system (under %2), not a document; save the document as a file and attach that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was being copied (%2 bytes when opened, %3 read); attach it again once it is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the register&apos;s database (table attachment_chunks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the copy of %1 again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its stored bytes (SHA-256 %1) are missing from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its stored bytes have been changed (their SHA-256 is now %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::AuditLog</name>
    <message>
        <source>audit log row %1: does not follow row %2 (a row was deleted or inserted before it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit log row %1: its content does not match its hash (the row was edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit log: the last row is %1 but the log&apos;s head records row %2 (rows were deleted or added at the end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit log row %1: not sealed with the office key although row %2 before it was (the log was rewritten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit log row %1: its seal does not match the office key (the row was rewritten, or sealed with another office&apos;s key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>audit log: %n more row(s) whose seal does not match the office key</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The office key %1 is not on this computer: the seals of the audit log could not be checked, only its hashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n audit row(s) were written before the log was sealed with the office key: a rewrite of them that recomputes their hashes is caught only by a check code printed earlier.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ogi::AuditWitness</name>
    <message>
        <source>audit log row %1, seen here on %2, is gone (the history was cut back or deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit log row %1 differs from the one seen here on %2 (the history was rewritten)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::CalendarCsv</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line must be the header &quot;date,kind,name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;date,kind,name&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; must be &quot;work&quot; or &quot;off&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The calendar file %1 has %n problem(s):</source>
        <translation>
            <numerusform>The calendar file %1 has %n problem:</numerusform>
            <numerusform>The calendar file %1 has %n problems:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ogi::CalendarRepository</name>
    <message>
        <source>A calendar day needs a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar has no override for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No running reply deadline moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n running reply deadline(s) moved: see 期限预警 for the new dates.</source>
        <translation>
            <numerusform>%n running reply deadline(s) moved: see 期限预警 for the new dates.</numerusform>
            <numerusform>%n running reply deadline(s) moved: see 期限预警 for the new dates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ogi::CaseAction</name>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send fee notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for confidentiality review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set later reply date (Art. 35)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant received the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record reconsideration or lawsuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply (imported from the old ledger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded (imported from the old ledger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension notice sent outside OGI Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant received the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the applicant for reasons (Art. 35)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons received and assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reasons given in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the record (Art. 41)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to the competent agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the applicant to ask the competent agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the correction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::CaseDeadline</name>
    <message>
        <source>There is no case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statutory period: the Regulations set none for a request to correct a record (Art. 41); no reply deadline is counted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::CaseEvent</name>
    <message>
        <source>the case has no events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 follows event %2 (an event is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 (%2) starts from %3, but the case was %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 (%2) is not an allowed step to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::CaseRepository</name>
    <message numerus="yes">
        <source>The application has %n problem(s):</source>
        <translation>
            <numerusform>The application has %n problem:</numerusform>
            <numerusform>The application has %n problems:</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of &quot;%1&quot; on case %2 must be a valid date not in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown outcome &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is %2: &quot;%3&quot; is not possible in that state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of &quot;%1&quot; (%2) is before the case&apos;s previous step (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::CaseState</name>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafting reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::CaseWorkflow</name>
    <message>
        <source>There is no case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering an application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no action &quot;%1&quot;; the actions are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::CorrectionRules</name>
    <message>
        <source>&quot;%1&quot; on case %2 needs the verification of the record to have found: %3 (Art. 41); it found: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::CreditCode</name>
    <message>
        <source>a unified social credit code has 18 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unified social credit code uses only digits and the letters A-H, J-N, P-R, T, U, W-Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters 3 to 8 (the region code) must be digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check character (last character) is wrong: the code was mistyped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::DailyBackup</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::Database</name>
    <message>
        <source>Cannot open %1: the file is damaged (%2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: it was written by a newer version of OGI Desk (schema %2; this version knows up to %3). Update OGI Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no OGI Desk database at %1. Create one with: ogi --db %1 init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: the file is empty, not an OGI Desk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed. Install libqt6sql6-sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being restored from a backup right now. Open it again when the restore has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was replaced or moved by another program (a restore from a backup?) since it was opened here. Nothing was written. Close it and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds no OGI Desk register yet. Create one with: ogi --db %1 init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: its schema version %2 is older than any this version of OGI Desk wrote. Nothing was changed in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::DatabaseFile</name>
    <message>
        <source>Cannot use %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use %1: %2 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use %1: the folder %2 is read-only (the database needs to write its journal beside the file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: the file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: the file is read-only. OGI Desk needs to write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: it is not an OGI Desk database (not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: it is an SQLite database of another program, not an OGI Desk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: the file is damaged (it is shorter than its header says: cut off). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::DeadlineCalculator</name>
    <message>
        <source>The receipt date is missing or not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The as-of date is missing or not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supplement received on %1 was never asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplement was asked on %1, before the application was received on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplement was received on %1, before it was asked on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplement asked on %1 has not been received: no reply period runs yet, so it can have no pause, extension or reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause %1 has no valid start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pause from %1 ends on %2, before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pause from %1 starts before the reply period&apos;s trigger on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pause from %1 overlaps the pause before it, which ends on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pause from %1 has no end, but another pause follows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply on %1 is before the reply period&apos;s trigger on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply on %1 was sent while the pause from %2 is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension may be granted only once (Art. 33); this application has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension must add at least one working day, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension may add at most %1 working days (Art. 33), not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension&apos;s approval date is missing or not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension was approved on %1, before the application was received on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension approved on %1 comes after the deadline of %2: an extension must be approved before the reply is due (Art. 33).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The later reply date %1 (Art. 35) must be after the statutory due date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee notice sent on %1 cannot have been received on %2, before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant was told of the extension on %1, before it was approved on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::DeadlineStatus</name>
    <message>
        <source>Reply (Art. 33)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement notice (Art. 30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation answer (Art. 32, 34)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee payment (Art. 42)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::DeadlineStep</name>
    <message>
        <source>Consultation (Art. 32, 34)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee notice (Art. 42)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>due %1 — %2, %n working day(s) left</source>
        <translation>
            <numerusform>due %1 — %2, %n working day left</numerusform>
            <numerusform>due %1 — %2, %n working days left</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1 — due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>due %1 — overdue by %n working day(s)</source>
        <translation>
            <numerusform>due %1 — overdue by %n working day</numerusform>
            <numerusform>due %1 — overdue by %n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due %1 — paused until %2, %n working day(s) left</source>
        <translation>
            <numerusform>due %1 — paused until %2, %n working day left</numerusform>
            <numerusform>due %1 — paused until %2, %n working days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paused until %1 (the other side&apos;s period); %n working day(s) left when the clock resumes</source>
        <translation>
            <numerusform>paused until %1 (the other side&apos;s period); %n working day left when the clock resumes</numerusform>
            <numerusform>paused until %1 (the other side&apos;s period); %n working days left when the clock resumes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paused until the supplemented application arrives; %n working day(s) from then</source>
        <translation>
            <numerusform>paused until the supplemented application arrives; %n working day from then</numerusform>
            <numerusform>paused until the supplemented application arrives; %n working days from then</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed on %1, no reply owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on %1 (Art. 31); the day of receipt is not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Supplement notice sent on %1; it was due by %2 (Art. 30: within %n working day(s) of receipt).</source>
        <translation>
            <numerusform>Supplement notice sent on %1; it was due by %2 (Art. 30: within %n working day of receipt).</numerusform>
            <numerusform>Supplement notice sent on %1; it was due by %2 (Art. 30: within %n working days of receipt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A supplement notice, if one is needed, is due by %1 (Art. 30: within %n working day(s) of receipt).</source>
        <translation>
            <numerusform>A supplement notice, if one is needed, is due by %1 (Art. 30: within %n working day of receipt).</numerusform>
            <numerusform>A supplement notice, if one is needed, is due by %1 (Art. 30: within %n working days of receipt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Supplement asked on %1: the reply period runs from the receipt of the supplemented application (Art. 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplemented application received on %1; that day is not counted (Art. 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Counting starts on %1, the first working day after the trigger: %n working day(s) (Art. 33).</source>
        <translation>
            <numerusform>Counting starts on %1, the first working day after the trigger: %n working day (Art. 33).</numerusform>
            <numerusform>Counting starts on %1, the first working day after the trigger: %n working days (Art. 33).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 from %2 to %3: %n working day(s) not counted (Art. 33).</source>
        <translation>
            <numerusform>%1 from %2 to %3: %n working day not counted (Art. 33).</numerusform>
            <numerusform>%1 from %2 to %3: %n working days not counted (Art. 33).</numerusform>
        </translation>
    </message>
    <message>
        <source>Later reply date %1 set by the office (Art. 35), instead of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due on %1, the last of %n counted working day(s).</source>
        <translation>
            <numerusform>Due on %1, the last of %n counted working day.</numerusform>
            <numerusform>Due on %1, the last of %n counted working days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply sent on %1, due %2: on time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reply sent on %1, due %2: late by %n working day(s).</source>
        <translation>
            <numerusform>Reply sent on %1, due %2: late by %n working day.</numerusform>
            <numerusform>Reply sent on %1, due %2: late by %n working days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Concluded on %1 without a reply owed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded when the period ended on %1: due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded when the period ended on %1: due %2 (today&apos;s calendar would give %3; the record stands).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[provisional]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the dates were reached:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>paused for the fee; the applicant&apos;s period to pay is not known until the receipt of the fee notice is recorded; %n working day(s) left when the clock resumes</source>
        <translation>
            <numerusform>paused for the fee; the applicant&apos;s period to pay is not known until the receipt of the fee notice is recorded; %n working day left when the clock resumes</numerusform>
            <numerusform>paused for the fee; the applicant&apos;s period to pay is not known until the receipt of the fee notice is recorded; %n working days left when the clock resumes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The extension notice is still missing, %n working day(s) before the deadline of %1: issue the notice of extension (or record it as sent) by then, or the extension does not count (Art. 33(2)).</source>
        <translation>
            <numerusform>The extension notice is still missing, %n working day before the deadline of %1: issue the notice of extension (or record it as sent) by then, or the extension does not count (Art. 33(2)).</numerusform>
            <numerusform>The extension notice is still missing, %n working days before the deadline of %1: issue the notice of extension (or record it as sent) by then, or the extension does not count (Art. 33(2)).</numerusform>
        </translation>
    </message>
    <message>
        <source>The extension is approved but the applicant has not been told: it counts only once the notice of extension is issued (or recorded as sent), no later than %1 (Art. 33(2)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension is approved but the applicant has not been told: it counts only once the notice of extension is issued (or recorded as sent) within the original period (Art. 33(2)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record when the applicant received the fee notice: their 20 working days to pay run from the day after (Art. 7 of the fee measures), and until then they cannot be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consulted side did not answer within its 15 working days: the clock runs again and the office decides without the answer (Art. 32; Art. 34: no answer counts as consent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The supplement notice went out on %1, %n working day(s) after the 7 that Art. 30 allows (due %2).</source>
        <translation>
            <numerusform>The supplement notice went out on %1, %n working day after the 7 that Art. 30 allows (due %2).</numerusform>
            <numerusform>The supplement notice went out on %1, %n working days after the 7 that Art. 30 allows (due %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 since %2, no answer yet: the clock is stopped until the answer, at the latest until the other side&apos;s period ends on %3, and then runs again; %n working day(s) will be left when it resumes.</source>
        <translation>
            <numerusform>%1 since %2, no answer yet: the clock is stopped until the answer, at the latest until the other side&apos;s period ends on %3, and then runs again; %n working day will be left when it resumes.</numerusform>
            <numerusform>%1 since %2, no answer yet: the clock is stopped until the answer, at the latest until the other side&apos;s period ends on %3, and then runs again; %n working days will be left when it resumes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extension of %n working day(s) approved on %1, the applicant told on %2 (Art. 33(2)).</source>
        <translation>
            <numerusform>Extension of %n working day approved on %1, the applicant told on %2 (Art. 33(2)).</numerusform>
            <numerusform>Extension of %n working days approved on %1, the applicant told on %2 (Art. 33(2)).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extension of %n working day(s) approved on %1, the applicant told on %3 (Art. 33(2)): now due %2.</source>
        <translation>
            <numerusform>Extension of %n working day approved on %1, the applicant told on %3 (Art. 33(2)): now due %2.</numerusform>
            <numerusform>Extension of %n working days approved on %1, the applicant told on %3 (Art. 33(2)): now due %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extension of %n working day(s) approved on %1, not told to the applicant yet: it counts only once they are told within the original period (Art. 33(2)).</source>
        <translation>
            <numerusform>Extension of %n working day approved on %1, not told to the applicant yet: it counts only once they are told within the original period (Art. 33(2)).</numerusform>
            <numerusform>Extension of %n working days approved on %1, not told to the applicant yet: it counts only once they are told within the original period (Art. 33(2)).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extension of %n working day(s) approved on %1, not told to the applicant yet: it counts only once they are told, no later than %2 (Art. 33(2)); until then the deadline stays %2 (told in time: %3).</source>
        <translation>
            <numerusform>Extension of %n working day approved on %1, not told to the applicant yet: it counts only once they are told, no later than %2 (Art. 33(2)); until then the deadline stays %2 (told in time: %3).</numerusform>
            <numerusform>Extension of %n working days approved on %1, not told to the applicant yet: it counts only once they are told, no later than %2 (Art. 33(2)); until then the deadline stays %2 (told in time: %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Extension approved on %1 but the applicant was not told by the original deadline %2 (told on %3; Art. 33(2)): it does not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension approved on %1 but the applicant was not told by the original deadline %2 (Art. 33(2)): it does not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Consultation (Art. 32, 34) from %1, answered on %3, after the other side&apos;s 15 working days ended on %2: only %n working day(s) are not counted (Art. 33).</source>
        <translation>
            <numerusform>Consultation (Art. 32, 34) from %1, answered on %3, after the other side&apos;s 15 working days ended on %2: only %n working day is not counted (Art. 33).</numerusform>
            <numerusform>Consultation (Art. 32, 34) from %1, answered on %3, after the other side&apos;s 15 working days ended on %2: only %n working days are not counted (Art. 33).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Consultation (Art. 32, 34) since %1, no answer within the other side&apos;s 15 working days, which ended on %2: only %n working day(s) are not counted and the clock runs again; the office decides (Art. 32, 34).</source>
        <translation>
            <numerusform>Consultation (Art. 32, 34) since %1, no answer within the other side&apos;s 15 working days, which ended on %2: only %n working day is not counted and the clock runs again; the office decides (Art. 32, 34).</numerusform>
            <numerusform>Consultation (Art. 32, 34) since %1, no answer within the other side&apos;s 15 working days, which ended on %2: only %n working days are not counted and the clock runs again; the office decides (Art. 32, 34).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fee notice (Art. 42) sent on %1 and received by the applicant on %2: the clock is stopped until payment; they may pay until %3 (20 working days from the day after receipt, Art. 7 of the fee measures); %n working day(s) will be left when it resumes.</source>
        <translation>
            <numerusform>Fee notice (Art. 42) sent on %1 and received by the applicant on %2: the clock is stopped until payment; they may pay until %3 (20 working days from the day after receipt, Art. 7 of the fee measures); %n working day will be left when it resumes.</numerusform>
            <numerusform>Fee notice (Art. 42) sent on %1 and received by the applicant on %2: the clock is stopped until payment; they may pay until %3 (20 working days from the day after receipt, Art. 7 of the fee measures); %n working days will be left when it resumes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fee notice (Art. 42) sent on %1: the clock is stopped until payment; the applicant&apos;s 20 working days to pay run from the day after they receive it, which is not recorded yet (Art. 7 of the fee measures); %n working day(s) will be left when it resumes.</source>
        <translation>
            <numerusform>Fee notice (Art. 42) sent on %1: the clock is stopped until payment; the applicant&apos;s 20 working days to pay run from the day after they receive it, which is not recorded yet (Art. 7 of the fee measures); %n working day will be left when it resumes.</numerusform>
            <numerusform>Fee notice (Art. 42) sent on %1: the clock is stopped until payment; the applicant&apos;s 20 working days to pay run from the day after they receive it, which is not recorded yet (Art. 7 of the fee measures); %n working days will be left when it resumes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>period: where it stands</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::DeliveryRules</name>
    <message>
        <source>Case %1 cannot be delivered yet: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery by %1 needs the tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant cannot have received the reply on %1: it went out on %2 and today is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proof of receipt goes with the day the applicant received the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant&apos;s receipt is already recorded (%1); correct it with an amendment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 was concluded without a reply: there is no receipt to prove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant&apos;s receipt is proved (%1): the case is not archived without proof.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::DocumentNumberPattern</name>
    <message>
        <source>Document number pattern: at most 60 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number pattern &quot;%1&quot;: write {n} exactly once where the number goes, e.g. X政公开〔{year}〕第{n}号.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number pattern: &quot;%1&quot; is not known; use {year}, {type} and {n}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::DraftRules</name>
    <message>
        <source>A review that lets everything be disclosed withholds under no provision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review that withholds anything must name the provision it rests on (Art. 14, 15 or 16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review that withholds anything must name its legal basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply of type %1 needs the outcome for the annual report: one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply of type %1 cannot be counted as %2; it is counted as one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confidentiality review withheld under %1: the refusal is counted as %2, not as %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::EmailDelivery</name>
    <message>
        <source>There is no case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant of case %1 asked to receive the reply by %2, not by email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant of case %1 has no email address on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply notice has been issued for case %1 yet (文书 → 出具文书).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email delivery is not set up: an administrator enters the mail server in Settings → Email delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server&apos;s password was stored on another computer or account and cannot be read here: an administrator enters it again in Settings → Email delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the reply notice of case %2 (that is %3); only the reply is delivered by email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was sent to %1 (Message-ID %2), but its delivery could not be recorded: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::EventDetailsText</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four eyes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt proved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt known only by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::FeeQuote</name>
    <message>
        <source>There is no case with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by count (国办函〔2020〕109号): application %1 of this applicant this month; 1-10 free, 11-30: 100 yuan, then +100 yuan for every further 10; fee %2 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by volume (国办函〔2020〕109号): %1 pages; up to 30 free, 31-100: 10 yuan a page, 101-200: 20 yuan a page, from 201: 40 yuan a page; fee %2 yuan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::FeeSchedule</name>
    <message>
        <source>The application&apos;s number in the month must be 1 or more, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page count must be 0 or more, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::IntegrityCheck</name>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1, row %2: refers to a missing row of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1: stored state %2 but its events lead to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1: stored outcome &quot;%2&quot; but its events give &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event of unknown case id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case_counters, year %1: the counter stands at %2 but case number %3 was already given (the counter was turned back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases of year %1: %2 case number(s) were given but only %3 case(s) are in the register (cases were deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1, step %2: differs from what audit log row %3 recorded when it was written (its date, actor, note or details were changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1, step %2: the deadlines and on-time verdicts it settled differ from what audit log row %3 recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1, step %2: not in the audit log (the step was added to the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1, step %2: recorded in audit log row %3 but missing from the register (the step was deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1: its registration is not in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1: its registered particulars (receipt date, applicants, request) differ from those recorded at registration in audit log row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1: registered in audit log row %2 but missing from the register (the case was deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) were registered before the audit log recorded their particulars: their receipt date, applicants and request could not be compared with it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) were recorded before the audit log held their digest: their date, actor, note and details could not be compared with it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) came from a ledger import: the audit log records the import file, not each case, so they were checked against their events only.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>case %1: stored as concluded on &quot;%2&quot; but its events give &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit log head of this register was recorded on this computer (%1): the history could only be checked against itself, the office key and any check code given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice %1: its issue is not in the audit log (added or renumbered in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice %1: differs from the notice issued and recorded in audit log row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice %1: issued in audit log row %2 but missing from the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice %1: voided in the file without a record in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice %1: voided in audit log row %2 but the register no longer says so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1: not created through the program (no record in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1: holds the roles %2 but the audit log gave %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1: enabled or disabled in the file, not through the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1: the password was replaced in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1: wrong-password count or lock changed in the file (the audit log says %2 failure(s), locked until &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting %1: replaced in the file, not through the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting %1: set in the file, with no record in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting %1: is &quot;%2&quot; but the audit log last set it to &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting %1: removed from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar was imported before the audit log recorded imported days: its overrides could not be compared with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar %1: an override with no record in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar %1: changed in the file, not through the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar %1: the override recorded in the audit log is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1: attachment &quot;%2&quot; is not the one recorded in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1: attachment &quot;%2&quot; recorded in the audit log is missing from the register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::LedgerColumns</name>
    <message>
        <source>The mapping sends &quot;%1&quot; to &quot;%2&quot;, which is not a ledger column; the columns are %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header row found in the first %1 rows: a ledger needs at least the columns 收到日期, 申请人 and 申请内容 (or a mapping file naming them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has two headers for the same column: %2. Remove one or map it with --mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row (row %1) has no column %2; name it so or map it with --mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the mapping file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not JSON (at character %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an object &quot;columns&quot; mapping the ledger&apos;s headers to OGI Desk&apos;s, e.g. {&quot;columns&quot;: {&quot;来文日期&quot;: &quot;收到日期&quot;}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must map to a column name in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::LedgerExport</name>
    <message>
        <source>ID numbers are exported whole only for a signed-in chief or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting whole ID numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger is exported as .csv or .xlsx, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::LedgerImport</name>
    <message>
        <source>Importing a ledger needs the clerk or administrator role; %1 holds neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same 编号 as row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown result &quot;%1&quot;; write the annual report&apos;s label, e.g. 予以公开, 部分公开 or 不予公开-保护第三方合法权益</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs its reason for the annual report: one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date: &quot;%1&quot; (write it as 2025-06-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown way of applying &quot;%1&quot; (当面, 邮寄, 平常信函, 网络平台, 电子邮件, 传真)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown applicant type &quot;%1&quot; (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write 是 or 否, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>says &quot;%1&quot; (still open) but the row has a 答复日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply (%1) is before the application was received (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row with a 答复日期 needs the result (办理结果)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态 says &quot;%1&quot;; give the day of the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind of request &quot;%1&quot; (政府信息公开申请, 更正申请)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 更正申请 has no reply period to extend (Art. 41 sets none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answered 更正申请 is not imported: register it as a correction request and record its finding and decision, or leave the row out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing the ledger %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::LongWriteNote</name>
    <message>
        <source>%1 is %2 on host %3 (process %4) since %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 of %2 rows done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::MonthlyTally</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded, by outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open at the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tally runs from a day to a day not before it, not from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no figure &quot;%1&quot; in the tally.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::NextStep</name>
    <message>
        <source>To issue the notice to the third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To issue the reply notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting the extension decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To verify the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting the supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To decide the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To submit for confidentiality review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting the consultation&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting the fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting confidentiality review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To submit for sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To draft the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::NoticeFacts</name>
    <message>
        <source>There is no case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is concluded; it no longer needs this notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the supplement request first (what to supplement, by when).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension must be approved by the chief first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the consultation of the third party first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the consultation of the other agency first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the fee notice first (method and amount).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application has not been treated as abandoned: record that the supplement or the fee was not received in time first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply must be drafted and signed off before it is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed-off draft is a reply of the type &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency&apos;s name (settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency&apos;s contact line (settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reconsideration body (settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The court (settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant&apos;s postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel of the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The information requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplement period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension in working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason for the extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consulted third party or agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee in yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charging method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice the applicant did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of that notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the applicant did not do in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chief must set the later reply date (Art. 35) first, with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a third party that objected to the disclosure gets this notice: record its consultation and its answer &quot;objects&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confidentiality review must let the information through (may be disclosed or partly) before the third party is told it will be disclosed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the notice addresses the applicant (您, 贵单位 or the names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item of Art. 31 that fixes the receipt day for the channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned: the supplement did not come in time (condition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned: the fee was not paid in time (condition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The later reply date (Art. 35)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the reply cannot come within the period of Art. 33</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The third party that objected to the disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the third party was consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title of the notice served (proof of service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the notice served (proof of service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The addressee of the notice served (proof of service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplement period in working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the request for reasons first (Art. 35: what to explain, by when).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision on the correction request must be taken and signed off before it is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed-off decision is &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This notice answers a request to correct a record (Art. 41); case %1 is an application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is a request to correct a record (Art. 41): it has its own notices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency competent to correct the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What verifying the record found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::NoticeStore</name>
    <message>
        <source>There is no notice type &quot;%1&quot;; the types are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 cannot have a &quot;%2&quot; yet: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notice of case %1 is dated between its receipt (%2) and today (%3), not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of issue must not be in the future or before the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(numbered when issued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing a notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices cannot be numbered yet: the administrator sets the document number pattern in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document number pattern is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voiding a notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no notice %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why %1 is voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already voided on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: the stored notice %2 is no longer the one issued (its SHA-256 differs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notice of case %1 cannot be dated %2, before the case&apos;s last step &quot;%3&quot; on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of issue must not be before the case&apos;s last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a part of this notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice &quot;%1&quot; has no parts to write; &quot;%2&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a part of the notice &quot;%2&quot;; its parts are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was voided on %2 (%3): it is not served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored text of %1 is no longer the one issued (its SHA-256 differs): it is not served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has no draft reply to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft of case %1 names no reply notice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::NoticeTemplate</name>
    <message>
        <source>The shared template &quot;%1&quot; includes itself (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no shared template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no known fact; the facts are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &quot;{{&quot; or &quot;}}&quot; is not part of a complete field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be written for this notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not known for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The notice cannot be written: %n value(s) missing: %1.</source>
        <translation>
            <numerusform>The notice cannot be written: %n value missing: %1.</numerusform>
            <numerusform>The notice cannot be written: %n values missing: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;{{/%1}}&quot; closes a section that was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{{/%1}}&quot; closes a section that was not opened; the open one is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section &quot;{{#%1}}&quot; (or &quot;{{^%1}}&quot;) is not closed with &quot;{{/%1}}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field: write {{name}}, {{edit:name|label}}, {{&gt; shared}} or a section {{#name}}…{{/name}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; names neither a known fact nor an editable part of this template.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::NoticeTemplates</name>
    <message>
        <source>There is no notice template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing the notice template &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the notice template &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared part: the application (申请情况)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared part: closing, agency and date (落款)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared part: colophon (版记)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared part: the correction request (更正申请情况)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared part: remedies, reconsideration or lawsuit (救济途径)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared part: remedies, reconsideration first (救济途径·复议前置)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::NoticeType</name>
    <message>
        <source>Acknowledgement of receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation of a third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation of another agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of information processing fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request for reasons (Art. 35)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application treated as abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply: disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply: partly disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply: withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply: already made public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply: information does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply: not this office&apos;s information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply: repeated application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply: governed by special provisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply: petition or complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply: public publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply: would have to be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply: not processed (Art. 35)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply: confirming information already obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply: still unclear after the supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of a later reply date (Art. 35)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice to the third party: decided to disclose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction: corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction: referred to the competent agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction: to be asked of the competent agency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::OfficeSettings</name>
    <message>
        <source>Changing the setting &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the agency settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency name: required, at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency code &quot;%1&quot;: use letters, digits and &apos;-&apos; only, at most 32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1…&quot;: at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the fonts of notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a font for the text and one for the title of notices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number pattern: write {type} in it when each type of notice is numbered apart, or two notices would carry the same number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server: the name or address of the SMTP server is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port: a number from 1 to 65535, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender: a mail address such as xxgk@example.gov.cn is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-out: from 1 to 300 seconds, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs the user name it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the mail server settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::PdfTextLayer</name>
    <message>
        <source>The PDF cannot be given its text layer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::PgConnection</name>
    <message>
        <source>this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of %1 refused the password of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of %1 has no database “%2”. Check the name, or create it on the server (packaging/server-setup.sh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed: %2. With sslmode=verify-full the server&apos;s certificate must be signed by the sslrootcert file and carry the server&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of %1 cannot be reached: %2. Check that it is running and that this desk may reach it (the network, the server&apos;s firewall and pg_hba.conf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation cannot open %1: Qt&apos;s PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of %1 needs a password for %2: put it in ~/.pgpass or the environment variable OGI_DB_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::PgSchema</name>
    <message>
        <source>The database “%1” on %2 holds tables of another program, not an OGI Desk register. Nothing was changed in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::PrivateFileMode</name>
    <message>
        <source>Cannot make %1 private to its owner: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ProactiveFigures</name>
    <message>
        <source>Entering the figures of section 二</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cell of section 二.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in 万元 (e.g. 12.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures of section 二 were not stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::Progress</name>
    <message>
        <source>Stopped. Nothing of the unfinished work was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ReasonsRules</name>
    <message>
        <source>The applicant&apos;s answer to the request for reasons of %1 is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant needs time to give reasons: the date must be after the request (%1), not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant may give reasons until %1: that none were given can be recorded only after that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request for reasons (%1) was issued on %2, after the day it asked the reasons by (%3): ask again with a new date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ReceiptDateRule</name>
    <message>
        <source>Art. 31: submitted in person, received on the day it was submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 31: by post, received on the day the office signed for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 31: by ordinary letter, received on the day the office confirmed it with the applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 31: online, by email or by fax, received on the day both sides confirmed it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::RegisterBackup</name>
    <message>
        <source>Cannot write the snapshot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot of %1 failed (SQLite %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable OGI Desk backup: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no manifest.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its manifest is not an OGI Desk backup&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; points outside the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; has been changed or cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is not in its manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is larger than its manifest says (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip archive is damaged or cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its manifest names another audit log head than its register holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::RegisterCopy</name>
    <message>
        <source>The table %1 has other columns in %2 than in %3: nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no register: nothing to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at schema version %2, this version of OGI Desk writes %3: copy it with the version that matches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no OGI Desk register at %1: nothing to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at schema version %2, this version of OGI Desk writes %3. Open it once with this version (ogi --db %1 verify upgrades it), then copy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a register: copy into an empty database only, so that nothing is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already: copy into a new file only, so that nothing is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the copy %1 holds %2 rows of %3, the source %4: nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index of %1 holds %2 of %3 cases: nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain does not verify on %1 after the copy: %2. Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain of %1 ends elsewhere than the source&apos;s: nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice %1 does not have its SHA-256 on %2 after the copy: nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register cannot be copied onto itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has tables the copy does not know (%2): nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new register %1 is not empty (%2): nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the copy of the attached file %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attached file %1 (SHA-256 %2) is missing or changed in %3: nothing was copied. Restore it there first (ogi verify names it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the copy of the attached file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attached file %1 does not have its SHA-256 on %2 after the copy: nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::RegisterLocation</name>
    <message>
        <source>The register address %1 is not usable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no server (postgresql://user@host:port/database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no database after the server (postgresql://user@host:port/database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option “%1” is not one OGI Desk passes on (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode must be disable, allow, prefer, require, verify-ca or verify-full, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds a password. Leave it out: OGI Desk reads it from ~/.pgpass or the environment variable OGI_DB_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::RegisterRestore</name>
    <message>
        <source>user %1 is added (roles: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1: roles %2 become %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 is enabled again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 is removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting %1 changes (a secret, not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting %1: &quot;%2&quot; becomes &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit log row %1 of the backup is not the register&apos;s row %1: the backup holds another history than this register&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing is at the target yet: the backup becomes a new register (%n case(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The register there cannot be opened (damaged); it is kept aside and the backup (%n case(s)) takes its place.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cases: %1 now, %2 in the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) recorded since the backup are not in it and leave the register: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) in the backup are not in the register now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log: %1 rows now, %2 in the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users, roles and settings: the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused unless overridden: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator of %1 may replace it with a backup; %2 is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 does not continue the history of %2: %3. Restore it only if you know why, with the override (it is recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another program (OGI Desk or ogi). Close it there, then restore again; nothing was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the restored register to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the restored attachments to %1.files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::RemedyStore</name>
    <message>
        <source>The filing date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filing date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the reconsideration body or the court.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pending remedy has no concluded date; give its result too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A result needs the date the remedy was concluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remedy cannot be concluded on %1, before it was filed on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The concluded date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has no remedy number %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::RemedyWindows</name>
    <message numerus="yes">
        <source>Reconsideration may be sought until %1 (%n day(s) left)</source>
        <translation>
            <numerusform>Reconsideration may be sought until %1 (%n day left)</numerusform>
            <numerusform>Reconsideration may be sought until %1 (%n days left)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A lawsuit may be filed until %1 (%n day(s) left)</source>
        <translation>
            <numerusform>A lawsuit may be filed until %1 (%n day left)</numerusform>
            <numerusform>A lawsuit may be filed until %1 (%n days left)</numerusform>
        </translation>
    </message>
    <message>
        <source>The reconsideration period ended on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The litigation period ended on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[provisional: the calendar of that year is not known]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No reply was given in time: reconsideration (failure to perform a statutory duty) may be sought until %1 (%n day(s) left)</source>
        <translation>
            <numerusform>No reply was given in time: reconsideration (failure to perform a statutory duty) may be sought until %1 (%n day left)</numerusform>
            <numerusform>No reply was given in time: reconsideration (failure to perform a statutory duty) may be sought until %1 (%n days left)</numerusform>
        </translation>
    </message>
    <message>
        <source>No reply was given in time: the reconsideration period for it ended on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A lawsuit against the reconsideration decision may be filed until %1 (%n day(s) left)</source>
        <translation>
            <numerusform>A lawsuit against the reconsideration decision may be filed until %1 (%n day left)</numerusform>
            <numerusform>A lawsuit against the reconsideration decision may be filed until %1 (%n days left)</numerusform>
        </translation>
    </message>
    <message>
        <source>The period for a lawsuit after the reconsideration ended on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconsideration first (Administrative Reconsideration Law, Art. 23): a lawsuit only after the reconsideration decision, within 15 days of receiving it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::RepeatFinder</name>
    <message>
        <source>There is no case %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ReportCheckCode</name>
    <message>
        <source>Check code: %1 (ogi verify --anchor checks it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ReportHtml</name>
    <message>
        <source>Information-processing fees: %1 fee notice(s) for %2 yuan; %3 yuan collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tally %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median working days to reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest working days to reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ReportXlsx</name>
    <message>
        <source>Cannot create the workbook %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median working days to reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest working days to reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> …[cut: %1 characters in all, a cell holds %2; the CSV export keeps the whole text]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ResidentIdNumber</name>
    <message>
        <source>a resident ID number has 18 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a resident ID number is 17 digits followed by a digit or X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first two digits name no province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits 7 to 14 are not a valid date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check digit (last character) is wrong: the number was mistyped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::RoleCheck</name>
    <message>
        <source>no role (the account is disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the role %2; %3 holds %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::SavedFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::SchemaMigrations</name>
    <message>
        <source>This program cannot bring the register to schema version %1: it lacks the code that fills that version&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::SealedSecret</name>
    <message>
        <source>The key file %1 cannot be made: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it exists but does not hold a key of 32 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::SheetTable</name>
    <message>
        <source>Unknown encoding &quot;%1&quot;: give UTF-8 or GB18030 (GBK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither UTF-8 nor GB18030 text; save it from Excel as CSV and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid %2 text; try the other encoding (--encoding GB18030 or UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a ledger is read from .csv, .xlsx or .xls, not .%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable .xls workbook (FreeXL error %2); save it again from Excel or as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook has no readable first sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable .xlsx workbook: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has more than %1 cells (the limit); split it into smaller files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB (the limit); split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its first sheet spans %2 rows and %3 columns, more than %4 cells (the limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its part %1 unpacks to more than %2 MB (the limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell holds %1 characters, more than the %2 a cell can hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has more than %1 shared strings (the limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has a row %1, past Excel&apos;s last row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has a cell in column %1, past Excel&apos;s last column %2 (XFD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its first sheet spans more than %1 cells (the limit); split it into smaller workbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its XML is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than %1 MB (the limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable .xlsx workbook: it is damaged, cut short or not a zip archive; open it in Excel or WPS and save it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable .xlsx workbook: it needs more memory than this computer has</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ShippedCalendar</name>
    <message>
        <source>The built-in holiday calendar %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::SignIn</name>
    <message>
        <source>Wrong login or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords: %1 is locked until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::SmtpSender</name>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switching to TLS (STARTTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the addresses (from %1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 did not answer within %2 s (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 closed the connection during %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 refused %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure connection to the mail server %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the mail server %1 failed during %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::Sql</name>
    <message>
        <source>Database error: %1 (statement: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged: %1. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is damaged: %2. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database connection is not an open SQLite connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register%1 is busy: another program (OGI Desk or ogi, perhaps a ledger import or a restore) has been writing to it for more than %2 seconds. Nothing was written. Wait until it has finished, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register %1 is busy: %2. Nothing was written. Wait until it has finished, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::SqliteLibraryCheck</name>
    <message>
        <source>Qt&apos;s SQLite driver uses SQLite %1, but OGI Desk is linked with SQLite %2. Install the distribution&apos;s Qt SQLite driver (libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::TextFieldCheck</name>
    <message>
        <source>%1 contains a control character (position %2): only printable text can be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are kept (attach the full text as a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::UserRepository</name>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not be the login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register already has users; the administrator adds new ones (ogi user add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; must be 2 to 32 letters, digits, dots, dashes or underscores, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-32 letters, digits, . _ -; starts with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user needs at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabling a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabling a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting another user&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active administrator; make another user an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::Vocabulary</name>
    <message>
        <source>Natural person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal person or other organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public-interest organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal service institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mainland travel permit for Hong Kong and Macao residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mainland travel permit for Taiwan residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign permanent resident ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative reconsideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawsuit without reconsideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawsuit after reconsideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclose (Art. 36(2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly disclose (Art. 37)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withhold (Art. 36(3))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already made public (Art. 36(1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information does not exist (Art. 36(4))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not this office&apos;s information (Art. 36(5))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated application (Art. 36(6))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governed by special provisions (Art. 36(7))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petition or complaint (Art. 39)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public publication (Art. 39)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would have to be created (Art. 38)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excessive requests, not processed (Art. 35)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks to confirm or reissue information already obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still unclear after the supplement (Art. 30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly disclosable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third party (Art. 32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other agency (Art. 34)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email read receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (see the note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 14: state secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 14: disclosure prohibited by law or administrative regulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 14: would endanger national, public or economic security or social stability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 15: harms a third party&apos;s lawful rights (trade secret, privacy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 16(1): internal affairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 16(2): process information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 16(2): administrative enforcement case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of service signed by the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal tracking shows it delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt signed by the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email delivery record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasonable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reasonable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government department at county level or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competent office for government information of a local government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter of authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application for government information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to correct a record (Art. 41)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is inaccurate (verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is accurate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence does not show the record inaccurate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not information about the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not within this office&apos;s functions: another agency may correct it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to the competent agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told to ask the competent agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::WorkingCalendar</name>
    <message>
        <source>No year&apos;s holiday arrangement is known: %1 counted as plain Monday–Friday weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday arrangement of %1 is not known yet (the calendar knows %2): counted as plain Monday–Friday weeks, so the result is provisional until that year&apos;s notice is imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::cli::ActCommand</name>
    <message>
        <source>%1 (%2): needs the role %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value; usage: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; the actions are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 on %3 — the case is now %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::cli::AddCommand</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add needs --json FILE (or --json - for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--attach: &quot;%1&quot; is not a kind of attachment (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is registered; similar applications could not be looked up: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::cli::AttachCommand</name>
    <message>
        <source>--kind takes one of %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached %1 (%2, %3) to case %4; SHA-256 %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::cli::BackupCommand</name>
    <message numerus="yes">
        <source>Backed up %1 with %n attached file(s) (%2) to %3</source>
        <translation>
            <numerusform>Backed up %1 with %n attached file (%2) to %3</numerusform>
            <numerusform>Backed up %1 with %n attached files (%2) to %3</numerusform>
        </translation>
    </message>
    <message>
        <source>restore needs --db FILE: where the register is restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2; it passes verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register that was there is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 passes verify. Restoring it to %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a register is at %1: restoring over it needs --user with an administrator of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1 with the backup? Type yes to go on: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2 (%3 cases, %4 attached files), checked there as ogi copy checks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::cli::CalendarCommand</name>
    <message>
        <source>FROM (%1) is after TO (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(calendar not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known years: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kind must be &quot;work&quot; or &quot;off&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 follows the shipped calendar again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n calendar day(s) from %1.</source>
        <translation>
            <numerusform>Imported %n calendar day from %1.</numerusform>
            <numerusform>Imported %n calendar days from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown calendar command &quot;%1&quot;; usage: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now a working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now a day off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the office calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::cli::CliContext</name>
    <message>
        <source>this command needs --db FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1; usage: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this command changes the register: give --user NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::cli::CopyCommand</name>
    <message>
        <source>Copied %1 to %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on %1: every table&apos;s row count, %2 cases in the search index, the audit chain of %3 rows and its head, the SHA-256 of %4 notices and of %5 attached files. The source was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::cli::DateArguments</name>
    <message>
        <source>%1: &quot;%2&quot; is not a valid date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a whole number from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::cli::DeadlineCommand</name>
    <message>
        <source>%1: &quot;%2&quot; must be FROM:TO (or FROM: while still waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the pause ends on %2, before it starts on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--received is required; usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fee-received needs a --fee-pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--extend-told and --extend-not-told exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::cli::DeliverEmailCommand</name>
    <message>
        <source>There is no notice numbered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice %1 belongs to case %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered %1 to %2 by email; Message-ID %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::cli::DemoCommand</name>
    <message>
        <source>--cases takes a whole number from 1 to 2000000, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo case(s) to %1.</source>
        <translation>
            <numerusform>Added %n demo case to %1.</numerusform>
            <numerusform>Added %n demo cases to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n demo user(s); their passwords are in the README.</source>
        <translation>
            <numerusform>Created %n demo user; their passwords are in the README.</numerusform>
            <numerusform>Created %n demo users; their passwords are in the README.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ogi::cli::DueCommand</name>
    <message numerus="yes">
        <source>%n open case(s) listed, as of %1</source>
        <translation>
            <numerusform>%n open case listed, as of %1</numerusform>
            <numerusform>%n open cases listed, as of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Attention: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::cli::ExportCommand</name>
    <message>
        <source>--state: &quot;%1&quot; is not a state</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1%2</source>
        <translation>
            <numerusform>Exported %n case to %1%2</numerusform>
            <numerusform>Exported %n cases to %1%2</numerusform>
        </translation>
    </message>
    <message>
        <source> with whole ID numbers (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ledger is exported as .csv or .xlsx, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) longer than the 32,767 characters an Excel cell holds were cut, each ending in a mark saying so: %1. Export as .csv to keep the whole text.</source>
        <translation>
            <numerusform>%n cell longer than the 32,767 characters an Excel cell holds was cut, ending in a mark saying so: %1. Export as .csv to keep the whole text.</numerusform>
            <numerusform>%n cells longer than the 32,767 characters an Excel cell holds were cut, each ending in a mark saying so: %1. Export as .csv to keep the whole text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ogi::cli::ImportCommand</name>
    <message numerus="yes">
        <source>%1 (%2): header in row %3, %n row(s) of data.</source>
        <translation>
            <numerusform>%1 (%2): header in row %3, %n row of data.</numerusform>
            <numerusform>%1 (%2): header in row %3, %n rows of data.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already in the register (imported before) left as they are.</source>
        <translation>
            <numerusform>%n row already in the register (imported before) left as it is.</numerusform>
            <numerusform>%n rows already in the register (imported before) left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n row(s) would be imported</source>
        <translation>
            <numerusform>Dry run: %n row would be imported</numerusform>
            <numerusform>Dry run: %n rows would be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n row(s) have problems</source>
        <translation>
            <numerusform>, %n row has problems</numerusform>
            <numerusform>, %n rows have problems</numerusform>
        </translation>
    </message>
    <message>
        <source>; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; nothing was imported. Correct them, or import the other rows with --skip-invalid.</source>
        <translation>
            <numerusform>%n row has problems; nothing was imported. Correct it, or import the other rows with --skip-invalid.</numerusform>
            <numerusform>%n rows have problems; nothing was imported. Correct them, or import the other rows with --skip-invalid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s): %1 to %2.</source>
        <translation>
            <numerusform>Imported %n case: %1 to %2.</numerusform>
            <numerusform>Imported %n cases: %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems were not imported; they are in %1.</source>
        <translation>
            <numerusform>%n row with problems was not imported; it is in %1.</numerusform>
            <numerusform>%n rows with problems were not imported; they are in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>--copies takes import or skip, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: the same as row %2 in every cell (a probable copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) the same as an earlier row in every cell imported as applications of their own (--copies import).</source>
        <translation>
            <numerusform>%n row the same as an earlier row in every cell imported as an application of its own (--copies import).</numerusform>
            <numerusform>%n rows the same as an earlier row in every cell imported as applications of their own (--copies import).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) the same as an earlier row in every cell would be left out as probable copies.</source>
        <translation>
            <numerusform>%n row the same as an earlier row in every cell would be left out as a probable copy.</numerusform>
            <numerusform>%n rows the same as an earlier row in every cell would be left out as probable copies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) the same as an earlier row in every cell left out as probable copies.</source>
        <translation>
            <numerusform>%n row the same as an earlier row in every cell left out as a probable copy.</numerusform>
            <numerusform>%n rows the same as an earlier row in every cell left out as probable copies.</numerusform>
        </translation>
    </message>
    <message>
        <source>If they are applications of their own, import the same file again with --copies import: it adds only them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::cli::InitCommand</name>
    <message>
        <source>init needs --db FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an OGI Desk database (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created OGI Desk database %1 (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has users; the administrator adds new ones with ogi user add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the administrator %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::cli::ListCommand</name>
    <message>
        <source>unknown state &quot;%1&quot;; one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::cli::NoticeCommand</name>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailing label for postal delivery (not numbered, not stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no notice numbered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided %1; its number stays used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reprint needs --pdf OUT.pdf or --html OUT.html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored notice %1 is no longer the one issued (its SHA-256 differs); it is not reprinted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1 was voided on %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the envelope needs --pdf OUT.pdf or --html OUT.html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set takes NAME=TEXT, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued %1 (%2) for case %3 on %4; SHA-256 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has no notices yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[voided %1: %2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[CHANGED SINCE ISSUE: SHA-256 differs]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>送达回证 (proof of service) of an issued notice (not numbered, not stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--service-proof needs --pdf OUT.pdf or --html OUT.html</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::cli::PasswordPrompt</name>
    <message>
        <source>no password: set %1 or run the command in a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::cli::RepeatHintsOutput</name>
    <message>
        <source>%1% alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar earlier applications of the same applicant (a repeat, Art. 36(6), or Art. 35?):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other applicants asked for similar information (consider proactive disclosure, Art. 44):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::cli::ReportCommand</name>
    <message>
        <source>Annual report %1, section 三: applications received and handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) do not add up.</source>
        <translation>
            <numerusform>%n figure does not add up.</numerusform>
            <numerusform>%n figures do not add up.</numerusform>
        </translation>
    </message>
    <message>
        <source>the year is four digits, e.g. 2026, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every total equals the sum of its parts, and 一 + 二 = （七） + 四 in every column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tally %1 to %2 (overdue as of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Working days from receipt to reply (%n case(s) replied): median %1, longest %2</source>
        <translation>
            <numerusform>Working days from receipt to reply (%n case replied): median %1, longest %2</numerusform>
            <numerusform>Working days from receipt to reply (%n cases replied): median %1, longest %2</numerusform>
        </translation>
    </message>
    <message>
        <source>By department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: received %2, concluded %3 (late %4), open at the end %5, overdue today %6; median %7 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median working days to reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest working days to reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the month is written YYYY-MM, e.g. 2026-03, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information-processing fees: %1 fee notice(s) for %2 yuan; %3 yuan collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes text, csv, json or xlsx, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format xlsx needs --out FILE.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set takes CELL=VALUE, e.g. 规章/本年制发件数=3, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::cli::SettingsCommand</name>
    <message>
        <source>four-eyes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document numbers: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each type apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one sequence for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconsideration body: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>court: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice fonts: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--per-type takes on or off, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail server: not set up (no delivery by email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored, but not readable on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored (sealed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail server: %1:%2 (%3), time-out %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail sender: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail login: %1; password: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--security takes none, starttls or tls, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 at the mail server: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office kind: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--office-kind takes %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::cli::ShowCommand</name>
    <message>
        <source>Applicant: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ID: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Organisation type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Unified social credit code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Legal representative: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Contact person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Address: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted: %1   Received: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form: %1   Receiving: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department: %1   Clerk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant: %1 (%2), representative of the applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised agent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Letter of authorisation (委托书): attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Letter of authorisation (委托书): not attached yet (ogi attach %1 FILE --kind authorisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Notices are addressed to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing from the application when received (Art. 29):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Ask for them within 7 working days of receipt (Art. 30): ogi act %1 request-supplement --days N (without --items the notice names exactly these).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1 — not an application for government information: not counted in the annual report&apos;s section 三 nor in the monthly tally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::cli::UserCommand</name>
    <message>
        <source>--role: &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one --role (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown user command &quot;%1&quot;; usage: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::cli::VerifyCommand</name>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation>
            <numerusform>%n finding.</numerusform>
            <numerusform>%n findings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check code %1: audit log row %2, still in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check code %1: no audit row carries it (the history printed with it was rewritten or deleted, or the code is mistyped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>OK: %1 — file intact, %n case(s) consistent with their events and with the audit log, audit chain unbroken and sealed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Check code %1 (keep it: verify --anchor checks it later)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::cli::main</name>
    <message>
        <source>ogi: unknown or incomplete option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ogi: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ogi %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register one application given as JSON; prints its case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the register, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one case with its timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the file, every case&apos;s events and the audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill FILE with N realistic demo cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ogi [--db FILE] [--user NAME] COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 a finding or a refusal, 2 a usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working days and holidays from FROM to TO, one line per date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the office calendar: local arrangements, a yearly notice as CSV (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply deadline for the given dates, explained (deadline calc --help: all options)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stored case&apos;s deadlines, explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open cases, most urgent deadline first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create (or migrate) the database FILE; with --admin, its first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take a workflow action on a case (act --help: every action and its options)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users and their roles (administrator; audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the office settings, or switch four eyes (administrator, audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach a file to a case, kept under its SHA-256 (clerk or chief)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue a numbered notice for a case, optionally as PDF or HTML (notice --help: types, reprint, void)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notices issued for a case, each checked against its SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the agency, its document number pattern, the remedies bodies and contact line (administrator, audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section 三 of the annual report, checked before it is shown (text, csv, json); exit 1 if it does not add up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check figures typed into section 三: every total and 一 + 二 = （七） + 四</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the monthly tally (any range with --from/--to), by department and clerk; --cases lists the cases behind a figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bring an old ledger (.csv UTF-8 or GB18030, .xlsx, .xls) into the register, all rows or none; --encoding E, --mapping M.json for odd headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ledger as CSV or Excel with deadline columns; ID numbers masked unless --unmasked (chief or administrator, audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send the case&apos;s reply notice (number or id) to the applicant by email as PDF and record the delivery (clerk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail server replies are delivered through; --password reads OGI_SMTP_PASSWORD or asks (administrator, audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ogi %1: this needs more memory than the computer has; nothing was changed by the step that failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ogi %1: internal error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ogi %1: internal error of unknown kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy a whole register between a file and a postgresql:// database (either way) into a new one, checked there (counts, audit chain, notices&apos; SHA-256) before it says so; the source is not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a consistent snapshot of the register (a file, or a server register) with its attachments and a SHA-256 manifest, zipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore a backup after checking it and showing what it changes; over a register, an administrator of it signs in; the register that was there is kept beside it; --db postgresql://… restores into an empty database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ui::ActionDialog</name>
    <message>
        <source>%1 — case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the act:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 · applicant %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply drafted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ui::AgencyForm</name>
    <message>
        <source>Agency name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 某某区人民政府办公室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters and digits, e.g. 11010500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 某政公开〔{year}〕第{n}号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconsideration body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People&apos;s court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 某某区人民法院</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices are numbered once a pattern is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first notice this year: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number each type of notice apart ({type} in the pattern)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact line of notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 地址：某某路1号；电话：010-12345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 某某区人民政府</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (annual report by 31 January)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (publishes the annual report by 31 March)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annual report (Art. 49): a department submits it to the competent office by 31 January; a local government&apos;s competent office publishes the government&apos;s by 31 March.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A department of a people&apos;s government at county level or above: its own government at the same level (a vertically managed department: the competent department one level up);
a people&apos;s government: the government one level up (Administrative Reconsideration Law, Art. 24 and 27).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ui::AgentForm</name>
    <message>
        <source>Authorised agent (委托代理人)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone applies for the applicant: notices are addressed to the applicant, care of the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scanned 委托书, attached with the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter of authorisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter of authorisation (委托书)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ui::ApplicantForm</name>
    <message>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The co-applicant named to act for all (代表人): notices are addressed to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this co-applicant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ui::AttachmentsPanel</name>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach to case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file. A checked copy is at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ui::AutomaticBackup</name>
    <message>
        <source>Backing up the register to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ui::CalendarPanel</name>
    <message>
        <source>Name of the arrangement (e.g. 国庆节)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the State Council arrangement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a year&apos;s arrangement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The State Council has not published this year&apos;s arrangement here: import it when it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The State Council arrangement applies again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a year&apos;s arrangement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) imported from %1.</source>
        <translation>
            <numerusform>%n day imported from %1.</numerusform>
            <numerusform>%n days imported from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recomputing the running reply deadlines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 and recomputing the running reply deadlines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day off (public holiday or weekend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make-up working day (调休上班)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrangement not published yet: provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The State Council has not published the %1 holiday arrangement here yet: its days are counted Monday to Friday, and deadlines that reach into it are provisional. Import the notice when it is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ui::CaseDialog</name>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ui::CaseListModel</name>
    <message>
        <source>Case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Regulations set no period for a request to correct a record (Art. 41).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application lacks (Art. 29): %1. Ask for a supplement within 7 working days of receipt (Art. 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · missing %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no statutory period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ui::CaseView</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (representative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicants: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised agent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing from the application (Art. 29): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask for a supplement within 7 working days of receipt (Art. 30)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ui::DeadlineBoardView</name>
    <message>
        <source>All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue · %2 due today · %3 due soon · %4 paused · %5 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ui::DeadlineDisplay</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ogi::ui::EarlierApplicantOffer</name>
    <message>
        <source>Applied before? ↓ to choose, Enter fills the applicant from their latest case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ui::FirstRunDialog</name>
    <message>
        <source>OGI Desk — first run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register is new. Name the agency whose applications it keeps (notices and reports print these; the administrator can change them later in Settings), then create the administrator: choose a login and a password of at least 8 characters. The administrator then adds the clerks, reviewers and chiefs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start using OGI Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need correcting; each problem is shown beside its field.</source>
        <translation>
            <numerusform>%n field(s) need correcting; each problem is shown beside its field.</numerusform>
            <numerusform>%n field(s) need correcting; each problem is shown beside its field.</numerusform>
        </translation>
    </message>
    <message>
        <source>The register is ready and you are signed in as its administrator. Next:
1. Settings ▸ Users and roles: add the clerks, reviewers and chiefs (each chooses a password of at least 8 characters).
2. Settings ▸ Working-day calendar: check this year&apos;s holidays and make-up working days; deadlines are counted in working days on it.
3. Settings ▸ General ▸ Agency: the document number pattern and the bodies named in the remedies paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In every list: Up and Down move the selection, Enter opens the case; Tab moves between fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where the data lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup (文件 ▸ 立即备份) holds the register and its attachments together; keep a copy off this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the data lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About OGI Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About OGI Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups: %1 (the newest %2 kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings of this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key of the mail password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is not in this build; it is README.md in the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OGI Desk %1 — register of applications for government information under the Regulations on Open Government Information (2019).
Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups: none from this desk; a server register is backed up on the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ui::LedgerImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.csv, .xlsx or .xls with a header row (编号, 收到日期, 申请人, 申请内容 …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the headers are found by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB18030 / GBK (Excel on Chinese Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text encoding (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the other rows and set the rows with problems aside (a .rejected.csv beside the ledger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgers (*.csv *.xlsx *.xls *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): header in row %3. %4 can be imported, %5 have problems, %6 were imported before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 rows are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>Imported %n case.</numerusform>
            <numerusform>Imported %n cases.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case numbers %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows with problems are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave them out: import only the first of identical rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import them too: each is an application of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows the same in every cell as an earlier row (probable copies):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: the same as row %2 in every cell (a probable copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) the same as an earlier row in every cell are left out.</source>
        <translation>
            <numerusform>%n row the same as an earlier row in every cell is left out.</numerusform>
            <numerusform>%n rows the same as an earlier row in every cell are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) the same as an earlier row in every cell are imported too.</source>
        <translation>
            <numerusform>%n row the same as an earlier row in every cell is imported too.</numerusform>
            <numerusform>%n rows the same as an earlier row in every cell are imported too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n probable copy(ies) left out; importing the file again with the other choice adds only them.</source>
        <translation>
            <numerusform>%n probable copy left out; importing the file again with the other choice adds only it.</numerusform>
            <numerusform>%n probable copies left out; importing the file again with the other choice adds only them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ogi::ui::LoginDialog</name>
    <message>
        <source>Sign in — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ui::MailServerPanel</name>
    <message>
        <source>STARTTLS (usually port 587 or 25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: plain text (only inside a trusted network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the server takes mail without signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies to applicants who asked to receive them by email are sent through this server: the issued notice as PDF with a short cover letter (文书 → 邮件送达).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is stored encrypted in the register, with a key kept outside it in %1 (readable only by your system account). Someone with the register file or a backup of it cannot read the password; someone who can also read that key file can. On another computer or account the password must be entered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored password was saved on another computer or account and cannot be read here: enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n case(s) in the register</source>
        <translation>
            <numerusform>%1 — %n case in the register</numerusform>
            <numerusform>%1 — %n cases in the register</numerusform>
        </translation>
    </message>
    <message>
        <source>OGI Desk — %1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register an application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open / act on the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OGI Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the annual report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not again today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch user — signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ui::NoticeIssueDialog</name>
    <message>
        <source>%1 — case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in this notice comes from the case and the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (may be left blank)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ui::NoticeTemplatesPanel</name>
    <message>
        <source>Keep as this office&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the shipped template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fonts of printed notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (仿宋)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (小标宋)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A family that is not installed is printed in Noto Serif CJK SC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(office copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This office&apos;s copy is in use; the shipped template can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipped template is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices are printed in %1 (text) and %2 (title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text outside {{…}} is printed as written. {{name}} is filled from the case or the settings, {{edit:name|label}} is written by the clerk for each notice, {{&gt; _part}} includes a shared part. {{#name}}…{{/name}} is printed only when name has a value ({{^name}}…{{/name}}: only when it has none); a part written only inside its own section may be left blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of service (送达回证)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it prints (facts and the clerk&apos;s parts by their labels):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be shown as it prints: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ui::NoticesPanel</name>
    <message>
        <source>Issue a notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant&apos;s address on a DL envelope, for postal delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since issue: the stored text no longer has its SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored text of %1 is no longer the one issued (its SHA-256 differs). Run &apos;ogi verify&apos; and restore the register from a backup before printing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it voided? The notice and its number stay on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope — case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send by email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 to the applicant by email as PDF and record the delivery?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the reply notice to the applicant&apos;s email address as PDF and records the delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was sent to %2 and the delivery is recorded.
Message-ID: %3
The mail server answered: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the reply is still undelivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 送达回证 of the selected notice: for the recipient&apos;s signature when it is handed over or served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proof of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of service — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ui::OptionalDateEdit</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ui::ProactiveDialog</name>
    <message>
        <source>Section 二 of %1: proactive disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>万元, e.g. 12.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ui::RegisterFileActions</name>
    <message>
        <source>&amp;Import a ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export the cases shown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the cases shown with &amp;whole ID numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger-%1.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the cases shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) written to %1.</source>
        <translation>
            <numerusform>%n case written to %1.</numerusform>
            <numerusform>%n cases written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>ID numbers are whole; the export is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The register and %n attached file(s) are backed up in %1.</source>
        <translation>
            <numerusform>The register and %n attached file are backed up in %1.</numerusform>
            <numerusform>The register and %n attached files are backed up in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) longer than an Excel cell holds (32,767 characters) were cut, each ending in a mark saying so: %1. Export as CSV to keep the whole text.</source>
        <translation>
            <numerusform>%n cell longer than an Excel cell holds (32,767 characters) was cut, ending in a mark saying so: %1. Export as CSV to keep the whole text.</numerusform>
            <numerusform>%n cells longer than an Excel cell holds (32,767 characters) were cut, each ending in a mark saying so: %1. Export as CSV to keep the whole text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ogi::ui::RegisterView</name>
    <message>
        <source>Search case no., applicant, request, ID no. or phone (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any deadline status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ui::RegistrationDialog</name>
    <message>
        <source>Register an application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on (Art. 31):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information requested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Way of receiving:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the application (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a co-applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several persons or organisations apply together (共同申请)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request to correct a record about the applicant (Art. 41) is not an application for government information: its own steps and notices, no statutory period, not counted in the annual report&apos;s section 三</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence that the record is inaccurate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence (Art. 41)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application lacks what Art. 29 asks for; it is registered all the same, and these will be asked for in a supplement (Art. 30, within 7 working days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a request to correct a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record to correct, and what is wrong:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, received %3, %4% alike)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This applicant has applied before: %n case(s) in the register.</source>
        <translation>
            <numerusform>This applicant has applied before: %n case in the register.</numerusform>
            <numerusform>This applicant has applied before: %n cases in the register.</numerusform>
        </translation>
    </message>
    <message>
        <source>Much like this request (a repeat, Art. 36(6), or Art. 35?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other applicants asked for similar information (consider proactive disclosure, Art. 44): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ui::ReportChartsPanel</name>
    <message>
        <source>Applications per month, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied on time, %1 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ui::ReportsView</name>
    <message>
        <source>Double-click a figure to see its cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export section 三</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annual-report-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly tally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual report: applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days from receipt to reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n case(s) — double-click to open</source>
        <translation>
            <numerusform>%1 (%2): %n case — double-click to open</numerusform>
            <numerusform>%1 (%2): %n cases — double-click to open</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: every total equals the sum of its parts, and 一 + 二 = （七） + 四 in every column. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table does not add up and is not shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table does not add up; it is not exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information-processing fees: %1 fee notice(s) for %2 yuan; %3 yuan collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the annual report&apos;s tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annual-report-%1.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter section 二…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly tally %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the annual report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annual-report-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table does not add up; it is not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check typed-in figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A section 三 kept elsewhere, as CSV with the format&apos;s row labels: every total is checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check section 三 figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every total equals the sum of its parts, and 一 + 二 = （七） + 四 in every column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) do not add up:</source>
        <translation>
            <numerusform>%n figure does not add up:</numerusform>
            <numerusform>%n figures do not add up:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ogi::ui::SettingsView</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system (Chinese unless English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect the next time OGI Desk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever drafted a reply cannot sign it off (four eyes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (no automatic backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When OGI Desk closes it backs up the register with its attachments, at most once a day; older automatic backups beyond this number are deleted. File ▸ Back up now makes one at any time. Keep a copy away from this computer too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email delivery</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ui::SignOffQueueView</name>
    <message>
        <source>Nothing is waiting for sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft reply of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply notice as it will print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts and returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case in the list to see its draft reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case waiting for sign-off matches the search &quot;%1&quot;; clear it to see the whole queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off %1 (%2): the reply notice can be issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned %1 (%2) for a new draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ui::UserDialog</name>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ui::UsersPanel</name>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogi::ui::WorkProgressDialog</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
