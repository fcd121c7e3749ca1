"""The queues: which requests each shows, the table columns, and the SLA-only queues.

"My requests", "Department queue" and "Waiting for applicant" are plain store queries
(equality on stored fields) shown by :class:`RecordListModel`, which reads pages
lazily however long the queue is. "At risk" and "Overdue" depend on today's date,
which the store cannot filter on: they are computed from the department's open
requests (a bounded set — closed ones are the bulk of any collection) with the SLA
engine, in :class:`SlaQueueModel`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from workplace.api import CalendarRangeError, LocalRecord, Query, WorkingCalendar
from workplace.api.qt import Column
from wp_egov import sla
from wp_egov.catalogue import DEFAULT_SERVICES, REQUESTS
from wp_egov.ui.texts import remaining_text, status_name

translate = QCoreApplication.translate
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Queue:
    id: str
    title: Callable[[], str]
    #: ``where`` of the store query, or ``None`` for an SLA queue (state to keep).
    where: Callable[[str], dict[str, Any]] | None
    sla_states: frozenset[sla.SlaState] = frozenset()


QUEUES: tuple[Queue, ...] = (
    Queue("mine", lambda: translate("wp_egov", "My requests"),
          lambda me: {"executor": me, "open": True}),
    Queue("department", lambda: translate("wp_egov", "Department queue"),
          lambda _me: {"open": True}),
    Queue("at_risk", lambda: translate("wp_egov", "At risk"), None,
          frozenset({sla.SlaState.AT_RISK})),
    Queue("overdue", lambda: translate("wp_egov", "Overdue"), None,
          frozenset({sla.SlaState.OVERDUE})),
    Queue("waiting", lambda: translate("wp_egov", "Waiting for applicant"),
          lambda _me: {"status": "waiting"}),
)


def format_date(iso: str | None) -> str:
    if not iso:
        return ""
    d = date.fromisoformat(iso)
    return QLocale().toString(QDate(d.year, d.month, d.day), QLocale.FormatType.ShortFormat)


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


def columns(view: SlaView, language: Callable[[], str]) -> list[Column]:
    def left(rec: LocalRecord) -> str:
        s = view.of(rec)
        if s is None:
            return ""
        if s.state is sla.SlaState.PAUSED:
            return translate("wp_egov", "paused")
        if rec.record.data.get("open"):
            return remaining_text(s.remaining)
        return ""

    return [
        (lambda: translate("wp_egov", "No."), lambda r: number_text(r.record.data)),
        (lambda: translate("wp_egov", "Registered"),
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
        (lambda: translate("wp_egov", "Time left"), left),
    ]


def query_for(queue: Queue, me: str, search: str, extra: dict[str, Any]) -> Query:
    where = {**(queue.where(me) if queue.where else {"open": True}), **extra}
    return Query(REQUESTS, where=where, search=search, order_by="deadline")


class SlaQueueModel(QAbstractTableModel):
    """The open requests in some SLA states, loaded whole (see the module docstring).

    It offers :meth:`record_at` and ``IdRole`` like RecordListModel, so the page
    treats both alike.
    """

    IdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, cols: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(cols)
        self._rows: list[LocalRecord] = []

    def set_records(self, records: list[LocalRecord]) -> None:
        self.beginResetModel()
        self._rows = records
        self.endResetModel()

    def record_at(self, row: int) -> LocalRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def retranslate(self) -> None:
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._columns)):
            return self._columns[section][0]()
        return super().headerData(section, orientation, role)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        rec = self.record_at(index.row()) if index.isValid() else None
        if rec is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._columns[index.column()][1](rec)
        if role == self.IdRole:
            return rec.record.id
        return None
