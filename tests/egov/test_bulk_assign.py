"""Bulk assignment from the department queue, by keyboard: Ctrl+A selects the queue,
A asks for the executor, Enter assigns — one mutation per request; a request that
cannot be assigned is named with its reason and the others are assigned anyway."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from wp_egov.ui.assign import AssignDialog

from tests.egov.support import IIN
from tests.helpers.egov_ui import press_assign
from workplace.api import Actor, Query
from workplace.api.notifications import NotificationLevel

REQ = "wp_egov.requests"
ME = Actor("u-head", "aigul", "appeals", frozenset({"head", "clerk", "executor"}),
           "Ахметова Айгүл")
PETROV = {"id": "u-petrov", "name": "Петров Иван"}


def offered(dialog: AssignDialog) -> list[str]:
    """The names the dialog offers, in its order."""
    return [dialog.people.itemText(i) for i in range(dialog.people.count())]


def _register(app_runner, wp, subject: str) -> str:
    rid = str(uuid.uuid4())
    app_runner.run(wp.store.mutate("wp_egov.register", {
        "id": rid, "channel": "eotinish", "service_code": "APPEAL", "lang": "ru",
        "applicant": {"kind": "person", "iin": IIN, "name": "Серікбаев Ержан"},
        "subject": subject, "text": "Прошу принять меры."}))
    return rid


def test_bulk_assignment_by_keyboard_with_a_partial_failure(app_runner, qtbot):
    wp = app_runner.start()
    app_runner.run(wp.store.set_user(ME))
    ids = [_register(app_runner, wp, f"Обращение {n}") for n in range(1, 6)]
    # Petrov already has one (so this computer knows him); one waits for the applicant.
    app_runner.run(wp.store.mutate("wp_egov.assign", {
        "id": ids[0], "executor": PETROV["id"], "executor_name": PETROV["name"]}))
    waiting = _register(app_runner, wp, "Ждёт справку")
    for name, extra in (("wp_egov.assign", {"executor": ME.user_id,
                                            "executor_name": ME.display_name}),
                        ("wp_egov.start", {}), ("wp_egov.wait", {"reason": "Нужна справка"})):
        app_runner.run(wp.store.mutate(name, {"id": waiting, **extra}))

    assert wp.window.show_page("wp_egov.requests")
    page = wp.window.holder("wp_egov.requests").content
    app_runner.wait_until(lambda: page.list_model.rowCount() == 6
                          and all(page.list_model.record_at(r) for r in range(6)))

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(page.selected()) == 6
    dialog = press_assign(page, qtbot, app_runner)  # once it has the list
    assert offered(dialog) == [ME.display_name, PETROV["name"]]
    assert dialog.windowTitle() == "Assign 6 requests"
    assert dialog.isVisible()
    dialog.people.setCurrentIndex(dialog.people.findData(PETROV["id"]))
    qtbot.keyClick(dialog.people, Qt.Key.Key_Return)

    def notified():
        return [n for n in wp.workbench.notifications.items if "assigned" in n.title]

    app_runner.wait_until(notified)
    [note] = notified()
    assert note.title == "5 requests assigned to Петров Иван"
    assert note.level is NotificationLevel.WARNING
    assert note.body.startswith("1 request was not assigned:\n«Ждёт справку»: ")
    assert "current state" in note.body

    records = {r.record.id: r.record.data for r in app_runner.run(wp.store.query(Query(REQ)))}
    assert all(records[i]["executor"] == PETROV["id"] for i in ids)
    assert all(records[i]["status"] == "assigned" for i in ids)
    assert records[waiting]["executor"] == ME.user_id
    assert records[waiting]["status"] == "waiting"
    # One mutation per request assigned, each in the outbox on its own.
    outbox = app_runner.run(wp.store.outbox(("pending",)))
    assigns = [e for e in outbox if e.name == "wp_egov.assign"]
    assert len(assigns) == 2 + 5
