"""Page containers: build a plugin's page on first show, or explain why it cannot."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from workplace.shell.icons import icon
from workplace.workbench import PageEntry

_log = logging.getLogger("workplace.shell")


class MessagePanel(QWidget):
    """A centred icon, headline and explanation: empty states and failures."""

    def __init__(self, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EmptyState")
        self._icon_name = icon_name
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.headline = QLabel(self)
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.headline.setFont(font)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.picture)
        layout.addWidget(self.headline)
        layout.addWidget(self.body)
        layout.addStretch(2)
        self.refresh_icon()

    def refresh_icon(self) -> None:
        self.picture.setPixmap(icon(self._icon_name).pixmap(48, 48))

    def set_text(self, headline: str, body: str) -> None:
        self.headline.setText(headline)
        self.body.setText(body)
        self.setAccessibleName(headline)


class PageHolder(QWidget):
    """Holds one page of the stack; its widget is made the first time it is shown."""

    def __init__(self, entry: PageEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.content: QWidget | None = None
        self._scroll: QScrollArea | None = None
        self.failure: MessagePanel | None = None
        self._failure_reason = ""
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure_built(self) -> None:
        if self.content is not None or self.failure is not None:
            return
        widget = self.entry.factory()  # guarded: None if the plugin raised
        if widget is None:
            self.show_failure("")
            return
        # In a scroll area: a page wider or taller than the window (a long filter bar,
        # a big form) scrolls instead of forcing the whole window past the screen.
        scroll = QScrollArea(self)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(widget)
        self._scroll = scroll
        self.content = widget
        self._layout.addWidget(scroll)

    def show_failure(self, reason: str) -> None:
        """Replace the page's content by an explanation (its plugin stopped)."""
        self._failure_reason = reason
        if self._scroll is not None:
            self._scroll.hide()
            self._scroll.deleteLater()
            self._scroll = None
            self.content = None
        if self.failure is None:
            self.failure = MessagePanel("error", self)
            self._layout.addWidget(self.failure)
        self._retranslate()

    def _retranslate(self) -> None:
        if self.failure is None:
            return
        translate = QCoreApplication.translate
        body = translate("Shell", "The module that provides this page stopped working. The "
                                  "rest of Workplace works as usual. Try switching the module "
                                  "off and on in Modules, or contact your IT administrator.")
        if self._failure_reason:
            body += "\n\n" + translate("Shell", "Reason: {0}").format(self._failure_reason)
        self.failure.set_text(translate("Shell", "This page is unavailable"), body)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
