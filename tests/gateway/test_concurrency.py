"""Many clients pushing and pulling at once: nothing lost, nothing doubled, all converge.

20 clients (threads, each with its own HTTP client; alice and bob by turns, both in
north) work for ``DURATION_S`` seconds on a shared pool of notes. Each repeatedly
pushes batches of ``append_mark`` whose mark is the mutation's own id, sometimes sends
one of its earlier batches again (a retry after a lost answer), sometimes creates a
note, and pulls the changes feed into a local copy by cursor. At the end every client
pulls to the end of the feed and the test checks that:

* every local copy equals the gateway's records (all notes: versions and data);
* no note carries a mark twice;
* the marks on the gateway are exactly the mutation ids that were answered ``applied``
  (or ``duplicate`` of an applied one) — no lost and no doubled mutation;
* the number of ``applied`` answers equals the number of distinct mutation ids sent.
"""

from __future__ import annotations

import json
import os
import random
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from tests.gateway.support import (
    db_records,
    mutation,
    new_id,
    pull_page,
    push,
    push_response,
    signed_in,
    tokens,
)
from tests.helpers.gateway import RunningGateway

DURATION_S = float(os.environ.get("WORKPLACE_CONCURRENCY_SECONDS", "30"))
CLIENTS = 20
POOL = 50
SEED = 2026


@dataclass
class Worker:
    number: int
    username: str
    rng: random.Random
    local: dict[str, dict[str, Any]] = field(default_factory=dict)
    cursor: int = 0
    batches: list[list[dict[str, Any]]] = field(default_factory=list)
    #: every answer received, by mutation id
    answers: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    created: list[str] = field(default_factory=list)
    sent: int = 0
    resent: int = 0
    pulls: int = 0
    error: BaseException | None = None

    def send(self, client: httpx.Client, batch: list[dict[str, Any]]) -> None:
        r = push_response(client, *batch)
        assert r.status_code == 200, r.text
        results = r.json()["results"]
        assert [x["mutation_id"] for x in results] == [m["mutation_id"] for m in batch]
        self.sent += len(batch)
        for result in results:
            self.answers.setdefault(result["mutation_id"], []).append(result)

    def pull(self, client: httpx.Client) -> None:
        while True:
            page = pull_page(client, after=self.cursor, limit=self.rng.choice((20, 100, 500)))
            self.pulls += 1
            assert page["cursor"] >= self.cursor
            for record in page["records"]:
                known = self.local.get(record["id"])
                assert known is None or known["version"] < record["version"]
                self.local[record["id"]] = record
            self.cursor = page["cursor"]
            if not page["has_more"]:
                return

    def step(self, client: httpx.Client, pool: list[str]) -> None:
        roll = self.rng.random()
        if roll < 0.15 and self.batches:
            self.resent += 1
            self.send(client, self.rng.choice(self.batches))
        elif roll < 0.20:
            note_id = new_id()
            self.created.append(note_id)
            batch = [mutation("create", id=note_id, title=f"by client {self.number}")]
            self.batches.append(batch)
            self.send(client, batch)
        elif roll < 0.45:
            self.pull(client)
        else:
            batch = []
            for _ in range(self.rng.randint(1, 5)):
                mutation_id = new_id()
                batch.append(mutation("append_mark", mutation_id=mutation_id,
                                      id=self.rng.choice(pool), mark=mutation_id))
            self.batches.append(batch)
            self.send(client, batch)


def run_worker(gw: RunningGateway, worker: Worker, token: str, pool: list[str],
               start: threading.Barrier, done: threading.Barrier) -> None:
    try:
        with signed_in(gw, worker.username, token=token) as client:
            start.wait(timeout=60)
            stop_at = time.monotonic() + DURATION_S
            while time.monotonic() < stop_at:
                worker.step(client, pool)
            done.wait(timeout=120)  # every push is answered before the final pulls
            worker.pull(client)
    except BaseException as exc:
        worker.error = exc
        start.abort()
        done.abort()


def test_many_clients_converge_without_lost_or_doubled_mutations(
        gateway: RunningGateway) -> None:
    setup = gateway.client("alice")
    pool = [new_id() for _ in range(POOL)]
    created = push(setup, *(mutation("create", id=note_id, title=f"pool {i}")
                            for i, note_id in enumerate(pool)))
    assert {r["status"] for r in created} == {"applied"}
    # One session per user, shared by that user's clients (signing in 20 times would
    # only measure argon2).
    session = {name: tokens(setup, name)["access_token"] for name in ("alice", "bob")}

    workers = [Worker(i, "alice" if i % 2 == 0 else "bob", random.Random(SEED + i))
               for i in range(CLIENTS)]
    start, done = threading.Barrier(CLIENTS), threading.Barrier(CLIENTS)
    threads = [threading.Thread(target=run_worker, name=f"client-{w.number}",
                                args=(gateway, w, session[w.username], pool, start, done))
               for w in workers]
    began = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=DURATION_S + 180)
    elapsed = time.monotonic() - began
    assert not any(t.is_alive() for t in threads), "a client hangs"
    errors = [(w.number, w.error) for w in workers if w.error is not None]
    assert not errors, errors[:1]

    # -- every client's copy equals the gateway's records ---------------------------------
    truth = db_records(gateway)
    assert len(truth) == POOL + sum(len(w.created) for w in workers)
    for w in workers:
        local = {i: {"id": r["id"], "version": r["version"], "deleted": r["deleted"],
                     "department": r["department"], "data": r["data"]}
                 for i, r in w.local.items()}
        assert local == truth, f"client {w.number} differs from the gateway"

    # -- exactly-once ------------------------------------------------------------------
    answers: dict[str, list[dict[str, Any]]] = {}
    for w in workers:
        for mutation_id, got in w.answers.items():
            answers.setdefault(mutation_id, []).extend(got)
    statuses = Counter(a["status"] for got in answers.values() for a in got)
    assert set(statuses) <= {"applied", "duplicate"}, statuses
    for mutation_id, got in answers.items():
        assert [a["status"] for a in got].count("applied") == 1, (mutation_id, got)
        assert all(a["first_status"] == "applied" for a in got
                   if a["status"] == "duplicate"), (mutation_id, got)

    marks_by_note = {i: r["data"]["marks"] for i, r in truth.items()}
    for note_id, marks in marks_by_note.items():
        assert len(marks) == len(set(marks)), f"note {note_id} has a doubled mark"
    all_marks = [m for marks in marks_by_note.values() for m in marks]
    mark_ids = {m["mutation_id"] for w in workers for b in w.batches for m in b
                if m["name"] == "notes_plugin.append_mark"}
    confirmed = {i for i in mark_ids if any(
        a["status"] == "applied" or a.get("first_status") == "applied" for a in answers[i])}
    assert set(all_marks) == confirmed == mark_ids
    assert len(all_marks) == len(mark_ids)
    # Each mark sits on the note its mutation named.
    target = {m["mutation_id"]: m["args"]["id"] for w in workers for b in w.batches
              for m in b}
    for note_id, marks in marks_by_note.items():
        assert all(target[m] == note_id for m in marks)
    assert statuses["applied"] == len(answers)

    figures = {
        "clients": CLIENTS, "seconds": round(elapsed, 1), "duration_s": DURATION_S,
        "mutations_sent": sum(w.sent for w in workers), "unique": len(answers),
        "applied": statuses["applied"], "duplicates": statuses["duplicate"],
        "batches_resent": sum(w.resent for w in workers),
        "notes": len(truth), "marks": len(all_marks),
        "pulls": sum(w.pulls for w in workers),
        "throughput_per_s": round(sum(w.sent for w in workers) / DURATION_S, 1),
    }
    print(f"\nconcurrency: clients={CLIENTS} seconds={DURATION_S:g} "
          f"mutations_sent={figures['mutations_sent']} unique={figures['unique']} "
          f"applied={figures['applied']} duplicates={figures['duplicates']} "
          f"pulls={figures['pulls']} throughput={figures['throughput_per_s']}/s "
          f"(notes={figures['notes']} marks={figures['marks']} "
          f"wall={figures['seconds']}s)")
    out_dir = os.environ.get("WORKPLACE_FIGURES_DIR")
    if out_dir:
        path = Path(out_dir) / "gateway_concurrency.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    assert figures["duplicates"] > 0
    assert figures["pulls"] > CLIENTS
