<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>wp_home</name>
    <message>
        <source>Ctrl+/ lists every keyboard shortcut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9 open the pages in the order of the left panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action of Workplace and its modules can be found by typing a few letters of its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find any command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages from modules and the system are collected in one place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See which modules are installed, what they may access, and switch them on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;tips on the home page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show tips on the home page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between Kazakh, Russian and English at any time; choose a light, dark or high-contrast theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab moves between controls; every action can be done without a mouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
