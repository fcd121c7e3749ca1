<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>&amp;Copy versions</source>
        <translation>Нұсқалар туралы мәліметті &amp;көшіру</translation>
    </message>
    <message>
        <source>About Workplace</source>
        <translation>Workplace туралы</translation>
    </message>
    <message>
        <source>Copy versions to the clipboard</source>
        <translation>Нұсқалар туралы мәліметті алмасу буферіне көшіру</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Нұсқалар туралы мәлімет</translation>
    </message>
    <message>
        <source>Workplace — a single digital workplace for civil servants: documents, citizens&apos; requests and an assistant in one window, online or offline.</source>
        <translation>Workplace — мемлекеттік қызметшінің бірыңғай цифрлық жұмыс орны: құжаттар, азаматтардың өтініштері және көмекші бір терезеде, онлайн және офлайн режимде.</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Командалар палитрасы</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Командалар</translation>
    </message>
    <message>
        <source>No command matches what you typed.</source>
        <translation>Сұрауыңызға сәйкес команда табылмады.</translation>
    </message>
    <message>
        <source>Search commands</source>
        <translation>Командаларды іздеу</translation>
    </message>
    <message>
        <source>Type a command…</source>
        <translation>Команда атауын теріңіз…</translation>
    </message>
</context>
<context>
    <name>Connect</name>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Try the demo</source>
        <translation>&amp;Демонұсқаны қолданып көру</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
    </message>
    <message>
        <source>A sample organisation with documents and citizens&apos; requests, kept on this computer. Nothing is sent anywhere.</source>
        <translation>Құжаттары мен азаматтардың өтініштері бар оқу ұйымы осы компьютерде сақталады. Ешқандай дерек ешқайда жіберілмейді.</translation>
    </message>
    <message>
        <source>Connect to my &amp;organisation&apos;s server</source>
        <translation>Менің &amp;ұйымымның серверіне қосылу</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <source>Enter the full address, for example https://workplace.example.gov.kz</source>
        <translation>Толық мекенжайды енгізіңіз, мысалы https://workplace.example.gov.kz</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Пайдаланушы аты мен құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Сервер мекенжайы</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>Start with no data. Your work is kept on this computer.</source>
        <translation>Жұмыс бос деректерден басталады. Барлық деректер осы компьютерде сақталады.</translation>
    </message>
    <message>
        <source>The address is given by your IT department.</source>
        <translation>Мекенжайды ұйымыңыздың IT қызметі береді.</translation>
    </message>
    <message>
        <source>The address must start with https:// — the connection to the server has to be encrypted.</source>
        <translation>Мекенжай https:// деп басталуы керек — сервермен байланыс шифрланған болуы тиіс.</translation>
    </message>
    <message>
        <source>The server does not answer. Check the network connection and try again.</source>
        <translation>Сервер жауап бермейді. Желіге қосылымды тексеріп, әрекетті қайталаңыз.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Welcome to Workplace</source>
        <translation>Workplace-ке қош келдіңіз</translation>
    </message>
    <message>
        <source>Where will you work?</source>
        <translation>Қайда жұмыс істейсіз?</translation>
    </message>
    <message>
        <source>Work on this &amp;computer only</source>
        <translation>Тек осы &amp;компьютерде жұмыс істеу</translation>
    </message>
    <message>
        <source>You can change this later: Ctrl+K, «Change where I work».</source>
        <translation>Мұны кейін өзгертуге болады: Ctrl+K, «Жұмыс орнын өзгерту».</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Командалар</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>Ағымдағы бөлім</translation>
    </message>
    <message>
        <source>Find and run any command</source>
        <translation>Кез келген команданы тауып, орындау</translation>
    </message>
    <message>
        <source>No modules are active</source>
        <translation>Қосулы модуль жоқ</translation>
    </message>
    <message numerus="yes">
        <source>Notifications: %n unread</source>
        <translation>
            <numerusform>%n оқылмаған хабарландыру</numerusform>
            <numerusform>%n оқылмаған хабарландыру</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications: none unread</source>
        <translation>Оқылмаған хабарландыру жоқ</translation>
    </message>
    <message>
        <source>Open Modules to switch one on, or contact your IT administrator if your organisation has not enabled any.</source>
        <translation>Модульді қосу үшін «Модульдер» бөлімін ашыңыз. Ұйымыңызда бірде-бір модуль қосылмаған болса, IT әкімшісіне хабарласыңыз.</translation>
    </message>
    <message>
        <source>Open the command palette</source>
        <translation>Командалар палитрасын ашу</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Бөлімдер</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Workplace — цифрлық жұмыс орны</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Clear</source>
        <translation>Тазалау</translation>
    </message>
    <message>
        <source>Clear all notifications</source>
        <translation>Барлық хабарландыруларды жою</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Барлығын оқылды деп белгілеу</translation>
    </message>
    <message>
        <source>No notifications. Messages from modules and the system will appear here.</source>
        <translation>Хабарландыру жоқ. Модульдер мен жүйенің хабарлары осында көрсетіледі.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Хабарландырулар</translation>
    </message>
</context>
<context>
    <name>PluginHost</name>
    <message>
        <source>Another module with the same id is installed</source>
        <translation>Дәл осындай идентификаторы бар басқа модуль орнатылған</translation>
    </message>
    <message>
        <source>Blocked by your organisation&apos;s policy</source>
        <translation>Ұйым саясатымен бұғатталған</translation>
    </message>
    <message>
        <source>It did not provide what its manifest declares: {ids}</source>
        <translation>Модуль өз манифесінде мәлімделген элементтерді ұсынбады: {ids}</translation>
    </message>
    <message>
        <source>It failed while starting</source>
        <translation>Модульді іске қосу кезінде қате орын алды</translation>
    </message>
    <message>
        <source>It stopped after an error</source>
        <translation>Қатеге байланысты модульдің жұмысы тоқтатылды</translation>
    </message>
    <message>
        <source>Its code could not be loaded</source>
        <translation>Модуль кодын жүктеу мүмкін болмады</translation>
    </message>
    <message>
        <source>Its manifest is invalid</source>
        <translation>Модуль манифесінде қателер бар</translation>
    </message>
    <message>
        <source>Its required modules depend on each other in a loop</source>
        <translation>Қажетті модульдер арасында циклдік тәуелділік бар</translation>
    </message>
    <message>
        <source>Module «{name}» stopped working</source>
        <translation>«{name}» модулі жұмысын тоқтатты</translation>
    </message>
    <message>
        <source>Needs platform API {wanted}, this Workplace offers {have}</source>
        <translation>Платформа API-інің қажетті нұсқасы: {wanted}, ал Workplace-тің осы нұсқасында: {have}</translation>
    </message>
    <message>
        <source>Needs the module «{dep}», which is not available</source>
        <translation>«{dep}» модулі қажет, бірақ ол қолжетімсіз</translation>
    </message>
    <message>
        <source>Not in your organisation&apos;s list of allowed modules</source>
        <translation>Ұйымыңызда рұқсат етілген модульдер тізбесіне кірмейді</translation>
    </message>
    <message>
        <source>Not started: safe mode runs built-in modules only</source>
        <translation>Іске қосылмады: қауіпсіз режимде тек кіріктірілген модульдер жұмыс істейді</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Пайдаланушы өшірген</translation>
    </message>
</context>
<context>
    <name>PluginManager</name>
    <message>
        <source>AI assistant</source>
        <translation>ЖИ-көмекші</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>Blocked by policy</source>
        <translation>Ұйым саясатымен бұғатталған</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Кіріктірілген</translation>
    </message>
    <message>
        <source>Citizens&apos; personal data</source>
        <translation>Азаматтардың дербес деректері</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Қате</translation>
    </message>
    <message>
        <source>Incompatible</source>
        <translation>Үйлесімсіз</translation>
    </message>
    <message>
        <source>Installed modules</source>
        <translation>Орнатылған модульдер</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Жарамсыз</translation>
    </message>
    <message>
        <source>Local storage</source>
        <translation>Жергілікті қойма</translation>
    </message>
    <message>
        <source>Missing dependency</source>
        <translation>Қажетті модуль жоқ</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>Module details</source>
        <translation>Модуль туралы мәліметтер</translation>
    </message>
    <message>
        <source>Modules add pages and commands to Workplace. Switching a module off takes effect at once and is remembered.</source>
        <translation>Модульдер Workplace-ке бөлімдер мен командалар қосады. Модульді өшіру бірден күшіне енеді және қайта іске қосқаннан кейін де сақталады.</translation>
    </message>
    <message>
        <source>Network access</source>
        <translation>Желіге қол жеткізу</translation>
    </message>
    <message>
        <source>No modules are installed.</source>
        <translation>Орнатылған модуль жоқ.</translation>
    </message>
    <message>
        <source>Not started (safe mode)</source>
        <translation>Іске қосылмаған (қауіпсіз режим)</translation>
    </message>
    <message>
        <source>Permissions: {0}</source>
        <translation>Рұқсаттар: {0}</translation>
    </message>
    <message>
        <source>Reason: {0}</source>
        <translation>Себебі: {0}</translation>
    </message>
    <message>
        <source>Safe mode: only built-in modules are started.</source>
        <translation>Қауіпсіз режим: тек кіріктірілген модульдер іске қосылады.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Іске қосылуда</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>Күйі: {0}</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Өшірілген</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Үшінші тарап</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Интерфейс тілі:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Безендіру тақырыбы:</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Безендіру тақырыбы</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Жалпы</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Баптаулар бөлімдері</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>About Workplace</source>
        <translation>Workplace туралы</translation>
    </message>
    <message>
        <source>Change where I work…</source>
        <translation>Жұмыс орнын өзгерту…</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Command palette</source>
        <extracomment>Work with the embedded demo gateway this run, whatever the profile is set to. Ask where to work when the profile has no server yet (off in tests).</extracomment>
        <translation>Командалар палитрасы</translation>
    </message>
    <message>
        <source>Connected to {0} as {1}</source>
        <translation>{0} серверіне {1} ретінде қосылды</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Қосылуда…</translation>
    </message>
    <message>
        <source>Demo on this computer</source>
        <translation>Осы компьютердегі демонұсқа</translation>
    </message>
    <message>
        <source>Go to: {0}</source>
        <translation>Бөлімге өту: {0}</translation>
    </message>
    <message>
        <source>Interface language: English</source>
        <translation>Интерфейс тілі: English</translation>
    </message>
    <message>
        <source>Interface language: Русский</source>
        <translation>Интерфейс тілі: Русский</translation>
    </message>
    <message>
        <source>Interface language: Қазақша</source>
        <translation>Интерфейс тілі: Қазақша</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Пернелер</translation>
    </message>
    <message>
        <source>Module «{0}» did not start</source>
        <translation>«{0}» модулі іске қосылмады</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Модульдер</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Қосылым жоқ</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Қосылмаған</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Хабарландырулар</translation>
    </message>
    <message>
        <source>Only built-in modules were started. Tell your IT administrator: {0}</source>
        <translation>Тек кіріктірілген модульдер іске қосылды. IT әкімшісіне мына мәліметті хабарлаңыз: {0}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>Reason: {0}</source>
        <translation>Себебі: {0}</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Баптаулар…</translation>
    </message>
    <message>
        <source>Sign in to the server…</source>
        <translation>Серверге кіру…</translation>
    </message>
    <message>
        <source>Sign-in required</source>
        <translation>Кіру қажет</translation>
    </message>
    <message>
        <source>Something went wrong inside Workplace</source>
        <translation>Workplace жұмысында ішкі қате орын алды</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Қазір синхрондау</translation>
    </message>
    <message>
        <source>The module that provides this page stopped working. The rest of Workplace works as usual. Try switching the module off and on in Modules, or contact your IT administrator.</source>
        <translation>Осы бөлімнің жұмысын қамтамасыз ететін модуль тоқтап қалды. Workplace-тің қалған мүмкіндіктері әдеттегідей жұмыс істейді. «Модульдер» бөлімінде модульді өшіріп, қайта қосып көріңіз немесе IT әкімшісіне хабарласыңыз.</translation>
    </message>
    <message>
        <source>Theme: dark</source>
        <translation>Безендіру тақырыбы: қараңғы</translation>
    </message>
    <message>
        <source>Theme: follow the system</source>
        <translation>Безендіру тақырыбы: жүйедегідей</translation>
    </message>
    <message>
        <source>Theme: high contrast</source>
        <translation>Безендіру тақырыбы: жоғары контраст</translation>
    </message>
    <message>
        <source>Theme: light</source>
        <translation>Безендіру тақырыбы: ашық</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Осы компьютер</translation>
    </message>
    <message>
        <source>This page is unavailable</source>
        <translation>Бөлім қолжетімсіз</translation>
    </message>
    <message>
        <source>Workplace started with default settings. The old file was kept as {0}.</source>
        <translation>Workplace әдепкі баптаулармен іске қосылды. Бұрынғы баптаулар файлы мына атаумен сақталды: {0}.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy could not be read</source>
        <translation>Ұйым саясатын оқу мүмкін болмады</translation>
    </message>
    <message>
        <source>Your settings could not be read</source>
        <translation>Баптауларыңызды оқу мүмкін болмады</translation>
    </message>
    <message>
        <source>Your work is kept. If it happens again, send the log file from {0} to your IT administrator.</source>
        <translation>Деректеріңіз жоғалған жоқ. Қате қайталанса, журнал файлын IT әкімшісіне жіберіңіз. Файл мына қалтада: {0}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source> · unsent: {0}</source>
        <translation> · жіберілмеген: {0}</translation>
    </message>
    <message>
        <source>Changes are saved on this computer first and sent to the server when it can be reached.</source>
        <translation>Өзгерістер алдымен осы компьютерде сақталады да, сервер қолжетімді болғанда соған жіберіледі.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Сервермен байланыс жоқ</translation>
    </message>
    <message>
        <source>Receiving %v of %m</source>
        <translation>%m ішінен %v алынды</translation>
    </message>
    <message>
        <source>Receiving data</source>
        <translation>Деректерді алу</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Жүйеден шықты</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <source>Stop receiving (what arrived is kept)</source>
        <translation>Алуды тоқтату (алынғаны сақталады)</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Синхрондау қатесі</translation>
    </message>
    <message>
        <source>Synced {0}</source>
        <translation>{0} синхрондалды</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхрондалуда…</translation>
    </message>
    <message>
        <source>The local copy of your data was repaired</source>
        <translation>Деректердің жергілікті көшірмесі қалпына келтірілді</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Dark</source>
        <translation>Қараңғы</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Жүйедегідей</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Жоғары контраст</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ашық</translation>
    </message>
</context>
</TS>
