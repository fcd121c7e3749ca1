"""First run: where to work — the demo, this computer only, or the organisation's server."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from workplace.net.connection import (
    Mode,
    ServerChoice,
    check_server_url,
)

translate = QCoreApplication.translate



class FirstRunDialog(QDialog):
    """Asks once where to work; ``chosen`` carries the answer."""

    chosen = Signal(object)  # ServerChoice

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FirstRunDialog")
        self.headline = QLabel(self)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.headline.setFont(font)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.demo = QRadioButton(self)
        self.local = QRadioButton(self)
        self.remote = QRadioButton(self)
        self.group = QButtonGroup(self)
        for button in (self.demo, self.local, self.remote):
            self.group.addButton(button)
        self.demo.setChecked(True)
        self.demo_hint = QLabel(self)
        self.local_hint = QLabel(self)
        self.remote_hint = QLabel(self)
        for hint in (self.demo_hint, self.local_hint, self.remote_hint):
            hint.setWordWrap(True)
            hint.setContentsMargins(24, 0, 0, 6)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://workplace.example.gov.kz")
        self.url.setEnabled(False)
        self.url.setContentsMargins(24, 0, 0, 0)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: palette(bright-text);")
        self.error.hide()
        self.remote.toggled.connect(self.url.setEnabled)
        self.remote.toggled.connect(lambda on: on and self.url.setFocus())
        # A button of our own: QDialogButtonBox puts its own words back on a standard
        # button whenever the language changes, after our _retranslate.
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self._accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.intro)
        for widget in (self.demo, self.demo_hint, self.local, self.local_hint, self.remote,
                       self.remote_hint, self.url, self.error):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(560, 420)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(translate("Connect", "Welcome to Workplace"))
        self.headline.setText(translate("Connect", "Where will you work?"))
        self.intro.setText(translate(
            "Connect", "You can change this later: Ctrl+K, «Change where I work»."))
        self.demo.setText(translate("Connect", "&Try the demo"))
        self.demo_hint.setText(translate(
            "Connect", "A sample organisation with documents and citizens' requests, kept on "
                       "this computer. Nothing is sent anywhere."))
        self.local.setText(translate("Connect", "Work on this &computer only"))
        self.local_hint.setText(translate(
            "Connect", "Start with no data. Your work is kept on this computer."))
        self.remote.setText(translate("Connect", "Connect to my &organisation's server"))
        self.remote_hint.setText(translate(
            "Connect", "The address is given by your IT department."))
        self.url.setAccessibleName(translate("Connect", "Server address"))
        self.ok.setText(translate("Connect", "Continue"))
        self.ok.setAccessibleName(translate("Connect", "Continue"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _accept(self) -> None:
        if self.remote.isChecked():
            try:
                url = check_server_url(self.url.text())
            except ValueError as exc:
                self.error.setText(str(exc))  # already in the user's language
                self.error.show()
                self.url.setFocus()
                return
            choice = ServerChoice(Mode.REMOTE, url)
        else:
            choice = ServerChoice(Mode.DEMO if self.demo.isChecked() else Mode.LOCAL)
        self.accept()
        self.chosen.emit(choice)
