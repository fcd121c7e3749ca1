"""IIN and BIN: check digit, decoding, masking and the builders used for demo data."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workplace.identifiers import (
    BINInfo,
    IdentifierError,
    IINInfo,
    iin_check_digit,
    is_valid_bin,
    is_valid_iin,
    make_bin,
    make_iin,
    mask_iin,
    validate_bin,
    validate_iin,
)

# 900101 3 0001 ?  born 1990-01-01, male (3 = 1900s, male), serial 0001
#   digits   9 0 0 1 0 1 3 0 0 0 1
#   weights  1 2 3 4 5 6 7 8 9 10 11
#   9*1 + 1*4 + 1*6 + 3*7 + 1*11 = 9 + 4 + 6 + 21 + 11 = 51;  51 mod 11 = 7
IIN_MALE_1990 = "900101300017"
# 850714 4 5432 ?  born 1985-07-14, female (4 = 1900s, female), serial 5432
#   8*1 + 5*2 + 0*3 + 7*4 + 1*5 + 4*6 + 4*7 + 5*8 + 4*9 + 3*10 + 2*11
#   = 8 + 10 + 0 + 28 + 5 + 24 + 28 + 40 + 36 + 30 + 22 = 231;  231 mod 11 = 0
IIN_FEMALE_1985 = "850714454320"
# 900101 3 0081 ?  first pass gives 10, so the second weights decide:
#   1..11:      9 + 4 + 6 + 21 + 8*10 + 1*11 = 131;  131 mod 11 = 10
#   3..11,1,2:  9*3 + 1*6 + 1*8 + 3*9 + 8*1 + 1*2 = 78;  78 mod 11 = 1
IIN_SECOND_PASS = "900101300811"
# 900101 3 0080 ?  both passes give 10: no IIN has this prefix.
#   1..11:      9 + 4 + 6 + 21 + 8*10 = 120;  120 mod 11 = 10
#   3..11,1,2:  27 + 6 + 8 + 27 + 8*1 = 76;  76 mod 11 = 10
PREFIX_WITHOUT_CHECK_DIGIT = "90010130080"
# 26 03 4 0 12345 ?  registered March 2026, resident legal entity, head office
#   2*1 + 6*2 + 0*3 + 3*4 + 4*5 + 0*6 + 1*7 + 2*8 + 3*9 + 4*10 + 5*11
#   = 2 + 12 + 0 + 12 + 20 + 0 + 7 + 16 + 27 + 40 + 55 = 191;  191 mod 11 = 4
BIN_RESIDENT_HEAD_OFFICE = "260340123454"


# -- check digit -------------------------------------------------------------------

def test_check_digit_of_hand_computed_examples():
    assert iin_check_digit(IIN_MALE_1990[:11]) == 7
    assert iin_check_digit(IIN_FEMALE_1985[:11]) == 0
    assert iin_check_digit(IIN_SECOND_PASS[:11]) == 1
    assert iin_check_digit(BIN_RESIDENT_HEAD_OFFICE[:11]) == 4


def test_ten_twice_means_no_valid_number():
    assert iin_check_digit(PREFIX_WITHOUT_CHECK_DIGIT) is None
    for last in "0123456789":
        candidate = PREFIX_WITHOUT_CHECK_DIGIT + last
        assert not is_valid_iin(candidate)
        with pytest.raises(IdentifierError) as err:
            validate_iin(candidate)
        assert err.value.code == "checksum"
    assert make_iin(dt.date(1990, 1, 1), "male", 80) is None


@pytest.mark.parametrize("bad", ["", "1234567890", "123456789012", "1234567890a", "١٢٣٤٥٦٧٨٩٠١"])
def test_check_digit_wants_eleven_ascii_digits(bad):
    with pytest.raises(ValueError, match="11 ASCII digits"):
        iin_check_digit(bad)


# -- IIN ---------------------------------------------------------------------------

def test_validate_iin_decodes_date_sex_and_century():
    assert validate_iin(IIN_MALE_1990) == IINInfo(
        iin=IIN_MALE_1990, birth_date=dt.date(1990, 1, 1), sex="male", century=1900,
        serial="0001")
    info = validate_iin(IIN_FEMALE_1985)
    assert (info.birth_date, info.sex, info.century) == (dt.date(1985, 7, 14), "female", 1900)
    assert validate_iin(IIN_SECOND_PASS).serial == "0081"


@pytest.mark.parametrize(("digit7", "century", "sex"), [
    (1, 1800, "male"), (2, 1800, "female"), (3, 1900, "male"),
    (4, 1900, "female"), (5, 2000, "male"), (6, 2000, "female")])
def test_century_digit(digit7, century, sex):
    iin = _with_check_digit(f"050607{digit7}1234")
    info = validate_iin(iin)
    assert (info.century, info.sex, info.birth_date) == (century, sex,
                                                         dt.date(century + 5, 6, 7))


@pytest.mark.parametrize("digit7", [0, 7, 8, 9])
def test_unassigned_century_digit(digit7):
    with pytest.raises(IdentifierError) as err:
        validate_iin(_with_check_digit(f"900101{digit7}0001"))
    assert err.value.code == "century"


@pytest.mark.parametrize("yymmdd", ["901301", "900100", "900230", "000229", "850431"])
def test_impossible_birth_date(yymmdd):
    # 2000-02-29 exists, 1900-02-29 does not: the century digit 3 makes it 1900.
    with pytest.raises(IdentifierError) as err:
        validate_iin(_with_check_digit(f"{yymmdd}30001"))
    assert err.value.code == "date"


def test_leap_day_of_2000():
    assert validate_iin(_with_check_digit("00022950001")).birth_date == dt.date(2000, 2, 29)


@pytest.mark.parametrize(("value", "code"), [
    ("", "length"), ("   ", "length"), ("90010130001", "length"),
    ("9001013000170", "length"), ("900101-300017", "digits"), ("9001013000l7", "digits"),
    ("９００１０１３０００１７", "digits"),  # full-width digits are not ASCII digits
    ("900101 300017", "digits"), ("900101300018", "checksum")])
def test_malformed_iin(value, code):
    with pytest.raises(IdentifierError) as err:
        validate_iin(value)
    assert err.value.code == code
    assert err.value.message and str(err.value) == err.value.message
    assert not is_valid_iin(value)


def test_surrounding_whitespace_is_accepted():
    assert validate_iin(f" \t{IIN_MALE_1990}\n").iin == IIN_MALE_1990
    assert is_valid_bin(f" {BIN_RESIDENT_HEAD_OFFICE} ")


def _single_digit_corruptions(valid: str) -> list[tuple[int, str]]:
    """(1-based position, corrupted number) for every other digit at every position."""
    return [(pos + 1, valid[:pos] + digit + valid[pos + 1:])
            for pos in range(12) for digit in "0123456789" if digit != valid[pos]]


def test_every_single_digit_corruption_is_detected_except_in_digit_11():
    # Digit 11 has weight 11, which is 0 mod 11: it does not enter the first pass at
    # all, so changing it goes unnoticed unless the first pass happens to give 10.
    # That is the official algorithm, not a bug here (see the blind-spot test below).
    for valid in (IIN_MALE_1990, IIN_FEMALE_1985):
        missed = [(pos, bad) for pos, bad in _single_digit_corruptions(valid)
                  if is_valid_iin(bad)]
        assert {pos for pos, _ in missed} == {11}, missed


def test_digit_11_is_a_blind_spot_of_the_algorithm():
    # 9001013000?7: the first pass is 9 + 4 + 6 + 21 + 11*d11 = 40 + 11*d11 = 7 mod 11
    # for every d11, so all ten numbers are valid IINs (serials 0000..0009).
    assert all(is_valid_iin(f"9001013000{d}7") for d in "0123456789")


def test_numbers_checked_by_the_second_pass_are_weaker():
    # When the first pass gives 10, a corruption that moves it to the second-pass
    # digit (here 1) is not detected, in any position.
    missed = {pos for pos, bad in _single_digit_corruptions(IIN_SECOND_PASS)
              if is_valid_iin(bad)}
    assert missed and missed - {11}


def test_single_digit_detection_rates():
    # Measured over many random valid IINs: the check digit catches nearly all
    # single-digit typos outside digit 11 and very few inside it. The date and
    # century fields catch some more; this counts the check digit alone.
    import random

    rng = random.Random(7)
    caught = [0] * 12
    tries = [0] * 12
    for _ in range(3000):
        first11 = "".join(rng.choice("0123456789") for _ in range(11))
        check = iin_check_digit(first11)
        if check is None:
            continue
        for pos, bad in _single_digit_corruptions(f"{first11}{check}"):
            tries[pos - 1] += 1
            caught[pos - 1] += iin_check_digit(bad[:11]) != int(bad[11])
    rates = [c / t for c, t in zip(caught, tries, strict=True)]
    assert all(rate > 0.97 for i, rate in enumerate(rates) if i != 10), rates
    assert rates[10] < 0.15, rates
    assert rates[11] == 1.0  # a wrong check digit itself is always caught


def test_a_swap_of_neighbours_is_detected_in_these_examples():
    for valid in (IIN_MALE_1990, IIN_FEMALE_1985):
        swaps = [valid[:i] + valid[i + 1] + valid[i] + valid[i + 2:]
                 for i in range(11) if valid[i] != valid[i + 1]]
        assert not any(is_valid_iin(s) for s in swaps), valid


# -- masking -----------------------------------------------------------------------

def test_mask_iin():
    assert mask_iin(IIN_MALE_1990) == "900101*****7"
    assert mask_iin(f" {IIN_FEMALE_1985} ") == "850714*****0"
    # Not validated: a mistyped IIN is personal data too.
    assert mask_iin("900101300018") == "900101*****8"


@pytest.mark.parametrize("value", ["", "9001013000", "900101-300017", "9001013000171"])
def test_mask_hides_everything_it_cannot_parse(value):
    masked = mask_iin(value)
    assert set(masked) <= {"*"}
    assert len(masked) == len(value.strip())


# -- BIN ---------------------------------------------------------------------------

def test_validate_bin():
    assert validate_bin(BIN_RESIDENT_HEAD_OFFICE) == BINInfo(
        bin=BIN_RESIDENT_HEAD_OFFICE, registration_yy=26, registration_month=3,
        entity_type="resident", attribute="head_office", serial="12345")


@pytest.mark.parametrize(("type_digit", "entity_type"),
                         [(4, "resident"), (5, "non_resident"), (6, "ie_joint")])
@pytest.mark.parametrize(("attr_digit", "attribute"), [
    (0, "head_office"), (1, "branch"), (2, "representative_office"), (3, "peasant_farm")])
def test_bin_type_and_attribute(type_digit, entity_type, attr_digit, attribute):
    info = validate_bin(_with_check_digit(f"1511{type_digit}{attr_digit}00012"))
    assert (info.entity_type, info.attribute) == (entity_type, attribute)
    assert (info.registration_yy, info.registration_month) == (15, 11)


@pytest.mark.parametrize(("first11", "code"), [
    ("26004012345", "date"), ("26134012345", "date"), ("26033012345", "type"),
    ("26037012345", "type"), ("26034412345", "attribute"), ("26034912345", "attribute")])
def test_malformed_bin_fields(first11, code):
    with pytest.raises(IdentifierError) as err:
        validate_bin(_with_check_digit(first11))
    assert err.value.code == code


def test_an_iin_is_not_a_bin():
    # The 5th digit of an IIN is the first digit of the day (0-3): never a BIN type.
    assert not is_valid_bin(IIN_MALE_1990)
    assert not is_valid_bin("260340123455")  # checksum
    assert not is_valid_bin("26034012345")  # length


def test_make_bin():
    assert make_bin(2026, 3, 4, 0, 12345) == BIN_RESIDENT_HEAD_OFFICE
    assert make_bin(26, 3, 4, 0, 12345) == BIN_RESIDENT_HEAD_OFFICE
    for bad in [(2026, 13, 4, 0, 1), (2026, 1, 7, 0, 1), (2026, 1, 4, 4, 1),
                (2026, 1, 4, 0, 100_000)]:
        with pytest.raises(ValueError):
            make_bin(*bad)


@given(year=st.integers(2000, 2099), month=st.integers(1, 12),
       type_digit=st.sampled_from([4, 5, 6]), attr=st.integers(0, 3),
       serial=st.integers(0, 99_999))
def test_make_bin_round_trips(year, month, type_digit, attr, serial):
    made = make_bin(year, month, type_digit, attr, serial)
    if made is None:
        assert iin_check_digit(f"{year % 100:02d}{month:02d}{type_digit}{attr}{serial:05d}") \
            is None
        return
    info = validate_bin(made)
    assert (info.registration_yy, info.registration_month) == (year % 100, month)
    assert info.serial == f"{serial:05d}"


# -- make_iin ----------------------------------------------------------------------

def test_make_iin_hand_computed():
    assert make_iin(dt.date(1990, 1, 1), "male", 1) == IIN_MALE_1990
    assert make_iin(dt.date(1985, 7, 14), "female", 5432) == IIN_FEMALE_1985
    assert make_iin(dt.date(1990, 1, 1), "male", 81) == IIN_SECOND_PASS


@pytest.mark.parametrize(("birth", "sex", "serial"), [
    (dt.date(1799, 12, 31), "male", 1), (dt.date(2100, 1, 1), "male", 1),
    (dt.date(1990, 1, 1), "m", 1), (dt.date(1990, 1, 1), "male", 10_000),
    (dt.date(1990, 1, 1), "female", -1)])
def test_make_iin_rejects_what_an_iin_cannot_hold(birth, sex, serial):
    with pytest.raises(ValueError):
        make_iin(birth, sex, serial)


@given(birth=st.dates(dt.date(1800, 1, 1), dt.date(2099, 12, 31)),
       sex=st.sampled_from(["male", "female"]), serial=st.integers(0, 9999))
def test_make_iin_round_trips_birth_date_and_sex(birth, sex, serial):
    iin = make_iin(birth, sex, serial)
    if iin is None:
        # Only the "10 twice" prefixes have no IIN; the next serial usually does.
        assert iin_check_digit(f"{birth:%y%m%d}{_digit7(birth, sex)}{serial:04d}") is None
        return
    info = validate_iin(iin)
    assert (info.birth_date, info.sex, info.serial) == (birth, sex, f"{serial:04d}")
    assert mask_iin(iin) == f"{birth:%y%m%d}*****{iin[-1]}"


def test_about_one_prefix_in_121_has_no_check_digit():
    # Both passes give 10 for ~1/11 * 1/11 of prefixes: make_iin's callers must retry.
    misses = sum(make_iin(dt.date(1990, 1, 1), "male", s) is None for s in range(10_000))
    assert 40 < misses < 130


def _digit7(birth: dt.date, sex: str) -> int:
    return (birth.year // 100 - 18) * 2 + (1 if sex == "male" else 2)


def _with_check_digit(first11: str) -> str:
    """The first 11 digits plus a valid 12th (the tests pick prefixes that have one)."""
    check = iin_check_digit(first11)
    assert check is not None, first11
    return f"{first11}{check}"
