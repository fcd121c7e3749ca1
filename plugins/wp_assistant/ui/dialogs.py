"""The draft editor and the "what will be sent" preview."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wp_assistant.redaction import CATEGORY_NAMES
from wp_assistant.service import Preview

translate = QCoreApplication.translate


class DraftEditor(QDialog):
    """An answer opened for editing: nothing is applied; the user copies what they keep."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("wp_assistant", "Draft — edit before you use it"))
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        note = QLabel(translate("wp_assistant", "This draft was proposed by the assistant. "
                                                "Read and correct it; it is not sent or saved "
                                                "anywhere until you copy it into a document."))
        note.setWordWrap(True)
        self.editor = QPlainTextEdit(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(translate("wp_assistant", "Copy the draft"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.editor.toPlainText()))
        buttons.rejected.connect(self.reject)
        layout.addWidget(note)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)


class SentPreview(QDialog):
    """Exactly the text that would leave the computer, placeholders and all."""

    def __init__(self, preview: Preview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("wp_assistant", "What will be sent"))
        self.resize(680, 520)
        layout = QVBoxLayout(self)
        if not preview.leaves_computer:
            head = translate("wp_assistant", "Nothing is sent: answers are made on this "
                                             "computer.")
        else:
            found = ", ".join(f"{CATEGORY_NAMES[c]}: {n}" for c, n in preview.redacted.items())
            head = translate("wp_assistant", "To: {0}\nReplaced with placeholders: {1}").format(
                preview.endpoint, found or translate("wp_assistant", "no personal data found"))
        label = QLabel(head)
        label.setWordWrap(True)
        body = QPlainTextEdit("\n\n".join(f"[{m.role}]\n{m.content}"
                                          for m in preview.messages))
        body.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(label)
        layout.addWidget(body, 1)
        layout.addWidget(buttons)
