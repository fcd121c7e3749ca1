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
    <name>Accounts</name>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Добавить учётную запись…</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Забыть</translation>
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation>&amp;Переключиться</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>Servers and user names you have signed in with on this computer. Passwords are not kept.</source>
        <translation>Серверы и имена пользователей, с которыми вы входили на этом компьютере. Пароли не сохраняются.</translation>
    </message>
    <message>
        <source>current</source>
        <translation>текущая</translation>
    </message>
    <message>
        <source>stays signed in</source>
        <translation>вход сохранён</translation>
    </message>
</context>
<context>
    <name>ChangesPage</name>
    <message numerus="yes">
        <source>%n change(s) refused by the server</source>
        <translation>
            <numerusform>%n изменение отклонено сервером</numerusform>
            <numerusform>%n изменения отклонены сервером</numerusform>
            <numerusform>%n изменений отклонено сервером</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n изменение ожидает отправки</numerusform>
            <numerusform>%n изменения ожидают отправки</numerusform>
            <numerusform>%n изменений ожидают отправки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n конфликт требует решения</numerusform>
            <numerusform>%n конфликта требуют решения</numerusform>
            <numerusform>%n конфликтов требуют решения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more waiting change(s) are not listed.</source>
        <translation>
            <numerusform>Ещё %n ожидающее изменение не показано в списке.</numerusform>
            <numerusform>Ещё %n ожидающих изменения не показаны в списке.</numerusform>
            <numerusform>Ещё %n ожидающих изменений не показаны в списке.</numerusform>
        </translation>
    </message>
    <message>
        <source>(deleted on the server)</source>
        <translation>(удалено на сервере)</translation>
    </message>
    <message>
        <source>Action: {0}</source>
        <translation>Действие: {0}</translation>
    </message>
    <message>
        <source>All your changes have reached the server.</source>
        <translation>Все ваши изменения переданы на сервер.</translation>
    </message>
    <message>
        <source>Changes are saved on this computer first and sent to the server when it can be reached.</source>
        <translation>Изменения сначала сохраняются на этом компьютере и отправляются на сервер, как только он становится доступен.</translation>
    </message>
    <message>
        <source>Changes made without a connection wait here until they are sent. Conflicts and refused changes also appear here.</source>
        <translation>Изменения, внесённые без подключения, ожидают здесь отправки. Здесь же показываются конфликты и отклонённые изменения.</translation>
    </message>
    <message>
        <source>Discard the change</source>
        <translation>Отказаться от изменения</translation>
    </message>
    <message>
        <source>Discard the change to «{0}»</source>
        <translation>Отказаться от изменения записи «{0}»</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Оставить мою версию</translation>
    </message>
    <message>
        <source>Keep my version of «{0}»</source>
        <translation>Оставить мою версию записи «{0}»</translation>
    </message>
    <message>
        <source>Keep the chosen values</source>
        <translation>Сохранить выбранные значения</translation>
    </message>
    <message>
        <source>Keep the values chosen field by field in «{0}»</source>
        <translation>Сохранить значения, выбранные по полям, в «{0}»</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Моё</translation>
    </message>
    <message>
        <source>My version</source>
        <translation>Моя версия</translation>
    </message>
    <message>
        <source>My version and the server&apos;s version</source>
        <translation>Моя версия и версия на сервере</translation>
    </message>
    <message>
        <source>Reading the list of changes…</source>
        <translation>Загрузка списка изменений…</translation>
    </message>
    <message>
        <source>Reason: {0}</source>
        <translation>Причина: {0}</translation>
    </message>
    <message>
        <source>Record {0}</source>
        <translation>Запись {0}</translation>
    </message>
    <message>
        <source>Server&apos;s</source>
        <translation>С сервера</translation>
    </message>
    <message>
        <source>Server&apos;s version</source>
        <translation>Версия на сервере</translation>
    </message>
    <message>
        <source>Someone changed this record on the server while your change was waiting. Compare the versions and choose which one to keep.</source>
        <translation>Пока ваше изменение ожидало отправки, эту запись на сервере изменил другой пользователь. Сравните версии и выберите, какую оставить.</translation>
    </message>
    <message>
        <source>Take the server&apos;s version</source>
        <translation>Принять версию с сервера</translation>
    </message>
    <message>
        <source>Take the server&apos;s version of «{0}»</source>
        <translation>Принять версию записи «{0}» с сервера</translation>
    </message>
    <message>
        <source>The server refused this change, so it was undone on this computer. Discard it once you have read why; make the change again if it is still needed.</source>
        <translation>Сервер отклонил это изменение, поэтому на этом компьютере оно отменено. Ознакомьтесь с причиной и откажитесь от изменения; если оно всё ещё нужно, внесите его заново.</translation>
    </message>
    <message>
        <source>The versions differ here</source>
        <translation>Здесь версии различаются</translation>
    </message>
    <message>
        <source>This could not be done: {0}</source>
        <translation>Не удалось выполнить действие: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Tried %n time(s) so far.</source>
        <translation>
            <numerusform>Сделана %n попытка отправки.</numerusform>
            <numerusform>Сделано %n попытки отправки.</numerusform>
            <numerusform>Сделано %n попыток отправки.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsent changes</source>
        <translation>Неотправленные изменения</translation>
    </message>
    <message>
        <source>Waiting to be sent. It is sent by itself as soon as the server can be reached; nothing needs to be done.</source>
        <translation>Ожидает отправки. Изменение будет отправлено автоматически, как только сервер станет доступен; ничего делать не нужно.</translation>
    </message>
    <message>
        <source>Which value of «{0}» to keep</source>
        <translation>Какое значение поля «{0}» оставить</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Причина отклонения</translation>
    </message>
    <message>
        <source>Your change: {0}</source>
        <translation>Ваше изменение: {0}</translation>
    </message>
    <message>
        <source>changed {0}</source>
        <translation>изменено {0}</translation>
    </message>
    <message>
        <source>conflict: choose a version</source>
        <translation>конфликт: выберите версию</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>различается</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указана</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>отклонено сервером</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>ожидает отправки</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
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
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
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
        <source>A secure connection to the server could not be established. Check the address; if it is right, tell your IT administrator.</source>
        <translation>Не удалось установить защищённое соединение с сервером. Проверьте адрес; если он верен, сообщите ИТ-администратору.</translation>
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
        <source>S&amp;tay signed in on this computer</source>
        <translation>&amp;Оставаться в системе на этом компьютере</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
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
        <source>The server&apos;s certificate has expired or is not valid yet, so Workplace did not connect. Check that this computer&apos;s date and time are right; if they are, tell your IT administrator.</source>
        <translation>Срок действия сертификата сервера истёк или ещё не наступил, поэтому Workplace не подключился. Проверьте дату и время на этом компьютере; если они верны, сообщите ИТ-администратору.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so Workplace did not connect. Tell your IT administrator: the server&apos;s certificate authority must be trusted by this computer or named in the Workplace policy (tls.ca_bundle).</source>
        <translation>Сертификат сервера не является доверенным, поэтому Workplace не подключился. Сообщите ИТ-администратору: удостоверяющий центр сервера должен быть доверенным на этом компьютере или указан в политике Workplace (tls.ca_bundle).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued for another address, so Workplace did not connect: this may not be your organisation&apos;s server. Check the address; if it is right, tell your IT administrator.</source>
        <translation>Сертификат сервера выдан для другого адреса, поэтому Workplace не подключился: возможно, это не сервер вашей организации. Проверьте адрес; если он верен, сообщите ИТ-администратору.</translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. Wait a few minutes and try again.</source>
        <translation>Слишком много неудачных попыток входа. Подождите несколько минут и повторите попытку.</translation>
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
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>You can change this later: Ctrl+K, «Change where I work».</source>
        <translation>Это можно изменить позже: Ctrl+K, «Изменить место работы».</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again.</source>
        <translation>Срок действия сеанса истёк. Войдите снова.</translation>
    </message>
    <message>
        <source>Your session was ended: you signed out elsewhere, or it was stopped for safety. Sign in again.</source>
        <translation>Ваш сеанс завершён: вы вышли из системы в другом месте, или сеанс был остановлен в целях безопасности. Войдите снова.</translation>
    </message>
    <message>
        <source>Your sign-in is kept in the system keyring, never in a file. «Sign out» ends it.</source>
        <translation>Вход хранится в системном хранилище паролей, а не в файле. Команда «Выйти» отменяет его.</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>The system keyring did not answer ({0}). If it is locked, unlock it and try again; otherwise tell your IT administrator.</source>
        <translation>Системное хранилище паролей не ответило ({0}). Если оно заблокировано, разблокируйте его и повторите попытку; в противном случае сообщите ИТ-администратору.</translation>
    </message>
    <message>
        <source>Workplace cannot keep sign-ins safely on this computer: the system keyring is not available or keeps secrets unencrypted ({0}). Tell your IT administrator to install and unlock a secure keyring: GNOME Keyring or KWallet (Secret Service) on Linux; on Windows and macOS the built-in Credential Manager and Keychain are used.</source>
        <translation>Workplace не может безопасно сохранить вход на этом компьютере: системное хранилище паролей недоступно или хранит секреты в незашифрованном виде ({0}). Попросите ИТ-администратора установить и разблокировать защищённое хранилище: GNOME Keyring или KWallet (Secret Service) в Linux; в Windows и macOS используются встроенные «Диспетчер учётных данных» и «Связка ключей».</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>The attachment {0} has not reached the server yet: the colleague who added it may still be offline. Try again later.</source>
        <translation>Вложение {0} ещё не поступило на сервер: возможно, коллега, который его добавил, пока работает без связи. Повторите попытку позже.</translation>
    </message>
    <message>
        <source>The attachment {0} is encrypted, but its key is no longer in this computer&apos;s keyring. Fetch it from the server again, or ask your IT administrator to restore the keyring.</source>
        <translation>Вложение {0} зашифровано, но его ключа больше нет в хранилище ключей этого компьютера. Загрузите его с сервера заново или попросите ИТ-администратора восстановить хранилище ключей.</translation>
    </message>
    <message>
        <source>The attachment {0} is not kept on this computer.</source>
        <translation>Вложение {0} не хранится на этом компьютере.</translation>
    </message>
    <message>
        <source>The attachment {0} kept on this computer was changed or damaged on disk, so it is not used. Fetch it from the server again.</source>
        <translation>Вложение {0}, хранящееся на этом компьютере, было изменено или повреждено на диске, поэтому оно не используется. Загрузите его с сервера заново.</translation>
    </message>
    <message>
        <source>The local copy of your data ({0}) cannot be decrypted with the key in this computer&apos;s keyring: the key is not the one it was encrypted with. Nothing was deleted or changed. Tell your IT administrator: restoring the keyring from before the change brings the data back.</source>
        <translation>Локальную копию ваших данных ({0}) не удаётся расшифровать ключом из хранилища ключей этого компьютера: это не тот ключ, которым она была зашифрована. Ничего не удалено и не изменено. Сообщите ИТ-администратору: если восстановить хранилище ключей в прежнем виде, данные снова станут доступны.</translation>
    </message>
    <message>
        <source>The local copy of your data ({0}) is encrypted, but its key is no longer in this computer&apos;s keyring. Nothing was deleted or changed. Tell your IT administrator: restoring the keyring brings the data back; otherwise the file can be moved away and Workplace will fetch the data from the server again (changes not yet sent in that file are then lost).</source>
        <translation>Локальная копия ваших данных ({0}) зашифрована, но её ключа больше нет в хранилище ключей этого компьютера. Ничего не удалено и не изменено. Сообщите ИТ-администратору: если восстановить хранилище ключей, данные снова станут доступны; иначе файл можно убрать в другое место, и Workplace заново загрузит данные с сервера (неотправленные изменения из этого файла тогда будут потеряны).</translation>
    </message>
    <message>
        <source>The system keyring did not give the key of the data on this computer ({0}). If the keyring is locked, unlock it and start Workplace again; otherwise tell your IT administrator.</source>
        <translation>Системное хранилище ключей не выдало ключ к данным на этом компьютере ({0}). Если хранилище заблокировано, разблокируйте его и снова запустите Workplace; иначе сообщите ИТ-администратору.</translation>
    </message>
    <message>
        <source>Workplace keeps the data on this computer encrypted, with its key in the system keyring, but no secure keyring is available ({0}). Tell your IT administrator to install and unlock a secure keyring: GNOME Keyring or KWallet (Secret Service) on Linux; on Windows and macOS the built-in Credential Manager and Keychain are used. (Machine policy can turn encryption at rest off: storage.encryption.)</source>
        <translation>Workplace хранит данные на этом компьютере в зашифрованном виде, а ключ — в системном хранилище ключей, но защищённого хранилища ключей нет ({0}). Попросите ИТ-администратора установить и разблокировать защищённое хранилище ключей: GNOME Keyring или KWallet (Secret Service) в Linux; в Windows и macOS используются встроенные «Диспетчер учётных данных» и «Связка ключей». (Политика компьютера может отключить шифрование данных на диске: storage.encryption.)</translation>
    </message>
    <message>
        <source>You have no access to the attachment {0} on the server.</source>
        <translation>У вас нет доступа к вложению {0} на сервере.</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Войти…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Sign in again to continue working on this computer.</source>
        <translation>Войдите снова, чтобы продолжить работу на этом компьютере.</translation>
    </message>
    <message>
        <source>Sign in to continue. Changes not yet sent are kept on this computer and sent after you sign in.</source>
        <translation>Войдите, чтобы продолжить. Ещё не отправленные изменения хранятся на этом компьютере и будут отправлены после входа.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Switch account…</source>
        <translation>Сменить учётную запись…</translation>
    </message>
    <message>
        <source>The server does not answer, and it has to check your password. Check the network connection and try again.</source>
        <translation>Сервер не отвечает, а пароль проверяет именно он. Проверьте подключение к сети и повторите попытку.</translation>
    </message>
    <message>
        <source>The window was locked after a time without use. Your work is kept.</source>
        <translation>Окно заблокировано после периода бездействия. Ваша работа сохранена.</translation>
    </message>
    <message>
        <source>Workplace is locked</source>
        <translation>Workplace заблокирован</translation>
    </message>
    <message>
        <source>You are signed out</source>
        <translation>Вы вышли из системы</translation>
    </message>
    <message>
        <source>{0} is signed in to {1}. Enter the password to continue.</source>
        <translation>Пользователь {0} вошёл на сервер {1}. Введите пароль, чтобы продолжить.</translation>
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
    <message>
        <source>Open link</source>
        <translation>Открыть ссылку</translation>
    </message>
    <message>
        <source>Select a notification that has a link</source>
        <translation>Выберите уведомление со ссылкой</translation>
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
        <source>Its update asks for new permissions: {permissions}. Review them on the Modules page</source>
        <translation>Его обновление запрашивает новые разрешения: {permissions}. Рассмотрите их в разделе «Модули»</translation>
    </message>
    <message>
        <source>Module «{name}» asks for new permissions</source>
        <translation>Модуль «{name}» запрашивает новые разрешения</translation>
    </message>
    <message>
        <source>Module «{name}» stopped working</source>
        <translation>Модуль «{name}» перестал работать</translation>
    </message>
    <message>
        <source>Needs permissions your organisation&apos;s policy denies: {permissions}</source>
        <translation>Нужны разрешения, запрещённые политикой вашей организации: {permissions}</translation>
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
    <message>
        <source>Your organisation requires this module, but it is not installed</source>
        <translation>Ваша организация требует этот модуль, но он не установлен</translation>
    </message>
    <message>
        <source>Your organisation requires this module: it cannot be switched off</source>
        <translation>Этот модуль обязателен по требованию вашей организации: отключить его нельзя</translation>
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
        <source>Approve and start</source>
        <translation>Разрешить и запустить</translation>
    </message>
    <message>
        <source>Approve only if you trust this module&apos;s publisher. Until then it stays off.</source>
        <translation>Разрешайте, только если доверяете издателю этого модуля. До тех пор он остаётся выключенным.</translation>
    </message>
    <message>
        <source>Awaiting your approval</source>
        <translation>Ожидает вашего разрешения</translation>
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
        <source>Keep it off</source>
        <translation>Оставить выключенным</translation>
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
        <source>New permissions</source>
        <translation>Новые разрешения</translation>
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
        <source>Review permissions…</source>
        <translation>Рассмотреть разрешения…</translation>
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
        <source>The update of «{0}» asks for new permissions:</source>
        <translation>Обновление модуля «{0}» запрашивает новые разрешения:</translation>
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
    <message>
        <source>{0} (locked)</source>
        <translation>{0} (задано организацией)</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source> — you cannot choose another</source>
        <translation> — выбрать другой нельзя</translation>
    </message>
    <message>
        <source>Also trusted: the certificates in {0}</source>
        <translation>Также считаются доверенными сертификаты из {0}</translation>
    </message>
    <message>
        <source>Approved in advance by your organisation: {0}</source>
        <translation>Заранее разрешено вашей организацией: {0}</translation>
    </message>
    <message>
        <source>Data on this computer is kept unencrypted</source>
        <translation>Данные на этом компьютере хранятся без шифрования</translation>
    </message>
    <message>
        <source>Language model: {0}</source>
        <translation>Языковая модель: {0}</translation>
    </message>
    <message>
        <source>Log level: {0}</source>
        <translation>Уровень журналирования: {0}</translation>
    </message>
    <message>
        <source>Model used there: {0}</source>
        <translation>Используемая там модель: {0}</translation>
    </message>
    <message>
        <source>Modules that may not run: {0}</source>
        <translation>Запрещённые модули: {0}</translation>
    </message>
    <message>
        <source>Never sent to a language model: {0}</source>
        <translation>Никогда не передаётся языковой модели: {0}</translation>
    </message>
    <message>
        <source>New versions offered: test versions as well as stable ones</source>
        <translation>Предлагаются новые версии: не только стабильные, но и тестовые</translation>
    </message>
    <message>
        <source>No module may have: {0}</source>
        <translation>Не предоставляется ни одному модулю: {0}</translation>
    </message>
    <message>
        <source>Only these modules may run: {0}</source>
        <translation>Разрешены только модули: {0}</translation>
    </message>
    <message>
        <source>Required modules, always on (they cannot be switched off): {0}</source>
        <translation>Обязательные модули, всегда включены (отключить их нельзя): {0}</translation>
    </message>
    <message>
        <source>Server: {0}</source>
        <translation>Сервер: {0}</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>Задано вашей организацией</translation>
    </message>
    <message>
        <source>Settings your organisation manages</source>
        <translation>Параметры, которыми управляет ваша организация</translation>
    </message>
    <message>
        <source>Staying signed in between runs is not allowed</source>
        <translation>Оставаться в системе между запусками не разрешено</translation>
    </message>
    <message>
        <source>The assistant sends no text to language models</source>
        <translation>Помощник не передаёт текст языковым моделям</translation>
    </message>
    <message>
        <source>The window does not lock by itself</source>
        <translation>Окно не блокируется автоматически</translation>
    </message>
    <message>
        <source>The window locks after {0} min without input</source>
        <translation>Окно блокируется после {0} мин бездействия</translation>
    </message>
    <message>
        <source>Workplace does not check for new versions: your IT administrator installs them</source>
        <translation>Workplace не проверяет наличие новых версий: их устанавливает ваш ИТ-администратор</translation>
    </message>
    <message>
        <source>Your IT administrator manages these settings ({0}); they cannot be changed here.</source>
        <translation>Этими параметрами управляет ваш ИТ-администратор ({0}); изменить их здесь нельзя.</translation>
    </message>
    <message>
        <source>all it asks for</source>
        <translation>всё, что он запрашивает</translation>
    </message>
    <message>
        <source>the organisation&apos;s gateway</source>
        <translation>шлюз организации</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <source>Changed on this computer, not yet sent to the server</source>
        <translation>Изменено на этом компьютере, ещё не отправлено на сервер</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результата</numerusform>
            <numerusform>%n результатов</numerusform>
        </translation>
    </message>
    <message>
        <source>Module: {0}</source>
        <translation>Модуль: {0}</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message>
        <source>No results for «{0}»</source>
        <translation>По запросу «{0}» ничего не найдено</translation>
    </message>
    <message>
        <source>Search documents, requests…</source>
        <translation>Поиск документов, обращений…</translation>
    </message>
    <message>
        <source>Search in all modules</source>
        <translation>Поиск во всех модулях</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Search the records of every module on this computer (Ctrl+F)</source>
        <translation>Поиск по записям всех модулей на этом компьютере (Ctrl+F)</translation>
    </message>
    <message>
        <source>This module cannot open its records from the search.</source>
        <translation>Этот модуль не позволяет открыть запись из результатов поиска.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без названия</translation>
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
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Command palette</source>
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
        <source>Lock Workplace</source>
        <translation>Заблокировать Workplace</translation>
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
        <source>Search in all modules</source>
        <translation>Поиск во всех модулях</translation>
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
        <source>Sign out</source>
        <translation>Выйти</translation>
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
        <source>Switch account…</source>
        <translation>Сменить учётную запись…</translation>
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
        <source>Your organisation has set the server to work with</source>
        <translation>Сервер для работы задан вашей организацией</translation>
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
    <message>
        <source>Your data on this computer cannot be opened</source>
        <translation>Не удаётся открыть ваши данные на этом компьютере</translation>
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
<context>
    <name>Updates</name>
    <message>
        <source>Workplace {version} is available</source>
        <translation>Доступна версия Workplace {version}</translation>
    </message>
    <message>
        <source>Your organisation has released a new version (you have {current}). Get it here: {url}</source>
        <translation>Ваша организация выпустила новую версию (у вас установлена {current}). Скачать её можно здесь: {url}</translation>
    </message>
</context>
</TS>
