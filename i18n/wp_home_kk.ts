<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>wp_home</name>
    <message>
        <source>Ctrl+/ lists every keyboard shortcut.</source>
        <translation>Ctrl+/ — барлық пернелер тіркесімдерінің тізімі.</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9 open the pages in the order of the left panel.</source>
        <translation>Ctrl+1 … Ctrl+9 бөлімдерді сол жақ панельдегі ретімен ашады.</translation>
    </message>
    <message>
        <source>Every action of Workplace and its modules can be found by typing a few letters of its name.</source>
        <translation>Workplace пен оның модульдерінің кез келген әрекетін атауынан бірнеше әріп теру арқылы табуға болады.</translation>
    </message>
    <message>
        <source>Find any command</source>
        <translation>Кез келген команданы табу</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Қайырлы күн</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Қайырлы кеш</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Қайырлы таң</translation>
    </message>
    <message>
        <source>Home page</source>
        <translation>Басты бет</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Тіл және безендіру</translation>
    </message>
    <message>
        <source>Manage modules</source>
        <translation>Модульдерді басқару</translation>
    </message>
    <message>
        <source>Messages from modules and the system are collected in one place.</source>
        <translation>Модульдер мен жүйенің хабарлары бір жерге жиналады.</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Модульдер</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Хабарландырулар</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Баптауларды ашу</translation>
    </message>
    <message>
        <source>Open the command palette</source>
        <translation>Командалар палитрасын ашу</translation>
    </message>
    <message>
        <source>See which modules are installed, what they may access, and switch them on or off.</source>
        <translation>Қандай модульдер орнатылғанын және олардың неге қол жеткізе алатынын қараңыз, оларды қосыңыз немесе өшіріңіз.</translation>
    </message>
    <message>
        <source>Show &amp;tips on the home page</source>
        <translation>Басты бетте &amp;кеңестерді көрсету</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Хабарландыруларды көрсету</translation>
    </message>
    <message>
        <source>Show tips on the home page</source>
        <translation>Басты бетте кеңестерді көрсету</translation>
    </message>
    <message>
        <source>Switch between Kazakh, Russian and English at any time; choose a light, dark or high-contrast theme.</source>
        <translation>Қазақ, орыс және ағылшын тілдерінің арасында кез келген уақытта ауысыңыз; ашық, қараңғы немесе жоғары контрасты безендіру тақырыбын таңдаңыз.</translation>
    </message>
    <message>
        <source>Tab moves between controls; every action can be done without a mouse.</source>
        <translation>Басқару элементтерінің арасында Tab пернесімен ауысыңыз: кез келген әрекетті тінтуірсіз орындауға болады.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Кеңестер</translation>
    </message>
    <message>
        <source>Today: {0}</source>
        <translation>Бүгін: {0}</translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation>Неден бастау керек</translation>
    </message>
</context>
</TS>
