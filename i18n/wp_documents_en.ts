<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DocumentsPlurals</name>
    <message numerus="yes">
        <source>%n document(s)</source>
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
        <source>F&amp;iles (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For familiarisation (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registered today (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resol&amp;utions (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sig&amp;natures (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stage %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To approve (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To execute (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Under my control (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Version %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wp_documents</name>
    <message>
        <source>&amp;Add a stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approver (joins the current stage):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correspondent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deputy (acts for you):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Executors (the first checked leads):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until (inclusive):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who should read it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;comment&apos; must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;control&apos; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;lang&apos; must be kk, ru or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;sha256&apos; must be a SHA-256 digest in hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;signer&apos; must describe the certificate&apos;s owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;size&apos; must be a number of bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;stage&apos; must be a stage number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;stages&apos; must list 1 to 20 stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A majority of approvers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resolution is written on a registered document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttach a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an appro&amp;ver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a new version of a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added an approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outgoing letter or an order is registered after its approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outgoing letter or an order is signed after its approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any one approver is enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority delegated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;index:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case index:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one executor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one person (Space checks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check one person only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate my authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xecutor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every approver must approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Familiarised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the document a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN / BIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead executor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT valid: a certificate has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT valid: not a signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT valid: the certificate does not lead to a trusted root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT valid: the file was changed after signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT valid: the signature is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview for this kind of file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delegated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, title, correspondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a clerk can register documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft (or one returned for rework) can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a head can delegate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a head can write resolutions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a head or an administrator can configure journals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an executor of the resolution can report on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the author, a head or a current approver can add approvers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the author, an approver or a head can sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the document&apos;s author can change the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the head who gave it can revoke a delegation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the resolution&apos;s author, a head or a clerk can remove it from control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put under &amp;control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;port on execution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;solution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from &amp;control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report on execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported on execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution / report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return for re&amp;work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return for rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send for &amp;familiarisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send for appro&amp;val…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send for familiarisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent for familiarisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures are valid only if their certificates lead to one of these roots — the national certification centre&apos;s, which your IT administrator provides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage / approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmarise with the assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval route is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistant picks the key sentences of this document (or a language model summarises it, if one is connected). Nothing in the document changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delegation does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delegation ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delegation is not in force today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document does not exist or you have no access to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not on approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is registered already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document this one answers does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not attached to this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file «{0}» is signed as it is; it is never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s text is too long for the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead executor has not reported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution has been reported on already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed file is not a version of this attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of the file (the file itself opens in its own program):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They have all been sent the document already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This delegation exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This delegation was given to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has not been sent for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is not here (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is attached already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This resolution exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted &amp;CA certificates (PEM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With &amp;NCALayer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a &amp;key file (PKCS#12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what is to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why: the author will read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote a resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot delegate to yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were not asked to read this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a majority must approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stage must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being given…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be checked here (GOST key): check it in NCALayer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every approver must approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet sent to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one approval is enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported, under control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned for rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} for {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} may act for you until {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>№ pending…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
