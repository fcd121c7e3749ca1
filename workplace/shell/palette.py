"""The command palette (Ctrl+K): type to filter every command, Enter to run it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from workplace.workbench import CommandRegistry

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def matches(query: str, haystack: str) -> bool:
    """Every word of the query appears in the haystack (case-insensitive)."""
    hay = haystack.casefold()
    return all(word in hay for word in query.casefold().split())


class CommandPalette(QDialog):
    """A non-modal popup over the main window; opened with ``open()``, never ``exec()``."""

    command_chosen = Signal(str)

    def __init__(self, commands: CommandRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._commands = commands
        self.setObjectName("CommandPalette")
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        self.query = QLineEdit(self)
        self.query.setClearButtonEnabled(True)
        self.query.installEventFilter(self)
        self.list = QListView(self)
        self.list.setUniformItemSizes(True)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.model = QStandardItemModel(self)
        self.list.setModel(self.model)
        self.empty = QLabel(self)
        self.empty.setObjectName("EmptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.query)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        self.query.textChanged.connect(self._refilter)
        self.list.activated.connect(self._run_index)
        self._retranslate()

    def _retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.setWindowTitle(translate("CommandPalette", "Command palette"))
        self.setAccessibleName(translate("CommandPalette", "Command palette"))
        self.query.setPlaceholderText(translate("CommandPalette", "Type a command…"))
        self.query.setAccessibleName(translate("CommandPalette", "Search commands"))
        self.list.setAccessibleName(translate("CommandPalette", "Commands"))
        self.empty.setText(translate("CommandPalette", "No command matches what you typed."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self.isVisible():
                self._refilter(self.query.text())
        super().changeEvent(event)

    def popup(self) -> None:
        self.query.clear()
        self._refilter("")
        parent = self.parentWidget()
        if parent is not None:
            geo = parent.geometry()
            self.resize(min(720, int(geo.width() * 0.7)), min(460, int(geo.height() * 0.6)))
            self.move(geo.x() + (geo.width() - self.width()) // 2, geo.y() + 80)
        self.open()
        self.query.setFocus()

    def _refilter(self, text: str) -> None:
        self.model.clear()
        entries = []
        for entry in self._commands.entries():
            title = str(entry.title)
            label = f"{entry.category}: {title}" if entry.category else title
            if matches(text, f"{label} {entry.id}"):
                entries.append((label, entry))
        for label, entry in sorted(entries, key=lambda t: t[0].casefold()):
            shortcut = QKeySequence(entry.shortcut).toString(
                QKeySequence.SequenceFormat.NativeText) if entry.shortcut else ""
            item = QStandardItem(f"{label}    {shortcut}" if shortcut else label)
            item.setData(entry.id, ID_ROLE)
            item.setToolTip(entry.id)
            self.model.appendRow(item)
        has_rows = self.model.rowCount() > 0
        self.list.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        if has_rows:
            self.list.setCurrentIndex(self.model.index(0, 0))

    def _run_index(self, index: QModelIndex) -> None:
        command_id = index.data(ID_ROLE)
        if command_id:
            self.accept()
            self.command_chosen.emit(command_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Arrow keys move through the list while typing stays in the search field.
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                QCoreApplication.sendEvent(self.list, event)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._run_index(self.list.currentIndex())
                return True
        return super().eventFilter(watched, event)
