"""The local end of the audit trail: entries and their outbox rows, one transaction.

Runs on the store's thread, on the same connection (and so the same encryption) as
the cache.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

from workplace.api import Actor
from workplace.audit import AUDIT_MUTATOR, FIELDS, GENESIS, AuditEntry, entry_hash
from workplace.store.dbapi import sqlite3
from workplace.store.local import LocalStore

_TABLE = """
CREATE TABLE IF NOT EXISTS audit_log (
    seq INTEGER PRIMARY KEY,
    chain TEXT NOT NULL,
    at TEXT NOT NULL,
    user_id TEXT NOT NULL,
    username TEXT NOT NULL,
    department TEXT NOT NULL,
    plugin TEXT NOT NULL,
    subject TEXT NOT NULL,
    what TEXT NOT NULL,
    why TEXT NOT NULL,
    collection TEXT NOT NULL,
    record_id TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
)"""


def _ensure(conn: sqlite3.Connection) -> None:
    conn.execute(_TABLE)


def _chain_id(local: LocalStore) -> str:
    chain = local.meta("audit_chain")
    if chain is None:
        chain = str(uuid.uuid4())
        local.set_meta("audit_chain", chain)
    return chain


def append(local: LocalStore, actor: Actor, plugin: str, subject: str, what: str, why: str,
           collection: str = "", record_id: str = "") -> AuditEntry:
    """Record one look at personal data; committed when this returns."""
    if not actor.user_id:
        raise PermissionError("nobody is signed in: personal data cannot be shown")
    if not why.strip():
        raise ValueError("the purpose of looking at personal data is required")
    chain = _chain_id(local)
    conn = local.db.conn
    with local._write():
        _ensure(conn)
        last = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"
                            ).fetchone()
        seq, prev = (int(last[0]) + 1, str(last[1])) if last else (1, GENESIS)
        fields: dict[str, Any] = {
            "chain": chain, "seq": seq, "at": datetime.now(UTC).isoformat(),
            "user_id": actor.user_id, "username": actor.username,
            "department": actor.department, "plugin": plugin, "subject": subject,
            "what": what, "why": why.strip(), "collection": collection,
            "record_id": record_id, "prev_hash": prev}
        entry = AuditEntry(**fields, hash=entry_hash(fields))
        columns = (*FIELDS, "hash")
        conn.execute(
            f"INSERT INTO audit_log({', '.join(columns)}) VALUES "
            f"({', '.join('?' for _ in columns)})", [entry.as_dict()[c] for c in columns])
        conn.execute(
            "INSERT INTO outbox(mutation_id, name, args, base_versions, touches, created_at) "
            "VALUES (?, ?, ?, '{}', '[]', ?)",
            (str(uuid.uuid4()), AUDIT_MUTATOR, json.dumps(entry.as_dict(), ensure_ascii=False),
             entry.at))
    return entry


def entries(local: LocalStore) -> list[dict[str, Any]]:
    conn = local.db.conn
    _ensure(conn)
    cur = conn.execute(f"SELECT {', '.join((*FIELDS, 'hash'))} FROM audit_log ORDER BY seq")
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
