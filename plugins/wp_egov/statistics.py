"""Figures of the statistics page, from requests' data (Qt-free; the gateway may use it).

One pass over the requests registered in a period gives: incoming per day, counts by
service, how the requests stand on the SLA (answered on time or late, open on time or
overdue — the overdue share is the late and the overdue over all counted), the
median working days from registration to the answer (overall and per month), and a
row per executor. Working days are the platform calendar's, as in the SLA engine.
"""

from __future__ import annotations

import statistics as _stats
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from workplace.api import CalendarRangeError, WorkingCalendar
from wp_egov import sla

#: How a request stands, for the overdue share (``sla.SlaState`` folded to four).
ANSWERED_ON_TIME = "answered_on_time"
ANSWERED_LATE = "answered_late"
OPEN_ON_TIME = "open_on_time"
OPEN_OVERDUE = "open_overdue"
STANDINGS = (ANSWERED_ON_TIME, ANSWERED_LATE, OPEN_ON_TIME, OPEN_OVERDUE)
_STANDING = {
    sla.SlaState.DONE_ON_TIME: ANSWERED_ON_TIME, sla.SlaState.DONE_LATE: ANSWERED_LATE,
    sla.SlaState.ON_TIME: OPEN_ON_TIME, sla.SlaState.AT_RISK: OPEN_ON_TIME,
    sla.SlaState.PAUSED: OPEN_ON_TIME, sla.SlaState.OVERDUE: OPEN_OVERDUE,
}


@dataclass
class ExecutorRow:
    """One executor's requests of the period."""

    executor: str
    name: str
    total: int = 0
    open: int = 0
    overdue: int = 0  # open and past the deadline
    answered: int = 0
    answered_late: int = 0
    days: list[int] = field(default_factory=list)  # working days to each answer

    @property
    def median_days(self) -> float | None:
        return _stats.median(self.days) if self.days else None


@dataclass
class Figures:
    """Everything the statistics page draws and exports, for ``[start, end]``."""

    start: date
    end: date
    total: int = 0
    per_day: list[tuple[date, int]] = field(default_factory=list)
    by_service: list[tuple[str, int]] = field(default_factory=list)  # most first
    standing: dict[str, int] = field(default_factory=dict)
    not_counted: int = 0  # forwarded or merged: another body or request answers
    answer_days: list[int] = field(default_factory=list)
    median_by_month: list[tuple[str, float | None, int]] = field(default_factory=list)
    executors: list[ExecutorRow] = field(default_factory=list)  # most requests first
    unassigned: int = 0

    @property
    def counted(self) -> int:
        return sum(self.standing.values())

    @property
    def overdue_share(self) -> float | None:
        """Answered late or still open past the deadline, over all counted (0…1)."""
        if not self.counted:
            return None
        late = self.standing.get(ANSWERED_LATE, 0) + self.standing.get(OPEN_OVERDUE, 0)
        return late / self.counted

    @property
    def median_days(self) -> float | None:
        """Median working days from registration to the answer."""
        return _stats.median(self.answer_days) if self.answer_days else None


def executor_name(data: Mapping[str, Any]) -> str:
    """The executor's name as the request knows it ("" if it does not)."""
    name = data.get("executor_name")
    if isinstance(name, str) and name:
        return name
    executor = data.get("executor")
    for event in reversed(data.get("history") or ()):
        if event.get("action") == "assigned" and event.get("note"):
            return str(event["note"])
        if event.get("by") == executor and event.get("by_name"):
            return str(event["by_name"])
    return ""


def compute(requests: Iterable[Mapping[str, Any]], start: date, end: date, today: date,
            calendar: WorkingCalendar) -> Figures:
    """The figures of the requests registered from ``start`` to ``end`` (inclusive),
    as they stand on ``today``. Requests outside the period are skipped."""
    fig = Figures(start, end)
    days: Counter[str] = Counter()
    services: Counter[str] = Counter()
    standing: Counter[str] = Counter()
    months: dict[str, list[int]] = {}
    people: dict[str, ExecutorRow] = {}
    lo, hi = start.isoformat(), end.isoformat()
    for data in requests:
        reg = str(data.get("reg_date") or "")
        if not lo <= reg <= hi:
            continue
        fig.total += 1
        days[reg] += 1
        services[str(data.get("service_code") or "")] += 1
        try:
            state: sla.SlaState | None = sla.evaluate(data, today, calendar).state
        except (CalendarRangeError, ValueError, KeyError, TypeError):
            state = None
        kind = _STANDING.get(state) if state is not None else None
        if kind is None:
            fig.not_counted += 1
        else:
            standing[kind] += 1
        took = _answer_days(data, calendar)
        if took is not None:
            fig.answer_days.append(took)
            months.setdefault(reg[:7], []).append(took)
        executor = data.get("executor")
        if not executor:
            fig.unassigned += 1
            continue
        row = people.get(str(executor))
        if row is None:
            row = people[str(executor)] = ExecutorRow(str(executor), executor_name(data))
        elif not row.name:
            row.name = executor_name(data)
        row.total += 1
        if data.get("status") in sla.OPEN_STATUSES:
            row.open += 1
            row.overdue += kind == OPEN_OVERDUE
        elif kind in (ANSWERED_ON_TIME, ANSWERED_LATE):
            row.answered += 1
            row.answered_late += kind == ANSWERED_LATE
            if took is not None:
                row.days.append(took)
    fig.per_day = [(d, days.get(d.isoformat(), 0)) for d in _each_day(start, end)]
    fig.by_service = sorted(services.items(), key=lambda kv: (-kv[1], kv[0]))
    fig.standing = {k: standing.get(k, 0) for k in STANDINGS}
    fig.median_by_month = [(m, _stats.median(v) if v else None, len(v))
                           for m, v in sorted(months.items())]
    fig.executors = sorted(people.values(), key=lambda r: (-r.total, r.name, r.executor))
    return fig


def per_week(per_day: list[tuple[date, int]]) -> list[tuple[date, int]]:
    """The daily counts summed per week (Monday to Sunday), dated by their Thursday."""
    weeks: dict[date, int] = {}
    for day, count in per_day:
        monday = day - timedelta(days=day.weekday())
        weeks[monday] = weeks.get(monday, 0) + count
    return [(monday + timedelta(days=3), n) for monday, n in sorted(weeks.items())]


def _answer_days(data: Mapping[str, Any], calendar: WorkingCalendar) -> int | None:
    answered, reg = data.get("answered_on"), data.get("reg_date")
    if not (isinstance(answered, str) and answered and isinstance(reg, str) and reg):
        return None
    try:
        return calendar.working_days_between(date.fromisoformat(reg),
                                             date.fromisoformat(answered))
    except (CalendarRangeError, ValueError):
        return None


def _each_day(start: date, end: date) -> Iterable[date]:
    day = start
    while day <= end:
        yield day
        day += timedelta(days=1)
