"""The sign-in dialog: server, user name, password and (if policy allows) staying signed in."""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workplace.api import Text, translatable
from workplace.net.connection import (
    Account,
    check_server_url,
)

translate = QCoreApplication.translate



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


def server_host(url: str) -> str:
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
