"""The SLA engine: a request's deadline and how it stands, counted in working days.

Pure functions of a request's data, a date and the working-day calendar; the client
and the gateway run exactly this code, so they agree. No Qt, no clock: "today" is
always passed in.

The rules (DOMAIN.md, "Citizens' requests"):

- The base deadline is the ``term_days``-th working day after the registration date
  (``WorkingCalendar.add_working_days``): 15 for appeals, 5 for complaints about a
  public service, or what the service catalogue says.
- An extension by a reasoned decision replaces the base deadline with its date; the
  whole review may last at most two months from registration.
- While the request waits for the applicant the clock is paused: each pause from
  day F to day T (T = today while it lasts) adds the working days in ``(F, T]`` —
  the day it stops counts as worked, the day it restarts as paused.
- Remaining = working days in ``(today, deadline]``: 0 on the deadline day, negative
  when overdue. At risk: open, not paused, and at most ``at_risk_days`` left.
"""

from __future__ import annotations

import calendar as _months
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from enum import StrEnum
from typing import Any

from workplace.api import WorkingCalendar

#: Kazakhstan's single time zone (UTC+5 since March 2024): a request's dates are its.
KZ_TIME = timezone(timedelta(hours=5))
#: Working days left at which an open request is "at risk".
AT_RISK_DAYS = 2
#: Working days within which a wrongly addressed request must be forwarded, and the
#: applicant told of an extension.
FORWARD_DAYS = 3
NOTICE_DAYS = 3
#: The longest a review may last with extensions: months from registration.
MAX_MONTHS = 2

OPEN_STATUSES = frozenset({"registered", "assigned", "in_progress", "waiting"})
ANSWERED_STATUSES = frozenset({"answered", "approved", "rejected"})


class SlaState(StrEnum):
    ON_TIME = "on_time"
    AT_RISK = "at_risk"
    OVERDUE = "overdue"
    PAUSED = "paused"
    DONE_ON_TIME = "done_on_time"
    DONE_LATE = "done_late"
    NOT_COUNTED = "not_counted"  # forwarded or merged: another body or request answers


@dataclass(frozen=True)
class Sla:
    """Where a request stands on a given day."""

    state: SlaState
    deadline: date
    #: Working days in (today, deadline]; negative when overdue.
    remaining: int
    paused_days: int


def local_date(moment: datetime) -> date:
    """The date in Kazakhstan at ``moment`` (an aware datetime, e.g. ``tx.now``)."""
    return moment.astimezone(KZ_TIME).date()


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the month's last day if it is shorter)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, _months.monthrange(year, month)[1]))


def latest_extension(reg_date: date) -> date:
    """The last day an extended review may end on (two months after registration)."""
    return add_months(reg_date, MAX_MONTHS)


def _iso(value: Any) -> date | None:
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def base_deadline(data: Mapping[str, Any], cal: WorkingCalendar) -> date:
    """The deadline before pauses: the extension's date, or registration + term."""
    ext = data.get("extension")
    until = _iso(ext.get("until")) if isinstance(ext, Mapping) else None
    if until is not None:
        return until
    reg = _iso(data.get("reg_date"))
    if reg is None:
        raise ValueError("the request has no registration date")
    return cal.add_working_days(reg, int(data.get("term_days") or 15))


def paused_days(data: Mapping[str, Any], today: date, cal: WorkingCalendar) -> int:
    """Working days the clock stood still (an open pause runs until ``today``)."""
    total = 0
    for pause in data.get("pauses") or ():
        start = _iso(pause.get("from"))
        if start is None:
            continue
        end = _iso(pause.get("to")) or today
        if end > start:
            total += cal.working_days_between(start, end)
    return total


def deadline(data: Mapping[str, Any], today: date, cal: WorkingCalendar) -> date:
    """The effective deadline on ``today``: base deadline moved by the paused days."""
    return cal.add_working_days(base_deadline(data, cal), paused_days(data, today, cal))


def evaluate(data: Mapping[str, Any], today: date, cal: WorkingCalendar,
             at_risk_days: int = AT_RISK_DAYS) -> Sla:
    """The request's SLA on ``today``."""
    paused = paused_days(data, today, cal)
    due = cal.add_working_days(base_deadline(data, cal), paused)
    status = data.get("status", "")
    if status in OPEN_STATUSES:
        remaining = cal.working_days_between(today, due)
        if status == "waiting":
            state = SlaState.PAUSED
        elif remaining < 0:
            state = SlaState.OVERDUE
        elif remaining <= at_risk_days:
            state = SlaState.AT_RISK
        else:
            state = SlaState.ON_TIME
        return Sla(state, due, remaining, paused)
    answered = _iso(data.get("answered_on"))
    if status in ANSWERED_STATUSES or status == "closed":
        end = answered or today
        late = end > due
        return Sla(SlaState.DONE_LATE if late else SlaState.DONE_ON_TIME, due,
                   cal.working_days_between(end, due), paused)
    return Sla(SlaState.NOT_COUNTED, due, 0, paused)


def recompute(data: Mapping[str, Any], today: date, cal: WorkingCalendar) -> dict[str, Any]:
    """``data`` with its stored SLA fields brought up to date: ``deadline`` (the
    effective deadline as of ``today``), ``open``, ``running`` (open and not waiting
    for the applicant) and ``sla`` (the state then).

    Mutators call it after every change of status, service or dates, so the queues
    can be read by these fields; views evaluate again for the current day.
    """
    out = dict(data)
    sla = evaluate(out, today, cal)
    out["deadline"] = sla.deadline.isoformat()
    out["open"] = out.get("status") in OPEN_STATUSES
    # The clock runs (open, not waiting): only then is the stored deadline the one of
    # any later day too, so "overdue" and "at risk" are deadline ranges over these.
    out["running"] = out["open"] and out.get("status") != "waiting"
    out["sla"] = sla.state.value
    return out
