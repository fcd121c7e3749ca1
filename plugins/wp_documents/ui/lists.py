"""A table of documents over the local store, read lazily (RecordListModel)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from workplace.api import PluginContext, Query
from workplace.api.qt import RecordListModel
from wp_documents.ui import assistant, deadlines
from wp_documents.ui.common import _calendar, columns, store_of, today


class DocumentModel(RecordListModel):
    """Documents as rows; overdue deadlines in red, near ones in amber."""

    def __init__(self, ctx: PluginContext, query: Query, parent: QObject | None = None) -> None:
        super().__init__(store_of(ctx), query, columns(ctx), parent=parent)
        self._calendar = _calendar(ctx)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # type: ignore[override]
        """Cells, with the deadline column coloured by its mark."""
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 6:
            record = self.record_at(index.row())
            if record is not None:
                mark, _ = deadlines.mark(record.record.data, self._calendar, today())
                if mark == deadlines.OVERDUE:
                    return QBrush(QColor("#c62828"))
                if mark == deadlines.NEAR:
                    return QBrush(QColor("#b26a00"))
        return super().data(index, role)


class DocumentTable(QTableView):
    """Rows of documents; Enter or a double click opens one; a right click offers the
    actions on one (the assistant's, when it is there)."""

    def __init__(self, ctx: PluginContext, query: Query, opener: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc_model = DocumentModel(ctx, query, self)
        self.setModel(self.doc_model)
        self._opener = opener
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for col, width in enumerate((120, 95, 100, 420, 220, 160, 170)):
            self.setColumnWidth(col, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.activated.connect(self._open)
        self._ctx = ctx
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu_at)

    def _open(self, index: QModelIndex) -> None:
        doc_id = self.doc_model.data(index, RecordListModel.IdRole)
        if isinstance(doc_id, str):
            self._opener(doc_id)

    def context_menu(self, index: QModelIndex) -> QMenu | None:
        """The actions on the document at ``index`` (None where there is none)."""
        doc_id = self.doc_model.data(index, RecordListModel.IdRole)
        if not index.isValid() or not isinstance(doc_id, str):
            return None
        menu = QMenu(self)
        menu.setObjectName("document-menu")
        menu.addAction(QCoreApplication.translate("wp_documents", "&Open"),
                       lambda: self._opener(doc_id))
        if assistant.assistant_of(self._ctx) is not None:  # an optional module
            action = menu.addAction(assistant.summarise_text(),
                                    lambda: assistant.summarise(self._ctx, doc_id))
            action.setObjectName("summarise")
        return menu

    def _menu_at(self, pos: QPoint) -> None:
        menu = self.context_menu(self.indexAt(pos))
        if menu is not None:
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(self.viewport().mapToGlobal(pos))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Enter opens the current row (as on every platform)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex())
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """An empty list says so, instead of showing a blank grid."""
        super().paintEvent(event)
        if self.doc_model.loaded and self.doc_model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.viewport().rect().adjusted(0, 24, 0, 0),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                             QCoreApplication.translate("wp_documents", "No documents here."))
            painter.end()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Redraw the header in a new language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.doc_model.retranslate()
        super().changeEvent(event)
