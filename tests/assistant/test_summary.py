"""The on-device summary: a document's body sentences only, in their order, kk and ru.

The title is the summary's heading (the request shown above it), so it is not ranked
as a sentence; people's names, registration numbers, dates and labels are not
sentences at all. Sentences do not break after abbreviations or initials.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pytest
from wp_assistant import textrank
from wp_assistant.backends import Citation, Task, TaskKind
from wp_assistant.retrieval import record_body, record_text, record_title
from wp_assistant.service import Assistant, Conversation

from workplace.api import AIPolicy, LocalRecord, Record, SearchHit
from workplace.server import demo

DOCUMENTS = "wp_documents.documents"
REQUESTS = "wp_egov.requests"

# A letter as the Documents module keeps it: the title, the body (summary), and the
# fields about who and when that used to be ranked as sentences.
RU_LETTER = {
    "kind": "incoming", "lang": "ru",
    "title": "О подготовке объектов образования к отопительному сезону 2026–2027 гг.",
    "reg_number": "03-12/245", "reg_date": "2026-08-14",
    "correspondent": "Управление образования области",
    "author_name": "Сейітқалиев Берік Аскарович",
    "summary": (
        "О подготовке объектов образования к отопительному сезону 2026–2027 гг. "
        "Управление образования просит обеспечить подготовку школ и детских садов "
        "района к отопительному сезону. Котельные, тепловые узлы, окна и кровли "
        "должны быть проверены, т.е. составлены акты готовности, до 1 октября 2026 г. "
        "Ответственным назначен заместитель акима района Б. А. Сейітқалиев. "
        "Сведения о готовности объектов направить до 15 сентября 2026 года по форме "
        "приложения. 03-12/245"),
}
RU_KEY = ("Управление образования просит обеспечить подготовку школ и детских садов "
          "района к отопительному сезону.")

KK_LETTER = {
    "kind": "incoming", "lang": "kk",
    "title": "Жолдарды жөндеу жұмыстарының барысы туралы",
    "reg_number": "01-12/88", "reg_date": "2026-05-04",
    "correspondent": "Есіл ауданының әкімдігі",
    "author_name": "Тоқтарова Дана Ерлановна",
    "summary": (
        "Жолдарды жөндеу жұмыстарының барысы туралы.\n\n"
        "Аудан әкімдігі Абай, Сейфуллин көшелерінде т.б. жолдарды орташа жөндеу "
        "жұмыстарының кестесі бұзылғанын хабарлайды. "
        "Мердігер 2026 ж. 1 маусымға дейін жұмыстарды аяқтауға міндеттенді. "
        "Жауапты орындаушы Б. А. Сейітқалиев жұмыстардың барысы туралы апта сайын "
        "ақпарат береді.\n\n"
        "Сейітқалиев Берік Аскарович\n\n"
        "01-12/88"),
}
KK_KEY = ("Аудан әкімдігі Абай, Сейфуллин көшелерінде т.б. жолдарды орташа жөндеу "
          "жұмыстарының кестесі бұзылғанын хабарлайды.")

NAMES = ("Сейітқалиев Берік Аскарович", "Тоқтарова Дана Ерлановна")


@dataclass
class _Store:
    """``ctx.store``'s ``get`` and ``search``, over a few records."""

    records: Mapping[tuple[str, str], Mapping[str, Any]]

    async def search(self, query: str, per_collection: int) -> list[SearchHit]:
        stems = query.split()
        return [SearchHit(c, i, record_title(d), "") for (c, i), d in self.records.items()
                if all(s in record_text(d).casefold() for s in stems)]

    async def get(self, collection: str, record_id: str) -> LocalRecord | None:
        data = self.records.get((collection, record_id))
        return LocalRecord(Record(collection, record_id, data)) if data is not None else None


def _summarise(collection: str, record_id: str, data: Mapping[str, Any],
               language: str) -> tuple[list[str], str, tuple[Citation, ...]]:
    """The key sentences the assistant gives for a record, as the chat page asks."""
    store = _Store({(collection, record_id): data,
                    (DOCUMENTS, "other"): {"title": "Другое", "summary": "Не то."}})
    task = Task(TaskKind.SUMMARISE, record_text(data), language,
                (Citation(collection, record_id, record_title(data, record_id)),))

    async def run() -> tuple[str, tuple[Citation, ...]]:
        last = None
        async for update in Assistant(AIPolicy(), store).run(task, Conversation("t")):
            last = update
        assert last is not None and last.done and last.error is None
        return last.text, last.citations

    text, citations = asyncio.run(run())
    key = [line[2:] for line in text.splitlines() if line.startswith("- ")]
    return key, text, citations


def _assert_body_only(key: list[str], data: Mapping[str, Any]) -> None:
    body = record_body(data)
    title = textrank.words(record_title(data))
    assert key, data
    for sentence in key:
        assert sentence in body, sentence  # from the body, as written
        assert textrank.words(sentence) != title, sentence  # not the title again
        assert sentence not in NAMES and not any(c.isdigit() for c in sentence[:1])
    # In the document's order.
    assert [body.index(s) for s in key] == sorted(body.index(s) for s in key)


@pytest.mark.parametrize(("data", "key_sentence"), [(RU_LETTER, RU_KEY), (KK_LETTER, KK_KEY)],
                         ids=["ru", "kk"])
def test_a_letter_is_summarised_from_its_body(data, key_sentence):
    key, text, citations = _summarise(DOCUMENTS, "letter-1", data, str(data["lang"]))
    _assert_body_only(key, data)
    assert key_sentence in key
    assert len(key) == 3
    for field in ("reg_number", "reg_date", "correspondent", "author_name"):
        assert all(str(data[field]) != s for s in key)
    assert str(data["title"]) not in text  # the title is the request's heading only
    assert [(c.collection, c.record_id) for c in citations] == [(DOCUMENTS, "letter-1")]


def test_the_abbreviations_and_initials_do_not_cut_sentences():
    assert ("Котельные, тепловые узлы, окна и кровли должны быть проверены, т.е. "
            "составлены акты готовности, до 1 октября 2026 г.") in textrank.sentences(
        record_body(RU_LETTER))
    assert any("Б. А. Сейітқалиев" in s for s in textrank.sentences(record_body(RU_LETTER)))
    kk = textrank.sentences(record_body(KK_LETTER))
    assert KK_KEY in kk
    assert "Мердігер 2026 ж. 1 маусымға дейін жұмыстарды аяқтауға міндеттенді." in kk
    assert any(s.startswith("Жауапты орындаушы Б. А. Сейітқалиев") for s in kk)
    assert textrank.sentences("Мектептер, ауруханалар т.б. нысандар жөнделеді.") == [
        "Мектептер, ауруханалар т.б. нысандар жөнделеді."]
    assert textrank.sentences("Жауапты: Сейітқалиев Б. А. Мерзімі 1 маусым.") == [
        "Жауапты: Сейітқалиев Б. А.", "Мерзімі 1 маусым."]
    assert textrank.sentences("Проверка в г. Астана завершена в 2026 г. Акт подписан.") == [
        "Проверка в г. Астана завершена в 2026 г.", "Акт подписан."]
    # A word that merely ends in a letter and a stop still ends its sentence.
    assert textrank.sentences("В городе построен завод. Завод работает.") == [
        "В городе построен завод.", "Завод работает."]


@pytest.mark.parametrize("line", [
    "Сейітқалиев Берік Аскарович", "Тоқтарова Дана Ерлановна", "Иванов Иван",
    "Сейітқалиев Б. А.", "03-12/245", "№ 47", "2026-08-14", "14.08.2026",
    "Есіл ауданының әкімдігі", "Келісуді сұраймын.", "О подготовке к отопительному сезону",
])
def test_names_numbers_dates_and_labels_say_nothing(line):
    assert not textrank.says_something(line)


@pytest.mark.parametrize("sentence", [RU_KEY, KK_KEY, "Құжат бақылауға алынды.",
                                      "Ответ направить до 15 сентября 2026 года."])
def test_statements_say_something(sentence):
    assert textrank.says_something(sentence)


def _demo(collection: str, lang: str, field: str) -> tuple[str, dict[str, Any]]:
    for record in demo.records(documents=60, requests=60):
        if record.collection == collection and record.data.get("lang") == lang \
                and len(textrank.sentences(str(record.data.get(field) or ""))) >= 2:
            return record.id, dict(record.data)
    raise AssertionError(f"no {lang} record in {collection}")


@pytest.mark.parametrize("lang", ["kk", "ru"])
@pytest.mark.parametrize(("collection", "field", "person"), [
    (DOCUMENTS, "summary", "author_name"), (REQUESTS, "text", "executor_name")],
    ids=["document", "request"])
def test_demo_records_are_summarised_from_their_body(collection, field, person, lang):
    record_id, data = _demo(collection, lang, field)
    key, text, citations = _summarise(collection, record_id, data, lang)
    _assert_body_only(key, data)
    assert str(data[person]) not in text
    statements = [s for s in textrank.sentences(str(data[field]))
                  if textrank.says_something(s)]
    assert len(key) == min(3, len(statements))
    assert citations[0].record_id == record_id


def test_pasted_text_and_records_without_a_body_field():
    # Pasted text: no record, the same rules.
    assert textrank.summarise(
        "Сейітқалиев Берік Аскарович\n\n01-12/88\n\n" + RU_LETTER["summary"], 2) == [
        "О подготовке объектов образования к отопительному сезону 2026–2027 гг.", RU_KEY]
    # A record of another module: its prose fields, people and numbers left out.
    data = {"subject": "Тема", "details": "Жители просят отремонтировать крышу дома.",
            "executor_name": "Сейітқалиев Берік Аскарович", "case_number": "A-12 B-14 C-1"}
    assert record_body(data) == "Жители просят отремонтировать крышу дома."
    # Only a title: nothing to summarise, said so.
    key, text, _c = _summarise(DOCUMENTS, "t", {"title": "О подготовке к сезону",
                                                "author_name": NAMES[0]}, "en")
    assert key == [] and "The document has no text to summarise." in text


def test_ask_cites_the_right_records_with_body_passages():
    store = _Store({(DOCUMENTS, "ru"): RU_LETTER, (DOCUMENTS, "kk"): KK_LETTER})
    task = Task(TaskKind.ASK, "отопительному сезону", "ru")

    async def run() -> tuple[str, tuple[Citation, ...]]:
        last = None
        async for update in Assistant(AIPolicy(), store).run(task, Conversation("t")):
            last = update
        assert last is not None and last.done
        return last.text, last.citations

    text, citations = asyncio.run(run())
    assert [(c.collection, c.record_id) for c in citations] == [(DOCUMENTS, "ru")]
    assert citations[0].title == RU_LETTER["title"]
    assert "отопительному сезону" in citations[0].passage
    assert not any(name in text for name in NAMES)
