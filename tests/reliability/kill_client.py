"""A desktop client in a process of its own, for tests/reliability/test_kill.py to SIGKILL.

Run::

    WORKPLACE_KILL_PASSWORD=... python tests/reliability/kill_client.py \\
        --url http://127.0.0.1:PORT --cache CACHE.db --journal JOURNAL --mode run \\
        --round 7 --mutations 30

It opens the store on ``--cache`` (repairing it if needed), signs in as ``--user`` and
first RECOVERS: syncs until nothing is left to send. In ``recover`` mode it then prints
``done {...}`` with the state of its outbox and exits. In ``run`` mode it prints
``ready`` and makes ``--mutations`` local changes — each one an ``append_mark`` with a
mark unique to the round — pushing and pulling after each. Every ``mutation_id`` that
``store.mutate`` returned is appended to the journal with flush + fsync AFTER mutate
returned, so a journaled change is one the user was told was saved. A kill may land
between the local commit and the journal line: such a change is in the outbox but not
in the journal, which is fine (it must still reach the gateway exactly once).

Lines on stdout (flushed at once, the test reads them): ``open <recovered json>``,
``synced unsent=N``, ``ready``, ``phase mutate|push|pull``, ``done [json]``.
The notes plugin must be importable (PYTHONPATH), and the password is read from the
``WORKPLACE_KILL_PASSWORD`` environment variable, never from the command line.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import os
import sqlite3
import sys
import uuid
from pathlib import Path
from typing import Any

import httpx

from workplace.api import Actor
from workplace.net.errors import GatewayError
from workplace.net.session import GatewaySession
from workplace.store.service import StoreService
from workplace.store.sync import MalformedAnswerError, SyncEngine

NOTES = "notes_plugin.notes"
NAMESPACE = uuid.UUID("6f1c7f1e-8f0e-4d55-9a43-6b1d3f0c2a10")
RECOVERY_ATTEMPTS = 50


def note_id(index: int) -> str:
    return str(uuid.uuid5(NAMESPACE, f"kill-note-{index}"))


def say(*parts: object) -> None:
    print(*parts, flush=True)


def _journal(fh: Any, *fields: str) -> None:
    fh.write(" ".join(fields) + "\n")
    fh.flush()
    os.fsync(fh.fileno())


async def _recover(engine: SyncEngine, store: StoreService) -> int:
    """Sync until nothing is unsent (the gateway is healthy; errors are retried)."""
    for _ in range(RECOVERY_ATTEMPTS):
        try:
            await engine.sync_once()
        except (httpx.TransportError, OSError, MalformedAnswerError, GatewayError) as exc:
            say("sync_error", type(exc).__name__)
            await asyncio.sleep(0.05)
            continue
        unsent = await store.unsent_count()
        if unsent == 0:
            return 0
    return await store.unsent_count()


async def _work(args: argparse.Namespace, engine: SyncEngine, store: StoreService) -> None:
    with open(args.journal, "a", encoding="utf-8") as journal:
        for i in range(args.mutations):
            note = note_id((args.round + i) % args.notes)
            say("phase mutate")
            if await store.get(NOTES, note) is None:
                receipt = await store.mutate("notes_plugin.create",
                                             {"id": note, "title": "kill note"})
                _journal(journal, "create", receipt.mutation_id, note)
            mark = f"r{args.round}-{i}"
            receipt = await store.mutate("notes_plugin.append_mark", {"id": note, "mark": mark})
            _journal(journal, "mark", receipt.mutation_id, mark)
            try:
                say("phase push")
                await engine.push()
                say("phase pull")
                await engine.pull()
            except (httpx.TransportError, OSError, MalformedAnswerError, GatewayError) as exc:
                say("sync_error", type(exc).__name__)


def _outbox_figures(path: Path) -> dict[str, Any]:
    conn = sqlite3.connect(path)
    try:
        states = dict(conn.execute(
            "SELECT state, count(*) FROM outbox GROUP BY state").fetchall())
        conflicts = conn.execute("SELECT count(*) FROM conflicts").fetchone()[0]
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        conn.close()
    return {"outbox": states, "conflicts": conflicts, "quick_check": check}


async def main(args: argparse.Namespace) -> int:
    domain = importlib.import_module("notes_plugin.domain")  # on PYTHONPATH

    password = os.environ["WORKPLACE_KILL_PASSWORD"]
    store = StoreService(Path(args.cache), {NOTES: ("title", "body")}, domain.DOMAIN.mutators)
    session = GatewaySession(args.url)
    engine: SyncEngine | None = None
    try:
        recovered = await store.open()
        say("open", json.dumps(recovered))
        await session.sign_in(args.user, password)
        u = session.user
        assert u is not None
        await store.set_user(Actor(u.id, u.username, u.department, frozenset(u.roles)))
        engine = SyncEngine(store, session, retry_attempts=3, retry_timeout=10)
        unsent = await _recover(engine, store)
        say(f"synced unsent={unsent}")
        if unsent:
            return 2
        if args.mode == "run":
            say("ready")
            await _work(args, engine, store)
            unsent = await _recover(engine, store)
            say(f"synced unsent={unsent}")
    finally:
        if engine is not None:
            await engine.stop()
        await store.close()
        await session.aclose()
    say("done", json.dumps(_outbox_figures(Path(args.cache))))
    return 0


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--url", required=True, help="the gateway, on loopback")
    parser.add_argument("--cache", required=True, help="the client's cache file")
    parser.add_argument("--journal", required=True, help="where saved mutation ids go")
    parser.add_argument("--mode", choices=("run", "recover"), default="run")
    parser.add_argument("--user", default="alice")
    parser.add_argument("--round", type=int, default=0, help="makes the marks unique")
    parser.add_argument("--mutations", type=int, default=30)
    parser.add_argument("--notes", type=int, default=4, help="notes the marks go to")
    return parser.parse_args(argv)


if __name__ == "__main__":
    sys.exit(asyncio.run(main(parse(sys.argv[1:]))))
