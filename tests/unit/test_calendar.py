"""The working-day calendar on the official 2026 data (DOMAIN.md) and the 2027 data."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workplace.api import CalendarDataError, CalendarRangeError, CalendarYear, WorkingCalendar
from workplace.api.calendar import process_calendar, shipped_years
from workplace.net.calendar import CalendarCache

# The official 2026 calendar: weekdays that are days off.
DAYS_OFF_2026 = ["2026-01-01", "2026-01-02", "2026-01-07", "2026-03-09", "2026-03-23",
                 "2026-03-24", "2026-03-25", "2026-05-01", "2026-05-07", "2026-05-11",
                 "2026-05-27", "2026-07-06", "2026-08-31", "2026-10-26", "2026-12-16"]


@pytest.fixture
def cal() -> WorkingCalendar:
    return WorkingCalendar(shipped_years())


def test_2026_has_246_working_days_and_the_official_days_off(cal):
    y = cal.year(2026)
    assert y is not None and y.working_day_count() == 246
    for d in DAYS_OFF_2026:
        assert not cal.is_working_day(date.fromisoformat(d)), d
    off_weekdays = [date(2026, 1, 1) + timedelta(i) for i in range(365)]
    off_weekdays = [d.isoformat() for d in off_weekdays
                    if d.weekday() < 5 and not cal.is_working_day(d)]
    assert off_weekdays == DAYS_OFF_2026


def test_2027_is_known_with_its_statutory_days_off(cal):
    assert cal.years == (2026, 2027)
    y = cal.year(2027)
    assert y is not None and y.note  # the uncertain transfers are said
    assert not cal.is_working_day(date(2027, 1, 4))   # 2 Jan (Sat) moved to Monday
    assert not cal.is_working_day(date(2027, 3, 24))  # Nauryz 21 Mar (Sun) moved
    assert cal.is_working_day(date(2027, 1, 8))


@pytest.mark.parametrize(("day", "working"), [
    ("2026-01-01", False), ("2026-01-05", True), ("2026-01-07", False),
    ("2026-03-20", True), ("2026-03-21", False), ("2026-03-23", False),
    ("2026-03-25", False), ("2026-03-26", True), ("2026-05-27", False),
    ("2026-05-28", True), ("2026-12-16", False), ("2026-12-17", True),
    ("2026-12-19", False),  # a Saturday
])
def test_known_days(cal, day, working):
    assert cal.is_working_day(date.fromisoformat(day)) is working


def test_adding_working_days_across_nauryz(cal):
    # Friday 20 March; Mon–Wed 23–25 are days off: the next working day is Thursday 26.
    assert cal.add_working_days(date(2026, 3, 20), 1) == date(2026, 3, 26)
    # 15 working days from registration on 16 March 2026.
    assert cal.add_working_days(date(2026, 3, 16), 15) == date(2026, 4, 9)
    assert cal.add_working_days(date(2026, 3, 26), -1) == date(2026, 3, 20)
    assert cal.add_working_days(date(2026, 3, 21), 0) == date(2026, 3, 21)
    # From a day off: the first working day after it counts as one.
    assert cal.add_working_days(date(2026, 3, 22), 1) == date(2026, 3, 26)


def test_new_year_and_the_year_boundary(cal):
    assert cal.add_working_days(date(2025 + 1, 1, 1), 1) == date(2026, 1, 5)
    assert cal.add_working_days(date(2026, 12, 31), 1) == date(2027, 1, 5)
    assert cal.working_days_between(date(2026, 12, 31), date(2027, 1, 5)) == 1


def test_between_is_exclusive_of_the_start_and_inclusive_of_the_end(cal):
    assert cal.working_days_between(date(2026, 3, 20), date(2026, 3, 20)) == 0
    assert cal.working_days_between(date(2026, 3, 19), date(2026, 3, 20)) == 1
    assert cal.working_days_between(date(2026, 3, 20), date(2026, 3, 26)) == 1
    assert cal.working_days_between(date(2026, 3, 26), date(2026, 3, 20)) == -1
    assert cal.working_days_between(date(2025 + 1, 1, 1), date(2026, 12, 31)) == 246 - 0


# Starts from July 2026: 100 working days back from early June would leave the known
# years (2026–2027), which is a refusal, tested below — not what this property is about.
@given(st.dates(date(2026, 7, 1), date(2027, 6, 30)), st.integers(-100, 100))
def test_add_and_between_agree(start, n):
    cal = process_calendar()
    end = cal.add_working_days(start, n)
    if n >= 0 or cal.is_working_day(start):
        assert cal.working_days_between(start, end) == n
    if n:
        assert cal.is_working_day(end)


def test_dates_outside_known_years_are_refused(cal):
    with pytest.raises(CalendarRangeError, match="2025"):
        cal.is_working_day(date(2025, 12, 31))
    with pytest.raises(CalendarRangeError):
        cal.add_working_days(date(2027, 12, 20), 30)
    with pytest.raises(CalendarRangeError):
        cal.working_days_between(date(2026, 1, 5), date(2028, 1, 5))


def test_a_gap_between_years_is_not_counted_across():
    data = json.loads(json.dumps(shipped_years()[0].to_json()))
    y2028 = {**data, "year": 2028, "days_off": [], "holidays": []}
    cal = WorkingCalendar([shipped_years()[0], CalendarYear.from_json(y2028)])
    with pytest.raises(CalendarRangeError, match="2027"):
        cal.working_days_between(date(2026, 6, 1), date(2028, 6, 1))
    with pytest.raises(CalendarRangeError):
        cal.add_working_days(date(2026, 12, 30), 5)


def test_a_newer_revision_moves_a_day_off():
    [y2026, _] = shipped_years()
    decree = {**y2026.to_json(), "revision": 2,
              "days_off": y2026.to_json()["days_off"] + ["2026-12-18"],
              "working_days": ["2026-12-12"]}
    cal = WorkingCalendar(shipped_years())
    assert cal.merge([CalendarYear.from_json(decree)]) == [2026]
    assert not cal.is_working_day(date(2026, 12, 18))
    assert cal.is_working_day(date(2026, 12, 12))
    older = {**decree, "revision": 0}
    assert cal.merge([CalendarYear.from_json(older)]) == []


@pytest.mark.parametrize("bad", [
    {"year": "2026"}, {"year": 2026, "days_off": ["2026-03-21"]},  # a Saturday
    {"year": 2026, "working_days": ["2026-03-20"]},  # a weekday
    {"year": 2026, "days_off": ["2027-01-01"]}, {"year": 2026, "days_off": ["1 Jan"]},
    {"year": 2026, "format": 9}, [],
])
def test_malformed_years_are_refused(bad):
    with pytest.raises(CalendarDataError):
        CalendarYear.from_json(bad)


def test_holiday_names(cal):
    assert cal.holiday_name(date(2026, 3, 22), "kk") == "Наурыз мейрамы"
    assert cal.holiday_name(date(2026, 12, 16), "ru") == "День Независимости"
    assert cal.holiday_name(date(2026, 12, 17), "en") == ""


def test_the_profile_cache_keeps_the_gateways_years(tmp_path):
    cal = WorkingCalendar(shipped_years())
    cache = CalendarCache(tmp_path, cal)
    y2028 = {**shipped_years()[1].to_json(), "year": 2028, "days_off": [], "holidays": []}
    assert cache.apply({"years": [y2028]}) == [2028]
    fresh = WorkingCalendar(shipped_years())
    assert CalendarCache(tmp_path, fresh).load() == [2028]
    assert fresh.years == (2026, 2027, 2028)
    (tmp_path / "calendar.json").write_text("{not json")
    assert CalendarCache(tmp_path, WorkingCalendar(shipped_years())).load() == []
