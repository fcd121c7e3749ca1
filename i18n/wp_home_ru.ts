<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>wp_home</name>
    <message>
        <source>Ctrl+/ lists every keyboard shortcut.</source>
        <translation>Ctrl+/ — список всех сочетаний клавиш.</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9 open the pages in the order of the left panel.</source>
        <translation>Ctrl+1 … Ctrl+9 открывают разделы в том порядке, в котором они расположены на левой панели.</translation>
    </message>
    <message>
        <source>Every action of Workplace and its modules can be found by typing a few letters of its name.</source>
        <translation>Любое действие Workplace и его модулей можно найти, набрав несколько букв его названия.</translation>
    </message>
    <message>
        <source>Find any command</source>
        <translation>Поиск любой команды</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Добрый день</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Добрый вечер</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Доброе утро</translation>
    </message>
    <message>
        <source>Home page</source>
        <translation>Главная страница</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Язык и оформление</translation>
    </message>
    <message>
        <source>Manage modules</source>
        <translation>Управление модулями</translation>
    </message>
    <message>
        <source>Messages from modules and the system are collected in one place.</source>
        <translation>Сообщения модулей и системы собраны в одном месте.</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Модули</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Открыть настройки</translation>
    </message>
    <message>
        <source>Open the command palette</source>
        <translation>Открыть палитру команд</translation>
    </message>
    <message>
        <source>See which modules are installed, what they may access, and switch them on or off.</source>
        <translation>Посмотрите, какие модули установлены и к чему у них есть доступ, включайте и отключайте их.</translation>
    </message>
    <message>
        <source>Show &amp;tips on the home page</source>
        <translation>Показывать &amp;советы на главной странице</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Показать уведомления</translation>
    </message>
    <message>
        <source>Show tips on the home page</source>
        <translation>Показывать советы на главной странице</translation>
    </message>
    <message>
        <source>Switch between Kazakh, Russian and English at any time; choose a light, dark or high-contrast theme.</source>
        <translation>Переключайтесь между казахским, русским и английским языками в любой момент; выбирайте светлую, темную или высококонтрастную тему оформления.</translation>
    </message>
    <message>
        <source>Tab moves between controls; every action can be done without a mouse.</source>
        <translation>Клавиша Tab перемещает фокус между элементами окна: любое действие можно выполнить без мыши.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Советы</translation>
    </message>
    <message>
        <source>Today: {0}</source>
        <translation>Сегодня: {0}</translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation>С чего начать</translation>
    </message>
</context>
</TS>
