"""Kazakhstan's personal and business identification numbers: IIN and BIN.

Both are 12 digits and end in the same check digit:

* IIN (individual): ``YYMMDD`` of birth, a century-and-sex digit (1/2 born in the
  1800s male/female, 3/4 in the 1900s, 5/6 in the 2000s), a 4-digit serial, the
  check digit.
* BIN (legal entity): ``YYMM`` of registration, a type digit (4 resident legal entity,
  5 non-resident, 6 individual entrepreneur in joint form), an attribute digit
  (0 head office, 1 branch, 2 representative office, 3 peasant farm), a 5-digit
  serial, the check digit.

Errors carry a stable ``code`` and an English message; the UI translates by code.
This module is Qt-free and uses the standard library only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

__all__ = [
    "BINInfo",
    "IINInfo",
    "IdentifierError",
    "iin_check_digit",
    "is_valid_bin",
    "is_valid_iin",
    "make_bin",
    "make_iin",
    "mask_iin",
    "validate_bin",
    "validate_iin",
]

Sex = Literal["male", "female"]
EntityType = Literal["resident", "non_resident", "ie_joint"]
Attribute = Literal["head_office", "branch", "representative_office", "peasant_farm"]

_DIGITS = frozenset("0123456789")
_WEIGHTS_1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_WEIGHTS_2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
# 7th IIN digit -> (first year of the century, sex). 0 and 7-9 are not assigned.
_CENTURY_SEX: dict[str, tuple[int, Sex]] = {
    "1": (1800, "male"), "2": (1800, "female"),
    "3": (1900, "male"), "4": (1900, "female"),
    "5": (2000, "male"), "6": (2000, "female"),
}
_ENTITY_TYPES: dict[str, EntityType] = {"4": "resident", "5": "non_resident", "6": "ie_joint"}
_ATTRIBUTES: dict[str, Attribute] = {
    "0": "head_office", "1": "branch", "2": "representative_office", "3": "peasant_farm",
}


class IdentifierError(ValueError):
    """An IIN or BIN is malformed.

    ``code`` is one of ``length``, ``digits``, ``checksum``, ``date``, ``century``
    (IIN), ``type``, ``attribute`` (BIN); the UI translates by it. ``message`` is
    plain English for logs.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class IINInfo:
    """What a valid IIN says about its holder."""

    iin: str
    birth_date: dt.date
    sex: Sex
    century: int  # first year of the century of birth: 1800, 1900 or 2000
    serial: str  # digits 8-11


@dataclass(frozen=True)
class BINInfo:
    """What a valid BIN says about its legal entity.

    The BIN does not encode the century of registration, so only the two-digit year
    is given.
    """

    bin: str
    registration_yy: int
    registration_month: int
    entity_type: EntityType
    attribute: Attribute
    serial: str  # digits 7-11


def _is_digits(value: str) -> bool:
    # str.isdigit() also accepts Arabic-Indic and superscript digits; only ASCII counts.
    return bool(value) and set(value) <= _DIGITS


def iin_check_digit(first11: str) -> int | None:
    """The 12th digit for the first 11 digits of an IIN or BIN, or None if none exists.

    Weights 1..11, sum mod 11; when that is 10, weights 3..11,1,2; when that is 10
    again, no 12-digit number with this prefix is valid.
    """
    if len(first11) != 11 or not _is_digits(first11):
        raise ValueError("expected exactly 11 ASCII digits")
    digits = [ord(c) - 48 for c in first11]
    check = sum(w * d for w, d in zip(_WEIGHTS_1, digits, strict=True)) % 11
    if check == 10:
        check = sum(w * d for w, d in zip(_WEIGHTS_2, digits, strict=True)) % 11
    return None if check == 10 else check


def _normalise(value: str, kind: str) -> str:
    """Strip surrounding whitespace and check the shape shared by IIN and BIN."""
    number = value.strip()
    if number and not _is_digits(number):
        raise IdentifierError("digits", f"{kind} must contain digits only")
    if len(number) != 12:
        raise IdentifierError("length", f"{kind} must be 12 digits, got {len(number)}")
    # The checksum comes before the fields: a typo is far more common than a
    # well-formed number with an impossible date, and "check the digits" is the
    # more useful message for it.
    if iin_check_digit(number[:11]) != int(number[11]):
        raise IdentifierError("checksum", f"{kind} check digit does not match")
    return number


def validate_iin(value: str) -> IINInfo:
    """Check an IIN and decode it; raises :class:`IdentifierError` if it is not valid.

    Surrounding whitespace is ignored; anything else that is not a digit is an error.
    """
    number = _normalise(value, "IIN")
    century_sex = _CENTURY_SEX.get(number[6])
    if century_sex is None:
        raise IdentifierError("century", f"IIN digit 7 must be 1-6, got {number[6]}")
    century, sex = century_sex
    try:
        birth = dt.date(century + int(number[0:2]), int(number[2:4]), int(number[4:6]))
    except ValueError:
        raise IdentifierError("date", "IIN does not start with a valid birth date "
                              "(YYMMDD)") from None
    return IINInfo(iin=number, birth_date=birth, sex=sex, century=century,
                   serial=number[7:11])


def validate_bin(value: str) -> BINInfo:
    """Check a BIN and decode it; raises :class:`IdentifierError` if it is not valid.

    Surrounding whitespace is ignored; anything else that is not a digit is an error.
    """
    number = _normalise(value, "BIN")
    month = int(number[2:4])
    if not 1 <= month <= 12:
        raise IdentifierError("date", f"BIN registration month must be 01-12, got "
                              f"{number[2:4]}")
    entity_type = _ENTITY_TYPES.get(number[4])
    if entity_type is None:
        raise IdentifierError("type", f"BIN digit 5 must be 4, 5 or 6, got {number[4]}")
    attribute = _ATTRIBUTES.get(number[5])
    if attribute is None:
        raise IdentifierError("attribute", f"BIN digit 6 must be 0-3, got {number[5]}")
    return BINInfo(bin=number, registration_yy=int(number[0:2]), registration_month=month,
                   entity_type=entity_type, attribute=attribute, serial=number[6:11])


def is_valid_iin(value: str) -> bool:
    """Whether ``value`` is a valid IIN (see :func:`validate_iin`)."""
    try:
        validate_iin(value)
    except IdentifierError:
        return False
    return True


def is_valid_bin(value: str) -> bool:
    """Whether ``value`` is a valid BIN (see :func:`validate_bin`)."""
    try:
        validate_bin(value)
    except IdentifierError:
        return False
    return True


def mask_iin(iin: str) -> str:
    """The IIN as shown by default: ``900101*****4`` (date and check digit visible).

    The check is shape only (12 digits), not validity: a mistyped IIN is still
    personal data. Anything that is not 12 digits is masked entirely, so a wrong
    value never leaks through the display.
    """
    number = iin.strip()
    if len(number) != 12 or not _is_digits(number):
        return "*" * len(number)
    return f"{number[:6]}*****{number[11]}"


def make_iin(birth: dt.date, sex: str, serial: int) -> str | None:
    """Build a valid IIN, or None when no check digit exists for this serial.

    For demo data and tests. ``sex`` is ``"male"`` or ``"female"``; ``serial`` is
    0-9999. About one serial in 121 has no check digit: the caller tries another.
    """
    if sex not in ("male", "female"):
        raise ValueError(f"sex must be 'male' or 'female', got {sex!r}")
    if not 1800 <= birth.year <= 2099:
        raise ValueError(f"IIN can encode birth years 1800-2099, got {birth.year}")
    if not 0 <= serial <= 9999:
        raise ValueError(f"IIN serial must be 0-9999, got {serial}")
    digit7 = (birth.year // 100 - 18) * 2 + (1 if sex == "male" else 2)
    first11 = f"{birth:%y%m%d}{digit7}{serial:04d}"
    check = iin_check_digit(first11)
    return None if check is None else f"{first11}{check}"


def make_bin(year: int, month: int, type_digit: int, attribute_digit: int,
             serial: int) -> str | None:
    """Build a valid BIN, or None when no check digit exists for this serial.

    For demo data and tests. ``year`` may be full (2026) or two-digit (26): only its
    last two digits are kept. ``serial`` is 0-99999.
    """
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1-12, got {month}")
    if str(type_digit) not in _ENTITY_TYPES:
        raise ValueError(f"type digit must be 4, 5 or 6, got {type_digit}")
    if str(attribute_digit) not in _ATTRIBUTES:
        raise ValueError(f"attribute digit must be 0-3, got {attribute_digit}")
    if year < 0 or not 0 <= serial <= 99999:
        raise ValueError("year must be non-negative and serial 0-99999")
    first11 = f"{year % 100:02d}{month:02d}{type_digit}{attribute_digit}{serial:05d}"
    check = iin_check_digit(first11)
    return None if check is None else f"{first11}{check}"
