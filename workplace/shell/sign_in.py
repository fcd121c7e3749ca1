"""First run (where to work), sign-in, accounts, and the lock of the window.

Sign-in to the organisation's server asks for the server, the user name and the
password, and — when the machine policy allows (``signin.remember_me_allowed``) and
the system keyring is fit — offers to stay signed in. Several accounts (server +
user name, no secrets) are kept in the settings; "Switch account…" moves between
them. "Sign out" ends the session on the gateway, wipes its tokens from the keyring
and memory, and locks the window.

The window locks after ``signin.idle_lock_minutes`` without input. A user signed in
to the organisation's server unlocks it with their password, checked again by the
server. In the embedded modes (demo, this computer only) there is no password to
check: the lock only hides the window until someone clicks Unlock — the computer's
own screen lock is what protects it; after "Sign out" there, signing in again
restarts the local gateway, which signs the app in with a new one-time code.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QMainWindow,
    QWidget,
)

from workplace.api import SettingsNamespace, translatable
from workplace.credentials import CredentialError
from workplace.logs import kv
from workplace.net.connection import (
    NO_ANSWER,
    Account,
    ConnectionManager,
    Mode,
    ServerChoice,
    State,
    load_accounts,
    with_account,
)
from workplace.net.errors import GatewayError
from workplace.policy import PolicyError
from workplace.shell.accounts_dialog import AccountsDialog
from workplace.shell.lock_screen import IdleWatcher, LockReason, LockScreen, ShortcutBlocker
from workplace.shell.sign_in_dialog import SignInDialog, gateway_message, server_host
from workplace.workbench import SHELL, CommandEntry, Workbench

_log = logging.getLogger("workplace.shell")
translate = QCoreApplication.translate

# Dialogs of the sign-in itself stay up while the window is locked.
_KEEP_WHILE_LOCKED = ("SignInDialog", "AccountsDialog", "FirstRunDialog")


class SignInController(QObject):
    """Sign-in, sign-out, accounts, idle lock: the shell's side of the session."""

    def __init__(self, app: QApplication, window: QMainWindow, connection: ConnectionManager,
                 settings: SettingsNamespace, workbench: Workbench,
                 spawn: Callable[[Coroutine[Any, Any, Any]], asyncio.Task[Any]]) -> None:
        super().__init__()
        self.app = app
        self.window = window
        self.connection = connection
        self.settings = settings
        self.workbench = workbench
        self.spawn = spawn
        self.locked: LockReason | None = None
        self._lock_screen: LockScreen | None = None  # made on first use: not at start-up
        self._content: QWidget | None = None
        self._hidden: list[QWidget] = []
        self._bars_visible: dict[str, bool] = {}
        self._blocker: ShortcutBlocker | None = None
        self.idle = IdleWatcher(app, connection.policy.idle_lock_minutes * 60_000)
        self.idle.idle.connect(lambda: self.lock(LockReason.IDLE))
        self.sign_in_dialog: SignInDialog | None = None
        connection.changed.connect(self._on_connection)

    @property
    def lock_screen(self) -> LockScreen:
        if self._lock_screen is None:
            screen = self._lock_screen = LockScreen()
            screen.unlock_requested.connect(self._unlock_requested)
            screen.sign_in_requested.connect(self.open_sign_in)
            screen.sign_out_requested.connect(lambda: self.spawn(self.sign_out()))
            screen.switch_requested.connect(self.open_accounts)
            self._blocker = ShortcutBlocker(self.window, screen)
        return self._lock_screen

    def register_commands(self) -> None:
        add = self.workbench.commands.add
        for cid, title, handler in (
            ("shell.sign_out", translatable("Shell", "Sign out"),
             lambda: self.spawn(self.sign_out())),
            ("shell.accounts", translatable("Shell", "Switch account…"), self.open_accounts),
            ("shell.lock", translatable("Shell", "Lock Workplace"),
             lambda: self.lock(LockReason.IDLE)),
        ):
            add(CommandEntry(id=cid, title=title, handler=handler, owner=SHELL))

    def start(self) -> None:
        """Watch for inactivity (from when the window is shown)."""
        self.idle.start()

    # -- accounts -----------------------------------------------------------------

    def accounts(self) -> list[Account]:
        return load_accounts(self.settings.get("accounts", []))

    def _account(self, url: str, username: str) -> Account | None:
        return next((a for a in self.accounts() if (a.url, a.username) == (url, username)),
                    None)

    def _keep_account(self, account: Account) -> None:
        self.settings.set("accounts", [a.to_json() for a in
                                       with_account(self.accounts(), account)])

    def _not_remembered(self, url: str, username: str) -> None:
        account = self._account(url, username)
        if account is not None and account.remember:
            accounts = [Account(a.url, a.username, False) if a == account else a
                        for a in self.accounts()]
            self.settings.set("accounts", [a.to_json() for a in accounts])

    def _current_account(self) -> Account | None:
        c = self.connection
        if c.choice is None or c.choice.mode is not Mode.REMOTE or not c.choice.username:
            return None
        return self._account(c.choice.url, c.choice.username) or Account(
            c.choice.url, c.choice.username)

    # -- connecting and signing in ----------------------------------------------------

    @property
    def _locked_durably(self) -> bool:
        """The window is locked now, or was when the app last stopped."""
        return self.locked is not None or self.settings.get("locked", False)

    async def connect_to(self, choice: ServerChoice) -> None:
        """Connect as ``choice`` says: with the kept sign-in, else ask for the password.

        A kept sign-in is not used while the window is locked — nor after a restart
        of a locked app — so that neither switching accounts nor quitting and starting
        again gets past the lock without a password.
        """
        account = self._account(choice.url, choice.username) \
            if choice.mode is Mode.REMOTE else None
        remembered = account is not None and account.remember and not self._locked_durably
        await self.connection.start(choice, remembered=remembered)
        if remembered and self.connection.state is State.SIGN_IN_REQUIRED:
            self._not_remembered(choice.url, choice.username)  # it ended or was refused
        if self.connection.state is State.SIGN_IN_REQUIRED and choice.mode is Mode.REMOTE:
            self.open_sign_in()

    def open_sign_in(self) -> SignInDialog | None:
        c = self.connection
        if c.choice is None:
            return None
        if c.choice.mode is not Mode.REMOTE or c.state is State.ERROR:
            if c.state in (State.SIGN_IN_REQUIRED, State.ERROR):
                # Embedded: a restart gives a new one-time code. Remote: try again.
                self.spawn(self.connect_to(c.choice))
            return None
        if c.state is not State.SIGN_IN_REQUIRED:
            return None
        notice = gateway_message(c.ended_code, c.notice) if c.notice else ""
        return self._sign_in_dialog(c.choice.url, c.choice.username, notice)

    def _sign_in_dialog(self, url: str, username: str, notice: str = "") -> SignInDialog:
        if self.sign_in_dialog is not None:
            self.sign_in_dialog.reject()
        c = self.connection
        account = self._account(url, username)
        remember = (account.remember if account else False) \
            if c.policy.remember_me_allowed else None
        dialog = SignInDialog(url, self.window, accounts=self.accounts(), username=username,
                              remember=remember, notice=notice)
        self.sign_in_dialog = dialog

        def finished() -> None:
            if self.sign_in_dialog is dialog:
                self.sign_in_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        if remember is not None:
            async def check() -> None:
                why = await c.check_keyring()
                if why and self.sign_in_dialog is dialog:
                    dialog.remember_unavailable(why)

            self.spawn(check())
        dialog.submitted.connect(
            lambda u, n, p, r: self.spawn(self._attempt(dialog, u, n, p, r)))
        dialog.open()
        return dialog

    async def _attempt(self, dialog: SignInDialog, url: str, username: str, password: str,
                       remember: bool) -> None:
        import httpx  # loaded already: the session uses it

        before = self._account(url, username)
        try:
            await self.connection.sign_in(username, password, remember=remember, url=url,
                                          forget_previous=before is not None and
                                          before.remember)
        except GatewayError as exc:
            dialog.show_error(gateway_message(exc.code, exc.message))
            return
        except CredentialError as exc:
            dialog.remember_unavailable(str(exc))
            dialog.show_error(str(exc), clear_password=False)
            return
        except PolicyError as exc:
            dialog.show_error(str(exc))
            return
        except (httpx.HTTPError, OSError):
            dialog.show_error(str(NO_ANSWER), clear_password=False)
            return
        kept = remember and self.connection.remember_allowed
        self._keep_account(Account(url, username, kept))
        self.settings.set("server", {"mode": Mode.REMOTE.value, "url": url,
                                     "username": username})
        dialog.accept()
        self.unlock()  # a password was given: whatever locked the window is answered

    async def sign_out(self) -> None:
        """End the session everywhere and lock the window."""
        c = self.connection
        choice = c.choice
        if c.session is None or not c.session.signed_in:
            if c.choice is not None:
                self.lock(LockReason.SIGNED_OUT)
            return
        await c.sign_out()
        if choice is not None and choice.mode is Mode.REMOTE:
            self._not_remembered(choice.url, choice.username)

    # -- accounts ---------------------------------------------------------------------

    def open_accounts(self) -> AccountsDialog:
        dialog = AccountsDialog(self.accounts(), self._current_account(), self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.switch_to.connect(lambda a: self.spawn(self.switch_to(a)))
        dialog.add_account.connect(self._add_account)
        dialog.forget.connect(lambda a: self.spawn(self._forget(a)))
        dialog.open()
        return dialog

    def _add_account(self) -> None:
        c = self.connection
        url = c.choice.url if c.choice is not None and c.choice.mode is Mode.REMOTE else ""
        self._sign_in_dialog(url, "")

    async def switch_to(self, account: Account) -> None:
        choice = ServerChoice(Mode.REMOTE, account.url, account.username)
        self.settings.set("server", {"mode": Mode.REMOTE.value, "url": account.url,
                                     "username": account.username})
        _log.info(kv("account_switch", server=server_host(account.url), user=account.username))
        await self.connect_to(choice)

    async def _forget(self, account: Account) -> None:
        self.settings.set("accounts", [a.to_json() for a in self.accounts()
                                       if (a.url, a.username) != (account.url,
                                                                  account.username)])
        if account.remember:
            await self.connection.forget_stored(account.url, account.username)

    # -- the lock ---------------------------------------------------------------------

    def _on_connection(self) -> None:
        c = self.connection
        if c.state is State.SIGN_IN_REQUIRED:
            if c.ended_code and c.choice is not None and c.choice.mode is Mode.REMOTE:
                self._not_remembered(c.choice.url, c.choice.username)
            self.lock(LockReason.SIGNED_OUT)
        elif c.state is State.CONNECTED:
            if self.locked is LockReason.SIGNED_OUT:
                self.unlock()
            elif self.locked is not None:
                self._show_lock()

    def lock(self, reason: LockReason) -> None:
        """Hide the window's pages behind the lock screen."""
        if self.locked is LockReason.SIGNED_OUT and reason is LockReason.IDLE:
            return  # already behind the stricter lock
        first = self.locked is None
        self.locked = reason
        c = self.connection
        if c.choice is not None and c.choice.mode is Mode.REMOTE:
            self.settings.set("locked", True)  # stays locked over a restart
        if first:
            self.idle.stop()
            self._content = self.window.takeCentralWidget()
            self.window.setCentralWidget(self.lock_screen)
            self.lock_screen.show()
            self._bars_visible = {"menu": self.window.menuBar().isVisible()}
            self.window.menuBar().hide()
            for dock in self._docks():
                self._bars_visible[dock.objectName()] = dock.isVisible()
                dock.hide()
            self._hidden = []
            for widget in QApplication.topLevelWidgets():
                if widget is self.window or not widget.isVisible() \
                        or widget.objectName() in _KEEP_WHILE_LOCKED:
                    continue
                widget.hide()
                if isinstance(widget, QDialog) and widget.objectName() != "CommandPalette":
                    self._hidden.append(widget)
            if self._blocker is not None:
                self.app.installEventFilter(self._blocker)
        self._show_lock()
        _log.info(kv("window_locked", reason=reason.value))

    def _docks(self) -> list[QDockWidget]:
        return [d for d in self.window.findChildren(QDockWidget) if d.parent() is self.window]

    def _show_lock(self) -> None:
        c = self.connection
        session = c.session
        remote = c.choice is not None and c.choice.mode is Mode.REMOTE
        user = session.user.display_name if session is not None and session.user else ""
        self.lock_screen.show_state(
            self.locked or LockReason.IDLE, user=user,
            server=session.host if session is not None else "", remote=remote,
            ask_password=remote and session is not None and session.signed_in)

    def unlock(self) -> None:
        """Show the pages again."""
        if self.locked is None:
            return
        self.locked = None
        self.settings.remove("locked")
        if self._blocker is not None:
            self.app.removeEventFilter(self._blocker)
        screen = self.window.takeCentralWidget()
        if screen is not None:
            screen.setParent(None)
        if self._content is not None:
            self.window.setCentralWidget(self._content)
            self._content.show()
            self._content = None
        self.window.menuBar().setVisible(self._bars_visible.get("menu", True))
        for dock in self._docks():
            if self._bars_visible.get(dock.objectName()):
                dock.show()
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        self.idle.start()
        _log.info(kv("window_unlocked"))

    def _unlock_requested(self, password: str) -> None:
        session = self.connection.session
        if not password or session is None or not session.signed_in:
            if self.locked is LockReason.IDLE:
                self.unlock()
            return
        self.spawn(self._reauthenticate(password))

    async def _reauthenticate(self, password: str) -> None:
        import httpx

        session = self.connection.session
        if session is None:
            return
        try:
            await session.reauthenticate(password)
        except GatewayError as exc:
            self.lock_screen.show_error(gateway_message(exc.code, exc.message))
            return
        except (httpx.HTTPError, OSError):
            self.lock_screen.show_error(translate(
                "Lock", "The server does not answer, and it has to check your password. "
                        "Check the network connection and try again."))
            return
        if self.locked is LockReason.IDLE:
            self.unlock()

    def close(self) -> None:
        """Put the pages back into the window (it is closing) and stop watching."""
        self.idle.stop()
        if self.locked is not None:
            if self._blocker is not None:
                self.app.removeEventFilter(self._blocker)
            screen = self.window.takeCentralWidget()
            if screen is not None:
                screen.setParent(None)
            if self._content is not None:
                self.window.setCentralWidget(self._content)
                self._content = None
            self.locked = None
        if self._lock_screen is not None:
            self._lock_screen.deleteLater()
