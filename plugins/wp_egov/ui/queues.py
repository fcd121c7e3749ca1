"""The queues: which requests each shows, and the table columns.

Every queue is a store query shown by :class:`RecordListModel`, which reads pages
lazily however long the queue is; the manifest declares the indexes they read by.
"My requests", "Department queue" and "Waiting for applicant" are equality on stored
fields. "At risk" and "Overdue" depend on today: they are the requests whose clock
runs (``running``: open, not waiting) with the stored deadline in a range — exact,
because while the clock runs the deadline the last change stored does not move
(:func:`wp_egov.sla.recompute`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from workplace.api import CalendarRangeError, LocalRecord, Query, WorkingCalendar
from workplace.api.qt import Column, RecordListModel
from wp_egov import sla
from wp_egov.catalogue import DEFAULT_SERVICES, REQUESTS
from wp_egov.ui.texts import date_text, remaining_text, status_name

translate = QCoreApplication.translate


DeadlineRange = Callable[[date, WorkingCalendar], tuple[str | None, str | None]]


def _overdue(today: date, _cal: WorkingCalendar) -> tuple[str | None, str | None]:
    return None, today.isoformat()


def _at_risk(today: date, cal: WorkingCalendar) -> tuple[str | None, str | None]:
    # Deadlines are working days: "at most n working days left" is up to the n-th.
    last = cal.add_working_days(today, sla.AT_RISK_DAYS)
    return today.isoformat(), (last + timedelta(days=1)).isoformat()


@dataclass(frozen=True)
class Queue:
    id: str
    title: Callable[[], str]
    #: ``where`` of the store query, given the signed-in user's id.
    where: Callable[[str], dict[str, Any]]
    #: The deadlines the queue keeps, ``[low, high)``, as of a day (SLA queues).
    deadlines: DeadlineRange | None = None


QUEUES: tuple[Queue, ...] = (
    Queue("mine", lambda: translate("wp_egov", "My requests"),
          lambda me: {"executor": me, "open": True}),
    Queue("department", lambda: translate("wp_egov", "Department queue"),
          lambda _me: {"open": True}),
    Queue("at_risk", lambda: translate("wp_egov", "At risk"),
          lambda _me: {"running": True}, _at_risk),
    Queue("overdue", lambda: translate("wp_egov", "Overdue"),
          lambda _me: {"running": True}, _overdue),
    Queue("waiting", lambda: translate("wp_egov", "Waiting for applicant"),
          lambda _me: {"status": "waiting"}),
)


def format_date(iso: str | None) -> str:
    """A date as the module writes it everywhere: dd.mm.yyyy, whatever the language."""
    return date_text(iso)


def number_text(data: Any) -> str:
    n = data.get("number")
    return str(n) if n is not None else translate("wp_egov", "pending")


def service_name(code: str, language: str) -> str:
    for s in DEFAULT_SERVICES:
        if s.code == code:
            return s.name(language)
    return code


class SlaView:
    """SLA of records as of ``today``, cached per record version (cells are drawn often)."""

    def __init__(self, calendar: WorkingCalendar, today: Callable[[], date]) -> None:
        self.calendar = calendar
        self.today = today
        self._cache: dict[tuple[str, int, str], sla.Sla | None] = {}

    def of(self, rec: LocalRecord) -> sla.Sla | None:
        r = rec.record
        key = (r.id, r.version + 1_000_000 * rec.pending, str(r.updated_at))
        if key not in self._cache:
            if len(self._cache) > 20_000:
                self._cache.clear()
            try:
                self._cache[key] = sla.evaluate(r.data, self.today(), self.calendar)
            except (CalendarRangeError, ValueError, KeyError, TypeError):
                self._cache[key] = None
        return self._cache[key]

    def clear(self) -> None:
        self._cache.clear()


#: The queue's columns by number (see :func:`columns`).
NUMBER, REGISTERED, APPLICANT, SUBJECT, SERVICE, STATUS, DEADLINE, TIME_LEFT = range(8)


def time_left(view: SlaView, rec: LocalRecord, short: bool = True) -> str:
    """The "Time left" cell: the short wording, or (``short=False``) the full one."""
    s = view.of(rec)
    if s is None:
        return ""
    if s.state is sla.SlaState.PAUSED:
        return translate("wp_egov", "paused")
    if rec.record.data.get("open"):
        return remaining_text(s.remaining, short)
    return ""


def time_left_samples() -> list[str]:
    """The widest texts the "Time left" column shows in the current language (every
    plural form, three-digit counts): the column is sized to them."""
    counts = (1, 2, 5, 21, 22, 25, 101, 102, 105, 888)
    return ([remaining_text(-n, True) for n in counts] + [remaining_text(n, True) for n in counts]
            + [remaining_text(0), translate("wp_egov", "paused")])


def columns(view: SlaView, language: Callable[[], str]) -> list[Column]:
    return [
        (lambda: translate("wp_egov", "No."), lambda r: number_text(r.record.data)),
        (lambda: translate("wp_egov", "Registered", "column: the date of registration"),
         lambda r: format_date(r.record.data.get("reg_date"))),
        (lambda: translate("wp_egov", "Applicant"),
         lambda r: str((r.record.data.get("applicant") or {}).get("name", ""))),
        (lambda: translate("wp_egov", "Subject"), lambda r: str(r.record.data.get("subject", ""))),
        (lambda: translate("wp_egov", "Service"),
         lambda r: service_name(str(r.record.data.get("service_code", "")), language())),
        (lambda: translate("wp_egov", "Status"),
         lambda r: status_name(str(r.record.data.get("status", "")))),
        (lambda: translate("wp_egov", "Deadline"),
         lambda r: format_date(s.deadline.isoformat()) if (s := view.of(r)) else ""),
        (lambda: translate("wp_egov", "Time left"), lambda r: time_left(view, r)),
    ]


class RequestListModel(RecordListModel):
    """The queue's rows, with tooltips: a cell's full text (a long subject or name is
    cut in its column), the full wording of the time left, the full column names."""

    def __init__(self, view: SlaView, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._view = view

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal
                and section == REGISTERED):
            return translate("wp_egov", "Date of registration")
        return super().headerData(section, orientation, role)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        base = super().data(index, role)
        if role != Qt.ItemDataRole.ToolTipRole or not index.isValid():
            return base
        rec = self.record_at(index.row())
        if rec is None:
            return base
        if index.column() == TIME_LEFT:
            full = time_left(self._view, rec, short=False)
        else:
            full = str(super().data(index, Qt.ItemDataRole.DisplayRole) or "")
        parts = [t for t in (full, base) if t]
        return "\n".join(parts) or None


def query_for(queue: Queue, me: str, search: str, extra: dict[str, Any], today: date,
              calendar: WorkingCalendar) -> Query:
    """The store query of ``queue`` on ``today`` (soonest deadline first).

    Raises :class:`CalendarRangeError` when an SLA queue needs a year the calendar
    does not have."""
    ranges = {"deadline": queue.deadlines(today, calendar)} if queue.deadlines else {}
    return Query(REQUESTS, where={**queue.where(me), **extra}, range=ranges, search=search,
                 order_by="deadline")
