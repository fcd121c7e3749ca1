"""The store and sync engine against the real gateway on loopback."""

from __future__ import annotations

import asyncio
import uuid

import pytest

from tests.helpers.gateway import PASSWORD
from workplace.api import Actor, MutationRejectedError
from workplace.api.store import Query
from workplace.net.session import GatewaySession
from workplace.store.service import StoreService
from workplace.store.sync import SyncEngine

NOTES = "notes_plugin.notes"


class Client:
    """One desktop client: its own cache file, session and sync engine."""

    def __init__(self, gateway, tmp_path, username: str) -> None:
        from notes_plugin.domain import DOMAIN

        self.store = StoreService(tmp_path / f"{username}-{uuid.uuid4().hex[:6]}.db",
                                  {NOTES: ("title", "body")}, DOMAIN.mutators)
        self.session = GatewaySession(gateway.url)
        self.username = username
        self.engine: SyncEngine | None = None

    async def start(self) -> None:
        await self.store.open()
        await self.session.sign_in(self.username, PASSWORD)
        u = self.session.user
        await self.store.set_user(Actor(u.id, u.username, u.department, frozenset(u.roles)))
        self.engine = SyncEngine(self.store, self.session, retry_attempts=2, retry_timeout=5)

    async def close(self) -> None:
        if self.engine is not None:
            await self.engine.stop()
        await self.store.close()
        await self.session.aclose()


def run(coro):
    return asyncio.run(coro)


def test_offline_changes_reach_the_gateway_once_and_others_see_them(gateway, tmp_path):
    async def scenario() -> None:
        alice, bob = Client(gateway, tmp_path, "alice"), Client(gateway, tmp_path, "bob")
        await alice.start()
        await bob.start()
        try:
            note = str(uuid.uuid4())
            receipt = await alice.store.mutate("notes_plugin.create",
                                               {"id": note, "title": "Приказ", "body": ""})
            await alice.store.mutate("notes_plugin.append_mark", {"id": note, "mark": "a"})
            await alice.store.mutate("notes_plugin.number", {"id": note})
            local = await alice.store.get(NOTES, note)
            assert local.pending == 3 and local.record.data["number"] is None  # pending
            assert receipt.records[0].data["title"] == "Приказ"
            await alice.engine.sync_once()
            synced = await alice.store.get(NOTES, note)
            assert synced.pending == 0
            assert synced.record.data["marks"] == ["a"]
            assert synced.record.data["number"] == 1  # given by the gateway
            assert alice.engine.unsent == 0
            await bob.engine.sync_once()
            seen = await bob.store.get(NOTES, note)
            assert seen.record == synced.record
            found = await bob.store.query(Query(NOTES, search="прик"))
            assert [r.record.id for r in found] == [note]
        finally:
            await alice.close()
            await bob.close()

    run(scenario())


def test_a_rejected_change_is_undone_and_kept_with_its_reason(gateway, tmp_path):
    async def scenario() -> None:
        alice, carol = Client(gateway, tmp_path, "alice"), Client(gateway, tmp_path, "carol")
        await alice.start()
        await carol.start()
        try:
            note = str(uuid.uuid4())
            await alice.store.mutate("notes_plugin.create", {"id": note, "title": "Север"})
            await alice.engine.sync_once()
            # Carol (south) edits her own copy of a north note she cannot see on the
            # gateway: locally it is optimistic, the gateway refuses it.
            await carol.store.apply_page(NOTES, [{
                "collection": NOTES, "id": note, "version": 1, "department": "north",
                "audience": [], "deleted": False, "updated_at": "", "data": {
                    "title": "Север", "body": "", "marks": [], "number": None,
                    "author": "x"}}], 0)
            await carol.store.mutate("notes_plugin.edit", {"id": note, "title": "Юг"})
            assert (await carol.store.get(NOTES, note)).record.data["title"] == "Юг"
            await carol.engine.push()
            assert (await carol.store.get(NOTES, note)).record.data["title"] == "Север"
            [rejected] = await carol.store.outbox(("rejected",))
            assert rejected.code == "forbidden" and rejected.reason
            await carol.store.discard(rejected.mutation_id)
            assert await carol.store.outbox() == []
        finally:
            await alice.close()
            await carol.close()

    run(scenario())


def test_edits_to_different_fields_merge_and_same_field_becomes_a_conflict(gateway, tmp_path):
    async def scenario() -> None:
        a1, a2 = Client(gateway, tmp_path, "alice"), Client(gateway, tmp_path, "bob")
        await a1.start()
        await a2.start()
        try:
            note = str(uuid.uuid4())
            await a1.store.mutate("notes_plugin.create", {"id": note, "title": "T", "body": "B"})
            await a1.engine.sync_once()
            await a2.engine.sync_once()
            # Different fields: both survive.
            await a1.store.mutate("notes_plugin.edit", {"id": note, "title": "T1"})
            await a2.store.mutate("notes_plugin.edit", {"id": note, "body": "B2"})
            await a1.engine.sync_once()
            await a2.engine.sync_once()
            await a1.engine.sync_once()
            for c in (a1, a2):
                data = (await c.store.get(NOTES, note)).record.data
                assert (data["title"], data["body"]) == ("T1", "B2")
            # The same field: a conflict for the user, nothing overwritten silently.
            await a1.store.mutate("notes_plugin.edit", {"id": note, "title": "Mine"})
            await a2.store.mutate("notes_plugin.edit", {"id": note, "title": "Theirs"})
            await a2.engine.sync_once()
            await a1.engine.sync_once()
            [conflict] = await a1.store.conflicts()
            assert conflict["fields"] == ["title"]
            assert conflict["mine"]["title"] == "Mine"
            assert conflict["theirs"]["title"] == "Theirs"
            assert (await a1.store.get(NOTES, note)).record.data["title"] == "Theirs"
            await a1.store.resolve_conflict(conflict["mutation_id"], keep_mine=True)
            await a1.engine.sync_once()
            await a2.engine.sync_once()
            for c in (a1, a2):
                assert (await c.store.get(NOTES, note)).record.data["title"] == "Mine"
        finally:
            await a1.close()
            await a2.close()

    run(scenario())


def test_a_refused_local_mutation_writes_nothing(gateway, tmp_path):
    async def scenario() -> None:
        alice = Client(gateway, tmp_path, "alice")
        await alice.start()
        try:
            with pytest.raises(MutationRejectedError, match="must not be empty"):
                await alice.store.mutate("notes_plugin.create",
                                         {"id": str(uuid.uuid4()), "title": "  "})
            assert await alice.store.outbox() == []
            assert await alice.store.count(Query(NOTES)) == 0
        finally:
            await alice.close()

    run(scenario())


def test_offline_the_sync_engine_says_so_and_recovers(gateway, tmp_path):
    async def scenario() -> None:
        alice = Client(gateway, tmp_path, "alice")
        await alice.start()
        real = alice.session.client
        try:
            import httpx

            alice.session.client = httpx.AsyncClient(base_url="http://127.0.0.1:9/api/v1",
                                                     timeout=1)
            await alice.store.mutate("notes_plugin.create",
                                     {"id": str(uuid.uuid4()), "title": "offline"})
            with pytest.raises(httpx.TransportError):
                await alice.engine.sync_once()
            assert await alice.store.unsent_count() == 1
            await alice.session.client.aclose()
            alice.session.client = real
            await alice.engine.sync_once()
            assert await alice.store.unsent_count() == 0
        finally:
            await alice.close()

    run(scenario())
