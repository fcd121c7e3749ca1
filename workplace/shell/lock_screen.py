"""The lock of the window: the lock screen, the idle watcher, shortcuts held while locked.

The window locks after ``signin.idle_lock_minutes`` without input. A user signed in
to the organisation's server unlocks it with their password, checked again by the
server. In the embedded modes (demo, this computer only) there is no password to
check: the lock only hides the window until someone clicks Unlock — the computer's
own screen lock is what protects it.
"""

from __future__ import annotations

import time
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workplace.shell.icons import app_icon

translate = QCoreApplication.translate



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


class ShortcutBlocker(QObject):
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
