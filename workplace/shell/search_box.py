"""The global search in the window's header: type, and every module's records are searched.

The search runs in the local store (full-text, words match by their beginning), so it
works offline. Results are grouped by module and open through the record opener the
owning module registered; a hit nobody can open is shown, disabled, with the reason.
"""

from __future__ import annotations

import asyncio
import html
import logging

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFocusEvent,
    QKeyEvent,
    QPainter,
    QPalette,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from workplace.api.store import SearchHit
from workplace.pluginhost import PluginHost
from workplace.shell.icons import icon
from workplace.store.service import StoreService
from workplace.workbench import Workbench

_log = logging.getLogger("workplace.shell")

#: Item data: the rich text a row is drawn with (absent on group headers).
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
#: Item data: ``(collection, record_id)`` of a hit.
HIT_ROLE = Qt.ItemDataRole.UserRole + 2
DEBOUNCE_MS = 200
MIN_CHARS = 2

_Index = QModelIndex | QPersistentModelIndex


def snippet_html(snippet: str) -> str:
    """The store's snippet as rich text: ``[match]`` becomes bold, the rest is escaped."""
    return html.escape(snippet).replace("[", "<b>").replace("]", "</b>")


def snippet_plain(snippet: str) -> str:
    """The snippet without its match marks, as a screen reader should read it."""
    return snippet.replace("[", "").replace("]", "")


class _HitDelegate(QStyledItemDelegate):
    """Draws a hit as two lines of rich text: the title, then the snippet."""

    _MARGIN = QSize(10, 5)

    def _document(self, option: QStyleOptionViewItem, index: _Index) -> QTextDocument | None:
        text = index.data(HTML_ROLE)
        if not text:
            return None
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        widget = option.widget
        width = widget.viewport().width() if isinstance(widget, QAbstractItemView) \
            else option.rect.width()
        doc.setTextWidth(max(80, width - 2 * self._MARGIN.width()))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        if doc is None:
            super().paint(painter, option, index)
            return
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        enabled = bool(opt.state & QStyle.StateFlag.State_Enabled)
        group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text,
                                 opt.palette.color(group, role))
        painter.save()
        rect = opt.rect
        painter.translate(rect.topLeft() + QPoint(self._MARGIN.width(), self._MARGIN.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        doc = self._document(option, index)
        if doc is None:
            size = super().sizeHint(option, index)
            return QSize(size.width(), size.height() + 8)
        return QSize(int(doc.idealWidth()) + 2 * self._MARGIN.width(),
                     int(doc.size().height()) + 2 * self._MARGIN.height())


class SearchPopup(QFrame):
    """The results under the search box: a list grouped by module, or "No results".

    A child of the main window (not a separate popup window), so the keyboard stays
    in the search box while the arrows move through the results.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.list = QListView(self)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the box
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setWordWrap(True)
        self.list.setMouseTracking(True)
        self.list.setItemDelegate(_HitDelegate(self.list))
        self.model = QStandardItemModel(self)
        self.list.setModel(self.model)
        self.empty = QLabel(self)
        self.empty.setObjectName("EmptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setMargin(16)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        self.hide()

    def rows_height(self) -> int:
        """The height the rows need, to size the popup to its content."""
        rows = sum(self.list.sizeHintForRow(r) for r in range(self.model.rowCount()))
        return rows + 2 * self.list.frameWidth()


class SearchBox(QLineEdit):
    """The header's search field; results pop up under it as the user types.

    Up/Down move through the results, Enter opens the current one, Esc closes the
    results (and clears the field when they are already closed).
    """

    def __init__(self, store: StoreService, host: PluginHost, workbench: Workbench,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("GlobalSearch")
        self._store = store
        self._host = host
        self._workbench = workbench
        self._popup: SearchPopup | None = None
        self._generation = 0
        self._last: tuple[str, list[SearchHit]] | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(240)
        self.setMaximumWidth(420)
        self._icon_action = self.addAction(icon("search"),
                                           QLineEdit.ActionPosition.LeadingPosition)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self.textEdited.connect(lambda _t: self._timer.start())
        self.textChanged.connect(self._on_text_changed)
        self._retranslate()

    # -- what the shell calls ----------------------------------------------------

    @property
    def popup(self) -> SearchPopup:
        """The results popup (made on first use, as a child of the window)."""
        if self._popup is None:
            self._popup = SearchPopup(self.window())
            self._popup.list.clicked.connect(self._open_index)
            self.window().installEventFilter(self)
        return self._popup

    def focus_search(self) -> None:
        """Put the cursor in the field with its text selected (Ctrl+F)."""
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()
        if len(self.text().strip()) >= MIN_CHARS:
            self.search_now()  # afresh: the records may have changed since

    def search_now(self) -> None:
        """Search for the current text at once (the field waits for a pause in typing)."""
        self._timer.stop()
        text = self.text().strip()
        self._generation += 1
        if len(text) < MIN_CHARS:
            self.close_popup()
            return
        task = asyncio.ensure_future(self._search(self._generation, text))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def close_popup(self) -> None:
        """Hide the results; the text stays."""
        if self._popup is not None:
            self._popup.hide()

    def results_visible(self) -> bool:
        """True while the results are shown."""
        return self._popup is not None and self._popup.isVisible()

    # -- searching -----------------------------------------------------------------

    async def _search(self, generation: int, text: str) -> None:
        try:
            hits = await self._store.search(text)
        except Exception:
            _log.exception("search failed")
            hits = []
        if generation != self._generation:
            return  # the user typed on meanwhile
        self._show(text, hits)

    def _module_name(self, collection: str) -> str:
        for rec in self._host.records.values():
            if rec.manifest is not None and any(
                    c.id == collection for c in rec.manifest.collections):
                return rec.display_name
        return collection

    def _show(self, text: str, hits: list[SearchHit]) -> None:
        translate = QCoreApplication.translate
        self._last = (text, hits)
        popup = self.popup
        model = popup.model
        model.clear()
        groups: dict[str, list[SearchHit]] = {}
        for hit in hits:
            groups.setdefault(self._module_name(hit.collection), []).append(hit)
        for module, module_hits in groups.items():
            header = QStandardItem(module)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            header.setData(translate("SearchBox", "Module: {0}").format(module),
                           Qt.ItemDataRole.AccessibleTextRole)
            model.appendRow(header)
            for hit in module_hits:
                model.appendRow(self._hit_item(hit))
        has_rows = model.rowCount() > 0
        popup.list.setVisible(has_rows)
        popup.empty.setVisible(not has_rows)
        if not has_rows:
            popup.empty.setText(translate("SearchBox", "No results for «{0}»").format(text))
        count = len(hits)
        summary = self.tr("%n result(s)", "", count) if count else \
            translate("SearchBox", "No results")
        popup.list.setAccessibleDescription(summary)
        self.setAccessibleDescription(summary)
        self._place()
        popup.show()
        popup.raise_()
        self._place()  # again, shown: the rows' heights depend on the list's width
        self._select(self._step(-1, 1))

    def _hit_item(self, hit: SearchHit) -> QStandardItem:
        translate = QCoreApplication.translate
        title = hit.title or translate("SearchBox", "Untitled")
        if snippet_plain(hit.snippet).strip("…") == title:
            # The title itself matched: one line, the matches in bold.
            item = QStandardItem(title)
            item.setData(f"<div>{snippet_html(hit.snippet.strip('…'))}</div>", HTML_ROLE)
        else:
            item = QStandardItem(f"{title} — {snippet_plain(hit.snippet)}")
            item.setData(f"<div>{html.escape(title)}</div><div style='font-size: small'>"
                         f"{snippet_html(hit.snippet)}</div>", HTML_ROLE)
        item.setData((hit.collection, hit.id), HIT_ROLE)
        if hit.collection in self._workbench.openers:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        else:
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            why = translate("SearchBox", "This module cannot open its records from the search.")
            item.setToolTip(why)
            item.setData(why, Qt.ItemDataRole.AccessibleDescriptionRole)
        return item

    def _place(self) -> None:
        popup = self.popup
        window = self.window()
        width = max(self.width(), 460)
        below = self.mapTo(window, QPoint(0, self.height() + 2))
        x = min(below.x(), window.width() - width - 8)
        room = window.height() - below.y() - 16
        popup.setGeometry(max(8, x), below.y(), width, popup.height())
        if not popup.isVisible():
            return
        layout = popup.layout()
        if layout is not None:
            layout.activate()
        margins = popup.contentsMargins().top() + popup.contentsMargins().bottom() + 8
        if popup.list.isVisibleTo(popup):
            height = popup.rows_height() + margins
        else:
            height = popup.empty.sizeHint().height() + margins
        popup.resize(width, max(40, min(height, 440, room)))

    # -- keyboard and mouse -----------------------------------------------------------

    def _step(self, row: int, direction: int) -> int:
        """The next row from ``row`` that can be chosen, or -1."""
        model = self.popup.model
        row += direction
        while 0 <= row < model.rowCount():
            item = model.item(row)
            if item is not None and item.flags() & Qt.ItemFlag.ItemIsSelectable:
                return row
            row += direction
        return -1

    def _select(self, row: int) -> None:
        view = self.popup.list
        if row < 0:
            view.clearSelection()
            view.setCurrentIndex(QModelIndex())
            return
        index = self.popup.model.index(row, 0)
        view.setCurrentIndex(index)
        view.scrollTo(index)
        if row == self._step(-1, 1):
            view.scrollToTop()  # show the first group's header too

    def _open_index(self, index: _Index) -> None:
        if not index.isValid() or not index.flags() & Qt.ItemFlag.ItemIsSelectable:
            return
        collection, record_id = index.data(HIT_ROLE)
        opener = self._workbench.openers.get(collection)
        if opener is None:
            return
        self.close_popup()
        opener[1](record_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        visible = self.results_visible()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            if not visible:
                self.search_now()
                return
            current = self.popup.list.currentIndex()
            row = current.row() if current.isValid() else -1
            step = self._step(row, 1 if key == Qt.Key.Key_Down else -1)
            if step >= 0:
                self._select(step)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if visible and self.popup.list.currentIndex().isValid():
                self._open_index(self.popup.list.currentIndex())
            else:
                self.search_now()
            return
        if key == Qt.Key.Key_Escape:
            if visible:
                self.close_popup()
                return
            if self.text():
                self.clear()
                return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        # The list takes no focus, so focus leaving means the user went elsewhere;
        # a popup menu of the field itself (right click) is not leaving.
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.close_popup()
        super().focusOutEvent(event)

    def _on_text_changed(self, text: str) -> None:
        if len(text.strip()) < MIN_CHARS:
            self._generation += 1
            self._timer.stop()
            self.close_popup()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window() and event.type() == QEvent.Type.Resize \
                and self.results_visible():
            self._place()
        return super().eventFilter(watched, event)

    # -- language and theme ---------------------------------------------------------

    def _retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.setPlaceholderText(translate("SearchBox", "Search documents, requests…"))
        self.setAccessibleName(translate("SearchBox", "Search in all modules"))
        self.setToolTip(translate("SearchBox", "Search the records of every module on this "
                                      "computer (Ctrl+F)"))
        if self._popup is not None:
            self._popup.setAccessibleName(translate("SearchBox", "Search results"))
            self._popup.list.setAccessibleName(self._popup.accessibleName())
            if self._popup.isVisible() and self._last is not None:
                self._show(*self._last)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        # Made here, not earlier: only now is the box inside the window it drops into.
        self.popup.setAccessibleName(QCoreApplication.translate("SearchBox", "Search results"))
        self.popup.list.setAccessibleName(self.popup.accessibleName())
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._icon_action.setIcon(icon("search"))
        super().changeEvent(event)
