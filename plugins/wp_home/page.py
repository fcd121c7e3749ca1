"""Widgets of the Home plugin."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workplace.api import PluginContext
from wp_home.plugin import SHOW_TIPS


def greeting(hour: int) -> str:
    if 5 <= hour < 12:
        return QCoreApplication.translate("wp_home", "Good morning")
    if 12 <= hour < 18:
        return QCoreApplication.translate("wp_home", "Good afternoon")
    return QCoreApplication.translate("wp_home", "Good evening")


def _keys(sequence: str) -> str:
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


class _Card(QFrame):
    def __init__(self, command_id: str, keys: str, ctx: PluginContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.button = QPushButton(self)
        self.button.clicked.connect(lambda: ctx.run_command(command_id))
        self.keys = keys
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)

    def set_texts(self, title: str, body: str, button: str) -> None:
        self.title.setText(title)
        self.body.setText(body)
        label = f"{button}  ({_keys(self.keys)})" if self.keys else button
        self.button.setText(label)
        self.button.setAccessibleName(button)
        self.setAccessibleName(title)


class HomePage(QScrollArea):
    """Greeting, today's date, four ways to start, and tips."""

    def __init__(self, ctx: PluginContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        self.hello = QLabel(body)
        font = self.hello.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.hello.setFont(font)
        self.date = QLabel(body)
        self.start_label = QLabel(body)
        bold = self.start_label.font()
        bold.setBold(True)
        self.start_label.setFont(bold)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.cards = {
            "palette": _Card("shell.palette", "Ctrl+K", ctx, body),
            "notifications": _Card("shell.notifications", "Ctrl+Shift+N", ctx, body),
            "settings": _Card("shell.settings", "Ctrl+,", ctx, body),
            "modules": _Card("shell.plugins", "", ctx, body),
        }
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, i // 2, i % 2)
        self.tips_label = QLabel(body)
        self.tips_label.setFont(bold)
        self.tips = QLabel(body)
        self.tips.setWordWrap(True)
        self.tips.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.hello)
        layout.addWidget(self.date)
        layout.addSpacing(12)
        layout.addWidget(self.start_label)
        layout.addLayout(grid)
        layout.addSpacing(12)
        layout.addWidget(self.tips_label)
        layout.addWidget(self.tips)
        layout.addStretch(1)
        self.setWidget(body)
        self._retranslate()

    def _retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.hello.setText(greeting(datetime.now().hour))
        self.date.setText(QLocale().toString(QDate.currentDate(),
                                             QLocale.FormatType.LongFormat))
        self.start_label.setText(translate("wp_home", "Where to start"))
        self.cards["palette"].set_texts(
            translate("wp_home", "Find any command"),
            translate("wp_home", "Every action of Workplace and its modules can be found by "
                                 "typing a few letters of its name."),
            translate("wp_home", "Open the command palette"))
        self.cards["notifications"].set_texts(
            translate("wp_home", "Notifications"),
            translate("wp_home", "Messages from modules and the system are collected in one "
                                 "place."),
            translate("wp_home", "Show notifications"))
        self.cards["settings"].set_texts(
            translate("wp_home", "Language and appearance"),
            translate("wp_home", "Switch between Kazakh, Russian and English at any time; "
                                 "choose a light, dark or high-contrast theme."),
            translate("wp_home", "Open settings"))
        self.cards["modules"].set_texts(
            translate("wp_home", "Modules"),
            translate("wp_home", "See which modules are installed, what they may access, and "
                                 "switch them on or off."),
            translate("wp_home", "Manage modules"))
        self.tips_label.setText(translate("wp_home", "Tips"))
        tips = [
            translate("wp_home", "Ctrl+1 … Ctrl+9 open the pages in the order of the left "
                                 "panel."),
            translate("wp_home", "Ctrl+/ lists every keyboard shortcut."),
            translate("wp_home", "Tab moves between controls; every action can be done "
                                 "without a mouse."),
        ]
        self.tips.setText("\n".join(f"•  {t}" for t in tips))
        self.setAccessibleName(translate("wp_home", "Home page"))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        visible = bool(self.ctx.settings.get(SHOW_TIPS, True))
        self.tips_label.setVisible(visible)
        self.tips.setVisible(visible)
        self.hello.setText(greeting(datetime.now().hour))
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


class HomeSettingsPage(QWidget):
    """Settings of the Home page; ``apply()`` is called when the dialog is accepted."""

    def __init__(self, ctx: PluginContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.show_tips = QCheckBox(self)
        self.show_tips.setChecked(bool(ctx.settings.get(SHOW_TIPS, True)))
        layout = QVBoxLayout(self)
        layout.addWidget(self.show_tips)
        layout.addStretch(1)
        self._retranslate()

    def _retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.show_tips.setText(translate("wp_home", "Show &tips on the home page"))
        self.show_tips.setAccessibleName(translate("wp_home", "Show tips on the home page"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def apply(self) -> None:
        self.ctx.settings.set(SHOW_TIPS, self.show_tips.isChecked())
