"""The offline store and sync engine inside the running app."""

from __future__ import annotations

import uuid

from workplace.api.store import Query
from workplace.net.connection import Mode, ServerChoice, State
from workplace.shell.offline import SYNC_STATUS
from workplace.store.sync import SyncState

NOTES = "notes_plugin.notes"


def test_the_app_syncs_its_plugins_collections_with_the_embedded_gateway(
        plugin_site, app_runner):
    plugin_site("notes_plugin")
    wp = app_runner.start()
    app_runner.run(wp.connection.start(ServerChoice(Mode.LOCAL)))
    assert wp.connection.state is State.CONNECTED
    app_runner.wait_until(lambda: wp.offline.engine is not None
                          and wp.offline.engine.state is SyncState.ONLINE, timeout=30)
    assert wp.window.status_text(SYNC_STATUS).startswith("Synced ")
    note = str(uuid.uuid4())
    app_runner.run(wp.store.mutate("notes_plugin.create", {"id": note, "title": "Жаңа"}))
    # The local change shows at once; the engine pushes it soon after.
    assert app_runner.run(wp.store.get(NOTES, note)).record.data["title"] == "Жаңа"
    app_runner.wait_until(lambda: wp.offline.engine.unsent == 0
                          and wp.offline.engine.state is SyncState.ONLINE, timeout=30)
    assert app_runner.run(wp.store.get(NOTES, note)).pending == 0
    hits = app_runner.run(wp.store.search("жаң"))
    assert [h.id for h in hits] == [note]
    app_runner.stop(wp)

    # Offline next time: the cache still has everything.
    wp = app_runner.start()
    app_runner.wait_until(lambda: wp.offline.opened)
    assert app_runner.run(wp.store.count(Query(NOTES))) == 1
