"""A state model of three clients, one gateway and a bad network (hypothesis).

Rules: local changes (create, append_mark, edit of a field the client owns), syncs
(a full cycle as the app runs it, or everyone at once so that pushes overtake each
other), network faults through the proxy (drop, duplicate, reorder, all of them), a
user resolving a conflict on marks by keeping theirs, and kills (a sync cancelled at
a random point, the store closed without syncing and opened again from its file).

After every step: nothing typed is lost — each change made is either still in its
client's outbox or remembered as applied by the gateway. At the end (network healed,
conflicts resolved, everyone synced until quiet): every client equals the gateway and
every change was applied exactly once.

Two things are left out by default because the store mishandles them today (see
tests/reliability/test_edge_cases.py): separate push and pull steps (a pull between a
push whose answer was lost and its retry) and deletions (tombstones under pending
changes). WORKPLACE_MODEL_EXTENDED=1 puts them in — run it once the store is fixed.
WORKPLACE_MODEL_EXAMPLES changes the number of examples.
"""

from __future__ import annotations

import asyncio
import importlib
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    rule,
    run_state_machine_as_test,
)

from tests.helpers.fault_proxy import FaultProxy, Faults
from tests.reliability.support import (
    Client,
    differences,
    gateway_marks,
    gateway_mutations,
    local_records,
    new_id,
)

USERS = ("alice", "bob", "alice")  # alice twice: one user on two computers
EDITS = {0: "title", 1: "body"}  # the field each client may edit (no real conflicts)
SYNC_PATHS = ("/api/v1/sync/",)
PROFILES = {
    "off": Faults(paths=SYNC_PATHS),
    "drop": Faults(drop=0.5, paths=SYNC_PATHS),
    "duplicate": Faults(duplicate=0.7, paths=SYNC_PATHS),
    "reorder": Faults(delay=0.9, max_delay=0.08, paths=SYNC_PATHS),
    "all": Faults(drop=0.15, reset=0.15, truncate=0.15, duplicate=0.3, delay=0.3,
                  max_delay=0.05, paths=SYNC_PATHS),
}
MAX_EXAMPLES = int(os.environ.get("WORKPLACE_MODEL_EXAMPLES", "16"))
STEPS = 20
EXTENDED = os.environ.get("WORKPLACE_MODEL_EXTENDED") == "1"
# The mix of steps (a step is drawn from this list).
ACTIONS = ["create", "mark", "mark", "mark", "edit", "edit", "sync", "sync", "sync",
           "sync_all", "sync_all", "kill",
           *(["delete", "push", "pull", "pull"] if EXTENDED else [])]


@dataclass
class ModelWorld:
    gateway: Any
    proxy: FaultProxy
    root: Path


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModelWorld]:
    """One gateway (and proxy) for every example, built like conftest's ``gateway``."""
    from tests.helpers.gateway import RunningGateway, add_users
    from tests.helpers.plugin_site import build_site, forget_modules
    from workplace.pluginhost.domains import load_domains
    from workplace.server.app import GatewayConfig

    root = tmp_path_factory.mktemp("model")
    site = build_site(root / "site", ["notes_plugin"])
    sys.path.insert(0, str(site))
    importlib.invalidate_caches()
    try:
        db = root / "gateway.db"
        add_users(db)
        gateway = RunningGateway(GatewayConfig(
            db_path=db, data_dir=root / "gateway-data", max_upload_bytes=1024 * 1024,
            domains=load_domains(frozenset({"notes_plugin"})))).start()
        try:
            with FaultProxy(gateway.port, seed=0) as proxy:
                yield ModelWorld(gateway, proxy, root)
        finally:
            gateway.stop()
    finally:
        sys.path.remove(str(site))
        forget_modules(["notes_plugin"])


class SyncModel(RuleBasedStateMachine):
    world: ClassVar[ModelWorld]
    stats: ClassVar[Counter[str]] = Counter()

    def __init__(self) -> None:
        super().__init__()
        self.stats["examples"] += 1
        self.n = self.stats["examples"]
        self.loop = asyncio.new_event_loop()
        self.world.proxy.faults_off()
        self.world.proxy.reseed(self.n)
        folder = self.world.root / f"example-{self.n}"
        self.clients: list[Client] = []
        for i, user in enumerate(USERS):
            self.clients.append(Client(self.world.proxy.url, folder / f"client{i}.db", user,
                                       retry_attempts=1))
        self.run(self._start_all())
        self.notes: list[str] = []  # notes of this example, north (everyone sees them)
        self.made: dict[str, dict[str, Any]] = {}  # mutation_id -> what, and by whom
        self.dropped: set[str] = set()  # changes the user chose to give up
        self.counter = 0

    def run(self, coro: Any) -> Any:
        return self.loop.run_until_complete(coro)

    async def _start_all(self) -> None:
        for c in self.clients:
            await c.start()

    def _step(self, name: str) -> None:
        self.stats["steps"] += 1
        self.stats[name] += 1

    async def _known(self, i: int) -> list[str]:
        rows = await local_records(self.clients[i].store)
        return [n for n in self.notes if n in rows and not rows[n][0].deleted]

    async def _mutate(self, i: int, name: str, args: dict[str, Any]) -> None:
        receipt = await self.clients[i].store.mutate(name, args)
        self.made[receipt.mutation_id] = {"client": i, "name": name, **args}

    # -- rules -------------------------------------------------------------------------

    # -- rules: one dispatcher, so that the mix of steps is set here, not by chance ----

    @rule(action=st.sampled_from(ACTIONS), i=st.integers(0, 2),
          profile=st.sampled_from(sorted(PROFILES)), pick=st.integers(0, 1000),
          count=st.integers(1, 4), resolve=st.booleans())
    def act(self, action: str, i: int, profile: str, pick: int, count: int,
            resolve: bool) -> None:
        self._step(action)
        if action in ("create", "mark", "edit"):
            self.run(self.change(i, action, pick, count))
        elif action == "delete":
            self.run(self.delete(i, pick))
        else:  # everything that talks to the gateway goes through today's network
            self.stats[f"faults_{profile}"] += 1
            self.world.proxy.set_faults(PROFILES[profile])
            if resolve:
                self.run(self._resolve(self.clients[i]))
            if action == "sync":
                self.run(self.clients[i].sync())
            elif action == "sync_all":
                self.run(self.sync_everyone_at_once())
            elif action == "kill":
                self.run(self.kill(i, after_ms=pick % 60))
            else:  # push or pull alone
                self.run(getattr(self.clients[i], action)())

    async def change(self, i: int, kind: str, pick: int, count: int) -> None:
        """``count`` local changes of one kind, offline-first."""
        for k in range(count):
            known = await self._known(i)
            self.counter += 1
            if kind == "create" or not known:
                note = new_id()
                self.notes.append(note)
                await self._mutate(i, "notes_plugin.create",
                                   {"id": note, "title": f"n{len(self.notes)}"})
            elif kind == "edit" and i in EDITS:
                await self._mutate(i, "notes_plugin.edit", {
                    "id": known[(pick + k) % len(known)],
                    EDITS[i]: f"{EDITS[i]} {self.counter}"})
            else:
                await self._mutate(i, "notes_plugin.append_mark", {
                    "id": known[(pick + k) % len(known)],
                    "mark": f"x{self.n}-{i}-{self.counter}"})

    async def delete(self, i: int, pick: int) -> None:
        known = await self._known(i)
        if known:
            await self._mutate(i, "notes_plugin.delete", {"id": known[pick % len(known)]})

    async def sync_everyone_at_once(self) -> None:
        """Concurrent pushes and pulls: with delays they reach the gateway out of order."""
        await asyncio.gather(*(c.sync() for c in self.clients))

    async def kill(self, i: int, after_ms: int) -> None:
        """Cut a sync at a random point, drop the store without a word, open it again."""
        old = self.clients[i]
        task = asyncio.ensure_future(old.sync())
        await asyncio.sleep(after_ms / 1000)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        await old.close()
        new = Client(self.world.proxy.url, old.cache, old.username, retry_attempts=1)
        new.errors = old.errors
        self.clients[i] = new
        await new.start()
        assert new.recovered == [], new.recovered

    # -- checks ------------------------------------------------------------------------

    @invariant()
    def nothing_typed_is_lost(self) -> None:
        async def go() -> None:
            remembered = gateway_mutations(self.world.gateway)
            for i, c in enumerate(self.clients):
                queued = {e.mutation_id for e in await c.store.outbox()}
                mine = {m for m, what in self.made.items() if what["client"] == i}
                lost = {m for m in mine - queued - self.dropped
                        if remembered.get(m, {}).get("status") not in ("applied", "rejected")}
                assert not lost, f"client {i} lost {lost}"

        self.run(go())

    async def _resolve(self, c: Client) -> None:
        """The user keeps their marks (re-applied on the gateway's state) and accepts
        that a note deleted meanwhile is gone."""
        for conflict in await c.store.conflicts():
            # A deletion on either side (the store then lists the fields changed on the
            # other side as clashing, or "*deleted*"): the user lets the gateway's state
            # stand.
            if EXTENDED and not (conflict["theirs"] and conflict["mine"]):
                await c.store.resolve_conflict(conflict["mutation_id"], keep_mine=False)
                self.dropped.add(conflict["mutation_id"])
                continue
            assert conflict["fields"] == ["marks"], conflict  # edits never clash
            await c.store.resolve_conflict(conflict["mutation_id"], keep_mine=True)
        if EXTENDED:  # a change to a note deleted meanwhile: the user takes note of it
            for entry in await c.store.outbox(("rejected",)):
                assert entry.code == "not_found", entry
                await c.store.discard(entry.mutation_id)
                self.dropped.add(entry.mutation_id)

    async def _settle(self) -> None:
        store = self.world.gateway.gateway.store
        for _ in range(40):
            before = store.current_seq()
            ok = [await c.sync() for c in self.clients]
            conflicts = 0
            for c in self.clients:
                conflicts += len(await c.store.conflicts())
                await self._resolve(c)
            unsent = [await c.store.unsent_count() for c in self.clients]
            if all(ok) and not conflicts and not any(unsent) \
                    and store.current_seq() == before:
                return
        raise AssertionError("the clients did not settle")

    async def _check(self) -> None:
        self.world.proxy.faults_off()
        await self._settle()
        problems = []
        for c in self.clients:
            problems += await differences(c, self.world.gateway.url)
            assert await c.store.outbox() == [], c.username
            assert await c.store._run(c.store.local.integrity_ok)
        assert problems == [], "\n".join(problems)
        on_gateway = gateway_marks(self.world.gateway, self.notes)
        assert {m: n for m, n in on_gateway.items() if n != 1} == {}, "a mark applied twice"
        remembered = gateway_mutations(self.world.gateway)
        statuses = {m: remembered.get(m, {}).get("status") for m in self.made}
        if not EXTENDED:
            marks_made = {w["mark"] for w in self.made.values() if "mark" in w}
            assert set(on_gateway) == marks_made, "marks lost or invented"
            assert statuses == dict.fromkeys(self.made, "applied")
            return
        # With deletions: a mark is on the gateway iff it was applied to a note that
        # still exists; a change may also have been refused or dropped for a deletion.
        deleted = {w["id"] for m, w in self.made.items()
                   if w["name"] == "notes_plugin.delete" and statuses[m] == "applied"}
        expected = {w["mark"] for m, w in self.made.items()
                    if "mark" in w and statuses[m] == "applied" and w["id"] not in deleted}
        assert set(on_gateway) == expected, "marks lost or invented"
        assert set(statuses.values()) <= {"applied", "rejected", None}, statuses

    def teardown(self) -> None:
        try:
            self.run(self._check())
        finally:
            try:
                for c in self.clients:
                    self.run(c.close())
            finally:
                self.loop.close()
                self.world.proxy.faults_off()


def test_clients_gateway_and_a_bad_network_agree_in_the_end(world: ModelWorld) -> None:
    SyncModel.world = world
    SyncModel.stats = Counter()
    started = time.monotonic()
    run_state_machine_as_test(SyncModel, settings=settings(
        max_examples=MAX_EXAMPLES, stateful_step_count=STEPS, derandomize=True,
        deadline=None, database=None, print_blob=False,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))
    stats = dict(SyncModel.stats)
    print(f"\nmodel: examples={stats.get('examples', 0)} steps={stats.get('steps', 0)} "
          f"seconds={time.monotonic() - started:.1f} rules={stats} "
          f"faults={world.proxy.counters}")
    assert stats.get("steps", 0) > MAX_EXAMPLES
