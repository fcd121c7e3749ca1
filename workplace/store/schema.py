"""The local cache's schema: fixed tables, one table per collection, FTS5 by triggers.

A collection ``plugin.name`` gets the table ``c__plugin__name`` and, when it has
search fields, the FTS5 table ``c__plugin__name__fts`` kept current by triggers on
the collection table. Triggers are (re)created by :func:`ensure_collection` every time
the store opens — so a table rebuilt by a migration (sqlite-utils' ``transform``
drops triggers) gets them back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from workplace.store.dbapi import sqlite3

if TYPE_CHECKING:
    from sqlite_utils import Database

SCHEMA_VERSION = 1
#: Word-prefix lengths the full-text indexes keep ready (FTS5 ``prefix``).
FTS_PREFIXES = "2 3 4 5 6"
_NAME_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_-]+)+$")
_FIELD_RE = re.compile(r"^[a-z][a-z0-9_]*$")

# Migrations of the fixed tables, by version (PRAGMA user_version).
MIGRATIONS: list[str] = [
    """
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS cursors (collection TEXT PRIMARY KEY, cursor INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        mutation_id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        args TEXT NOT NULL,
        base_versions TEXT NOT NULL,
        touches TEXT NOT NULL,
        created_at TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        code TEXT,
        reason TEXT
    );
    CREATE INDEX IF NOT EXISTS outbox_state ON outbox(state, seq);
    CREATE TABLE IF NOT EXISTS conflicts (
        mutation_id TEXT PRIMARY KEY,
        collection TEXT NOT NULL,
        record_id TEXT NOT NULL,
        base TEXT NOT NULL,
        mine TEXT NOT NULL,
        theirs TEXT NOT NULL,
        theirs_version INTEGER NOT NULL,
        fields TEXT NOT NULL,
        created_at TEXT NOT NULL
    )
    """,
    # A conflict resolved field by field: "collection/id" -> the fields whose server
    # values the change, sent again, must leave as they are.
    """
    ALTER TABLE outbox ADD COLUMN keep_theirs TEXT
    """,
]


def table_name(collection: str) -> str:
    if not _NAME_RE.match(collection):
        raise ValueError(f"not a collection name: {collection!r}")
    return "c__" + collection.replace(".", "__").replace("-", "_")


def migrate(db: Database) -> None:
    conn = db.conn
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > len(MIGRATIONS):
        raise sqlite3.DatabaseError(
            f"the local cache was written by a newer Workplace (schema {version})")
    for number in range(version, len(MIGRATIONS)):
        with conn:
            for statement in MIGRATIONS[number].split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number + 1}")
    ensure_outbox_keys(db)


# The records each outbox entry touches (its ``touches`` and the keys of its
# ``base_versions``), kept by triggers: answering a pushed batch looks up the few later
# entries that touch the same records instead of reading the whole outbox per record.
_OUTBOX_KEYS_OF_NEW = (
    "SELECT value, new.seq FROM json_each(CASE WHEN json_valid(new.touches) "
    "THEN new.touches ELSE '[]' END) UNION SELECT key, new.seq FROM json_each("
    "CASE WHEN json_valid(new.base_versions) THEN new.base_versions ELSE '{}' END)")


def ensure_outbox_keys(db: Database) -> None:
    """Create (and on first use fill) the outbox's key index; (re)create its triggers.

    Derived data, like the FTS triggers: no schema version of its own, so an older
    Workplace still opens the cache (and its writes keep the index current).
    """
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")  # all or nothing: a half-filled index would mislead
    try:
        new = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
                           "name = 'outbox_keys'").fetchone() is None
        conn.execute("CREATE TABLE IF NOT EXISTS outbox_keys (key TEXT NOT NULL, "
                     "seq INTEGER NOT NULL, PRIMARY KEY (key, seq)) WITHOUT ROWID")
        conn.execute("CREATE INDEX IF NOT EXISTS outbox_keys_seq ON outbox_keys(seq)")
        for event in ("insert", "update", "delete"):
            conn.execute(f"DROP TRIGGER IF EXISTS outbox_keys_{event}")
        conn.execute(f"CREATE TRIGGER outbox_keys_insert AFTER INSERT ON outbox BEGIN "
                     f"INSERT OR IGNORE INTO outbox_keys(key, seq) {_OUTBOX_KEYS_OF_NEW}; END")
        conn.execute(f"CREATE TRIGGER outbox_keys_update AFTER UPDATE OF seq, touches, "
                     f"base_versions ON outbox BEGIN "
                     f"DELETE FROM outbox_keys WHERE seq = old.seq; "
                     f"INSERT OR IGNORE INTO outbox_keys(key, seq) {_OUTBOX_KEYS_OF_NEW}; END")
        conn.execute("CREATE TRIGGER outbox_keys_delete AFTER DELETE ON outbox BEGIN "
                     "DELETE FROM outbox_keys WHERE seq = old.seq; END")
        if new:
            conn.execute(
                "INSERT OR IGNORE INTO outbox_keys(key, seq) "
                "SELECT j.value, o.seq FROM outbox o, json_each(CASE WHEN "
                "json_valid(o.touches) THEN o.touches ELSE '[]' END) j UNION "
                "SELECT j.key, o.seq FROM outbox o, json_each(CASE WHEN "
                "json_valid(o.base_versions) THEN o.base_versions ELSE '{}' END) j")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def ensure_collection(db: Database, collection: str, search: tuple[str, ...]) -> None:
    """Create the collection's table, its FTS index and the triggers that feed it."""
    table = table_name(collection)
    for name in search:
        if not _FIELD_RE.match(name):
            raise ValueError(f"not a field name: {name!r}")
    rows = db.table(table)
    if not rows.exists():
        rows.create({
            "id": str, "version": int, "department": str, "audience": str, "deleted": int,
            "updated_at": str, "data": str, "server_data": str, "server_version": int,
            "pending": int, "server_meta": str,
        }, pk="id", not_null={"id", "version", "data", "pending"},
            defaults={"pending": 0, "deleted": 0, "version": 0})
        rows.create_index(["updated_at"])
    elif "server_meta" not in {c[1] for c in db.conn.execute(f"PRAGMA table_info([{table}])")}:
        # Added later: NULL means "the row's own columns are the server's", which is what
        # an older cache assumed of every row.
        db.conn.execute(f"ALTER TABLE [{table}] ADD COLUMN server_meta TEXT")
    # Counting and paging the live records (a list's rows, its scroll bar) reads this
    # small index instead of every record (~2 KB each).
    db.conn.execute(f"CREATE INDEX IF NOT EXISTS [{table}__live] ON [{table}](deleted)")
    if not search:
        return
    fts = f"{table}__fts"
    columns = ", ".join(search)
    # Prefix indexes: a word typed so far ("год", "жұмыс") is one entry to read, not the
    # merged entries of every word it begins — which over a million records took tens
    # of milliseconds per short prefix, several times per search.
    options = f"{columns}, tokenize = 'unicode61 remove_diacritics 0', prefix = '{FTS_PREFIXES}'"
    row = db.conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (fts,)).fetchone()
    if row is not None and options not in str(row[0]):
        # Made by an older Workplace (or for other fields): index the records again.
        with db.conn:
            db.conn.execute(f"DROP TABLE [{fts}]")
            row = None
    if row is None:
        values = ", ".join(f"coalesce(json_extract(data, '$.{f}'), '')" for f in search)
        db.conn.execute("BEGIN IMMEDIATE")
        try:
            db.conn.execute(f"CREATE VIRTUAL TABLE [{fts}] USING fts5({options})")
            db.conn.execute(f"INSERT INTO [{fts}](rowid, {columns}) SELECT rowid, {values} "
                            f"FROM [{table}] WHERE deleted = 0")
        except BaseException:
            db.conn.execute("ROLLBACK")
            raise
        db.conn.execute("COMMIT")
    values_new = ", ".join(
        f"coalesce(json_extract(new.data, '$.{f}'), '')" for f in search)
    # Deleted records leave the index; a write that changes a search field (or deletes or
    # revives the record) replaces the row's entry. Other writes — a status, the server's
    # copy of what the cache already shows — leave the index alone.
    touched = " OR ".join(
        ["old.rowid IS NOT new.rowid", "old.deleted IS NOT new.deleted",
         *(f"json_extract(old.data, '$.{f}') IS NOT json_extract(new.data, '$.{f}')"
           for f in search)])
    with db.conn:
        for event in ("insert", "update", "delete"):
            db.conn.execute(f"DROP TRIGGER IF EXISTS [{table}__fts_{event}]")
        db.conn.execute(
            f"CREATE TRIGGER [{table}__fts_insert] AFTER INSERT ON [{table}] "
            f"WHEN new.deleted = 0 BEGIN "
            f"INSERT INTO [{fts}](rowid, {columns}) VALUES (new.rowid, {values_new}); END")
        db.conn.execute(
            f"CREATE TRIGGER [{table}__fts_update] AFTER UPDATE ON [{table}] "
            f"WHEN {touched} BEGIN "
            f"DELETE FROM [{fts}] WHERE rowid = old.rowid; "
            f"INSERT INTO [{fts}](rowid, {columns}) SELECT new.rowid, {values_new} "
            f"WHERE new.deleted = 0; END")
        db.conn.execute(
            f"CREATE TRIGGER [{table}__fts_delete] AFTER DELETE ON [{table}] BEGIN "
            f"DELETE FROM [{fts}] WHERE rowid = old.rowid; END")


def ensure_indexes(db: Database, collection: str, indexes: Sequence[tuple[str, ...]]) -> None:
    """Keep exactly the declared indexes on the collection's data fields.

    Each is on ``(deleted, json_extract(data, '$.f1'), …)``: the expressions are the
    ones :class:`~workplace.store.local.LocalStore` queries with, so SQLite reads a
    queue's page and its count from the index. Derived data, like the FTS triggers:
    no schema version; one no longer declared is dropped (it would only slow writes).
    """
    table = table_name(collection)
    prefix = f"{table}__by__"
    wanted: dict[str, tuple[str, ...]] = {}
    for fields in indexes:
        if not fields or not all(_FIELD_RE.match(f) for f in fields):
            raise ValueError(f"not an index of field names: {fields!r}")
        wanted[prefix + "__".join(fields)] = tuple(fields)
    have = {r[0] for r in db.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND name LIKE ? ESCAPE '\\'", (table, prefix.replace("_", "\\_") + "%"))}
    with db.conn:
        for name in have - set(wanted):
            db.conn.execute(f"DROP INDEX [{name}]")
        for name, fields in wanted.items():
            if name not in have:
                columns = ", ".join(f"json_extract(data, '$.{f}')" for f in fields)
                db.conn.execute(f"CREATE INDEX [{name}] ON [{table}](deleted, {columns})")


def fts_query(text: str) -> str:
    """A user's words as an FTS5 prefix query: every word must match a word's start."""
    words = re.findall(r"\w+", text.casefold())
    return " ".join(f'"{w}"*' for w in words)
