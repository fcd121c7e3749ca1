<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AssignTexts</name>
    <message numerus="yes">
        <source>%n request(s) assigned to {0}</source>
        <translation>
            <numerusform>%n обращение назначено, исполнитель: {0}</numerusform>
            <numerusform>%n обращения назначены, исполнитель: {0}</numerusform>
            <numerusform>%n обращений назначено, исполнитель: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) were not assigned</source>
        <translation>
            <numerusform>%n обращение не назначено</numerusform>
            <numerusform>%n обращения не назначены</numerusform>
            <numerusform>%n обращений не назначено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n request(s)</source>
        <translation>
            <numerusform>Назначить исполнителя: %n обращение</numerusform>
            <numerusform>Назначить исполнителя: %n обращения</numerusform>
            <numerusform>Назначить исполнителя: %n обращений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EgovPlurals</name>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n рабочий день</numerusform>
            <numerusform>%n рабочих дня</numerusform>
            <numerusform>%n рабочих дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>остался %n рабочий день</numerusform>
            <numerusform>осталось %n рабочих дня</numerusform>
            <numerusform>осталось %n рабочих дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <comment>short, in a table column</comment>
        <translation>
            <numerusform>остался %n раб. день</numerusform>
            <numerusform>осталось %n раб. дня</numerusform>
            <numerusform>осталось %n раб. дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) overdue</source>
        <translation>
            <numerusform>просрочено на %n рабочий день</numerusform>
            <numerusform>просрочено на %n рабочих дня</numerusform>
            <numerusform>просрочено на %n рабочих дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) overdue</source>
        <comment>short, in a table column</comment>
        <translation>
            <numerusform>просрочено на %n раб. день</numerusform>
            <numerusform>просрочено на %n раб. дня</numerusform>
            <numerusform>просрочено на %n раб. дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wp_egov</name>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Приложить файлы…</translation>
    </message>
    <message>
        <source>&amp;Draft a reply with the assistant</source>
        <translation>&amp;Проект ответа с ассистентом</translation>
    </message>
    <message>
        <source>&amp;Executor:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <source>&amp;Name of the view (a view of the same name is replaced):</source>
        <translation>&amp;Название вида (вид с таким же названием будет заменён):</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>&amp;Новое название:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>A BIN has 12 digits.</source>
        <translation>БИН состоит из 12 цифр.</translation>
    </message>
    <message>
        <source>A BIN has digits only.</source>
        <translation>БИН состоит только из цифр.</translation>
    </message>
    <message>
        <source>A reply carries at most 50 files.</source>
        <translation>К ответу можно приложить не более 50 файлов.</translation>
    </message>
    <message>
        <source>A request cannot be merged into itself.</source>
        <translation>Обращение нельзя объединить само с собой.</translation>
    </message>
    <message>
        <source>A service code is 2–32 capital Latin letters, digits or _.</source>
        <translation>Код услуги — от 2 до 32 заглавных латинских букв, цифр или _.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Все услуги</translation>
    </message>
    <message>
        <source>An IIN has 12 digits.</source>
        <translation>ИИН состоит из 12 цифр.</translation>
    </message>
    <message>
        <source>An IIN has digits only.</source>
        <translation>ИИН состоит только из цифр.</translation>
    </message>
    <message>
        <source>An attached file is not described properly.</source>
        <translation>Приложенный файл описан неправильно.</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Дан ответ</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>Ответ с нарушением срока</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>Ответ в срок</translation>
    </message>
    <message>
        <source>Answering a request of another state body</source>
        <translation>Ответ на запрос другого государственного органа</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Applicant (personal data)</source>
        <translation>Заявитель (персональные данные)</translation>
    </message>
    <message>
        <source>Applicant answered</source>
        <translation>Заявитель ответил</translation>
    </message>
    <message>
        <source>Applicant told of the extension</source>
        <translation>Заявитель уведомлён о продлении</translation>
    </message>
    <message>
        <source>Ask the applicant</source>
        <translation>Запрос заявителю</translation>
    </message>
    <message>
        <source>Ask the applicant… (W)</source>
        <translation>Запросить у заявителя… (W)</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <source>Assign… (A)</source>
        <translation>Назначить… (A)</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Под угрозой срыва</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Приложенные файлы</translation>
    </message>
    <message>
        <source>Attached to the reply: {0}</source>
        <translation>Приложения к ответу: {0}</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>По видам обращений</translation>
    </message>
    <message>
        <source>CSV, separated by semicolons (*.csv)</source>
        <translation>CSV, разделитель — точка с запятой (*.csv)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Checking for duplicate requests</source>
        <translation>Проверка повторных обращений</translation>
    </message>
    <message>
        <source>Checking the applicant&apos;s identity</source>
        <translation>Установление личности заявителя</translation>
    </message>
    <message>
        <source>Choose or type…</source>
        <translation>Выберите или введите…</translation>
    </message>
    <message>
        <source>Choose the requests to merge.</source>
        <translation>Выберите обращения для объединения.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Снято с контроля</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Contacts and address</source>
        <translation>Контакты и адрес</translation>
    </message>
    <message>
        <source>Count again (F5)</source>
        <translation>Пересчитать (F5)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Date of registration</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Соблюдение сроков</translation>
    </message>
    <message>
        <source>Deadlines: overdue share {0}</source>
        <translation>Сроки: доля нарушений {0}</translation>
    </message>
    <message>
        <source>Delete the view</source>
        <translation>Удалить вид</translation>
    </message>
    <message>
        <source>Department queue</source>
        <translation>Очередь отдела</translation>
    </message>
    <message>
        <source>Digit 5 of a BIN is 4, 5 or 6 (the kind of legal entity).</source>
        <translation>5-я цифра БИН — 4, 5 или 6 (тип юридического лица).</translation>
    </message>
    <message>
        <source>Digit 6 of a BIN is 0–3 (head office, branch, representative office, farm).</source>
        <translation>6-я цифра БИН — от 0 до 3 (головная организация, филиал, представительство, крестьянское хозяйство).</translation>
    </message>
    <message>
        <source>Digit 7 of an IIN is 1–6 (century of birth and sex).</source>
        <translation>7-я цифра ИИН — от 1 до 6 (век рождения и пол).</translation>
    </message>
    <message>
        <source>Digits 3–4 of a BIN are the month of registration (01–12).</source>
        <translation>3–4-я цифры БИН — месяц регистрации (01–12).</translation>
    </message>
    <message>
        <source>Document linked</source>
        <translation>Привязан документ</translation>
    </message>
    <message>
        <source>Duplicates merged in</source>
        <translation>Объединены повторные обращения</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Executor {0}</source>
        <translation>Исполнитель {0}</translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>Выгрузка статистики</translation>
    </message>
    <message>
        <source>Export… (Ctrl+S)</source>
        <translation>Выгрузить… (Ctrl+S)</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Продлить</translation>
    </message>
    <message>
        <source>Extend the term</source>
        <translation>Продление срока</translation>
    </message>
    <message>
        <source>Extend the term… (E)</source>
        <translation>Продлить срок… (E)</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Продлено</translation>
    </message>
    <message>
        <source>F2 renames, Delete deletes</source>
        <translation>F2 — переименовать, Delete — удалить</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Files to attach to the reply</source>
        <translation>Файлы для приложения к ответу</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Перенаправить</translation>
    </message>
    <message>
        <source>Forward to the competent body</source>
        <translation>Перенаправление по компетенции</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Перенаправлено</translation>
    </message>
    <message>
        <source>Forwarded or merged (not counted)</source>
        <translation>Перенаправлено или объединено (не учитывается)</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>Перенаправлено в</translation>
    </message>
    <message>
        <source>Forward… (F)</source>
        <translation>Перенаправить… (F)</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Удовлетворено</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>How they stand</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>In work</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>In work, on time</source>
        <translation>В работе в срок</translation>
    </message>
    <message>
        <source>In work, overdue</source>
        <translation>В работе с просрочкой</translation>
    </message>
    <message>
        <source>Incoming per day</source>
        <translation>Поступление по дням</translation>
    </message>
    <message>
        <source>Incoming per week</source>
        <translation>Поступление по неделям</translation>
    </message>
    <message>
        <source>Individual (IIN)</source>
        <translation>Физическое лицо (ИИН)</translation>
    </message>
    <message>
        <source>Its number comes from the server.</source>
        <translation>Регистрационный номер присвоит сервер.</translation>
    </message>
    <message>
        <source>Keep this queue with its search and filters under a name, in the list on the left</source>
        <translation>Сохранить эту очередь с поиском и фильтрами под названием в списке слева</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Language of the reply</source>
        <translation>Язык ответа</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Последние 3 месяца</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Legal entity (BIN)</source>
        <translation>Юридическое лицо (БИН)</translation>
    </message>
    <message>
        <source>Median working days</source>
        <translation>Медиана, рабочих дней</translation>
    </message>
    <message>
        <source>Median working days to answer</source>
        <translation>Медианный срок ответа, рабочих дней</translation>
    </message>
    <message>
        <source>Median working days to answer: {0}</source>
        <translation>Медианный срок ответа: {0} раб. дн.</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <source>Merged into another request</source>
        <translation>Объединено с другим обращением</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>Мои обращения</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО / наименование</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>Новый срок</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>No. {0}</source>
        <translation>№ {0}</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Не учитывается</translation>
    </message>
    <message>
        <source>Notice to the applicant</source>
        <translation>Уведомление заявителю</translation>
    </message>
    <message>
        <source>Of them late</source>
        <translation>Из них с нарушением срока</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>Only an administrator or a head can change the catalogue.</source>
        <translation>Изменять справочник услуг может только администратор или руководитель.</translation>
    </message>
    <message>
        <source>Only the executor or the head of the department can do this.</source>
        <translation>Это может сделать только исполнитель или руководитель отдела.</translation>
    </message>
    <message>
        <source>Only the head of the department can extend the term.</source>
        <translation>Продлить срок может только руководитель отдела.</translation>
    </message>
    <message>
        <source>Only the head of the department or a clerk assigns requests.</source>
        <translation>Назначать исполнителей может только руководитель отдела или делопроизводитель.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Overdue share, %</source>
        <translation>Доля нарушений срока, %</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Срок приостановлен</translation>
    </message>
    <message>
        <source>Per executor</source>
        <translation>По исполнителям</translation>
    </message>
    <message>
        <source>Per executor (the {0} with the most requests)</source>
        <translation>По исполнителям (первые {0} по числу обращений)</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Период с</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Период по</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Почта</translation>
    </message>
    <message>
        <source>Preparing the reply to the applicant</source>
        <translation>Подготовка ответа заявителю</translation>
    </message>
    <message>
        <source>Re&amp;move the file</source>
        <translation>&amp;Убрать файл</translation>
    </message>
    <message>
        <source>Record and show</source>
        <translation>Записать и показать</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <source>Register a citizen&apos;s request</source>
        <translation>Регистрация обращения</translation>
    </message>
    <message>
        <source>Register a citizen&apos;s request (Ctrl+Shift+R)</source>
        <translation>Зарегистрировать обращение (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Registered</source>
        <comment>column: the date of registration</comment>
        <translation>Дата рег.</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>Register…</source>
        <translation>Зарегистрировать…</translation>
    </message>
    <message>
        <source>Registration No.</source>
        <translation>Рег. номер</translation>
    </message>
    <message>
        <source>Remove from control (C)</source>
        <translation>Снять с контроля (C)</translation>
    </message>
    <message>
        <source>Rename the view</source>
        <translation>Переименование вида</translation>
    </message>
    <message>
        <source>Rename the view…</source>
        <translation>Переименовать вид…</translation>
    </message>
    <message>
        <source>Reply sent: {0}</source>
        <translation>Отправлен ответ: {0}</translation>
    </message>
    <message>
        <source>Reply to the applicant</source>
        <translation>Ответ заявителю</translation>
    </message>
    <message>
        <source>Reply… (R)</source>
        <translation>Ответить… (R)</translation>
    </message>
    <message>
        <source>Request {0}: {1}. The deadline follows its term.</source>
        <translation>Обращение № {0}: «{1}». Срок пересчитан по сроку этого вида.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Requests of the queue</source>
        <translation>Обращения в очереди</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the figures as an Excel workbook (XLSX) or CSV</source>
        <translation>Сохранить показатели в книгу Excel (XLSX) или CSV</translation>
    </message>
    <message>
        <source>Save the view</source>
        <translation>Сохранение вида</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Сохранить вид…</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Сохранённые виды</translation>
    </message>
    <message>
        <source>Search subject and text (/ from the table)</source>
        <translation>Поиск по теме и тексту (/ из таблицы)</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Отправить ответ</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Вид обращения</translation>
    </message>
    <message>
        <source>Service centre</source>
        <translation>ЦОН</translation>
    </message>
    <message>
        <source>Service changed</source>
        <translation>Изменён вид обращения</translation>
    </message>
    <message>
        <source>Share, %</source>
        <translation>Доля, %</translation>
    </message>
    <message>
        <source>Show the applicant&apos;s personal data</source>
        <translation>Просмотр персональных данных заявителя</translation>
    </message>
    <message>
        <source>Shows the full number and contacts; you will be asked why, and the look is recorded in the personal-data audit trail.</source>
        <translation>Показывает полный номер и контакты. Будет запрошена цель просмотра; просмотр записывается в журнал доступа к персональным данным.</translation>
    </message>
    <message>
        <source>Show…</source>
        <translation>Показать…</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Разделено</translation>
    </message>
    <message>
        <source>Split from another request</source>
        <translation>Выделено из другого обращения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Stop the clock</source>
        <translation>Приостановить срок</translation>
    </message>
    <message>
        <source>Su&amp;ggest service type</source>
        <translation>Предложить &amp;вид обращения</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Take into work (T)</source>
        <translation>Взять в работу (T)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Term extended</source>
        <translation>Срок продлён</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Text of the request</source>
        <translation>Текст обращения</translation>
    </message>
    <message>
        <source>The BIN&apos;s check digit does not match: check the number for a typing error.</source>
        <translation>Контрольная цифра БИН не сходится: проверьте, нет ли опечатки.</translation>
    </message>
    <message>
        <source>The IIN&apos;s check digit does not match: check the number for a typing error.</source>
        <translation>Контрольная цифра ИИН не сходится: проверьте, нет ли опечатки.</translation>
    </message>
    <message>
        <source>The applicant is missing.</source>
        <translation>Не указан заявитель.</translation>
    </message>
    <message>
        <source>The assistant drafts a reply from the reply template in the request&apos;s language. The draft opens in the assistant for you to check and edit; nothing is sent.</source>
        <translation>Ассистент подготовит проект ответа по шаблону на языке обращения. Проект откроется в ассистенте: проверьте и отредактируйте его. Ничего не отправляется.</translation>
    </message>
    <message>
        <source>The assistant proposes a service type from the text of the request. The type changes only if you accept the proposal.</source>
        <translation>Ассистент предложит вид обращения по его тексту. Вид изменится, только если вы примете предложение.</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>Изменение не выполнено</translation>
    </message>
    <message>
        <source>The deadline cannot be counted: no working-day calendar for that year.</source>
        <translation>Срок нельзя рассчитать: нет производственного календаря на этот год.</translation>
    </message>
    <message>
        <source>The executor sees the requests in &quot;My requests&quot; and the deadlines keep running.</source>
        <translation>Исполнитель увидит обращения в очереди «Мои обращения»; сроки продолжают течь.</translation>
    </message>
    <message>
        <source>The file {0} could not be attached: {1}</source>
        <translation>Не удалось приложить файл {0}: {1}</translation>
    </message>
    <message>
        <source>The first 6 digits of an IIN are the date of birth (YYMMDD); this date does not exist.</source>
        <translation>Первые 6 цифр ИИН — дата рождения (ГГММДД); такой даты не существует.</translation>
    </message>
    <message>
        <source>The look could not be recorded in the audit trail: {0}</source>
        <translation>Не удалось записать просмотр в журнал доступа: {0}</translation>
    </message>
    <message>
        <source>The new deadline falls on a day off.</source>
        <translation>Новый срок приходится на выходной день.</translation>
    </message>
    <message>
        <source>The new deadline is not a date.</source>
        <translation>Новый срок не является датой.</translation>
    </message>
    <message>
        <source>The new deadline must be later than the current one.</source>
        <translation>Новый срок должен быть позже текущего.</translation>
    </message>
    <message>
        <source>The number is not valid.</source>
        <translation>Номер недействителен.</translation>
    </message>
    <message>
        <source>The personal data was not shown</source>
        <translation>Персональные данные не показаны</translation>
    </message>
    <message>
        <source>The reasoned decision: why the request needs more time (at most two months from registration in all). Tell the applicant within 3 working days.</source>
        <translation>Мотивированное решение: почему требуется больше времени (всего не более двух месяцев со дня регистрации). Уведомите заявителя в течение 3 рабочих дней.</translation>
    </message>
    <message>
        <source>The reply is sent with the decision of the template: answered, granted or refused.</source>
        <translation>Ответ отправляется с решением, заданным шаблоном: ответ дан, удовлетворено или отказано.</translation>
    </message>
    <message>
        <source>The reply was not sent</source>
        <translation>Ответ не отправлен</translation>
    </message>
    <message>
        <source>The request does not exist or is not yours to see.</source>
        <translation>Обращение не найдено или недоступно вам.</translation>
    </message>
    <message>
        <source>The request is registered</source>
        <translation>Обращение зарегистрировано</translation>
    </message>
    <message>
        <source>The service type is changed</source>
        <translation>Вид обращения изменён</translation>
    </message>
    <message>
        <source>The statistics are saved</source>
        <translation>Статистика сохранена</translation>
    </message>
    <message>
        <source>The statistics were not saved</source>
        <translation>Статистика не сохранена</translation>
    </message>
    <message>
        <source>The term is 1 to 60 working days.</source>
        <translation>Срок — от 1 до 60 рабочих дней.</translation>
    </message>
    <message>
        <source>The term of this request was not extended.</source>
        <translation>Срок этого обращения не продлевался.</translation>
    </message>
    <message>
        <source>The working-day calendar has no data for this date. Ask the administrator to publish the calendar for the year.</source>
        <translation>В производственном календаре нет данных на эту дату. Попросите администратора опубликовать календарь на этот год.</translation>
    </message>
    <message>
        <source>There is no such service in the catalogue.</source>
        <translation>Такой услуги нет в справочнике.</translation>
    </message>
    <message>
        <source>This cannot be done with the request in its current state.</source>
        <translation>В текущем статусе обращения это действие недоступно.</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>This request is registered already.</source>
        <translation>Это обращение уже зарегистрировано.</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Time to answer</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <source>Unknown channel.</source>
        <translation>Неизвестный канал поступления.</translation>
    </message>
    <message>
        <source>Unknown decision.</source>
        <translation>Неизвестное решение.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Waiting for applicant</source>
        <translation>Ожидают заявителя</translation>
    </message>
    <message>
        <source>Waiting for the applicant</source>
        <translation>Ожидание заявителя</translation>
    </message>
    <message>
        <source>What do you need from the applicant? The deadline stops until they answer.</source>
        <translation>Что нужно получить от заявителя? Срок приостанавливается до его ответа.</translation>
    </message>
    <message>
        <source>Which body is competent? The law gives 3 working days from registration.</source>
        <translation>В какой орган направить по компетенции? Закон даёт 3 рабочих дня со дня регистрации.</translation>
    </message>
    <message>
        <source>Why do you need the full IIN and contacts? Your answer, your name and the time are recorded in the personal-data audit trail before the data is shown.</source>
        <translation>Зачем вам полный ИИН и контакты? Цель, ваше имя и время записываются в журнал доступа к персональным данным до того, как данные будут показаны.</translation>
    </message>
    <message>
        <source>With an answer</source>
        <translation>С ответом</translation>
    </message>
    <message>
        <source>With extensions a request may be reviewed for at most two months from registration.</source>
        <translation>С учётом продления обращение рассматривается не более двух месяцев со дня регистрации.</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Рабочие дни</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>срок сегодня</translation>
    </message>
    <message>
        <source>e-Otinish</source>
        <translation>e-Otinish</translation>
    </message>
    <message>
        <source>eGov portal</source>
        <translation>Портал eGov</translation>
    </message>
    <message>
        <source>forwarded or merged (not counted): {0}</source>
        <translation>перенаправлено или объединено (не учитывается): {0}</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>скрыто</translation>
    </message>
    <message>
        <source>median time to answer: {0} working days</source>
        <translation>медианный срок ответа: {0} раб. дн.</translation>
    </message>
    <message>
        <source>overdue share: {0}</source>
        <translation>доля нарушений срока: {0}</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>приостановлено</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ожидается</translation>
    </message>
    <message>
        <source>registered: {0}</source>
        <translation>зарегистрировано: {0}</translation>
    </message>
    <message>
        <source>requests-{0}-{1}</source>
        <translation>obrashcheniya-{0}-{1}</translation>
    </message>
    <message>
        <source>until {0}: {1}</source>
        <translation>до {0}: {1}</translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <source>{0}: {1}. Choose another folder or name.</source>
        <translation>{0}: {1}. Выберите другую папку или имя файла.</translation>
    </message>
</context>
</TS>
