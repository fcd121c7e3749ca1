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
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
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
        <source>You can change this later: Ctrl+K, «Change where I work».</source>
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
        <source>Module «{name}» stopped working</source>
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
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command palette</source>
        <extracomment>Work with the embedded demo gateway this run, whatever the profile is set to. Ask where to work when the profile has no server yet (off in tests).</extracomment>
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
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the server…</source>
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
</TS>
