"""The inbox: what waits for the signed-in user, one tab per kind of work."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from workplace.api import PluginContext, Query
from wp_documents.domain.model import DOCUMENTS
from wp_documents.ui.common import compact, me, today
from wp_documents.ui.lists import DocumentTable
from wp_documents.ui.plurals import PLURALS

translate = QCoreApplication.translate

#: (tab key, inbox word prefix); the word is the prefix + the user's id or a date.
TABS = (("approve", "appr"), ("execute", "exec"), ("familiarise", "fam"),
        ("control", "ctrl"), ("today", "reg"))


def tab_title(key: str, count: int) -> str:
    """A tab's title with the number of documents in it."""
    return PLURALS.tab(key, count)


class InboxPage(QWidget):
    """Five tabs over the local store; Ctrl+Tab moves between them, Enter opens."""

    def __init__(self, ctx: PluginContext, opener: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wp_documents.inbox")
        self.ctx = ctx
        self.tabs = QTabWidget(self)
        self.tables: dict[str, DocumentTable] = {}
        self._user = compact(me(ctx)["id"])
        user = self._user or "nobody"
        for key, prefix in TABS:
            word = prefix + (today().strftime("%Y%m%d") if key == "today" else user)
            table = DocumentTable(ctx, self._query(word), opener, self.tabs)
            table.setObjectName(f"inbox-{key}")
            self.tables[key] = table
            self.tabs.addTab(table, "")
            model = table.doc_model
            model.modelReset.connect(self._retitle)
            model.rowsInserted.connect(self._retitle)
            model.rowsRemoved.connect(self._retitle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.addWidget(self.tabs, 1)
        for n, _ in enumerate(TABS):
            shortcut = QShortcut(QKeySequence(f"Alt+{n + 1}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=n: self._show_tab(n))
        self.setFocusProxy(self.tabs)
        self._retranslate()

    @staticmethod
    def _query(word: str) -> Query:
        return Query(DOCUMENTS, search=word, order_by="reg_date", descending=True)

    def _show_tab(self, n: int) -> None:
        self.tabs.setCurrentIndex(n)
        self.tabs.currentWidget().setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Follow the user signed in now (the page may be made before signing in)."""
        if compact(me(self.ctx)["id"]) != self._user:
            self.refresh_user()
        super().showEvent(event)

    def refresh_user(self) -> None:
        """Point the tabs at the user signed in now (after a sign-in or switch)."""
        user = self._user = compact(me(self.ctx)["id"])
        user = user or "nobody"
        for key, prefix in TABS:
            word = prefix + (today().strftime("%Y%m%d") if key == "today" else user)
            self.tables[key].doc_model.set_query(self._query(word))

    def _retitle(self) -> None:
        for i, (key, _) in enumerate(TABS):
            self.tabs.setTabText(i, tab_title(key, self.tables[key].doc_model.rowCount()))

    def _retranslate(self) -> None:
        self._retitle()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Texts in a new language."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
