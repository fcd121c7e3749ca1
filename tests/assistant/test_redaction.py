"""Personal data never leaves unredacted, and comes back in the answer."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st
from wp_assistant.redaction import Category, Redactor, find_personal_data, luhn_ok

from workplace.identifiers import make_iin

IIN = make_iin(dt.date(1990, 1, 1), "male", 123) or ""
CARD = "4111 1111 1111 1111"
TEXT = (f"Заявитель Сейітова Айгерім, ИИН {IIN}, тел. +7 701 123 45 67 и 8 (7172) 55-12-34, "
        f"e-mail a.seitova@mail.kz, карта {CARD}, проживает: ул. Абая, д. 10, кв. 5. "
        "Номер обращения 123456789012 (не ИИН).")


def test_each_category_is_found_and_replaced() -> None:
    red = Redactor().redact(TEXT)
    assert IIN and IIN not in red.text
    for leaked in ("701 123 45 67", "55-12-34", "a.seitova@mail.kz", CARD, "Абая"):
        assert leaked not in red.text
    assert "[IIN_1]" in red.text and "[EMAIL_1]" in red.text and "[CARD_1]" in red.text
    assert red.counts[Category.PHONE] == 2
    assert red.counts[Category.ADDRESS] == 1
    assert "123456789012" in red.text  # wrong check digit: not an identifier


def test_same_value_same_placeholder_and_restore() -> None:
    r = Redactor()
    first = r.redact(f"ИИН {IIN}, тел. 87011234567")
    second = r.redact(f"Ещё раз {IIN} и +7 701 123 45 67")
    assert "[IIN_1]" in first.text and "[IIN_1]" in second.text
    assert "[PHONE_1]" in second.text  # the same phone, written differently
    answer = "Гражданину с ИИН [IIN_1] позвоните по [PHONE_1]; см. [IIN 1]."
    restored = r.restore(answer)
    assert restored.count(IIN) == 2 and "87011234567" in restored


def test_streamed_restore_hides_a_half_placeholder() -> None:
    r = Redactor()
    r.redact(f"ИИН {IIN}")
    assert r.restore_partial("ИИН: [II") == "ИИН: "
    assert r.restore_partial("ИИН: [IIN_1] ok") == f"ИИН: {IIN} ok"


def test_kazakh_address_and_bin() -> None:
    text = "Мекенжайы: Абай даңғылы, 25, 14 пәтер. БСН 050540000042."
    found = {f.category for f in find_personal_data(text)}
    assert Category.ADDRESS in found


def test_user_may_send_some_categories_unless_policy_forbids() -> None:
    text = "ул. Абая, д. 10 — e-mail a@b.kz"
    r = Redactor(send_as_is=frozenset({Category.ADDRESS, Category.EMAIL}),
                 never_send=frozenset({Category.EMAIL}))
    red = r.redact(text)
    assert "Абая" in red.text and "a@b.kz" not in red.text
    assert red.kept == {Category.ADDRESS}


def test_luhn() -> None:
    assert luhn_ok("4111111111111111")
    assert not luhn_ok("4111111111111112")


_words = st.sampled_from(["Прошу", "рассмотреть", "өтініш", "жауап", "срочно", "по", "вопросу",
                          "дом", "№5,", "от", "12.03.2026", "года.", "Рақмет!", "\n"])


@st.composite
def _iins(draw: st.DrawFn) -> str:
    while True:
        born = draw(st.dates(dt.date(1930, 1, 1), dt.date(2025, 12, 31)))
        iin = make_iin(born, draw(st.sampled_from(["male", "female"])),
                       draw(st.integers(1, 9999)))
        if iin:
            return iin


_phones = st.builds(lambda a, b, fmt: fmt.format(a=a, b=b),
                    st.sampled_from(["701", "702", "705", "707", "747", "771", "777"]),
                    st.integers(1_000_000, 9_999_999).map(str),
                    st.sampled_from(["+7 {a} {b}", "8{a}{b}", "+7{a}{b}", "8 ({a}) {b}"]))
_emails = st.builds(lambda u, d: f"{u}@{d}.kz",
                    st.from_regex(r"[a-z][a-z0-9._]{0,10}[a-z0-9]", fullmatch=True),
                    st.from_regex(r"[a-z]{2,8}", fullmatch=True))


@settings(max_examples=150, deadline=None)
@given(words=st.lists(_words, max_size=12), iins=st.lists(_iins(), min_size=1, max_size=3),
       phones=st.lists(_phones, min_size=1, max_size=2),
       emails=st.lists(_emails, min_size=1, max_size=2), seed=st.randoms())
def test_no_identifier_survives_and_all_come_back(words, iins, phones, emails, seed) -> None:
    secrets = [*iins, *phones, *emails]
    parts = [*words, *secrets]
    seed.shuffle(parts)
    text = " ".join(parts)
    r = Redactor()
    sent = r.redact(text).text
    for secret in secrets:
        assert secret not in sent
    digits = "".join(ch for ch in sent if ch.isdigit())
    for iin in iins:
        assert iin not in digits
    restored = r.restore(sent)
    for secret in [*iins, *emails]:
        assert secret in restored
    # One number written two ways shares a placeholder and comes back in its first form.
    restored_digits = "".join(ch for ch in restored if ch.isdigit())
    for phone in phones:
        assert "".join(ch for ch in phone if ch.isdigit())[-10:] in restored_digits
    if len({"".join(c for c in p if c.isdigit())[-10:] for p in phones}) == len(phones):
        assert restored == text
