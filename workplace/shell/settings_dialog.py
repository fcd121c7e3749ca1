"""The settings dialog: the shell's General page, then every plugin's pages."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workplace import i18n
from workplace.shell.themes import THEMES, theme_title
from workplace.workbench import PageRegistry

_log = logging.getLogger("workplace.shell")


class GeneralSettingsPage(QWidget):
    """Language and theme; applied when the dialog is accepted."""

    def __init__(self, language: str, theme: str,
                 apply: Callable[[str, str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._apply = apply
        form = QFormLayout(self)
        self.language = QComboBox(self)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.theme = QComboBox(self)
        for key in THEMES:
            self.theme.addItem("", key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme)))
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        self.theme_label = QLabel(self)
        self.theme_label.setBuddy(self.theme)
        form.addRow(self.language_label, self.language)
        form.addRow(self.theme_label, self.theme)
        self._retranslate()

    def _retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.language_label.setText(translate("Settings", "&Language:"))
        self.language.setAccessibleName(translate("Settings", "Interface language"))
        self.theme_label.setText(translate("Settings", "&Theme:"))
        self.theme.setAccessibleName(translate("Settings", "Colour theme"))
        for i in range(self.theme.count()):
            self.theme.setItemText(i, theme_title(self.theme.itemData(i)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def apply(self) -> None:
        self._apply(self.language.currentData(), self.theme.currentData())


class SettingsDialog(QDialog):
    """Opened with ``open()``; OK applies every page that has an ``apply()`` method."""

    def __init__(self, general: GeneralSettingsPage, plugin_pages: PageRegistry,
                 guard: Callable[[str, Callable[[], object]], Callable[[], object]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SettingsDialog")
        self.resize(720, 460)
        self.sections = QListWidget(self)
        self.sections.setMaximumWidth(220)
        self.stack = QStackedWidget(self)
        self._guard = guard
        self._pages: list[tuple[object, QWidget, str]] = [(None, general, "")]
        self.sections.addItem("")
        self.stack.addWidget(general)
        for entry in plugin_pages.entries():
            widget = entry.factory()
            if widget is None:  # the plugin failed while building it
                continue
            self._pages.append((entry.title, widget, entry.owner))
            self.sections.addItem(str(entry.title))
            self.stack.addWidget(widget)
        self.sections.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sections.setCurrentRow(0)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply, Qt.Orientation.Horizontal, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(
            self.apply_all)
        body = QHBoxLayout()
        body.addWidget(self.sections)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self._retranslate()

    def _retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.setWindowTitle(translate("Settings", "Settings"))
        self.sections.setAccessibleName(translate("Settings", "Settings sections"))
        self.sections.item(0).setText(translate("Settings", "General"))
        for row, (title, _w, _o) in enumerate(self._pages[1:], start=1):
            self.sections.item(row).setText(str(title))
        for button in self.buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def apply_all(self) -> None:
        for _title, widget, owner in self._pages:
            apply = getattr(widget, "apply", None)
            if callable(apply):
                # A plugin's apply() raising fails that plugin, not the dialog.
                (self._guard(owner, apply) if owner else apply)()

    def accept(self) -> None:
        self.apply_all()
        super().accept()
