"""Directed cases the fault, kill and model runs led to: each one a precise sequence.

Each was a defect of the store or the gateway once; the docstrings say what it did.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from tests.helpers.fault_proxy import FaultProxy
from tests.reliability.support import (
    NOTES,
    Client,
    EventCounter,
    differences,
    local_records,
    new_id,
)


def test_a_late_duplicate_answer_does_not_roll_back_a_newer_pulled_state(
        gateway: Any, tmp_path: Path) -> None:
    """A push applied on the gateway whose answer was lost, then a pull, then the retry.

    The retry's answer is ``duplicate`` with the records as they were when the change was
    first applied; by then the cache has pulled a newer state of the note (bob's edit).
    (The engine's own cycle pushes before it pulls, so it does not do this today; the
    store must not depend on it: pull and push are separate public steps.)
    """

    async def scenario() -> None:
        with FaultProxy(gateway.port) as proxy:
            alice = Client(proxy.url, tmp_path / "alice.db", "alice", retry_attempts=1)
            bob = Client(gateway.url, tmp_path / "bob.db", "bob")
            await alice.start()
            await bob.start()
            try:
                note = new_id()
                await alice.store.mutate("notes_plugin.create", {"id": note, "title": "T"})
                assert await alice.sync()
                assert await bob.sync()
                await alice.store.mutate("notes_plugin.append_mark", {"id": note, "mark": "m"})
                proxy.set_faults(drop=1.0, before_share=0.0, paths=("/api/v1/sync/mutations",))
                assert not await alice.push()  # applied on the gateway, the answer is lost
                proxy.faults_off()
                assert proxy.counters["drop_after"] == 1
                await bob.store.mutate("notes_plugin.edit", {"id": note, "body": "bob's"})
                assert await bob.sync()
                assert await alice.pull()
                assert await alice.push()  # answered "duplicate", with the first records
                assert await alice.sync()
                problems = await differences(alice, gateway.url)
                assert problems == [], "\n".join(problems)
            finally:
                await alice.close()
                await bob.close()

    asyncio.run(scenario())


def test_a_queue_of_changes_to_one_record_is_sent_in_one_round_trip(
        gateway: Any, tmp_path: Path) -> None:
    """Offline, a user makes 30 changes to one note: coming online costs one request.

    Once, each queued change went in a request of its own (n changes, n round trips)."""

    async def scenario() -> dict[str, int]:
        with FaultProxy(gateway.port) as proxy, EventCounter() as events:
            alice = Client(proxy.url, tmp_path / "alice.db", "alice")
            await alice.start()
            try:
                note = new_id()
                await alice.store.mutate("notes_plugin.create", {"id": note, "title": "T"})
                for i in range(30):
                    await alice.store.mutate("notes_plugin.append_mark",
                                             {"id": note, "mark": f"m{i}"})
                before = proxy.counters.get("requests", 0)
                assert await alice.push()
                assert await alice.store.unsent_count() == 0
                return {"push_requests": proxy.counters["requests"] - before,
                        "merged": events.counts["conflict_merged"]}
            finally:
                await alice.close()

    figures = asyncio.run(scenario())
    print(f"\none record, 31 queued changes: {figures}")
    assert figures["push_requests"] <= 2, figures


def test_a_change_to_a_note_deleted_elsewhere_leaves_no_ghost(
        gateway: Any, tmp_path: Path) -> None:
    """Once, the cache kept no tombstone as server state: after "take theirs" it showed
    a live, empty note where the gateway had none, for good."""
    async def scenario() -> None:
        alice = Client(gateway.url, tmp_path / "alice.db", "alice")
        bob = Client(gateway.url, tmp_path / "bob.db", "bob")
        await alice.start()
        await bob.start()
        try:
            note = new_id()
            await alice.store.mutate("notes_plugin.create", {"id": note, "title": "T"})
            assert await alice.sync()
            assert await bob.sync()
            await bob.store.mutate("notes_plugin.delete", {"id": note})
            assert await bob.sync()
            await alice.store.mutate("notes_plugin.append_mark", {"id": note, "mark": "m"})
            assert await alice.sync()
            [conflict] = await alice.store.conflicts()  # they deleted what I changed
            assert conflict["record_id"] == note
            await alice.store.resolve_conflict(conflict["mutation_id"], keep_mine=False)
            assert await alice.sync()
            assert await alice.store.get(NOTES, note) is None
            problems = await differences(alice, gateway.url)
            assert problems == [], "\n".join(problems)
        finally:
            await alice.close()
            await bob.close()

    asyncio.run(scenario())


def test_pulling_a_deletion_of_a_note_with_a_pending_change_does_not_wedge_the_pull(
        gateway: Any, tmp_path: Path) -> None:
    """Once, the pending change was replayed on a live, empty note; its mutator failed
    and every later pull failed on the same page."""
    async def scenario() -> None:
        alice = Client(gateway.url, tmp_path / "alice.db", "alice")
        bob = Client(gateway.url, tmp_path / "bob.db", "bob")
        await alice.start()
        await bob.start()
        try:
            note = new_id()
            await alice.store.mutate("notes_plugin.create", {"id": note, "title": "T"})
            assert await alice.sync()
            assert await bob.sync()
            await bob.store.mutate("notes_plugin.delete", {"id": note})
            assert await bob.sync()
            # The user marks the note between the engine's push and its pull.
            await alice.store.mutate("notes_plugin.append_mark", {"id": note, "mark": "m"})
            assert alice.engine is not None
            await alice.engine.pull()
            assert await alice.store.get(NOTES, note) is None
            assert await alice.sync()
            rows = await local_records(alice.store)
            assert rows[note][0].deleted
        finally:
            await alice.close()
            await bob.close()

    asyncio.run(scenario())
