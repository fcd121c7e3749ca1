"""The shell's page of changes not yet on the server: waiting, refused, or in conflict.

Nothing typed is ever lost silently: a change the gateway refused stays here with its
reason until the user discards it, and a change that clashes with someone else's
shows both versions, field by field, until the user picks one.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Coroutine, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workplace.pluginhost import PluginHost
from workplace.shell.icons import icon
from workplace.shell.pages import MessagePanel
from workplace.store.local import LocalStore, OutboxEntry
from workplace.store.service import StoreService

_log = logging.getLogger("workplace.shell")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: More than this many waiting changes are summed up, not listed one by one.
MAX_LISTED = 500
_STATE_ICON = {"pending": "info", "rejected": "error", "conflict": "warning"}


@dataclass(frozen=True)
class Change:
    """One outbox entry as the page shows it."""

    entry: OutboxEntry
    title: str
    module: str
    created_at: str
    conflict: Mapping[str, Any] | None = None


def _state_text(state: str) -> str:
    translate = QCoreApplication.translate
    return {
        "pending": translate("ChangesPage", "waiting to be sent"),
        "rejected": translate("ChangesPage", "refused by the server"),
        "conflict": translate("ChangesPage", "conflict: choose a version"),
    }.get(state, state)


def when_text(iso: str) -> str:
    """``created_at`` in the user's time and language: the time today, else date and time."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    locale = QLocale()
    if local.date() == QDateTime.currentDateTime().date():
        return locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(local, QLocale.FormatType.ShortFormat)


def value_text(value: Any) -> str:
    """A field's value as plain text for the side-by-side comparison."""
    translate = QCoreApplication.translate
    if value is None or value in ("", []):
        return "—"
    if isinstance(value, bool):
        return translate("ChangesPage", "yes") if value else translate("ChangesPage", "no")
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


_Row = tuple[OutboxEntry, str, str, dict[str, Any] | None]


def read_outbox(local: LocalStore, limit: int) -> tuple[list[_Row], int]:
    """On the store's thread: the outbox, most urgent first, at most ``limit`` entries,
    each with the title of the record it changes, when it was made, and its conflict;
    and how many more there are."""
    rank = {"conflict": 0, "rejected": 1, "pending": 2}
    entries = sorted(local.outbox(), key=lambda e: (rank.get(e.state, 3), e.seq))
    conflicts = {c["mutation_id"]: c for c in local.conflicts()}
    # OutboxEntry does not carry when the change was made; the outbox row does.
    created = {str(m): str(c) for m, c in local.db.conn.execute(
        "SELECT mutation_id, created_at FROM outbox").fetchall()}
    rows = []
    for entry in entries[:limit]:
        conflict = conflicts.get(entry.mutation_id)
        rows.append((entry, _title(local, entry, conflict),
                     created.get(entry.mutation_id, ""), conflict))
    return rows, max(0, len(entries) - limit)


def _title(local: LocalStore, entry: OutboxEntry, conflict: Mapping[str, Any] | None) -> str:
    """The changed record's title (its first search field), or "" if it has none."""
    for key in entry.touches:
        collection, _, record_id = key.partition("/")
        fields = local.collections.get(collection, ())
        data: Mapping[str, Any] = {}
        if conflict is not None:
            data = conflict.get("mine") or conflict.get("theirs") or {}
        elif collection in local.collections:
            current = local.get(collection, record_id)
            data = current.record.data if current is not None else {}
        title = data.get(fields[0]) if fields else None
        if isinstance(title, str) and title.strip():
            return title
    for name in ("title", "subject", "name"):
        value = entry.args.get(name)
        if isinstance(value, str) and value.strip():
            return value
    return ""


def _record_id(entry: OutboxEntry) -> str:
    return str(entry.args.get("id", "")) or (
        entry.touches[0].partition("/")[2] if entry.touches else "")


class ChangesPage(QWidget):
    """Lists the outbox; shows a conflict's two versions and lets the user decide."""

    def __init__(self, store: StoreService, host: PluginHost,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChangesPage")
        self._store = store
        self._host = host
        self._changes: list[Change] = []
        self._more = 0
        self._tasks: set[asyncio.Task[None]] = set()
        self._refreshing = False
        self._dirty = True
        self._busy = False
        self._loaded = False

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.currentRowChanged.connect(lambda _row: self._show_details())

        self.headline = QLabel(self)
        headline_font = self.headline.font()
        headline_font.setPointSizeF(headline_font.pointSizeF() * 1.2)
        headline_font.setBold(True)
        self.headline.setFont(headline_font)
        self.headline.setWordWrap(True)
        self.meta = QLabel(self)
        self.meta.setWordWrap(True)
        meta_font = self.meta.font()
        meta_font.setPointSizeF(meta_font.pointSizeF() * 0.92)
        self.meta.setFont(meta_font)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason = QLabel(self)
        self.reason.setObjectName("Card")
        self.reason.setWordWrap(True)
        self.reason.setMargin(10)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.compare = QTableWidget(0, 4, self)
        self.compare.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # Readable by Tab; the choices of the last column are widgets of their own.
        self.compare.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.compare.verticalHeader().setVisible(False)
        self.compare.setWordWrap(True)
        # As tall as its rows (the buttons follow right under it), scrolling beyond.
        self.compare.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        header = self.compare.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        #: field -> the user's choice for a field the two versions differ in
        self._choices: dict[str, QComboBox] = {}
        self.compare.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.keep_mine = QPushButton(self)
        self.keep_mine.clicked.connect(lambda: self._resolve(keep_mine=True))
        self.take_theirs = QPushButton(self)
        self.take_theirs.clicked.connect(lambda: self._resolve(keep_mine=False))
        self.merge = QPushButton(self)
        self.merge.clicked.connect(self._merge)
        self.discard = QPushButton(self)
        self.discard.clicked.connect(self._discard)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setForegroundRole(QPalette.ColorRole.BrightText)

        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_mine)
        buttons.addWidget(self.take_theirs)
        buttons.addWidget(self.merge)
        buttons.addWidget(self.discard)
        buttons.addStretch(1)
        details = QWidget(self)
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(12, 0, 0, 0)
        details_layout.addWidget(self.headline)
        details_layout.addWidget(self.meta)
        details_layout.addWidget(self.explanation)
        details_layout.addWidget(self.reason)
        details_layout.addWidget(self.compare)
        details_layout.addLayout(buttons)
        details_layout.addWidget(self.error)
        details_layout.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([380, 620])

        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.summary)
        content_layout.addWidget(splitter, 1)
        self.empty = MessagePanel("success", self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(content)
        self.stack.addWidget(self.empty)
        self._content = content
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.stack)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        listener = self._on_store_changed
        store.changed.connect(listener)
        self.destroyed.connect(lambda _obj=None: store.changed.disconnect(listener))
        self._retranslate()
        self._show_list()

    # -- reading the outbox --------------------------------------------------------

    def refresh(self) -> None:
        """Read the outbox again (soon, on the loop) and show it."""
        self._dirty = False
        if self._refreshing:
            self._dirty = True  # once more when this round ends
            return
        self._refreshing = True
        self._spawn(self._load())

    async def _load(self) -> None:
        try:
            # One trip to the store's thread; it waits there until the cache is open.
            rows, more = await self._store.run_local(read_outbox, MAX_LISTED)
        except Exception as exc:
            # The next change or showing of the page reads it again (closing at exit, too).
            _log.warning("reading the outbox failed: %s", exc)
            return
        finally:
            self._refreshing = False
            if self._dirty:
                self._timer.start()
        self._more = more
        self._changes = [
            Change(entry=entry, module=self._module(entry.name), created_at=created,
                   conflict=conflict, title=title or QCoreApplication.translate(
                       "ChangesPage", "Record {0}").format(_record_id(entry)[:8]))
            for entry, title, created, conflict in rows]
        self._loaded = True
        self._show_list()

    def _module(self, mutator: str) -> str:
        for rec in self._host.records.values():
            if rec.manifest is not None and mutator in rec.manifest.mutators:
                return rec.display_name
        return mutator.partition(".")[0]

    # -- showing it -----------------------------------------------------------------

    def _show_list(self) -> None:
        translate = QCoreApplication.translate
        selected = self._selected()
        keep = selected.entry.mutation_id if selected is not None else ""
        if not self._loaded:
            self.summary.setText(translate("ChangesPage", "Reading the list of changes…"))
            return
        if not self._changes:
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentWidget(self._content)
        self.list.blockSignals(True)
        self.list.clear()
        row_to_select = 0
        for row, change in enumerate(self._changes):
            state = change.entry.state
            meta = " · ".join(p for p in (change.module, when_text(change.created_at),
                                          _state_text(state)) if p)
            item = QListWidgetItem(icon(_STATE_ICON.get(state, "info")),
                                   f"«{change.title}»\n{meta}")
            item.setData(ID_ROLE, change.entry.mutation_id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"«{change.title}», {meta}")
            if state != "pending":
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
            if change.entry.mutation_id == keep:
                row_to_select = row
        self.list.blockSignals(False)
        self.list.setCurrentRow(row_to_select)
        counts = {s: sum(c.entry.state == s for c in self._changes) for s in
                  ("pending", "rejected", "conflict")}
        counts["pending"] += self._more
        parts = []
        if counts["conflict"]:
            parts.append(self.tr("%n conflict(s) to resolve", "", counts["conflict"]))
        if counts["rejected"]:
            parts.append(self.tr("%n change(s) refused by the server", "",
                                 counts["rejected"]))
        if counts["pending"]:
            parts.append(self.tr("%n change(s) waiting to be sent", "", counts["pending"]))
        text = " · ".join(parts) + "\n" + translate(
            "ChangesPage", "Changes are saved on this computer first and sent to the server "
                           "when it can be reached.")
        if self._more:
            text += " " + self.tr("%n more waiting change(s) are not listed.", "",
                                  self._more)
        self.summary.setText(text)
        self._show_details()

    def _selected(self) -> Change | None:
        row = self.list.currentRow()
        if row < 0:
            return None
        wanted = self.list.item(row).data(ID_ROLE)
        return next((c for c in self._changes if c.entry.mutation_id == wanted), None)

    def _show_details(self) -> None:
        translate = QCoreApplication.translate
        change = self._selected()
        self.error.hide()
        for widget in (self.reason, self.compare, self.keep_mine, self.take_theirs,
                       self.merge, self.discard):
            widget.hide()
        if change is None:
            self.headline.setText("")
            self.meta.setText("")
            self.explanation.setText("")
            return
        entry = change.entry
        self.headline.setText(f"«{change.title}»")
        made = when_text(change.created_at)
        meta = [change.module]
        if made:
            meta.append(translate("ChangesPage", "changed {0}").format(made))
        self.meta.setText(" · ".join(meta))
        # The technical name helps IT support, not the user: a tooltip.
        self.meta.setToolTip(translate("ChangesPage", "Action: {0}").format(entry.name))
        enabled = not self._busy
        if entry.state == "pending":
            text = translate("ChangesPage", "Waiting to be sent. It is sent by itself as soon "
                                            "as the server can be reached; nothing needs to "
                                            "be done.")
            if entry.attempts:
                text += " " + self.tr("Tried %n time(s) so far.", "", entry.attempts)
            self.explanation.setText(text)
        elif entry.state == "rejected":
            self.explanation.setText(translate(
                "ChangesPage", "The server refused this change, so it was undone on this computer. "
                    "Discard it once you have read why; make the change again if it is "
                    "still needed."))
            lines = [translate("ChangesPage", "Reason: {0}").format(
                entry.reason or entry.code or translate("ChangesPage", "not given"))]
            what = "; ".join(f"{k}: {value_text(v)}" for k, v in entry.args.items()
                             if k != "id")
            if what:
                lines.append(translate("ChangesPage", "Your change: {0}").format(what))
            self.reason.setText("\n".join(lines))
            self.reason.show()
            self.discard.show()
            self.discard.setEnabled(enabled)
            self.discard.setAccessibleName(
                translate("ChangesPage", "Discard the change to «{0}»").format(change.title))
        elif entry.state == "conflict":
            self.explanation.setText(translate(
                "ChangesPage", "Someone changed this record on the server while your change was "
                    "waiting. Compare the versions and choose which one to keep."))
            self._fill_compare(change.conflict or {})
            self.compare.show()
            for button in (self.keep_mine, self.take_theirs):
                button.show()
                button.setEnabled(enabled and change.conflict is not None)
            self.keep_mine.setAccessibleName(
                translate("ChangesPage", "Keep my version of «{0}»").format(change.title))
            self.take_theirs.setAccessibleName(
                translate("ChangesPage", "Take the server's version of «{0}»").format(change.title))
            if self._choices:  # not for a deletion: there is nothing to combine with
                self.merge.show()
                self.merge.setEnabled(enabled and change.conflict is not None)
                self.merge.setAccessibleName(translate(
                    "ChangesPage", "Keep the values chosen field by field in «{0}»").format(
                        change.title))

    def _fill_compare(self, conflict: Mapping[str, Any]) -> None:
        translate = QCoreApplication.translate
        mine: Mapping[str, Any] = conflict.get("mine") or {}
        theirs: Mapping[str, Any] = conflict.get("theirs") or {}
        clashing = [f for f in conflict.get("fields", []) if not f.startswith("*")]
        deleted = "*deleted*" in conflict.get("fields", [])
        names = clashing + [k for k in [*mine, *theirs] if k not in clashing]
        names = list(dict.fromkeys(names))
        self.compare.setRowCount(0)  # drops the previous conflict's choices
        self.compare.setRowCount(len(names))
        self._choices = {}
        differ_brush = QBrush(QColor(255, 196, 0, 70))
        # Fields both versions agree on stay readable but step back.
        same_brush = self.compare.palette().brush(QPalette.ColorGroup.Disabled,
                                                   QPalette.ColorRole.Text)
        bold = QFont(self.compare.font())
        bold.setBold(True)
        for row, name in enumerate(names):
            differs = deleted or mine.get(name) != theirs.get(name)
            cells = [name, value_text(mine.get(name)),
                     translate("ChangesPage", "(deleted on the server)") if deleted
                     else value_text(theirs.get(name))]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if differs:
                    item.setBackground(differ_brush)
                    item.setFont(bold)
                    item.setToolTip(translate("ChangesPage", "The versions differ here"))
                    item.setData(Qt.ItemDataRole.AccessibleDescriptionRole,
                                 translate("ChangesPage", "differs"))
                else:
                    item.setForeground(same_brush)
                self.compare.setItem(row, col, item)
            if differs and not deleted:
                choice = QComboBox(self.compare)
                choice.addItem(translate("ChangesPage", "Mine"), "mine")
                choice.addItem(translate("ChangesPage", "Server's"), "theirs")
                choice.setAccessibleName(
                    translate("ChangesPage", "Which value of «{0}» to keep").format(name))
                self.compare.setCellWidget(row, 3, choice)
                self._choices[name] = choice
        self.compare.resizeRowsToContents()

    # -- the user's decisions ---------------------------------------------------------

    def _resolve(self, keep_mine: bool) -> None:
        change = self._selected()
        if change is None or change.entry.state != "conflict":
            return
        self._act(self._store.resolve_conflict(change.entry.mutation_id, keep_mine))

    def _merge(self) -> None:
        """Send my change again, leaving the fields chosen as "Server's" as they are."""
        change = self._selected()
        if change is None or change.entry.state != "conflict":
            return
        theirs = [name for name, choice in self._choices.items()
                  if choice.currentData() == "theirs"]
        self._act(self._store.resolve_conflict(change.entry.mutation_id, True, theirs))

    def _discard(self) -> None:
        change = self._selected()
        if change is None:
            return
        self._act(self._store.discard(change.entry.mutation_id))

    def _act(self, action: Coroutine[Any, Any, None]) -> None:
        self._set_busy(True)

        async def run() -> None:
            try:
                await action
            except Exception as exc:
                _log.exception("resolving a change failed")
                self._set_busy(False)
                self.error.setText(QCoreApplication.translate(
                    "ChangesPage", "This could not be done: {0}").format(exc))
                self.error.show()
                return
            self._set_busy(False)
            self.refresh()
            self.list.setFocus()

        self._spawn(run())

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.keep_mine, self.take_theirs, self.merge, self.discard):
            button.setEnabled(not busy)

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # -- events ---------------------------------------------------------------------

    def _on_store_changed(self, _collections: frozenset[str]) -> None:
        # Hidden, the page only notes it; it reads the outbox when shown again.
        if self.isVisible():
            self._timer.start()
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.refresh()

    def _retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.list.setAccessibleName(translate("ChangesPage", "Unsent changes"))
        self.compare.setAccessibleName(
            translate("ChangesPage", "My version and the server's version"))
        self.compare.setHorizontalHeaderLabels([
            translate("ChangesPage", "Field"), translate("ChangesPage", "My version"),
            translate("ChangesPage", "Server's version"), translate("ChangesPage", "Keep")])
        self.keep_mine.setText(translate("ChangesPage", "Keep my version"))
        self.take_theirs.setText(translate("ChangesPage", "Take the server's version"))
        self.merge.setText(translate("ChangesPage", "Keep the chosen values"))
        self.discard.setText(translate("ChangesPage", "Discard the change"))
        self.reason.setAccessibleName(translate("ChangesPage", "Why the server refused it"))
        self.empty.set_text(
            translate("ChangesPage", "All your changes have reached the server."),
            translate("ChangesPage", "Changes made without a connection wait here until "
                                     "they are sent. Conflicts and refused changes also "
                                     "appear here."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._show_list()
        elif event.type() == QEvent.Type.PaletteChange:
            self.empty.refresh_icon()
        super().changeEvent(event)
