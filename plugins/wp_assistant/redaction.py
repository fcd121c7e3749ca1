"""Personal data out, placeholders in; the placeholders put back locally in the answer.

Before any text leaves this computer for a model, :class:`Redactor` replaces IINs and
BINs (only numbers whose check digit is right), phone numbers (Kazakh +7 / 8 7xx and
international forms), e-mail addresses, card numbers (Luhn-checked) and, as a best
effort, street addresses with placeholders such as ``[IIN_1]``. The same value gets the
same placeholder for the whole conversation, so a model can still tell two citizens
apart; :meth:`Redactor.restore` turns the placeholders in an answer back into the
values, on this computer only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from workplace.api import Text, is_valid_bin, is_valid_iin, translatable


class Category(StrEnum):
    """A kind of personal data the redactor recognises."""

    IIN = "iin"
    BIN = "bin"
    PHONE = "phone"
    EMAIL = "email"
    CARD = "card"
    ADDRESS = "address"


CATEGORY_NAMES: dict[Category, Text] = {
    Category.IIN: translatable("wp_assistant", "IIN"),
    Category.BIN: translatable("wp_assistant", "BIN"),
    Category.PHONE: translatable("wp_assistant", "phone numbers"),
    Category.EMAIL: translatable("wp_assistant", "e-mail addresses"),
    Category.CARD: translatable("wp_assistant", "card numbers"),
    Category.ADDRESS: translatable("wp_assistant", "addresses"),
}

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}(?![\w-])")
# 13 to 19 digits, in groups separated by single spaces or hyphens.
_CARD = re.compile(r"(?<![\d+])\d(?:[ -]?\d){12,18}(?!\d)")
_TWELVE = re.compile(r"(?<!\d)\d{12}(?!\d)")
# +7 / 8 followed by a 3-digit mobile or 4-digit city code and the number, with the
# usual separators: +7 701 123 45 67, 8 (7172) 12-34-56, 87011234567, +7-701-123-4567.
_PHONE_KZ = re.compile(
    r"(?<![\w+])(?:\+\s?7|8)[\s-]?\(?\d{3,4}\)?[\s-]?\d{2,3}[\s-]?\d{2}[\s-]?\d{2}(?![\w])")
_PHONE_INTL = re.compile(r"(?<![\w+])\+\d{1,3}[\s-]?\(?\d{2,4}\)?(?:[\s-]?\d{2,4}){2,4}(?!\w)")
_UPPER = "А-ЯЁӘҒҚҢӨҰҮҺІA-Z"
_NAME = rf"[{_UPPER}0-9][\w.-]*(?:\s+[{_UPPER}][\w.-]*){{0,2}}"
_HOUSE = r"(?:,?\s*(?:д\.|дом|үй)?\s*\d+[\w/-]*)"
_FLAT = r"(?:,?\s*(?:кв\.?|квартира|пәтер|офис)\s*\d+|,?\s*\d+\s*-?\s*пәтер)"
_ADDRESS_RU = re.compile(
    rf"(?<!\w)(?:ул\.|улица|пр\.|пр-т|проспект|пер\.|переулок|б-р|бульвар|шоссе|мкр\.?|"
    rf"микрорайон)\s*{_NAME}{_HOUSE}?{_FLAT}?", re.IGNORECASE)
_ADDRESS_KK = re.compile(
    rf"(?<!\w){_NAME}\s+(?:көшесі|даңғылы|шағын\s+ауданы|ш\.а\.|тұйық\s+көшесі)"
    rf"(?:,?\s*\d+[\w/-]*(?:\s*-?\s*үй)?)?{_FLAT}?", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"\[\s*(IIN|BIN|PHONE|EMAIL|CARD|ADDRESS)[\s_-]?(\d+)\s*\]")


def luhn_ok(digits: str) -> bool:
    """Whether a card number's digits pass the Luhn check."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isascii() and ch.isdigit())


def _phone_key(text: str) -> str | None:
    digits = _digits(text)
    if text.lstrip().startswith("+"):
        if digits.startswith("7") and len(digits) == 11:
            return "+" + digits
        return "+" + digits if 10 <= len(digits) <= 15 else None
    if digits.startswith("8") and len(digits) == 11:
        return "+7" + digits[1:]
    return None


@dataclass(frozen=True)
class Finding:
    """One piece of personal data found in a text: where, what kind, its key."""

    start: int
    end: int
    category: Category
    key: str  # the value normalised, so that two spellings share a placeholder


def find_personal_data(text: str) -> list[Finding]:
    """Every piece of personal data in ``text``, in order, never overlapping."""
    found: list[Finding] = []
    taken = [False] * len(text)

    def add(start: int, end: int, category: Category, key: str) -> None:
        if any(taken[start:end]):
            return
        taken[start:end] = [True] * (end - start)
        found.append(Finding(start, end, category, key))

    for m in _EMAIL.finditer(text):
        add(m.start(), m.end(), Category.EMAIL, m.group().casefold())
    for m in _CARD.finditer(text):
        digits = _digits(m.group())
        if len(digits) != 12 and luhn_ok(digits) and not _phone_key(m.group()):
            add(m.start(), m.end(), Category.CARD, digits)
    for m in _TWELVE.finditer(text):
        number = m.group()
        if is_valid_iin(number):
            add(m.start(), m.end(), Category.IIN, number)
        elif is_valid_bin(number):
            add(m.start(), m.end(), Category.BIN, number)
    for pattern in (_PHONE_KZ, _PHONE_INTL):
        for m in pattern.finditer(text):
            key = _phone_key(m.group())
            if key is not None:
                add(m.start(), m.end(), Category.PHONE, key)
    for pattern in (_ADDRESS_RU, _ADDRESS_KK):
        for m in pattern.finditer(text):
            value = m.group().strip().rstrip(",")
            add(m.start(), m.start() + len(value), Category.ADDRESS,
                " ".join(value.casefold().split()))
    found.sort(key=lambda f: f.start)
    return found


@dataclass(frozen=True)
class Redacted:
    """A text as it will be sent, and what was taken out of it."""

    text: str
    #: How many values of each category were replaced (for the audit trail, the preview).
    counts: dict[Category, int]
    #: Categories found but left in because the user allowed sending them.
    kept: frozenset[Category] = frozenset()

    @property
    def categories(self) -> list[Category]:
        return [c for c in Category if self.counts.get(c)]


@dataclass
class Redactor:
    """Replaces personal data with placeholders and puts them back; one per conversation.

    ``send_as_is`` names categories the user allowed to be sent unredacted; the policy's
    ``never_send`` categories are redacted whatever the user chose.
    """

    send_as_is: frozenset[Category] = frozenset()
    never_send: frozenset[Category] = frozenset()
    _by_key: dict[tuple[Category, str], str] = field(default_factory=dict)
    _values: dict[str, str] = field(default_factory=dict)

    def allowed_as_is(self) -> frozenset[Category]:
        return self.send_as_is - self.never_send

    def redact(self, text: str) -> Redacted:
        """``text`` with every value of a redacted category replaced by its placeholder."""
        out: list[str] = []
        counts: dict[Category, int] = {}
        kept: set[Category] = set()
        pos = 0
        as_is = self.allowed_as_is()
        for f in find_personal_data(text):
            if f.category in as_is:
                kept.add(f.category)
                continue
            out.append(text[pos:f.start])
            out.append(self._placeholder(f.category, f.key, text[f.start:f.end]))
            counts[f.category] = counts.get(f.category, 0) + 1
            pos = f.end
        out.append(text[pos:])
        return Redacted("".join(out), counts, frozenset(kept))

    def _placeholder(self, category: Category, key: str, original: str) -> str:
        name = self._by_key.get((category, key))
        if name is None:
            number = 1 + sum(1 for c, _k in self._by_key if c is category)
            name = f"[{category.value.upper()}_{number}]"
            self._by_key[(category, key)] = name
            self._values[name] = original
        return name

    def restore(self, text: str) -> str:
        """``text`` (a model's answer) with the placeholders it holds turned back into
        the values; placeholders the model mangled a little (``[IIN 1]``) count too."""

        def put_back(m: re.Match[str]) -> str:
            return self._values.get(f"[{m.group(1)}_{m.group(2)}]", m.group())

        return _PLACEHOLDER.sub(put_back, text)

    def restore_partial(self, text: str) -> str:
        """:meth:`restore` for a streamed answer so far: a placeholder cut in half at
        the end stays hidden until the rest of it arrives."""
        cut = text.rfind("[")
        if cut != -1 and "]" not in text[cut:] and len(text) - cut < 16:
            text = text[:cut]
        return self.restore(text)

    @property
    def placeholders(self) -> dict[str, str]:
        """Placeholder → value, for the "what will be sent" preview (shown locally)."""
        return dict(self._values)


def parse_categories(values: Iterable[object]) -> frozenset[Category]:
    """Category names as settings or the policy give them; unknown names are ignored."""
    known = {c.value: c for c in Category}
    return frozenset(known[v] for v in values if isinstance(v, str) and v in known)
