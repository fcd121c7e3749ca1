<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>DocumentsPlurals</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
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
        <source>F&amp;iles (%n)</source>
        <translation>
            <numerusform>Фа&amp;йлы (%n)</numerusform>
            <numerusform>Фа&amp;йлы (%n)</numerusform>
            <numerusform>Фа&amp;йлы (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For familiarisation (%n)</source>
        <translation>
            <numerusform>Для ознакомления (%n)</numerusform>
            <numerusform>Для ознакомления (%n)</numerusform>
            <numerusform>Для ознакомления (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registered today (%n)</source>
        <translation>
            <numerusform>Зарегистрированы сегодня (%n)</numerusform>
            <numerusform>Зарегистрированы сегодня (%n)</numerusform>
            <numerusform>Зарегистрированы сегодня (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resol&amp;utions (%n)</source>
        <translation>
            <numerusform>Резол&amp;юции (%n)</numerusform>
            <numerusform>Резол&amp;юции (%n)</numerusform>
            <numerusform>Резол&amp;юции (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sig&amp;natures (%n)</source>
        <translation>
            <numerusform>Подп&amp;иси (%n)</numerusform>
            <numerusform>Подп&amp;иси (%n)</numerusform>
            <numerusform>Подп&amp;иси (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stage %n</source>
        <translation>
            <numerusform>Этап %n</numerusform>
            <numerusform>Этап %n</numerusform>
            <numerusform>Этап %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To approve (%n)</source>
        <translation>
            <numerusform>На согласование (%n)</numerusform>
            <numerusform>На согласование (%n)</numerusform>
            <numerusform>На согласование (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To execute (%n)</source>
        <translation>
            <numerusform>На исполнение (%n)</numerusform>
            <numerusform>На исполнение (%n)</numerusform>
            <numerusform>На исполнение (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Under my control (%n)</source>
        <translation>
            <numerusform>На моём контроле (%n)</numerusform>
            <numerusform>На моём контроле (%n)</numerusform>
            <numerusform>На моём контроле (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Version %n</source>
        <translation>
            <numerusform>Версия %n</numerusform>
            <numerusform>Версия %n</numerusform>
            <numerusform>Версия %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wp_documents</name>
    <message>
        <source>&amp;Add a stage</source>
        <translation>&amp;Добавить этап</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Согласовать</translation>
    </message>
    <message>
        <source>&amp;Approver (joins the current stage):</source>
        <translation>&amp;Согласующий (войдёт в текущий этап):</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <source>&amp;Correspondent:</source>
        <translation>&amp;Корреспондент:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>&amp;Deputy (acts for you):</source>
        <translation>&amp;Заместитель (действует за вас):</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Р&amp;еквизиты</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Executors (the first checked leads):</source>
        <translation>&amp;Исполнители (первый отмеченный — ответственный):</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ис&amp;тория</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;New version…</source>
        <translation>&amp;Новая версия…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Overdue first</source>
        <translation>Сначала &amp;просроченные</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Зарегистрировать</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Содержание:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Until (inclusive):</source>
        <translation>&amp;По (включительно):</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>&amp;Что сделано:</translation>
    </message>
    <message>
        <source>&amp;Who should read it:</source>
        <translation>&amp;Кого ознакомить:</translation>
    </message>
    <message>
        <source>&apos;comment&apos; must be text</source>
        <translation>Комментарий должен быть текстом.</translation>
    </message>
    <message>
        <source>&apos;control&apos; must be true or false</source>
        <translation>Отметка контроля должна быть «да» или «нет».</translation>
    </message>
    <message>
        <source>&apos;lang&apos; must be kk, ru or en</source>
        <translation>Язык документа: kk, ru или en.</translation>
    </message>
    <message>
        <source>&apos;sha256&apos; must be a SHA-256 digest in hex</source>
        <translation>Файл указан неверно (нужна контрольная сумма SHA-256).</translation>
    </message>
    <message>
        <source>&apos;signer&apos; must describe the certificate&apos;s owner</source>
        <translation>Не указан владелец сертификата подписи.</translation>
    </message>
    <message>
        <source>&apos;size&apos; must be a number of bytes</source>
        <translation>Размер файла указан неверно.</translation>
    </message>
    <message>
        <source>&apos;stage&apos; must be a stage number</source>
        <translation>Этап указан неверно.</translation>
    </message>
    <message>
        <source>&apos;stages&apos; must list 1 to 20 stages</source>
        <translation>В маршруте должно быть от 1 до 20 этапов.</translation>
    </message>
    <message>
        <source>A majority of approvers</source>
        <translation>Большинство согласующих</translation>
    </message>
    <message>
        <source>A resolution is written on a registered document.</source>
        <translation>Резолюция пишется на зарегистрированный документ.</translation>
    </message>
    <message>
        <source>A&amp;ttach a file…</source>
        <translation>Приложить &amp;файл…</translation>
    </message>
    <message>
        <source>Add an appro&amp;ver…</source>
        <translation>Добавить со&amp;гласующего…</translation>
    </message>
    <message>
        <source>Add an approver</source>
        <translation>Добавить согласующего</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Added a new version of a file</source>
        <translation>Добавлена новая версия файла</translation>
    </message>
    <message>
        <source>Added an approver</source>
        <translation>Добавлен согласующий</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>An outgoing letter or an order is registered after its approval.</source>
        <translation>Исходящее письмо и приказ регистрируются после согласования.</translation>
    </message>
    <message>
        <source>An outgoing letter or an order is signed after its approval.</source>
        <translation>Исходящее письмо и приказ подписываются после согласования.</translation>
    </message>
    <message>
        <source>Any one approver is enough</source>
        <translation>Достаточно любого одного согласующего</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Согласован</translation>
    </message>
    <message>
        <source>Attached a file</source>
        <translation>Приложен файл</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Автор:</translation>
    </message>
    <message>
        <source>Authority delegated</source>
        <translation>Полномочия переданы</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Case &amp;index:</source>
        <translation>&amp;Индекс дела:</translation>
    </message>
    <message>
        <source>Case index:</source>
        <translation>Индекс дела:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Check at least one approver.</source>
        <translation>Отметьте хотя бы одного согласующего.</translation>
    </message>
    <message>
        <source>Check at least one executor.</source>
        <translation>Отметьте хотя бы одного исполнителя.</translation>
    </message>
    <message>
        <source>Check at least one person (Space checks).</source>
        <translation>Отметьте хотя бы одного человека (отметка — пробел).</translation>
    </message>
    <message>
        <source>Check one person only.</source>
        <translation>Отметьте только одного человека.</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Выберите файл</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Контроль</translation>
    </message>
    <message>
        <source>Control:</source>
        <translation>Контроль:</translation>
    </message>
    <message>
        <source>Correspondent</source>
        <translation>Корреспондент</translation>
    </message>
    <message>
        <source>Correspondent:</source>
        <translation>Корреспондент:</translation>
    </message>
    <message>
        <source>Created the draft</source>
        <translation>Создан проект</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Delegate my authority</source>
        <translation>Передать полномочия</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Исполнен</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>E&amp;xecutor:</source>
        <translation>Ис&amp;полнитель:</translation>
    </message>
    <message>
        <source>Edit the draft</source>
        <translation>Изменить проект</translation>
    </message>
    <message>
        <source>Edited the draft</source>
        <translation>Изменён проект</translation>
    </message>
    <message>
        <source>Every approver must approve</source>
        <translation>Согласовать должны все</translation>
    </message>
    <message>
        <source>Executors</source>
        <translation>Исполнители</translation>
    </message>
    <message>
        <source>Familiarised</source>
        <translation>Ознакомление</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Give the document a title.</source>
        <translation>Укажите заголовок документа.</translation>
    </message>
    <message>
        <source>Give the key file.</source>
        <translation>Укажите файл ключа.</translation>
    </message>
    <message>
        <source>I have &amp;read it</source>
        <translation>О&amp;знакомлен</translation>
    </message>
    <message>
        <source>IIN / BIN</source>
        <translation>ИИН / БИН</translation>
    </message>
    <message>
        <source>In execution</source>
        <translation>На исполнении</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Входящий</translation>
    </message>
    <message>
        <source>Incoming documents</source>
        <translation>Входящие документы</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Внутренний</translation>
    </message>
    <message>
        <source>Internal documents</source>
        <translation>Внутренние документы</translation>
    </message>
    <message>
        <source>Journal:</source>
        <translation>Журнал:</translation>
    </message>
    <message>
        <source>Key &amp;file:</source>
        <translation>Файл &amp;ключа:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Lead executor:</source>
        <translation>Ответственный исполнитель:</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Я</translation>
    </message>
    <message>
        <source>NOT valid: a certificate has expired</source>
        <translation>НЕДЕЙСТВИТЕЛЬНА: срок сертификата истёк</translation>
    </message>
    <message>
        <source>NOT valid: not a signature</source>
        <translation>НЕДЕЙСТВИТЕЛЬНА: это не подпись</translation>
    </message>
    <message>
        <source>NOT valid: the certificate does not lead to a trusted root</source>
        <translation>НЕДЕЙСТВИТЕЛЬНА: сертификат не ведёт к доверенному корневому</translation>
    </message>
    <message>
        <source>NOT valid: the file was changed after signing</source>
        <translation>НЕДЕЙСТВИТЕЛЬНА: файл изменён после подписания</translation>
    </message>
    <message>
        <source>NOT valid: the signature is damaged</source>
        <translation>НЕДЕЙСТВИТЕЛЬНА: подпись повреждена</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Новый документ</translation>
    </message>
    <message>
        <source>No documents here.</source>
        <translation>Здесь документов нет.</translation>
    </message>
    <message>
        <source>No files attached.</source>
        <translation>Файлы не приложены.</translation>
    </message>
    <message>
        <source>No preview for this kind of file.</source>
        <translation>Для файлов этого типа просмотра нет.</translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>Документ не создан</translation>
    </message>
    <message>
        <source>Not delegated</source>
        <translation>Полномочия не переданы</translation>
    </message>
    <message>
        <source>Not signed: {0}</source>
        <translation>Не подписано: {0}</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Number, title, correspondent</source>
        <translation>Номер, заголовок, корреспондент</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>On approval</source>
        <translation>На согласовании</translation>
    </message>
    <message>
        <source>Only a clerk can register documents.</source>
        <translation>Регистрировать документы может только делопроизводитель.</translation>
    </message>
    <message>
        <source>Only a draft (or one returned for rework) can be changed.</source>
        <translation>Изменить можно только проект (или возвращённый на доработку).</translation>
    </message>
    <message>
        <source>Only a head can delegate.</source>
        <translation>Передать полномочия может только руководитель.</translation>
    </message>
    <message>
        <source>Only a head can write resolutions.</source>
        <translation>Резолюции пишет только руководитель.</translation>
    </message>
    <message>
        <source>Only a head or an administrator can configure journals.</source>
        <translation>Настраивать журналы может только руководитель или администратор.</translation>
    </message>
    <message>
        <source>Only an executor of the resolution can report on it.</source>
        <translation>Отчитаться по резолюции может только её исполнитель.</translation>
    </message>
    <message>
        <source>Only the author, a head or a current approver can add approvers.</source>
        <translation>Добавить согласующего может автор, руководитель или согласующий текущего этапа.</translation>
    </message>
    <message>
        <source>Only the author, an approver or a head can sign.</source>
        <translation>Подписать может автор, согласующий или руководитель.</translation>
    </message>
    <message>
        <source>Only the document&apos;s author can change the draft.</source>
        <translation>Изменить проект может только его автор.</translation>
    </message>
    <message>
        <source>Only the head who gave it can revoke a delegation.</source>
        <translation>Отозвать полномочия может только руководитель, который их передал.</translation>
    </message>
    <message>
        <source>Only the resolution&apos;s author, a head or a clerk can remove it from control.</source>
        <translation>Снять с контроля может автор резолюции, руководитель или делопроизводитель.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Приказ</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Приказы</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Исходящий</translation>
    </message>
    <message>
        <source>Outgoing documents</source>
        <translation>Исходящие документы</translation>
    </message>
    <message>
        <source>Put under &amp;control</source>
        <translation>Поставить на &amp;контроль</translation>
    </message>
    <message>
        <source>R&amp;oute</source>
        <translation>&amp;Маршрут</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Отклонить…</translation>
    </message>
    <message>
        <source>Re&amp;port on execution…</source>
        <translation>Отчёт об &amp;исполнении…</translation>
    </message>
    <message>
        <source>Re&amp;solution…</source>
        <translation>&amp;Резолюция…</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <source>Registered by:</source>
        <translation>Регистратор:</translation>
    </message>
    <message>
        <source>Registration:</source>
        <translation>Регистрация:</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <source>Remove from &amp;control</source>
        <translation>Снять с &amp;контроля</translation>
    </message>
    <message>
        <source>Removed from control</source>
        <translation>Снят с контроля</translation>
    </message>
    <message>
        <source>Report on execution</source>
        <translation>Отчёт об исполнении</translation>
    </message>
    <message>
        <source>Reported on execution</source>
        <translation>Отчёт об исполнении</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Резолюция</translation>
    </message>
    <message>
        <source>Resolution / report</source>
        <translation>Резолюция / отчёт</translation>
    </message>
    <message>
        <source>Return for re&amp;work…</source>
        <translation>Вернуть на &amp;доработку…</translation>
    </message>
    <message>
        <source>Return for rework</source>
        <translation>Вернуть на доработку</translation>
    </message>
    <message>
        <source>Returned for rework</source>
        <translation>Возвращён на доработку</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>С&amp;остояние:</translation>
    </message>
    <message>
        <source>Send for &amp;familiarisation…</source>
        <translation>Направить для ознакомлени&amp;я…</translation>
    </message>
    <message>
        <source>Send for appro&amp;val…</source>
        <translation>Направить на со&amp;гласование…</translation>
    </message>
    <message>
        <source>Send for approval</source>
        <translation>Направить на согласование</translation>
    </message>
    <message>
        <source>Send for familiarisation</source>
        <translation>Направить для ознакомления</translation>
    </message>
    <message>
        <source>Sent for approval</source>
        <translation>Направлен на согласование</translation>
    </message>
    <message>
        <source>Sent for familiarisation</source>
        <translation>Направлен для ознакомления</translation>
    </message>
    <message>
        <source>Si&amp;gn…</source>
        <translation>Под&amp;писать…</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Подписать</translation>
    </message>
    <message>
        <source>Signatures are valid only if their certificates lead to one of these roots — the national certification centre&apos;s, which your IT administrator provides.</source>
        <translation>Подпись действительна, только если её сертификат ведёт к одному из этих корневых — сертификатам Национального удостоверяющего центра, которые выдаёт ИТ-администратор.</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписан</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Stage / approver</source>
        <translation>Этап / согласующий</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Su&amp;mmarise with the assistant</source>
        <translation>&amp;Краткое содержание от ассистента</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Содержание:</translation>
    </message>
    <message>
        <source>The approval route is complete</source>
        <translation>Маршрут согласования пройден</translation>
    </message>
    <message>
        <source>The assistant picks the key sentences of this document (or a language model summarises it, if one is connected). Nothing in the document changes.</source>
        <translation>Ассистент выберет ключевые предложения документа (а если подключена языковая модель, она составит краткое содержание). Сам документ не изменяется.</translation>
    </message>
    <message>
        <source>The delegation does not exist.</source>
        <translation>Такой передачи полномочий нет.</translation>
    </message>
    <message>
        <source>The delegation ends before it starts.</source>
        <translation>Полномочия заканчиваются раньше, чем начинаются.</translation>
    </message>
    <message>
        <source>The delegation is not in force today.</source>
        <translation>Сегодня эти полномочия не действуют.</translation>
    </message>
    <message>
        <source>The document does not exist or you have no access to it.</source>
        <translation>Документа нет или у вас нет к нему доступа.</translation>
    </message>
    <message>
        <source>The document is not on approval.</source>
        <translation>Документ не на согласовании.</translation>
    </message>
    <message>
        <source>The document is registered already.</source>
        <translation>Документ уже зарегистрирован.</translation>
    </message>
    <message>
        <source>The document this one answers does not exist.</source>
        <translation>Документа, на который дан ответ, нет.</translation>
    </message>
    <message>
        <source>The file is not attached to this document.</source>
        <translation>Этот файл не приложен к документу.</translation>
    </message>
    <message>
        <source>The file is not on this computer yet.</source>
        <translation>Файла ещё нет на этом компьютере.</translation>
    </message>
    <message>
        <source>The file «{0}» is signed as it is; it is never changed.</source>
        <translation>Файл «{0}» подписывается как есть и никогда не изменяется.</translation>
    </message>
    <message>
        <source>The file&apos;s text is too long for the search.</source>
        <translation>Текст файла слишком длинный для поиска.</translation>
    </message>
    <message>
        <source>The lead executor has not reported yet.</source>
        <translation>Ответственный исполнитель ещё не отчитался.</translation>
    </message>
    <message>
        <source>The resolution does not exist.</source>
        <translation>Такой резолюции нет.</translation>
    </message>
    <message>
        <source>The resolution has been reported on already.</source>
        <translation>По резолюции уже есть отчёт.</translation>
    </message>
    <message>
        <source>The signed file is not a version of this attachment.</source>
        <translation>Подписанный файл — не версия этого вложения.</translation>
    </message>
    <message>
        <source>The text of the file (the file itself opens in its own program):</source>
        <translation>Текст файла (сам файл открывается в своей программе):</translation>
    </message>
    <message>
        <source>They have all been sent the document already.</source>
        <translation>Всем им документ уже направлен.</translation>
    </message>
    <message>
        <source>This delegation exists already.</source>
        <translation>Такая передача полномочий уже есть.</translation>
    </message>
    <message>
        <source>This delegation was given to someone else.</source>
        <translation>Эти полномочия переданы другому человеку.</translation>
    </message>
    <message>
        <source>This document exists already.</source>
        <translation>Такой документ уже есть.</translation>
    </message>
    <message>
        <source>This document has not been sent for approval.</source>
        <translation>Документ не направлялся на согласование.</translation>
    </message>
    <message>
        <source>This document is not here (any more).</source>
        <translation>Этого документа здесь нет (больше нет).</translation>
    </message>
    <message>
        <source>This file is attached already.</source>
        <translation>Этот файл уже приложен.</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>В этом месяце</translation>
    </message>
    <message>
        <source>This resolution exists already.</source>
        <translation>Такая резолюция уже есть.</translation>
    </message>
    <message>
        <source>This version is the same as the current one.</source>
        <translation>Эта версия совпадает с текущей.</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>В этом году</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Trusted &amp;CA certificates (PEM):</source>
        <translation>&amp;Доверенные корневые сертификаты (PEM):</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>With &amp;NCALayer</source>
        <translation>Через &amp;NCALayer</translation>
    </message>
    <message>
        <source>With a &amp;key file (PKCS#12)</source>
        <translation>&amp;Файлом ключа (PKCS#12)</translation>
    </message>
    <message>
        <source>Write what is to be done.</source>
        <translation>Напишите, что нужно сделать.</translation>
    </message>
    <message>
        <source>Write why: the author will read it.</source>
        <translation>Напишите причину: автор её прочтёт.</translation>
    </message>
    <message>
        <source>Wrote a resolution</source>
        <translation>Резолюция</translation>
    </message>
    <message>
        <source>You cannot delegate to yourself.</source>
        <translation>Нельзя передать полномочия самому себе.</translation>
    </message>
    <message>
        <source>You were not asked to read this document.</source>
        <translation>Вас не направляли для ознакомления с этим документом.</translation>
    </message>
    <message>
        <source>a majority must approve</source>
        <translation>согласует большинство</translation>
    </message>
    <message>
        <source>a stage must be an object</source>
        <translation>Этап маршрута указан неверно.</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>согласовано</translation>
    </message>
    <message>
        <source>being given…</source>
        <translation>присваивается…</translation>
    </message>
    <message>
        <source>cannot be checked here (GOST key): check it in NCALayer</source>
        <translation>здесь не проверить (ключ ГОСТ): проверьте в NCALayer</translation>
    </message>
    <message>
        <source>current stage</source>
        <translation>текущий этап</translation>
    </message>
    <message>
        <source>done</source>
        <translation>исполнено</translation>
    </message>
    <message>
        <source>every approver must approve</source>
        <translation>согласуют все</translation>
    </message>
    <message>
        <source>file not on this computer</source>
        <translation>файла нет на этом компьютере</translation>
    </message>
    <message>
        <source>in execution</source>
        <translation>на исполнении</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>не зарегистрирован</translation>
    </message>
    <message>
        <source>not yet sent to the server</source>
        <translation>ещё не отправлено на сервер</translation>
    </message>
    <message>
        <source>one approval is enough</source>
        <translation>достаточно одного</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>reported, under control</source>
        <translation>есть отчёт, на контроле</translation>
    </message>
    <message>
        <source>returned for rework</source>
        <translation>возвращено на доработку</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>действительна</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидается</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>{0} (lead)</source>
        <translation>{0} (ответственный)</translation>
    </message>
    <message>
        <source>{0} for {1}</source>
        <translation>{0} за {1}</translation>
    </message>
    <message>
        <source>{0} may act for you until {1}.</source>
        <translation>{0} может действовать за вас до {1} включительно.</translation>
    </message>
    <message>
        <source>{0} — overdue</source>
        <translation>{0} — просрочено</translation>
    </message>
    <message>
        <source>№ pending…</source>
        <translation>№ присваивается…</translation>
    </message>
</context>
</TS>
