"""Shared pieces of the reliability tests: a desktop client, snapshots, settling."""

from __future__ import annotations

import importlib
import logging
import uuid
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import httpx

from tests.helpers.gateway import PASSWORD
from workplace.api import Actor, Record
from workplace.net.errors import GatewayError
from workplace.net.session import GatewaySession
from workplace.store import schema
from workplace.store.dbapi import sqlite3  # the cache's driver (SQLCipher)
from workplace.store.local import LocalStore
from workplace.store.service import StoreService, record_from_wire
from workplace.store.sync import MalformedAnswerError, SyncEngine

NOTES = "notes_plugin.notes"
COLLECTIONS = {NOTES: ("title", "body")}
#: What the app's sync loop catches and retries later (workplace.store.sync._run).
SYNC_ERRORS = (httpx.TransportError, OSError, MalformedAnswerError, GatewayError)


def mutators() -> Mapping[str, Any]:
    """The notes plugin's mutators (its site is put on sys.path by the gateway fixture)."""
    domain = importlib.import_module("notes_plugin.domain")
    found: Mapping[str, Any] = domain.DOMAIN.mutators
    return found


class Client:
    """One desktop client: its own cache file, session and sync engine."""

    def __init__(self, base_url: str, cache: Path, username: str, *,
                 retry_attempts: int = 2, retry_timeout: float = 5.0) -> None:
        self.base_url = base_url
        self.cache = cache
        self.username = username
        self.retry_attempts = retry_attempts
        self.retry_timeout = retry_timeout
        self.store = StoreService(cache, COLLECTIONS, mutators())
        self.session = GatewaySession(base_url)
        self.engine: SyncEngine | None = None
        self.errors: Counter[str] = Counter()
        self.recovered: list[str] = []

    async def start(self) -> None:
        self.recovered += await self.store.open()
        await self.session.sign_in(self.username, PASSWORD)
        u = self.session.user
        assert u is not None
        await self.store.set_user(Actor(u.id, u.username, u.department, frozenset(u.roles)))
        self.engine = SyncEngine(self.store, self.session, retry_attempts=self.retry_attempts,
                                 retry_timeout=self.retry_timeout)

    async def _guard(self, step: str) -> bool:
        assert self.engine is not None
        try:
            await getattr(self.engine, step)()
        except SYNC_ERRORS as exc:
            kind = type(exc).__name__
            if isinstance(exc, GatewayError):
                kind = f"GatewayError{exc.status}:{exc.code}"
            self.errors[kind] += 1
            return False
        return True

    async def sync(self) -> bool:
        """One cycle as the app's loop runs it; False if it failed (and will be retried)."""
        return await self._guard("sync_once")

    async def push(self) -> bool:
        return await self._guard("push")

    async def pull(self) -> bool:
        return await self._guard("pull")

    async def close(self) -> None:
        if self.engine is not None:
            await self.engine.stop()
            self.engine = None
        await self.store.close()
        await self.session.aclose()


def _local_rows(local: LocalStore, collection: str) -> dict[str, tuple[Record, int]]:
    cur = local.db.conn.execute(f"SELECT * FROM [{schema.table_name(collection)}]")
    cur.row_factory = sqlite3.Row
    return {r["id"]: (LocalStore.record_of(collection, r), int(r["pending"]))
            for r in cur.fetchall()}


async def local_records(store: StoreService,
                        collection: str = NOTES) -> dict[str, tuple[Record, int]]:
    """Every row of the cache (tombstones included) with its pending count."""
    return await store._run(_local_rows, store.local, collection)


async def gateway_feed(url: str, username: str,
                       collection: str = NOTES) -> dict[str, dict[str, Any]]:
    """The whole changes feed as ``username`` sees it, straight from the gateway."""
    session = GatewaySession(url)
    try:
        await session.sign_in(username, PASSWORD)
        records: dict[str, dict[str, Any]] = {}
        cursor = 0
        while True:
            body = (await session.request("GET", "/sync/changes", params={
                "collection": collection, "after": cursor, "limit": 5000})).json()
            for rec in body["records"]:
                records[rec["id"]] = rec
            cursor = body["cursor"]
            if not body["has_more"]:
                return records
    finally:
        await session.aclose()


async def differences(client: Client, gateway_url: str) -> list[str]:
    """How the client's cache differs from the gateway's feed for its user (empty: none)."""
    feed = await gateway_feed(gateway_url, client.username)
    local = await local_records(client.store)
    problems = []
    for rid in sorted(set(feed) | set(local)):
        if rid not in local:
            problems.append(f"{client.username}: {rid} missing locally")
            continue
        record, pending = local[rid]
        if pending:
            problems.append(f"{client.username}: {rid} still has {pending} pending")
        if rid not in feed:
            problems.append(f"{client.username}: {rid} is not on the gateway: {record}")
        elif record != record_from_wire(feed[rid]):
            problems.append(f"{client.username}: {rid} differs\n  local   {record}\n"
                            f"  gateway {record_from_wire(feed[rid])}")
    return problems


def gateway_mutations(gateway: Any) -> dict[str, dict[str, Any]]:
    """The gateway's idempotency records: mutation_id -> {name, status}."""
    import json

    rows = gateway.gateway.store.conn.execute(
        "SELECT mutation_id, name, result FROM mutations").fetchall()
    return {r[0]: {"name": r[1], "status": json.loads(r[2])["status"]} for r in rows}


def gateway_marks(gateway: Any, note_ids: Iterable[str] | None = None) -> Counter[str]:
    """Every mark on the gateway's notes (of ``note_ids``, or all), with its count."""
    import json

    conn = gateway.gateway.store.conn
    rows = conn.execute("SELECT id, data FROM records WHERE collection = ? AND deleted = 0",
                        (NOTES,)).fetchall()
    wanted = set(note_ids) if note_ids is not None else None
    marks: Counter[str] = Counter()
    for rid, data in rows:
        if wanted is None or rid in wanted:
            marks.update(json.loads(data).get("marks", []))
    return marks


async def settle(clients: list[Client], gateway: Any, *, max_rounds: int = 30) -> int:
    """Sync every client until nothing is unsent and a full round changed nothing."""
    for rounds in range(1, max_rounds + 1):
        before = gateway.gateway.store.current_seq()
        ok = [await c.sync() for c in clients]
        unsent = [await c.store.unsent_count() for c in clients]
        if all(ok) and not any(unsent) and gateway.gateway.store.current_seq() == before:
            return rounds
    raise AssertionError(f"the clients did not settle in {max_rounds} rounds: "
                         f"{[dict(c.errors) for c in clients]}")


def new_id() -> str:
    return str(uuid.uuid4())


class EventCounter(logging.Handler):
    """Counts the store's and sync engine's log events by name (``conflict_merged`` …)."""

    LOGGERS = ("workplace.store", "workplace.sync")

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.counts: Counter[str] = Counter()
        self._levels: list[int] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.counts[str(record.getMessage()).split(" ", 1)[0]] += 1

    def __enter__(self) -> EventCounter:
        for name in self.LOGGERS:
            logger = logging.getLogger(name)
            self._levels.append(logger.level)
            logger.setLevel(logging.INFO)
            logger.addHandler(self)
        return self

    def __exit__(self, *_exc: object) -> None:
        for name, level in zip(self.LOGGERS, self._levels, strict=True):
            logger = logging.getLogger(name)
            logger.removeHandler(self)
            logger.setLevel(level)
