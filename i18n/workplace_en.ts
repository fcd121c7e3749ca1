<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>&amp;Copy versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Workplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy versions to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workplace — a single digital workplace for civil servants: documents, citizens&apos; requests and an assistant in one window, online or offline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers and user names you have signed in with on this computer. Passwords are not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stays signed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesPage</name>
    <message numerus="yes">
        <source>%n change(s) refused by the server</source>
        <translation>
            <numerusform>%n change refused by the server</numerusform>
            <numerusform>%n changes refused by the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more waiting change(s) are not listed.</source>
        <translation>
            <numerusform>%n more waiting change is not listed.</numerusform>
            <numerusform>%n more waiting changes are not listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>(deleted on the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All your changes have reached the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are saved on this computer first and sent to the server when it can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made without a connection wait here until they are sent. Conflicts and refused changes also appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the change to «{0}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my version of «{0}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the chosen values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the values chosen field by field in «{0}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My version and the server&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the list of changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this record on the server while your change was waiting. Compare the versions and choose which one to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the server&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the server&apos;s version of «{0}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this change, so it was undone on this computer. Discard it once you have read why; make the change again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versions differ here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be done: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tried %n time(s) so far.</source>
        <translation>
            <numerusform>Tried once so far.</numerusform>
            <numerusform>Tried %n times so far.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsent changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent. It is sent by itself as soon as the server can be reached; nothing needs to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which value of «{0}» to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: choose a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command matches what you typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a command…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Connect</name>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sample organisation with documents and citizens&apos; requests, kept on this computer. Nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established. Check the address; if it is right, tell your IT administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to my &amp;organisation&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the full address, for example https://workplace.example.gov.kz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tay signed in on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with no data. Your work is kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is given by your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https:// — the connection to the server has to be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not answer. Check the network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired or is not valid yet, so Workplace did not connect. Check that this computer&apos;s date and time are right; if they are, tell your IT administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so Workplace did not connect. Tell your IT administrator: the server&apos;s certificate authority must be trusted by this computer or named in the Workplace policy (tls.ca_bundle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued for another address, so Workplace did not connect: this may not be your organisation&apos;s server. Check the address; if it is right, tell your IT administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. Wait a few minutes and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Workplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where will you work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on this &amp;computer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change this later: Ctrl+K, «Change where I work».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session was ended: you signed out elsewhere, or it was stopped for safety. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in is kept in the system keyring, never in a file. «Sign out» ends it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>The system keyring did not answer ({0}). If it is locked, unlock it and try again; otherwise tell your IT administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workplace cannot keep sign-ins safely on this computer: the system keyring is not available or keeps secrets unencrypted ({0}). Tell your IT administrator to install and unlock a secure keyring: GNOME Keyring or KWallet (Secret Service) on Linux; on Windows and macOS the built-in Credential Manager and Keychain are used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>The attachment {0} has not reached the server yet: the colleague who added it may still be offline. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment {0} is encrypted, but its key is no longer in this computer&apos;s keyring. Fetch it from the server again, or ask your IT administrator to restore the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment {0} is not kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment {0} kept on this computer was changed or damaged on disk, so it is not used. Fetch it from the server again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy of your data ({0}) cannot be decrypted with the key in this computer&apos;s keyring: the key is not the one it was encrypted with. Nothing was deleted or changed. Tell your IT administrator: restoring the keyring from before the change brings the data back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy of your data ({0}) is encrypted, but its key is no longer in this computer&apos;s keyring. Nothing was deleted or changed. Tell your IT administrator: restoring the keyring brings the data back; otherwise the file can be moved away and Workplace will fetch the data from the server again (changes not yet sent in that file are then lost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring did not give the key of the data on this computer ({0}). If the keyring is locked, unlock it and start Workplace again; otherwise tell your IT administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workplace keeps the data on this computer encrypted, with its key in the system keyring, but no secure keyring is available ({0}). Tell your IT administrator to install and unlock a secure keyring: GNOME Keyring or KWallet (Secret Service) on Linux; on Windows and macOS the built-in Credential Manager and Keychain are used. (Machine policy can turn encryption at rest off: storage.encryption.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no access to the attachment {0} on the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>&amp;Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again to continue working on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to continue. Changes not yet sent are kept on this computer and sent after you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not answer, and it has to check your password. Check the network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window was locked after a time without use. Your work is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workplace is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is signed in to {1}. Enter the password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and run any command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No modules are active</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Notifications: %n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications: none unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Modules to switch one on, or contact your IT administrator if your organisation has not enabled any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notifications. Messages from modules and the system will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a notification that has a link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PluginHost</name>
    <message>
        <source>Another module with the same id is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by your organisation&apos;s policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It did not provide what its manifest declares: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It failed while starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stopped after an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its code could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its manifest is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its required modules depend on each other in a loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its update asks for new permissions: {permissions}. Review them on the Modules page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module «{name}» asks for new permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module «{name}» stopped working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs permissions your organisation&apos;s policy denies: {permissions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs platform API {wanted}, this Workplace offers {have}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the module «{dep}», which is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in your organisation&apos;s list of allowed modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: safe mode runs built-in modules only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation requires this module, but it is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation requires this module: it cannot be switched off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PluginManager</name>
    <message>
        <source>AI assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve only if you trust this module&apos;s publisher. Until then it stays off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting your approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens&apos; personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incompatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules add pages and commands to Workplace. Switching a module off takes effect at once and is remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No modules are installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started (safe mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review permissions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe mode: only built-in modules are started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update of «{0}» asks for new permissions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (locked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source> — you cannot choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trusted: the certificates in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved in advance by your organisation: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data on this computer is kept unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language model: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log level: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model used there: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules that may not run: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never sent to a language model: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New versions offered: test versions as well as stable ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No module may have: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these modules may run: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required modules, always on (they cannot be switched off): {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings your organisation manages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staying signed in between runs is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistant sends no text to language models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window does not lock by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window locks after {0} min without input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workplace does not check for new versions: your IT administrator installs them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your IT administrator manages these settings ({0}); they cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all it asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation&apos;s gateway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <source>Changed on this computer, not yet sent to the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <source>Module: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results for «{0}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search documents, requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in all modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the records of every module on this computer (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This module cannot open its records from the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>About Workplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change where I work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to {0} as {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: Русский</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: Қазақша</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Workplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module «{0}» did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only built-in modules were started. Tell your IT administrator: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in all modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside Workplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module that provides this page stopped working. The rest of Workplace works as usual. Try switching the module off and on in Modules, or contact your IT administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme: dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme: follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme: high contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme: light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page is unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workplace started with default settings. The old file was kept as {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation has set the server to work with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work is kept. If it happens again, send the log file from {0} to your IT administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source> · unsent: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are saved on this computer first and sent to the server when it can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop receiving (what arrived is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy of your data was repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data on this computer cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <source>Workplace {version} is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation has released a new version (you have {current}). Get it here: {url}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
