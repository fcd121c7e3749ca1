<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>&amp;Copy versions</source>
        <translation>&amp;Копировать сведения о версиях</translation>
    </message>
    <message>
        <source>About Workplace</source>
        <translation>О программе Workplace</translation>
    </message>
    <message>
        <source>Copy versions to the clipboard</source>
        <translation>Копировать сведения о версиях в буфер обмена</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Сведения о версиях</translation>
    </message>
    <message>
        <source>Workplace — a single digital workplace for civil servants: documents, citizens&apos; requests and an assistant in one window, online or offline.</source>
        <translation>Workplace — единое цифровое рабочее место государственного служащего: документы, обращения граждан и ассистент в одном окне, в режиме онлайн и офлайн.</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Палитра команд</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Команды</translation>
    </message>
    <message>
        <source>No command matches what you typed.</source>
        <translation>Команды по вашему запросу не найдены.</translation>
    </message>
    <message>
        <source>Search commands</source>
        <translation>Поиск команд</translation>
    </message>
    <message>
        <source>Type a command…</source>
        <translation>Введите название команды…</translation>
    </message>
</context>
<context>
    <name>Connect</name>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Try the demo</source>
        <translation>&amp;Попробовать демоверсию</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>A sample organisation with documents and citizens&apos; requests, kept on this computer. Nothing is sent anywhere.</source>
        <translation>Учебная организация с документами и обращениями граждан хранится на этом компьютере. Никакие данные никуда не передаются.</translation>
    </message>
    <message>
        <source>Connect to my &amp;organisation&apos;s server</source>
        <translation>Подключиться к серверу моей &amp;организации</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Enter the full address, for example https://workplace.example.gov.kz</source>
        <translation>Введите полный адрес, например https://workplace.example.gov.kz</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Введите имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Start with no data. Your work is kept on this computer.</source>
        <translation>Работа начинается с чистого листа. Все данные хранятся на этом компьютере.</translation>
    </message>
    <message>
        <source>The address is given by your IT department.</source>
        <translation>Адрес сообщит ИТ-служба вашей организации.</translation>
    </message>
    <message>
        <source>The address must start with https:// — the connection to the server has to be encrypted.</source>
        <translation>Адрес должен начинаться с https:// — соединение с сервером должно быть зашифровано.</translation>
    </message>
    <message>
        <source>The server does not answer. Check the network connection and try again.</source>
        <translation>Сервер не отвечает. Проверьте подключение к сети и повторите попытку.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Welcome to Workplace</source>
        <translation>Добро пожаловать в Workplace</translation>
    </message>
    <message>
        <source>Where will you work?</source>
        <translation>Где вы будете работать?</translation>
    </message>
    <message>
        <source>Work on this &amp;computer only</source>
        <translation>Работать только на этом &amp;компьютере</translation>
    </message>
    <message>
        <source>You can change this later: Ctrl+K, «Change where I work».</source>
        <translation>Это можно изменить позже: Ctrl+K, «Изменить место работы».</translation>
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
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Команды</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>Текущий раздел</translation>
    </message>
    <message>
        <source>Find and run any command</source>
        <translation>Найти и выполнить любую команду</translation>
    </message>
    <message>
        <source>No modules are active</source>
        <translation>Нет включенных модулей</translation>
    </message>
    <message numerus="yes">
        <source>Notifications: %n unread</source>
        <translation>
            <numerusform>%n непрочитанное уведомление</numerusform>
            <numerusform>%n непрочитанных уведомления</numerusform>
            <numerusform>%n непрочитанных уведомлений</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications: none unread</source>
        <translation>Непрочитанных уведомлений нет</translation>
    </message>
    <message>
        <source>Open Modules to switch one on, or contact your IT administrator if your organisation has not enabled any.</source>
        <translation>Откройте раздел «Модули», чтобы включить модуль, или обратитесь к ИТ-администратору, если в вашей организации модули не подключены.</translation>
    </message>
    <message>
        <source>Open the command palette</source>
        <translation>Открыть палитру команд</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Workplace — цифровое рабочее место</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Clear all notifications</source>
        <translation>Удалить все уведомления</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Отметить все как прочитанные</translation>
    </message>
    <message>
        <source>No notifications. Messages from modules and the system will appear here.</source>
        <translation>Уведомлений нет. Здесь будут появляться сообщения модулей и системы.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
</context>
<context>
    <name>PluginHost</name>
    <message>
        <source>Another module with the same id is installed</source>
        <translation>Уже установлен другой модуль с таким же идентификатором</translation>
    </message>
    <message>
        <source>Blocked by your organisation&apos;s policy</source>
        <translation>Заблокирован политикой организации</translation>
    </message>
    <message>
        <source>It did not provide what its manifest declares: {ids}</source>
        <translation>Модуль не предоставил элементы, объявленные в его манифесте: {ids}</translation>
    </message>
    <message>
        <source>It failed while starting</source>
        <translation>Ошибка при запуске модуля</translation>
    </message>
    <message>
        <source>It stopped after an error</source>
        <translation>Работа модуля остановлена из-за ошибки</translation>
    </message>
    <message>
        <source>Its code could not be loaded</source>
        <translation>Не удалось загрузить код модуля</translation>
    </message>
    <message>
        <source>Its manifest is invalid</source>
        <translation>Манифест модуля содержит ошибки</translation>
    </message>
    <message>
        <source>Its required modules depend on each other in a loop</source>
        <translation>Циклическая зависимость между требуемыми модулями</translation>
    </message>
    <message>
        <source>Module «{name}» stopped working</source>
        <translation>Модуль «{name}» перестал работать</translation>
    </message>
    <message>
        <source>Needs platform API {wanted}, this Workplace offers {have}</source>
        <translation>Требуется API платформы версии {wanted}, а эта версия Workplace поддерживает {have}</translation>
    </message>
    <message>
        <source>Needs the module «{dep}», which is not available</source>
        <translation>Требуется модуль «{dep}», который недоступен</translation>
    </message>
    <message>
        <source>Not in your organisation&apos;s list of allowed modules</source>
        <translation>Не входит в перечень модулей, разрешенных в вашей организации</translation>
    </message>
    <message>
        <source>Not started: safe mode runs built-in modules only</source>
        <translation>Не запущен: в безопасном режиме работают только встроенные модули</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Отключен пользователем</translation>
    </message>
</context>
<context>
    <name>PluginManager</name>
    <message>
        <source>AI assistant</source>
        <translation>ИИ-ассистент</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Blocked by policy</source>
        <translation>Заблокирован политикой организации</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Встроенный</translation>
    </message>
    <message>
        <source>Citizens&apos; personal data</source>
        <translation>Персональные данные граждан</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Incompatible</source>
        <translation>Несовместим</translation>
    </message>
    <message>
        <source>Installed modules</source>
        <translation>Установленные модули</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Некорректен</translation>
    </message>
    <message>
        <source>Local storage</source>
        <translation>Локальное хранилище</translation>
    </message>
    <message>
        <source>Missing dependency</source>
        <translation>Нет требуемого модуля</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>Module details</source>
        <translation>Сведения о модуле</translation>
    </message>
    <message>
        <source>Modules add pages and commands to Workplace. Switching a module off takes effect at once and is remembered.</source>
        <translation>Модули добавляют в Workplace разделы и команды. Отключение модуля вступает в силу сразу и сохраняется после перезапуска.</translation>
    </message>
    <message>
        <source>Network access</source>
        <translation>Доступ к сети</translation>
    </message>
    <message>
        <source>No modules are installed.</source>
        <translation>Модули не установлены.</translation>
    </message>
    <message>
        <source>Not started (safe mode)</source>
        <translation>Не запущен (безопасный режим)</translation>
    </message>
    <message>
        <source>Permissions: {0}</source>
        <translation>Разрешения: {0}</translation>
    </message>
    <message>
        <source>Reason: {0}</source>
        <translation>Причина: {0}</translation>
    </message>
    <message>
        <source>Safe mode: only built-in modules are started.</source>
        <translation>Безопасный режим: запускаются только встроенные модули.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Запускается</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>Статус: {0}</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>Включить</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Отключен</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Сторонний</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема оформления:</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Тема оформления</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Разделы настроек</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>About Workplace</source>
        <translation>О программе Workplace</translation>
    </message>
    <message>
        <source>Change where I work…</source>
        <translation>Изменить место работы…</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Command palette</source>
        <extracomment>Work with the embedded demo gateway this run, whatever the profile is set to. Ask where to work when the profile has no server yet (off in tests).</extracomment>
        <translation>Палитра команд</translation>
    </message>
    <message>
        <source>Connected to {0} as {1}</source>
        <translation>Подключено к {0} как {1}</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Demo on this computer</source>
        <translation>Демоверсия на этом компьютере</translation>
    </message>
    <message>
        <source>Go to: {0}</source>
        <translation>Перейти в раздел: {0}</translation>
    </message>
    <message>
        <source>Interface language: English</source>
        <translation>Язык интерфейса: English</translation>
    </message>
    <message>
        <source>Interface language: Русский</source>
        <translation>Язык интерфейса: Русский</translation>
    </message>
    <message>
        <source>Interface language: Қазақша</source>
        <translation>Язык интерфейса: Қазақша</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Module «{0}» did not start</source>
        <translation>Не удалось запустить модуль «{0}»</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Модули</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Нет подключения</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Не подключено</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Only built-in modules were started. Tell your IT administrator: {0}</source>
        <translation>Запущены только встроенные модули. Сообщите ИТ-администратору: {0}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Reason: {0}</source>
        <translation>Причина: {0}</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>Sign in to the server…</source>
        <translation>Войти на сервер…</translation>
    </message>
    <message>
        <source>Sign-in required</source>
        <translation>Требуется вход</translation>
    </message>
    <message>
        <source>Something went wrong inside Workplace</source>
        <translation>В Workplace произошла внутренняя ошибка</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>The module that provides this page stopped working. The rest of Workplace works as usual. Try switching the module off and on in Modules, or contact your IT administrator.</source>
        <translation>Модуль, который отвечает за этот раздел, перестал работать. Остальные функции Workplace работают в обычном режиме. Попробуйте отключить и снова включить модуль в разделе «Модули» или обратитесь к ИТ-администратору.</translation>
    </message>
    <message>
        <source>Theme: dark</source>
        <translation>Тема оформления: темная</translation>
    </message>
    <message>
        <source>Theme: follow the system</source>
        <translation>Тема оформления: как в системе</translation>
    </message>
    <message>
        <source>Theme: high contrast</source>
        <translation>Тема оформления: высокая контрастность</translation>
    </message>
    <message>
        <source>Theme: light</source>
        <translation>Тема оформления: светлая</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <source>This page is unavailable</source>
        <translation>Раздел недоступен</translation>
    </message>
    <message>
        <source>Workplace started with default settings. The old file was kept as {0}.</source>
        <translation>Workplace запущен с настройками по умолчанию. Прежний файл настроек сохранен как {0}.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy could not be read</source>
        <translation>Не удалось прочитать политику организации</translation>
    </message>
    <message>
        <source>Your settings could not be read</source>
        <translation>Не удалось прочитать ваши настройки</translation>
    </message>
    <message>
        <source>Your work is kept. If it happens again, send the log file from {0} to your IT administrator.</source>
        <translation>Ваши данные не потеряны. Если ошибка повторится, отправьте ИТ-администратору файл журнала из папки {0}.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source> · unsent: {0}</source>
        <translation> · не отправлено: {0}</translation>
    </message>
    <message>
        <source>Changes are saved on this computer first and sent to the server when it can be reached.</source>
        <translation>Изменения сначала сохраняются на этом компьютере и отправляются на сервер, когда он доступен.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет связи с сервером</translation>
    </message>
    <message>
        <source>Receiving %v of %m</source>
        <translation>Получено %v из %m</translation>
    </message>
    <message>
        <source>Receiving data</source>
        <translation>Получение данных</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Выполнен выход</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Stop receiving (what arrived is kept)</source>
        <translation>Остановить получение (полученное сохранится)</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Ошибка синхронизации</translation>
    </message>
    <message>
        <source>Synced {0}</source>
        <translation>Синхронизировано в {0}</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>The local copy of your data was repaired</source>
        <translation>Локальная копия данных восстановлена</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Dark</source>
        <translation>Темная</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Высокая контрастность</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
</context>
</TS>
