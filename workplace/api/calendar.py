"""The working-day calendar: which days are worked in a 5-day week in Kazakhstan.

Legal deadlines (citizens' requests, resolutions) are counted in working days, and
which days are worked is decided every year by law and government decree — so the
calendar is DATA: one JSON file per year shipped in ``resources/calendar/`` and
updated from the gateway (``GET /api/v1/calendar``), which may carry newer revisions
or later years. Plugins use ``ctx.calendar`` (a :class:`WorkingCalendar`); domain code
that runs on the gateway too uses ``tx.calendar`` — the same object in each process.

Counting rules, the same everywhere:

- ``add_working_days(d, n)`` is the n-th working day AFTER ``d`` (``d`` itself is not
  counted, whether or not it is worked); ``n = 0`` gives ``d``; a negative ``n`` counts
  backwards. "15 working days from registration on Friday 20 March 2026" therefore
  ends on ``add_working_days(date(2026, 3, 20), 15)``.
- ``working_days_between(a, b)`` counts the working days in the half-open interval
  ``(a, b]``: ``a`` excluded, ``b`` included; negative when ``b`` is before ``a``.
  So ``working_days_between(a, add_working_days(a, n)) == n`` for every ``n >= 0``
  (and for ``n < 0`` when ``a`` is itself a working day).

A date in a year the calendar has no data for raises :class:`CalendarRangeError`
rather than guessing: a deadline computed on a wrong calendar is worse than none.

A year file::

    {"format": 1, "year": 2026, "revision": 1, "source": "…", "note": "…",
     "days_off": ["2026-01-01", …],      # weekdays (Mon–Fri) that are not worked
     "working_days": ["2026-…"],          # weekend days worked by a transfer decree
     "holidays": [{"date": "2026-03-21", "kk": "…", "ru": "…", "en": "…"}, …]}

Of two files for the same year, the higher ``revision`` wins.
"""

from __future__ import annotations

import bisect
import json
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

FORMAT = 1


class CalendarRangeError(ValueError):
    """A date falls in a year the working-day calendar has no data for."""

    def __init__(self, day: date, known: tuple[int, ...]) -> None:
        span = f"{known[0]}–{known[-1]}" if known else "none"
        super().__init__(
            f"The working-day calendar has no data for {day.year} (known years: {span}). "
            "Ask the administrator to publish the calendar for that year on the server.")
        self.day = day
        self.known = known


class CalendarDataError(ValueError):
    """A calendar year file is malformed."""


@dataclass(frozen=True)
class CalendarYear:
    """The working-day data of one year."""

    year: int
    revision: int = 1
    #: Weekdays that are not worked (holidays, moved days off, transfers).
    days_off: frozenset[date] = frozenset()
    #: Saturdays or Sundays that are worked (transfers by decree).
    working_days: frozenset[date] = frozenset()
    #: Public holidays by date: names by language (``kk``, ``ru``, ``en``).
    holidays: Mapping[date, Mapping[str, str]] = field(default_factory=dict)
    source: str = ""
    note: str = ""

    def is_working_day(self, day: date) -> bool:
        """Whether ``day`` (in this year) is worked."""
        if day in self.working_days:
            return True
        return day.weekday() < 5 and day not in self.days_off

    def working_day_count(self) -> int:
        """How many days of the year are worked."""
        start = date(self.year, 1, 1)
        days = (date(self.year + 1, 1, 1) - start).days
        return sum(self.is_working_day(start + timedelta(i)) for i in range(days))

    @classmethod
    def from_json(cls, data: Any) -> CalendarYear:
        """Parse one year file (already decoded from JSON); :class:`CalendarDataError`."""
        if not isinstance(data, dict):
            raise CalendarDataError("a calendar year must be a JSON object")
        if data.get("format", FORMAT) != FORMAT:
            raise CalendarDataError(f"unknown calendar format {data.get('format')!r}")
        year, revision = data.get("year"), data.get("revision", 1)
        if not isinstance(year, int) or not 1900 <= year <= 2200:
            raise CalendarDataError(f"bad year {year!r}")
        if not isinstance(revision, int) or revision < 0:
            raise CalendarDataError(f"bad revision {revision!r}")

        def dates(key: str) -> frozenset[date]:
            raw = data.get(key, [])
            if not isinstance(raw, list):
                raise CalendarDataError(f"'{key}' must be a list of dates")
            out = {_parse_date(v, key) for v in raw}
            if any(d.year != year for d in out):
                raise CalendarDataError(f"'{key}' has a date outside {year}")
            return frozenset(out)

        days_off, working = dates("days_off"), dates("working_days")
        if any(d.weekday() >= 5 for d in days_off):
            raise CalendarDataError("'days_off' lists a Saturday or Sunday")
        if any(d.weekday() < 5 for d in working):
            raise CalendarDataError("'working_days' lists a weekday")
        holidays: dict[date, dict[str, str]] = {}
        for item in data.get("holidays", []):
            if not isinstance(item, dict):
                raise CalendarDataError("'holidays' must hold objects")
            day = _parse_date(item.get("date"), "holidays")
            holidays[day] = {k: v for k, v in item.items()
                             if k != "date" and isinstance(v, str)}
        return cls(year=year, revision=revision, days_off=days_off, working_days=working,
                   holidays=holidays, source=str(data.get("source", "")),
                   note=str(data.get("note", "")))

    def to_json(self) -> dict[str, Any]:
        """The year as its JSON file holds it."""
        return {
            "format": FORMAT, "year": self.year, "revision": self.revision,
            "source": self.source, "note": self.note,
            "days_off": sorted(d.isoformat() for d in self.days_off),
            "working_days": sorted(d.isoformat() for d in self.working_days),
            "holidays": [{"date": d.isoformat(), **dict(names)}
                         for d, names in sorted(self.holidays.items())],
        }


def _parse_date(value: Any, key: str) -> date:
    if not isinstance(value, str):
        raise CalendarDataError(f"'{key}' holds {value!r}, not a date")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CalendarDataError(f"'{key}' holds {value!r}, not a YYYY-MM-DD date") from None


class WorkingCalendar:
    """Working days over the years it knows; thread-safe, fast (prefix sums).

    Lookups are O(1) (``is_working_day``, ``working_days_between``) or O(log n)
    (``add_working_days``), so SLA recomputation over large queues stays cheap.
    """

    def __init__(self, years: Iterable[CalendarYear] = ()) -> None:
        self._lock = threading.Lock()
        self._years: dict[int, CalendarYear] = {}
        self._start = date(1, 1, 1)
        self._cum: list[int] = []  # _cum[i]: working days in [start, start + i]
        self._known: frozenset[int] = frozenset()
        self.merge(years)

    # -- data -------------------------------------------------------------------------

    def merge(self, years: Iterable[CalendarYear]) -> list[int]:
        """Add or replace years (a year is replaced only by an equal or higher revision);
        returns the years that changed."""
        with self._lock:
            changed = []
            for y in years:
                old = self._years.get(y.year)
                if old is None or (y.revision >= old.revision and y != old):
                    self._years[y.year] = y
                    changed.append(y.year)
            if changed:
                self._rebuild()
            return sorted(changed)

    def _rebuild(self) -> None:
        first, last = min(self._years), max(self._years)
        start = date(first, 1, 1)
        total = (date(last + 1, 1, 1) - start).days
        cum, running = [0] * total, 0
        day = start
        one = timedelta(days=1)
        for i in range(total):
            y = self._years.get(day.year)
            if y is not None and y.is_working_day(day):
                running += 1
            cum[i] = running
            day += one
        self._start, self._cum, self._known = start, cum, frozenset(self._years)

    @property
    def years(self) -> tuple[int, ...]:
        """The years this calendar has data for, ascending."""
        return tuple(sorted(self._known))

    def year(self, year: int) -> CalendarYear | None:
        """The data of one year, or ``None``."""
        return self._years.get(year)

    def holiday_name(self, day: date, language: str) -> str:
        """The public holiday on ``day`` in ``language`` (``kk``/``ru``/``en``), or ``""``."""
        y = self._years.get(day.year)
        names = y.holidays.get(day) if y is not None else None
        if not names:
            return ""
        return names.get(language) or names.get("en") or next(iter(names.values()), "")

    # -- counting ---------------------------------------------------------------------

    def _index(self, day: date) -> int:
        if day.year not in self._known:
            raise CalendarRangeError(day, self.years)
        return (day - self._start).days

    def _check_span(self, a: date, b: date) -> None:
        lo, hi = (a, b) if a <= b else (b, a)
        for y in range(lo.year, hi.year + 1):
            if y not in self._known:
                raise CalendarRangeError(date(y, 1, 1), self.years)

    def is_working_day(self, day: date) -> bool:
        """Whether ``day`` is worked; :class:`CalendarRangeError` outside known years."""
        i = self._index(day)
        cum = self._cum
        return cum[i] != (cum[i - 1] if i else 0)

    def working_days_between(self, a: date, b: date) -> int:
        """Working days in ``(a, b]`` (``a`` excluded, ``b`` included); ``-n`` if ``b < a``."""
        self._check_span(a, b)
        cum, start = self._cum, self._start
        return cum[(b - start).days] - cum[(a - start).days]

    def add_working_days(self, day: date, n: int) -> date:
        """The ``n``-th working day after ``day`` (before it if ``n < 0``); ``day`` when 0."""
        i = self._index(day)
        if n == 0:
            return day
        cum = self._cum
        if n > 0:
            target = cum[i] + n
            j = bisect.bisect_left(cum, target, lo=i + 1)
        else:
            # The |n|-th working day before: the last index whose running count is
            # cum[i - 1] + n + 1 … i.e. the first index reaching (count before day) + n + 1.
            before = cum[i - 1] if i else 0
            target = before + n + 1
            if target < 1:
                raise CalendarRangeError(date(self._start.year - 1, 12, 31), self.years)
            j = bisect.bisect_left(cum, target, hi=i)
        if j >= len(cum) or cum[j] != target:
            raise CalendarRangeError(date(self._start.year + len(self._known), 1, 1),
                                     self.years)
        result = self._start + timedelta(days=j)
        self._check_span(day, result)
        return result

    def next_working_day(self, day: date) -> date:
        """``day`` itself if it is worked, otherwise the first working day after it."""
        return day if self.is_working_day(day) else self.add_working_days(day, 1)


# -- the calendar of this process ---------------------------------------------------------

_process: list[WorkingCalendar] = []  # the one instance, made on first use
_process_lock = threading.Lock()


def load_years(texts: Iterable[str]) -> list[CalendarYear]:
    """Parse year files given as JSON text (:class:`CalendarDataError` on a bad one)."""
    out = []
    for text in texts:
        try:
            out.append(CalendarYear.from_json(json.loads(text)))
        except json.JSONDecodeError as exc:
            raise CalendarDataError(f"not JSON: {exc}") from exc
    return out


def shipped_years() -> list[CalendarYear]:
    """The years shipped with Workplace (``resources/calendar/<year>.json``)."""
    from workplace.resources import resource_dir

    folder = resource_dir() / "calendar"
    return load_years(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.json")))


def process_calendar() -> WorkingCalendar:
    """The one calendar of this process (the shipped years until updated); what
    ``ctx.calendar`` and ``tx.calendar`` give."""
    with _process_lock:
        if not _process:
            _process.append(WorkingCalendar(shipped_years()))
        return _process[0]
