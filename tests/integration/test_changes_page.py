"""The "Changes" page: unsent, refused and conflicting changes, made against the real gateway."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton

from tests.helpers.gateway import PASSWORD
from workplace.api import Actor
from workplace.net.session import GatewaySession
from workplace.shell.application import CHANGES_PAGE
from workplace.store.service import StoreService
from workplace.store.sync import SyncEngine

NOTES = "notes_plugin.notes"


class Client:
    """A desktop client's store, session and sync engine (the app's or another user's)."""

    def __init__(self, gateway, username: str, store: StoreService) -> None:
        self.gateway = gateway
        self.username = username
        self.store = store
        self.session = GatewaySession(gateway.url)
        self.engine: SyncEngine | None = None

    async def start(self) -> None:
        if self.store.path.name != "cache.db":  # the app opens its own
            await self.store.open()
        await self.session.sign_in(self.username, PASSWORD)
        u = self.session.user
        await self.store.set_user(Actor(u.id, u.username, u.department, frozenset(u.roles)),
                                  server=self.gateway.url)
        self.engine = SyncEngine(self.store, self.session, retry_attempts=2, retry_timeout=5)

    async def sync(self) -> None:
        await self.engine.sync_once()

    async def close(self, own_store: bool = True) -> None:
        if self.engine is not None:
            await self.engine.stop()
            self.engine = None
        if own_store:
            await self.store.close()
        await self.session.aclose()


def other_client(gateway, tmp_path, username: str) -> Client:
    from notes_plugin.domain import DOMAIN

    return Client(gateway, username, StoreService(
        tmp_path / f"{username}.db", {NOTES: ("title", "body")}, DOMAIN.mutators))


@pytest.fixture
def clients(app_runner):
    """Clients made by a test; their sessions close even when the test fails."""
    made: list[tuple[Client, bool]] = []
    yield made
    for client, own_store in made:
        if client.engine is not None:
            app_runner.run(client.close(own_store))


def make_changes(app_runner, wp, gateway, tmp_path, clients) -> tuple[Client, dict[str, str]]:
    """Two conflicts, one refused change and one waiting change in the app's store."""
    alice = Client(gateway, "alice", wp.store)
    clients.append((alice, False))
    bob = other_client(gateway, tmp_path, "bob")
    carol = other_client(gateway, tmp_path, "carol")
    notes = {name: str(uuid.uuid4()) for name in ("keep", "take", "south", "offline")}

    async def scenario() -> None:
        await alice.start()
        await bob.start()
        await carol.start()
        try:
            for key, title in (("keep", "Приказ"), ("take", "Служебная записка")):
                await alice.store.mutate("notes_plugin.create",
                                         {"id": notes[key], "title": title, "body": "Текст"})
            await alice.sync()
            await bob.sync()
            for key in ("keep", "take"):
                await alice.store.mutate("notes_plugin.edit",
                                         {"id": notes[key], "title": f"Мой вариант {key}"})
                await bob.store.mutate("notes_plugin.edit",
                                       {"id": notes[key], "title": f"Вариант Боба {key}"})
            await bob.sync()
            await alice.sync()  # both edits clash with Bob's: two conflicts
            # Carol's note is of the south department: Alice may not change it.
            await carol.store.mutate("notes_plugin.create",
                                     {"id": notes["south"], "title": "Южный отчёт"})
            await carol.sync()
            south = await carol.store.get(NOTES, notes["south"])
            record = south.record
            await alice.store.apply_page(NOTES, [{
                "collection": NOTES, "id": record.id, "version": record.version,
                "department": record.department, "audience": [], "deleted": False,
                "updated_at": record.updated_at, "data": dict(record.data)}],
                await alice.store.cursor(NOTES))
            await alice.store.mutate("notes_plugin.edit",
                                     {"id": notes["south"], "title": "Северный отчёт"})
            await alice.engine.push()
            # Made offline: waits.
            await alice.store.mutate("notes_plugin.create",
                                     {"id": notes["offline"], "title": "Черновик"})
        finally:
            await bob.close()
            await carol.close()

    app_runner.run(scenario())
    return alice, notes


def open_page(app_runner, wp):
    assert wp.window.show_page(CHANGES_PAGE)
    page = wp.window.holder(CHANGES_PAGE).content
    assert page is not None
    return page


def select(page, title_part: str) -> None:
    for row in range(page.list.count()):
        if title_part in page.list.item(row).text():
            page.list.setCurrentRow(row)
            return
    raise AssertionError(f"no change about {title_part!r}")


def test_conflicts_refusals_and_waiting_changes_are_listed_and_resolved(
        app_runner, gateway, tmp_path, qtbot, clients):
    wp = app_runner.start()
    app_runner.wait_until(lambda: wp.offline.opened)
    qtbot.waitExposed(wp.window)
    alice, notes = make_changes(app_runner, wp, gateway, tmp_path, clients)
    page = open_page(app_runner, wp)
    app_runner.wait_until(lambda: page.list.count() == 4)
    texts = [page.list.item(r).text() for r in range(4)]
    # What needs the user comes first.
    assert "conflict" in texts[0] and "conflict" in texts[1]
    assert texts[2].startswith("«Северный отчёт»") or texts[2].startswith("«Южный отчёт»")
    assert "refused by the server" in texts[2]
    assert texts[3].startswith("«Черновик»") and "waiting to be sent" in texts[3]
    assert all("Notes · " in t for t in texts)  # the module, then when
    assert "2 conflicts to resolve" in page.summary.text()
    assert "1 change refused by the server" in page.summary.text()
    assert "1 change waiting to be sent" in page.summary.text()

    # A conflict: both versions, field by field, the clashing one marked.
    select(page, "Мой вариант keep")
    assert page.keep_mine.isVisible() and page.take_theirs.isVisible()
    assert not page.discard.isVisible()
    table = page.compare
    cells = {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
             for r in range(table.rowCount())}
    assert cells["title"] == ("Мой вариант keep", "Вариант Боба keep")
    assert cells["body"] == ("Текст", "Текст")
    assert table.item(0, 0).text() == "title"  # the clash first
    assert table.item(0, 1).font().bold() and not table.item(1, 1).font().bold()
    assert "differ" in table.item(0, 2).toolTip()
    assert page.keep_mine.accessibleName() == "Keep my version of «Мой вариант keep»"

    qtbot.mouseClick(page.keep_mine, Qt.MouseButton.LeftButton)
    app_runner.wait_until(lambda: sum("conflict" in page.list.item(r).text()
                                      for r in range(page.list.count())) == 1)
    assert len(app_runner.run(wp.store.conflicts())) == 1
    local = app_runner.run(wp.store.get(NOTES, notes["keep"]))
    assert local.record.data["title"] == "Мой вариант keep" and local.pending == 1

    select(page, "Мой вариант take")
    page.take_theirs.setFocus()
    qtbot.keyClick(page.take_theirs, Qt.Key.Key_Space)  # the keyboard works as well
    app_runner.wait_until(lambda: page.list.count() == 3)
    assert app_runner.run(wp.store.conflicts()) == []
    local = app_runner.run(wp.store.get(NOTES, notes["take"]))
    assert local.record.data["title"] == "Вариант Боба take" and local.pending == 0

    # The refused change: the gateway's reason, and Discard.
    select(page, "refused")
    assert page.reason.isVisible()
    reason, what = page.reason.text().split("\n")
    assert reason.startswith("Reason: ") and len(reason) > len("Reason: ") + 5
    assert what == "Your change: title: Северный отчёт"  # what to make again if needed
    assert page.discard.isVisible() and not page.keep_mine.isVisible()
    qtbot.mouseClick(page.discard, Qt.MouseButton.LeftButton)
    app_runner.wait_until(lambda: page.list.count() == 2)
    assert app_runner.run(wp.store.outbox(("rejected",))) == []
    south = app_runner.run(wp.store.get(NOTES, notes["south"]))
    assert south.record.data["title"] == "Южный отчёт"  # the server's state again

    # Every control says what it is.
    for widget in page.findChildren(QAbstractButton):
        if widget.isVisible():
            assert widget.accessibleName() or widget.text()
    assert page.list.accessibleName() == "Unsent changes"

    # Sending the rest empties the page.
    app_runner.run(alice.sync())
    app_runner.wait_until(lambda: page.stack.currentWidget() is page.empty)
    assert page.empty.headline.text() == "All your changes have reached the server."


def test_the_page_says_so_when_nothing_is_waiting(app_runner, plugin_site, qtbot):
    plugin_site("notes_plugin")
    wp = app_runner.start()
    app_runner.wait_until(lambda: wp.offline.opened)
    page = open_page(app_runner, wp)
    app_runner.wait_until(lambda: page.stack.currentWidget() is page.empty)
    assert page.empty.headline.text() == "All your changes have reached the server."
    wp.set_language("kk")
    assert page.empty.headline.text() == "Барлық өзгерістеріңіз серверге жеткізілді."
    assert wp.window.page_title.text() == "Өзгерістер"
    wp.set_language("en")
    # A change made while the page is open shows up by itself.
    note = str(uuid.uuid4())
    app_runner.run(wp.store.mutate("notes_plugin.create", {"id": note, "title": "Новая"}))
    app_runner.wait_until(lambda: page.stack.currentWidget() is not page.empty
                          and page.list.count() == 1)
    assert "«Новая»" in page.list.item(0).text()
    assert "Changes" in [str(e.title) for e in wp.workbench.pages.entries()]


def test_a_conflict_is_resolved_field_by_field(app_runner, gateway, tmp_path, qtbot, clients):
    """Alice keeps her title and takes Bob's text: the gateway ends up with both."""
    wp = app_runner.start()
    app_runner.wait_until(lambda: wp.offline.opened)
    qtbot.waitExposed(wp.window)
    alice = Client(gateway, "alice", wp.store)
    clients.append((alice, False))
    bob = other_client(gateway, tmp_path, "bob")
    clients.append((bob, True))
    note = str(uuid.uuid4())

    async def clash() -> None:
        await alice.start()
        await bob.start()
        await alice.store.mutate("notes_plugin.create",
                                 {"id": note, "title": "Приказ", "body": "Текст"})
        await alice.sync()
        await bob.sync()
        await alice.store.mutate("notes_plugin.edit",
                                 {"id": note, "title": "Приказ № 5", "body": "Мой текст"})
        await bob.store.mutate("notes_plugin.edit",
                               {"id": note, "title": "Приказ Боба", "body": "Текст Боба"})
        await bob.sync()
        await alice.sync()

    app_runner.run(clash())
    page = open_page(app_runner, wp)
    app_runner.wait_until(lambda: page.list.count() == 1)
    select(page, "Приказ № 5")
    assert page.merge.isVisible() and page.merge.text() == "Keep the chosen values"
    assert set(page._choices) == {"title", "body"}  # one choice per clashing field
    body = page._choices["body"]
    assert body.accessibleName() == "Which value of «body» to keep"
    assert body.currentData() == "mine"  # nothing changes until the user says so
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_Down)  # the keyboard picks "Server's"
    assert body.currentData() == "theirs"
    qtbot.mouseClick(page.merge, Qt.MouseButton.LeftButton)
    app_runner.wait_until(lambda: page.list.count() == 1
                          and "waiting to be sent" in page.list.item(0).text())
    assert app_runner.run(wp.store.conflicts()) == []

    local = app_runner.run(wp.store.get(NOTES, note))
    assert local.record.data["title"] == "Приказ № 5"  # mine, replayed …
    assert local.record.data["body"] == "Текст Боба"  # … with their text kept
    assert local.pending == 1
    app_runner.run(alice.sync())
    app_runner.run(bob.sync())
    theirs = app_runner.run(bob.store.get(NOTES, note))
    mine = app_runner.run(wp.store.get(NOTES, note))
    assert theirs.record.data == mine.record.data
    assert (mine.record.data["title"], mine.record.data["body"]) == ("Приказ № 5", "Текст Боба")
    assert mine.pending == 0 and mine.record.version == theirs.record.version
    app_runner.wait_until(lambda: page.stack.currentWidget() is page.empty)
