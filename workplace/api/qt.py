"""The Qt corner of the plugin API: item models over the local store, for plugins' views.

This is the only module of :mod:`workplace.api` that imports Qt, so a plugin's domain
code (which the gateway runs too) never imports it; a plugin's UI module does::

    from workplace.api.qt import RecordListModel

It holds models only, never widgets: how a list looks is the plugin's business.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections import OrderedDict
from collections.abc import Callable, Coroutine, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont

from workplace.api.store import LocalRecord, Query, Store

_log = logging.getLogger("workplace.api.qt")

#: One column: a function giving its (translated) header text, and one giving a
#: record's cell text. The header function is called each time the header is drawn,
#: so it can return the current language's text.
Column = tuple[Callable[[], str], Callable[[LocalRecord], str]]

_Index = QModelIndex | QPersistentModelIndex

#: What a cell shows while its page is still being read from the store.
PLACEHOLDER = "…"


class _Lifetime:
    """What must stop when the model goes: kept apart from the model, so that Qt's
    ``destroyed`` signal can end it without touching the deleted C++ object."""

    def __init__(self) -> None:
        self.closed = False
        self.stop_watching: Callable[[], None] | None = None
        self.tasks: set[asyncio.Future[Any]] = set()

    def watch(self, stop: Callable[[], None]) -> None:
        self.unwatch()
        self.stop_watching = stop

    def unwatch(self) -> None:
        if self.stop_watching is not None:
            self.stop_watching()
            self.stop_watching = None

    def end(self) -> None:
        self.closed = True
        self.unwatch()
        for task in list(self.tasks):
            task.cancel()


def _weak_callback(model: RecordListModel) -> Callable[[frozenset[str]], None]:
    # The store's watcher list must not keep a forgotten model alive.
    ref = weakref.ref(model)

    def changed(collections: frozenset[str]) -> None:
        target = ref()
        if target is not None:
            target._on_store_changed(collections)

    return changed


class RecordListModel(QAbstractTableModel):
    """The records of one :class:`~workplace.api.Query` as a table, read lazily.

    The model asks the store how many records match once, and reads them in pages
    of ``page_size`` only when a view asks for a row of a page it does not hold —
    so a collection of a million records opens at once and scrolling to its end
    reads only the last pages. At most ``max_pages`` pages are kept (the least
    recently used go first), so memory stays bounded whatever the size.

    ``query.limit`` and ``query.offset`` are ignored: the model pages by itself.
    While a page is being read its cells show ``"…"``; when it arrives the model
    emits ``dataChanged``. It follows the store: after any change to the query's
    collection it counts again and re-reads the pages it holds.

    Records with unsent changes (``pending > 0``) are drawn in italics and carry a
    tooltip; :attr:`PendingRole` gives the count for delegates of their own.

    Call :meth:`retranslate` when the language changes (on ``QEvent.LanguageChange``
    of the view) so the header is drawn again; :meth:`close` stops following the
    store (done automatically when the model is destroyed).
    """

    #: ``data(index, PendingRole)``: how many unsent changes the row's record has.
    PendingRole = Qt.ItemDataRole.UserRole + 1
    #: ``data(index, IdRole)``: the row's record id (``None`` while loading).
    IdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, store: Store, query: Query, columns: Sequence[Column], *,
                 page_size: int = 200, max_pages: int = 16,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        if page_size < 1 or max_pages < 2:
            raise ValueError("page_size must be at least 1 and max_pages at least 2")
        self._store = store
        self._query = query
        self._columns = list(columns)
        self._page_size = page_size
        self._max_pages = max_pages
        self._rows = 0
        self._pages: OrderedDict[int, list[LocalRecord]] = OrderedDict()
        # Pages asked for and not yet requested, most recent last: a view asks for
        # the rows it shows last, so when too many pile up the oldest are dropped.
        self._wanted: list[int] = []
        self._in_flight: dict[int, int] = {}  # page -> generation it was asked in
        self._generation = 0
        self._life = _Lifetime()
        self._count_known = False
        # Changes come in bursts (a pull writes page after page): count once per burst.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(50)
        self._failures = 0
        self._refresh_timer.timeout.connect(self._refresh)
        self._life.watch(store.watch([query.collection], _weak_callback(self)))
        life = self._life
        # Nothing may call into the C++ object once it is gone.
        self.destroyed.connect(lambda _obj=None: life.end())
        self._refresh()

    # -- what the model offers beyond Qt's interface ---------------------------------

    @property
    def query(self) -> Query:
        """The query this model shows."""
        return self._query

    @property
    def loaded(self) -> bool:
        """True once the store has said how many records match."""
        return self._count_known

    @property
    def cached_pages(self) -> list[int]:
        """Numbers of the pages held in memory, least recently used first."""
        return list(self._pages)

    def record_at(self, row: int) -> LocalRecord | None:
        """The record shown in ``row``, or ``None`` while its page is being read
        (reading it is then started) or if there is no such row."""
        if not 0 <= row < self._rows:
            return None
        return self._record(row)

    def set_query(self, query: Query) -> None:
        """Show another query (a new filter or order); the rows are read again."""
        if query.collection != self._query.collection and not self._life.closed:
            self._life.watch(self._store.watch([query.collection], _weak_callback(self)))
        self.beginResetModel()
        self._query = query
        self._rows = 0
        self._count_known = False
        self._pages.clear()
        self._wanted.clear()
        self._generation += 1
        self.endResetModel()
        self._refresh()

    def reload(self) -> None:
        """Count and read the held pages again (the store tells the model by itself;
        this is for data the store does not watch, such as the current date)."""
        self._refresh_timer.start(50)

    def retranslate(self) -> None:
        """Draw the header again in the current language."""
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._rows - 1, len(self._columns) - 1),
                                  [Qt.ItemDataRole.ToolTipRole])

    def close(self) -> None:
        """Stop following the store and cancel reads under way."""
        self._refresh_timer.stop()
        self._life.end()

    # -- Qt's model interface ------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """How many records match (0 until the store has answered)."""
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """How many columns were given."""
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The column's header text (horizontal); Qt's default otherwise."""
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._columns)):
            return self._columns[section][0]()
        return super().headerData(section, orientation, role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Rows can be selected, not edited."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell's text, or ``"…"`` while its page is read; see the roles above."""
        if not index.isValid() or not 0 <= index.row() < self._rows \
                or not 0 <= index.column() < len(self._columns):
            return None
        record = self._record(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if record is None:
                return PLACEHOLDER
            return self._columns[index.column()][1](record)
        if record is None:
            return None
        if role == self.PendingRole:
            return record.pending
        if role == self.IdRole:
            return record.record.id
        if role == Qt.ItemDataRole.FontRole and record.pending:
            italic = QFont()
            italic.setItalic(True)
            return italic
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole) \
                and record.pending:
            return QCoreApplication.translate(
                "RecordListModel", "Changed on this computer, not yet sent to the server")
        return None

    # -- reading pages -------------------------------------------------------------

    def _record(self, row: int) -> LocalRecord | None:
        page, offset = divmod(row, self._page_size)
        records = self._pages.get(page)
        if records is None:
            self._want(page)
            return None
        self._pages.move_to_end(page)
        # A page shorter than expected: records went away since the count; the
        # store's change notice brings the new count.
        return records[offset] if offset < len(records) else None

    def _want(self, page: int) -> None:
        if self._in_flight.get(page) == self._generation or self._life.closed:
            return
        if page in self._wanted:
            self._wanted.remove(page)
        self._wanted.append(page)
        del self._wanted[:-self._max_pages]
        self._pump()

    def _pump(self) -> None:
        # Two reads at a time: the store has one thread, and a page asked for while
        # the user drags the scroll bar is usually not wanted by the time it is read.
        while self._wanted and len(self._in_flight) < 2 and not self._life.closed:
            page = self._wanted.pop()
            self._in_flight[page] = self._generation
            self._spawn(self._load_page(page, self._generation))

    async def _load_page(self, page: int, generation: int) -> None:
        records: list[LocalRecord] | None = None
        try:
            records = await self._store.query(Query(
                self._query.collection, where=self._query.where, search=self._query.search,
                order_by=self._query.order_by, descending=self._query.descending,
                limit=self._page_size, offset=page * self._page_size))
        except asyncio.CancelledError:
            self._done_reading(page, generation)
            raise
        except Exception:
            _log.exception("reading page %d of %s failed", page, self._query.collection)
        self._done_reading(page, generation)
        if records is not None and generation == self._generation and not self._life.closed:
            # Otherwise the query or the data changed meanwhile and it was asked again.
            self._pages[page] = records
            self._pages.move_to_end(page)
            while len(self._pages) > self._max_pages:
                self._pages.popitem(last=False)
            first = page * self._page_size
            last = min(first + self._page_size, self._rows) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0),
                                      self.index(last, len(self._columns) - 1))
        if not self._life.closed:
            self._pump()

    def _done_reading(self, page: int, generation: int) -> None:
        if self._in_flight.get(page) == generation:
            del self._in_flight[page]

    def _on_store_changed(self, _collections: frozenset[str]) -> None:
        if not self._life.closed:
            self._refresh_timer.start(50)

    def _refresh(self) -> None:
        if self._life.closed:
            return
        self._generation += 1
        self._spawn(self._recount(self._generation))

    async def _recount(self, generation: int) -> None:
        try:
            count = await self._store.count(self._query)
        except Exception:
            # E.g. asked before the cache was open: try again, less and less often.
            if not self._failures:
                _log.exception("counting %s failed; trying again", self._query.collection)
            self._failures += 1
            if not self._life.closed and generation == self._generation:
                self._refresh_timer.start(min(30_000, 500 * 2 ** min(self._failures, 6)))
            return
        self._failures = 0
        if generation != self._generation or self._life.closed:
            return
        self._count_known = True
        if count > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, count - 1)
            self._rows = count
            self.endInsertRows()
        elif count < self._rows:
            self.beginRemoveRows(QModelIndex(), count, self._rows - 1)
            self._rows = count
            self.endRemoveRows()
        last_page = (count - 1) // self._page_size if count else -1
        for page in [p for p in self._pages if p > last_page]:
            del self._pages[page]
        # Pages held are read again; they show their old values until then.
        self._wanted = [p for p in self._wanted if p <= last_page]
        for page in list(self._pages):
            self._want(page)

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.ensure_future(coro)
        self._life.tasks.add(task)
        task.add_done_callback(self._life.tasks.discard)



__all__ = ["PLACEHOLDER", "Column", "RecordListModel"]
