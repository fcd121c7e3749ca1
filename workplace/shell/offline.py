"""The offline store and the sync engine in the running app: lifecycle and status bar."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QTime
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QToolButton,
    QWidget,
)

from workplace.api import Actor, Notification, NotificationLevel
from workplace.logs import kv
from workplace.net.connection import ConnectionManager
from workplace.net.connection import State as ConnState
from workplace.pluginhost import PluginHost, PluginState
from workplace.pluginhost.domains import domains_of
from workplace.store.encryption import CacheEncryptionError
from workplace.store.service import StoreService
from workplace.workbench import SHELL, StatusEntry, Workbench

if TYPE_CHECKING:  # the sync engine loads the HTTP stack: only once signed in
    from workplace.store.sync import SyncEngine

_log = logging.getLogger("workplace.shell")
SYNC_STATUS = "shell.sync"
LONG_PULL = 1000  # show a progress bar when a pull has at least this many records


class SyncProgress(QWidget):
    """A progress bar with a Cancel button, in the status bar, for a long first sync."""

    def __init__(self, on_cancel: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(220)
        self.cancel = QToolButton(self)
        self.cancel.clicked.connect(on_cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        self.hide()

    def show_progress(self, done: int, total: int) -> None:
        translate = QCoreApplication.translate
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, total))
        self.bar.setFormat(translate("Sync", "Receiving %v of %m"))
        self.bar.setAccessibleName(translate("Sync", "Receiving data"))
        self.cancel.setText(translate("Sync", "Stop"))
        self.cancel.setAccessibleName(translate("Sync", "Stop receiving (what arrived is kept)"))
        self.show()


class OfflineCoordinator:
    """Opens the cache at start, starts syncing when signed in, stops both at exit."""

    def __init__(self, store: StoreService, host: PluginHost, connection: ConnectionManager,
                 workbench: Workbench,
                 spawn: Callable[[Coroutine[Any, Any, Any]], asyncio.Task[Any]]) -> None:
        self.store = store
        self.host = host
        self.connection = connection
        self.workbench = workbench
        self.spawn = spawn
        self.engine: SyncEngine | None = None
        self.progress: SyncProgress | None = None
        self.opened = False
        #: Why the cache could not be opened (its key), or None.
        self.failure: CacheEncryptionError | None = None
        self.failure_box: QMessageBox | None = None
        workbench.status.add(StatusEntry(id=SYNC_STATUS, owner=SHELL, order=1, visible=False))
        connection.changed.connect(self._on_connection)

    def configure(self) -> None:
        """Collections and mutators of the active plugins (call after they started)."""
        active = {r.id: r.manifest for r in self.host.records.values()
                  if r.state is PluginState.ACTIVE and r.manifest is not None}
        collections = {c.id: c.search for m in active.values() for c in m.collections}
        titles = {c.id: c.search[0] for m in active.values() for c in m.collections if c.search}
        indexes = {c.id: c.index for m in active.values() for c in m.collections if c.index}
        domains = domains_of(active.values())
        self.store.configure(collections, domains.mutators, titles, indexes,
                             owners=domains.owners)

    async def open(self) -> None:
        try:
            recovered = await self.store.open()
        except CacheEncryptionError as exc:
            self._cannot_open(exc)
            return
        self.opened = True
        for what in recovered:
            self.workbench.notifications.post(Notification(
                title=QCoreApplication.translate("Sync", "The local copy of your data was "
                                                         "repaired"),
                body=what, level=NotificationLevel.WARNING, source=SHELL))
        self.show_status()

    def _cannot_open(self, exc: CacheEncryptionError) -> None:
        """No data without its key: say so plainly, in a dialog and the notifications.

        The app keeps running (sign-in, the server's pages), but nothing is read from
        or written to this computer until the keyring problem is solved.
        """
        self.failure = exc
        _log.error(kv("cache_unavailable", kind=type(exc).__name__, detail=exc.detail))
        title = QCoreApplication.translate("Sync", "Your data on this computer cannot be "
                                                   "opened")
        self.workbench.notifications.post(Notification(
            title=title, body=str(exc), level=NotificationLevel.ERROR, source=SHELL))
        box = QMessageBox(QMessageBox.Icon.Critical, title, str(exc),
                          QMessageBox.StandardButton.Ok, QApplication.activeWindow())
        box.finished.connect(box.deleteLater)
        box.open()  # never exec(): no nested loop in a coroutine
        self.failure_box = box

    def _on_connection(self) -> None:
        if self.connection.state is ConnState.CONNECTED and self.engine is None:
            self.spawn(self._start_sync())

    async def _start_sync(self) -> None:
        session = self.connection.session
        if session is None or session.user is None:
            return
        while not self.opened:  # the cache opens in the background at start
            if self.failure is not None:
                return  # nothing to sync into
            await asyncio.sleep(0.05)
        u = session.user
        moved = await self.store.set_user(
            Actor(u.id, u.username, u.department, frozenset(u.roles), u.display_name),
            server=session.base_url)
        if moved:
            _log.info(kv("cache_of_other_owner_kept", path=moved))
        from workplace.store.sync import SyncEngine

        self.engine = SyncEngine(self.store, session)
        self.host.services["sync"] = self.engine
        self.engine.changed.connect(self.show_status)
        self.engine.start()

    def sync_now(self) -> None:
        if self.engine is not None:
            self.engine.wake()

    def cancel_pull(self) -> None:
        if self.engine is not None:
            self.engine.cancel_pull()

    def show_status(self) -> None:
        translate = QCoreApplication.translate
        engine = self.engine
        if engine is None:
            self.workbench.status.update(SYNC_STATUS, visible=False)
            return
        # Only once an engine exists: the sync module loads the HTTP stack, which
        # has no place in start-up.
        from workplace.store.sync import SyncState

        unsent = engine.unsent
        tail = translate("Sync", " · unsent: {0}").format(unsent) if unsent else ""
        when = ""
        if engine.last_sync is not None:
            t = datetime.fromtimestamp(engine.last_sync)
            when = QLocale().toString(QTime(t.hour, t.minute), QLocale.FormatType.ShortFormat)
        text = {
            SyncState.ONLINE: translate("Sync", "Synced {0}").format(when),
            SyncState.SYNCING: translate("Sync", "Syncing…"),
            SyncState.OFFLINE: translate("Sync", "Offline"),
            SyncState.ERROR: translate("Sync", "Sync error"),
            SyncState.SIGNED_OUT: translate("Sync", "Signed out"),
        }[engine.state] + tail
        tip = engine.error or translate("Sync", "Changes are saved on this computer first and "
                                                "sent to the server when it can be reached.")
        self.workbench.status.update(SYNC_STATUS, text=text, tooltip=tip, visible=True)
        if self.progress is not None:
            p = engine.progress
            if engine.state is SyncState.SYNCING and p.total >= LONG_PULL:
                self.progress.show_progress(p.done, p.total)
            else:
                self.progress.hide()

    async def close(self) -> None:
        if self.engine is not None:
            await self.engine.stop()
            self.engine = None
        await self.store.close()
