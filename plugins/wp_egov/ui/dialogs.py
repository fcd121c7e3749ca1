"""Dialogs of the requests module. Opened with ``open()``; results come by signal."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from workplace.api import IdentifierError, new_id, validate_bin, validate_iin
from wp_egov.catalogue import CHANNELS, DEFAULT_SERVICES, TEMPLATES, Template, fill
from wp_egov.ui.texts import channel_name, identifier_problem, term_text

translate = QCoreApplication.translate


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel, dialog)
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("wp_egov", "Cancel"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def _problem_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setObjectName("FieldProblem")
    label.setStyleSheet("color: #b3261e;")
    return label


class RegisterDialog(QDialog):
    """A new request from the counter, the post or a phone call."""

    submitted = Signal(dict)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("wp_egov", "Register a citizen's request"))
        self.setMinimumWidth(560)
        self.channel = QComboBox(self)
        for code in CHANNELS:
            self.channel.addItem(channel_name(code), code)
        self.channel.setCurrentIndex(CHANNELS.index("tson"))
        self.service = QComboBox(self)
        for s in DEFAULT_SERVICES:
            self.service.addItem(f"{s.name(language)} — " + term_text(s.term_days), s.code)
        self.person = QRadioButton(translate("wp_egov", "Individual (IIN)"), self)
        self.org = QRadioButton(translate("wp_egov", "Legal entity (BIN)"), self)
        self.person.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.person)
        kinds.addButton(self.org)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.person)
        kind_row.addWidget(self.org)
        kind_row.addStretch(1)
        self.number = QLineEdit(self)
        self.number.setMaxLength(12)
        self.number.setPlaceholderText(translate("wp_egov", "12 digits"))
        self.number_problem = _problem_label(self)
        self.name = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText("+7 7xx xxx xx xx")
        self.email = QLineEdit(self)
        self.address = QLineEdit(self)
        self.subject = QLineEdit(self)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.lang = QComboBox(self)
        self.lang.addItem("Қазақша", "kk")
        self.lang.addItem("Русский", "ru")
        self.lang.setCurrentIndex(0 if language == "kk" else 1)
        form = QFormLayout()
        form.addRow(translate("wp_egov", "Channel"), self.channel)
        form.addRow(translate("wp_egov", "Service"), self.service)
        form.addRow(translate("wp_egov", "Applicant"), kind_row)
        self.number_label = QLabel(self)
        form.addRow(self.number_label, self.number)
        form.addRow("", self.number_problem)
        form.addRow(translate("wp_egov", "Name"), self.name)
        form.addRow(translate("wp_egov", "Phone"), self.phone)
        form.addRow(translate("wp_egov", "E-mail"), self.email)
        form.addRow(translate("wp_egov", "Address"), self.address)
        form.addRow(translate("wp_egov", "Subject"), self.subject)
        form.addRow(translate("wp_egov", "Text"), self.text)
        form.addRow(translate("wp_egov", "Language of the reply"), self.lang)
        self.buttons = _buttons(self, translate("wp_egov", "Register"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for w in (self.number, self.name, self.subject):
            w.textChanged.connect(self._check)
        self.text.textChanged.connect(self._check)
        self.person.toggled.connect(self._check)
        self._check()

    @property
    def kind(self) -> str:
        return "org" if self.org.isChecked() else "person"

    def number_error(self) -> str:
        """Why the IIN/BIN typed is not valid ("" when it is, or nothing is typed yet)."""
        value = self.number.text().strip()
        if not value:
            return ""
        try:
            validate_bin(value) if self.kind == "org" else validate_iin(value)
        except IdentifierError as exc:
            if exc.code == "length" and value.isdigit() and len(value) < 12:
                return ""  # still typing: say nothing until 12 digits or a non-digit
            return identifier_problem(self.kind, exc.code)
        return ""

    def _check(self) -> None:
        self.number_label.setText(translate("wp_egov", "BIN") if self.kind == "org"
                                  else translate("wp_egov", "IIN"))
        problem = self.number_error()
        value = self.number.text().strip()
        if not problem and value and len(value) < 12:
            problem = ""
        self.number_problem.setText(problem)
        self.number_problem.setVisible(bool(problem))
        complete = (not problem and (not value or len(value) == 12)
                    and all(w.text().strip() for w in (self.name, self.subject))
                    and bool(self.text.toPlainText().strip()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(complete)

    def args(self) -> dict[str, Any]:
        return {
            "id": new_id(), "channel": self.channel.currentData(),
            "service_code": self.service.currentData(),
            "applicant": {"kind": self.kind, "iin": self.number.text().strip(),
                          "name": self.name.text().strip(), "phone": self.phone.text().strip(),
                          "email": self.email.text().strip(),
                          "address": self.address.text().strip()},
            "subject": self.subject.text().strip(), "text": self.text.toPlainText().strip(),
            "lang": self.lang.currentData(),
        }

    def accept(self) -> None:
        self.submitted.emit(self.args())
        super().accept()


class ReplyDialog(QDialog):
    """A reply from a template (kk or ru), edited, then sent as the decision."""

    submitted = Signal(dict)

    def __init__(self, values: dict[str, Any], language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("wp_egov", "Reply to the applicant"))
        self.setMinimumSize(620, 460)
        self.values = values
        self.template = QComboBox(self)
        for t in TEMPLATES:
            self.template.addItem(t.title(language), t.code)
        self.lang = QComboBox(self)
        self.lang.addItem("Қазақша", "kk")
        self.lang.addItem("Русский", "ru")
        self.lang.setCurrentIndex(0 if values.get("lang") == "kk" else 1)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(translate("wp_egov", "Template"), self.template)
        form.addRow(translate("wp_egov", "Language"), self.lang)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        self.files: list[Path] = []
        self.file_list = QListWidget(self)
        self.file_list.setMaximumHeight(90)
        self.file_list.setAccessibleName(translate("wp_egov", "Attached files"))
        self.attach_button = QPushButton(translate("wp_egov", "&Attach files…"), self)
        self.attach_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(translate("wp_egov", "Re&move the file"), self)
        self.remove_button.clicked.connect(self.remove_file)
        files_row = QHBoxLayout()
        files_row.addWidget(self.attach_button)
        files_row.addWidget(self.remove_button)
        files_row.addStretch(1)
        layout.addLayout(files_row)
        layout.addWidget(self.file_list)
        hint = QLabel(translate("wp_egov", "The reply is sent with the decision of the "
                                           "template: answered, granted or refused."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.buttons = _buttons(self, translate("wp_egov", "Send the reply"))
        layout.addWidget(self.buttons)
        self.template.currentIndexChanged.connect(self._fill)
        self.lang.currentIndexChanged.connect(self._fill)
        self.text.textChanged.connect(lambda: self.buttons.button(
            QDialogButtonBox.StandardButton.Ok).setEnabled(
                bool(self.text.toPlainText().strip())))
        self._fill()
        self._show_files()

    def choose_files(self) -> QFileDialog:
        dialog = QFileDialog(self, translate("wp_egov", "Files to attach to the reply"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.filesSelected.connect(lambda names: self.add_files([Path(n) for n in names]))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def add_files(self, paths: list[Path]) -> None:
        for path in paths:
            if path not in self.files:
                self.files.append(path)
        self._show_files()

    def remove_file(self) -> None:
        row = self.file_list.currentRow()
        if 0 <= row < len(self.files):
            del self.files[row]
        self._show_files()

    def _show_files(self) -> None:
        self.file_list.clear()
        self.file_list.addItems([p.name for p in self.files])
        self.file_list.setVisible(bool(self.files))
        self.remove_button.setVisible(bool(self.files))
        if self.files:
            self.file_list.setCurrentRow(len(self.files) - 1)

    def chosen(self) -> Template:
        return TEMPLATES[max(self.template.currentIndex(), 0)]

    def _fill(self) -> None:
        self.text.setPlainText(fill(self.chosen().text(str(self.lang.currentData())),
                                    self.values))

    def accept(self) -> None:
        t = self.chosen()
        self.submitted.emit({"decision": t.decision, "template": t.code,
                             "lang": self.lang.currentData(),
                             "text": self.text.toPlainText().strip(),
                             "files": list(self.files)})
        super().accept()


class TextDialog(QDialog):
    """Asks for a text (a reason, a purpose, a body), optionally a date too."""

    submitted = Signal(dict)

    def __init__(self, title: str, prompt: str, ok_text: str, *,
                 choices: list[str] | None = None, second: str = "",
                 second_text: str = "", date_label: str = "",
                 date_range: tuple[date, date] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.choice: QComboBox | None = None
        if choices:
            self.choice = QComboBox(self)
            self.choice.addItems(choices)
            self.choice.setEditable(True)
            self.choice.setCurrentIndex(-1)
            line = self.choice.lineEdit()
            if line is not None:
                line.setPlaceholderText(translate("wp_egov", "Choose or type…"))
            label.setBuddy(self.choice)
            layout.addWidget(self.choice)
            self.choice.currentTextChanged.connect(self._check)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        if not choices:
            label.setBuddy(self.text)
            layout.addWidget(self.text, 1)
            self.text.textChanged.connect(self._check)
        self.second: QPlainTextEdit | None = None
        if second:
            layout.addWidget(QLabel(second, self))
            self.second = QPlainTextEdit(second_text, self)
            self.second.setTabChangesFocus(True)
            layout.addWidget(self.second, 1)
        self.day: QDateEdit | None = None
        if date_label and date_range:
            row = QFormLayout()
            self.day = QDateEdit(self)
            self.day.setCalendarPopup(True)
            self.day.setDisplayFormat("dd.MM.yyyy")  # as the module writes dates everywhere
            lo, hi = date_range
            self.day.setDateRange(QDate(lo.year, lo.month, lo.day),
                                  QDate(hi.year, hi.month, hi.day))
            self.day.setDate(QDate(hi.year, hi.month, hi.day))
            row.addRow(date_label, self.day)
            layout.addLayout(row)
        self.buttons = _buttons(self, ok_text)
        layout.addWidget(self.buttons)
        self._check()

    def value(self) -> str:
        if self.choice is not None:
            return self.choice.currentText().strip()
        return self.text.toPlainText().strip()

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.value()))

    def accept(self) -> None:
        out: dict[str, Any] = {"text": self.value()}
        if self.second is not None:
            out["second"] = self.second.toPlainText().strip()
        if self.day is not None:
            d = self.day.date()
            out["date"] = date(d.year(), d.month(), d.day()).isoformat()
        self.submitted.emit(out)
        super().accept()


def purposes() -> list[str]:
    return [translate("wp_egov", "Preparing the reply to the applicant"),
            translate("wp_egov", "Checking the applicant's identity"),
            translate("wp_egov", "Answering a request of another state body"),
            translate("wp_egov", "Checking for duplicate requests")]


def center(widget: QWidget) -> None:
    widget.setWindowModality(Qt.WindowModality.WindowModal)
