"""The About dialog: product, versions of everything that matters for support."""

from __future__ import annotations

import platform
import sys
from importlib.metadata import PackageNotFoundError, version

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QEvent, Qt, qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import workplace
from workplace.api import API_VERSION
from workplace.shell.icons import app_icon


def _dist_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "—"


def version_report(profile: str) -> str:
    """Plain text for support requests; the same lines as ``workplace --version``."""
    lines = [
        f"Workplace {workplace.__version__}",
        f"Plugin API {API_VERSION}",
        f"Profile {profile}",
        f"Python {platform.python_version()} ({sys.implementation.name})",
        f"Qt {qVersion()}, PySide6 {pyside_version}",
        f"qasync {_dist_version('qasync')}, httpx {_dist_version('httpx')}, "
        f"keyring {_dist_version('keyring')}, sqlite-utils {_dist_version('sqlite-utils')}",
        f"{platform.system()} {platform.release()} ({platform.machine()})",
    ]
    return "\n".join(lines)


class AboutDialog(QDialog):
    def __init__(self, profile: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.logo = QLabel(self)
        self.logo.setPixmap(app_icon().pixmap(64, 64))
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.versions = QPlainTextEdit(version_report(profile), self)
        self.versions.setReadOnly(True)
        self.copy = QPushButton(self)
        self.copy.clicked.connect(
            lambda: QApplication.clipboard().setText(self.versions.toPlainText()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        top = QHBoxLayout()
        top.addWidget(self.logo)
        top.addWidget(self.headline, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.versions, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.copy)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self.resize(560, 360)
        self._retranslate()

    def _retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.setWindowTitle(translate("About", "About Workplace"))
        self.headline.setText(translate(
            "About", "Workplace — a single digital workplace for civil servants: documents, "
            "citizens' requests and an assistant in one window, online or offline."))
        self.versions.setAccessibleName(translate("About", "Versions"))
        self.copy.setText(translate("About", "&Copy versions"))
        self.copy.setAccessibleName(translate("About", "Copy versions to the clipboard"))
        self.close_button.setAccessibleName(self.close_button.text().replace("&", ""))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
