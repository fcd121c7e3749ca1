"""The registry (journal): every document, filtered by kind, period, status, executor
and overdue, read lazily so a million records open at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workplace.api import PluginContext, Query
from wp_documents.domain.model import DOCUMENTS, KINDS, STATUSES
from wp_documents.ui.common import kind_text, me, status_text, today
from wp_documents.ui.lists import DocumentTable
from wp_documents.ui.plurals import PLURALS

translate = QCoreApplication.translate
PERIODS = ("any", "today", "month", "year")


def registry_query(search: str = "", kind: str = "", status: str = "", period: str = "any",
                   executor: str = "", overdue: bool = False) -> Query:
    """The store query for the registry's filters.

    Every filter is a word of the full-text index (see ``inbox_words``): ``kind…``,
    ``st…``, ``lead<id>``, and for the period ``reg<yyyymmdd>`` as a prefix
    (``reg202611`` = registered in November 2026) — so a million records are
    filtered by the index, not read one by one. "Overdue first" lists documents in
    execution by deadline, the oldest first: the overdue ones lead, marked red.
    """
    words = [search.strip()] if search.strip() else []
    if kind:
        words.append(f"kind{kind}")
    if status and not overdue:
        words.append("st" + status.replace("_", ""))
    if executor:
        words.append("lead" + executor.replace("-", ""))
    day = today()
    prefix = {"today": day.strftime("%Y%m%d"), "month": day.strftime("%Y%m"),
              "year": day.strftime("%Y")}.get(period)
    if prefix:
        words.append("reg" + prefix)
    if overdue:
        words.append("stinexecution")
        return Query(DOCUMENTS, search=" ".join(words), order_by="deadline")
    # Newest first in the order documents reached this computer (the store's row
    # order, read from its index): sorting a million records by a JSON field for
    # the first page would take seconds.
    return Query(DOCUMENTS, search=" ".join(words), descending=True)


class RegistryPage(QWidget):
    """Filters above a table of documents; Ctrl+F goes to the search field."""

    def __init__(self, ctx: PluginContext, opener: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wp_documents.registry")
        self.ctx = ctx
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self.kind = QComboBox(self)
        self.status = QComboBox(self)
        self.period = QComboBox(self)
        self.executor = QComboBox(self)
        self.overdue = QCheckBox(self)
        self.count = QLabel(self)
        for combo in (self.kind, self.status, self.period, self.executor):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.labels = {name: QLabel(self) for name in ("search", "kind", "status", "period",
                                                       "executor")}
        for name, field in (("search", self.search), ("kind", self.kind),
                            ("status", self.status), ("period", self.period),
                            ("executor", self.executor)):
            self.labels[name].setBuddy(field)
        self.table = DocumentTable(ctx, registry_query(), opener, self)
        self.table.setObjectName("registry-table")
        filters = QHBoxLayout()
        filters.setSpacing(6)
        for name, field in (("search", self.search), ("kind", self.kind),
                            ("status", self.status), ("period", self.period),
                            ("executor", self.executor)):
            filters.addWidget(self.labels[name])
            filters.addWidget(field, 3 if name == "search" else 0)
            filters.addSpacing(8)
        filters.addWidget(self.overdue)
        filters.addStretch(0)
        filters.addSpacing(12)
        filters.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.kind, self.status, self.period, self.executor):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.overdue.toggled.connect(lambda _on: self.apply_filters())
        model = self.table.doc_model
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._show_count)
        self.setFocusProxy(self.search)
        self._retranslate()

    def apply_filters(self) -> None:
        """Read the documents again with the filters as they are now."""
        executor = me(self.ctx)["id"] if self.executor.currentData() == "me" else ""
        self.table.doc_model.set_query(registry_query(
            self.search.text(), self.kind.currentData() or "",
            self.status.currentData() or "", self.period.currentData() or "any",
            executor, self.overdue.isChecked()))

    def _show_count(self) -> None:
        n = self.table.doc_model.rowCount()
        self.count.setText(PLURALS.documents(n))

    def _fill(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for data, text in items:
            combo.addItem(text, data)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _retranslate(self) -> None:
        self.labels["search"].setText(translate("wp_documents", "&Find:"))
        self.labels["kind"].setText(translate("wp_documents", "&Kind:"))
        self.labels["status"].setText(translate("wp_documents", "S&tatus:"))
        self.labels["period"].setText(translate("wp_documents", "&Period:"))
        self.labels["executor"].setText(translate("wp_documents", "E&xecutor:"))
        self.search.setPlaceholderText(translate("wp_documents", "Number, title, correspondent"))
        self.overdue.setText(translate("wp_documents", "&Overdue first"))
        everything = translate("wp_documents", "All")
        self._fill(self.kind, [("", everything), *((k, kind_text(k)) for k in KINDS)])
        self._fill(self.status, [("", everything), *((s, status_text(s)) for s in STATUSES)])
        self._fill(self.period, [
            ("any", translate("wp_documents", "Any time")),
            ("today", translate("wp_documents", "Today")),
            ("month", translate("wp_documents", "This month")),
            ("year", translate("wp_documents", "This year"))])
        self._fill(self.executor, [("", translate("wp_documents", "Anyone")),
                                   ("me", translate("wp_documents", "Me"))])
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Texts in a new language."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def focus_search(self) -> None:
        """Put the cursor in the search field."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
