<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>AssignTexts</name>
    <message numerus="yes">
        <source>%n request(s) assigned to {0}</source>
        <translation>
            <numerusform>%n өтініш тағайындалды, орындаушы: {0}</numerusform>
            <numerusform>%n өтініш тағайындалды, орындаушы: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) were not assigned</source>
        <translation>
            <numerusform>%n өтініш тағайындалмады</numerusform>
            <numerusform>%n өтініш тағайындалмады</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n request(s)</source>
        <translation>
            <numerusform>Орындаушы тағайындау: %n өтініш</numerusform>
            <numerusform>Орындаушы тағайындау: %n өтініш</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EgovPlurals</name>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n жұмыс күні</numerusform>
            <numerusform>%n жұмыс күні</numerusform>
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
        <source>%n working day(s) left</source>
        <comment>short, in a table column</comment>
        <translation>
            <numerusform>%n жұмыс күні қалды</numerusform>
            <numerusform>%n жұмыс күні қалды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) overdue</source>
        <translation>
            <numerusform>%n жұмыс күнге кешіктірілді</numerusform>
            <numerusform>%n жұмыс күнге кешіктірілді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) overdue</source>
        <comment>short, in a table column</comment>
        <translation>
            <numerusform>%n жұмыс күнге кешікті</numerusform>
            <numerusform>%n жұмыс күнге кешікті</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wp_egov</name>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Файл тіркеу…</translation>
    </message>
    <message>
        <source>&amp;Draft a reply with the assistant</source>
        <translation>Көмекшімен &amp;жауап жобасын дайындау</translation>
    </message>
    <message>
        <source>&amp;Executor:</source>
        <translation>&amp;Орындаушы:</translation>
    </message>
    <message>
        <source>&amp;Name of the view (a view of the same name is replaced):</source>
        <translation>Сүзгінің &amp;атауы (атауы бірдей сүзгі ауыстырылады):</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>&amp;Жаңа атауы:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Кезең:</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>A BIN has 12 digits.</source>
        <translation>БСН 12 цифрдан тұрады.</translation>
    </message>
    <message>
        <source>A BIN has digits only.</source>
        <translation>БСН тек цифрлардан тұрады.</translation>
    </message>
    <message>
        <source>A reply carries at most 50 files.</source>
        <translation>Жауапқа 50 файлдан артық тіркеуге болмайды.</translation>
    </message>
    <message>
        <source>A request cannot be merged into itself.</source>
        <translation>Өтінішті өзімен біріктіруге болмайды.</translation>
    </message>
    <message>
        <source>A service code is 2–32 capital Latin letters, digits or _.</source>
        <translation>Қызмет коды — 2–32 бас латын әрпі, цифр немесе _.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Барлық арналар</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Барлық қызметтер</translation>
    </message>
    <message>
        <source>An IIN has 12 digits.</source>
        <translation>ЖСН 12 цифрдан тұрады.</translation>
    </message>
    <message>
        <source>An IIN has digits only.</source>
        <translation>ЖСН тек цифрлардан тұрады.</translation>
    </message>
    <message>
        <source>An attached file is not described properly.</source>
        <translation>Тіркелген файлдың сипаттамасы дұрыс емес.</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Жауап берілді</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>Жауап мерзімі өткен соң берілді</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>Жауап мерзімінде берілді</translation>
    </message>
    <message>
        <source>Answering a request of another state body</source>
        <translation>Басқа мемлекеттік органның сұрауына жауап беру</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Applicant (personal data)</source>
        <translation>Өтініш беруші (дербес деректер)</translation>
    </message>
    <message>
        <source>Applicant answered</source>
        <translation>Өтініш беруші жауап берді</translation>
    </message>
    <message>
        <source>Applicant told of the extension</source>
        <translation>Өтініш берушіге ұзарту туралы хабарланды</translation>
    </message>
    <message>
        <source>Ask the applicant</source>
        <translation>Өтініш берушіге сұрау</translation>
    </message>
    <message>
        <source>Ask the applicant… (W)</source>
        <translation>Өтініш берушіден сұрау… (W)</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Тағайындау</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Тағайындалды</translation>
    </message>
    <message>
        <source>Assign… (A)</source>
        <translation>Тағайындау… (A)</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Мерзімі бұзылу қаупінде</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Тіркелген файлдар</translation>
    </message>
    <message>
        <source>Attached to the reply: {0}</source>
        <translation>Жауапқа тіркелген: {0}</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>Өтініш түрлері бойынша</translation>
    </message>
    <message>
        <source>CSV, separated by semicolons (*.csv)</source>
        <translation>CSV, нүктелі үтірмен бөлінген (*.csv)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Арна</translation>
    </message>
    <message>
        <source>Checking for duplicate requests</source>
        <translation>Қайталама өтініштерді тексеру</translation>
    </message>
    <message>
        <source>Checking the applicant&apos;s identity</source>
        <translation>Өтініш берушінің жеке басын анықтау</translation>
    </message>
    <message>
        <source>Choose or type…</source>
        <translation>Таңдаңыз немесе енгізіңіз…</translation>
    </message>
    <message>
        <source>Choose the requests to merge.</source>
        <translation>Біріктіретін өтініштерді таңдаңыз.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Бақылаудан алынды</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Contacts and address</source>
        <translation>Байланыс деректері мен мекенжай</translation>
    </message>
    <message>
        <source>Count again (F5)</source>
        <translation>Қайта есептеу (F5)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Есептелуде…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Date of registration</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Мерзімдердің сақталуы</translation>
    </message>
    <message>
        <source>Deadlines: overdue share {0}</source>
        <translation>Мерзімдер: бұзылу үлесі {0}</translation>
    </message>
    <message>
        <source>Delete the view</source>
        <translation>Сүзгіні жою</translation>
    </message>
    <message>
        <source>Department queue</source>
        <translation>Бөлім кезегі</translation>
    </message>
    <message>
        <source>Digit 5 of a BIN is 4, 5 or 6 (the kind of legal entity).</source>
        <translation>БСН-нің 5-цифры — 4, 5 немесе 6 (заңды тұлғаның түрі).</translation>
    </message>
    <message>
        <source>Digit 6 of a BIN is 0–3 (head office, branch, representative office, farm).</source>
        <translation>БСН-нің 6-цифры — 0–3 (бас ұйым, филиал, өкілдік, шаруа қожалығы).</translation>
    </message>
    <message>
        <source>Digit 7 of an IIN is 1–6 (century of birth and sex).</source>
        <translation>ЖСН-нің 7-цифры — 1–6 (туған ғасыры мен жынысы).</translation>
    </message>
    <message>
        <source>Digits 3–4 of a BIN are the month of registration (01–12).</source>
        <translation>БСН-нің 3–4-цифрлары — тіркелген айы (01–12).</translation>
    </message>
    <message>
        <source>Document linked</source>
        <translation>Құжат байланыстырылды</translation>
    </message>
    <message>
        <source>Duplicates merged in</source>
        <translation>Қайталама өтініштер біріктірілді</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <source>Executor {0}</source>
        <translation>Орындаушы {0}</translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>Статистиканы жүктеп алу</translation>
    </message>
    <message>
        <source>Export… (Ctrl+S)</source>
        <translation>Жүктеп алу… (Ctrl+S)</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Ұзарту</translation>
    </message>
    <message>
        <source>Extend the term</source>
        <translation>Мерзімді ұзарту</translation>
    </message>
    <message>
        <source>Extend the term… (E)</source>
        <translation>Мерзімді ұзарту… (E)</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Ұзартылды</translation>
    </message>
    <message>
        <source>F2 renames, Delete deletes</source>
        <translation>F2 — атауын өзгерту, Delete — жою</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Files to attach to the reply</source>
        <translation>Жауапқа тіркелетін файлдар</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Жолдау</translation>
    </message>
    <message>
        <source>Forward to the competent body</source>
        <translation>Құзыреті бойынша жолдау</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Жолданды</translation>
    </message>
    <message>
        <source>Forwarded or merged (not counted)</source>
        <translation>Жолданғаны немесе біріктірілгені (есепке алынбайды)</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>Жолданған орган</translation>
    </message>
    <message>
        <source>Forward… (F)</source>
        <translation>Жолдау… (F)</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Қанағаттандырылды</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <source>How they stand</source>
        <translation>Жағдайы</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <source>In work</source>
        <translation>Жұмыста</translation>
    </message>
    <message>
        <source>In work, on time</source>
        <translation>Жұмыста, мерзімінде</translation>
    </message>
    <message>
        <source>In work, overdue</source>
        <translation>Жұмыста, мерзімі өткен</translation>
    </message>
    <message>
        <source>Incoming per day</source>
        <translation>Күн сайын түскені</translation>
    </message>
    <message>
        <source>Incoming per week</source>
        <translation>Апта сайын түскені</translation>
    </message>
    <message>
        <source>Individual (IIN)</source>
        <translation>Жеке тұлға (ЖСН)</translation>
    </message>
    <message>
        <source>Its number comes from the server.</source>
        <translation>Тіркеу нөмірін сервер береді.</translation>
    </message>
    <message>
        <source>Keep this queue with its search and filters under a name, in the list on the left</source>
        <translation>Осы кезекті іздеуі мен сүзгілерімен бірге атау беріп, сол жақтағы тізімде сақтау</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Language of the reply</source>
        <translation>Жауап тілі</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Соңғы 3 ай</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Соңғы 30 күн</translation>
    </message>
    <message>
        <source>Legal entity (BIN)</source>
        <translation>Заңды тұлға (БСН)</translation>
    </message>
    <message>
        <source>Median working days</source>
        <translation>Медианасы, жұмыс күні</translation>
    </message>
    <message>
        <source>Median working days to answer</source>
        <translation>Жауап берудің медианалық мерзімі, жұмыс күні</translation>
    </message>
    <message>
        <source>Median working days to answer: {0}</source>
        <translation>Жауап берудің медианалық мерзімі: {0} жұмыс күні</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Біріктірілді</translation>
    </message>
    <message>
        <source>Merged into another request</source>
        <translation>Басқа өтінішпен біріктірілді</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>Менің өтініштерім</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні / атауы</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>Жаңа мерзім</translation>
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
        <translation>Есепке алынбайды</translation>
    </message>
    <message>
        <source>Notice to the applicant</source>
        <translation>Өтініш берушіге хабарлама</translation>
    </message>
    <message>
        <source>Of them late</source>
        <translation>Оның ішінде мерзімі бұзылғаны</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Мерзімінде</translation>
    </message>
    <message>
        <source>Only an administrator or a head can change the catalogue.</source>
        <translation>Қызметтер анықтамалығын тек әкімші немесе басшы өзгерте алады.</translation>
    </message>
    <message>
        <source>Only the executor or the head of the department can do this.</source>
        <translation>Мұны тек орындаушы немесе бөлім басшысы жасай алады.</translation>
    </message>
    <message>
        <source>Only the head of the department can extend the term.</source>
        <translation>Мерзімді тек бөлім басшысы ұзарта алады.</translation>
    </message>
    <message>
        <source>Only the head of the department or a clerk assigns requests.</source>
        <translation>Орындаушыны тек бөлім басшысы немесе іс жүргізуші тағайындайды.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Overdue share, %</source>
        <translation>Мерзімі бұзылғандардың үлесі, %</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Мерзім тоқтатылды</translation>
    </message>
    <message>
        <source>Per executor</source>
        <translation>Орындаушылар бойынша</translation>
    </message>
    <message>
        <source>Per executor (the {0} with the most requests)</source>
        <translation>Орындаушылар бойынша (өтініші ең көп {0} орындаушы)</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Кезеңнің басы</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Кезеңнің соңы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Пошта</translation>
    </message>
    <message>
        <source>Preparing the reply to the applicant</source>
        <translation>Өтініш берушіге жауап дайындау</translation>
    </message>
    <message>
        <source>Re&amp;move the file</source>
        <translation>Файлды &amp;алып тастау</translation>
    </message>
    <message>
        <source>Record and show</source>
        <translation>Тіркеп, көрсету</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <source>Register a citizen&apos;s request</source>
        <translation>Өтінішті тіркеу</translation>
    </message>
    <message>
        <source>Register a citizen&apos;s request (Ctrl+Shift+R)</source>
        <translation>Өтінішті тіркеу (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Registered</source>
        <comment>column: the date of registration</comment>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <source>Register…</source>
        <translation>Тіркеу…</translation>
    </message>
    <message>
        <source>Registration No.</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Remove from control (C)</source>
        <translation>Бақылаудан алу (C)</translation>
    </message>
    <message>
        <source>Rename the view</source>
        <translation>Сүзгінің атауын өзгерту</translation>
    </message>
    <message>
        <source>Rename the view…</source>
        <translation>Сүзгінің атауын өзгерту…</translation>
    </message>
    <message>
        <source>Reply sent: {0}</source>
        <translation>Жауап жіберілді: {0}</translation>
    </message>
    <message>
        <source>Reply to the applicant</source>
        <translation>Өтініш берушіге жауап</translation>
    </message>
    <message>
        <source>Reply… (R)</source>
        <translation>Жауап беру… (R)</translation>
    </message>
    <message>
        <source>Request {0}: {1}. The deadline follows its term.</source>
        <translation>№ {0} өтініш: «{1}». Мерзімі осы түрдің мерзімімен қайта есептелді.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <source>Requests of the queue</source>
        <translation>Кезектегі өтініштер</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Save the figures as an Excel workbook (XLSX) or CSV</source>
        <translation>Көрсеткіштерді Excel кітабына (XLSX) немесе CSV-ге сақтау</translation>
    </message>
    <message>
        <source>Save the view</source>
        <translation>Сүзгіні сақтау</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Сүзгіні сақтау…</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Сақталған сүзгілер</translation>
    </message>
    <message>
        <source>Search subject and text (/ from the table)</source>
        <translation>Тақырып пен мәтін бойынша іздеу (кестеден /)</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Жауапты жіберу</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Өтініш түрі</translation>
    </message>
    <message>
        <source>Service centre</source>
        <translation>ХҚКО</translation>
    </message>
    <message>
        <source>Service changed</source>
        <translation>Өтініш түрі өзгертілді</translation>
    </message>
    <message>
        <source>Share, %</source>
        <translation>Үлесі, %</translation>
    </message>
    <message>
        <source>Show the applicant&apos;s personal data</source>
        <translation>Өтініш берушінің дербес деректерін қарау</translation>
    </message>
    <message>
        <source>Shows the full number and contacts; you will be asked why, and the look is recorded in the personal-data audit trail.</source>
        <translation>Толық нөмір мен байланыс деректерін көрсетеді. Қарау мақсаты сұралады; қарау дербес деректерге қол жеткізу журналына жазылады.</translation>
    </message>
    <message>
        <source>Show…</source>
        <translation>Көрсету…</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Бөлінді</translation>
    </message>
    <message>
        <source>Split from another request</source>
        <translation>Басқа өтініштен бөлінді</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Stop the clock</source>
        <translation>Мерзімді тоқтата тұру</translation>
    </message>
    <message>
        <source>Su&amp;ggest service type</source>
        <translation>Өтініш &amp;түрін ұсыну</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Жиынтық</translation>
    </message>
    <message>
        <source>Take into work (T)</source>
        <translation>Жұмысқа алу (T)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Үлгі</translation>
    </message>
    <message>
        <source>Term extended</source>
        <translation>Мерзімі ұзартылды</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <source>Text of the request</source>
        <translation>Өтініш мәтіні</translation>
    </message>
    <message>
        <source>The BIN&apos;s check digit does not match: check the number for a typing error.</source>
        <translation>БСН-нің бақылау цифры сәйкес келмейді: нөмірде қате жоқ па, тексеріңіз.</translation>
    </message>
    <message>
        <source>The IIN&apos;s check digit does not match: check the number for a typing error.</source>
        <translation>ЖСН-нің бақылау цифры сәйкес келмейді: нөмірде қате жоқ па, тексеріңіз.</translation>
    </message>
    <message>
        <source>The applicant is missing.</source>
        <translation>Өтініш беруші көрсетілмеген.</translation>
    </message>
    <message>
        <source>The assistant drafts a reply from the reply template in the request&apos;s language. The draft opens in the assistant for you to check and edit; nothing is sent.</source>
        <translation>Көмекші өтініш тіліндегі жауап үлгісі бойынша жоба дайындайды. Жоба көмекшіде ашылады: оны тексеріп, түзетіңіз. Ештеңе жіберілмейді.</translation>
    </message>
    <message>
        <source>The assistant proposes a service type from the text of the request. The type changes only if you accept the proposal.</source>
        <translation>Көмекші өтініш мәтіні бойынша оның түрін ұсынады. Түрі сіз ұсынысты қабылдасаңыз ғана өзгереді.</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>Өзгеріс енгізілмеді</translation>
    </message>
    <message>
        <source>The deadline cannot be counted: no working-day calendar for that year.</source>
        <translation>Мерзімді есептеу мүмкін емес: осы жылға өндірістік күнтізбе жоқ.</translation>
    </message>
    <message>
        <source>The executor sees the requests in &quot;My requests&quot; and the deadlines keep running.</source>
        <translation>Орындаушы өтініштерді «Менің өтініштерім» кезегінен көреді; мерзімдер тоқтамайды.</translation>
    </message>
    <message>
        <source>The file {0} could not be attached: {1}</source>
        <translation>{0} файлын тіркеу мүмкін болмады: {1}</translation>
    </message>
    <message>
        <source>The first 6 digits of an IIN are the date of birth (YYMMDD); this date does not exist.</source>
        <translation>ЖСН-нің алғашқы 6 цифры — туған күні (ЖЖААКК); мұндай күн жоқ.</translation>
    </message>
    <message>
        <source>The look could not be recorded in the audit trail: {0}</source>
        <translation>Қарауды қол жеткізу журналына жазу мүмкін болмады: {0}</translation>
    </message>
    <message>
        <source>The new deadline falls on a day off.</source>
        <translation>Жаңа мерзім демалыс күнге түседі.</translation>
    </message>
    <message>
        <source>The new deadline is not a date.</source>
        <translation>Жаңа мерзім күн емес.</translation>
    </message>
    <message>
        <source>The new deadline must be later than the current one.</source>
        <translation>Жаңа мерзім қазіргіден кейін болуы тиіс.</translation>
    </message>
    <message>
        <source>The number is not valid.</source>
        <translation>Нөмір жарамсыз.</translation>
    </message>
    <message>
        <source>The personal data was not shown</source>
        <translation>Дербес деректер көрсетілмеді</translation>
    </message>
    <message>
        <source>The reasoned decision: why the request needs more time (at most two months from registration in all). Tell the applicant within 3 working days.</source>
        <translation>Дәлелді шешім: неге көбірек уақыт қажет (барлығы тіркелген күннен бастап екі айдан аспауы тиіс). Өтініш берушіге 3 жұмыс күні ішінде хабарлаңыз.</translation>
    </message>
    <message>
        <source>The reply is sent with the decision of the template: answered, granted or refused.</source>
        <translation>Жауап үлгідегі шешіммен жіберіледі: жауап берілді, қанағаттандырылды немесе бас тартылды.</translation>
    </message>
    <message>
        <source>The reply was not sent</source>
        <translation>Жауап жіберілмеді</translation>
    </message>
    <message>
        <source>The request does not exist or is not yours to see.</source>
        <translation>Өтініш табылмады немесе сізге қолжетімсіз.</translation>
    </message>
    <message>
        <source>The request is registered</source>
        <translation>Өтініш тіркелді</translation>
    </message>
    <message>
        <source>The service type is changed</source>
        <translation>Өтініш түрі өзгертілді</translation>
    </message>
    <message>
        <source>The statistics are saved</source>
        <translation>Статистика сақталды</translation>
    </message>
    <message>
        <source>The statistics were not saved</source>
        <translation>Статистика сақталмады</translation>
    </message>
    <message>
        <source>The term is 1 to 60 working days.</source>
        <translation>Мерзімі — 1-ден 60 жұмыс күніне дейін.</translation>
    </message>
    <message>
        <source>The term of this request was not extended.</source>
        <translation>Бұл өтініштің мерзімі ұзартылмаған.</translation>
    </message>
    <message>
        <source>The working-day calendar has no data for this date. Ask the administrator to publish the calendar for the year.</source>
        <translation>Өндірістік күнтізбеде бұл күнге деректер жоқ. Әкімшіден осы жылдың күнтізбесін жариялауды сұраңыз.</translation>
    </message>
    <message>
        <source>There is no such service in the catalogue.</source>
        <translation>Анықтамалықта мұндай қызмет жоқ.</translation>
    </message>
    <message>
        <source>This cannot be done with the request in its current state.</source>
        <translation>Өтініштің қазіргі мәртебесінде бұл әрекет қолжетімсіз.</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Осы ай</translation>
    </message>
    <message>
        <source>This request is registered already.</source>
        <translation>Бұл өтініш тіркеліп қойған.</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Осы жыл</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Қалған уақыт</translation>
    </message>
    <message>
        <source>Time to answer</source>
        <translation>Жауап беру мерзімі</translation>
    </message>
    <message>
        <source>Unknown channel.</source>
        <translation>Түсу арнасы белгісіз.</translation>
    </message>
    <message>
        <source>Unknown decision.</source>
        <translation>Шешім белгісіз.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Waiting for applicant</source>
        <translation>Өтініш берушіні күтуде</translation>
    </message>
    <message>
        <source>Waiting for the applicant</source>
        <translation>Өтініш берушіні күту</translation>
    </message>
    <message>
        <source>What do you need from the applicant? The deadline stops until they answer.</source>
        <translation>Өтініш берушіден не қажет? Ол жауап бергенге дейін мерзім тоқтатыла тұрады.</translation>
    </message>
    <message>
        <source>Which body is competent? The law gives 3 working days from registration.</source>
        <translation>Қай органға құзыреті бойынша жолдау керек? Заң тіркелген күннен бастап 3 жұмыс күнін береді.</translation>
    </message>
    <message>
        <source>Why do you need the full IIN and contacts? Your answer, your name and the time are recorded in the personal-data audit trail before the data is shown.</source>
        <translation>Толық ЖСН мен байланыс деректері не үшін қажет? Мақсат, сіздің атыңыз бен уақыт деректер көрсетілгенге дейін дербес деректерге қол жеткізу журналына жазылады.</translation>
    </message>
    <message>
        <source>With an answer</source>
        <translation>Жауап берілгені</translation>
    </message>
    <message>
        <source>With extensions a request may be reviewed for at most two months from registration.</source>
        <translation>Ұзартуды қоса алғанда, өтініш тіркелген күннен бастап екі айдан аспайтын мерзімде қаралады.</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Жұмыс күндері</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>мерзімі бүгін</translation>
    </message>
    <message>
        <source>e-Otinish</source>
        <translation>e-Otinish</translation>
    </message>
    <message>
        <source>eGov portal</source>
        <translation>eGov порталы</translation>
    </message>
    <message>
        <source>forwarded or merged (not counted): {0}</source>
        <translation>жолданғаны немесе біріктірілгені (есепке алынбайды): {0}</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>жасырылған</translation>
    </message>
    <message>
        <source>median time to answer: {0} working days</source>
        <translation>жауап берудің медианалық мерзімі: {0} жұмыс күні</translation>
    </message>
    <message>
        <source>overdue share: {0}</source>
        <translation>мерзімі бұзылғандардың үлесі: {0}</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>тоқтатылған</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>күтілуде</translation>
    </message>
    <message>
        <source>registered: {0}</source>
        <translation>тіркелгені: {0}</translation>
    </message>
    <message>
        <source>requests-{0}-{1}</source>
        <translation>otinishter-{0}-{1}</translation>
    </message>
    <message>
        <source>until {0}: {1}</source>
        <translation>{0} дейін: {1}</translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <source>{0}: {1}. Choose another folder or name.</source>
        <translation>{0}: {1}. Басқа қалтаны немесе файл атын таңдаңыз.</translation>
    </message>
</context>
</TS>
