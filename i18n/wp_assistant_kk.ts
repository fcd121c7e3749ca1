<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>wp_assistant</name>
    <message>
        <source>A draft from the reply template; write the answer itself where the brackets say:</source>
        <translation>Жауап үлгісі бойынша жоба; жауаптың өзін тік жақшада көрсетілген жерге жазыңыз:</translation>
    </message>
    <message>
        <source>Accept the proposal…</source>
        <translation>Ұсынысты қабылдау…</translation>
    </message>
    <message>
        <source>Access key:</source>
        <translation>Қол жеткізу кілті:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Мекенжай:</translation>
    </message>
    <message>
        <source>Another model (OpenAI-compatible address)</source>
        <translation>Басқа модель (OpenAI-мен үйлесімді мекенжай)</translation>
    </message>
    <message>
        <source>Answers are made on this computer: no language model connected. Nothing leaves the computer.</source>
        <translation>Жауаптар осы компьютерде дайындалады: тілдік модель қосылмаған. Ештеңе компьютерден тыс жіберілмейді.</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Сұрау</translation>
    </message>
    <message>
        <source>Ask a question about your documents, or choose a record above and press Summarise, Draft a reply, Suggest service and department or Translate. The assistant proposes; you decide — nothing is changed or sent on its own.</source>
        <translation>Құжаттарыңыз туралы сұрақ қойыңыз немесе жоғарыдан жазбаны таңдап, «Қысқаша», «Жауап жобасы», «Қызмет пен бөлімді ұсыну» немесе «Аудару» батырмасын басыңыз. Көмекші ұсынады, шешімді сіз қабылдайсыз: ол өздігінен ештеңе өзгертпейді және жібермейді.</translation>
    </message>
    <message>
        <source>Ask about your documents, or paste a text for the buttons above (Ctrl+Enter sends)</source>
        <translation>Құжаттарыңыз туралы сұраңыз немесе жоғарыдағы батырмалар үшін мәтін қойыңыз (Ctrl+Enter — жіберу)</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Көмекші</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>Because the request says “{0}…”.</source>
        <translation>Себебі өтініште «{0}…» деп жазылған.</translation>
    </message>
    <message>
        <source>Choose a record above or paste a text below first.</source>
        <translation>Алдымен жоғарыдан жазбаны таңдаңыз немесе төменге мәтін қойыңыз.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Көшіру</translation>
    </message>
    <message>
        <source>Copy the draft</source>
        <translation>Жобаны көшіру</translation>
    </message>
    <message>
        <source>Done. Check the answer before you use it.</source>
        <translation>Дайын. Пайдаланар алдында жауапты тексеріңіз.</translation>
    </message>
    <message>
        <source>Draft a reply</source>
        <translation>Жауап жобасы</translation>
    </message>
    <message>
        <source>Draft a reply to: {0}</source>
        <translation>Жауап жобасы: {0}</translation>
    </message>
    <message>
        <source>Draft — edit before you use it</source>
        <translation>Жоба — пайдаланар алдында түзетіңіз</translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation>Әңгімені экспорттау</translation>
    </message>
    <message>
        <source>Export to Markdown…</source>
        <translation>Markdown-қа экспорттау…</translation>
    </message>
    <message>
        <source>Find a document or request (Enter)</source>
        <translation>Құжатты не өтінішті табу (Enter)</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Key sentences of the document:</source>
        <translation>Құжаттың негізгі сөйлемдері:</translation>
    </message>
    <message>
        <source>Language model: {0}. Personal data is replaced with placeholders before sending.</source>
        <translation>Тілдік модель: {0}. Дербес деректер жіберілмес бұрын белгілермен ауыстырылады.</translation>
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
        <translation>Жаңа чат</translation>
    </message>
    <message>
        <source>No conversation has these words.</source>
        <translation>Бұл сөздер кездесетін әңгіме жоқ.</translation>
    </message>
    <message>
        <source>No language model connected: this answer was made on this computer from your documents, by search and sentence ranking.</source>
        <translation>Тілдік модель қосылмаған: бұл жауап осы компьютерде құжаттарыңыз бойынша іздеу және сөйлемдерді іріктеу арқылы дайындалды.</translation>
    </message>
    <message>
        <source>No language model is configured. Choose one in Settings → Assistant, or ask your IT administrator.</source>
        <translation>Тілдік модель бапталмаған. Оны «Баптаулар → Көмекші» бөлімінде таңдаңыз немесе АТ әкімшісіне хабарласыңыз.</translation>
    </message>
    <message>
        <source>No record chosen: the buttons work on the text below</source>
        <translation>Жазба таңдалмаған: батырмалар төмендегі мәтінмен жұмыс істейді</translation>
    </message>
    <message>
        <source>Not applied: the module that keeps the request refused the change and says why.</source>
        <translation>Қолданылмады: өтініштер модулі өзгерісті қабылдамады және себебін хабарлады.</translation>
    </message>
    <message>
        <source>Not applied: {0}</source>
        <translation>Қолданылмады: {0}</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Ештеңе табылмады</translation>
    </message>
    <message>
        <source>Nothing in your documents matches these words. Try other words, or a shorter question.</source>
        <translation>Құжаттарыңызда бұл сөздерге сәйкес ештеңе жоқ. Басқа сөздерді немесе қысқарақ сұрақты көріңіз.</translation>
    </message>
    <message>
        <source>Nothing is sent: answers are made on this computer.</source>
        <translation>Ештеңе жіберілмейді: жауаптар осы компьютерде дайындалады.</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Редакторда ашу</translation>
    </message>
    <message>
        <source>Personal data sent to a model as is (everything else is replaced with placeholders)</source>
        <translation>Модельге сол күйінде жіберілетін дербес деректер (қалғанының бәрі белгілермен ауыстырылады)</translation>
    </message>
    <message>
        <source>Proposed department: {0} (where similar requests went).</source>
        <translation>Ұсынылатын бөлім: {0} (ұқсас өтініштер сонда жіберілген).</translation>
    </message>
    <message>
        <source>Proposed service type: {0}</source>
        <translation>Ұсынылатын қызмет түрі: {0}</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Әңгімелерден іздеу</translation>
    </message>
    <message>
        <source>Set by your administrator.</source>
        <translation>Әкімші белгілеген.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Дереккөздер:</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <source>Stopped. The part that arrived is kept.</source>
        <translation>Тоқтатылды. Келген бөлігі сақталды.</translation>
    </message>
    <message>
        <source>Suggest service and department</source>
        <translation>Қызмет пен бөлімді ұсыну</translation>
    </message>
    <message>
        <source>Suggest service and department for: {0}</source>
        <translation>Қызмет пен бөлімді ұсыну: {0}</translation>
    </message>
    <message>
        <source>Summarise</source>
        <translation>Қысқаша</translation>
    </message>
    <message>
        <source>Summarise: {0}</source>
        <translation>Қысқаша: {0}</translation>
    </message>
    <message>
        <source>The access key was not kept</source>
        <translation>Қол жеткізу кілті сақталмады</translation>
    </message>
    <message>
        <source>The answer was copied.</source>
        <translation>Жауап көшірілді.</translation>
    </message>
    <message>
        <source>The answer was cut off. What arrived is kept; try again.</source>
        <translation>Жауап үзіліп қалды. Келген бөлігі сақталды; қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The document has no text to summarise.</source>
        <translation>Құжатта қысқаша баяндайтын мәтін жоқ.</translation>
    </message>
    <message>
        <source>The model could not be reached. Check the network connection and try again; the local engine works without one.</source>
        <translation>Модельмен байланыс орнатылмады. Желіге қосылуды тексеріп, қайталаңыз; жергілікті режим желісіз де жұмыс істейді.</translation>
    </message>
    <message>
        <source>The model is busy (too many requests). Try again in a minute.</source>
        <translation>Модель бос емес (сұраулар тым көп). Бір минуттан соң қайталаңыз.</translation>
    </message>
    <message>
        <source>The model refused the access key. Check the key in Settings → Assistant.</source>
        <translation>Модель қол жеткізу кілтін қабылдамады. Кілтті «Баптаулар → Көмекші» бөлімінде тексеріңіз.</translation>
    </message>
    <message>
        <source>The model refused the request.</source>
        <translation>Модель сұрауды қабылдамады.</translation>
    </message>
    <message>
        <source>The model stopped answering. What arrived is kept; try again later.</source>
        <translation>Модель жауап беруді тоқтатты. Келген бөлігі сақталды; кейінірек қайталаңыз.</translation>
    </message>
    <message>
        <source>The model&apos;s server failed. Try again later; if it keeps happening, tell your IT administrator.</source>
        <translation>Модель серверінде ақау болды. Кейінірек қайталаңыз; қате қайталана берсе, АТ әкімшісіне хабарлаңыз.</translation>
    </message>
    <message>
        <source>The module that opens this record is not active.</source>
        <translation>Бұл жазбаны ашатын модуль іске қосылмаған.</translation>
    </message>
    <message>
        <source>The organisation&apos;s model, through the Workplace server</source>
        <translation>Ұйымның моделі, Workplace сервері арқылы</translation>
    </message>
    <message>
        <source>The passages of your documents that best match the question:</source>
        <translation>Құжаттарыңыздың сұраққа ең жақсы сәйкес келетін үзінділері:</translation>
    </message>
    <message>
        <source>The service type of the request was changed as you accepted.</source>
        <translation>Өтініштің қызмет түрі өзгертілді — сіз ұсынысты қабылдадыңыз.</translation>
    </message>
    <message>
        <source>This Workplace has no system keyring for modules.</source>
        <translation>Бұл Workplace жинағында модульдерге жүйелік кілттер қоймасы қолжетімсіз.</translation>
    </message>
    <message>
        <source>This computer only (no language model; nothing is sent)</source>
        <translation>Тек осы компьютер (тілдік модельсіз; ештеңе жіберілмейді)</translation>
    </message>
    <message>
        <source>This draft was proposed by the assistant. Read and correct it; it is not sent or saved anywhere until you copy it into a document.</source>
        <translation>Бұл жобаны көмекші ұсынды. Оқып, түзетіңіз; оны құжатқа көшірмейінше, ол еш жерге жіберілмейді және сақталмайды.</translation>
    </message>
    <message>
        <source>To: {0}
Replaced with placeholders: {1}</source>
        <translation>Қайда: {0}
Белгілермен ауыстырылды: {1}</translation>
    </message>
    <message>
        <source>Translate into Kazakh</source>
        <translation>Қазақ тіліне аудару</translation>
    </message>
    <message>
        <source>Translate into Russian</source>
        <translation>Орыс тіліне аудару</translation>
    </message>
    <message>
        <source>Translate: {0}</source>
        <translation>Аудару: {0}</translation>
    </message>
    <message>
        <source>Translation needs a language model, and none is connected. Ask your IT administrator to connect one, or choose one in Settings → Assistant.</source>
        <translation>Аудару үшін тілдік модель қажет, бірақ ол қосылмаған. АТ әкімшісінен оны қосуды сұраңыз немесе «Баптаулар → Көмекші» бөлімінде модельді таңдаңыз.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Атаусыз</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Не жіберіледі</translation>
    </message>
    <message>
        <source>What will be sent…</source>
        <translation>Не жіберіледі…</translation>
    </message>
    <message>
        <source>Where answers come from</source>
        <translation>Жауаптар қайдан алынады</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Орындалуда…</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Сіз</translation>
    </message>
    <message>
        <source>Your administrator forbids sending this.</source>
        <translation>Әкімші бұл деректерді жіберуге тыйым салған.</translation>
    </message>
    <message>
        <source>Your administrator has set the model: {0}.</source>
        <translation>Модельді әкімші белгілеген: {0}.</translation>
    </message>
    <message>
        <source>Your administrator has switched language models off.</source>
        <translation>Әкімші тілдік модельдерді өшірген.</translation>
    </message>
    <message>
        <source>Your administrator has switched language models off: answers are made on this computer only.</source>
        <translation>Әкімші тілдік модельдерді өшірген: жауаптар тек осы компьютерде дайындалады.</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>мекенжайлар</translation>
    </message>
    <message>
        <source>card numbers</source>
        <translation>карта нөмірлері</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation>электрондық пошта мекенжайлары</translation>
    </message>
    <message>
        <source>kept in the system keyring; leave empty to keep the current one</source>
        <translation>жүйелік кілттер қоймасында сақталады; өзгертпеу үшін бос қалдырыңыз</translation>
    </message>
    <message>
        <source>no personal data found</source>
        <translation>дербес деректер табылмады</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>телефон нөмірлері</translation>
    </message>
    <message>
        <source>{0} What arrived is kept above.</source>
        <translation>{0} Келген бөлігі жоғарыда.</translation>
    </message>
</context>
</TS>
