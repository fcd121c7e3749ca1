"""The settings dialog: the shell's General page, then every plugin's pages."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workplace import i18n
from workplace.api import Permission
from workplace.policy import MachinePolicy
from workplace.shell.plugin_manager import PERMISSION_TEXT
from workplace.shell.themes import THEMES, theme_title
from workplace.workbench import PageRegistry

_log = logging.getLogger("workplace.shell")


def policy_lines(policy: MachinePolicy,
                 module_name: Callable[[str], str] | None = None) -> list[str]:
    """What the organisation's machine policy sets, in the user's words (empty: none).
    ``module_name`` gives an installed module's name for its id (else the id is shown)."""
    translate = QCoreApplication.translate
    lines = []

    def modules(ids: frozenset[str]) -> str:
        return ", ".join(sorted(module_name(i) if module_name else i for i in ids))

    def permission(name: str) -> str:  # parse_policy admits known permissions only
        return str(PERMISSION_TEXT[Permission(name)])

    def grant(entry: str) -> str:
        """``"<plugin id>:<permission>"`` or ``"<plugin id>:*"``, in words."""
        plugin_id, _, name = entry.partition(":")
        what = translate("Policy", "all it asks for") if name == "*" else permission(name)
        return f"{module_name(plugin_id) if module_name else plugin_id} — {what}"

    if policy.server_url:
        lines.append(translate("Policy", "Server: {0}").format(policy.server_url)
                     + ("" if policy.server_changeable
                        else translate("Policy", " — you cannot choose another")))
    if not policy.remember_me_allowed:
        lines.append(translate("Policy", "Staying signed in between runs is not allowed"))
    if policy.idle_lock_minutes == 0:
        lines.append(translate("Policy", "The window does not lock by itself"))
    elif policy.idle_lock_minutes != MachinePolicy.idle_lock_minutes:
        lines.append(translate("Policy", "The window locks after {0} min without input")
                     .format(policy.idle_lock_minutes))
    if policy.tls_ca_bundle is not None:
        lines.append(translate("Policy", "Also trusted: the certificates in {0}").format(
            policy.tls_ca_bundle))
    if not policy.encryption_required:
        lines.append(translate("Policy", "Data on this computer is kept unencrypted"))
    if not policy.ai.enabled:
        lines.append(translate("Policy", "The assistant sends no text to language models"))
    elif policy.ai.endpoint:
        lines.append(translate("Policy", "Language model: {0}").format(
            translate("Policy", "the organisation's gateway") if policy.ai.endpoint == "gateway"
            else policy.ai.endpoint))
        if policy.ai.model:
            lines.append(translate("Policy", "Model used there: {0}").format(policy.ai.model))
    if policy.ai.never_send:
        lines.append(translate("Policy", "Never sent to a language model: {0}").format(
            ", ".join(sorted(policy.ai.never_send))))
    if policy.plugins_allow is not None:
        lines.append(translate("Policy", "Only these modules may run: {0}").format(
            modules(policy.plugins_allow)))
    if policy.plugins_block:
        lines.append(translate("Policy", "Modules that may not run: {0}").format(
            modules(policy.plugins_block)))
    if policy.plugins_forced:
        lines.append(translate("Policy", "Required modules, always on (they cannot be "
                                         "switched off): {0}").format(
            modules(policy.plugins_forced)))
    if policy.denied_permissions:
        lines.append(translate("Policy", "No module may have: {0}").format(
            ", ".join(permission(p) for p in sorted(policy.denied_permissions))))
    if policy.granted_permissions:
        lines.append(translate("Policy", "Approved in advance by your organisation: {0}")
                     .format("; ".join(grant(g) for g in sorted(policy.granted_permissions))))
    if not policy.updates_check:
        lines.append(translate("Policy", "Workplace does not check for new versions: "
                                         "your IT administrator installs them"))
    elif policy.updates_channel == "testing":
        lines.append(translate("Policy", "New versions offered: test versions as well as "
                                         "stable ones"))
    if policy.log_level:
        lines.append(translate("Policy", "Log level: {0}").format(policy.log_level))
    return lines


class GeneralSettingsPage(QWidget):
    """Language and theme; applied when the dialog is accepted. Below them, what the
    organisation's policy sets (read-only: the user sees what is locked and why)."""

    def __init__(self, language: str, theme: str,
                 apply: Callable[[str, str], None], parent: QWidget | None = None,
                 policy: MachinePolicy | None = None,
                 module_name: Callable[[str], str] | None = None) -> None:
        super().__init__(parent)
        self._apply = apply
        self._policy = policy or MachinePolicy()
        self._module_name = module_name
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
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
        self.managed = QGroupBox(self)
        self.managed.setObjectName("Managed")
        self.managed_text = QLabel(self.managed)
        self.managed_text.setWordWrap(True)
        self.managed_text.setTextFormat(Qt.TextFormat.RichText)
        self.managed_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.managed).addWidget(self.managed_text)
        outer.addWidget(self.managed)
        outer.addStretch(1)
        self._retranslate()

    def _retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.language_label.setText(translate("Settings", "&Language:"))
        self.language.setAccessibleName(translate("Settings", "Interface language"))
        self.theme_label.setText(translate("Settings", "&Theme:"))
        self.theme.setAccessibleName(translate("Settings", "Colour theme"))
        for i in range(self.theme.count()):
            self.theme.setItemText(i, theme_title(self.theme.itemData(i)))
        lines = policy_lines(self._policy, self._module_name)
        self.managed.setVisible(bool(lines))
        self.managed.setTitle(translate("Policy", "Set by your organisation"))
        # A bulleted list: a long line wraps under its own text, not under the bullet.
        items = "".join(f"<li>{html.escape(line, quote=False)}</li>" for line in lines)
        why = translate("Policy", "Your IT administrator manages these settings ({0}); they "
                                  "cannot be changed here.").format(self._policy.source)
        self.managed_text.setText(f'<ul style="margin-left: -22px; -qt-list-indent: 1">{items}'
                                  f"</ul><p>{html.escape(why, quote=False)}</p>")
        self.managed_text.setAccessibleName(translate("Policy", "Settings your organisation "
                                                                "manages"))

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
        # Wide enough for the longest section name in this language (up to the maximum).
        self.sections.setMinimumWidth(min(self.sections.maximumWidth(),
                                          self.sections.sizeHintForColumn(0)
                                          + 2 * self.sections.frameWidth() + 8))
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
