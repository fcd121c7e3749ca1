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
    <name>Accounts</name>
    <message>
        <source>&amp;Add account…</source>
        <translation>Есептік жазба &amp;қосу…</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Ұмыту</translation>
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation>&amp;Ауысу</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Есептік жазбалар</translation>
    </message>
    <message>
        <source>Servers and user names you have signed in with on this computer. Passwords are not kept.</source>
        <translation>Осы компьютерде кірген серверлер мен пайдаланушы аттары. Құпиясөздер сақталмайды.</translation>
    </message>
    <message>
        <source>current</source>
        <translation>ағымдағы</translation>
    </message>
    <message>
        <source>stays signed in</source>
        <translation>кіру сақталған</translation>
    </message>
</context>
<context>
    <name>ChangesPage</name>
    <message numerus="yes">
        <source>%n change(s) refused by the server</source>
        <translation>
            <numerusform>Сервер %n өзгерісті қабылдамады</numerusform>
            <numerusform>Сервер %n өзгерісті қабылдамады</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n өзгеріс жіберуді күтуде</numerusform>
            <numerusform>%n өзгеріс жіберуді күтуде</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n қайшылықты шешу қажет</numerusform>
            <numerusform>%n қайшылықты шешу қажет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more waiting change(s) are not listed.</source>
        <translation>
            <numerusform>Күтудегі тағы %n өзгеріс тізімде көрсетілмеген.</numerusform>
            <numerusform>Күтудегі тағы %n өзгеріс тізімде көрсетілмеген.</numerusform>
        </translation>
    </message>
    <message>
        <source>(deleted on the server)</source>
        <translation>(серверде жойылған)</translation>
    </message>
    <message>
        <source>Action: {0}</source>
        <translation>Әрекет: {0}</translation>
    </message>
    <message>
        <source>All your changes have reached the server.</source>
        <translation>Барлық өзгерістеріңіз серверге жеткізілді.</translation>
    </message>
    <message>
        <source>Changes are saved on this computer first and sent to the server when it can be reached.</source>
        <translation>Өзгерістер алдымен осы компьютерде сақталады және сервер қолжетімді болғанда оған жіберіледі.</translation>
    </message>
    <message>
        <source>Changes made without a connection wait here until they are sent. Conflicts and refused changes also appear here.</source>
        <translation>Байланыссыз енгізілген өзгерістер жіберілгенге дейін осында күтеді. Қайшылықтар мен қабылданбаған өзгерістер де осында көрсетіледі.</translation>
    </message>
    <message>
        <source>Discard the change</source>
        <translation>Өзгерістен бас тарту</translation>
    </message>
    <message>
        <source>Discard the change to «{0}»</source>
        <translation>«{0}» жазбасындағы өзгерістен бас тарту</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Менің нұсқамды қалдыру</translation>
    </message>
    <message>
        <source>Keep my version of «{0}»</source>
        <translation>«{0}» жазбасы: менің нұсқамды қалдыру</translation>
    </message>
    <message>
        <source>Keep the chosen values</source>
        <translation>Таңдалған мәндерді сақтау</translation>
    </message>
    <message>
        <source>Keep the values chosen field by field in «{0}»</source>
        <translation>«{0}» ішінде өріс бойынша таңдалған мәндерді сақтау</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Менікі</translation>
    </message>
    <message>
        <source>My version</source>
        <translation>Менің нұсқам</translation>
    </message>
    <message>
        <source>My version and the server&apos;s version</source>
        <translation>Менің нұсқам және сервердегі нұсқа</translation>
    </message>
    <message>
        <source>Reading the list of changes…</source>
        <translation>Өзгерістер тізімі жүктелуде…</translation>
    </message>
    <message>
        <source>Reason: {0}</source>
        <translation>Себебі: {0}</translation>
    </message>
    <message>
        <source>Record {0}</source>
        <translation>{0} жазбасы</translation>
    </message>
    <message>
        <source>Server&apos;s</source>
        <translation>Сервердегі</translation>
    </message>
    <message>
        <source>Server&apos;s version</source>
        <translation>Сервердегі нұсқа</translation>
    </message>
    <message>
        <source>Someone changed this record on the server while your change was waiting. Compare the versions and choose which one to keep.</source>
        <translation>Өзгерісіңіз жіберуді күтіп тұрғанда, бұл жазбаны серверде басқа пайдаланушы өзгертті. Нұсқаларды салыстырып, қайсысын қалдыру керегін таңдаңыз.</translation>
    </message>
    <message>
        <source>Take the server&apos;s version</source>
        <translation>Сервердегі нұсқаны қабылдау</translation>
    </message>
    <message>
        <source>Take the server&apos;s version of «{0}»</source>
        <translation>«{0}» жазбасы: сервердегі нұсқаны қабылдау</translation>
    </message>
    <message>
        <source>The server refused this change, so it was undone on this computer. Discard it once you have read why; make the change again if it is still needed.</source>
        <translation>Сервер бұл өзгерісті қабылдамады, сондықтан ол осы компьютерде болдырылмады. Себебімен танысып, өзгерістен бас тартыңыз; өзгеріс әлі де қажет болса, оны қайта енгізіңіз.</translation>
    </message>
    <message>
        <source>The versions differ here</source>
        <translation>Мұнда нұсқалар ерекшеленеді</translation>
    </message>
    <message>
        <source>This could not be done: {0}</source>
        <translation>Әрекетті орындау мүмкін болмады: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Tried %n time(s) so far.</source>
        <translation>
            <numerusform>Жіберу әрекеті %n рет жасалды.</numerusform>
            <numerusform>Жіберу әрекеті %n рет жасалды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsent changes</source>
        <translation>Жіберілмеген өзгерістер</translation>
    </message>
    <message>
        <source>Waiting to be sent. It is sent by itself as soon as the server can be reached; nothing needs to be done.</source>
        <translation>Жіберуді күтуде. Сервер қолжетімді болған кезде өзгеріс автоматты түрде жіберіледі; ештеңе істеудің қажеті жоқ.</translation>
    </message>
    <message>
        <source>Which value of «{0}» to keep</source>
        <translation>«{0}» өрісінің қай мәнін қалдыру керек</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Қабылданбау себебі</translation>
    </message>
    <message>
        <source>Your change: {0}</source>
        <translation>Сіздің өзгерісіңіз: {0}</translation>
    </message>
    <message>
        <source>changed {0}</source>
        <translation>{0} өзгертілді</translation>
    </message>
    <message>
        <source>conflict: choose a version</source>
        <translation>қайшылық: нұсқаны таңдаңыз</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>ерекшеленеді</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>сервер қабылдамады</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>жіберуді күтуде</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
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
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
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
        <source>A secure connection to the server could not be established. Check the address; if it is right, tell your IT administrator.</source>
        <translation>Сервермен қорғалған байланыс орнату мүмкін болмады. Мекенжайды тексеріңіз; егер ол дұрыс болса, IT әкімшісіне хабарлаңыз.</translation>
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
        <source>S&amp;tay signed in on this computer</source>
        <translation>Осы компьютерде &amp;жүйеде қалу</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Сервер мекенжайы</translation>
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
        <source>The server&apos;s certificate has expired or is not valid yet, so Workplace did not connect. Check that this computer&apos;s date and time are right; if they are, tell your IT administrator.</source>
        <translation>Сервер сертификатының мерзімі өтіп кеткен немесе әлі басталмаған, сондықтан Workplace қосылмады. Осы компьютердегі күн мен уақыттың дұрыстығын тексеріңіз; егер олар дұрыс болса, IT әкімшісіне хабарлаңыз.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so Workplace did not connect. Tell your IT administrator: the server&apos;s certificate authority must be trusted by this computer or named in the Workplace policy (tls.ca_bundle).</source>
        <translation>Сервер сертификаты сенімді емес, сондықтан Workplace қосылмады. IT әкімшісіне хабарлаңыз: сервердің куәландырушы орталығы осы компьютерде сенімді болуы немесе Workplace саясатында (tls.ca_bundle) көрсетілуі керек.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued for another address, so Workplace did not connect: this may not be your organisation&apos;s server. Check the address; if it is right, tell your IT administrator.</source>
        <translation>Сервер сертификаты басқа мекенжайға берілген, сондықтан Workplace қосылмады: бұл сіздің ұйымыңыздың сервері болмауы мүмкін. Мекенжайды тексеріңіз; егер ол дұрыс болса, IT әкімшісіне хабарлаңыз.</translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. Wait a few minutes and try again.</source>
        <translation>Кіру әрекеттері тым көп рет сәтсіз аяқталды. Бірнеше минут күтіп, әрекетті қайталаңыз.</translation>
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
        <source>Wrong user name or password.</source>
        <translation>Пайдаланушы аты немесе құпиясөз қате.</translation>
    </message>
    <message>
        <source>You can change this later: Ctrl+K, «Change where I work».</source>
        <translation>Мұны кейін өзгертуге болады: Ctrl+K, «Жұмыс орнын өзгерту».</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again.</source>
        <translation>Сеанстың мерзімі аяқталды. Қайта кіріңіз.</translation>
    </message>
    <message>
        <source>Your session was ended: you signed out elsewhere, or it was stopped for safety. Sign in again.</source>
        <translation>Сеансыңыз аяқталды: сіз басқа жерде жүйеден шықтыңыз немесе сеанс қауіпсіздік үшін тоқтатылды. Қайта кіріңіз.</translation>
    </message>
    <message>
        <source>Your sign-in is kept in the system keyring, never in a file. «Sign out» ends it.</source>
        <translation>Кіру деректері файлда емес, жүйелік құпиясөздер қоймасында сақталады. «Шығу» пәрмені оны тоқтатады.</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>The system keyring did not answer ({0}). If it is locked, unlock it and try again; otherwise tell your IT administrator.</source>
        <translation>Жүйелік құпиясөздер қоймасы жауап бермеді ({0}). Егер ол құлыпталған болса, құлпын ашып, әрекетті қайталаңыз; әйтпесе IT әкімшісіне хабарлаңыз.</translation>
    </message>
    <message>
        <source>Workplace cannot keep sign-ins safely on this computer: the system keyring is not available or keeps secrets unencrypted ({0}). Tell your IT administrator to install and unlock a secure keyring: GNOME Keyring or KWallet (Secret Service) on Linux; on Windows and macOS the built-in Credential Manager and Keychain are used.</source>
        <translation>Workplace осы компьютерде кіру деректерін қауіпсіз сақтай алмайды: жүйелік құпиясөздер қоймасы қолжетімсіз немесе құпия деректерді шифрланбаған түрде сақтайды ({0}). IT әкімшісінен қорғалған қойманы орнатып, құлпын ашуды сұраңыз: Linux жүйесінде — GNOME Keyring немесе KWallet (Secret Service); Windows пен macOS жүйелерінде кіріктірілген Credential Manager және Keychain қолданылады.</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>The attachment {0} has not reached the server yet: the colleague who added it may still be offline. Try again later.</source>
        <translation>{0} тіркемесі серверге әлі жеткен жоқ: оны қосқан әріптесіңіз әлі желіден тыс жұмыс істеп жатқан болуы мүмкін. Кейінірек қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The attachment {0} is encrypted, but its key is no longer in this computer&apos;s keyring. Fetch it from the server again, or ask your IT administrator to restore the keyring.</source>
        <translation>{0} тіркемесі шифрланған, бірақ оның кілті бұл компьютердің кілттер қоймасында енді жоқ. Оны серверден қайта жүктеңіз немесе АТ әкімшісінен кілттер қоймасын қалпына келтіруді сұраңыз.</translation>
    </message>
    <message>
        <source>The attachment {0} is not kept on this computer.</source>
        <translation>{0} тіркемесі бұл компьютерде сақталмаған.</translation>
    </message>
    <message>
        <source>The attachment {0} kept on this computer was changed or damaged on disk, so it is not used. Fetch it from the server again.</source>
        <translation>Бұл компьютерде сақталған {0} тіркемесі дискіде өзгертілген немесе бүлінген, сондықтан ол пайдаланылмайды. Оны серверден қайта жүктеңіз.</translation>
    </message>
    <message>
        <source>The local copy of your data ({0}) cannot be decrypted with the key in this computer&apos;s keyring: the key is not the one it was encrypted with. Nothing was deleted or changed. Tell your IT administrator: restoring the keyring from before the change brings the data back.</source>
        <translation>Деректеріңіздің жергілікті көшірмесін ({0}) бұл компьютердің кілттер қоймасындағы кілтпен шифрдан шешу мүмкін емес: бұл оны шифрлаған кілт емес. Ештеңе жойылған да, өзгертілген де жоқ. АТ әкімшісіне хабарлаңыз: кілттер қоймасын бұрынғы күйіне қалпына келтірсе, деректер қайта қолжетімді болады.</translation>
    </message>
    <message>
        <source>The local copy of your data ({0}) is encrypted, but its key is no longer in this computer&apos;s keyring. Nothing was deleted or changed. Tell your IT administrator: restoring the keyring brings the data back; otherwise the file can be moved away and Workplace will fetch the data from the server again (changes not yet sent in that file are then lost).</source>
        <translation>Деректеріңіздің жергілікті көшірмесі ({0}) шифрланған, бірақ оның кілті бұл компьютердің кілттер қоймасында енді жоқ. Ештеңе жойылған да, өзгертілген де жоқ. АТ әкімшісіне хабарлаңыз: кілттер қоймасын қалпына келтірсе, деректер қайта қолжетімді болады; әйтпесе файлды басқа орынға ауыстыруға болады, сонда Workplace деректерді серверден қайта жүктейді (бұл файлдағы әлі жіберілмеген өзгерістер жоғалады).</translation>
    </message>
    <message>
        <source>The system keyring did not give the key of the data on this computer ({0}). If the keyring is locked, unlock it and start Workplace again; otherwise tell your IT administrator.</source>
        <translation>Жүйелік кілттер қоймасы бұл компьютердегі деректердің кілтін бермеді ({0}). Егер қойма құлыпталған болса, оны ашып, Workplace-ті қайта іске қосыңыз; әйтпесе АТ әкімшісіне хабарлаңыз.</translation>
    </message>
    <message>
        <source>Workplace keeps the data on this computer encrypted, with its key in the system keyring, but no secure keyring is available ({0}). Tell your IT administrator to install and unlock a secure keyring: GNOME Keyring or KWallet (Secret Service) on Linux; on Windows and macOS the built-in Credential Manager and Keychain are used. (Machine policy can turn encryption at rest off: storage.encryption.)</source>
        <translation>Workplace бұл компьютердегі деректерді шифрлап сақтайды, ал кілтін жүйелік кілттер қоймасында ұстайды, бірақ қорғалған кілттер қоймасы жоқ ({0}). АТ әкімшісінен қорғалған кілттер қоймасын орнатып, ашуды сұраңыз: Linux-та GNOME Keyring немесе KWallet (Secret Service); Windows пен macOS-та кірістірілген «Тіркелгі деректерінің диспетчері» мен «Кілттер бумасы» қолданылады. (Компьютер саясаты дискідегі деректерді шифрлауды өшіре алады: storage.encryption.)</translation>
    </message>
    <message>
        <source>You have no access to the attachment {0} on the server.</source>
        <translation>Сервердегі {0} тіркемесіне қол жеткізу құқығыңыз жоқ.</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Кіру…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Құлпын &amp;ашу</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Sign in again to continue working on this computer.</source>
        <translation>Осы компьютерде жұмысты жалғастыру үшін қайта кіріңіз.</translation>
    </message>
    <message>
        <source>Sign in to continue. Changes not yet sent are kept on this computer and sent after you sign in.</source>
        <translation>Жалғастыру үшін кіріңіз. Әлі жіберілмеген өзгерістер осы компьютерде сақталады және кіргеннен кейін жіберіледі.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>Switch account…</source>
        <translation>Есептік жазбаны ауыстыру…</translation>
    </message>
    <message>
        <source>The server does not answer, and it has to check your password. Check the network connection and try again.</source>
        <translation>Сервер жауап бермейді, ал құпиясөзді сервер тексеруі керек. Желіге қосылымды тексеріп, әрекетті қайталаңыз.</translation>
    </message>
    <message>
        <source>The window was locked after a time without use. Your work is kept.</source>
        <translation>Терезе біраз уақыт әрекетсіз тұрғаннан кейін құлыпталды. Жұмысыңыз сақталған.</translation>
    </message>
    <message>
        <source>Workplace is locked</source>
        <translation>Workplace құлыпталған</translation>
    </message>
    <message>
        <source>You are signed out</source>
        <translation>Сіз жүйеден шықтыңыз</translation>
    </message>
    <message>
        <source>{0} is signed in to {1}. Enter the password to continue.</source>
        <translation>{0} {1} серверіне кірген. Жалғастыру үшін құпиясөзді енгізіңіз.</translation>
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
    <message>
        <source>Open link</source>
        <translation>Сілтемені ашу</translation>
    </message>
    <message>
        <source>Select a notification that has a link</source>
        <translation>Сілтемесі бар хабарландыруды таңдаңыз</translation>
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
        <source>Its update asks for new permissions: {permissions}. Review them on the Modules page</source>
        <translation>Оның жаңартуы жаңа рұқсаттар сұрайды: {permissions}. Оларды «Модульдер» бетінде қарап шығыңыз</translation>
    </message>
    <message>
        <source>Module «{name}» asks for new permissions</source>
        <translation>«{name}» модулі жаңа рұқсаттар сұрайды</translation>
    </message>
    <message>
        <source>Module «{name}» stopped working</source>
        <translation>«{name}» модулі жұмысын тоқтатты</translation>
    </message>
    <message>
        <source>Needs permissions your organisation&apos;s policy denies: {permissions}</source>
        <translation>Ұйымыңыздың саясаты тыйым салған рұқсаттар қажет: {permissions}</translation>
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
    <message>
        <source>Your organisation requires this module, but it is not installed</source>
        <translation>Бұл модуль ұйымыңыздың талабы бойынша міндетті, бірақ ол орнатылмаған</translation>
    </message>
    <message>
        <source>Your organisation requires this module: it cannot be switched off</source>
        <translation>Бұл модуль ұйымыңыздың талабы бойынша міндетті: оны өшіруге болмайды</translation>
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
        <source>Approve and start</source>
        <translation>Рұқсат беру және іске қосу</translation>
    </message>
    <message>
        <source>Approve only if you trust this module&apos;s publisher. Until then it stays off.</source>
        <translation>Бұл модульдің шығарушысына сенсеңіз ғана рұқсат беріңіз. Оған дейін ол өшірулі тұрады.</translation>
    </message>
    <message>
        <source>Awaiting your approval</source>
        <translation>Сіздің рұқсатыңызды күтуде</translation>
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
        <source>Keep it off</source>
        <translation>Өшірулі қалдыру</translation>
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
        <source>New permissions</source>
        <translation>Жаңа рұқсаттар</translation>
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
        <source>Review permissions…</source>
        <translation>Рұқсаттарды қарап шығу…</translation>
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
        <source>The update of «{0}» asks for new permissions:</source>
        <translation>«{0}» модулінің жаңартуы жаңа рұқсаттар сұрайды:</translation>
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
    <message>
        <source>{0} (locked)</source>
        <translation>{0} (ұйым белгілеген)</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source> — you cannot choose another</source>
        <translation> — басқасын таңдауға болмайды</translation>
    </message>
    <message>
        <source>Also trusted: the certificates in {0}</source>
        <translation>Сондай-ақ {0} ішіндегі сертификаттар сенімді деп саналады</translation>
    </message>
    <message>
        <source>Approved in advance by your organisation: {0}</source>
        <translation>Ұйымыңыз алдын ала рұқсат берген: {0}</translation>
    </message>
    <message>
        <source>Data on this computer is kept unencrypted</source>
        <translation>Осы компьютердегі деректер шифрланбай сақталады</translation>
    </message>
    <message>
        <source>Language model: {0}</source>
        <translation>Тілдік модель: {0}</translation>
    </message>
    <message>
        <source>Log level: {0}</source>
        <translation>Журнал жүргізу деңгейі: {0}</translation>
    </message>
    <message>
        <source>Model used there: {0}</source>
        <translation>Онда қолданылатын модель: {0}</translation>
    </message>
    <message>
        <source>Modules that may not run: {0}</source>
        <translation>Тыйым салынған модульдер: {0}</translation>
    </message>
    <message>
        <source>Never sent to a language model: {0}</source>
        <translation>Тілдік модельге ешқашан жіберілмейді: {0}</translation>
    </message>
    <message>
        <source>New versions offered: test versions as well as stable ones</source>
        <translation>Ұсынылатын жаңа нұсқалар: тұрақты нұсқалармен қатар сынақ нұсқалары да</translation>
    </message>
    <message>
        <source>No module may have: {0}</source>
        <translation>Ешбір модульге берілмейді: {0}</translation>
    </message>
    <message>
        <source>Only these modules may run: {0}</source>
        <translation>Тек мына модульдерге рұқсат етілген: {0}</translation>
    </message>
    <message>
        <source>Required modules, always on (they cannot be switched off): {0}</source>
        <translation>Міндетті модульдер, әрдайым қосулы (оларды өшіруге болмайды): {0}</translation>
    </message>
    <message>
        <source>Server: {0}</source>
        <translation>Сервер: {0}</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>Ұйымыңыз белгілеген</translation>
    </message>
    <message>
        <source>Settings your organisation manages</source>
        <translation>Ұйымыңыз басқаратын параметрлер</translation>
    </message>
    <message>
        <source>Staying signed in between runs is not allowed</source>
        <translation>Іске қосулар арасында жүйеде қалуға рұқсат етілмейді</translation>
    </message>
    <message>
        <source>The assistant sends no text to language models</source>
        <translation>Көмекші тілдік модельдерге мәтін жібермейді</translation>
    </message>
    <message>
        <source>The window does not lock by itself</source>
        <translation>Терезе өздігінен құлыпталмайды</translation>
    </message>
    <message>
        <source>The window locks after {0} min without input</source>
        <translation>Терезе {0} минут әрекетсіздіктен кейін құлыпталады</translation>
    </message>
    <message>
        <source>Workplace does not check for new versions: your IT administrator installs them</source>
        <translation>Workplace жаңа нұсқаларды тексермейді: оларды АТ әкімшіңіз орнатады</translation>
    </message>
    <message>
        <source>Your IT administrator manages these settings ({0}); they cannot be changed here.</source>
        <translation>Бұл параметрлерді АТ әкімшіңіз басқарады ({0}); оларды мұнда өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>all it asks for</source>
        <translation>сұрағанның бәрі</translation>
    </message>
    <message>
        <source>the organisation&apos;s gateway</source>
        <translation>ұйымның шлюзі</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <source>Changed on this computer, not yet sent to the server</source>
        <translation>Осы компьютерде өзгертілді, серверге әлі жіберілмеді</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n нәтиже</numerusform>
            <numerusform>%n нәтиже</numerusform>
        </translation>
    </message>
    <message>
        <source>Module: {0}</source>
        <translation>Модуль: {0}</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Ештеңе табылмады</translation>
    </message>
    <message>
        <source>No results for «{0}»</source>
        <translation>«{0}» сұрауы бойынша ештеңе табылмады</translation>
    </message>
    <message>
        <source>Search documents, requests…</source>
        <translation>Құжаттарды, өтініштерді іздеу…</translation>
    </message>
    <message>
        <source>Search in all modules</source>
        <translation>Барлық модульдерден іздеу</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Іздеу нәтижелері</translation>
    </message>
    <message>
        <source>Search the records of every module on this computer (Ctrl+F)</source>
        <translation>Осы компьютердегі барлық модуль жазбаларынан іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <source>This module cannot open its records from the search.</source>
        <translation>Бұл модуль іздеу нәтижелерінен жазбаны ашуға мүмкіндік бермейді.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Атауы жоқ</translation>
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
        <source>Changes</source>
        <translation>Өзгерістер</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Command palette</source>
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
        <source>Lock Workplace</source>
        <translation>Workplace бағдарламасын құлыптау</translation>
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
        <source>Search in all modules</source>
        <translation>Барлық модульдерден іздеу</translation>
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
        <source>Sign out</source>
        <translation>Шығу</translation>
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
        <source>Switch account…</source>
        <translation>Есептік жазбаны ауыстыру…</translation>
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
        <source>Your organisation has set the server to work with</source>
        <translation>Жұмыс істейтін серверді ұйымыңыз белгілеген</translation>
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
    <message>
        <source>Your data on this computer cannot be opened</source>
        <translation>Бұл компьютердегі деректеріңізді ашу мүмкін емес</translation>
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
<context>
    <name>Updates</name>
    <message>
        <source>Workplace {version} is available</source>
        <translation>Workplace {version} нұсқасы шықты</translation>
    </message>
    <message>
        <source>Your organisation has released a new version (you have {current}). Get it here: {url}</source>
        <translation>Ұйымыңыз жаңа нұсқаны шығарды (сізде {current} нұсқасы орнатылған). Оны мына жерден жүктеп алуға болады: {url}</translation>
    </message>
</context>
</TS>
