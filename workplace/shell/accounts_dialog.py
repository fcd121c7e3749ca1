"""Accounts: the servers and user names this profile has used (no secrets), to switch."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workplace.net.connection import (
    Account,
)
from workplace.shell.sign_in_dialog import server_host

translate = QCoreApplication.translate


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
            text = f"{account.username} — {server_host(account.url)}"
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
