"""The running application: wires settings, policy, plugins and the window together."""

from __future__ import annotations

import asyncio
import functools
import logging
import sys
import time
import traceback
from collections.abc import Coroutine
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from workplace import i18n
from workplace.api import Notification, NotificationLevel, Text, translatable
from workplace.audit import AuditTrail
from workplace.background import BackgroundRunner
from workplace.credentials import CredentialStore, PluginCredentials
from workplace.logs import kv
from workplace.net.calendar import CalendarCache
from workplace.net.connection import ConnectionManager, Mode, ServerChoice
from workplace.net.connection import State as ConnState
from workplace.net.directory import StaffCache
from workplace.paths import ProfilePaths
from workplace.pluginhost import PluginHost, PluginRecord, PluginState
from workplace.policy import MachinePolicy, PolicyError, load_policy
from workplace.settings import SettingsStore
from workplace.shell.first_run import FirstRunDialog
from workplace.shell.main_window import MainWindow
from workplace.shell.notifications import TrayNotifier
from workplace.shell.offline import OfflineCoordinator, SyncProgress
from workplace.shell.palette import CommandPalette
from workplace.shell.search_box import SearchBox
from workplace.shell.sign_in import SignInController
from workplace.shell.sign_in_dialog import SignInDialog
from workplace.shell.signals import SignalWakeup
from workplace.shell.themes import THEMES, ThemeManager
from workplace.shell.translations import LanguageManager

if TYPE_CHECKING:
    from workplace.net.session import GatewaySession

    # Pages and dialogs nobody sees at start are imported when first opened.
    from workplace.shell.about import AboutDialog
    from workplace.shell.changes_page import ChangesPage
    from workplace.shell.plugin_manager import PluginManagerPage
    from workplace.shell.settings_dialog import SettingsDialog
    from workplace.shell.shortcuts_dialog import ShortcutsDialog
from workplace.store.blobs import BlobFiles, BlobService, BlobTransfer
from workplace.store.encryption import ProfileKeys
from workplace.store.service import StoreService
from workplace.updates import UpdateChecker
from workplace.workbench import SHELL, CommandEntry, PageEntry, StatusEntry, Workbench

_log = logging.getLogger("workplace.shell")
PLUGIN_MANAGER_PAGE = "shell.plugins"
CHANGES_PAGE = "shell.changes"
CONNECTION_STATUS = "shell.connection"
_C = "Shell"  # translation context of the shell's commands


@dataclass(frozen=True)
class GoToText(Text):
    """"Go to <page>" for the palette, rendered with the page title's current language."""

    page_title: Text = field(default_factory=lambda: Text(""))

    def __str__(self) -> str:
        return QCoreApplication.translate("Shell", "Go to: {0}").format(str(self.page_title))


@dataclass(frozen=True)
class Options:
    profile: str = "default"
    language: str | None = None
    safe_mode: bool = False
    show_window: bool = True
    policy: MachinePolicy | None = None  # tests inject one; otherwise the machine's
    #: Work with the embedded demo gateway this run, whatever the profile is set to.
    demo: bool = False
    #: Ask where to work when the profile has no server yet (off in tests).
    ask_where_to_work: bool = True


class _FirstPaint(QObject):
    """Calls back once, when any widget of ``window`` is first painted."""

    def __init__(self, window: QWidget, callback: Any) -> None:
        super().__init__()
        self._window = window
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (event.type() == QEvent.Type.Paint and self._callback is not None
                and isinstance(watched, QWidget) and watched.window() is self._window):
            callback, self._callback = self._callback, None
            QTimer.singleShot(0, callback)
        return False


class WorkplaceApp:
    """One per process. ``await start()`` shows the window; ``await wait_closed()``."""

    def __init__(self, app: QApplication, options: Options) -> None:
        self.app = app
        self.options = options
        self.paths = ProfilePaths.for_profile(options.profile)
        self.paths.create()
        self.started_at = time.monotonic()
        self.settings = SettingsStore(self.paths.config_dir / "settings.json")
        self.shell_settings = self.settings.namespace("shell")
        self.runner = BackgroundRunner()
        self.workbench = Workbench()
        self.policy_error: str = ""
        policy = options.policy
        if policy is None:
            try:
                policy = load_policy()
            except PolicyError as exc:
                # An unreadable policy must not silently lift its restrictions:
                # start built-in modules only and say why.
                self.policy_error = str(exc)
                _log.error(kv("policy_invalid", error=exc))
                policy = MachinePolicy.fail_safe()
        self.policy = policy
        safe_mode = options.safe_mode or bool(self.policy_error)
        self.host = PluginHost(self.workbench, self.settings, self.runner,
                               self.paths.data_dir, policy=policy, safe_mode=safe_mode)
        self.languages = LanguageManager(app)
        self.languages.language_changed.connect(self.host.language_changed.emit)
        self.themes = ThemeManager(app)
        self.themes.set_theme(self.shell_settings.get("theme", "system"))
        self.window = MainWindow(self.workbench)
        self.window.closing.connect(self.request_quit)
        self.palette = CommandPalette(self.workbench.commands, self.window)
        self.palette.command_chosen.connect(self.window.run_command)
        self.tray = TrayNotifier(self.workbench.notifications, self.window)
        self._tasks: set[asyncio.Task[Any]] = set()
        self._fetches: set[asyncio.Task[Any]] = set()
        self._quit: asyncio.Future[int] = asyncio.get_event_loop().create_future()
        self._save_timer = QTimer()
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(400)
        self._save_timer.timeout.connect(self._save_settings_soon)
        self.settings.changed.connect(self._save_timer.start)
        self._signals = SignalWakeup(lambda _sig: self.request_quit())
        self.host.state_changed.connect(self._on_plugin_state)
        # Secrets of this profile live in the OS keyring only (workplace.credentials).
        self.connection = ConnectionManager(self.runner, self.paths.data_dir, policy=policy,
                                            credentials=CredentialStore(self.paths.profile))
        self.connection.before_switch = self._stop_sync
        self.host.services["http"] = self.connection
        self.connection.changed.connect(self._show_connection)
        self.languages.language_changed.connect(lambda _l: self._show_connection())
        self.workbench.status.add(StatusEntry(id=CONNECTION_STATUS, owner=SHELL, order=0))
        # Data on disk is encrypted with a key of this profile kept in the keyring
        # (policy storage.encryption); the key is fetched when the cache opens.
        keys = ProfileKeys(CredentialStore(self.paths.profile),
                           required=policy.encryption_required)
        self.store = StoreService(self.paths.data_dir / "cache.db", keys=keys)
        self.host.services["store"] = self.store
        self.blobs = BlobService(
            BlobFiles(self.paths.data_dir / "blobs", keys.blob_key), self.runner,
            previews=self.paths.cache_dir / "previews")
        # Attachments reach the gateway when there is a session, and come from it when
        # they are not on this computer.
        self.blobs.transfer = BlobTransfer(self.blobs.files, self.runner, self._live_session)
        self.host.services["blobs"] = self.blobs
        self.host.services["audit"] = AuditTrail(self.store)
        self.host.services["credentials"] = PluginCredentials(self.paths.profile)
        # The working-day calendar: shipped years, then the gateway's as last cached,
        # refreshed from the gateway on every sign-in.
        self.calendar = CalendarCache(self.paths.data_dir)
        self.calendar.load()
        self.host.services["calendar"] = self.calendar.calendar
        self._calendar_session: object = None
        self.connection.changed.connect(self._refresh_calendar)
        # The staff directory (ctx.directory), kept in the encrypted cache: fetched each
        # time the cache is bound to a signed-in session — not on "connected", which
        # comes before the binding, when the cache may still be the previous owner's.
        self.directory = StaffCache(self.store)
        self.host.services["directory"] = self.directory
        self.store.bound.connect(self._refresh_directory)
        self.connection.changed.connect(self._send_attachments)
        # Newer releases the organisation offers (policy updates.*): a quiet notice.
        self.updates = UpdateChecker(policy, self.workbench.notifications)
        self.connection.changed.connect(self._watch_updates)
        self.offline = OfflineCoordinator(self.store, self.host, self.connection,
                                          self.workbench, self.spawn)
        self.offline.progress = SyncProgress(self.offline.cancel_pull, self.window)
        self.window.statusBar().addWidget(self.offline.progress)
        self.search_box = SearchBox(self.store, self.host, self.workbench)
        self.window.add_header_widget(self.search_box)
        self.languages.language_changed.connect(lambda _l: self.offline.show_status())
        self.workbench.pages.added.connect(lambda _e: self._refresh_page_commands())
        self.workbench.pages.removed.connect(lambda _id: self._refresh_page_commands())
        with self.window.batched_updates():
            self._register_shell()
        self.signin = SignInController(self.app, self.window, self.connection,
                                       self.shell_settings, self.workbench, self.spawn)
        self.signin.register_commands()

    # -- the shell's own contributions -------------------------------------------

    def _register_shell(self) -> None:
        add = self.workbench.commands.add
        cmds: list[tuple[str, Text, Any, str]] = [
            ("shell.palette", translatable("Shell", "Command palette"), self.palette.popup,
             "Ctrl+K"),
            ("shell.search", translatable("Shell", "Search in all modules"),
             self.search_box.focus_search, "Ctrl+F"),
            ("shell.settings", translatable("Shell", "Settings…"), self.open_settings, "Ctrl+,"),
            ("shell.notifications", translatable("Shell", "Notifications"),
             self.window.toggle_notifications, "Ctrl+Shift+N"),
            ("shell.plugins", translatable("Shell", "Modules"),
             lambda: self.window.show_page(PLUGIN_MANAGER_PAGE), ""),
            ("shell.shortcuts", translatable("Shell", "Keyboard shortcuts"),
             self.open_shortcuts, "Ctrl+/"),
            ("shell.about", translatable("Shell", "About Workplace"), self.open_about, ""),
            ("shell.where", translatable("Shell", "Change where I work…"),
             self.ask_where_to_work, ""),
            ("shell.sync_now", translatable("Shell", "Sync now"),
             self.offline.sync_now, "F5"),
            ("shell.sign_in", translatable("Shell", "Sign in to the server…"),
             self.open_sign_in, ""),
            ("shell.quit", translatable("Shell", "Quit"), self.request_quit, "Ctrl+Q"),
            ("shell.language.kk", translatable("Shell", "Interface language: Қазақша"),
             lambda: self.set_language("kk"), ""),
            ("shell.language.ru", translatable("Shell", "Interface language: Русский"),
             lambda: self.set_language("ru"), ""),
            ("shell.language.en", translatable("Shell", "Interface language: English"),
             lambda: self.set_language("en"), ""),
        ]
        theme_titles = {
            "system": translatable("Shell", "Theme: follow the system"),
            "light": translatable("Shell", "Theme: light"),
            "dark": translatable("Shell", "Theme: dark"),
            "high_contrast": translatable("Shell", "Theme: high contrast"),
        }
        for key in THEMES:
            cmds.append((f"shell.theme.{key}", theme_titles[key],
                         lambda k=key: self.set_theme(k), ""))
        for cid, title, handler, shortcut in cmds:
            add(CommandEntry(id=cid, title=title, handler=handler, owner=SHELL,
                             shortcut=shortcut))
        self.workbench.pages.add(PageEntry(
            id=CHANGES_PAGE, title=translatable("Shell", "Changes"),
            factory=self._changes_page, owner=SHELL, icon="info",
            order=990))
        self.workbench.pages.add(PageEntry(
            id=PLUGIN_MANAGER_PAGE, title=translatable("Shell", "Modules"),
            factory=self._plugin_manager_page, owner=SHELL, icon="plugins",
            order=1000))

    def _refresh_page_commands(self) -> None:
        commands = self.workbench.commands
        for entry in commands.entries():
            if entry.id.startswith("shell.page."):
                commands.remove(entry.id)
        for n, pid in enumerate(self.window.page_ids(), start=1):
            page = self.workbench.pages.get(pid)
            if page is None:
                continue
            commands.add(CommandEntry(
                id=f"shell.page.{pid}", title=GoToText(source="Go to: {0}", context=_C,
                                                       page_title=page.title),
                handler=functools.partial(self.window.show_page, pid), owner=SHELL,
                shortcut=f"Ctrl+{n}" if n <= 9 else ""))

    # -- start and stop -------------------------------------------------------------

    async def start(self) -> None:
        lang = i18n.normalize_language(self.options.language) or i18n.normalize_language(
            self.shell_settings.get("language", "")) or i18n.system_language()
        self.languages.set_language(lang)
        with self.window.batched_updates():
            await self.host.start()
        self.offline.configure()
        # On the next loop turn, after the window is shown: importing sqlite-utils on the
        # store thread holds the GIL while the window would be drawing.
        QTimer.singleShot(0, lambda: self.spawn(self.offline.open()))
        self.window.restore_geometry_state(self.shell_settings.get("geometry", ""),
                                           self.shell_settings.get("window_state", ""))
        last = self.shell_settings.get("last_page", "")
        if not (last and self.window.show_page(last)) and self.window.page_ids():
            self.window.show_page(self.window.page_ids()[0])
        self._report_startup_problems()
        if self.options.show_window:
            # Remembered from here on: not the pages shown while starting, nor the
            # selftest's tour of every page.
            self.window.page_changed.connect(
                lambda pid: self.shell_settings.set("last_page", pid))
            self.window.show()
            self.window.rail.setFocus()
            # After the window is up: starting a gateway must not delay the first paint.
            QTimer.singleShot(0, lambda: self.spawn(self.connect()))
        active = sum(r.state is PluginState.ACTIVE for r in self.host.records.values())
        _log.info(kv("ready", profile=self.paths.profile, lang=self.languages.language,
                     plugins_active=active, plugins_total=len(self.host.records),
                     pages=len(self.window.page_ids()),
                     startup_ms=round((time.monotonic() - self.started_at) * 1000)))

    def on_first_paint(self, callback: Any) -> None:
        def done() -> None:
            self.app.removeEventFilter(self._first_paint)
            callback()

        self._first_paint = _FirstPaint(self.window, done)
        self.app.installEventFilter(self._first_paint)

    def _report_startup_problems(self) -> None:
        translate = QCoreApplication.translate
        notify = self.workbench.notifications.post
        if self.policy_error:
            notify(Notification(
                title=translate("Shell", "Your organisation's policy could not be read"),
                body=translate("Shell", "Only built-in modules were started. Tell your IT "
                                        "administrator: {0}").format(self.policy_error),
                level=NotificationLevel.ERROR, source=SHELL))
        if self.settings.recovered_from is not None:
            notify(Notification(
                title=translate("Shell", "Your settings could not be read"),
                body=translate("Shell", "Workplace started with default settings. The old "
                                        "file was kept as {0}.").format(
                                            self.settings.recovered_from),
                level=NotificationLevel.WARNING, source=SHELL))
        broken = [r for r in self.host.records.values() if r.state in (
            PluginState.FAILED, PluginState.INVALID, PluginState.INCOMPATIBLE,
            PluginState.MISSING_DEPENDENCY)]
        for rec in broken:
            notify(Notification(
                title=translate("Shell", "Module «{0}» did not start").format(rec.display_name),
                body=str(rec.reason or ""), level=NotificationLevel.WARNING, source=SHELL))

    def _on_plugin_state(self, rec: PluginRecord) -> None:
        if rec.state is PluginState.ACTIVE and rec.manifest and rec.manifest.translations:
            if rec.package_dir is not None:
                self.languages.add_plugin_catalogue(
                    rec.id, rec.package_dir / rec.manifest.translations)
        elif rec.state is PluginState.FAILED:
            self.window.mark_pages_failed(rec.id, str(rec.reason or ""))

    # -- the gateway ----------------------------------------------------------------

    def _saved_choice(self) -> ServerChoice | None:
        saved: dict[str, str] = self.shell_settings.get("server", {})
        try:
            mode = Mode(saved.get("mode", ""))
        except ValueError:
            return None
        return ServerChoice(mode, str(saved.get("url", "")), str(saved.get("username", "")))

    async def connect(self) -> None:
        """Connect as this run or the profile says, asking on first run."""
        self.signin.start()  # the idle lock watches from when the window is up
        choice = ServerChoice(Mode.DEMO) if self.options.demo else self._saved_choice()
        choice = self._as_policy_says(choice)
        if choice is None:
            if self.options.ask_where_to_work:
                self.ask_where_to_work()
            return
        await self._connect(choice)

    def _as_policy_says(self, choice: ServerChoice | None) -> ServerChoice | None:
        """The organisation's server (policy ``connection``) when the user has chosen
        none — or always, when users may not work elsewhere."""
        url = self.policy.server_url
        if not url or (choice is not None and self.policy.server_changeable):
            return choice
        if choice is not None and choice.mode is Mode.REMOTE and \
                choice.url.rstrip("/") == url:
            return choice
        _log.info(kv("server_from_policy", url=url))
        return ServerChoice(Mode.REMOTE, url)

    async def _connect(self, choice: ServerChoice) -> None:
        await self.signin.connect_to(choice)

    async def _stop_sync(self) -> None:
        """Stop syncing before the session is replaced or ended; it starts again with
        the next session (OfflineCoordinator starts it on CONNECTED)."""
        engine, self.offline.engine = self.offline.engine, None
        if engine is not None:
            await engine.stop()
            self.offline.show_status()

    def ask_where_to_work(self) -> FirstRunDialog | None:
        if not self.policy.server_changeable:
            self.workbench.notifications.post(Notification(
                title=QCoreApplication.translate(
                    "Shell", "Your organisation has set the server to work with"),
                body=self.policy.server_url, level=NotificationLevel.INFO, source=SHELL))
            return None
        dialog = FirstRunDialog(self.window)
        dialog.finished.connect(dialog.deleteLater)

        def chosen(choice: ServerChoice) -> None:
            self.shell_settings.set("server", {"mode": choice.mode.value, "url": choice.url})
            self.spawn(self._connect(choice))

        dialog.chosen.connect(chosen)
        dialog.open()
        return dialog

    def open_sign_in(self) -> SignInDialog | None:
        return self.signin.open_sign_in()

    def _live_session(self) -> GatewaySession | None:
        c = self.connection
        return c.session if c.state is ConnState.CONNECTED else None

    def _send_attachments(self) -> None:
        if self.connection.state is ConnState.CONNECTED and self.blobs.transfer is not None:
            self.blobs.transfer.send_soon()

    def _refresh_calendar(self) -> None:
        session = self.connection.session
        if (self.connection.state is ConnState.CONNECTED and session is not None
                and session is not self._calendar_session):
            self._calendar_session = session
            self._fetch(self.calendar.refresh(session))

    def _refresh_directory(self) -> None:
        session = self._live_session()
        if session is not None and session.signed_in:
            self._fetch(self.directory.refresh(session))

    def _watch_updates(self) -> None:
        """Check the organisation's gateway (not one on this computer) while signed in."""
        session = self._live_session()
        remote = self.connection.choice is not None and \
            self.connection.choice.mode is Mode.REMOTE
        self.updates.watch(session if remote and session is not None
                           and session.signed_in else None)

    def _show_connection(self) -> None:
        c = self.connection
        translate = QCoreApplication.translate
        user = c.session.user if c.session is not None else None
        name = user.display_name if user else ""
        where = {
            Mode.DEMO: translate("Shell", "Demo on this computer"),
            Mode.LOCAL: translate("Shell", "This computer"),
            Mode.REMOTE: urlsplit(c.choice.url).hostname or "" if c.choice else "",
        }.get(c.choice.mode, "") if c.choice else ""
        text, tip = {
            ConnState.NOT_CONFIGURED: (translate("Shell", "Not connected"), ""),
            ConnState.STARTING: (translate("Shell", "Connecting…"), where),
            ConnState.SIGN_IN_REQUIRED: (translate("Shell", "Sign-in required"), where),
            ConnState.CONNECTED: (f"{where} · {name}", translate("Shell", "Connected to {0} as {1}")
                                  .format(c.session.label if c.session else where, name)),
            ConnState.ERROR: (translate("Shell", "No connection"), c.error),
        }[c.state]
        self.workbench.status.update(CONNECTION_STATUS, text=text, tooltip=tip, visible=True)

    def request_quit(self) -> None:
        if not self._quit.done():
            self._quit.set_result(0)

    async def wait_closed(self) -> int:
        return await self._quit

    async def aclose(self) -> None:
        """Stop what runs on the loop (sync, cache, gateway) before the loop stops."""
        self.signin.close()
        # Everything that talks through the session stops before it is closed: httpx
        # closing its pool does not close a connection still being made (httpcore 1.0),
        # which the request then uses and nobody closes — a socket left to the garbage
        # collector. The calendar and staff-directory fetches and the attachment
        # uploads here; the update checker, sync and the session below.
        fetches = [t for t in self._fetches if not t.done()]
        for task in fetches:
            task.cancel()
        await asyncio.gather(*fetches, return_exceptions=True)
        if self.blobs.transfer is not None:
            await self.blobs.transfer.aclose()
        await self.updates.aclose()
        await self.offline.close()
        await self.connection.close()

    def close(self) -> None:
        """Save and release everything; safe to call once the loop stopped running."""
        self._signals.close()
        geometry, state = self.window.geometry_state()
        self.shell_settings.set("geometry", geometry)
        self.shell_settings.set("window_state", state)
        self._save_timer.stop()
        self.host.shutdown()
        self.tray.close()
        self.palette.close()
        self.window.hide()
        self.window.deleteLater()
        self.languages.close()
        try:
            self.settings.save()
        except OSError as exc:
            _log.error(kv("settings_save_failed", path=self.settings.path, error=exc))
        self.runner.shutdown()

    # -- actions ------------------------------------------------------------------

    def _save_settings_soon(self) -> None:
        async def save() -> None:
            try:
                await self.runner.run(self.settings.save)
            except OSError as exc:
                _log.error(kv("settings_save_failed", path=self.settings.path, error=exc))

        self.spawn(save())

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Run a coroutine of the shell's on the loop, keeping it alive until it ends."""
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def _fetch(self, coro: Coroutine[Any, Any, Any]) -> None:
        """Spawn a fetch from the gateway that :meth:`aclose` cancels (see there)."""
        task = self.spawn(coro)
        self._fetches.add(task)
        task.add_done_callback(self._fetches.discard)

    def set_language(self, lang: str) -> None:
        self.shell_settings.set("language", lang)
        self.languages.set_language(lang)

    def set_theme(self, theme: str) -> None:
        self.shell_settings.set("theme", theme)
        self.themes.set_theme(theme)

    def _changes_page(self) -> ChangesPage:
        from workplace.shell.changes_page import ChangesPage

        return ChangesPage(self.store, self.host)

    def _plugin_manager_page(self) -> PluginManagerPage:
        from workplace.shell.plugin_manager import PluginManagerPage

        return PluginManagerPage(self.host)

    def open_settings(self) -> SettingsDialog:
        from workplace.shell.settings_dialog import GeneralSettingsPage, SettingsDialog

        def apply(lang: str, theme: str) -> None:
            if lang != self.languages.language:
                self.set_language(lang)
            if theme != self.themes.theme:
                self.set_theme(theme)

        def module_name(pid: str) -> str:
            rec = self.host.records.get(pid)
            return rec.display_name if rec is not None else pid

        general = GeneralSettingsPage(self.languages.language, self.themes.theme, apply,
                                      policy=self.policy, module_name=module_name)
        dialog = SettingsDialog(general, self.workbench.settings_pages, self.host.guard,
                                self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_about(self) -> AboutDialog:
        from workplace.shell.about import AboutDialog

        dialog = AboutDialog(self.paths.profile, self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_shortcuts(self) -> ShortcutsDialog:
        from workplace.shell.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.workbench.commands, self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- errors nobody caught ---------------------------------------------------------

    def handle_exception(self, exc: BaseException) -> None:
        """Route an uncaught exception: a plugin's fails that plugin; ours is reported."""
        if self.host.handle_uncaught(exc):
            return
        _log.error("uncaught error\n%s", "".join(traceback.format_exception(exc)))
        translate = QCoreApplication.translate
        self.workbench.notifications.post(Notification(
            title=translate("Shell", "Something went wrong inside Workplace"),
            body=translate("Shell", "Your work is kept. If it happens again, send the log "
                                    "file from {0} to your IT administrator.").format(
                                        self.paths.log_dir),
            level=NotificationLevel.ERROR, source=SHELL))

    def install_exception_hooks(self, loop: asyncio.AbstractEventLoop) -> None:
        def excepthook(exc_type: type[BaseException], exc: BaseException,
                       tb: TracebackType | None) -> None:
            if not issubclass(exc_type, Exception):
                sys.__excepthook__(exc_type, exc, tb)
                return
            self.handle_exception(exc.with_traceback(tb))

        def loop_handler(_loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
            exc = context.get("exception")
            if isinstance(exc, Exception):
                self.handle_exception(exc)
            else:
                _log.error(kv("loop_error", message=context.get("message", "")))

        sys.excepthook = excepthook
        loop.set_exception_handler(loop_handler)

