<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>DocumentsPlurals</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n құжат</numerusform>
            <numerusform>%n құжат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>%n жұмыс күні қалды</numerusform>
            <numerusform>%n жұмыс күні қалды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>F&amp;iles (%n)</source>
        <translation>
            <numerusform>&amp;Файлдар (%n)</numerusform>
            <numerusform>&amp;Файлдар (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For familiarisation (%n)</source>
        <translation>
            <numerusform>Танысуға (%n)</numerusform>
            <numerusform>Танысуға (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registered today (%n)</source>
        <translation>
            <numerusform>Бүгін тіркелгендер (%n)</numerusform>
            <numerusform>Бүгін тіркелгендер (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resol&amp;utions (%n)</source>
        <translation>
            <numerusform>Бұ&amp;рыштамалар (%n)</numerusform>
            <numerusform>Бұ&amp;рыштамалар (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sig&amp;natures (%n)</source>
        <translation>
            <numerusform>&amp;Қолтаңбалар (%n)</numerusform>
            <numerusform>&amp;Қолтаңбалар (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stage %n</source>
        <translation>
            <numerusform>%n-кезең</numerusform>
            <numerusform>%n-кезең</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To approve (%n)</source>
        <translation>
            <numerusform>Келісуге (%n)</numerusform>
            <numerusform>Келісуге (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To execute (%n)</source>
        <translation>
            <numerusform>Орындауға (%n)</numerusform>
            <numerusform>Орындауға (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Under my control (%n)</source>
        <translation>
            <numerusform>Менің бақылауымда (%n)</numerusform>
            <numerusform>Менің бақылауымда (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Version %n</source>
        <translation>
            <numerusform>%n-нұсқа</numerusform>
            <numerusform>%n-нұсқа</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wp_documents</name>
    <message>
        <source>&amp;Add a stage</source>
        <translation>Кезең &amp;қосу</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Келісу</translation>
    </message>
    <message>
        <source>&amp;Approver (joins the current stage):</source>
        <translation>&amp;Келісуші (ағымдағы кезеңге қосылады):</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Түсініктеме:</translation>
    </message>
    <message>
        <source>&amp;Correspondent:</source>
        <translation>&amp;Корреспондент:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Мерзімі:</translation>
    </message>
    <message>
        <source>&amp;Deputy (acts for you):</source>
        <translation>&amp;Орынбасар (сіздің орныңызға әрекет етеді):</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Деректемелер</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Executors (the first checked leads):</source>
        <translation>&amp;Орындаушылар (бірінші белгіленгені — жауапты):</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Іздеу:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Басталуы:</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Тарих</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>&amp;New version…</source>
        <translation>&amp;Жаңа нұсқа…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>&amp;Overdue first</source>
        <translation>Алдымен &amp;мерзімі өткендер</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Кезең:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Тіркеу</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Мазмұны:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Мәтін:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Тақырыбы:</translation>
    </message>
    <message>
        <source>&amp;Until (inclusive):</source>
        <translation>&amp;Аяқталуы (қоса алғанда):</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>&amp;Не істелді:</translation>
    </message>
    <message>
        <source>&amp;Who should read it:</source>
        <translation>&amp;Кім танысуы керек:</translation>
    </message>
    <message>
        <source>&apos;comment&apos; must be text</source>
        <translation>Түсініктеме мәтін болуы керек.</translation>
    </message>
    <message>
        <source>&apos;control&apos; must be true or false</source>
        <translation>Бақылау белгісі «иә» не «жоқ» болуы керек.</translation>
    </message>
    <message>
        <source>&apos;lang&apos; must be kk, ru or en</source>
        <translation>Құжат тілі: kk, ru немесе en.</translation>
    </message>
    <message>
        <source>&apos;sha256&apos; must be a SHA-256 digest in hex</source>
        <translation>Файл дұрыс көрсетілмеген (SHA-256 бақылау сомасы керек).</translation>
    </message>
    <message>
        <source>&apos;signer&apos; must describe the certificate&apos;s owner</source>
        <translation>Қолтаңба сертификатының иесі көрсетілмеген.</translation>
    </message>
    <message>
        <source>&apos;size&apos; must be a number of bytes</source>
        <translation>Файлдың өлшемі дұрыс көрсетілмеген.</translation>
    </message>
    <message>
        <source>&apos;stage&apos; must be a stage number</source>
        <translation>Кезең дұрыс көрсетілмеген.</translation>
    </message>
    <message>
        <source>&apos;stages&apos; must list 1 to 20 stages</source>
        <translation>Бағытта 1-ден 20-ға дейін кезең болуы керек.</translation>
    </message>
    <message>
        <source>A majority of approvers</source>
        <translation>Келісушілердің көпшілігі</translation>
    </message>
    <message>
        <source>A resolution is written on a registered document.</source>
        <translation>Бұрыштама тіркелген құжатқа жазылады.</translation>
    </message>
    <message>
        <source>A&amp;ttach a file…</source>
        <translation>&amp;Файл тіркеу…</translation>
    </message>
    <message>
        <source>Add an appro&amp;ver…</source>
        <translation>Келісуші қ&amp;осу…</translation>
    </message>
    <message>
        <source>Add an approver</source>
        <translation>Келісуші қосу</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Қосылған</translation>
    </message>
    <message>
        <source>Added a new version of a file</source>
        <translation>Файлдың жаңа нұсқасын қосты</translation>
    </message>
    <message>
        <source>Added an approver</source>
        <translation>Келісуші қосты</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>An outgoing letter or an order is registered after its approval.</source>
        <translation>Шығыс хат пен бұйрық келісілгеннен кейін тіркеледі.</translation>
    </message>
    <message>
        <source>An outgoing letter or an order is signed after its approval.</source>
        <translation>Шығыс хатқа және бұйрыққа келісілгеннен кейін қол қойылады.</translation>
    </message>
    <message>
        <source>Any one approver is enough</source>
        <translation>Кез келген бір келісушінің келісімі жеткілікті</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Барлық уақыт</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Кез келген</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Келісілді</translation>
    </message>
    <message>
        <source>Attached a file</source>
        <translation>Файл тіркеді</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Авторы:</translation>
    </message>
    <message>
        <source>Authority delegated</source>
        <translation>Өкілеттік берілді</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Case &amp;index:</source>
        <translation>Іс &amp;индексі:</translation>
    </message>
    <message>
        <source>Case index:</source>
        <translation>Іс индексі:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Check at least one approver.</source>
        <translation>Кемінде бір келісушіні белгілеңіз.</translation>
    </message>
    <message>
        <source>Check at least one executor.</source>
        <translation>Кемінде бір орындаушыны белгілеңіз.</translation>
    </message>
    <message>
        <source>Check at least one person (Space checks).</source>
        <translation>Кемінде бір адамды белгілеңіз (белгілеу — бос орын пернесі).</translation>
    </message>
    <message>
        <source>Check one person only.</source>
        <translation>Тек бір адамды белгілеңіз.</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Файлды таңдаңыз</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Түсініктеме</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Бақылау</translation>
    </message>
    <message>
        <source>Control:</source>
        <translation>Бақылау:</translation>
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
        <translation>Жобаны жасады</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Мерзімі:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Delegate my authority</source>
        <translation>Өкілеттікті беру</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>E&amp;xecutor:</source>
        <translation>&amp;Орындаушы:</translation>
    </message>
    <message>
        <source>Edit the draft</source>
        <translation>Жобаны өзгерту</translation>
    </message>
    <message>
        <source>Edited the draft</source>
        <translation>Жобаны өзгертті</translation>
    </message>
    <message>
        <source>Every approver must approve</source>
        <translation>Барлық келісуші келісуі керек</translation>
    </message>
    <message>
        <source>Executors</source>
        <translation>Орындаушылар</translation>
    </message>
    <message>
        <source>Familiarised</source>
        <translation>Танысты</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Give the document a title.</source>
        <translation>Құжаттың тақырыбын жазыңыз.</translation>
    </message>
    <message>
        <source>Give the key file.</source>
        <translation>Кілт файлын көрсетіңіз.</translation>
    </message>
    <message>
        <source>I have &amp;read it</source>
        <translation>&amp;Таныстым</translation>
    </message>
    <message>
        <source>IIN / BIN</source>
        <translation>ЖСН / БСН</translation>
    </message>
    <message>
        <source>In execution</source>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Кіріс</translation>
    </message>
    <message>
        <source>Incoming documents</source>
        <translation>Кіріс құжаттар</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Ішкі</translation>
    </message>
    <message>
        <source>Internal documents</source>
        <translation>Ішкі құжаттар</translation>
    </message>
    <message>
        <source>Journal:</source>
        <translation>Журнал:</translation>
    </message>
    <message>
        <source>Key &amp;file:</source>
        <translation>Кі&amp;лт файлы:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Lead executor:</source>
        <translation>Жауапты орындаушы:</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Мен</translation>
    </message>
    <message>
        <source>NOT valid: a certificate has expired</source>
        <translation>ЖАРАМСЫЗ: сертификаттың мерзімі өткен</translation>
    </message>
    <message>
        <source>NOT valid: not a signature</source>
        <translation>ЖАРАМСЫЗ: бұл қолтаңба емес</translation>
    </message>
    <message>
        <source>NOT valid: the certificate does not lead to a trusted root</source>
        <translation>ЖАРАМСЫЗ: сертификат сенімді түбірлік сертификатқа апармайды</translation>
    </message>
    <message>
        <source>NOT valid: the file was changed after signing</source>
        <translation>ЖАРАМСЫЗ: файл қол қойылғаннан кейін өзгертілген</translation>
    </message>
    <message>
        <source>NOT valid: the signature is damaged</source>
        <translation>ЖАРАМСЫЗ: қолтаңба бүлінген</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Жаңа құжат</translation>
    </message>
    <message>
        <source>No documents here.</source>
        <translation>Мұнда құжат жоқ.</translation>
    </message>
    <message>
        <source>No files attached.</source>
        <translation>Файл тіркелмеген.</translation>
    </message>
    <message>
        <source>No preview for this kind of file.</source>
        <translation>Мұндай файлды алдын ала қарау мүмкін емес.</translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>Құжат жасалмады</translation>
    </message>
    <message>
        <source>Not delegated</source>
        <translation>Өкілеттік берілмеді</translation>
    </message>
    <message>
        <source>Not signed: {0}</source>
        <translation>Қол қойылмады: {0}</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Number, title, correspondent</source>
        <translation>Нөмірі, тақырыбы, корреспондент</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>On approval</source>
        <translation>Келісуде</translation>
    </message>
    <message>
        <source>Only a clerk can register documents.</source>
        <translation>Құжаттарды тек іс жүргізуші тіркей алады.</translation>
    </message>
    <message>
        <source>Only a draft (or one returned for rework) can be changed.</source>
        <translation>Тек жобаны (немесе пысықтауға қайтарылған құжатты) өзгертуге болады.</translation>
    </message>
    <message>
        <source>Only a head can delegate.</source>
        <translation>Өкілеттікті тек басшы бере алады.</translation>
    </message>
    <message>
        <source>Only a head can write resolutions.</source>
        <translation>Бұрыштаманы тек басшы жазады.</translation>
    </message>
    <message>
        <source>Only a head or an administrator can configure journals.</source>
        <translation>Журналдарды тек басшы немесе әкімші баптай алады.</translation>
    </message>
    <message>
        <source>Only an executor of the resolution can report on it.</source>
        <translation>Бұрыштама бойынша тек оның орындаушысы есеп бере алады.</translation>
    </message>
    <message>
        <source>Only the author, a head or a current approver can add approvers.</source>
        <translation>Келісушіні автор, басшы немесе ағымдағы кезеңнің келісушісі ғана қоса алады.</translation>
    </message>
    <message>
        <source>Only the author, an approver or a head can sign.</source>
        <translation>Қолды автор, келісуші немесе басшы ғана қоя алады.</translation>
    </message>
    <message>
        <source>Only the document&apos;s author can change the draft.</source>
        <translation>Жобаны тек оның авторы өзгерте алады.</translation>
    </message>
    <message>
        <source>Only the head who gave it can revoke a delegation.</source>
        <translation>Өкілеттікті оны берген басшы ғана кері қайтара алады.</translation>
    </message>
    <message>
        <source>Only the resolution&apos;s author, a head or a clerk can remove it from control.</source>
        <translation>Бақылаудан бұрыштама авторы, басшы немесе іс жүргізуші ғана шығара алады.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Бұйрық</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Бұйрықтар</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Шығыс</translation>
    </message>
    <message>
        <source>Outgoing documents</source>
        <translation>Шығыс құжаттар</translation>
    </message>
    <message>
        <source>Put under &amp;control</source>
        <translation>&amp;Бақылауға алу</translation>
    </message>
    <message>
        <source>R&amp;oute</source>
        <translation>&amp;Бағыт</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Қа&amp;былдамау…</translation>
    </message>
    <message>
        <source>Re&amp;port on execution…</source>
        <translation>Орындалуы туралы &amp;есеп…</translation>
    </message>
    <message>
        <source>Re&amp;solution…</source>
        <translation>Бұ&amp;рыштама…</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <source>Registered by:</source>
        <translation>Тіркеген:</translation>
    </message>
    <message>
        <source>Registration:</source>
        <translation>Тіркелуі:</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Қабылдамау</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <source>Remove from &amp;control</source>
        <translation>Бақылаудан &amp;шығару</translation>
    </message>
    <message>
        <source>Removed from control</source>
        <translation>Бақылаудан шығарды</translation>
    </message>
    <message>
        <source>Report on execution</source>
        <translation>Орындалуы туралы есеп</translation>
    </message>
    <message>
        <source>Reported on execution</source>
        <translation>Орындалуы туралы есеп берді</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Бұрыштама</translation>
    </message>
    <message>
        <source>Resolution / report</source>
        <translation>Бұрыштама / есеп</translation>
    </message>
    <message>
        <source>Return for re&amp;work…</source>
        <translation>&amp;Пысықтауға қайтару…</translation>
    </message>
    <message>
        <source>Return for rework</source>
        <translation>Пысықтауға қайтару</translation>
    </message>
    <message>
        <source>Returned for rework</source>
        <translation>Пысықтауға қайтарылды</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Жай-күйі:</translation>
    </message>
    <message>
        <source>Send for &amp;familiarisation…</source>
        <translation>Та&amp;нысуға жіберу…</translation>
    </message>
    <message>
        <source>Send for appro&amp;val…</source>
        <translation>Кел&amp;ісуге жіберу…</translation>
    </message>
    <message>
        <source>Send for approval</source>
        <translation>Келісуге жіберу</translation>
    </message>
    <message>
        <source>Send for familiarisation</source>
        <translation>Танысуға жіберу</translation>
    </message>
    <message>
        <source>Sent for approval</source>
        <translation>Келісуге жіберді</translation>
    </message>
    <message>
        <source>Sent for familiarisation</source>
        <translation>Танысуға жіберді</translation>
    </message>
    <message>
        <source>Si&amp;gn…</source>
        <translation>&amp;Қол қою…</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Қол қою</translation>
    </message>
    <message>
        <source>Signatures are valid only if their certificates lead to one of these roots — the national certification centre&apos;s, which your IT administrator provides.</source>
        <translation>Қолтаңба оның сертификаты осы түбірлік сертификаттардың біріне — АТ әкімшісі беретін Ұлттық куәландырушы орталықтың сертификаттарына апарса ғана жарамды.</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Қол қойылды</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Қол қоюшы</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>Stage / approver</source>
        <translation>Кезең / келісуші</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Жай-күйі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Жай-күйі</translation>
    </message>
    <message>
        <source>Su&amp;mmarise with the assistant</source>
        <translation>Көмекші арқылы қысқаша &amp;мазмұн</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Мазмұны:</translation>
    </message>
    <message>
        <source>The approval route is complete</source>
        <translation>Келісу бағыты аяқталды</translation>
    </message>
    <message>
        <source>The assistant picks the key sentences of this document (or a language model summarises it, if one is connected). Nothing in the document changes.</source>
        <translation>Көмекші құжаттың негізгі сөйлемдерін іріктейді (тіл моделі қосылған болса, қысқаша мазмұнын сол жазады). Құжаттың өзі өзгермейді.</translation>
    </message>
    <message>
        <source>The delegation does not exist.</source>
        <translation>Мұндай өкілеттік берілмеген.</translation>
    </message>
    <message>
        <source>The delegation ends before it starts.</source>
        <translation>Өкілеттік басталмай жатып аяқталады.</translation>
    </message>
    <message>
        <source>The delegation is not in force today.</source>
        <translation>Бұл өкілеттік бүгін күшінде емес.</translation>
    </message>
    <message>
        <source>The document does not exist or you have no access to it.</source>
        <translation>Құжат жоқ немесе сізде оған қолжетімділік жоқ.</translation>
    </message>
    <message>
        <source>The document is not on approval.</source>
        <translation>Құжат келісуде емес.</translation>
    </message>
    <message>
        <source>The document is registered already.</source>
        <translation>Құжат тіркеліп қойған.</translation>
    </message>
    <message>
        <source>The document this one answers does not exist.</source>
        <translation>Жауап берілетін құжат жоқ.</translation>
    </message>
    <message>
        <source>The file is not attached to this document.</source>
        <translation>Бұл файл құжатқа тіркелмеген.</translation>
    </message>
    <message>
        <source>The file is not on this computer yet.</source>
        <translation>Файл бұл компьютерде әлі жоқ.</translation>
    </message>
    <message>
        <source>The file «{0}» is signed as it is; it is never changed.</source>
        <translation>«{0}» файлына сол күйінде қол қойылады; ол ешқашан өзгертілмейді.</translation>
    </message>
    <message>
        <source>The file&apos;s text is too long for the search.</source>
        <translation>Файлдың мәтіні іздеу үшін тым ұзын.</translation>
    </message>
    <message>
        <source>The lead executor has not reported yet.</source>
        <translation>Жауапты орындаушы әлі есеп берген жоқ.</translation>
    </message>
    <message>
        <source>The resolution does not exist.</source>
        <translation>Мұндай бұрыштама жоқ.</translation>
    </message>
    <message>
        <source>The resolution has been reported on already.</source>
        <translation>Бұрыштама бойынша есеп берілген.</translation>
    </message>
    <message>
        <source>The signed file is not a version of this attachment.</source>
        <translation>Қол қойылған файл бұл тіркеменің нұсқасы емес.</translation>
    </message>
    <message>
        <source>The text of the file (the file itself opens in its own program):</source>
        <translation>Файлдың мәтіні (файлдың өзі өз бағдарламасында ашылады):</translation>
    </message>
    <message>
        <source>They have all been sent the document already.</source>
        <translation>Құжат олардың бәріне жіберіліп қойған.</translation>
    </message>
    <message>
        <source>This delegation exists already.</source>
        <translation>Мұндай өкілеттік бұрыннан бар.</translation>
    </message>
    <message>
        <source>This delegation was given to someone else.</source>
        <translation>Бұл өкілеттік басқа адамға берілген.</translation>
    </message>
    <message>
        <source>This document exists already.</source>
        <translation>Мұндай құжат бұрыннан бар.</translation>
    </message>
    <message>
        <source>This document has not been sent for approval.</source>
        <translation>Құжат келісуге жіберілмеген.</translation>
    </message>
    <message>
        <source>This document is not here (any more).</source>
        <translation>Бұл құжат мұнда жоқ (енді жоқ).</translation>
    </message>
    <message>
        <source>This file is attached already.</source>
        <translation>Бұл файл тіркеліп қойған.</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Осы айда</translation>
    </message>
    <message>
        <source>This resolution exists already.</source>
        <translation>Мұндай бұрыштама бұрыннан бар.</translation>
    </message>
    <message>
        <source>This version is the same as the current one.</source>
        <translation>Бұл нұсқа ағымдағымен бірдей.</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Осы жылы</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>Trusted &amp;CA certificates (PEM):</source>
        <translation>&amp;Сенімді түбірлік сертификаттар (PEM):</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>With &amp;NCALayer</source>
        <translation>&amp;NCALayer арқылы</translation>
    </message>
    <message>
        <source>With a &amp;key file (PKCS#12)</source>
        <translation>&amp;Кілт файлымен (PKCS#12)</translation>
    </message>
    <message>
        <source>Write what is to be done.</source>
        <translation>Не істеу керектігін жазыңыз.</translation>
    </message>
    <message>
        <source>Write why: the author will read it.</source>
        <translation>Себебін жазыңыз: автор оны оқиды.</translation>
    </message>
    <message>
        <source>Wrote a resolution</source>
        <translation>Бұрыштама жазды</translation>
    </message>
    <message>
        <source>You cannot delegate to yourself.</source>
        <translation>Өкілеттікті өзіңізге беруге болмайды.</translation>
    </message>
    <message>
        <source>You were not asked to read this document.</source>
        <translation>Сіз бұл құжатпен танысуға жіберілмегенсіз.</translation>
    </message>
    <message>
        <source>a majority must approve</source>
        <translation>көпшілігі келісуі керек</translation>
    </message>
    <message>
        <source>a stage must be an object</source>
        <translation>Бағыт кезеңі дұрыс көрсетілмеген.</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>келісілді</translation>
    </message>
    <message>
        <source>being given…</source>
        <translation>берілуде…</translation>
    </message>
    <message>
        <source>cannot be checked here (GOST key): check it in NCALayer</source>
        <translation>мұнда тексеру мүмкін емес (ГОСТ кілті): NCALayer-де тексеріңіз</translation>
    </message>
    <message>
        <source>current stage</source>
        <translation>ағымдағы кезең</translation>
    </message>
    <message>
        <source>done</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <source>every approver must approve</source>
        <translation>барлығы келісуі керек</translation>
    </message>
    <message>
        <source>file not on this computer</source>
        <translation>файл бұл компьютерде жоқ</translation>
    </message>
    <message>
        <source>in execution</source>
        <translation>орындалуда</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>тіркелмеген</translation>
    </message>
    <message>
        <source>not yet sent to the server</source>
        <translation>серверге әлі жіберілмеген</translation>
    </message>
    <message>
        <source>one approval is enough</source>
        <translation>біреуінің келісімі жеткілікті</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <source>reported, under control</source>
        <translation>есеп берілді, бақылауда</translation>
    </message>
    <message>
        <source>returned for rework</source>
        <translation>пысықтауға қайтарылды</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>жарамды</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>күтілуде</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>{0} (lead)</source>
        <translation>{0} (жауапты)</translation>
    </message>
    <message>
        <source>{0} for {1}</source>
        <translation>{0} ({1} орнына)</translation>
    </message>
    <message>
        <source>{0} may act for you until {1}.</source>
        <translation>{0} {1} дейін (қоса алғанда) сіздің орныңызға әрекет ете алады.</translation>
    </message>
    <message>
        <source>{0} — overdue</source>
        <translation>{0} — мерзімі өтті</translation>
    </message>
    <message>
        <source>№ pending…</source>
        <translation>№ берілуде…</translation>
    </message>
</context>
</TS>
