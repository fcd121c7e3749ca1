"""A list of every command that has a keyboard shortcut."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workplace.workbench import CommandRegistry


class ShortcutsDialog(QDialog):
    def __init__(self, commands: CommandRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._commands = commands
        self.table = QTableWidget(0, 2, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 480)
        self._retranslate()

    def _retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.setWindowTitle(translate("Shell", "Keyboard shortcuts"))
        self.table.setAccessibleName(translate("Shell", "Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels(
            [translate("Shell", "Command"), translate("Shell", "Keys")])
        self.close_button.setAccessibleName(self.close_button.text().replace("&", ""))
        rows = sorted(((str(e.title), e.shortcut) for e in self._commands.entries()
                       if e.shortcut), key=lambda r: r[0].casefold())
        self.table.setRowCount(len(rows))
        for i, (title, keys) in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(title))
            self.table.setItem(i, 1, QTableWidgetItem(
                QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
