<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>wp_assistant</name>
    <message>
        <source>A draft from the reply template; write the answer itself where the brackets say:</source>
        <translation>Проект по шаблону ответа; сам ответ впишите там, где указано в квадратных скобках:</translation>
    </message>
    <message>
        <source>Accept the proposal…</source>
        <translation>Принять предложение…</translation>
    </message>
    <message>
        <source>Access key:</source>
        <translation>Ключ доступа:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Another model (OpenAI-compatible address)</source>
        <translation>Другая модель (адрес, совместимый с OpenAI)</translation>
    </message>
    <message>
        <source>Answers are made on this computer: no language model connected. Nothing leaves the computer.</source>
        <translation>Ответы готовятся на этом компьютере: языковая модель не подключена. Ничего не передаётся за пределы компьютера.</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Спросить</translation>
    </message>
    <message>
        <source>Ask a question about your documents, or choose a record above and press Summarise, Draft a reply, Suggest service and department or Translate. The assistant proposes; you decide — nothing is changed or sent on its own.</source>
        <translation>Задайте вопрос по вашим документам или выберите запись выше и нажмите «Кратко», «Проект ответа», «Предложить услугу и отдел» или «Перевести». Ассистент предлагает, решаете вы: сам он ничего не меняет и не отправляет.</translation>
    </message>
    <message>
        <source>Ask about your documents, or paste a text for the buttons above (Ctrl+Enter sends)</source>
        <translation>Спросите о ваших документах или вставьте текст для кнопок выше (Ctrl+Enter — отправить)</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Ассистент</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>Because the request says “{0}…”.</source>
        <translation>Потому что в обращении сказано «{0}…».</translation>
    </message>
    <message>
        <source>Choose a record above or paste a text below first.</source>
        <translation>Сначала выберите запись выше или вставьте текст ниже.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the draft</source>
        <translation>Копировать проект</translation>
    </message>
    <message>
        <source>Done. Check the answer before you use it.</source>
        <translation>Готово. Проверьте ответ, прежде чем использовать его.</translation>
    </message>
    <message>
        <source>Draft a reply</source>
        <translation>Проект ответа</translation>
    </message>
    <message>
        <source>Draft a reply to: {0}</source>
        <translation>Проект ответа на: {0}</translation>
    </message>
    <message>
        <source>Draft — edit before you use it</source>
        <translation>Проект — отредактируйте перед использованием</translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation>Экспорт беседы</translation>
    </message>
    <message>
        <source>Export to Markdown…</source>
        <translation>Экспорт в Markdown…</translation>
    </message>
    <message>
        <source>Find a document or request (Enter)</source>
        <translation>Найти документ или обращение (Enter)</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Key sentences of the document:</source>
        <translation>Ключевые предложения документа:</translation>
    </message>
    <message>
        <source>Language model: {0}. Personal data is replaced with placeholders before sending.</source>
        <translation>Языковая модель: {0}. Персональные данные перед отправкой заменяются метками.</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Модель:</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Новый чат</translation>
    </message>
    <message>
        <source>No conversation has these words.</source>
        <translation>Нет бесед с этими словами.</translation>
    </message>
    <message>
        <source>No language model connected: this answer was made on this computer from your documents, by search and sentence ranking.</source>
        <translation>Языковая модель не подключена: ответ подготовлен на этом компьютере по вашим документам — поиском и отбором предложений.</translation>
    </message>
    <message>
        <source>No language model is configured. Choose one in Settings → Assistant, or ask your IT administrator.</source>
        <translation>Языковая модель не настроена. Выберите её в разделе «Настройки → Ассистент» или обратитесь к ИТ-администратору.</translation>
    </message>
    <message>
        <source>No record chosen: the buttons work on the text below</source>
        <translation>Запись не выбрана: кнопки работают с текстом ниже</translation>
    </message>
    <message>
        <source>Not applied: the module that keeps the request refused the change and says why.</source>
        <translation>Не применено: модуль обращений отклонил изменение и сообщил причину.</translation>
    </message>
    <message>
        <source>Not applied: {0}</source>
        <translation>Не применено: {0}</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message>
        <source>Nothing in your documents matches these words. Try other words, or a shorter question.</source>
        <translation>В ваших документах нет совпадений с этими словами. Попробуйте другие слова или вопрос покороче.</translation>
    </message>
    <message>
        <source>Nothing is sent: answers are made on this computer.</source>
        <translation>Ничего не отправляется: ответы готовятся на этом компьютере.</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Открыть в редакторе</translation>
    </message>
    <message>
        <source>Personal data sent to a model as is (everything else is replaced with placeholders)</source>
        <translation>Персональные данные, которые передаются модели как есть (всё остальное заменяется метками)</translation>
    </message>
    <message>
        <source>Proposed department: {0} (where similar requests went).</source>
        <translation>Предлагаемый отдел: {0} (туда направлялись похожие обращения).</translation>
    </message>
    <message>
        <source>Proposed service type: {0}</source>
        <translation>Предлагаемый вид услуги: {0}</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Поиск по беседам</translation>
    </message>
    <message>
        <source>Set by your administrator.</source>
        <translation>Задано администратором.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Источники:</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Stopped. The part that arrived is kept.</source>
        <translation>Остановлено. Полученная часть ответа сохранена.</translation>
    </message>
    <message>
        <source>Suggest service and department</source>
        <translation>Предложить услугу и отдел</translation>
    </message>
    <message>
        <source>Suggest service and department for: {0}</source>
        <translation>Предложить услугу и отдел для: {0}</translation>
    </message>
    <message>
        <source>Summarise</source>
        <translation>Кратко</translation>
    </message>
    <message>
        <source>Summarise: {0}</source>
        <translation>Кратко: {0}</translation>
    </message>
    <message>
        <source>The access key was not kept</source>
        <translation>Ключ доступа не сохранён</translation>
    </message>
    <message>
        <source>The answer was copied.</source>
        <translation>Ответ скопирован.</translation>
    </message>
    <message>
        <source>The answer was cut off. What arrived is kept; try again.</source>
        <translation>Ответ оборвался. Полученная часть сохранена; попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The document has no text to summarise.</source>
        <translation>В документе нет текста для краткого изложения.</translation>
    </message>
    <message>
        <source>The model could not be reached. Check the network connection and try again; the local engine works without one.</source>
        <translation>Не удалось связаться с моделью. Проверьте подключение к сети и повторите; локальный режим работает и без сети.</translation>
    </message>
    <message>
        <source>The model is busy (too many requests). Try again in a minute.</source>
        <translation>Модель перегружена (слишком много запросов). Повторите через минуту.</translation>
    </message>
    <message>
        <source>The model refused the access key. Check the key in Settings → Assistant.</source>
        <translation>Модель не приняла ключ доступа. Проверьте ключ в разделе «Настройки → Ассистент».</translation>
    </message>
    <message>
        <source>The model refused the request.</source>
        <translation>Модель отклонила запрос.</translation>
    </message>
    <message>
        <source>The model stopped answering. What arrived is kept; try again later.</source>
        <translation>Модель перестала отвечать. Полученная часть сохранена; повторите позже.</translation>
    </message>
    <message>
        <source>The model&apos;s server failed. Try again later; if it keeps happening, tell your IT administrator.</source>
        <translation>Сбой на сервере модели. Повторите позже; если ошибка повторяется, сообщите ИТ-администратору.</translation>
    </message>
    <message>
        <source>The module that opens this record is not active.</source>
        <translation>Модуль, который открывает эту запись, не запущен.</translation>
    </message>
    <message>
        <source>The organisation&apos;s model, through the Workplace server</source>
        <translation>Модель организации через сервер Workplace</translation>
    </message>
    <message>
        <source>The passages of your documents that best match the question:</source>
        <translation>Фрагменты ваших документов, которые лучше всего соответствуют вопросу:</translation>
    </message>
    <message>
        <source>The service type of the request was changed as you accepted.</source>
        <translation>Вид услуги обращения изменён — вы приняли предложение.</translation>
    </message>
    <message>
        <source>This Workplace has no system keyring for modules.</source>
        <translation>В этой сборке Workplace у модулей нет доступа к системному хранилищу ключей.</translation>
    </message>
    <message>
        <source>This computer only (no language model; nothing is sent)</source>
        <translation>Только этот компьютер (без языковой модели; ничего не отправляется)</translation>
    </message>
    <message>
        <source>This draft was proposed by the assistant. Read and correct it; it is not sent or saved anywhere until you copy it into a document.</source>
        <translation>Этот проект предложил ассистент. Прочитайте и исправьте его; он никуда не отправляется и не сохраняется, пока вы не скопируете его в документ.</translation>
    </message>
    <message>
        <source>To: {0}
Replaced with placeholders: {1}</source>
        <translation>Куда: {0}
Заменено метками: {1}</translation>
    </message>
    <message>
        <source>Translate into Kazakh</source>
        <translation>Перевести на казахский</translation>
    </message>
    <message>
        <source>Translate into Russian</source>
        <translation>Перевести на русский</translation>
    </message>
    <message>
        <source>Translate: {0}</source>
        <translation>Перевести: {0}</translation>
    </message>
    <message>
        <source>Translation needs a language model, and none is connected. Ask your IT administrator to connect one, or choose one in Settings → Assistant.</source>
        <translation>Для перевода нужна языковая модель, а она не подключена. Попросите ИТ-администратора подключить её или выберите модель в разделе «Настройки → Ассистент».</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Что будет отправлено</translation>
    </message>
    <message>
        <source>What will be sent…</source>
        <translation>Что будет отправлено…</translation>
    </message>
    <message>
        <source>Where answers come from</source>
        <translation>Откуда берутся ответы</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Your administrator forbids sending this.</source>
        <translation>Администратор запретил передавать эти данные.</translation>
    </message>
    <message>
        <source>Your administrator has set the model: {0}.</source>
        <translation>Модель задана администратором: {0}.</translation>
    </message>
    <message>
        <source>Your administrator has switched language models off.</source>
        <translation>Администратор отключил языковые модели.</translation>
    </message>
    <message>
        <source>Your administrator has switched language models off: answers are made on this computer only.</source>
        <translation>Администратор отключил языковые модели: ответы готовятся только на этом компьютере.</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>адреса</translation>
    </message>
    <message>
        <source>card numbers</source>
        <translation>номера карт</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation>адреса электронной почты</translation>
    </message>
    <message>
        <source>kept in the system keyring; leave empty to keep the current one</source>
        <translation>хранится в системном хранилище ключей; оставьте пустым, чтобы не менять</translation>
    </message>
    <message>
        <source>no personal data found</source>
        <translation>персональные данные не найдены</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>номера телефонов</translation>
    </message>
    <message>
        <source>{0} What arrived is kept above.</source>
        <translation>{0} Полученная часть ответа — выше.</translation>
    </message>
</context>
</TS>
