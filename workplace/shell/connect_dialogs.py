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
import time
from collections.abc import Callable, Coroutine, Sequence
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from workplace.api import SettingsNamespace, Text, translatable
from workplace.credentials import CredentialError
from workplace.logs import kv
from workplace.net.connection import (
    NO_ANSWER,
    Account,
    ConnectionManager,
    Mode,
    ServerChoice,
    State,
    check_server_url,
    load_accounts,
    with_account,
)
from workplace.net.errors import GatewayError
from workplace.policy import PolicyError
from workplace.shell.icons import app_icon
from workplace.workbench import SHELL, CommandEntry, Workbench

_log = logging.getLogger("workplace.shell")
translate = QCoreApplication.translate


class FirstRunDialog(QDialog):
    """Asks once where to work; ``chosen`` carries the answer."""

    chosen = Signal(object)  # ServerChoice

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FirstRunDialog")
        self.headline = QLabel(self)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.headline.setFont(font)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.demo = QRadioButton(self)
        self.local = QRadioButton(self)
        self.remote = QRadioButton(self)
        self.group = QButtonGroup(self)
        for button in (self.demo, self.local, self.remote):
            self.group.addButton(button)
        self.demo.setChecked(True)
        self.demo_hint = QLabel(self)
        self.local_hint = QLabel(self)
        self.remote_hint = QLabel(self)
        for hint in (self.demo_hint, self.local_hint, self.remote_hint):
            hint.setWordWrap(True)
            hint.setContentsMargins(24, 0, 0, 6)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://workplace.example.gov.kz")
        self.url.setEnabled(False)
        self.url.setContentsMargins(24, 0, 0, 0)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: palette(bright-text);")
        self.error.hide()
        self.remote.toggled.connect(self.url.setEnabled)
        self.remote.toggled.connect(lambda on: on and self.url.setFocus())
        # A button of our own: QDialogButtonBox puts its own words back on a standard
        # button whenever the language changes, after our _retranslate.
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self._accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.intro)
        for widget in (self.demo, self.demo_hint, self.local, self.local_hint, self.remote,
                       self.remote_hint, self.url, self.error):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(560, 420)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(translate("Connect", "Welcome to Workplace"))
        self.headline.setText(translate("Connect", "Where will you work?"))
        self.intro.setText(translate(
            "Connect", "You can change this later: Ctrl+K, «Change where I work»."))
        self.demo.setText(translate("Connect", "&Try the demo"))
        self.demo_hint.setText(translate(
            "Connect", "A sample organisation with documents and citizens' requests, kept on "
                       "this computer. Nothing is sent anywhere."))
        self.local.setText(translate("Connect", "Work on this &computer only"))
        self.local_hint.setText(translate(
            "Connect", "Start with no data. Your work is kept on this computer."))
        self.remote.setText(translate("Connect", "Connect to my &organisation's server"))
        self.remote_hint.setText(translate(
            "Connect", "The address is given by your IT department."))
        self.url.setAccessibleName(translate("Connect", "Server address"))
        self.ok.setText(translate("Connect", "Continue"))
        self.ok.setAccessibleName(translate("Connect", "Continue"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _accept(self) -> None:
        if self.remote.isChecked():
            try:
                url = check_server_url(self.url.text())
            except ValueError as exc:
                self.error.setText(str(exc))  # already in the user's language
                self.error.show()
                self.url.setFocus()
                return
            choice = ServerChoice(Mode.REMOTE, url)
        else:
            choice = ServerChoice(Mode.DEMO if self.demo.isChecked() else Mode.LOCAL)
        self.accept()
        self.chosen.emit(choice)


_GATEWAY_MESSAGES: dict[str, Text] = {
    "invalid_credentials": translatable("Connect", "Wrong user name or password."),
    "throttled": translatable(
        "Connect", "Too many failed sign-in attempts. Wait a few minutes and try again."),
    "revoked": translatable(
        "Connect", "Your session was ended: you signed out elsewhere, or it was stopped for "
                   "safety. Sign in again."),
    "invalid_token": translatable("Connect", "Your session has expired. Sign in again."),
    "not_signed_in": translatable("Connect", "Your session has expired. Sign in again."),
}


def gateway_message(code: str, message: str) -> str:
    """A gateway's refusal in the user's language (the gateway answers in English)."""
    text = _GATEWAY_MESSAGES.get(code)
    return str(text) if text is not None else message


def _host(url: str) -> str:
    return urlsplit(url).hostname or url


class SignInDialog(QDialog):
    """Server, user name and password for the organisation's server; stay signed in."""

    #: server URL, user name, password, stay signed in
    submitted = Signal(str, str, str, bool)

    def __init__(self, server: str, parent: QWidget | None = None, *,
                 accounts: Sequence[Account] = (), username: str = "",
                 remember: bool | None = None, notice: str = "") -> None:
        """``remember``: None hides "stay signed in" (the policy forbids it)."""
        super().__init__(parent)
        self.setObjectName("SignInDialog")
        self._accounts = list(accounts)
        self.notice = QLabel(notice, self)
        self.notice.setObjectName("SignInNotice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(bool(notice))
        self.server = QComboBox(self)
        self.server.setEditable(True)
        self.server.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.server.setMinimumContentsLength(32)
        servers = list(dict.fromkeys([a.url for a in self._accounts] + ([server] if server
                                                                         else [])))
        self.server.addItems(servers)
        self.server.setCurrentText(server)
        line = self.server.lineEdit()
        if line is not None:
            line.setPlaceholderText("https://workplace.example.gov.kz")
        self.username = QLineEdit(username, self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self)
        self.remember.setChecked(bool(remember))
        self.remember.setVisible(remember is not None)
        self.remember_note = QLabel(self)
        self.remember_note.setWordWrap(True)
        self.remember_note.setContentsMargins(24, 0, 0, 0)
        self.remember_note.hide()
        self.error = QLabel(self)
        self.error.setObjectName("SignInError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.form = QFormLayout()
        self.server_label = QLabel(self)
        self.server_label.setBuddy(self.server)
        self.user_label = QLabel(self)
        self.user_label.setBuddy(self.username)
        self.password_label = QLabel(self)
        self.password_label.setBuddy(self.password)
        self.form.addRow(self.server_label, self.server)
        self.form.addRow(self.user_label, self.username)
        self.form.addRow(self.password_label, self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.server.currentTextChanged.connect(self._server_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(self.form)
        layout.addWidget(self.remember)
        layout.addWidget(self.remember_note)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self._retranslate()
        (self.password if username else self.username).setFocus()

    def _retranslate(self) -> None:
        self.setWindowTitle(translate("Connect", "Sign in"))
        self.server_label.setText(translate("Connect", "&Server:"))
        self.user_label.setText(translate("Connect", "&User name:"))
        self.password_label.setText(translate("Connect", "&Password:"))
        self.server.setAccessibleName(translate("Connect", "Server address"))
        self.username.setAccessibleName(translate("Connect", "User name"))
        self.password.setAccessibleName(translate("Connect", "Password"))
        self.remember.setText(translate("Connect", "S&tay signed in on this computer"))
        self.remember.setToolTip(translate(
            "Connect", "Your sign-in is kept in the system keyring, never in a file. "
                       "«Sign out» ends it."))
        self.ok.setText(translate("Connect", "Sign in"))
        self.ok.setAccessibleName(translate("Connect", "Sign in"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(cancel.text().replace("&", ""))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _server_changed(self, text: str) -> None:
        known = [a.username for a in self._accounts if a.url == text.strip().rstrip("/")]
        if known and (not self.username.text() or self.username.text() in
                      {a.username for a in self._accounts}):
            self.username.setText(known[0])

    def remember_unavailable(self, why: str) -> None:
        """The keyring cannot keep the sign-in: say why, for the IT administrator."""
        self.remember.setChecked(False)
        self.remember.setEnabled(False)
        self.remember_note.setText(why)
        self.remember_note.setVisible(not self.remember.isHidden())

    def _submit(self) -> None:
        try:
            url = check_server_url(self.server.currentText())
        except ValueError as exc:
            self.show_error(str(exc), clear_password=False)
            self.server.setFocus()
            return
        if not self.username.text().strip() or not self.password.text():
            self.show_error(translate("Connect", "Enter your user name and password."),
                            clear_password=False)
            return
        self.error.hide()
        self.buttons.setEnabled(False)
        self.submitted.emit(url, self.username.text().strip(), self.password.text(),
                            self.remember.isChecked() and self.remember.isEnabled())

    def show_error(self, message: str, *, clear_password: bool = True) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(message)
        self.error.show()
        if clear_password:
            self.password.clear()
        self.password.setFocus()


class LockReason(StrEnum):
    #: Locked for inactivity or by the user: the session goes on behind the lock.
    IDLE = "idle"
    #: Signed out (or the session ended): signing in again is the way back.
    SIGNED_OUT = "signed_out"


class LockScreen(QWidget):
    """What the window shows instead of its pages while locked or signed out."""

    unlock_requested = Signal(str)  # the password ("" when none is asked for)
    sign_in_requested = Signal()
    sign_out_requested = Signal()
    switch_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LockScreen")
        self.setAutoFillBackground(True)
        self.reason = LockReason.IDLE
        self.user = self.server = ""
        self.ask_password = False
        self.remote = False
        self.logo = QLabel(self)
        self.logo.setPixmap(app_icon().pixmap(64, 64))
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.headline = QLabel(self)
        self.headline.setObjectName("LockHeadline")
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.headline.setWordWrap(True)
        font = QFont(self.headline.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.headline.setFont(font)
        self.detail = QLabel(self)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self._unlock)
        self.unlock = QPushButton(self)
        self.unlock.setDefault(True)
        self.unlock.clicked.connect(self._unlock)
        self.sign_in = QPushButton(self)
        self.sign_in.clicked.connect(self.sign_in_requested.emit)
        self.error = QLabel(self)
        self.error.setObjectName("LockError")
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error.setWordWrap(True)
        self.error.hide()
        self.sign_out = QPushButton(self)
        self.sign_out.setFlat(True)
        self.sign_out.clicked.connect(self.sign_out_requested.emit)
        self.switch = QPushButton(self)
        self.switch.setFlat(True)
        self.switch.clicked.connect(self.switch_requested.emit)

        card = QFrame(self)
        card.setObjectName("LockCard")
        card.setMaximumWidth(460)
        card.setMinimumWidth(360)
        inner = QVBoxLayout(card)
        inner.setSpacing(12)
        for widget in (self.logo, self.headline, self.detail, self.password, self.unlock,
                       self.sign_in, self.error):
            inner.addWidget(widget)
        links = QHBoxLayout()
        links.addStretch(1)
        links.addWidget(self.switch)
        links.addWidget(self.sign_out)
        links.addStretch(1)
        inner.addLayout(links)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self._retranslate()

    def show_state(self, reason: LockReason, *, user: str, server: str, remote: bool,
                   ask_password: bool) -> None:
        self.reason, self.user, self.server = reason, user, server
        self.remote, self.ask_password = remote, ask_password
        self.error.hide()
        self.password.clear()
        self._retranslate()
        locked = reason is LockReason.IDLE
        self.password.setVisible(locked and ask_password)
        self.unlock.setVisible(locked)
        self.sign_in.setVisible(not locked)
        self.sign_in.setDefault(not locked)
        self.sign_out.setVisible(locked and remote)
        self.switch.setVisible(remote)
        self.focus()

    def focus(self) -> None:
        target = self.password if self.password.isVisibleTo(self) else (
            self.unlock if self.reason is LockReason.IDLE else self.sign_in)
        target.setFocus()

    def _retranslate(self) -> None:
        locked = self.reason is LockReason.IDLE
        if locked:
            self.headline.setText(translate("Lock", "Workplace is locked"))
            if self.ask_password:
                text = translate("Lock", "{0} is signed in to {1}. Enter the password to "
                                         "continue.").format(self.user, self.server)
            else:
                text = translate("Lock", "The window was locked after a time without use. "
                                         "Your work is kept.")
        else:
            self.headline.setText(translate("Lock", "You are signed out"))
            text = translate("Lock", "Sign in to continue. Changes not yet sent are kept on "
                                     "this computer and sent after you sign in.") \
                if self.remote else translate("Lock", "Sign in again to continue working on "
                                                      "this computer.")
        self.detail.setText(text)
        self.password.setPlaceholderText(translate("Lock", "Password"))
        self.password.setAccessibleName(translate("Lock", "Password"))
        self.unlock.setText(translate("Lock", "&Unlock"))
        self.sign_in.setText(translate("Lock", "&Sign in…"))
        self.sign_out.setText(translate("Lock", "Sign out"))
        self.switch.setText(translate("Lock", "Switch account…"))
        self.setAccessibleName(self.headline.text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _unlock(self) -> None:
        if self.ask_password and not self.password.text():
            self.show_error(translate("Lock", "Enter your password."))
            return
        self.unlock.setEnabled(False)
        self.unlock_requested.emit(self.password.text() if self.ask_password else "")

    def show_error(self, message: str) -> None:
        self.unlock.setEnabled(True)
        self.error.setText(message)
        self.error.show()
        self.password.clear()
        self.focus()


class AccountsDialog(QDialog):
    """The known accounts: switch to one, add one, forget one."""

    switch_to = Signal(object)  # Account
    add_account = Signal()
    forget = Signal(object)  # Account

    def __init__(self, accounts: Sequence[Account], current: Account | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AccountsDialog")
        self.current = current
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.itemActivated.connect(lambda _item: self._switch())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.switch = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.add = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.remove = self.buttons.addButton("", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.switch.clicked.connect(self._switch)
        self.add.clicked.connect(self._add)
        self.remove.clicked.connect(self._forget)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 360)
        self._accounts = list(accounts)
        self._retranslate()

    def _account(self) -> Account | None:
        item = self.list.currentItem()
        account = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return account if isinstance(account, Account) else None

    def _is_current(self, account: Account | None) -> bool:
        return account is not None and self.current is not None and \
            (account.url, account.username) == (self.current.url, self.current.username)

    def _fill(self) -> None:
        row = max(0, self.list.currentRow())
        self.list.clear()
        for account in self._accounts:
            text = f"{account.username} — {_host(account.url)}"
            notes = []
            if self._is_current(account):
                notes.append(translate("Accounts", "current"))
            if account.remember:
                notes.append(translate("Accounts", "stays signed in"))
            if notes:
                text += f"  ({', '.join(notes)})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, account)
            item.setToolTip(account.url)
            self.list.addItem(item)
        if self._accounts:
            self.list.setCurrentRow(min(row, len(self._accounts) - 1))
        self._update_buttons()

    def _update_buttons(self) -> None:
        account = self._account()
        self.switch.setEnabled(account is not None and not self._is_current(account))
        self.remove.setEnabled(account is not None and not self._is_current(account))

    def _retranslate(self) -> None:
        self.setWindowTitle(translate("Accounts", "Accounts"))
        self.intro.setText(translate(
            "Accounts", "Servers and user names you have signed in with on this computer. "
                        "Passwords are not kept."))
        self.list.setAccessibleName(translate("Accounts", "Accounts"))
        self.switch.setText(translate("Accounts", "&Switch"))
        self.add.setText(translate("Accounts", "&Add account…"))
        self.remove.setText(translate("Accounts", "&Forget"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _switch(self) -> None:
        account = self._account()
        if account is None or self._is_current(account):
            return
        self.accept()
        self.switch_to.emit(account)

    def _add(self) -> None:
        self.accept()
        self.add_account.emit()

    def _forget(self) -> None:
        account = self._account()
        if account is None or self._is_current(account):
            return
        self._accounts = [a for a in self._accounts if a != account]
        self._fill()
        self.forget.emit(account)


_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
})


class IdleWatcher(QObject):
    """Says ``idle`` once after ``timeout_ms`` without keyboard, mouse or touch input."""

    idle = Signal()

    def __init__(self, app: QCoreApplication, timeout_ms: int) -> None:
        super().__init__()
        self._app = app
        self.timeout_ms = timeout_ms
        self._last = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        self.running = False

    def start(self) -> None:
        if self.running or self.timeout_ms <= 0:
            return
        self.running = True
        self._last = time.monotonic()
        self._app.installEventFilter(self)
        self._timer.start(self.timeout_ms)

    def stop(self) -> None:
        if self.running:
            self.running = False
            self._app.removeEventFilter(self)
            self._timer.stop()

    def set_timeout(self, timeout_ms: int) -> None:
        running = self.running
        self.stop()
        self.timeout_ms = timeout_ms
        if running:
            self.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _ACTIVITY:
            self._last = time.monotonic()
        return False

    def _check(self) -> None:
        if not self.running:
            return
        left = self.timeout_ms - (time.monotonic() - self._last) * 1000
        if left > 0:
            self._timer.start(max(1, int(left)))
            return
        self.stop()
        self.idle.emit()


class _ShortcutBlocker(QObject):
    """While the window is locked, its shortcuts (Ctrl+K, Ctrl+1 …) do nothing."""

    def __init__(self, window: QWidget, allowed: QWidget) -> None:
        super().__init__()
        self._window = window
        self._allowed = allowed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.Shortcut:
            return False
        target = watched if isinstance(watched, QWidget) else watched.parent()
        if not isinstance(target, QWidget):
            return False
        in_window = target is self._window or self._window.isAncestorOf(target)
        return in_window and not (target is self._allowed or
                                  self._allowed.isAncestorOf(target))


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
        self._blocker: _ShortcutBlocker | None = None
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
            self._blocker = _ShortcutBlocker(self.window, screen)
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
        _log.info(kv("account_switch", server=_host(account.url), user=account.username))
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
