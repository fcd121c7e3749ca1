"""RecordListModel: a lazy, bounded Qt table over the local store."""

from __future__ import annotations

import asyncio
import time
import uuid
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from workplace.api import JSONObject
from workplace.api.qt import PLACEHOLDER, RecordListModel
from workplace.api.store import LocalRecord, MutationReceipt, Query, Store
from workplace.store import schema
from workplace.store.service import StoreService

NOTES = "notes_plugin.notes"
COLUMNS = [
    (lambda: "Title", lambda r: str(r.record.data.get("title", ""))),
    (lambda: "Number", lambda r: str(r.record.data.get("n", ""))),
]


class SpyStore(Store):
    """A store that records what the model asked of it."""

    def __init__(self, inner: StoreService) -> None:
        self.inner = inner
        self.counts = 0
        self.offsets: list[int] = []
        self.gate = asyncio.Event()  # reads of records wait until it is set
        self.gate.set()

    async def get(self, collection: str, record_id: str) -> LocalRecord | None:
        return await self.inner.get(collection, record_id)

    async def query(self, query: Query) -> list[LocalRecord]:
        self.offsets.append(query.offset)
        await self.gate.wait()
        return await self.inner.query(query)

    async def count(self, query: Query) -> int:
        self.counts += 1
        return await self.inner.count(query)

    async def mutate(self, name: str, args: JSONObject) -> MutationReceipt:
        return await self.inner.mutate(name, args)

    def watch(self, collections, callback):
        return self.inner.watch(collections, callback)


def bulk_insert(store: StoreService, n: int):
    """Write ``n`` records straight into the cache table in one statement (fast)."""
    table = schema.table_name(NOTES)

    def write() -> None:
        store.local.db.conn.execute(
            f"WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq "
            f"WHERE i < ?) INSERT INTO [{table}](id, version, department, audience, deleted, "
            f"updated_at, data, server_data, server_version, pending) "
            f"SELECT printf('rec-%07d', i), 1, 'north', '[]', 0, '', "
            f"json_object('title', 'Note ' || i, 'n', i), NULL, 1, 0 FROM seq", (n - 1,))

    return store._run(write)


@pytest.fixture
def store(app_runner, tmp_path: Path, plugin_site):
    """An open StoreService with the notes collection (no search: no FTS to feed)."""
    plugin_site("notes_plugin")
    from notes_plugin.domain import DOMAIN

    service = StoreService(tmp_path / "cache.db", {NOTES: ()}, DOMAIN.mutators)
    app_runner.run(service.open())
    yield service
    app_runner.run(service.close())


@pytest.fixture
def checked_model(store, qtmodeltester):
    """Make models watched by Qt's model tester; delete them before the tester goes.

    (A model collected after the C++ tester — as a failed test's traceback can make
    happen — crashes the interpreter and hides the failure.)
    """
    made: list[RecordListModel] = []

    def make(*args, **kwargs) -> RecordListModel:
        model = RecordListModel(*args, **kwargs)
        made.append(model)
        qtmodeltester.check(model)
        return model

    yield make
    for model in made:
        model.close()
        shiboken6.delete(model)


def wait_loaded(app_runner, model: RecordListModel, row: int) -> LocalRecord:
    app_runner.wait_until(lambda: model.record_at(row) is not None)
    record = model.record_at(row)
    assert record is not None
    return record


def test_the_model_passes_qts_model_checks(app_runner, store, checked_model):
    app_runner.run(bulk_insert(store, 450))
    model = checked_model(store, Query(NOTES), COLUMNS, page_size=100, max_pages=3)
    assert model.rowCount() == 0  # nothing is read in the constructor
    app_runner.wait_until(lambda: model.loaded)
    assert model.rowCount() == 450 and model.columnCount() == 2
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Title"
    assert wait_loaded(app_runner, model, 0).record.id == "rec-0000000"
    assert model.index(0, 0).data() == "Note 0"
    assert model.index(0, 1).data() == "0"
    assert wait_loaded(app_runner, model, 449).record.data["title"] == "Note 449"
    # The tester checked the model again on every signal: rows inserted, pages read.


def test_cells_show_a_placeholder_until_their_page_arrives(app_runner, store, checked_model):
    app_runner.run(bulk_insert(store, 250))
    spy = SpyStore(store)
    spy.gate.clear()
    model = checked_model(spy, Query(NOTES), COLUMNS, page_size=100)
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, _roles: changed.append(
        (top.row(), bottom.row())))
    app_runner.wait_until(lambda: model.loaded)
    assert model.rowCount() == 250
    assert model.index(120, 1).data() == PLACEHOLDER
    assert model.record_at(120) is None
    app_runner.wait_until(lambda: 100 in spy.offsets)
    assert model.index(130, 0).data() == PLACEHOLDER
    app_runner.run(asyncio.sleep(0.1))
    assert spy.offsets.count(100) == 1  # asked for once, however often shown
    spy.gate.set()
    app_runner.wait_until(lambda: model.index(120, 0).data() == "Note 120")
    assert (100, 199) in changed
    assert model.index(249, 0).data() == PLACEHOLDER  # the last, short page
    app_runner.wait_until(lambda: model.index(249, 0).data() == "Note 249")
    assert changed[-1] == (200, 249)


def test_the_model_follows_changes_and_shows_unsent_ones(app_runner, store, checked_model):
    app_runner.run(bulk_insert(store, 3))
    model = checked_model(store, Query(NOTES), COLUMNS)
    app_runner.wait_until(lambda: model.rowCount() == 3)
    wait_loaded(app_runner, model, 2)
    note = str(uuid.uuid4())
    app_runner.run(store.mutate("notes_plugin.create", {"id": note, "title": "Жаңа хат"}))
    app_runner.wait_until(lambda: model.rowCount() == 4
                          and model.index(3, 0).data() == "Жаңа хат")
    index = model.index(3, 0)
    assert index.data(RecordListModel.PendingRole) == 1
    assert index.data(RecordListModel.IdRole) == note
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    assert "not yet sent" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole) is None
    app_runner.run(store.mutate("notes_plugin.delete", {"id": note}))
    app_runner.wait_until(lambda: model.rowCount() == 3)
    model.close()
    app_runner.run(store.mutate("notes_plugin.create", {"id": note, "title": "Again"}))
    app_runner.wait_until(lambda: not model._refresh_timer.isActive())
    assert model.rowCount() == 3  # closed: it no longer follows the store


def test_a_million_records_open_at_once_and_only_the_pages_looked_at_are_read(
        app_runner, store, qtbot):
    total = 1_000_000
    app_runner.run(bulk_insert(store, total))
    spy = SpyStore(store)
    view = QTableView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    started = time.monotonic()
    model = RecordListModel(spy, Query(NOTES), COLUMNS, page_size=200, max_pages=4,
                            parent=view)
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    app_runner.wait_until(lambda: model.record_at(0) is not None)
    opened = time.monotonic() - started
    assert model.rowCount() == total
    assert spy.counts == 1
    assert spy.offsets == [0]  # the first page only
    assert opened < 10, f"opening took {opened:.1f} s"

    view.scrollToBottom()
    app_runner.wait_until(lambda: model.record_at(total - 1) is not None, timeout=60)
    middle = view.rowAt(view.viewport().height() // 2)
    assert middle > total - 50
    app_runner.wait_until(lambda: model.index(middle, 0).data() == f"Note {middle}")
    assert model.index(total - 1, 0).data() == f"Note {total - 1}"
    # Nothing between the first and the last pages was read.
    assert all(o == 0 or o >= total - 2 * 200 for o in spy.offsets), spy.offsets
    assert spy.counts == 1

    # Jumping around keeps at most max_pages pages in memory, the recent ones.
    for row in (5_000, 250_000, 500_000, 750_000, 999_000):
        wait_loaded(app_runner, model, row)
    assert len(model.cached_pages) <= 4
    assert model.cached_pages[-1] == 999_000 // 200


def test_a_model_made_before_the_cache_is_open_fills_once_it_is(
        app_runner, tmp_path, checked_model, plugin_site):
    # Plugins' pages are built while the cache is still opening.
    earlier = StoreService(tmp_path / "late.db", {NOTES: ()})  # a cache from a past run
    app_runner.run(earlier.open())
    app_runner.run(bulk_insert(earlier, 5))
    app_runner.run(earlier.close())
    late = StoreService(tmp_path / "late.db", {NOTES: ()})
    model = checked_model(late, Query(NOTES), COLUMNS)
    app_runner.run(asyncio.sleep(0.1))
    assert model.rowCount() == 0 and not model.loaded
    app_runner.run(late.open())
    app_runner.wait_until(lambda: model.rowCount() == 5, timeout=10)
    assert wait_loaded(app_runner, model, 4).record.data["title"] == "Note 4"
    model.close()
    app_runner.run(late.close())
