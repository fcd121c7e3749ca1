"""The real app offers colleagues of the staff directory who appear in no record: a
head assigns a citizen's request to one, and routes a document through another.
The directory comes from the real gateway on loopback, fetched when the app signs in."""

from __future__ import annotations

import logging
import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from wp_documents.ui.dialogs import RouteDialog
from wp_egov.ui.assign import AssignDialog

from tests.egov.support import IIN
from tests.helpers.egov_ui import press_assign
from tests.helpers.gateway import PASSWORD, RunningGateway
from workplace.api import Query
from workplace.net.connection import Mode, ServerChoice, State
from workplace.net.session import GatewaySession
from workplace.policy import parse_policy

OFF = parse_policy({"storage": {"encryption": "off"}})


def _as(app_runner, wp, gateway: RunningGateway, username: str) -> None:  # type: ignore[no-untyped-def]
    """Bind the app's cache to ``username`` on ``gateway`` and fetch the directory, as
    a sign-in does — without starting sync: the test's gateway runs no module domains,
    so the changes made here stay on this computer."""
    from workplace.api import Actor

    session = GatewaySession(gateway.url)
    app_runner.run(session.sign_in(username, PASSWORD))
    u = session.user
    assert u is not None
    app_runner.run(wp.store.set_user(
        Actor(u.id, u.username, u.department, frozenset(u.roles), u.display_name),
        server=session.base_url))
    assert app_runner.run(wp.directory.refresh(session))
    app_runner.run(session.aclose())


def _offered(dialog: AssignDialog) -> list[str]:
    return [dialog.people.itemText(i) for i in range(dialog.people.count())]


def test_signing_in_fetches_the_directory_for_the_modules(  # type: ignore[no-untyped-def]
        app_runner, gateway, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="workplace.net.directory")
    wp = app_runner.start(policy=OFF)
    plugin = wp.host.records["wp_egov"].instance
    assert app_runner.run(plugin.ctx.directory.people()) == []  # never signed in
    app_runner.run(wp.connection.start(ServerChoice(Mode.REMOTE, gateway.url)))
    app_runner.run(wp.connection.sign_in("alice", PASSWORD))
    assert wp.connection.state is State.CONNECTED
    app_runner.wait_until(lambda: "staff_directory_updated" in caplog.text)
    found = app_runner.run(plugin.ctx.directory.people())
    assert [p.name for p in found] == ["Alice", "Bob", "Carol", "Dave"]


def test_a_head_assigns_a_request_to_a_colleague_no_record_names(  # type: ignore[no-untyped-def]
        app_runner, gateway, qtbot) -> None:
    wp = app_runner.start(policy=OFF)
    _as(app_runner, wp, gateway, "carol")  # head of "south"; Dave works there too
    rid = str(uuid.uuid4())
    app_runner.run(wp.store.mutate("wp_egov.register", {
        "id": rid, "channel": "eotinish", "service_code": "APPEAL", "lang": "ru",
        "applicant": {"kind": "person", "iin": IIN, "name": "Серікбаев Ержан"},
        "subject": "Ремонт дороги", "text": "Прошу принять меры."}))
    assert wp.window.show_page("wp_egov.requests")
    page = wp.window.holder("wp_egov.requests").content
    app_runner.wait_until(lambda: page.list_model.rowCount() == 1
                          and page.list_model.record_at(0) is not None)
    page.table.setFocus()
    page.table.selectRow(0)
    dialog = press_assign(page, qtbot, app_runner)
    # Carol herself, her department, a line, then everyone else — by name.
    assert _offered(dialog) == ["Carol", "Dave", "", "Alice", "Bob"]
    dave = gateway.user_ids["dave"]
    dialog.people.setCurrentIndex(dialog.people.findData(dave))
    qtbot.keyClick(dialog.people, Qt.Key.Key_Return)

    app_runner.wait_until(lambda: any("assigned to Dave" in n.title
                                      for n in wp.workbench.notifications.items))
    [rec] = app_runner.run(wp.store.query(Query("wp_egov.requests")))
    assert rec.record.data["executor"] == dave
    assert rec.record.data["executor_name"] == "Dave"


def test_a_document_is_routed_through_a_colleague_no_record_names(app_runner, gateway) -> None:  # type: ignore[no-untyped-def]
    wp = app_runner.start(policy=OFF)
    _as(app_runner, wp, gateway, "alice")
    doc = str(uuid.uuid4())
    app_runner.run(wp.store.mutate("wp_documents.create", {
        "id": doc, "kind": "internal", "title": "Жылыту маусымы", "case_index": "01-14",
        "lang": "kk"}))
    plugin = wp.host.records["wp_documents"].instance
    assert wp.window.show_page("wp_documents.inbox")
    plugin.open_document(doc)
    app_runner.wait_until(lambda: doc in plugin.cards)
    card = plugin.cards[doc]
    app_runner.wait_until(lambda: card.findChild(QPushButton, "action-send") is not None)
    card.findChild(QPushButton, "action-send").click()
    found: list[RouteDialog] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, RouteDialog) and w.isVisible()]
        return bool(found)

    app_runner.wait_until(shown)
    approvers = found[0].stages[0][1]
    names = [approvers.item(i).text() for i in range(approvers.count())]
    # Alice is the author, the only one the document names; the others come from the
    # directory — Carol, of another department, among them.
    assert names == ["Alice", "Bob", "Carol", "Dave"]
    found[0].reject()


def test_stopping_the_app_ends_a_directory_fetch_still_running(  # type: ignore[no-untyped-def]
        app_runner, gateway, monkeypatch: pytest.MonkeyPatch) -> None:
    # A fetch that has not finished when the app stops (a slow gateway, a quit right
    # after signing in) is cancelled before the session closes, not left to run on.
    import asyncio

    from workplace.net.directory import StaffCache

    started: list[asyncio.Task[object]] = []

    async def slow_refresh(self: StaffCache, session: GatewaySession) -> bool:
        task = asyncio.current_task()
        assert task is not None
        started.append(task)
        await asyncio.sleep(60)
        return True

    monkeypatch.setattr(StaffCache, "refresh", slow_refresh)
    wp = app_runner.start(policy=OFF)
    app_runner.run(wp.connection.start(ServerChoice(Mode.REMOTE, gateway.url)))
    app_runner.run(wp.connection.sign_in("alice", PASSWORD))
    app_runner.wait_until(lambda: bool(started))
    assert not started[0].done()
    app_runner.stop(wp)
    assert started[0].cancelled()
