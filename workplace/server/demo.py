"""Deterministic demo data for the gateway: a district akimat in Kazakh and Russian.

Five departments, twenty-three staff (three joined too recently to appear in any
record: only the staff directory knows them), and as many documents
(``wp_documents.documents``) and citizens' requests (``wp_egov.requests``) as asked
for. Everything comes from ``random.Random`` seeded by the caller's seed, so the same
seed gives byte-identical data on every run. :func:`records` is a generator that
keeps O(1) state, so a million records stream without being held in memory.

All dates fall in 2026. The demo's "today" is the last working day of 2026: what was
registered long ago is mostly done, the last weeks are still in work, a few are
overdue. Registration dates rise with the position in the stream, so registration
numbers are sequential in date order, as a real journal's are.

Texts are built from templates in the official register with slots (topic,
correspondent, period, street, numbers…); Kazakh noun phrases are kept in the
nominative and joined by postpositions (``туралы``, ``бойынша``, ``жөніндегі``) and
Russian ones are stored in each case they are used in, so no grammar is guessed at
run time.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import random
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Final, Generic, TypeVar

from workplace.identifiers import make_iin

__all__ = [
    "DOCUMENTS_COLLECTION",
    "REQUESTS_COLLECTION",
    "SERVICE_CATALOGUE",
    "DemoDepartment",
    "DemoRecord",
    "DemoUser",
    "departments",
    "records",
    "users",
]

DOCUMENTS_COLLECTION: Final = "wp_documents.documents"
REQUESTS_COLLECTION: Final = "wp_egov.requests"
YEAR: Final = 2026

_T = TypeVar("_T")


@dataclass(frozen=True)
class DemoDepartment:
    """A department of the demo akimat."""

    id: str
    name_kk: str
    name_ru: str


@dataclass(frozen=True)
class DemoUser:
    """A member of staff; ``roles`` among clerk, executor, head, admin."""

    id: str
    username: str
    display_name: str
    department: str
    roles: tuple[str, ...]


@dataclass(frozen=True)
class DemoRecord:
    """One record for the gateway store: a document or a citizen's request."""

    collection: str
    id: str
    department: str
    audience: tuple[str, ...]
    data: dict[str, Any]


# -- organisation --------------------------------------------------------------------

_DEPARTMENTS: Final = (
    DemoDepartment("chancellery", "Құжаттамалық қамтамасыз ету бөлімі (кеңсе)",
                   "Отдел документационного обеспечения (канцелярия)"),
    DemoDepartment("appeals", "Жеке және заңды тұлғалардың өтініштерімен жұмыс бөлімі",
                   "Отдел по работе с обращениями физических и юридических лиц"),
    DemoDepartment("legal", "Мемлекеттік-құқықтық бөлім", "Государственно-правовой отдел"),
    DemoDepartment("digital", "Цифрландыру және мемлекеттік қызметтер бөлімі",
                   "Отдел цифровизации и государственных услуг"),
    DemoDepartment("finance", "Қаржы және бухгалтерлік есеп бөлімі",
                   "Отдел финансов и бухгалтерского учёта"),
)
# The first part of a case index in the nomenclature of cases ("02-12").
_NOMENCLATURE: Final = {"chancellery": "01", "appeals": "02", "legal": "03", "digital": "04",
                        "finance": "05"}
# Who works where, in order. Clerks register (chancellery, appeals); executors do the
# work; each department has one head; the administrator sits with digitalisation.
_STAFF: Final = (
    ("chancellery", "head"), ("chancellery", "clerk"), ("chancellery", "clerk"),
    ("chancellery", "clerk"),
    ("appeals", "head"), ("appeals", "clerk"), ("appeals", "clerk"),
    ("appeals", "executor"), ("appeals", "executor"), ("appeals", "executor"),
    ("legal", "head"), ("legal", "executor"), ("legal", "executor"),
    ("digital", "head"), ("digital", "executor"), ("digital", "executor"),
    ("digital", "admin"),
    ("finance", "head"), ("finance", "executor"), ("finance", "executor"),
)

# Staff who joined last week: in no document or request, so only the staff directory
# (GET /staff) offers them — the demo shows a head assigning work to a new colleague.
# Written out rather than drawn, so that drawing them cannot change the records.
_NEWCOMERS: Final = (
    ("appeals", "executor", "Сағынтаева Аружан Ерланқызы"),
    ("appeals", "executor", "Мельников Артём Сергеевич"),
    ("legal", "executor", "Қуанышбеков Әлібек Маратұлы"),
)

SERVICE_CATALOGUE: Final[list[dict[str, Any]]] = [
    # term_days are working days. 15 for appeals and 5 for complaints about a public
    # service are the Administrative Procedural Code's terms (see DOMAIN.md); the
    # others follow the general 15-day term.
    {"code": "APPEAL", "name_kk": "Өтініш", "name_ru": "Обращение", "term_days": 15},
    {"code": "COMPLAINT", "name_kk": "Мемлекеттік қызмет көрсету сапасына шағым",
     "name_ru": "Жалоба на качество оказания государственной услуги", "term_days": 5},
    {"code": "INFO", "name_kk": "Ақпарат беру туралы сұрау салу",
     "name_ru": "Запрос о предоставлении информации", "term_days": 15},
    {"code": "PROPOSAL", "name_kk": "Ұсыныс", "name_ru": "Предложение", "term_days": 15},
    {"code": "REPORT", "name_kk": "Хабарлама", "name_ru": "Сообщение", "term_days": 15},
]
_TERM_DAYS: Final = {s["code"]: int(s["term_days"]) for s in SERVICE_CATALOGUE}


# -- people --------------------------------------------------------------------------

_KK_SURNAMES: Final = (  # male forms; the female form adds "а"
    "Жұмабаев", "Серікбаев", "Әбдірахманов", "Қасымов", "Оспанов", "Төлеуов", "Сейітқалиев",
    "Ахметов", "Бекмұхамбетов", "Ысқақов", "Мұқанов", "Ғаббасов", "Құдайбергенов",
    "Сұлтанбеков", "Әлімжанов", "Байжанов", "Тәжібаев", "Исабеков", "Нұрмағамбетов",
    "Есенов", "Қалиев", "Смағұлов", "Шәріпов", "Жақсыбеков", "Омаров", "Дүйсенов",
    "Иманғалиев", "Рахымжанов", "Өтепов", "Сәрсенбаев", "Бейсенов", "Тоқтаров",
    "Қожахметов", "Әміров", "Жолдасбеков", "Нұрпейісов",
)
_KK_MALE: Final = (
    "Ержан", "Нұрлан", "Дәурен", "Бауыржан", "Мақсат", "Асқар", "Серік", "Ерлан", "Қайрат",
    "Талғат", "Ғалым", "Жанболат", "Әлихан", "Айдос", "Арман", "Берік", "Азамат", "Дархан",
    "Ерболат", "Санжар", "Темірлан", "Әділет", "Нұрбол", "Қуаныш", "Айбек", "Рүстем",
)
_KK_FEMALE: Final = (
    "Айгүл", "Әсел", "Гүлнар", "Сәуле", "Жанар", "Ақмарал", "Динара", "Мөлдір", "Аружан",
    "Баян", "Гүлжан", "Назерке", "Айнұр", "Салтанат", "Ләззат", "Жұлдыз", "Гаухар",
    "Әйгерім", "Дана", "Көркем", "Ұлжан", "Томирис", "Алия", "Меруерт", "Қарлығаш", "Шолпан",
)
# Father's name as written in Kazakh (for -ұлы/-қызы) and as russified (for -ович/-овна).
_KK_FATHERS: Final = (
    ("Серік", "Серик"), ("Нұрлан", "Нурлан"), ("Ержан", "Ержан"), ("Болат", "Болат"),
    ("Қайрат", "Кайрат"), ("Мұрат", "Мурат"), ("Ғабит", "Габит"), ("Бақыт", "Бакыт"),
    ("Талғат", "Талгат"), ("Асқар", "Аскар"), ("Марат", "Марат"), ("Ерлан", "Ерлан"),
    ("Берік", "Берик"), ("Жақсылық", "Жаксылык"), ("Самат", "Самат"), ("Қанат", "Канат"),
    ("Дәулет", "Даулет"), ("Бауыржан", "Бауыржан"), ("Тимур", "Тимур"), ("Ғалым", "Галым"),
)
_RU_SURNAMES: Final = (
    ("Иванов", "Иванова"), ("Кузнецов", "Кузнецова"), ("Смирнов", "Смирнова"),
    ("Попов", "Попова"), ("Соколов", "Соколова"), ("Новиков", "Новикова"),
    ("Морозов", "Морозова"), ("Волков", "Волкова"), ("Лебедев", "Лебедева"),
    ("Павлов", "Павлова"), ("Ким", "Ким"), ("Шевченко", "Шевченко"), ("Фёдоров", "Фёдорова"),
)
_RU_MALE: Final = ("Сергей", "Андрей", "Дмитрий", "Александр", "Виктор", "Евгений", "Игорь",
                   "Павел", "Алексей", "Владимир")
_RU_FEMALE: Final = ("Ольга", "Елена", "Наталья", "Татьяна", "Ирина", "Светлана", "Марина",
                     "Анна", "Юлия", "Екатерина")
_RU_PATRONYMICS: Final = (
    ("Петрович", "Петровна"), ("Владимирович", "Владимировна"), ("Николаевич", "Николаевна"),
    ("Сергеевич", "Сергеевна"), ("Александрович", "Александровна"),
    ("Викторович", "Викторовна"), ("Юрьевич", "Юрьевна"), ("Геннадьевич", "Геннадьевна"),
    ("Анатольевич", "Анатольевна"), ("Михайлович", "Михайловна"),
)

_LATIN: Final = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e",
    "ё": "yo", "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "қ": "k", "л": "l",
    "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e",
    "ю": "yu", "я": "ya",
}
_VOWELS: Final = frozenset("аәеёиоөуұүыіэюяьъ")


@functools.cache  # names come from small pools; e-mail addresses ask for them again
def _latin(word: str) -> str:
    """Passport-style transliteration for logins and e-mail: Жұмабаева -> zhumabayeva."""
    out = []
    prev = ""
    for ch in word.lower():
        # "е" is pronounced "ye" at the start of a word and after a vowel (Ержан ->
        # Yerzhan, Жұмабаева -> Zhumabayeva), which is how passports spell it.
        if ch == "е" and (not prev or prev in _VOWELS):
            out.append("ye")
        else:
            out.append(_LATIN.get(ch, ch if ch.isascii() and ch.isalnum() else ""))
        prev = ch
    return "".join(out)


@dataclass(frozen=True)
class _Person:
    surname: str
    first: str
    patronymic: str
    sex: str

    @property
    def full(self) -> str:
        """Surname, name, patronymic: the order of official papers."""
        return f"{self.surname} {self.first} {self.patronymic}"


def _person(rng: random.Random, sex: str, kazakh: bool, kazakh_patronymic: bool) -> _Person:
    if kazakh:
        surname = rng.choice(_KK_SURNAMES)
        father_kk, father_ru = rng.choice(_KK_FATHERS)
        if sex == "male":
            first = rng.choice(_KK_MALE)
            if first == father_kk:  # "Ғалым Ғалымұлы" is possible but reads like a bug
                father_kk, father_ru = _KK_FATHERS[_KK_FATHERS.index((father_kk, father_ru))
                                                   - 1]
            patronymic = f"{father_kk}ұлы" if kazakh_patronymic else f"{father_ru}ович"
        else:
            surname += "а"
            first = rng.choice(_KK_FEMALE)
            patronymic = f"{father_kk}қызы" if kazakh_patronymic else f"{father_ru}овна"
        return _Person(surname, first, patronymic, sex)
    index = 0 if sex == "male" else 1
    return _Person(rng.choice(_RU_SURNAMES)[index],
                   rng.choice(_RU_MALE if sex == "male" else _RU_FEMALE),
                   rng.choice(_RU_PATRONYMICS)[index], sex)


def _uuid(rng: random.Random) -> str:
    """A version-4 UUID drawn from the seeded generator (uuid4() would not repeat)."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def departments() -> list[DemoDepartment]:
    """The demo akimat's departments (the same for every seed)."""
    return list(_DEPARTMENTS)


def users(seed: int = 2026) -> list[DemoUser]:
    """The demo staff: one head per department, clerks, executors and one admin, and
    the newcomers whom no record names yet."""
    result = _established(seed)
    rng = random.Random(f"workplace-demo-newcomers:{seed}")
    for department, role, full in _NEWCOMERS:
        surname, first, _patronymic = full.split(" ")
        # Their surnames are in none of the pools above, so the login is free.
        username = f"{_latin(first)[0]}.{_latin(surname)}"
        result.append(DemoUser(id=_uuid(rng), username=username, display_name=full,
                               department=department, roles=(role,)))
    return result


def _established(seed: int) -> list[DemoUser]:
    """The staff the records are made of (their draws fix every record's contents)."""
    rng = random.Random(f"workplace-demo-users:{seed}")
    result: list[DemoUser] = []
    taken: set[str] = set()
    logins: set[str] = set()
    for department, role in _STAFF:
        while True:
            sex = rng.choice(("male", "female"))
            kazakh = rng.random() < 0.85
            person = _person(rng, sex, kazakh, kazakh_patronymic=rng.random() < 0.5)
            if person.surname not in taken:  # distinct surnames keep logins readable
                break
        taken.add(person.surname)
        username = login = f"{_latin(person.first)[0]}.{_latin(person.surname)}"
        suffix = 1
        while username in logins:
            suffix += 1
            username = f"{login}{suffix}"
        logins.add(username)
        result.append(DemoUser(id=_uuid(rng), username=username, display_name=person.full,
                               department=department, roles=(role,)))
    return result


# -- calendar ------------------------------------------------------------------------

# Weekday days off. 2026 is the official calendar (DOMAIN.md). The December 2025 and
# early 2027 days only bound reference dates and deadlines; 2027's were not published
# when this was written, so they follow the transfer rule and may differ.
_DAYS_OFF: Final = frozenset({
    dt.date(2025, 12, 16),
    dt.date(2026, 1, 1), dt.date(2026, 1, 2), dt.date(2026, 1, 7), dt.date(2026, 3, 9),
    dt.date(2026, 3, 23), dt.date(2026, 3, 24), dt.date(2026, 3, 25), dt.date(2026, 5, 1),
    dt.date(2026, 5, 7), dt.date(2026, 5, 11), dt.date(2026, 5, 27), dt.date(2026, 7, 6),
    dt.date(2026, 8, 31), dt.date(2026, 10, 26), dt.date(2026, 12, 16),
    dt.date(2027, 1, 1), dt.date(2027, 1, 4), dt.date(2027, 1, 7), dt.date(2027, 3, 8),
    dt.date(2027, 3, 22), dt.date(2027, 3, 23), dt.date(2027, 3, 24), dt.date(2027, 5, 3),
    dt.date(2027, 5, 7), dt.date(2027, 5, 10),
})
_RU_MONTHS_GEN: Final = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля",
                         "августа", "сентября", "октября", "ноября", "декабря")
_RU_MONTHS: Final = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
                     "сентябрь", "октябрь", "ноябрь", "декабрь")
# Kazakh month names with the case endings vowel harmony gives each one.
_KK_MONTHS_DAT: Final = ("қаңтарға", "ақпанға", "наурызға", "сәуірге", "мамырға",
                         "маусымға", "шілдеге", "тамызға", "қыркүйекке", "қазанға",
                         "қарашаға", "желтоқсанға")
_KK_MONTHS_LOC: Final = ("қаңтарда", "ақпанда", "наурызда", "сәуірде", "мамырда", "маусымда",
                         "шілдеде", "тамызда", "қыркүйекте", "қазанда", "қарашада",
                         "желтоқсанда")
_KK_MONTHS_ATTR: Final = ("қаңтардағы", "ақпандағы", "наурыздағы", "сәуірдегі", "мамырдағы",
                          "маусымдағы", "шілдедегі", "тамыздағы", "қыркүйектегі",
                          "қазандағы", "қарашадағы", "желтоқсандағы")


@dataclass(frozen=True)
class _Day:
    iso: str
    month: int
    ru: str  # "15 марта 2026 года" (genitive: "до …", "от …")
    kk_dat: str  # "2026 жылғы 15 наурызға" ("… дейін")
    kk_loc: str  # "2026 жылғы 15 наурызда" (when)
    kk_attr: str  # "2026 жылғы 15 наурыздағы" (of that date)


def _working_days(first: dt.date, last: dt.date) -> list[_Day]:
    days = []
    day = first
    while day <= last:
        if day.weekday() < 5 and day not in _DAYS_OFF:
            m = day.month - 1
            year = f"{day.year} жылғы {day.day}"
            days.append(_Day(day.isoformat(), day.month,
                             f"{day.day} {_RU_MONTHS_GEN[m]} {day.year} года",
                             f"{year} {_KK_MONTHS_DAT[m]}", f"{year} {_KK_MONTHS_LOC[m]}",
                             f"{year} {_KK_MONTHS_ATTR[m]}"))
        day += dt.timedelta(days=1)
    return days


# One list of working days from late 2025 to mid-2027; 2026 is a slice of it, so a
# reference date is "index - k" and a deadline "index + term" with no date arithmetic
# (the longest term, 60 working days, ends in spring 2027).
_CALENDAR: Final = _working_days(dt.date(2025, 11, 3), dt.date(2027, 6, 30))
_FIRST: Final = next(i for i, d in enumerate(_CALENDAR) if d.iso.startswith(f"{YEAR}-"))
_COUNT: Final = sum(1 for d in _CALENDAR if d.iso.startswith(f"{YEAR}-"))
_TODAY: Final = _FIRST + _COUNT - 1

# Words, not Roman numerals: those would be Latin letters in Cyrillic text.
_RU_ORDINALS: Final = ("первый", "второй", "третий")
_KK_ORDINALS: Final = ("бірінші", "екінші", "үшінші")


def _periods(month: int) -> tuple[tuple[str, str], ...]:
    """Reporting periods already over in ``month`` of 2026 as (kk attributive, ru "за …")."""
    out = []
    if month == 1:
        out.append(("2025 жылғы желтоқсандағы", "за декабрь 2025 года"))
    else:
        out.append((f"{YEAR} жылғы {_KK_MONTHS_ATTR[month - 2]}",
                    f"за {_RU_MONTHS[month - 2]} {YEAR} года"))
    if month <= 4:
        out.append(("2025 жылғы", "за 2025 год"))
    if month >= 4:
        quarter = (month - 1) // 3 - 1  # the last quarter that is over
        out.append((f"{YEAR} жылғы {_KK_ORDINALS[quarter]} тоқсандағы",
                    f"за {_RU_ORDINALS[quarter]} квартал {YEAR} года"))
    if month >= 7:
        out.append((f"{YEAR} жылғы бірінші жартыжылдықтағы",
                    f"за первое полугодие {YEAR} года"))
    if month >= 10:
        out.append((f"{YEAR} жылғы тоғыз айдағы", f"за девять месяцев {YEAR} года"))
    return tuple(out)


_PERIODS: Final = {m: _periods(m) for m in range(1, 13)}


# -- documents -----------------------------------------------------------------------

@dataclass(frozen=True)
class _Topic:
    kk: str  # nominative noun phrase: "… туралы", "… мәселесі бойынша", "… жөніндегі"
    ru_prep: str  # "о …"
    ru_gen: str  # "по вопросу …", "в части …"
    ru_dat: str  # "по …" ("план мероприятий по …")
    departments: tuple[str, ...]

    @property
    def kk_cap(self) -> str:
        return self.kk[0].upper() + self.kk[1:]

    @property
    def ru_about(self) -> str:
        """ "О …" or "Об …" as a title starts."""
        return ("Об " if self.ru_prep[0] in "аиоуыэ" else "О ") + self.ru_prep


def _t(kk: str, prep: str, gen: str, dat: str, *deps: str) -> _Topic:
    return _Topic(kk, prep, gen, dat, deps)


_TOPICS: Final = (
    _t("жергілікті маңызы бар автомобиль жолдарын жөндеу",
       "ремонте автомобильных дорог местного значения",
       "ремонта автомобильных дорог местного значения",
       "ремонту автомобильных дорог местного значения", "appeals", "chancellery", "finance"),
    _t("жылыту маусымына дайындық", "подготовке к отопительному сезону",
       "подготовки к отопительному сезону", "подготовке к отопительному сезону",
       "chancellery", "appeals"),
    _t("мемлекеттік қызметтер көрсету сапасы", "качестве оказания государственных услуг",
       "качества оказания государственных услуг",
       "повышению качества оказания государственных услуг", "digital", "appeals"),
    _t("бюджеттік бағдарламаларды іске асыру", "реализации бюджетных программ",
       "реализации бюджетных программ", "реализации бюджетных программ", "finance"),
    _t("жер учаскелерін беру", "предоставлении земельных участков",
       "предоставления земельных участков", "предоставлению земельных участков",
       "legal", "appeals"),
    _t("азаматтардың өтініштерін қарау", "рассмотрении обращений граждан",
       "рассмотрения обращений граждан", "рассмотрению обращений граждан",
       "appeals", "chancellery"),
    _t("мемлекеттік сатып алуды жүргізу", "проведении государственных закупок",
       "проведения государственных закупок", "проведению государственных закупок",
       "finance", "legal"),
    _t("мемлекеттік органның ақпараттық жүйелерін дамыту",
       "развитии информационных систем государственного органа",
       "развития информационных систем государственного органа",
       "развитию информационных систем государственного органа", "digital"),
    _t("сыбайлас жемқорлыққа қарсы іс-қимыл", "противодействии коррупции",
       "противодействия коррупции", "противодействию коррупции", "legal", "chancellery"),
    _t("мемлекеттік тілді дамыту", "развитии государственного языка",
       "развития государственного языка", "развитию государственного языка",
       "chancellery"),
    _t("аумақты абаттандыру және көгалдандыру", "благоустройстве и озеленении территории",
       "благоустройства и озеленения территории", "благоустройству и озеленению территории",
       "appeals", "finance"),
    _t("көппәтерлі тұрғын үйлерді күрделі жөндеу",
       "капитальном ремонте многоквартирных жилых домов",
       "капитального ремонта многоквартирных жилых домов",
       "капитальному ремонту многоквартирных жилых домов", "appeals", "finance"),
    _t("халықтың әлеуметтік осал топтарына көмек көрсету",
       "оказании помощи социально уязвимым слоям населения",
       "оказания помощи социально уязвимым слоям населения",
       "оказанию помощи социально уязвимым слоям населения", "appeals", "finance"),
    _t("балаларды мектепке дейінгі ұйымдарға орналастыру",
       "устройстве детей в дошкольные организации",
       "устройства детей в дошкольные организации",
       "устройству детей в дошкольные организации", "appeals"),
    _t("Цифрландыру және жасанды интеллект жылын өткізу",
       "проведении Года цифровизации и искусственного интеллекта",
       "проведения Года цифровизации и искусственного интеллекта",
       "проведению Года цифровизации и искусственного интеллекта", "digital", "chancellery"),
    _t("мемлекеттік қызметшілердің біліктілігін арттыру",
       "повышении квалификации государственных служащих",
       "повышения квалификации государственных служащих",
       "повышению квалификации государственных служащих", "chancellery", "digital"),
    _t("су тасқыны кезеңіне дайындық", "подготовке к паводковому периоду",
       "подготовки к паводковому периоду", "подготовке к паводковому периоду",
       "chancellery", "appeals"),
    _t("халықты ауыз сумен қамтамасыз ету", "обеспечении населения питьевой водой",
       "обеспечения населения питьевой водой", "обеспечению населения питьевой водой",
       "appeals", "finance"),
    _t("халықты жұмыспен қамту", "занятости населения", "занятости населения",
       "обеспечению занятости населения", "appeals"),
    _t("дербес деректерді қорғау", "защите персональных данных",
       "защиты персональных данных", "защите персональных данных", "digital", "legal"),
    _t("нормативтік құқықтық актілерді мемлекеттік тіркеу",
       "государственной регистрации нормативных правовых актов",
       "государственной регистрации нормативных правовых актов",
       "государственной регистрации нормативных правовых актов", "legal"),
    _t("бюджет қаражатын игеру", "освоении бюджетных средств", "освоения бюджетных средств",
       "освоению бюджетных средств", "finance"),
    _t("қоғамдық көліктің жұмысын ұйымдастыру", "организации работы общественного транспорта",
       "организации работы общественного транспорта",
       "организации работы общественного транспорта", "appeals"),
    _t("қатты тұрмыстық қалдықтарды шығару", "вывозе твёрдых бытовых отходов",
       "вывоза твёрдых бытовых отходов", "вывозу твёрдых бытовых отходов", "appeals"),
    _t("электрондық құжат айналымы жүйесін енгізу",
       "внедрении системы электронного документооборота",
       "внедрения системы электронного документооборота",
       "внедрению системы электронного документооборота", "digital", "chancellery"),
    _t("мүгедектігі бар адамдар үшін қолжетімді орта құру",
       "создании доступной среды для лиц с инвалидностью",
       "создания доступной среды для лиц с инвалидностью",
       "созданию доступной среды для лиц с инвалидностью", "appeals", "finance"),
    _t("ақпараттық қауіпсіздікті қамтамасыз ету", "обеспечении информационной безопасности",
       "обеспечения информационной безопасности", "обеспечению информационной безопасности",
       "digital"),
    _t("Наурыз мейрамын атап өту", "праздновании Наурыз мейрамы",
       "празднования Наурыз мейрамы", "празднованию Наурыз мейрамы", "chancellery"),
    _t("коммуналдық қызметтерге тарифтерді қалыптастыру",
       "формировании тарифов на коммунальные услуги",
       "формирования тарифов на коммунальные услуги",
       "формированию тарифов на коммунальные услуги", "appeals", "finance"),
    _t("мемлекеттік органдар қызметінің тиімділігін бағалау",
       "оценке эффективности деятельности государственных органов",
       "оценки эффективности деятельности государственных органов",
       "оценке эффективности деятельности государственных органов", "chancellery", "digital"),
    _t("мемлекеттік қызметтерге жасанды интеллект құралдарын енгізу",
       "внедрении инструментов искусственного интеллекта в оказание государственных услуг",
       "внедрения инструментов искусственного интеллекта в оказание государственных услуг",
       "внедрению инструментов искусственного интеллекта в оказание государственных услуг",
       "digital"),
    _t("заңнамаға өзгерістер мен толықтырулар енгізу",
       "внесении изменений и дополнений в законодательство",
       "внесения изменений и дополнений в законодательство",
       "внесению изменений и дополнений в законодательство", "legal"),
    _t("сот актілерін орындау", "исполнении судебных актов", "исполнения судебных актов",
       "исполнению судебных актов", "legal"),
    _t("шарттық-құқықтық жұмысты ұйымдастыру", "организации договорно-правовой работы",
       "организации договорно-правовой работы", "организации договорно-правовой работы",
       "legal"),
    _t("бухгалтерлік есептілікті ұсыну", "представлении бухгалтерской отчётности",
       "представления бухгалтерской отчётности", "представлению бухгалтерской отчётности",
       "finance"),
    _t("дебиторлық берешекті өтеу", "погашении дебиторской задолженности",
       "погашения дебиторской задолженности", "погашению дебиторской задолженности",
       "finance"),
    _t("мемлекеттік қызметтерді цифрлық форматқа көшіру",
       "переводе государственных услуг в цифровой формат",
       "перевода государственных услуг в цифровой формат",
       "переводу государственных услуг в цифровой формат", "digital"),
)
_TOPICS_BY_DEPARTMENT: Final = {
    d.id: tuple(t for t in _TOPICS if d.id in t.departments) for d in _DEPARTMENTS}

_STATE_BODIES: Final = (
    ("Қазақстан Республикасының Жасанды интеллект және цифрлық даму министрлігі",
     "Министерство искусственного интеллекта и цифрового развития Республики Казахстан"),
    ("Қазақстан Республикасының Қаржы министрлігі", "Министерство финансов Республики Казахстан"),
    ("Қазақстан Республикасының Әділет министрлігі", "Министерство юстиции Республики Казахстан"),
    ("Қазақстан Республикасының Еңбек және халықты әлеуметтік қорғау министрлігі",
     "Министерство труда и социальной защиты населения Республики Казахстан"),
    ("Қазақстан Республикасының Оқу-ағарту министрлігі",
     "Министерство просвещения Республики Казахстан"),
    ("Қазақстан Республикасының Төтенше жағдайлар министрлігі",
     "Министерство по чрезвычайным ситуациям Республики Казахстан"),
    ("Қазақстан Республикасының Өнеркәсіп және құрылыс министрлігі",
     "Министерство промышленности и строительства Республики Казахстан"),
    ("Қазақстан Республикасының Мемлекеттік қызмет істері агенттігі",
     "Агентство Республики Казахстан по делам государственной службы"),
    ("Қазақстан Республикасының Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі",
     "Агентство Республики Казахстан по противодействию коррупции"),
    ("Астана қаласының әкімдігі", "Акимат города Астаны"),
    ("Астана қаласы әкімінің аппараты", "Аппарат акима города Астаны"),
    ("Астана қаласының Білім басқармасы", "Управление образования города Астаны"),
    ("Астана қаласының Тұрғын үй-коммуналдық шаруашылық басқармасы",
     "Управление жилищно-коммунального хозяйства города Астаны"),
    ("Ақмола облысының әкімдігі", "Акимат Акмолинской области"),
    ("Есіл ауданының прокуратурасы", "Прокуратура района Есиль"),
    ("«Азаматтарға арналған үкімет» мемлекеттік корпорациясы» КЕАҚ",
     "НАО «Государственная корпорация «Правительство для граждан»»"),
    ("«Ұлттық ақпараттық технологиялар» АҚ", "АО «Национальные информационные технологии»"),
)
_LLP_NAMES: Final = ("Нұр Құрылыс", "Дала Жолдары", "Сарыарқа Энерго Сервис", "Көктем Сервис",
                     "Жасыл Қала", "Техно Даму", "Ақ Бұлақ Су", "Тазалық Сервис",
                     "Байтерек Жылу", "Алтын Дән")
_ASSOCIATIONS: Final = (
    ("«Қамқорлық» қоғамдық бірлестігі", "Общественное объединение «Қамқорлық»"),
    ("Аудандық ардагерлер кеңесі", "Районный совет ветеранов"),
    ("«Атамекен» Қазақстан Республикасының Ұлттық кәсіпкерлер палатасы",
     "Национальная палата предпринимателей Республики Казахстан «Атамекен»"),
    ("«Мейірім» көпбалалы аналар қоғамдық бірлестігі",
     "Общественное объединение многодетных матерей «Мейірім»"),
)
_CORRESPONDENTS: Final = (
    _STATE_BODIES * 3  # state bodies write most of the letters
    + tuple((f"«{n}» ЖШС", f"ТОО «{n}»") for n in _LLP_NAMES)
    + _ASSOCIATIONS
)
_TRIP_CITIES: Final = (("Алматы", "Алматы"), ("Шымкент", "Шымкент"), ("Қарағанды", "Караганда"),
                       ("Ақтөбе", "Актобе"), ("Павлодар", "Павлодар"),
                       ("Өскемен", "Усть-Каменогорск"), ("Атырау", "Атырау"),
                       ("Түркістан", "Туркестан"))

# (title kk, title ru, summary kk, summary ru); slots: {Topic} {topic} {about} {gen}
# {dat} {corr} {period_kk} {period_ru}.
_INCOMING: Final = (
    ("{Topic} мәселесі бойынша ақпарат беру туралы",
     "О предоставлении информации по вопросу {gen}",
     "{corr} {topic} мәселесі бойынша {period_kk} ақпаратты ұсынуды сұрайды.",
     "{corr} просит представить информацию по вопросу {gen} {period_ru}."),
    ("{Topic} мәселесі бойынша материалдар жолдау туралы",
     "О направлении материалов по вопросу {gen}",
     "{corr} {topic} мәселесі бойынша материалдарды жұмыста пайдалану үшін жолдайды.",
     "{corr} направляет для использования в работе материалы по вопросу {gen}."),
    ("{Topic} мәселесі бойынша кеңес өткізу туралы",
     "О проведении совещания по вопросу {gen}",
     "{corr} {topic} мәселесі бойынша бірлескен кеңес өткізуді ұсынады.",
     "{corr} предлагает провести совместное совещание по вопросу {gen}."),
    ("{Topic} туралы", "{about}",
     "{corr} {topic} бөлігінде анықталған кемшіліктер туралы хабарлайды және шара "
     "қабылдауды сұрайды.",
     "{corr} сообщает о выявленных недостатках в части {gen} и просит принять меры."),
    ("{Topic} жөніндегі бірлескен жоспардың жобасын келісу туралы",
     "О согласовании проекта совместного плана по {dat}",
     "{corr} {topic} жөніндегі бірлескен жоспардың жобасын келісуді сұрайды.",
     "{corr} просит согласовать проект совместного плана по {dat}."),
)
_OUTGOING: Final = (
    ("{Topic} мәселесі бойынша ақпарат жолдау туралы",
     "О направлении информации по вопросу {gen}",
     "{Topic} мәселесі бойынша {period_kk} жиынтық ақпарат жолданады.",
     "Направляется сводная информация по вопросу {gen} {period_ru}."),
    ("{Topic} мәселесі бойынша түсініктеме беру туралы", "О разъяснении по вопросу {gen}",
     "{Topic} мәселесі бойынша қолданыстағы заңнамаға сәйкес түсініктеме беріледі.",
     "Даются разъяснения по вопросу {gen} в соответствии с действующим законодательством."),
    ("{Topic} жөніндегі ұсыныстар туралы", "О предложениях по {dat}",
     "{Topic} жөніндегі ұсыныстар жиынтық жоспарға енгізу үшін жолданады.",
     "Направляются предложения по {dat} для включения в сводный план."),
    ("{Topic} бойынша қабылданған шаралар туралы", "О принятых мерах по {dat}",
     "{Topic} бойынша қабылданған шаралар туралы хабарланады.",
     "Сообщается о принятых мерах по {dat}."),
)
_INTERNAL: Final = (
    ("{Topic} мәселесі бойынша қызметтік жазба", "Служебная записка по вопросу {gen}",
     "{Topic} жөніндегі бөлім ұсыныстарын қарауды сұраймын.",
     "Прошу рассмотреть предложения отдела по {dat}."),
    ("{Topic} бойынша жұмыс барысы туралы", "О ходе работы по {dat}",
     "{Topic} бойынша жұмыс барысы туралы хабарлаймын.",
     "Информирую о ходе работы по {dat}."),
    ("{Topic} мәселесі бойынша мәліметтер ұсыну туралы",
     "О представлении сведений по вопросу {gen}",
     "Жиынтық есеп дайындау үшін {topic} мәселесі бойынша мәліметтер ұсынуды сұраймын.",
     "Для подготовки сводного отчёта прошу представить сведения по вопросу {gen}."),
    ("{Topic} мәселесі бойынша семинарға қатысу туралы",
     "Об участии в семинаре по вопросу {gen}",
     "Бөлім мамандарының {topic} мәселесі бойынша семинарға қатысуын келісуді сұраймын.",
     "Прошу согласовать участие специалистов отдела в семинаре по вопросу {gen}."),
)
_ORDERS: Final = (
    ("{Topic} жөніндегі 2026 жылға арналған іс-шаралар жоспарын бекіту туралы",
     "Об утверждении плана мероприятий по {dat} на 2026 год",
     "{Topic} жөніндегі 2026 жылға арналған іс-шаралар жоспары бекітіліп, жауапты "
     "орындаушылар мен мерзімдер айқындалады.",
     "Утверждается план мероприятий по {dat} на 2026 год, определяются ответственные "
     "исполнители и сроки."),
    ("{Topic} жөніндегі жұмыс тобын құру туралы", "О создании рабочей группы по {dat}",
     "{Topic} жөніндегі жұмыс тобы құрылып, оның құрамы мен ережесі бекітіледі.",
     "Создаётся рабочая группа по {dat}, утверждаются её состав и положение."),
    ("{Topic} жөніндегі шаралар туралы", "О мерах по {dat}",
     "Құрылымдық бөлімшелерге {topic} жөнінде шаралар қабылдап, орындалу барысы туралы "
     "ақпарат ұсыну тапсырылады.",
     "Структурным подразделениям поручается принять меры по {dat} и представить "
     "информацию о ходе исполнения."),
)
# Personnel orders; slots {days} {city_kk} {city_ru} and the topic's.
_PERSONNEL: Final = (
    ("Жыл сайынғы ақылы еңбек демалысын беру туралы",
     "О предоставлении ежегодного оплачиваемого трудового отпуска",
     "Бөлімнің бас маманына {days} күнтізбелік күн мерзімге жыл сайынғы ақылы еңбек "
     "демалысы беріледі.",
     "Главному специалисту отдела предоставляется ежегодный оплачиваемый трудовой отпуск "
     "продолжительностью {days} календарных дней."),
    ("Іссапарға жіберу туралы", "О командировании",
     "Бөлім қызметкерлері {topic} мәселесі бойынша семинарға қатысу үшін {city_kk} "
     "қаласына іссапарға жіберіледі.",
     "Сотрудники отдела направляются в командировку в город {city_ru} для участия в "
     "семинаре по вопросу {gen}."),
    ("Қызметкерлерді көтермелеу туралы", "О поощрении сотрудников",
     "Қызметтік міндеттерін адал атқарғаны үшін бөлім қызметкерлеріне алғыс жарияланады.",
     "За добросовестное исполнение служебных обязанностей сотрудникам отдела объявляется "
     "благодарность."),
)
_TEMPLATES: Final = {"incoming": _INCOMING, "outgoing": _OUTGOING, "internal": _INTERNAL,
                     "order": _ORDERS}
_JOURNALS: Final = {"incoming": f"incoming-{YEAR}", "outgoing": f"outgoing-{YEAR}",
                    "internal": f"internal-{YEAR}", "order": f"orders-{YEAR}"}
# Second part of the case index per kind (01-12 incoming letters, 01-13 outgoing…).
_CASES: Final = {"incoming": "12", "outgoing": "13", "internal": "14", "order": "03",
                 "personnel": "04"}


class _Weighted(Generic[_T]):
    """Weighted choice by bisection: random.choices() rebuilds its tables every call."""

    def __init__(self, pairs: Sequence[tuple[_T, float]]) -> None:
        self.items = [item for item, _ in pairs]
        self.cumulative: list[float] = []
        total = 0.0
        for _, weight in pairs:
            total += weight
            self.cumulative.append(total)
        self.total = total

    def pick(self, rng: random.Random) -> _T:
        return self.items[bisect.bisect(self.cumulative, rng.random() * self.total)]


_KINDS: Final = _Weighted([("incoming", 40), ("outgoing", 30), ("internal", 18), ("order", 12)])
_ANY_DEPARTMENT: Final = _Weighted([(d.id, 1) for d in _DEPARTMENTS])
# Orders are mostly the akim's, drafted and registered by the chancellery.
_ORDER_DEPARTMENT: Final = _Weighted([(d.id, 4 if d.id == "chancellery" else 1)
                                      for d in _DEPARTMENTS])


# -- citizens' requests --------------------------------------------------------------

@dataclass(frozen=True)
class _Street:
    kk: str  # "Кенесары көшесі"
    kk_at: str  # "Кенесары көшесіндегі"
    kk_abbr: str  # "Кенесары көш."
    ru: str  # "ул. Кенесары"
    ru_along: str  # "по ул. Кенесары" / "в мкр. Самал-2"
    ru_on: str  # "на ул. Кенесары" / "в мкр. Самал-2"


def _street(kind: str, kk: str, ru: str) -> _Street:
    if kind == "ул":
        return _Street(f"{kk} көшесі", f"{kk} көшесіндегі", f"{kk} көш.", f"ул. {ru}",
                       f"по ул. {ru}", f"на ул. {ru}")
    if kind == "пр":
        return _Street(f"{kk} даңғылы", f"{kk} даңғылындағы", f"{kk} даңғ.", f"пр. {ru}",
                       f"по пр. {ru}", f"на пр. {ru}")
    return _Street(f"{kk} шағын ауданы", f"{kk} шағын ауданындағы", f"{kk} ш.а.",
                   f"мкр. {ru}", f"в мкр. {ru}", f"в мкр. {ru}")


def _streets(*items: tuple[str, str, str]) -> tuple[_Street, ...]:
    return tuple(_street(*item) for item in items)


# (city kk, city ru, streets); the akimat is in Astana, so most applicants live there.
_CITIES: Final = _Weighted([
    (("Астана", "Астана", _streets(
        ("пр", "Мәңгілік Ел", "Мәңгілік Ел"), ("пр", "Тұран", "Туран"),
        ("пр", "Қабанбай батыр", "Кабанбай батыра"), ("ул", "Кенесары", "Кенесары"),
        ("ул", "Сығанақ", "Сыганак"), ("ул", "Бейбітшілік", "Бейбитшилик"),
        ("пр", "Сарыарқа", "Сарыарка"), ("пр", "Абай", "Абая"),
        ("пр", "Республика", "Республики"), ("ул", "Сәкен Сейфуллин", "Сакена Сейфуллина"),
        ("ул", "Александр Пушкин", "Александра Пушкина"), ("пр", "Жеңіс", "Женис"),
        ("ул", "Иманов", "Иманова"), ("ул", "Ақжол", "Акжол"))), 70),
    (("Алматы", "Алматы", _streets(
        ("пр", "Абай", "Абая"), ("ул", "Төле би", "Толе би"), ("пр", "Әл-Фараби", "аль-Фараби"),
        ("пр", "Жібек жолы", "Жибек Жолы"), ("ул", "Розыбакиев", "Розыбакиева"),
        ("мкр", "Самал-2", "Самал-2"))), 10),
    (("Шымкент", "Шымкент", _streets(
        ("пр", "Тәуке хан", "Тауке хана"), ("ул", "Қазыбек би", "Казыбек би"),
        ("ул", "Байтұрсынұлы", "Байтурсынулы"), ("мкр", "Нұрсәт", "Нурсат"))), 8),
    (("Қарағанды", "Караганда", _streets(
        ("пр", "Бұқар жырау", "Бухар жырау"), ("ул", "Ерубаев", "Ерубаева"),
        ("пр", "Нұркен Әбдіров", "Нуркена Абдирова"))), 6),
    (("Павлодар", "Павлодар", _streets(
        ("ул", "Естай", "Естая"), ("ул", "Торайғыров", "Торайгырова"),
        ("ул", "Лермонтов", "Лермонтова"))), 6),
])
_OPERATORS: Final = ("700", "701", "702", "705", "707", "708", "747", "771", "775", "776",
                     "777", "778")
_MAIL_DOMAINS: Final = ("mail.ru", "gmail.com", "inbox.ru", "yandex.kz", "list.ru", "bk.ru")
_CHANNELS: Final = _Weighted([("eotinish", 45), ("egov", 25), ("tson", 20), ("post", 10)])
_PUBLIC_SERVICES: Final = (
    ("Тұрғын үйге мұқтаж азаматтарды есепке қою",
     "Постановка на учёт граждан, нуждающихся в жилище"),
    ("Атаулы әлеуметтік көмек тағайындау", "Назначение адресной социальной помощи"),
    ("Архивтік анықтамалар беру", "Выдача архивных справок"),
    ("Мектепке дейінгі ұйымдарға құжаттар қабылдау және жолдама беру",
     "Приём документов и выдача направлений в дошкольные организации"),
    ("Жер учаскесінің нысаналы мақсатын өзгерту туралы шешім беру",
     "Выдача решения об изменении целевого назначения земельного участка"),
)
_KIDS: Final = (("үш", "трое детей", "троих детей"), ("төрт", "четверо детей", "четверых детей"),
                ("бес", "пятеро детей", "пятерых детей"),
                ("алты", "шестеро детей", "шестерых детей"))

_Pair = tuple[str, str]  # (kk, ru)


@dataclass(frozen=True)
class _Issue:
    """What a citizen writes about: subject, then problem [+ detail] + request."""

    service: str
    other_department: str  # where the appeals department forwards some of these
    subject: _Pair
    problems: tuple[_Pair, ...]
    details: tuple[_Pair, ...]
    asks: tuple[_Pair, ...]

    @property
    def in_a_flat(self) -> bool:
        """Whether the text names a flat, so the applicant must live in one."""
        return any("{apt}" in ru for _, ru in self.problems)


# Slots: {st_kk} "Кенесары көшесіндегі", {st_ru} "ул. Кенесары", {st_along} "по ул. …",
# {st_on} "на ул. …", {house} {apt} {n} (days) {t} (°C) {year} {q} {school} {route}
# {mins} {yrs} {kids_kk} {kids_ru} {svc_kk} {svc_ru} {date_kk} {date_ru}; Russian verbs
# and nouns that agree with the applicant's sex: {filed} {Spouse} {spouse_ins}.
_ISSUES: Final = _Weighted([
    (_Issue("APPEAL", "finance",
            ("{st_kk} жолды жөндеу", "Ремонт дороги {st_along}"),
            (("{st_kk} {house}-үйдің жанындағы жол төсемін жөндеу бойынша шара "
              "қабылдауыңызды сұраймын.",
              "Прошу принять меры по ремонту дорожного покрытия {st_on} возле дома "
              "№ {house}."),
             ("{st_kk} {house}-үй маңындағы жол бірнеше жылдан бері жөнделмеген.",
              "Дорога {st_on} в районе дома № {house} не ремонтировалась несколько лет.")),
            (("Асфальт бұзылып, терең шұңқырлар пайда болды, жаңбырдан кейін су жиналып "
              "қалады.",
              "Асфальт разрушен, образовались глубокие ямы, после дождя стоит вода."),
             ("Шұңқырлардың кесірінен тұрғындардың көліктері бүлінуде, ал жаяу "
              "жүргіншілер көлік жүретін бөлікпен жүруге мәжбүр.",
              "Из-за ям повреждаются машины жителей, а пешеходам приходится идти по "
              "проезжей части.")),
            (("Жөндеу жұмыстары қашан жоспарланғанын хабарлауыңызды сұраймын.",
              "Прошу сообщить, когда запланирован ремонт."),
             ("Жолды ағымдағы жылы жөндеу жоспарына енгізуіңізді сұраймын.",
              "Прошу включить дорогу в план ремонта на текущий год."))), 14),
    (_Issue("APPEAL", "finance",
            ("Ыстық судың болмауы", "Отсутствие горячей воды"),
            (("{st_kk} {house}-үйде {n} күннен бері ыстық су жоқ.",
              "В доме № {house} {st_along} уже {n} дней нет горячей воды."),),
            (("Басқарушы компанияға жүгінгенімізбен, нәтиже болмады.",
              "Обращения в управляющую компанию результата не дали."),
             ("Үйде кішкентай балалар мен қарт адамдар тұрады.",
              "В доме живут маленькие дети и пожилые люди.")),
            (("Мәселені қарап, қызмет жеткізушіні ыстық су беруді қалпына келтіруге "
              "міндеттеуіңізді сұраймын.",
              "Прошу разобраться и обязать поставщика восстановить подачу горячей воды."),)),
     8),
    (_Issue("APPEAL", "finance",
            ("Пәтердің нашар жылытылуы", "Недостаточное отопление в квартире"),
            (("{st_kk} {house}-үйдегі {apt}-пәтерде температура {t} градустан аспайды.",
              "В квартире № {apt} дома № {house} {st_along} температура не поднимается "
              "выше {t} градусов."),),
            (("Отбасымызда кішкентай балалар мен қарт ата-анамыз бар, олар жиі ауырады.",
              "В семье маленькие дети и пожилые родители, они часто болеют."),
             ("Жылу үшін төлемді уақтылы және толық төлеп отырмыз.",
              "Оплату за отопление мы вносим своевременно и в полном объёме.")),
            (("Тексеру жүргізіп, шара қабылдауыңызды сұраймын.",
              "Прошу провести проверку и принять меры."),
             ("Жылыту төлемін қайта есептеуді сұраймын.",
              "Прошу произвести перерасчёт платы за отопление."))), 8),
    (_Issue("INFO", "finance",
            ("Атаулы әлеуметтік көмек тағайындау", "Назначение адресной социальной помощи"),
            (("Отбасымызда {kids_kk} бала бар, табысымыз ең төменгі күнкөріс деңгейінен төмен.",
              "В нашей семье {kids_ru}, доход семьи ниже прожиточного минимума."),
             ("Мен {kids_kk} баланы жалғыз тәрбиелеп отырмын, тұрақты жұмысым жоқ.",
              "Я {alone} воспитываю {kids_ru_acc}, постоянной работы у меня нет.")),
            (("Жұбайым жұмыссыз, тұрақты табысымыз жоқ.",
              "{Spouse} не работает, постоянного дохода у семьи нет."),
             ("Балалардың бірі мүгедектігі бар бала, ол тұрақты емделуді қажет етеді.",
              "Один из детей — ребёнок с инвалидностью, ему требуется постоянное лечение."),
             ("Пәтерді жалға алып тұрамыз, жалдау ақысы табысымыздың жартысынан астамын "
              "құрайды.",
              "Мы снимаем жильё, аренда забирает больше половины дохода семьи.")),
            (("Атаулы әлеуметтік көмек алу тәртібін және қажетті құжаттар тізбесін "
              "түсіндіруіңізді сұраймын.",
              "Прошу разъяснить порядок получения адресной социальной помощи и перечень "
              "необходимых документов."),
             ("Отбасыма атаулы әлеуметтік көмек тағайындау мүмкіндігін қарастыруыңызды "
              "сұраймын.",
              "Прошу рассмотреть возможность назначения моей семье адресной социальной "
              "помощи."))), 8),
    (_Issue("APPEAL", "legal",
            ("Жеке тұрғын үй құрылысына жер учаскесін беру",
             "Предоставление земельного участка под ИЖС"),
            (("{year} жылдан бері жеке тұрғын үй құрылысы үшін жер учаскесін алу кезегінде "
              "тұрмын, кезектегі нөмірім — {q}.",
              "С {year} года я состою в очереди на получение земельного участка для "
              "индивидуального жилищного строительства, мой номер в очереди — {q}."),),
            (("Соңғы екі жылда кезек іс жүзінде жылжымады.",
              "За последние два года очередь практически не продвинулась."),),
            (("Учаске қашан берілетінін хабарлауыңызды сұраймын.",
              "Прошу сообщить, когда ожидается предоставление участка."),
             ("Кезектің жылжуы туралы ақпарат беруіңізді сұраймын.",
              "Прошу предоставить информацию о движении очереди."))), 7),
    (_Issue("APPEAL", "chancellery",
            ("Баланы бірінші сыныпқа қабылдау", "Зачисление ребёнка в первый класс"),
            (("Балам биыл бірінші сыныпқа барады, алайда тұрғылықты жеріміздегі № {school} "
              "мектепте орын жоқ деп бас тартты.",
              "Мой ребёнок в этом году идёт в первый класс, однако в школе № {school} по "
              "месту жительства нам отказали из-за отсутствия мест."),),
            (("Басқа мектептер үйден алыс орналасқан, қоғамдық көлік сирек жүреді.",
              "Другие школы находятся далеко от дома, общественный транспорт ходит редко."),),
            (("Үйге жақын мектепке қабылдауға жәрдемдесуіңізді сұраймын.",
              "Прошу оказать содействие в зачислении в ближайшую к дому школу."),)), 6),
    (_Issue("INFO", "chancellery",
            ("Балабақшаға кезек", "Очередь в детский сад"),
            (("Балам {year} жылдан бері балабақшаға кезекте тұр, бірақ жолдама әлі берілген "
              "жоқ.",
              "Мой ребёнок стоит в очереди в детский сад с {year} года, однако направление "
              "до сих пор не выдано."),),
            (("Екеуміз де жұмыс істейміз, баланы қалдыратын адам жоқ.",
              "Мы с {spouse_ins} работаем, оставить ребёнка не с кем."),
             ("Үйге жақын балабақшада бос орындар бар екенін білеміз.",
              "Нам известно, что в ближайшем к дому детском саду есть свободные места.")),
            (("Орынды қашан алуға болатынын түсіндіруіңізді сұраймын.",
              "Прошу разъяснить, когда можно ожидать получения места."),
             ("Кезектегі нөмірімді және оның қалай өзгергенін хабарлауыңызды сұраймын.",
              "Прошу сообщить мой номер в очереди и как он менялся."))), 6),
    (_Issue("APPEAL", "finance",
            ("{st_kk} жарықтың болмауы", "Отсутствие уличного освещения {st_on}"),
            (("{st_kk} {house}-үй маңындағы шамдар жұмыс істемейді.",
              "{St_on} в районе дома № {house} не работают фонари."),),
            (("Кешке көше жарықтандырылмайды, балалар мектептен және үйірмелерден қараңғыда "
              "қайтады.",
              "Вечером улица не освещается, дети возвращаются из школы и секций в "
              "темноте."),),
            (("Көше жарығын қалпына келтіруіңізді сұраймын.",
              "Прошу восстановить уличное освещение."),)), 7),
    (_Issue("APPEAL", "finance",
            ("Қоқыстың уақтылы шығарылмауы", "Несвоевременный вывоз мусора"),
            (("{st_kk} {house}-үйдің ауласында {n} күннен бері қоқыс шығарылмай жатыр, "
              "контейнерлер толып кетті.",
              "Во дворе дома № {house} {st_along} мусор не вывозится уже {n} дней, "
              "контейнеры переполнены."),),
            (("Аулада жағымсыз иіс пайда болды, қоқысты иттер мен құстар шашып жүр.",
              "Во дворе появился неприятный запах, мусор разносят собаки и птицы."),),
            (("Мердігерді қоқыс шығару кестесін сақтауға міндеттеуіңізді сұраймын.",
              "Прошу обязать подрядчика соблюдать график вывоза мусора."),)), 7),
    (_Issue("APPEAL", "finance",
            ("№ {route} автобус бағытының жұмысы", "Работа автобусного маршрута № {route}"),
            (("№ {route} бағыттағы автобустар сирек жүреді, қарбалас уақытта {mins} "
              "минуттан артық күтуге тура келеді.",
              "Автобусы маршрута № {route} ходят с большими интервалами, в часы пик "
              "приходится ждать более {mins} минут."),),
            (("Автобустар толы болғандықтан, аялдамада тұрғандарды алмай кетеді.",
              "Автобусы переполнены и часто проезжают остановку, не забирая пассажиров."),),
            (("Бағыттағы автобустар санын көбейтуді сұраймын.",
              "Прошу увеличить количество автобусов на маршруте."),)), 6),
    (_Issue("COMPLAINT", "digital",
            ("Мемлекеттік қызмет көрсету мерзімінің бұзылуына шағым",
             "Жалоба на нарушение срока оказания государственной услуги"),
            (("{date_kk} электрондық үкімет порталы арқылы «{svc_kk}» мемлекеттік қызметін "
              "алуға өтініш бердім.",
              "{date_ru} я {filed} заявление на получение государственной услуги "
              "«{svc_ru}» через портал электронного правительства."),),
            (("Белгіленген мерзім өтіп кетті, қызмет көрсету нәтижесі алынбады, дәлелді бас "
              "тарту жолданбады.",
              "Установленный срок истёк, результат оказания услуги не получен, "
              "мотивированный отказ не направлен."),),
            (("Шара қабылдап, кінәлі тұлғаларды жауапкершілікке тартуыңызды сұраймын.",
              "Прошу принять меры и привлечь виновных лиц к ответственности."),
             ("Өтінішімді қарап, қызмет көрсету нәтижесін беруді сұраймын.",
              "Прошу рассмотреть моё заявление и выдать результат оказания услуги."))), 9),
    (_Issue("PROPOSAL", "finance",
            ("Ауланы абаттандыру жөніндегі ұсыныс", "Предложение по благоустройству двора"),
            (("{st_kk} {house}-үйдің ауласына балалар алаңы мен орындықтар орнатуды "
              "ұсынамын.",
              "Предлагаю установить во дворе дома № {house} {st_along} детскую площадку и "
              "скамейки."),
             ("{st_kk} {house}-үйдің жанындағы бос алаңды саябаққа айналдыруды ұсынамын.",
              "Предлагаю обустроить сквер на пустыре возле дома № {house} {st_along}.")),
            (("Үй тұрғындары сенбілікке қатысуға және тәртіпті қадағалауға дайын.",
              "Жители дома готовы участвовать в субботнике и следить за порядком."),),
            (("Ауланы келесі жылғы абаттандыру бағдарламасына енгізу мүмкіндігін "
              "қарастыруыңызды сұраймын.",
              "Прошу рассмотреть возможность включения двора в программу благоустройства на "
              "следующий год."),)), 6),
    (_Issue("INFO", "finance",
            ("Үйді күрделі жөндеу туралы ақпарат сұрау",
             "Запрос информации о капитальном ремонте дома"),
            (("{st_kk} {house}-үйді күрделі жөндеу мерзімдері туралы ақпарат беруіңізді "
              "сұраймын.",
              "Прошу предоставить информацию о сроках капитального ремонта дома № {house} "
              "{st_along}."),),
            (("Үйдің шатыры ағады, кіреберістер {yrs} жылдан астам жөнделмеген.",
              "Крыша дома протекает, подъезды не ремонтировались более {yrs} лет."),),
            (("Үйдің күрделі жөндеу бағдарламасына енгізілгенін хабарлауыңызды сұраймын.",
              "Прошу сообщить, включён ли дом в программу капитального ремонта."),)), 5),
    (_Issue("REPORT", "legal",
            ("Аулада қаңғыбас иттер", "Бродячие собаки во дворе"),
            (("{st_kk} {house}-үйдің ауласында қаңғыбас иттер үйірі үнемі жүреді.",
              "Во дворе дома № {house} {st_along} постоянно находится стая бродячих "
              "собак."),),
            (("Иттер өтіп бара жатқандарға тап береді, балалар далаға шығуға қорқады.",
              "Собаки бросаются на прохожих, дети боятся выходить на улицу."),),
            (("Аулау қызметін жіберуіңізді сұраймын.",
              "Прошу направить службу по отлову животных."),)), 4),
    (_Issue("REPORT", "legal",
            ("Рұқсатсыз құрылыс", "Самовольное строительство"),
            (("{st_kk} {house}-үйдің жанында ақпараттық қалқансыз және қоршаусыз құрылыс "
              "жүргізілуде.",
              "Рядом с домом № {house} {st_along} ведётся строительство без "
              "информационного щита и ограждения."),),
            (("Құрылыс түнде де жүргізіледі, тұрғындар шудан зардап шегуде.",
              "Работы ведутся и в ночное время, жители страдают от шума."),),
            (("Рұқсат беру құжаттарының бар-жоғын тексеруіңізді сұраймын.",
              "Прошу проверить наличие разрешительных документов."),)), 4),
])
_INTRO: Final = ("Мен {addr_kk} мекенжайы бойынша тұрамын.", "Я проживаю по адресу: {addr_ru}.")
_BY_EMAIL: Final = ("Жауапты электрондық поштаға жіберуіңізді сұраймын.",
                    "Ответ прошу направить на электронную почту.")


# -- records -------------------------------------------------------------------------

class _Staff:
    """The users as the generator needs them: pools per department and short names."""

    def __init__(self, staff: list[DemoUser]) -> None:
        self.executors: dict[str, tuple[str, ...]] = {}
        self.short: dict[str, str] = {}
        for dep in _DEPARTMENTS:
            members = [u for u in staff if u.department == dep.id]
            # Where nobody has the executor role (the chancellery), its clerks execute.
            doers = ([u.id for u in members if "executor" in u.roles]
                     or [u.id for u in members if "clerk" in u.roles])
            self.executors[dep.id] = tuple(doers)
        self.registrars = tuple(u.id for u in staff
                                if u.department == "chancellery" and "clerk" in u.roles)
        self.names = {u.id: u.display_name for u in staff}
        self.heads = {u.department: u.id for u in staff if "head" in u.roles}
        for u in staff:
            surname, first, patronymic = u.display_name.split(" ", 2)
            self.short[u.id] = f"{surname} {first[0]}.{patronymic[0]}."


def records(seed: int = 2026, documents: int = 2000,
            requests: int = 1000) -> Iterator[DemoRecord]:
    """Stream ``documents`` documents, then ``requests`` citizens' requests.

    A generator with O(1) state: consume it lazily (``itertools.islice``) for large
    counts. The same seed always gives the same records, in the same order.
    """
    if documents < 0 or requests < 0:
        raise ValueError("documents and requests must not be negative")
    staff = _Staff(_established(seed))
    rng = random.Random(f"workplace-demo-records:{seed}")
    yield from _documents(rng, staff, documents)
    yield from _requests(rng, staff, requests)


def _documents(rng: random.Random, staff: _Staff, count: int) -> Iterator[DemoRecord]:
    numbers = dict.fromkeys(_JOURNALS.values(), 0)
    for i in range(count):
        day = _FIRST + i * _COUNT // count  # rising dates: numbers follow date order
        elapsed = _TODAY - day
        kind = _KINDS.pick(rng)
        department = (_ORDER_DEPARTMENT if kind == "order" else _ANY_DEPARTMENT).pick(rng)
        lang = "kk" if rng.random() < 0.5 else "ru"
        topic = rng.choice(_TOPICS_BY_DEPARTMENT[department])
        drafter = rng.choice(staff.executors[department])
        executor: str | None = drafter
        term = 0  # working days to the deadline; 0 = no deadline
        control = False
        registered = True
        personnel = kind == "order" and rng.random() < 0.25

        if kind == "incoming":
            author = rng.choice(staff.registrars)
            if (elapsed <= 1 and rng.random() < 0.6) or rng.random() < 0.05:
                status, executor = "registered", None  # no resolution yet, or FYI only
            else:
                term = rng.choice((5, 10, 10, 15, 20, 30))
                control = rng.random() < 0.4
                status = _execution_status(rng, elapsed, term)
        else:
            author = drafter
            registered = rng.random() >= (0.5 if elapsed < 5 else 0.03)
            if not registered:
                status = "draft" if rng.random() < 0.4 else "on_approval"
            elif kind == "outgoing" or personnel:
                status = "done" if elapsed > 5 and rng.random() < 0.3 else "registered"
            elif kind == "order" or rng.random() < 0.5:
                term = rng.choice((10, 15, 20, 30, 45, 60)) if kind == "order" \
                    else rng.choice((3, 5, 7, 10))
                control = kind == "order"
                status = _execution_status(rng, elapsed, term)
            else:
                status = "registered"

        journal = _JOURNALS[kind]
        case_index = f"{_NOMENCLATURE[department]}-{_CASES['personnel' if personnel else kind]}"
        reg_number = reg_date = deadline = None
        if registered:
            numbers[journal] += 1
            reg_number = f"{case_index}/{numbers[journal]}"
            reg_date = _CALENDAR[day].iso
            if term:
                deadline = _CALENDAR[day + term]

        correspondent = None
        if kind in ("incoming", "outgoing"):
            correspondent = rng.choice(_CORRESPONDENTS)[0 if lang == "kk" else 1]
        title, summary = _document_text(rng, kind, personnel, lang, topic, correspondent,
                                        day, deadline, control, executor, staff)

        data: dict[str, Any] = {
            "kind": kind, "title": title, "summary": summary, "correspondent": correspondent,
            "journal": journal, "case_index": case_index, "reg_number": reg_number,
            "reg_date": reg_date, "status": status, "executor": executor,
            "deadline": deadline.iso if deadline else None, "control": control,
            "lang": lang, "author": author,
        }
        _document_workflow(data, staff, department, _CALENDAR[day].iso)
        yield DemoRecord(DOCUMENTS_COLLECTION, _uuid(rng), department,
                         (executor,) if executor else (), data)


# Resolution texts by kind, in the document's language (kk, ru).
_RESOLUTION_TEXT: Final = {
    "incoming": ("Қарап, жауап дайындаңыз.", "Рассмотреть и подготовить ответ."),
    "internal": ("Орындау үшін.", "Для исполнения."),
    "order": ("Бұйрықтың орындалуын қамтамасыз етіңіз.", "Обеспечить исполнение приказа."),
    "outgoing": ("Орындау үшін.", "Для исполнения."),
}
_REPORT_TEXT: Final = ("Орындалды, жауап жолданды.", "Исполнено, ответ направлен.")


def _document_workflow(data: dict[str, Any], staff: _Staff, department: str,
                       day: str) -> None:
    """The nested parts of a document record as the wp_documents plugin keeps them
    (route, resolution, history, inbox words), derived without drawing from the
    generator, so the flat fields stay as they were."""
    kk = data["lang"] == "kk"
    head = {"id": staff.heads[department], "name": staff.names[staff.heads[department]]}
    author = {"id": data["author"], "name": staff.names[data["author"]]}
    at = f"{day}T09:00:00+05:00"
    history = [{"at": at, "by": author, "on_behalf": None, "action": "created", "note": ""}]
    route = None
    if data["status"] == "on_approval":
        route = {"state": "in_progress", "current": 0, "stages": [{"mode": "all", "approvers": [
            {**head, "decision": None, "comment": "", "at": None, "on_behalf": None}]}]}
        history.append({**history[0], "action": "sent_for_approval"})
    if data["reg_number"]:
        history.append({"at": f"{day}T10:00:00+05:00", "by": author, "on_behalf": None,
                        "action": "registered", "note": data["reg_number"]})
    resolutions = []
    executor = data["executor"]
    if executor is not None and data["status"] in ("in_execution", "done"):
        done = data["status"] == "done"
        lead = {"id": executor, "name": staff.names[executor]}
        resolutions.append({
            "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"demo-resolution:{data['reg_number']}")),
            "author": head, "deputy": None,
            "text": _RESOLUTION_TEXT[data["kind"]][0 if kk else 1], "executors": [lead],
            "deadline": data["deadline"], "control": data["control"],
            "reports": [{"by": lead, "text": _REPORT_TEXT[0 if kk else 1], "at": at}]
            if done else [], "state": "done" if done else "open",
            "at": f"{day}T11:00:00+05:00"})
        history.append({"at": f"{day}T11:00:00+05:00", "by": head, "on_behalf": None,
                        "action": "resolution", "note": lead["name"]})
    data.update(author_name=author["name"], reg_pending=False, in_reply_to=None,
                attachments=[], route=route, signatures=[], resolutions=resolutions,
                familiarisation=[], history=history)
    data["inbox"] = _inbox_words(data)


def _inbox_words(data: dict[str, Any]) -> str:
    """The same words as wp_documents.domain.model.inbox_words (a test holds them equal)."""
    words = []
    if data["route"]:
        words += [f"appr{a['id'].replace('-', '')}"
                  for a in data["route"]["stages"][0]["approvers"]]
    for res in data["resolutions"]:
        if res["state"] == "open":
            words += [f"exec{p['id'].replace('-', '')}" for p in res["executors"]]
        if res["control"] and res["state"] != "done":
            words.append(f"ctrl{res['author']['id'].replace('-', '')}")
    if data["status"] == "draft":
        words.append(f"mine{data['author'].replace('-', '')}")
    if data["reg_date"]:
        words.append("reg" + data["reg_date"].replace("-", ""))
    words += [f"kind{data['kind']}", "st" + data["status"].replace("_", "")]
    if data["executor"]:
        words.append(f"lead{data['executor'].replace('-', '')}")
    return " ".join(dict.fromkeys(words))


def _execution_status(rng: random.Random, elapsed: int, term: int) -> str:
    """in_execution or done, by how long ago the document was registered."""
    if elapsed > term:
        return "done" if rng.random() < 0.93 else "in_execution"  # the rest is overdue
    return "done" if rng.random() < 0.2 else "in_execution"


def _document_text(rng: random.Random, kind: str, personnel: bool, lang: str, topic: _Topic,
                   correspondent: str | None, day: int, deadline: _Day | None, control: bool,
                   executor: str | None, staff: _Staff) -> tuple[str, str]:
    """Title and a 1-3 sentence summary in ``lang``."""
    kk = lang == "kk"
    templates = _PERSONNEL if personnel else _TEMPLATES[kind]
    title_kk, title_ru, summary_kk, summary_ru = rng.choice(templates)
    period_kk, period_ru = rng.choice(_PERIODS[_CALENDAR[day].month])
    slots: dict[str, object] = {
        "Topic": topic.kk_cap, "topic": topic.kk, "about": topic.ru_about,
        "gen": topic.ru_gen, "dat": topic.ru_dat, "period_kk": period_kk,
        "period_ru": period_ru, "corr": correspondent,
    }
    if personnel:
        slots["days"] = rng.choice((14, 15, 30))
        slots["city_kk"], slots["city_ru"] = rng.choice(_TRIP_CITIES)
    title = (title_kk if kk else title_ru).format_map(slots)
    sentences = [(summary_kk if kk else summary_ru).format_map(slots)]

    if kind == "incoming" and deadline is not None:
        sentences.append(f"Жауапты {deadline.kk_dat} дейін жолдау қажет." if kk
                         else f"Ответ необходимо направить до {deadline.ru}.")
    elif kind == "outgoing" and rng.random() < 0.6:
        ref = _CALENDAR[day - rng.randint(2, 12)]
        ref_no = f"{rng.randint(1, 30):02d}-{rng.randint(1, 9)}/{rng.randint(100, 9999)}"
        sentences.append(f"Хат {ref.kk_attr} № {ref_no} сұрауға жауап ретінде дайындалды."
                         if kk else f"Письмо подготовлено в ответ на запрос от {ref.ru} "
                         f"№ {ref_no}.")
    elif kind == "internal" and deadline is not None:
        sentences.append(f"Орындау мерзімі — {deadline.kk_dat} дейін." if kk
                         else f"Срок исполнения — до {deadline.ru}.")
    elif kind == "order" and not personnel:
        sentences.append("Бұйрықтың орындалуын бақылау аудан әкімі аппаратының басшысына "
                         "жүктеледі." if kk else "Контроль за исполнением приказа возлагается "
                         "на руководителя аппарата акима района.")

    if control and kind != "order":
        sentences.append("Құжат бақылауға алынды." if kk else "Документ поставлен на контроль.")
    elif kind == "outgoing" and rng.random() < 0.4:
        pages = rng.randint(1, 12)
        sentences.append(f"Қосымша: {pages} парақ." if kk else f"Приложение: на {pages} л.")
    elif executor is not None and kind != "order" and rng.random() < 0.5:
        # The initials' last dot ends the sentence too ("Исполнитель — Попов А.В.").
        sentences.append(f"Орындаушы — {staff.short[executor]}" if kk
                         else f"Исполнитель — {staff.short[executor]}")
    return title, " ".join(sentences[:3])


def _requests(rng: random.Random, staff: _Staff, count: int) -> Iterator[DemoRecord]:
    birth_first = dt.date(1950, 1, 1).toordinal()
    birth_last = dt.date(2005, 12, 31).toordinal()
    for i in range(count):
        day = _FIRST + i * _COUNT // count
        elapsed = _TODAY - day
        issue = _ISSUES.pick(rng)
        lang = "kk" if rng.random() < 0.5 else "ru"
        kk = lang == "kk"

        # The applicant: a valid IIN for a plausible birth date and sex.
        sex = "male" if rng.random() < 0.5 else "female"
        birth = dt.date.fromordinal(rng.randint(birth_first, birth_last))
        serial = rng.randrange(10_000)
        iin = make_iin(birth, sex, serial)
        while iin is None:  # ~1 serial in 121 has no check digit: take the next one
            serial = (serial + 1) % 10_000
            iin = make_iin(birth, sex, serial)
        kazakh = rng.random() < (0.93 if kk else 0.75)
        person = _person(rng, sex, kazakh, kazakh_patronymic=rng.random() < (0.6 if kk else 0.3))

        # One draw feeds all the small numbers (a dozen randint calls cost more). The
        # moduli multiply to ~2.5e24, far below 2**128, so none of them runs dry.
        bits = rng.getrandbits(128)
        bits, house = divmod(bits, 150)
        bits, apt = divmod(bits, 240)
        bits, has_apt = divmod(bits, 10)
        bits, phone = divmod(bits, 10_000_000)
        bits, n = divmod(bits, 16)
        bits, t = divmod(bits, 5)
        bits, year = divmod(bits, 8)
        bits, q = divmod(bits, 5000)
        bits, school = divmod(bits, 90)
        bits, route = divmod(bits, 80)
        bits, mins = divmod(bits, 6)
        bits, yrs = divmod(bits, 5)
        house += 1
        # Three in ten live in a private house, unless the complaint is about a flat.
        apt = apt + 1 if has_apt < 7 or issue.in_a_flat else 0

        city_kk, city_ru, streets = _CITIES.pick(rng)
        street = rng.choice(streets)
        if kk:
            address = f"{city_kk} қ., {street.kk_abbr}, {house}-үй" + (
                f", {apt}-пәтер" if apt else "")
        else:
            address = f"г. {city_ru}, {street.ru}, {house}" + (f", кв. {apt}" if apt else "")
        email = None
        if rng.random() < 0.55:
            email = (f"{_latin(person.first)}.{_latin(person.surname)}"
                     f"{birth.year % 100:02d}@{rng.choice(_MAIL_DOMAINS)}")

        applied = _CALENDAR[day - rng.randint(6, 20)]
        svc_kk, svc_ru = rng.choice(_PUBLIC_SERVICES)
        kids_kk, kids_ru, kids_ru_acc = rng.choice(_KIDS)
        slots = {
            "st_kk": street.kk_at, "st_ru": street.ru, "st_along": street.ru_along,
            "st_on": street.ru_on, "St_on": street.ru_on[0].upper() + street.ru_on[1:],
            "house": house, "apt": apt, "n": n + 5, "t": t + 12,
            "year": 2018 + year, "q": q + 120, "school": school + 1, "route": route + 1,
            "mins": 20 + mins * 5, "yrs": 10 + yrs * 5, "kids_kk": kids_kk, "kids_ru": kids_ru,
            "kids_ru_acc": kids_ru_acc, "alone": "один" if sex == "male" else "одна",
            "svc_kk": svc_kk, "svc_ru": svc_ru, "date_kk": applied.kk_loc,
            "date_ru": applied.ru, "filed": "подал" if sex == "male" else "подала",
            "Spouse": "Супруга" if sex == "male" else "Супруг",
            "spouse_ins": "супругой" if sex == "male" else "супругом",
            "addr_kk": address, "addr_ru": address,
        }
        side = 0 if kk else 1
        subject = issue.subject[side].format_map(slots)
        subject = subject[0].upper() + subject[1:]
        sentences = [rng.choice(issue.problems)[side].format_map(slots)]
        if rng.random() < 0.7:
            sentences.append(rng.choice(issue.details)[side].format_map(slots))
        sentences.append(rng.choice(issue.asks)[side].format_map(slots))
        if len(sentences) < 4 and rng.random() < 0.35:
            sentences.insert(0, _INTRO[side].format_map(slots))
        if email and len(sentences) < 4 and rng.random() < 0.5:
            sentences.append(_BY_EMAIL[side])

        term = _TERM_DAYS[issue.service]
        status = _request_status(rng, elapsed, term)
        # The shape of wp_egov's records (plugins/wp_egov/domain.py): an SLA pause for
        # those waiting on the applicant, the answer day for those answered, and the
        # fields the queues are read by (open, deadline).
        pauses: list[dict[str, Any]] = []
        answered_on = None
        due = day + term
        if status == "waiting":
            since = min(day + max(1, elapsed // 2), _TODAY)
            pauses = [{"from": _CALENDAR[since].iso, "to": None,
                       "reason": "Қосымша құжаттар сұралды" if kk
                       else "Запрошены дополнительные документы"}]
            due += _TODAY - since  # the deadline moves while the clock stands still
        elif status in ("answered", "closed"):
            answered_on = _CALENDAR[min(day + max(1, min(elapsed, term) - 1), _TODAY)].iso
        department = "appeals" if rng.random() < 0.85 else issue.other_department
        executor = None if status == "registered" else rng.choice(staff.executors[department])
        data: dict[str, Any] = {
            "channel": _CHANNELS.pick(rng),
            "service_code": issue.service,
            "applicant": {
                "kind": "person", "iin": iin, "name": person.full,
                "phone": f"+7 {rng.choice(_OPERATORS)} {phone // 10_000:03d} "
                         f"{phone // 100 % 100:02d} {phone % 100:02d}",
                "email": email, "address": address,
            },
            "subject": subject,
            "text": " ".join(sentences),
            "status": status,
            "executor": executor,
            "executor_name": staff.names[executor] if executor else "",
            "reg_date": _CALENDAR[day].iso,
            "deadline": _CALENDAR[due].iso,
            "lang": lang,
            "number": i + 1,
            "term_days": term,
            "applicant_key": iin,
            "open": status in ("registered", "assigned", "in_progress", "waiting"),
            "running": status in ("registered", "assigned", "in_progress"),
            "pauses": pauses,
            "extension": None,
            "answered_on": answered_on,
            "forwarded": None,
            "links": [],
            "replies": [],
            "history": [],
        }
        yield DemoRecord(REQUESTS_COLLECTION, _uuid(rng), department,
                         (executor,) if executor else (), data)


def _request_status(rng: random.Random, elapsed: int, term: int) -> str:
    """Where a request registered ``elapsed`` working days before "today" stands."""
    r = rng.random()
    if elapsed < 1:
        return "registered" if r < 0.7 else "assigned"
    if elapsed < term:
        return ("assigned" if r < 0.15 else "in_progress" if r < 0.6
                else "waiting" if r < 0.75 else "answered")
    # Past the term: mostly finished; the rest is overdue, the SLA view's business.
    return ("closed" if r < 0.78 else "answered" if r < 0.95
            else "in_progress" if r < 0.98 else "waiting")
