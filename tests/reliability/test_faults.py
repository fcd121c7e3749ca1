"""Three clients sync through a network that drops, resets, truncates, duplicates and
delays requests; once it heals, every client equals the gateway and every change was
applied exactly once.

WORKPLACE_FAULT_SEED picks another (reproducible) run; WORKPLACE_FIGURES_DIR, if set,
receives the figures as faults.json.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.helpers.fault_proxy import FaultProxy, Faults
from tests.reliability.support import (
    Client,
    EventCounter,
    differences,
    gateway_marks,
    gateway_mutations,
    local_records,
    new_id,
    settle,
)

SEED = int(os.environ.get("WORKPLACE_FAULT_SEED", "1729"))
MUTATIONS_PER_CLIENT = 100
ROUNDS = 20
FAULTS = Faults(drop=0.2, reset=0.2, truncate=0.2, duplicate=0.2, delay=0.2, max_delay=0.1,
                paths=("/api/v1/sync/",))


@dataclass
class Actor:
    """A client and what it may touch, so that no two clients edit the same field."""

    client: Client
    marks_on: str  # whose notes it appends marks to ("own", or "own+shared")
    edits: str  # the field it edits on the others' notes ("title", "body", or "")
    made: dict[str, dict[str, str]] = field(default_factory=dict)  # mutation_id -> what
    own: list[str] = field(default_factory=list)
    counter: int = 0


async def _mutate(actor: Actor, name: str, args: dict[str, str]) -> None:
    receipt = await actor.client.store.mutate(name, args)
    actor.made[receipt.mutation_id] = {"name": name, **args}


async def _step(actor: Actor, rng: random.Random, shared: list[str],
                others: list[str]) -> None:
    """One local change, offline-first (it never waits for the network)."""
    c = actor.client
    actor.counter += 1
    n = actor.counter
    known = {rid for rid, (rec, _p) in (await local_records(c.store)).items()
             if not rec.deleted}
    roll = rng.random()
    targets = [rid for rid in others if rid in known]
    if roll < 0.12 or not actor.own:
        note = new_id()
        actor.own.append(note)
        await _mutate(actor, "notes_plugin.create",
                      {"id": note, "title": f"{c.username} note {n}", "body": ""})
    elif roll < 0.35 and actor.edits and targets:
        await _mutate(actor, "notes_plugin.edit",
                      {"id": rng.choice(targets), actor.edits: f"{c.username} {n}"})
    else:
        pool = actor.own + ([s for s in shared if s in known]
                            if actor.marks_on == "own+shared" else [])
        await _mutate(actor, "notes_plugin.append_mark",
                      {"id": rng.choice(pool), "mark": f"{c.username}-{n}-{rng.random():.6f}"})


def test_clients_converge_exactly_once_through_a_faulty_network(
        gateway: Any, tmp_path: Path) -> None:
    rng = random.Random(SEED)
    started = time.monotonic()

    async def scenario() -> dict[str, object]:
        with FaultProxy(gateway.port, seed=SEED) as proxy, EventCounter() as events:
            clients = [Client(proxy.url, tmp_path / f"{name}.db", name)
                       for name in ("alice", "bob", "carol")]
            for c in clients:
                await c.start()
            try:
                alice, bob, carol = (
                    Actor(clients[0], marks_on="own+shared", edits="title"),
                    Actor(clients[1], marks_on="own", edits="body"),
                    Actor(clients[2], marks_on="own", edits=""))
                # Notes north shares: alice marks them and edits their titles, bob edits
                # their bodies; alice edits the titles of bob's notes, bob the bodies of
                # alice's. Concurrent edits of disjoint fields: conflicts that merge.
                shared = [new_id() for _ in range(3)]
                for note in shared:
                    await _mutate(alice, "notes_plugin.create",
                                  {"id": note, "title": "shared", "body": ""})
                await alice.client.sync()
                proxy.set_faults(FAULTS)
                for _round in range(ROUNDS):
                    for actor, others in ((alice, bob.own), (bob, alice.own + shared),
                                          (carol, [])):
                        for _ in range(MUTATIONS_PER_CLIENT // ROUNDS):
                            await _step(actor, rng, shared, others)
                    # The clients sync at once: their requests overtake each other.
                    await asyncio.gather(*(c.sync() for c in clients))
                    await asyncio.gather(*(c.sync() for c in clients if rng.random() < 0.5))
                proxy.faults_off()
                settle_rounds = await settle(clients, gateway)
                counters = proxy.counters

                problems = []
                for c in clients:
                    problems += await differences(c, gateway.url)
                assert problems == [], "\n".join(problems)

                made = {**alice.made, **bob.made, **carol.made}
                marks_made = Counter(m["mark"] for m in made.values() if "mark" in m)
                on_gateway = gateway_marks(gateway)
                doubled = {m: n for m, n in on_gateway.items() if n != 1}
                lost = set(marks_made) - set(on_gateway)
                assert doubled == {}, f"marks applied more than once: {doubled}"
                assert lost == set(), f"marks lost: {lost}"
                assert set(on_gateway) == set(marks_made)
                remembered = gateway_mutations(gateway)
                assert set(remembered) == set(made), "gateway effects != idempotency keys"
                assert {k: v["status"] for k, v in remembered.items()} == dict.fromkeys(
                    made, "applied")
                for c in clients:
                    assert await c.store.outbox() == [], c.username
                    assert await c.store.conflicts() == [], c.username
                    assert await c.store._run(c.store.local.integrity_ok), c.username
                    assert c.recovered == []
                    assert not [e for e in c.errors if e.startswith("GatewayError")], c.errors
                north = set(alice.own + bob.own + shared)
                assert not north & set(await local_records(carol.client.store))
                return {
                    "seed": SEED, "faults": counters,
                    "mutations": len(made), "marks": len(marks_made),
                    "on_gateway": sum(on_gateway.values()), "lost": len(lost),
                    "doubled": len(doubled), "settle_rounds": settle_rounds,
                    "client_errors": {c.username: dict(c.errors) for c in clients},
                    "conflicts_merged": events.counts["conflict_merged"],
                    "conflicts": events.counts["conflict"],
                }
            finally:
                for c in clients:
                    await c.close()

    figures = asyncio.run(scenario())
    figures["seconds"] = round(time.monotonic() - started, 1)
    print(f"\nfaults: {json.dumps(figures, sort_keys=True)}")
    if os.environ.get("WORKPLACE_FIGURES_DIR"):
        out = os.path.join(os.environ["WORKPLACE_FIGURES_DIR"], "faults.json")
        with open(out, "w", encoding="utf-8") as fh:
            json.dump(figures, fh, indent=2, sort_keys=True)
    faults = figures["faults"]
    assert isinstance(faults, dict)
    for kind in ("drop_before", "drop_after", "reset_before", "reset_after", "truncate",
                 "duplicate", "delay"):
        assert faults.get(kind, 0) > 0, f"the run never applied {kind}: {faults}"

