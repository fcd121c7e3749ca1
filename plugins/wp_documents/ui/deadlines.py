"""Overdue and near-deadline marks, counted in working days (Qt-free).

The platform's working-day calendar (``ctx.calendar``) knows the official days off;
for a date outside the years it knows, calendar days are counted instead, so a mark
is never missing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, Final, Protocol

OVERDUE: Final = "overdue"
NEAR: Final = "near"
#: Working days before the deadline from which a document is "near its deadline".
NEAR_DAYS: Final = 3


class Calendar(Protocol):
    """What is used of :class:`workplace.api.calendar.WorkingCalendar`."""

    def working_days_between(self, a: dt.date, b: dt.date) -> int:
        """Working days in ``(a, b]``; negative if ``b < a``."""
        ...


def working_days_left(calendar: Calendar | None, today: dt.date, deadline: dt.date) -> int:
    """Working days from ``today`` to ``deadline`` (0 on the day; negative: overdue)."""
    if calendar is not None:
        try:
            return calendar.working_days_between(today, deadline)
        except ValueError:  # a year the calendar does not know
            pass
    return (deadline - today).days


def mark(doc: Mapping[str, Any], calendar: Calendar | None, today: dt.date,
         near_days: int = NEAR_DAYS) -> tuple[str, int]:
    """(``"overdue"``, ``"near"`` or ``""``, working days left) for an open document."""
    deadline = doc.get("deadline")
    if not deadline or doc.get("status") not in ("in_execution", "registered"):
        return "", 0
    try:
        day = dt.date.fromisoformat(str(deadline))
    except ValueError:
        return "", 0
    left = working_days_left(calendar, today, day)
    if day < today:
        return OVERDUE, left
    return (NEAR if left <= near_days else ""), left
