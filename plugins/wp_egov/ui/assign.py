"""Assigning requests to an executor: whom to offer, the dialog, and the bulk run.

The executors offered are the organisation's staff (``ctx.directory``, kept on this
computer) and the people this computer has seen working on requests (executors and
authors of history entries) — all there is where the directory does not reach. The
signed-in user comes first, then the colleagues of their department, then the rest.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCollator, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from workplace.api import LocalRecord, MutationRejectedError, Query, StaffDirectory, Store
from wp_egov.catalogue import REQUESTS
from wp_egov.ui.queues import number_text

translate = QCoreApplication.translate


async def known_executors(store: Store, directory: StaffDirectory | None = None,
                          ) -> list[dict[str, str]]:
    """Whom a request can be assigned to, in the order offered: the signed-in user,
    their department's colleagues (``"near": "1"``), then everyone else, by name.

    A department is known only from the directory; without it everyone is ordered by
    name after the user, as before there was one."""
    actor = store.actor
    mine = {"id": actor.user_id, "name": actor.display_name or actor.username}
    found: dict[str, str] = {mine["id"]: mine["name"]} if mine["id"] else {}
    near: set[str] = {mine["id"]}
    for person in await directory.people() if directory is not None else ():
        found.setdefault(person.id, person.name)  # the directory's names are current
        if actor.department and person.department == actor.department:
            near.add(person.id)
    records: list[LocalRecord] = await store.query(
        Query(REQUESTS, order_by="updated_at", descending=True, limit=500))
    for local in records:
        d = local.record.data
        if d.get("executor") and d.get("executor_name"):
            found.setdefault(str(d["executor"]), str(d["executor_name"]))
        for h in d.get("history") or ():
            if h.get("by") and h.get("by_name"):
                found.setdefault(str(h["by"]), str(h["by_name"]))
    people = [{"id": k, "name": v, "near": "1" if k in near else ""}
              for k, v in found.items() if v]
    # The collator puts Ә after А and Қ after К, as people look for them; code points
    # would put every Kazakh letter after Я.
    collate = QCollator().sortKey
    return sorted(people, key=lambda p: (p["id"] != mine["id"], not p["near"],
                                         collate(p["name"]), p["id"]))


class AssignTexts(QObject):
    """Messages with plural forms (lupdate finds those only as ``self.tr`` calls)."""

    def title(self, n: int) -> str:
        return self.tr("Assign %n request(s)", "", n)

    def done(self, n: int, name: str) -> str:
        return self.tr("%n request(s) assigned to {0}", "", n).format(name)

    def failed(self, n: int) -> str:
        return self.tr("%n request(s) were not assigned", "", n)


class AssignDialog(QDialog):
    """Choose the executor for one or more requests."""

    submitted = Signal(dict)

    def __init__(self, people: Sequence[dict[str, str]], count: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        texts = AssignTexts(self)
        self.setWindowTitle(texts.title(count))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        label = QLabel(translate("wp_egov", "&Executor:"), self)
        self.people = QComboBox(self)
        near = sum(1 for p in people if p.get("near"))
        for p in people:
            if near > 1 and not p.get("near") and self.people.count() == near:
                # A line between the user's department and everyone else: the order
                # then reads as two lists, each by name, not as one unsorted one.
                self.people.insertSeparator(near)
            self.people.addItem(p["name"], p["id"])
        label.setBuddy(self.people)
        layout.addWidget(label)
        layout.addWidget(self.people)
        hint = QLabel(translate("wp_egov", "The executor sees the requests in \"My requests\" "
                                           "and the deadlines keep running."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("wp_egov", "Assign"))
        ok.setEnabled(self.people.count() > 0)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("wp_egov", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.people.setFocus()

    def accept(self) -> None:
        if self.people.currentIndex() >= 0:
            self.submitted.emit({"id": self.people.currentData(),
                                 "name": self.people.currentText()})
        super().accept()


@dataclass
class BulkResult:
    """What a bulk assignment did: the requests assigned and, per request, why not."""

    assigned: list[str] = field(default_factory=list)
    #: (request number as shown, reason) of each request not assigned.
    failed: list[tuple[str, str]] = field(default_factory=list)


async def assign_all(store: Store, records: Sequence[LocalRecord],
                     person: dict[str, str]) -> BulkResult:
    """One ``wp_egov.assign`` per request, each on its own: a refusal of one request
    is reported and does not stop the others."""
    result = BulkResult()
    for rec in records:
        args: dict[str, Any] = {"id": rec.record.id, "executor": person["id"],
                                "executor_name": person["name"]}
        try:
            await store.mutate("wp_egov.assign", args)
        except MutationRejectedError as exc:
            result.failed.append((request_label(rec), exc.reason))
        else:
            result.assigned.append(rec.record.id)
    return result


def request_label(rec: LocalRecord) -> str:
    """How a message names a request: its number, or its subject until it has one."""
    d = rec.record.data
    if d.get("number") is not None:
        return translate("wp_egov", "No. {0}").format(number_text(d))
    return f"«{str(d.get('subject', ''))[:60]}»"


def result_message(result: BulkResult, name: str) -> tuple[str, str]:
    """The notification's title and body for ``result``."""
    texts = AssignTexts()
    title = texts.done(len(result.assigned), name)
    if not result.failed:
        return title, ""
    lines = [f"{label}: {why}" for label, why in result.failed]
    return title, texts.failed(len(result.failed)) + ":\n" + "\n".join(lines)
