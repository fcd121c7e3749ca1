"""The Documents settings page: where the trusted CA certificates are."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from workplace.api import PluginContext

CA_BUNDLE = "ca_bundle"
translate = QCoreApplication.translate


class DocumentsSettingsPage(QWidget):
    """``apply()`` is called when the settings dialog is accepted."""

    def __init__(self, ctx: PluginContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ca_bundle = QLineEdit(str(ctx.settings.get(CA_BUNDLE, "")), self)
        self.ca_bundle.setPlaceholderText("/etc/workplace/nuc-rk-roots.pem")
        self.label = QLabel(self)
        self.label.setBuddy(self.ca_bundle)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.label, self.ca_bundle)
        form.addRow("", self.hint)
        self._retranslate()

    def _retranslate(self) -> None:
        self.label.setText(translate("wp_documents", "Trusted &CA certificates (PEM):"))
        self.hint.setText(translate(
            "wp_documents", "Signatures are valid only if their certificates lead to one of "
            "these roots — the national certification centre's, which your IT "
            "administrator provides."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Texts in a new language."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def apply(self) -> None:
        """Keep the path."""
        self.ctx.settings.set(CA_BUNDLE, self.ca_bundle.text().strip())
