"""The local cache: one SQLite file per profile and server, used from ONE thread only.

Everything a user does is written here first: a mutation's records and its outbox
entry in one transaction, so nothing typed is lost, online or not. Pulled pages are
committed together with their cursor, so an interrupted pull resumes. The local state
of a record is always "the server's last state + my unsent mutations replayed on it".
"""

from __future__ import annotations

import heapq
import json
import logging
import os
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

from workplace.api import Actor, MutationRejectedError, Mutator, Record, Tx
from workplace.api.store import LocalRecord, Query, SearchHit
from workplace.logs import kv
from workplace.store import schema
from workplace.store.dbapi import sqlite3
from workplace.store.encryption import CacheKeyError, connect, encrypt_plaintext, file_kind
from workplace.store.merge import changed_fields, keep_fields

_log = logging.getLogger("workplace.store")
#: How many of a collection's newest matches the global search ranks.
SEARCH_RANKED = 1000


class StoreWriteError(RuntimeError):
    """The cache cannot be written (disk full, read-only profile); nothing was changed."""


@dataclass(frozen=True)
class OutboxEntry:
    seq: int
    mutation_id: str
    name: str
    args: dict[str, Any]
    base_versions: dict[str, int]
    touches: list[str]
    state: str
    attempts: int
    code: str | None = None
    reason: str | None = None
    created_at: str = ""
    #: Fields whose server values this change leaves as they are ("collection/id" ->
    #: fields): how the user resolved a conflict field by field.
    keep_theirs: dict[str, list[str]] = field(default_factory=dict)


def _key(collection: str, record_id: str) -> str:
    return f"{collection}/{record_id}"


def _split(key: str) -> tuple[str, str]:
    collection, _, record_id = key.partition("/")
    return collection, record_id


@dataclass
class _ClientTx(Tx):
    """A mutator's view of the local cache (optimistic: no gateway-made values)."""

    store: LocalStore
    actor: Actor
    now: datetime
    overlay: dict[str, Record] = field(default_factory=dict)
    read: dict[str, int] = field(default_factory=dict)  # key -> server version seen
    authoritative: bool = False

    def _load(self, collection: str, record_id: str) -> Record | None:
        key = _key(collection, record_id)
        if key in self.overlay:
            return self.overlay[key]
        row = self.store.row(collection, record_id)
        if key not in self.read:
            self.read[key] = int(row["server_version"] or 0) if row is not None else 0
        return self.store.record_of(collection, row) if row is not None else None

    def get(self, collection: str, record_id: str) -> Record | None:
        record = self._load(collection, record_id)
        return None if record is None or record.deleted else record

    def put(self, collection: str, record_id: str, data: Mapping[str, Any], *,
            department: str | None = None, audience: tuple[str, ...] | None = None) -> None:
        existing = self._load(collection, record_id)
        self.overlay[_key(collection, record_id)] = Record(
            collection=collection, id=record_id, data=json.loads(json.dumps(dict(data))),
            version=existing.version if existing else 0,
            department=department or (existing.department if existing
                                       else self.actor.department),
            audience=audience if audience is not None
            else (existing.audience if existing else ()),
            updated_at=self.now.isoformat())

    def delete(self, collection: str, record_id: str) -> None:
        existing = self._load(collection, record_id)
        if existing is None:
            return
        self.overlay[_key(collection, record_id)] = Record(
            collection=collection, id=record_id, data={}, version=existing.version,
            department=existing.department, audience=existing.audience, deleted=True,
            updated_at=self.now.isoformat())

    def next_number(self, sequence: str) -> int | None:
        return None  # only the gateway numbers; the value shows as pending until then


class LocalStore:
    """Owns the SQLite connection; call every method from the store thread only."""

    def __init__(self, path: Path, collections: Mapping[str, tuple[str, ...]],
                 mutators: Mapping[str, Mutator], key: bytes | None = None,
                 indexes: Mapping[str, Sequence[tuple[str, ...]]] | None = None) -> None:
        self.path = path
        #: Field tuples each collection keeps an index on (the manifests' ``index``).
        self.indexes = {c: tuple(v) for c, v in (indexes or {}).items()}
        #: SQLCipher key (``workplace.store.encryption``); None keeps a plain file.
        self.key = key
        self.collections = dict(collections)
        self.mutators = dict(mutators)
        self.recovered: list[str] = []  # what happened while opening, for the user
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = self._open()

    # -- opening, checking, salvaging ------------------------------------------------

    def _connect(self) -> Database:
        from sqlite_utils import Database  # heavy (it loads rich): not at app start-up

        conn = connect(self.path, self.key)
        db = Database(conn)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA busy_timeout=10000")
        return db

    def _open(self) -> Database:
        salvaged: list[tuple[Any, ...]] = []
        try:
            if self.key is not None and file_kind(self.path) == "plain":
                encrypt_plaintext(self.path, self.key)  # a cache of an earlier Workplace
            db = self._connect()
            ok = _structure_ok(db.conn)
        except CacheKeyError:
            raise  # not damage: the file stays as it is, whole, for the right key
        except sqlite3.DatabaseError as exc:
            ok = False
            _log.error(kv("cache_unreadable", path=self.path, error=exc))
        if not ok:
            salvaged = self._salvage_outbox()
            self._move_aside()
            db = self._connect()
        schema.migrate(db)
        for collection, search in self.collections.items():
            schema.ensure_collection(db, collection, search)
            schema.ensure_indexes(db, collection, self.indexes.get(collection, ()))
        if salvaged:
            with db.conn:
                db.conn.executemany(
                    "INSERT OR IGNORE INTO outbox(mutation_id, name, args, base_versions, "
                    "touches, created_at, state) VALUES (?, ?, ?, ?, ?, ?, 'pending')",
                    salvaged)
            self.recovered.append(f"salvaged {len(salvaged)} unsent changes")
        return db

    def _salvage_outbox(self) -> list[tuple[Any, ...]]:
        """Read whatever unsent changes a damaged cache still yields."""
        try:
            # A plain file (one whose encryption failed half way) is read as it is.
            key = None if file_kind(self.path) == "plain" else self.key
            conn = connect(self.path, key, readonly=True)
            try:
                rows = conn.execute(
                    "SELECT mutation_id, name, args, base_versions, touches, created_at "
                    "FROM outbox WHERE state IN ('pending', 'conflict') ORDER BY seq").fetchall()
            finally:
                conn.close()
        except (sqlite3.DatabaseError, CacheKeyError) as exc:
            _log.error(kv("outbox_salvage_failed", error=exc))
            return []
        return [tuple(r) for r in rows]

    def _move_aside(self) -> None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        for suffix in ("", "-wal", "-shm"):
            src = Path(str(self.path) + suffix)
            if src.exists():
                os.replace(src, Path(f"{self.path}.corrupt-{stamp}{suffix}"))
        self.recovered.append(f"damaged cache moved aside as {self.path.name}.corrupt-{stamp}")
        _log.error(kv("cache_moved_aside", path=self.path, stamp=stamp))

    def close(self) -> None:
        self.db.conn.close()

    # -- meta ---------------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        row = self.db.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        with self._write():
            self.db.conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) "
                                 "DO UPDATE SET value = excluded.value", (key, value))

    def bind(self, owner: str) -> str | None:
        """Tie the cache to one server and user (``owner``).

        A cache of another owner is moved aside whole — never deleted, since it may
        hold unsent changes — and a fresh one is started. Returns the file it was
        moved to, if it was.
        """
        current = self.meta("owner")
        if current == owner:
            return None
        if current is None:
            self.set_meta("owner", owner)
            return None
        self.db.conn.close()
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        aside = Path(f"{self.path}.previous-{stamp}")
        for suffix in ("", "-wal", "-shm"):
            src = Path(str(self.path) + suffix)
            if src.exists():
                os.replace(src, Path(str(aside) + suffix))
        _log.info(kv("cache_rebound", moved_to=aside))
        self.db = self._open()
        self.set_meta("owner", owner)
        return str(aside)

    # -- transactions ---------------------------------------------------------------

    class _Write:
        def __init__(self, conn: sqlite3.Connection) -> None:
            self.conn = conn

        def __enter__(self) -> sqlite3.Connection:
            self.conn.execute("BEGIN IMMEDIATE")
            return self.conn

        def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                     _tb: object) -> None:
            if exc_type is None:
                try:
                    self.conn.execute("COMMIT")
                    return
                except sqlite3.OperationalError as err:
                    self.conn.execute("ROLLBACK")
                    raise StoreWriteError(_write_message(err)) from err
            self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError):
                raise StoreWriteError(_write_message(exc)) from exc

    def _write(self) -> LocalStore._Write:
        return LocalStore._Write(self.db.conn)

    # -- records ------------------------------------------------------------------

    def _table(self, collection: str) -> str:
        if collection not in self.collections:
            raise KeyError(f"unknown collection {collection!r}")
        return schema.table_name(collection)

    def row(self, collection: str, record_id: str) -> sqlite3.Row | None:
        cur = self.db.conn.execute(
            f"SELECT * FROM [{self._table(collection)}] WHERE id = ?", (record_id,))
        cur.row_factory = sqlite3.Row
        row: sqlite3.Row | None = cur.fetchone()
        return row

    @staticmethod
    def record_of(collection: str, row: sqlite3.Row) -> Record:
        return Record(collection=collection, id=row["id"], version=row["version"],
                      department=row["department"] or "",
                      audience=tuple(json.loads(row["audience"] or "[]")),
                      deleted=bool(row["deleted"]), updated_at=row["updated_at"] or "",
                      data=json.loads(row["data"]))

    def get(self, collection: str, record_id: str) -> LocalRecord | None:
        row = self.row(collection, record_id)
        if row is None or row["deleted"]:
            return None
        return LocalRecord(self.record_of(collection, row), int(row["pending"]))

    def _where(self, q: Query) -> tuple[str, list[Any]]:
        table = self._table(q.collection)
        clauses, params = [f"[{table}].deleted = 0"], []
        for name, value in q.where.items():
            if not schema._FIELD_RE.match(name):
                raise ValueError(f"not a field name: {name!r}")
            clauses.append(f"json_extract([{table}].data, '$.{name}') IS ?")
            params.append(value)
        for name, (low, high) in q.range.items():
            if not schema._FIELD_RE.match(name):
                raise ValueError(f"not a field name: {name!r}")
            if low is not None:
                clauses.append(f"json_extract([{table}].data, '$.{name}') >= ?")
                params.append(low)
            if high is not None:
                clauses.append(f"json_extract([{table}].data, '$.{name}') < ?")
                params.append(high)
        if q.search.strip():
            if not self.collections[q.collection]:
                raise ValueError(f"{q.collection} has no search fields")
            clauses.append(f"[{table}].rowid IN (SELECT rowid FROM [{table}__fts] WHERE "
                           f"[{table}__fts] MATCH ?)")
            params.append(schema.fts_query(q.search))
        return " AND ".join(clauses), params

    def query(self, q: Query) -> list[LocalRecord]:
        table = self._table(q.collection)
        where, params = self._where(q)
        order = "rowid"
        if q.order_by == "updated_at":
            order = "updated_at"
        elif q.order_by:
            if not schema._FIELD_RE.match(q.order_by):
                raise ValueError(f"not a field name: {q.order_by!r}")
            order = f"json_extract(data, '$.{q.order_by}')"
        direction = "DESC" if q.descending else "ASC"
        cur = self.db.conn.execute(
            f"SELECT * FROM [{table}] WHERE {where} ORDER BY {order} {direction}, id "
            f"LIMIT ? OFFSET ?", [*params, q.limit, q.offset])
        cur.row_factory = sqlite3.Row
        return [LocalRecord(self.record_of(q.collection, r), int(r["pending"]))
                for r in cur.fetchall()]

    def count(self, q: Query) -> int:
        where, params = self._where(q)
        return int(self.db.conn.execute(
            f"SELECT count(*) FROM [{self._table(q.collection)}] WHERE {where}",
            params).fetchone()[0])

    def search(self, text: str, per_collection: int = 5,
               title_fields: Mapping[str, str] | None = None) -> list[SearchHit]:
        """The best matches of every searchable collection (global search).

        Best by bm25 among the :data:`SEARCH_RANKED` newest matches of each collection:
        a short prefix matches much of a big cache, and ranking all of a million
        records' matches took a third of a second per keystroke.
        """
        match = schema.fts_query(text)
        if not match or per_collection <= 0:
            return []
        conn = self.db.conn
        hits: list[SearchHit] = []
        for collection, fields in self.collections.items():
            if not fields:
                continue
            table = self._table(collection)
            fts = f"{table}__fts"
            title = (title_fields or {}).get(collection, fields[0])
            ranked = conn.execute(
                f"SELECT rowid, bm25([{fts}]) FROM [{fts}] WHERE [{fts}] MATCH ? "
                f"ORDER BY rowid DESC LIMIT ?", (match, SEARCH_RANKED)).fetchall()
            best = [r[0] for r in sorted(ranked, key=lambda r: (r[1], -r[0]))[:per_collection]]
            if not best:
                continue
            marks = ",".join("?" for _ in best)
            # One pass for the excerpts (each MATCH reads the index again): over the
            # best hits' rowid range, the excerpt made for the best hits only.
            excerpts = {r[0]: r[1] for r in conn.execute(
                f"SELECT rowid, CASE WHEN rowid IN ({marks}) THEN "
                f"snippet([{fts}], -1, '[', ']', '…', 12) END FROM [{fts}] "
                f"WHERE [{fts}] MATCH ? AND rowid BETWEEN ? AND ?",
                (*best, match, min(best), max(best))) if r[1] is not None}
            rows = {r[0]: (r[1], r[2]) for r in conn.execute(
                f"SELECT rowid, id, json_extract(data, '$.{title}') FROM [{table}] "
                f"WHERE rowid IN ({marks})", best)}
            hits += [SearchHit(collection, rows[rowid][0], str(rows[rowid][1] or ""),
                               str(excerpts.get(rowid) or ""))
                     for rowid in best if rowid in rows]
        return hits

    def _store_row(self, record: Record, *, server: Record | None, pending: int,
                   current: sqlite3.Row | None = None) -> None:
        """Write the record's row (not when ``current``, the row as it is, is the same)."""
        # The server's department, audience, time and deletion, where the row shows
        # others (my unsent changes): a rebuild starts again from the server's state.
        meta = None
        if server is not None and _meta_of(server) != _meta_of(record):
            meta = json.dumps({"department": server.department,
                               "audience": list(server.audience),
                               "updated_at": server.updated_at, "deleted": server.deleted},
                              ensure_ascii=False)
        values = (record.id, record.version, record.department,
                  json.dumps(list(record.audience)), int(record.deleted), record.updated_at,
                  json.dumps(dict(record.data), ensure_ascii=False),
                  json.dumps(dict(server.data), ensure_ascii=False) if server else None,
                  server.version if server else 0, pending, meta)
        if current is not None and all(
                current[name] == value for name, value in zip(_ROW_COLUMNS, values,
                                                              strict=True)):
            return  # e.g. the server's answer is what the cache already showed
        self.db.conn.execute(_upsert_sql(self._table(record.collection)), values)

    def _server_record(self, collection: str, row: sqlite3.Row | None) -> Record | None:
        """The gateway's last state of the record as the cache holds it (a tombstone
        included), or None if the gateway has not had it yet."""
        if row is None or row["server_data"] is None:
            return None
        if row["server_meta"]:
            meta = json.loads(row["server_meta"])
        else:  # the row's own columns are the server's
            meta = {"department": row["department"] or "",
                    "audience": json.loads(row["audience"] or "[]"),
                    "updated_at": row["updated_at"] or "", "deleted": bool(row["deleted"])}
        return Record(collection=collection, id=row["id"], version=int(row["server_version"]),
                      department=meta["department"] or "", audience=tuple(meta["audience"]),
                      deleted=bool(meta["deleted"]), data=json.loads(row["server_data"]),
                      updated_at=meta["updated_at"] or "")

    # -- local mutations -------------------------------------------------------------

    def mutate(self, actor: Actor, name: str, args: dict[str, Any]) -> tuple[str, list[Record]]:
        """Run a mutator on the cache and queue it: records + outbox in one transaction."""
        mutator = self.mutators.get(name)
        if mutator is None:
            raise MutationRejectedError(f"No module offers the change '{name}'.",
                                        "unknown_mutator")
        args = json.loads(json.dumps(args))  # what is queued is exactly what ran
        tx = _ClientTx(store=self, actor=actor, now=datetime.now(UTC))
        mutator(tx, args)
        mutation_id = str(uuid.uuid4())
        touched = list(tx.overlay)
        base = {key: tx.read.get(key, 0) for key in touched}
        with self._write():
            for record in tx.overlay.values():
                row = self.row(record.collection, record.id)
                self._store_row(record, server=self._server_record(record.collection, row),
                                pending=(int(row["pending"]) if row is not None else 0) + 1)
            self.db.conn.execute(
                "INSERT INTO outbox(mutation_id, name, args, base_versions, touches, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (mutation_id, name, json.dumps(args, ensure_ascii=False), json.dumps(base),
                 json.dumps(touched), tx.now.isoformat()))
        return mutation_id, list(tx.overlay.values())

    # -- the outbox ------------------------------------------------------------------

    def _entry(self, row: Sequence[Any]) -> OutboxEntry:
        return OutboxEntry(seq=row[0], mutation_id=row[1], name=row[2], args=json.loads(row[3]),
                           base_versions=json.loads(row[4]), touches=json.loads(row[5]),
                           state=row[7], attempts=row[8], code=row[9], reason=row[10],
                           created_at=row[6], keep_theirs=json.loads(row[11] or "{}"))

    def pending(self, limit: int = 100) -> list[OutboxEntry]:
        rows = self.db.conn.execute(
            "SELECT * FROM outbox WHERE state = 'pending' ORDER BY seq LIMIT ?", (limit,))
        return [self._entry(r) for r in rows.fetchall()]

    def outbox(self, states: Iterable[str] = ("pending", "rejected", "conflict")
               ) -> list[OutboxEntry]:
        marks = ",".join("?" for _ in tuple(states))
        rows = self.db.conn.execute(
            f"SELECT * FROM outbox WHERE state IN ({marks}) ORDER BY seq", tuple(states))
        return [self._entry(r) for r in rows.fetchall()]

    def unsent_count(self) -> int:
        return int(self.db.conn.execute(
            "SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()[0])

    def mark_attempt(self, mutation_ids: Sequence[str]) -> None:
        with self._write():
            self.db.conn.executemany("UPDATE outbox SET attempts = attempts + 1 "
                                     "WHERE mutation_id = ?", [(m,) for m in mutation_ids])

    def apply_results(self, results: Sequence[Mapping[str, Any]]) -> set[str]:
        """Take the gateway's answers for pushed mutations; returns changed collections.

        Applied: the records become the server's state. Rejected: the mutation leaves
        the queue (kept for the user with its reason). Conflict: merged by field when
        the edits do not overlap, else kept as a conflict for the user. Records touched
        are then rebuilt as server state + the mutations still pending.
        """
        changed: set[str] = set()
        affected: set[str] = set()
        with self._write():
            for result in results:
                entry = self._outbox_entry(result["mutation_id"])
                if entry is None or entry.state != "pending":
                    continue  # answered before (a duplicate answer after a crash)
                status = result["status"]
                if status == "duplicate":
                    status = result.get("first_status") or "applied"
                affected.update(entry.touches)
                if status == "applied":
                    for rec in result.get("records", []):
                        self._take_server(rec)
                        affected.add(_key(rec["collection"], rec["id"]))
                        self._rebase_pending_bases(rec, entry.seq)
                    self.db.conn.execute("DELETE FROM outbox WHERE mutation_id = ?",
                                         (entry.mutation_id,))
                elif status == "rejected":
                    self.db.conn.execute(
                        "UPDATE outbox SET state = 'rejected', code = ?, reason = ? "
                        "WHERE mutation_id = ?",
                        (result.get("code"), result.get("reason"), entry.mutation_id))
                elif status == "conflict":
                    self._conflict(entry, result.get("records", []))
            changed |= self._rebuild(affected)
        return changed

    def _outbox_entry(self, mutation_id: str) -> OutboxEntry | None:
        row = self.db.conn.execute("SELECT * FROM outbox WHERE mutation_id = ?",
                                   (mutation_id,)).fetchone()
        return None if row is None else self._entry(row)

    def _take_server(self, rec: Mapping[str, Any]) -> None:
        server = Record(collection=rec["collection"], id=rec["id"], version=rec["version"],
                        department=rec.get("department", ""),
                        audience=tuple(rec.get("audience", ())),
                        deleted=bool(rec.get("deleted")), updated_at=rec.get("updated_at", ""),
                        data=rec.get("data", {}))
        if server.collection not in self.collections:
            return
        row = self.row(server.collection, server.id)
        if row is not None and int(row["server_version"] or 0) > server.version:
            return  # a late answer (a duplicate's first result): keep the newer state
        pending = int(row["pending"]) if row is not None else 0
        # A tombstone is a server state like any other: pending changes replayed on it
        # find no record and no longer apply, and its version keeps older states out.
        self._store_row(server, server=server, pending=pending)

    def _rebase_pending_bases(self, rec: Mapping[str, Any], after_seq: int) -> None:
        """Later pending mutations of mine were based on the version this one replaced."""
        key = _key(rec["collection"], rec["id"])
        rows = self.db.conn.execute(
            "SELECT o.seq, o.base_versions FROM outbox_keys k JOIN outbox o ON o.seq = k.seq "
            "WHERE k.key = ? AND k.seq > ? AND o.state = 'pending'",
            (key, after_seq)).fetchall()
        for seq, base_json in rows:
            base = json.loads(base_json)
            if key in base:
                base[key] = rec["version"]
                self.db.conn.execute("UPDATE outbox SET base_versions = ? WHERE seq = ?",
                                     (json.dumps(base), seq))

    def _conflict(self, entry: OutboxEntry, theirs_list: Sequence[Mapping[str, Any]]) -> None:
        """Merge by field when my and their edits touch different fields."""
        overlapping: list[tuple[Mapping[str, Any], set[str], dict[str, Any], dict[str, Any]]] = []
        new_base = dict(entry.base_versions)
        for theirs in theirs_list:
            key = _key(theirs["collection"], theirs["id"])
            row = self.row(theirs["collection"], theirs["id"])
            base_data = json.loads(row["server_data"]) if row is not None and \
                row["server_data"] else {}
            mine_data = json.loads(row["data"]) if row is not None else {}
            theirs_data = dict(theirs.get("data") or {})
            mine_fields = changed_fields(base_data, mine_data)
            their_fields = changed_fields(base_data, theirs_data)
            clash = mine_fields & their_fields
            clash = {f for f in clash if mine_data.get(f) != theirs_data.get(f)}
            self._take_server(theirs)
            new_base[key] = int(theirs.get("version", 0))
            if clash or theirs.get("deleted"):
                overlapping.append((theirs, clash or {"*deleted*"}, base_data, mine_data))
        self.db.conn.execute("UPDATE outbox SET base_versions = ? WHERE mutation_id = ?",
                             (json.dumps(new_base), entry.mutation_id))
        if not overlapping:
            _log.info(kv("conflict_merged", mutation=entry.mutation_id))
            return  # stays pending: sent again on top of their version, replayed locally
        theirs, fields, base_data, mine_data = overlapping[0]
        self.db.conn.execute("UPDATE outbox SET state = 'conflict' WHERE mutation_id = ?",
                             (entry.mutation_id,))
        self.db.conn.execute(
            "INSERT OR REPLACE INTO conflicts(mutation_id, collection, record_id, base, mine, "
            "theirs, theirs_version, fields, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
            (entry.mutation_id, theirs["collection"], theirs["id"],
             json.dumps(base_data, ensure_ascii=False), json.dumps(mine_data, ensure_ascii=False),
             json.dumps(theirs.get("data") or {}, ensure_ascii=False),
             int(theirs.get("version", 0)), json.dumps(sorted(fields)),
             datetime.now(UTC).isoformat()))
        _log.warning(kv("conflict", mutation=entry.mutation_id, fields=",".join(sorted(fields))))

    def _rebuild(self, keys: Iterable[str]) -> set[str]:
        """Local state of ``keys`` := server state + pending mutations replayed in order."""
        keys = set(keys)
        if not keys:
            return set()
        overlay: dict[str, Record | None] = {}
        for key in keys:
            collection, record_id = _split(key)
            if collection not in self.collections:
                continue
            overlay[key] = self._server_record(collection, self.row(collection, record_id))
        counts = dict.fromkeys(overlay, 0)
        actor = self._actor()
        # The pending entries in outbox order that touch a record of the overlay — which
        # grows as replayed entries touch further records. Only the entries touching
        # those records are read (the key index), not the whole outbox.
        entries = {e.seq: e for e in self._pending_touching(overlay.keys(), 0)}
        order = sorted(entries)
        while order:
            entry = entries[heapq.heappop(order)]
            if not set(entry.touches) & overlay.keys():
                continue
            mutator = self.mutators.get(entry.name)
            if mutator is None:
                continue
            tx = _ReplayTx(overlay=overlay, store=self, actor=actor, now=datetime.now(UTC))
            try:
                mutator(tx, entry.args)
            except MutationRejectedError:
                continue  # it no longer applies locally; the gateway will say why
            except Exception:
                # A module's mutator failing on today's server state must not wedge the
                # cache: skip it locally; the gateway answers for it when it is sent.
                _log.exception("replaying %s failed", entry.name)
                continue
            for key, fields in entry.keep_theirs.items():
                before, after = overlay.get(key), tx.overlay.get(key)
                if before is not None and after is not None and not after.deleted:
                    tx.overlay[key] = replace(
                        after, data=keep_fields(after.data, before.data, fields))
            added = tx.overlay.keys() - overlay.keys()
            for key, replayed in tx.overlay.items():
                overlay[key] = replayed
                counts[key] = counts.get(key, 0) + 1
            for later in self._pending_touching(added, entry.seq) if added else ():
                if later.seq not in entries:
                    entries[later.seq] = later
                    heapq.heappush(order, later.seq)
        changed = set()
        for key, state in overlay.items():
            collection, record_id = _split(key)
            row = self.row(collection, record_id)
            server = self._server_record(collection, row)
            if state is None:
                if row is not None and server is None:
                    self.db.conn.execute(
                        f"DELETE FROM [{self._table(collection)}] WHERE id = ?", (record_id,))
                    changed.add(collection)
                continue
            self._store_row(state, server=server, pending=counts.get(key, 0), current=row)
            changed.add(collection)
        return changed

    def _pending_touching(self, keys: Iterable[str], after_seq: int) -> list[OutboxEntry]:
        """Pending outbox entries after ``after_seq`` that touch any of ``keys``, in order."""
        rows = self.db.conn.execute(
            "SELECT * FROM outbox WHERE state = 'pending' AND seq > ? AND seq IN "
            "(SELECT seq FROM outbox_keys WHERE key IN (SELECT value FROM json_each(?))) "
            "ORDER BY seq", (after_seq, json.dumps(sorted(keys))))
        return [self._entry(r) for r in rows.fetchall()]

    def _actor(self) -> Actor:
        raw = self.meta("actor")
        if raw is None:
            return Actor(user_id="", username="", department="")
        data = json.loads(raw)
        return Actor(user_id=data["user_id"], username=data["username"],
                     department=data["department"], roles=frozenset(data["roles"]),
                     display_name=data.get("display_name", ""))

    def set_actor(self, actor: Actor) -> None:
        self.set_meta("actor", json.dumps({
            "user_id": actor.user_id, "username": actor.username,
            "department": actor.department, "roles": sorted(actor.roles),
            "display_name": actor.display_name}))

    # -- conflicts and rejected changes, as the user resolves them ------------------------

    def conflicts(self) -> list[dict[str, Any]]:
        cur = self.db.conn.execute("SELECT * FROM conflicts ORDER BY created_at")
        cur.row_factory = sqlite3.Row
        return [{**dict(r), "base": json.loads(r["base"]), "mine": json.loads(r["mine"]),
                 "theirs": json.loads(r["theirs"]), "fields": json.loads(r["fields"])}
                for r in cur.fetchall()]

    def resolve_conflict(self, mutation_id: str, keep_mine: bool,
                         theirs_fields: Sequence[str] = ()) -> set[str]:
        """Keep mine: send the change again on top of their version — except for
        ``theirs_fields``, whose server values it then leaves as they are (a merge field
        by field). Take theirs: drop the change."""
        entry = self._outbox_entry(mutation_id)
        with self._write():
            row = self.db.conn.execute(
                "SELECT collection, record_id FROM conflicts WHERE mutation_id = ?",
                (mutation_id,)).fetchone()
            self.db.conn.execute("DELETE FROM conflicts WHERE mutation_id = ?", (mutation_id,))
            if entry is None:
                return set()
            if keep_mine:
                keep = {_key(row[0], row[1]): sorted(set(theirs_fields))} \
                    if theirs_fields and row is not None else {}
                self.db.conn.execute(
                    "UPDATE outbox SET state = 'pending', keep_theirs = ? WHERE mutation_id = ?",
                    (json.dumps(keep) if keep else None, mutation_id))
            else:
                self.db.conn.execute("DELETE FROM outbox WHERE mutation_id = ?", (mutation_id,))
            return self._rebuild(entry.touches)

    def discard(self, mutation_id: str) -> set[str]:
        """Forget a rejected (or conflicting) change and show the server's state again."""
        entry = self._outbox_entry(mutation_id)
        if entry is None:
            return set()
        with self._write():
            self.db.conn.execute("DELETE FROM outbox WHERE mutation_id = ?", (mutation_id,))
            self.db.conn.execute("DELETE FROM conflicts WHERE mutation_id = ?", (mutation_id,))
            return self._rebuild(entry.touches)

    # -- pulling ---------------------------------------------------------------------

    def cursor(self, collection: str) -> int:
        row = self.db.conn.execute("SELECT cursor FROM cursors WHERE collection = ?",
                                   (collection,)).fetchone()
        return 0 if row is None else int(row[0])

    def apply_page(self, collection: str, records: Sequence[Mapping[str, Any]],
                   cursor: int) -> bool:
        """Store one pulled page and its cursor together; True if anything changed."""
        if collection not in self.collections:
            raise KeyError(collection)
        if any(rec.get("collection") != collection for rec in records):
            raise ValueError("a record of another collection in the page")
        table = self._table(collection)
        with self._write():
            # What the cache holds of these records, in one query: id -> (server
            # version, unsent mutations). Then one statement for the whole page — a
            # first pull writes thousands of records per page.
            held: dict[str, tuple[int, int]] = {
                str(r[0]): (int(r[1] or 0), int(r[2])) for r in self.db.conn.execute(
                    f"SELECT id, server_version, pending FROM [{table}] WHERE id IN "
                    f"(SELECT value FROM json_each(?))",
                    (json.dumps([rec["id"] for rec in records]),))}
            rows: list[tuple[Any, ...]] = []
            keys = set()
            for rec in records:
                record_id, version = rec["id"], int(rec["version"])
                have = held.get(record_id)
                if have is not None and have[0] >= version:
                    continue  # already have this or a newer state (a push answer came first)
                pending = have[1] if have is not None else 0
                held[record_id] = (version, pending)
                data = json.dumps(dict(rec.get("data", {})), ensure_ascii=False)
                # The server's state; my unsent mutations are replayed on it below.
                rows.append((record_id, version, rec.get("department", ""),
                             json.dumps(list(rec.get("audience", ()))),
                             int(bool(rec.get("deleted"))), rec.get("updated_at", ""),
                             data, data, version, pending, None))
                if pending:
                    keys.add(_key(collection, record_id))
            if rows:
                self.db.conn.executemany(_upsert_sql(table), rows)
            self._rebuild(keys)
            self.db.conn.execute(
                "INSERT INTO cursors(collection, cursor) VALUES (?, ?) ON CONFLICT(collection) "
                "DO UPDATE SET cursor = excluded.cursor", (collection, cursor))
        return bool(records)

    def page_head(self, collection: str, body: str) -> tuple[int, bool, int, int] | None:
        """``(cursor, has_more, remaining, records)`` of a changes page as sent (JSON text).

        ``None`` unless the page is well formed and every record in it is in the plain
        form :meth:`apply_page_json` stores without Python (the caller then parses it).
        SQLite reads the JSON in C without the GIL, so a big page neither holds up the
        GUI thread nor fills the heap with objects for the garbage collector.
        """
        conn = self.db.conn
        if not conn.execute("SELECT json_valid(?)", (body,)).fetchone()[0]:
            return None
        top, records, cursor_type, cursor, more, remaining_type, remaining, count = \
            conn.execute(
                "SELECT json_type(?1), json_type(?1, '$.records'), json_type(?1, '$.cursor'), "
                "json_extract(?1, '$.cursor'), json_type(?1, '$.has_more'), "
                "json_type(?1, '$.remaining'), json_extract(?1, '$.remaining'), "
                "json_array_length(?1, '$.records')", (body,)).fetchone()
        if (top, records, cursor_type) != ("object", "array", "integer") or \
                more not in ("true", "false") or remaining_type not in (None, "integer"):
            return None
        if count:
            total, distinct, plain = conn.execute(_PLAIN_RECORDS, (body, collection)).fetchone()
            if not total == distinct == plain:
                return None
        return int(cursor), more == "true", int(remaining or 0), int(count)

    def apply_page_json(self, collection: str, body: str, cursor: int) -> None:
        """:meth:`apply_page` for a page :meth:`page_head` found plain, done in SQL."""
        table = self._table(collection)
        with self._write():
            # The server's state of each newer record, keeping its count of my unsent
            # mutations; those that have any are replayed on it below.
            stored = self.db.conn.execute(
                f"{_PAGE_RECORDS} INSERT INTO [{table}]({', '.join(_ROW_COLUMNS)}) "
                f"SELECT p.id, p.version, p.department, p.audience, p.deleted, p.updated_at, "
                f"p.data, p.data, p.version, coalesce(h.pending, 0), NULL FROM page p "
                f"LEFT JOIN [{table}] h ON h.id = p.id "
                f"WHERE h.id IS NULL OR coalesce(h.server_version, 0) < p.version "
                f"{_UPSERT_UPDATE} RETURNING id, pending", (body,)).fetchall()
            self._rebuild({_key(collection, r[0]) for r in stored if r[1]})
            self.db.conn.execute(
                "INSERT INTO cursors(collection, cursor) VALUES (?, ?) ON CONFLICT(collection) "
                "DO UPDATE SET cursor = excluded.cursor", (collection, cursor))

    def integrity_ok(self) -> bool:
        return bool(self.db.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok")


def _structure_ok(conn: sqlite3.Connection) -> bool:
    """Whether every ordinary table's b-trees (and their indexes') read back sound.

    ``PRAGMA quick_check`` on the whole file also runs FTS5's own integrity check
    (SQLite 3.44+), which reads and re-tokenises every document: 14–16 s at start-up
    on a cache of a million records (2 s for this check). Damage on disk breaks b-trees, and the FTS
    index's shadow tables are ordinary tables checked here too — so each ordinary
    table is checked on its own and the virtual tables' logical check is left out.
    """
    tables = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' "
        "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'")]
    for table in ["sqlite_master", *tables]:
        quoted = table.replace('"', '""')
        if conn.execute(f'PRAGMA quick_check("{quoted}")').fetchone()[0] != "ok":
            return False
    return True


class _ReplayTx(_ClientTx):
    """Replays pending mutations over an in-memory overlay of server states."""

    def __init__(self, overlay: dict[str, Record | None], store: LocalStore, actor: Actor,
                 now: datetime) -> None:
        super().__init__(store=store, actor=actor, now=now)
        self._base = overlay

    def _load(self, collection: str, record_id: str) -> Record | None:
        key = _key(collection, record_id)
        if key in self.overlay:
            return self.overlay[key]
        if key in self._base:
            return self._base[key]
        return super()._load(collection, record_id)


_ROW_COLUMNS = ("id", "version", "department", "audience", "deleted", "updated_at", "data",
                "server_data", "server_version", "pending", "server_meta")


_UPSERT_UPDATE = (
    "ON CONFLICT(id) DO UPDATE SET version=excluded.version, "
    "department=excluded.department, audience=excluded.audience, "
    "deleted=excluded.deleted, updated_at=excluded.updated_at, data=excluded.data, "
    "server_data=excluded.server_data, server_version=excluded.server_version, "
    "pending=excluded.pending, server_meta=excluded.server_meta")


def _upsert_sql(table: str) -> str:
    """Store a record's row whole (parameters in the order of the column list)."""
    return (f"INSERT INTO [{table}]({', '.join(_ROW_COLUMNS)}) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
            f"{_UPSERT_UPDATE}")


# A changes page's records (JSON text ?1) as rows, the way apply_page stores the parsed
# ones: department and updated_at as given ('' when missing), audience '[]' when missing.
_PAGE_RECORDS = """
WITH page(id, version, department, audience, deleted, updated_at, data) AS (
  SELECT json_extract(value, '$.id'), json_extract(value, '$.version'),
    CASE json_type(value, '$.department') WHEN 'text' THEN json_extract(value, '$.department')
      WHEN 'null' THEN NULL ELSE '' END,
    coalesce(json_extract(value, '$.audience'), '[]'),
    json_type(value, '$.deleted') IS 'true',
    CASE json_type(value, '$.updated_at') WHEN 'text' THEN json_extract(value, '$.updated_at')
      WHEN 'null' THEN NULL ELSE '' END,
    json_extract(value, '$.data')
  FROM json_each(?1, '$.records'))
"""

# Of a page's records (?1) of collection ?2: how many, how many distinct ids, and how
# many are plain — the protocol's required fields with their types, the optional ones
# missing or of the type _PAGE_RECORDS reads exactly as apply_page would.
_PLAIN_RECORDS = """
SELECT count(*), count(DISTINCT CASE WHEN type = 'object' THEN json_extract(value, '$.id') END),
  total(CASE WHEN type = 'object' THEN
    json_type(value, '$.collection') IS 'text' AND json_extract(value, '$.collection') = ?2
    AND json_type(value, '$.id') IS 'text' AND json_type(value, '$.version') IS 'integer'
    AND json_type(value, '$.data') IS 'object'
    AND coalesce(json_type(value, '$.department'), 'text') IN ('text', 'null')
    AND coalesce(json_type(value, '$.audience'), 'array') = 'array'
    AND coalesce(json_type(value, '$.deleted'), 'false') IN ('true', 'false')
    AND coalesce(json_type(value, '$.updated_at'), 'text') IN ('text', 'null')
  ELSE 0 END)
FROM json_each(?1, '$.records')
"""


def _meta_of(record: Record) -> tuple[str, tuple[str, ...], str, bool]:
    return record.department, tuple(record.audience), record.updated_at, record.deleted


def _write_message(exc: sqlite3.OperationalError) -> str:
    text = str(exc).lower()
    if "full" in text:
        return "The disk is full: free some space and try again. Nothing was lost."
    if "readonly" in text or "read-only" in text:
        return "The profile folder is read-only: Workplace cannot save changes there."
    return f"The local cache cannot be written: {exc}"
