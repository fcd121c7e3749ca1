"""The dialogs of the document actions. Each is opened with ``open()`` and awaited
(``common.ask``); none runs a nested event loop."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from wp_documents.domain.model import KINDS
from wp_documents.ui.common import date_format, kind_text
from wp_documents.ui.plurals import PLURALS

translate = QCoreApplication.translate


class _Dialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.layout_ = QVBoxLayout(self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c62828")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("wp_documents", "OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("wp_documents", "Cancel"))
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)

    def problem(self) -> str:
        """Why the dialog cannot be accepted yet ("" if it can)."""
        return ""

    def _try_accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        self.accept()


class TextDialog(_Dialog):
    """One text: a comment, a report."""

    def __init__(self, title: str, label: str, *, required: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.required = required
        caption = QLabel(label, self)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        caption.setBuddy(self.text)
        self.layout_.addWidget(caption)
        self.layout_.addWidget(self.text)
        self.finish_layout()

    def value(self) -> str:
        """The text typed, stripped."""
        return self.text.toPlainText().strip()

    def problem(self) -> str:
        if self.required and not self.value():
            return translate("wp_documents", "Write why: the author will read it.")
        return ""


class DraftDialog(_Dialog):
    """A new draft or a draft's fields."""

    def __init__(self, title: str, data: dict[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        data = data or {}
        form = QFormLayout()
        self.kind = QComboBox(self)
        for kind in KINDS:
            self.kind.addItem(kind_text(kind), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.get("kind", "incoming"))))
        self.title = QLineEdit(str(data.get("title", "")), self)
        self.correspondent = QLineEdit(str(data.get("correspondent") or ""), self)
        self.case_index = QLineEdit(str(data.get("case_index", "")), self)
        self.case_index.setPlaceholderText("01-12")
        self.summary = QPlainTextEdit(str(data.get("summary", "")), self)
        self.summary.setTabChangesFocus(True)
        form.addRow(translate("wp_documents", "&Kind:"), self.kind)
        form.addRow(translate("wp_documents", "&Title:"), self.title)
        form.addRow(translate("wp_documents", "&Correspondent:"), self.correspondent)
        form.addRow(translate("wp_documents", "Case &index:"), self.case_index)
        form.addRow(translate("wp_documents", "&Summary:"), self.summary)
        self.layout_.addLayout(form)
        self.finish_layout()

    def values(self) -> dict[str, Any]:
        """The fields as mutator arguments."""
        return {"kind": self.kind.currentData(), "title": self.title.text().strip(),
                "correspondent": self.correspondent.text().strip(),
                "case_index": self.case_index.text().strip(),
                "summary": self.summary.toPlainText().strip()}

    def problem(self) -> str:
        if not self.title.text().strip():
            return translate("wp_documents", "Give the document a title.")
        return ""


class PeopleList(QListWidget):
    """People with check boxes; the order of checking is kept (the first is the lead)."""

    def __init__(self, people: Sequence[dict[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.order: list[str] = []
        for p in people:
            item = QListWidgetItem(p["name"], self)
            item.setData(Qt.ItemDataRole.UserRole, p["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.names = {p["id"]: p["name"] for p in people}
        self.itemChanged.connect(self._changed)

    def _changed(self, item: QListWidgetItem) -> None:
        pid = str(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked and pid not in self.order:
            self.order.append(pid)
        elif item.checkState() != Qt.CheckState.Checked and pid in self.order:
            self.order.remove(pid)

    def chosen(self) -> list[dict[str, str]]:
        """The people checked, in the order they were checked."""
        return [{"id": pid, "name": self.names[pid]} for pid in self.order]


class PeopleDialog(_Dialog):
    """Choose people (approvers, readers)."""

    def __init__(self, title: str, label: str, people: Sequence[dict[str, str]], *,
                 single: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.single = single
        caption = QLabel(label, self)
        self.people = PeopleList(people, self)
        caption.setBuddy(self.people)
        self.layout_.addWidget(caption)
        self.layout_.addWidget(self.people)
        self.finish_layout()

    def problem(self) -> str:
        n = len(self.people.chosen())
        if n == 0:
            return translate("wp_documents", "Check at least one person (Space checks).")
        if self.single and n > 1:
            return translate("wp_documents", "Check one person only.")
        return ""


class RouteDialog(_Dialog):
    """An approval route: stages in sequence, each with its approvers and rule."""

    def __init__(self, people: Sequence[dict[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(translate("wp_documents", "Send for approval"), parent)
        self.people = list(people)
        self.stages: list[tuple[QComboBox, PeopleList]] = []
        self.stage_box = QVBoxLayout()
        self.layout_.addLayout(self.stage_box)
        self.add = QPushButton(translate("wp_documents", "&Add a stage"), self)
        self.add.clicked.connect(self.add_stage)
        self.layout_.addWidget(self.add, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_stage()
        self.finish_layout()

    def add_stage(self) -> None:
        """One more stage after the others."""
        n = len(self.stages) + 1
        box = QGroupBox(PLURALS.stage(n), self)
        inner = QVBoxLayout(box)
        mode = QComboBox(box)
        mode.addItem(translate("wp_documents", "Every approver must approve"), "all")
        mode.addItem(translate("wp_documents", "Any one approver is enough"), "any")
        mode.addItem(translate("wp_documents", "A majority of approvers"), "majority")
        people = PeopleList(self.people, box)
        people.setMaximumHeight(140)
        inner.addWidget(mode)
        inner.addWidget(people)
        self.stage_box.addWidget(box)
        self.stages.append((mode, people))
        people.setFocus()

    def values(self) -> list[dict[str, Any]]:
        """The stages as the mutator wants them (empty stages left out)."""
        return [{"mode": mode.currentData(), "approvers": people.chosen()}
                for mode, people in self.stages if people.chosen()]

    def problem(self) -> str:
        if not self.values():
            return translate("wp_documents", "Check at least one approver.")
        return ""


class ResolutionDialog(_Dialog):
    """A head's resolution: text, executors (the first checked leads), deadline, control."""

    def __init__(self, people: Sequence[dict[str, str]], deadline: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("wp_documents", "Resolution"), parent)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(90)
        self.executors = PeopleList(people, self)
        self.executors.setMinimumHeight(160)
        self.deadline = QDateEdit(QDate(deadline.year, deadline.month, deadline.day), self)
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat(date_format())
        self.control = QCheckBox(translate("wp_documents", "Put under &control"), self)
        form.addRow(translate("wp_documents", "&Text:"), self.text)
        form.addRow(translate("wp_documents", "&Executors (the first checked leads):"),
                    self.executors)
        form.addRow(translate("wp_documents", "&Deadline:"), self.deadline)
        form.addRow("", self.control)
        self.layout_.addLayout(form)
        self.finish_layout()

    def values(self) -> dict[str, Any]:
        """The resolution as mutator arguments."""
        return {"text": self.text.toPlainText().strip(), "executors": self.executors.chosen(),
                "deadline": self.deadline.date().toString("yyyy-MM-dd"),
                "control": self.control.isChecked()}

    def problem(self) -> str:
        if not self.text.toPlainText().strip():
            return translate("wp_documents", "Write what is to be done.")
        if not self.executors.chosen():
            return translate("wp_documents", "Check at least one executor.")
        return ""


class SignDialog(_Dialog):
    """Sign with a key file or through NCALayer."""

    def __init__(self, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(translate("wp_documents", "Sign"), parent)
        self.layout_.addWidget(QLabel(translate(
            "wp_documents", "The file «{0}» is signed as it is; it is never changed.").format(
                file_name), self))
        self.ncalayer = QRadioButton(translate("wp_documents", "With &NCALayer"), self)
        self.software = QRadioButton(translate("wp_documents", "With a &key file (PKCS#12)"),
                                     self)
        self.ncalayer.setChecked(True)
        self.path = QLineEdit(self)
        self.path.setPlaceholderText("/home/…/RSA256_….p12")
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(translate("wp_documents", "Key &file:"), self.path)
        form.addRow(translate("wp_documents", "&Password:"), self.password)
        self.layout_.addWidget(self.ncalayer)
        self.layout_.addWidget(self.software)
        row = QHBoxLayout()
        row.addSpacing(24)
        row.addLayout(form)
        self.layout_.addLayout(row)
        self.software.toggled.connect(self._enable)
        self._enable(False)
        self.finish_layout()

    def _enable(self, on: bool) -> None:
        self.path.setEnabled(on)
        self.password.setEnabled(on)

    def problem(self) -> str:
        if self.software.isChecked() and not self.path.text().strip():
            return translate("wp_documents", "Give the key file.")
        return ""


class DelegateDialog(_Dialog):
    """A head lets a deputy act for them (approve, write resolutions…) for a period."""

    def __init__(self, people: Sequence[dict[str, str]], start: dt.date, end: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("wp_documents", "Delegate my authority"), parent)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.deputy = PeopleList(people, self)
        self.start = QDateEdit(QDate(start.year, start.month, start.day), self)
        self.end = QDateEdit(QDate(end.year, end.month, end.day), self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format())
        form.addRow(translate("wp_documents", "&Deputy (acts for you):"), self.deputy)
        form.addRow(translate("wp_documents", "&From:"), self.start)
        form.addRow(translate("wp_documents", "&Until (inclusive):"), self.end)
        self.layout_.addLayout(form)
        self.finish_layout()

    def values(self) -> dict[str, Any]:
        """The delegation as mutator arguments."""
        return {"deputy": self.deputy.chosen()[0],
                "start": self.start.date().toString("yyyy-MM-dd"),
                "end": self.end.date().toString("yyyy-MM-dd")}

    def problem(self) -> str:
        if len(self.deputy.chosen()) != 1:
            return translate("wp_documents", "Check one person only.")
        if self.end.date() < self.start.date():
            return translate("wp_documents", "The delegation ends before it starts.")
        return ""
