"""The gateway's demo data: deterministic, consistent, realistic, and streamed."""

from __future__ import annotations

import datetime as dt
import inspect
import itertools
import json
import re
import tracemalloc
from collections import Counter, defaultdict
from dataclasses import asdict

import pytest

from workplace.identifiers import validate_iin
from workplace.server import demo

KAZAKH_LETTERS = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
LATIN_LETTERS = re.compile("[A-Za-z]")
UUID4 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
DOCUMENT_STATUSES = {"draft", "registered", "on_approval", "in_execution", "done"}
REQUEST_STATUSES = {"registered", "assigned", "in_progress", "waiting", "answered", "closed"}
# Abbreviations in addresses and initials end in a dot without ending the sentence.
ABBREVIATIONS = ("г.", "ул.", "пр.", "мкр.", "кв.", "қ.", "көш.", "даңғ.", "ш.а.", "л.")


@pytest.fixture(scope="module")
def sample() -> list[demo.DemoRecord]:
    return list(demo.records(documents=2000, requests=1000))


@pytest.fixture(scope="module")
def staff() -> dict[str, demo.DemoUser]:
    return {u.id: u for u in demo.users()}


def _documents(sample):
    return [r for r in sample if r.collection == demo.DOCUMENTS_COLLECTION]


def _requests(sample):
    return [r for r in sample if r.collection == demo.REQUESTS_COLLECTION]


def _sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?])\s+", text)
    merged: list[str] = []
    for part in parts:
        if merged and merged[-1].rsplit(" ", 1)[-1] in ABBREVIATIONS:
            merged[-1] += " " + part
        else:
            merged.append(part)
    return merged


# -- organisation --------------------------------------------------------------------

def test_departments():
    deps = demo.departments()
    assert 4 <= len(deps) <= 5
    assert len({d.id for d in deps}) == len(deps)
    for d in deps:
        assert KAZAKH_LETTERS.search(d.name_kk), d
        assert not LATIN_LETTERS.search(d.name_kk + d.name_ru), d
    assert demo.departments() == deps


def test_users_roles_and_departments(staff):
    users = list(staff.values())
    dep_ids = {d.id for d in demo.departments()}
    assert 18 <= len(users) <= 25
    assert {u.department for u in users} == dep_ids
    heads = Counter(u.department for u in users if "head" in u.roles)
    assert heads == dict.fromkeys(dep_ids, 1)
    assert sum("admin" in u.roles for u in users) == 1
    assert {u.department for u in users if "clerk" in u.roles} == {"chancellery", "appeals"}
    assert {u.department for u in users if "executor" in u.roles} == dep_ids - {"chancellery"}
    assert all(set(u.roles) <= {"clerk", "executor", "head", "admin"} for u in users)


def test_user_names_and_ids(staff):
    users = list(staff.values())
    assert all(UUID4.match(u.id) for u in users)
    assert len({u.username for u in users}) == len(users)
    assert all(re.fullmatch(r"[a-z]\.[a-z]+\d*", u.username) for u in users), users
    for u in users:
        surname, first, patronymic = u.display_name.split(" ")  # the official order
        assert surname[0].isupper() and first[0].isupper(), u
        assert patronymic.endswith(("ұлы", "қызы", "вич", "вна")), u
    assert sum(bool(KAZAKH_LETTERS.search(u.display_name)) for u in users) >= 10


def test_newcomers_are_in_no_record(sample):
    """The staff directory is the only place the demo's newest colleagues appear."""
    named = set()
    for r in sample:
        named.update(r.audience)
        named.update(re.findall(r"[0-9a-f]{8}-[0-9a-f-]{27}", json.dumps(r.data)))
    newcomers = demo.users()[-3:]  # listed after the staff the records are made of
    assert not named & {u.id for u in newcomers}
    assert all(u.id in named for u in demo.users()[:-3] if "executor" in u.roles)
    assert {u.department for u in newcomers} == {"appeals", "legal"}
    assert all(u.roles == ("executor",) for u in newcomers)


def test_users_are_deterministic():
    assert demo.users(5) == demo.users(5)
    assert demo.users(5) != demo.users(6)


def test_service_catalogue():
    codes = {s["code"]: s for s in demo.SERVICE_CATALOGUE}
    assert codes["APPEAL"]["term_days"] == 15
    assert codes["COMPLAINT"]["term_days"] == 5
    for s in demo.SERVICE_CATALOGUE:
        assert set(s) == {"code", "name_kk", "name_ru", "term_days"}
        assert s["name_kk"] != s["name_ru"]
        assert re.fullmatch("[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі ]+", s["name_kk"] + s["name_ru"])


# -- determinism, counts, streaming ----------------------------------------------------

def _dump(records) -> bytes:
    return json.dumps([asdict(r) for r in records], ensure_ascii=False,
                      sort_keys=True).encode()


def test_same_seed_same_bytes_other_seed_other_data():
    first = _dump(demo.records(seed=11, documents=300, requests=200))
    assert first == _dump(demo.records(seed=11, documents=300, requests=200))
    other = list(demo.records(seed=12, documents=300, requests=200))
    assert _dump(other) != first
    assert {r.id for r in other}.isdisjoint(
        {r.id for r in demo.records(seed=11, documents=300, requests=200)})


def test_counts(sample):
    assert Counter(r.collection for r in sample) == {
        demo.DOCUMENTS_COLLECTION: 2000, demo.REQUESTS_COLLECTION: 1000}
    assert list(demo.records(documents=0, requests=0)) == []
    assert len(list(demo.records(documents=3, requests=0))) == 3
    with pytest.raises(ValueError):
        list(demo.records(documents=-1))


def test_record_ids_are_unique_uuids(sample):
    assert len({r.id for r in sample}) == len(sample)
    assert all(UUID4.match(r.id) for r in sample)


def test_records_stream():
    stream = demo.records(documents=200_000, requests=200_000)
    assert inspect.isgenerator(stream)
    head = list(itertools.islice(stream, 10))
    assert len(head) == 10
    # O(1) memory: consuming many records keeps only the current one alive.
    tracemalloc.start()
    try:
        for _ in itertools.islice(stream, 5000):
            pass
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 2_000_000, peak


# -- documents -----------------------------------------------------------------------

def test_document_fields(sample, staff):
    for r in _documents(sample):
        d = r.data
        assert set(d) == {"kind", "title", "summary", "correspondent", "journal", "case_index",
                          "reg_number", "reg_date", "status", "executor", "deadline",
                          "control", "lang", "author",
                          # the plugin's nested parts (tests/unit/test_documents_demo.py)
                          "author_name", "reg_pending", "in_reply_to", "attachments", "route",
                          "signatures", "resolutions", "familiarisation", "history", "inbox"}
        assert d["kind"] in {"incoming", "outgoing", "internal", "order"}
        assert d["status"] in DOCUMENT_STATUSES
        assert d["lang"] in {"kk", "ru"}
        assert d["author"] in staff
        assert re.fullmatch(r"\d\d-\d\d", d["case_index"])
        assert (d["correspondent"] is not None) == (d["kind"] in {"incoming", "outgoing"})
        if d["control"]:
            assert d["deadline"] is not None


def test_executors_belong_to_the_department(sample, staff):
    for r in sample:
        executor = r.data["executor"]
        if executor is None:
            assert r.audience == ()
        else:
            assert staff[executor].department == r.department, r
            assert r.audience == (executor,)


def test_registration_numbers_are_unique_and_sequential_per_journal(sample):
    by_journal: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for r in _documents(sample):
        d = r.data
        assert re.fullmatch(r"[a-z]+-2026", d["journal"])
        if d["reg_number"] is None:
            assert d["reg_date"] is None
            assert d["status"] in {"draft", "on_approval"}
            continue
        case_index, number = d["reg_number"].split("/")
        assert case_index == d["case_index"]
        by_journal[d["journal"]].append((int(number), d["reg_date"]))
    assert set(by_journal) == {"incoming-2026", "outgoing-2026", "internal-2026",
                               "orders-2026"}
    for journal, entries in by_journal.items():
        numbers = [n for n, _ in entries]
        assert numbers == list(range(1, len(numbers) + 1)), journal
        dates = [day for _, day in entries]
        assert dates == sorted(dates), journal  # numbers follow registration dates


def test_documents_of_2026_on_working_days(sample):
    for r in _documents(sample):
        d = r.data
        if d["reg_date"]:
            day = dt.date.fromisoformat(d["reg_date"])
            assert day.year == 2026 and day.weekday() < 5
            if d["deadline"]:
                assert d["deadline"] > d["reg_date"]


def test_document_mix(sample):
    docs = [r.data for r in _documents(sample)]
    kinds = Counter(d["kind"] for d in docs)
    assert set(kinds) == {"incoming", "outgoing", "internal", "order"}
    assert set(Counter(d["status"] for d in docs)) == DOCUMENT_STATUSES
    assert 0.4 < sum(d["lang"] == "kk" for d in docs) / len(docs) < 0.6
    assert any(d["control"] for d in docs)
    assert len({r.department for r in _documents(sample)}) == len(demo.departments())


def test_document_texts(sample):
    docs = [r.data for r in _documents(sample)]
    for d in docs:
        for field in ("title", "summary", "correspondent"):
            text = d[field] or ""
            assert not LATIN_LETTERS.search(text), (field, text)
            assert "{" not in text and "}" not in text and ".." not in text, text
        if d["lang"] == "kk":
            assert KAZAKH_LETTERS.search(d["title"]), d["title"]
            assert KAZAKH_LETTERS.search(d["summary"]), d["summary"]
        else:
            assert re.search("[а-яё]", d["title"]), d["title"]
        assert 1 <= len(_sentences(d["summary"])) <= 3, d["summary"]
        assert d["title"][0].isupper() or d["title"][0] == "«"
    # Varied enough to look real in a list of 2,000.
    assert len({d["title"] for d in docs}) > 400
    assert len({d["summary"] for d in docs}) > 1200


# -- requests ------------------------------------------------------------------------

def test_request_fields(sample, staff):
    codes = {s["code"] for s in demo.SERVICE_CATALOGUE}
    for r in _requests(sample):
        d = r.data
        assert set(d) == {"channel", "service_code", "applicant", "subject", "text", "status",
                          "executor", "executor_name", "reg_date", "deadline", "lang", "number",
                          "term_days",
                          "applicant_key", "open", "running", "pauses", "extension",
                          "answered_on", "forwarded", "links", "replies", "history"}
        # The SLA queues read "running" (wp_egov.sla.recompute): open, clock not paused.
        assert d["running"] == (d["open"] and d["status"] != "waiting")
        assert d["channel"] in {"egov", "eotinish", "tson", "post"}
        assert d["service_code"] in codes
        assert d["status"] in REQUEST_STATUSES
        assert (d["executor"] is None) == (d["status"] == "registered")
        applicant = d["applicant"]
        assert set(applicant) == {"kind", "iin", "name", "phone", "email", "address"}
        assert re.fullmatch(r"\+7 7\d\d \d{3} \d\d \d\d", applicant["phone"])
        assert applicant["email"] is None or re.fullmatch(r"[a-z.]+\d\d@[a-z]+\.[a-z]+",
                                                          applicant["email"])
        assert len(applicant["name"].split(" ")) == 3


def test_every_applicant_iin_is_valid(sample):
    for r in _requests(sample):
        info = validate_iin(r.data["applicant"]["iin"])
        assert dt.date(1950, 1, 1) <= info.birth_date <= dt.date(2005, 12, 31)


def test_applicant_sex_matches_the_name(sample):
    for r in _requests(sample):
        applicant = r.data["applicant"]
        patronymic = applicant["name"].split(" ")[2]
        female = patronymic.endswith(("қызы", "вна"))
        assert validate_iin(applicant["iin"]).sex == ("female" if female else "male"), applicant


def test_requests_registered_on_working_days_of_2026(sample):
    terms = {s["code"]: s["term_days"] for s in demo.SERVICE_CATALOGUE}
    for r in _requests(sample):
        d = r.data
        day = dt.date.fromisoformat(d["reg_date"])
        assert day.year == 2026 and day.weekday() < 5
        # A deadline n working days on is at least n calendar days on.
        assert (dt.date.fromisoformat(d["deadline"]) - day).days >= terms[d["service_code"]]


def test_request_deadlines_are_those_of_the_requests_module(sample):
    # The SLA engine of wp_egov, on the demo's "today" (the last working day of 2026),
    # gives the deadlines the demo stored: the queues show what the data says.
    from wp_egov import sla

    from workplace.api.calendar import process_calendar

    today = dt.date(2026, 12, 31)
    for r in _requests(sample):
        d = r.data
        assert sla.recompute(d, today, process_calendar())["deadline"] == d["deadline"], d
        assert d["open"] == (d["status"] in sla.OPEN_STATUSES)


def test_requests_go_mostly_to_the_appeals_department(sample):
    departments = Counter(r.department for r in _requests(sample))
    assert departments["appeals"] / sum(departments.values()) > 0.75
    assert len(departments) > 1


def test_request_mix(sample):
    reqs = [r.data for r in _requests(sample)]
    assert set(Counter(d["status"] for d in reqs)) == REQUEST_STATUSES
    assert set(Counter(d["service_code"] for d in reqs)) == {
        s["code"] for s in demo.SERVICE_CATALOGUE}
    assert 0.4 < sum(d["lang"] == "kk" for d in reqs) / len(reqs) < 0.6


def test_request_texts(sample):
    reqs = [r.data for r in _requests(sample)]
    for d in reqs:
        for text in (d["subject"], d["text"], d["applicant"]["address"]):
            assert not LATIN_LETTERS.search(text), text
            assert "{" not in text and "}" not in text and "(" not in text, text
        if d["lang"] == "kk":
            assert KAZAKH_LETTERS.search(d["subject"]), d["subject"]
            assert KAZAKH_LETTERS.search(d["text"]), d["text"]
            assert d["applicant"]["address"].split(" ")[1] == "қ.,"
        else:
            assert d["applicant"]["address"].startswith("г. ")
        assert 2 <= len(_sentences(d["text"])) <= 4, d["text"]
    assert len({d["text"] for d in reqs}) > 950
    assert len({d["subject"] for d in reqs}) > 50
