"""The gateway's storage: every SQL statement of the server lives in this module.

SQLite in WAL mode serves the embedded and single-machine case: one connection per
thread, writers serialised by ``BEGIN IMMEDIATE`` (so a read-check-write inside one
transaction cannot interleave with another client's), readers never blocked. The
interface is narrow on purpose — a PostgreSQL implementation of the same methods is
the department deployment's next step.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workplace.api import Actor, Record

# Each entry upgrades the schema by one version (PRAGMA user_version).
MIGRATIONS: list[str] = [
    """
    CREATE TABLE departments (
        id TEXT PRIMARY KEY,
        name_kk TEXT NOT NULL,
        name_ru TEXT NOT NULL
    );
    CREATE TABLE users (
        id TEXT PRIMARY KEY,
        username TEXT NOT NULL UNIQUE COLLATE NOCASE,
        display_name TEXT NOT NULL,
        department TEXT NOT NULL REFERENCES departments(id),
        roles TEXT NOT NULL,
        password_hash TEXT,
        active INTEGER NOT NULL DEFAULT 1,
        created_at REAL NOT NULL
    );
    CREATE TABLE token_families (
        family TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id),
        created_at REAL NOT NULL,
        revoked_at REAL,
        revoked_reason TEXT
    );
    CREATE TABLE refresh_tokens (
        token_hash TEXT PRIMARY KEY,
        family TEXT NOT NULL REFERENCES token_families(family),
        expires_at REAL NOT NULL,
        used_at REAL
    );
    CREATE TABLE access_tokens (
        token_hash TEXT PRIMARY KEY,
        family TEXT NOT NULL REFERENCES token_families(family),
        user_id TEXT NOT NULL,
        expires_at REAL NOT NULL
    );
    CREATE INDEX access_tokens_family ON access_tokens(family);
    CREATE TABLE login_failures (
        username TEXT NOT NULL COLLATE NOCASE,
        at REAL NOT NULL
    );
    CREATE INDEX login_failures_user ON login_failures(username, at);
    CREATE TABLE records (
        collection TEXT NOT NULL,
        id TEXT NOT NULL,
        version INTEGER NOT NULL,
        seq INTEGER NOT NULL UNIQUE,
        department TEXT NOT NULL,
        audience TEXT NOT NULL DEFAULT '[]',
        deleted INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (collection, id)
    );
    CREATE INDEX records_feed ON records(collection, seq);
    CREATE TABLE record_audience (
        collection TEXT NOT NULL,
        id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        PRIMARY KEY (collection, id, user_id)
    );
    CREATE INDEX record_audience_user ON record_audience(user_id, collection, id);
    CREATE TABLE sequences (
        name TEXT PRIMARY KEY,
        value INTEGER NOT NULL
    );
    CREATE TABLE mutations (
        mutation_id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL,
        name TEXT NOT NULL,
        payload_hash TEXT NOT NULL,
        result TEXT NOT NULL,
        created_at REAL NOT NULL
    );
    CREATE INDEX mutations_age ON mutations(created_at);
    CREATE TABLE blobs (
        sha256 TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        department TEXT NOT NULL,
        uploaded_by TEXT NOT NULL,
        created_at REAL NOT NULL
    );
    CREATE TABLE uploads (
        id TEXT PRIMARY KEY,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        received INTEGER NOT NULL DEFAULT 0,
        user_id TEXT NOT NULL,
        department TEXT NOT NULL,
        created_at REAL NOT NULL
    );
    CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 2: attachments are shared per department, not just by who uploaded first.
    """
    CREATE TABLE blob_access (
        sha256 TEXT NOT NULL,
        department TEXT NOT NULL,
        PRIMARY KEY (sha256, department)
    );
    INSERT OR IGNORE INTO blob_access(sha256, department) SELECT sha256, department FROM blobs
    """,
    # 3: the personal-data audit trail, with the head of every client's chain.
    """
    CREATE TABLE audit_entries (
        chain TEXT NOT NULL,
        seq INTEGER NOT NULL,
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
        hash TEXT NOT NULL,
        received_at REAL NOT NULL,
        PRIMARY KEY (chain, seq)
    );
    CREATE INDEX audit_by_subject ON audit_entries(subject, at);
    CREATE TABLE audit_heads (
        chain TEXT PRIMARY KEY,
        user_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        hash TEXT NOT NULL
    )
    """,
    # 4: what a department sees, in feed order, straight from an index: counting the
    # rest of a user's feed ("remaining") no longer reads every record after the cursor.
    """
    CREATE INDEX IF NOT EXISTS records_department_feed ON records(collection, department, seq)
    """,
]

FEED_SEQUENCE = "__feed__"


class StoreError(RuntimeError):
    """The database cannot be used (wrong file, newer schema, unwritable)."""


@dataclass(frozen=True)
class UserRow:
    id: str
    username: str
    display_name: str
    department: str
    roles: tuple[str, ...]
    password_hash: str | None
    active: bool

    def actor(self) -> Actor:
        return Actor(user_id=self.id, username=self.username, department=self.department,
                     roles=frozenset(self.roles), display_name=self.display_name)


def _user(row: sqlite3.Row) -> UserRow:
    return UserRow(id=row["id"], username=row["username"], display_name=row["display_name"],
                   department=row["department"], roles=tuple(json.loads(row["roles"])),
                   password_hash=row["password_hash"], active=bool(row["active"]))


def record_from_row(row: sqlite3.Row) -> Record:
    return Record(collection=row["collection"], id=row["id"], version=row["version"],
                  department=row["department"], audience=tuple(json.loads(row["audience"])),
                  deleted=bool(row["deleted"]), updated_at=row["updated_at"],
                  data=json.loads(row["data"]))


class GatewayStore:
    """Thread-safe access to one gateway database file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        path.parent.mkdir(parents=True, exist_ok=True)
        self._migrate()

    # -- connections ------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=30, isolation_level=None,
                               check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")  # durable at checkpoints; WAL is safe
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=30000")
        with self._lock:
            self._all.append(conn)
        return conn

    @property
    def conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._connect()
            self._local.conn = conn
        return conn

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; writers queue on SQLite's lock, never interleave."""
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                with suppress(sqlite3.ProgrammingError):
                    conn.close()
            self._all.clear()
        self._local = threading.local()

    def _migrate(self) -> None:
        try:
            conn = self.conn
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path} is not a Workplace gateway database: {exc}") from exc
        if version > len(MIGRATIONS):
            raise StoreError(
                f"{self.path} was written by a newer gateway (schema {version}, this one "
                f"knows {len(MIGRATIONS)}); upgrade the gateway")
        for number in range(version, len(MIGRATIONS)):
            conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in MIGRATIONS[number].split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number + 1}")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    # -- meta ---------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row["value"])

    def set_meta(self, conn: sqlite3.Connection, key: str, value: str) -> None:
        conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    # -- departments and users ------------------------------------------------------

    def upsert_department(self, conn: sqlite3.Connection, dep_id: str, name_kk: str,
                          name_ru: str) -> None:
        conn.execute(
            "INSERT INTO departments(id, name_kk, name_ru) VALUES (?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET name_kk = excluded.name_kk, "
            "name_ru = excluded.name_ru", (dep_id, name_kk, name_ru))

    def departments(self) -> list[dict[str, str]]:
        rows = self.conn.execute("SELECT id, name_kk, name_ru FROM departments ORDER BY id")
        return [dict(r) for r in rows]

    def department_exists(self, dep_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM departments WHERE id = ?",
                                 (dep_id,)).fetchone() is not None

    def insert_user(self, conn: sqlite3.Connection, user: UserRow) -> None:
        conn.execute(
            "INSERT INTO users(id, username, display_name, department, roles, password_hash, "
            "active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (user.id, user.username, user.display_name, user.department,
             json.dumps(sorted(user.roles)), user.password_hash, int(user.active), time.time()))

    def set_password_hash(self, conn: sqlite3.Connection, user_id: str, hashed: str) -> None:
        conn.execute("UPDATE users SET password_hash = ? WHERE id = ?", (hashed, user_id))

    def user_by_name(self, username: str) -> UserRow | None:
        row = self.conn.execute("SELECT * FROM users WHERE username = ?",
                                (username,)).fetchone()
        return None if row is None else _user(row)

    def user_by_id(self, user_id: str) -> UserRow | None:
        row = self.conn.execute("SELECT * FROM users WHERE id = ?", (user_id,)).fetchone()
        return None if row is None else _user(row)

    def staff(self) -> list[dict[str, Any]]:
        """The active users, for the staff directory: no user names, no password hashes."""
        rows = self.conn.execute(
            "SELECT id, display_name, department, roles FROM users WHERE active = 1 "
            "ORDER BY display_name, id")
        return [{"id": r["id"], "display_name": r["display_name"],
                 "department": r["department"], "roles": json.loads(r["roles"])}
                for r in rows]

    def user_count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM users").fetchone()[0])

    # -- tokens ---------------------------------------------------------------------

    def create_family(self, conn: sqlite3.Connection, family: str, user_id: str) -> None:
        conn.execute("INSERT INTO token_families(family, user_id, created_at) VALUES (?, ?, ?)",
                     (family, user_id, time.time()))

    def family(self, family: str) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.conn.execute(
            "SELECT * FROM token_families WHERE family = ?", (family,)).fetchone()
        return row

    def revoke_family(self, conn: sqlite3.Connection, family: str, reason: str) -> None:
        conn.execute("UPDATE token_families SET revoked_at = ?, revoked_reason = ? "
                     "WHERE family = ? AND revoked_at IS NULL", (time.time(), reason, family))
        conn.execute("DELETE FROM access_tokens WHERE family = ?", (family,))

    def add_refresh_token(self, conn: sqlite3.Connection, token_hash: str, family: str,
                          expires_at: float) -> None:
        conn.execute("INSERT INTO refresh_tokens(token_hash, family, expires_at) "
                     "VALUES (?, ?, ?)", (token_hash, family, expires_at))

    def refresh_token(self, conn: sqlite3.Connection, token_hash: str) -> sqlite3.Row | None:
        row: sqlite3.Row | None = conn.execute(
            "SELECT r.*, f.user_id, f.revoked_at FROM refresh_tokens r "
            "JOIN token_families f ON f.family = r.family WHERE r.token_hash = ?",
            (token_hash,)).fetchone()
        return row

    def mark_refresh_used(self, conn: sqlite3.Connection, token_hash: str) -> None:
        conn.execute("UPDATE refresh_tokens SET used_at = ? WHERE token_hash = ?",
                     (time.time(), token_hash))

    def add_access_token(self, conn: sqlite3.Connection, token_hash: str, family: str,
                         user_id: str, expires_at: float) -> None:
        conn.execute("INSERT INTO access_tokens(token_hash, family, user_id, expires_at) "
                     "VALUES (?, ?, ?, ?)", (token_hash, family, user_id, expires_at))

    def access_token_user(self, token_hash: str, now: float) -> UserRow | None:
        row = self.conn.execute(
            "SELECT u.* FROM access_tokens a JOIN users u ON u.id = a.user_id "
            "WHERE a.token_hash = ? AND a.expires_at > ? AND u.active = 1",
            (token_hash, now)).fetchone()
        return None if row is None else _user(row)

    def access_token_family(self, token_hash: str) -> str | None:
        row = self.conn.execute("SELECT family FROM access_tokens WHERE token_hash = ?",
                                (token_hash,)).fetchone()
        return None if row is None else str(row["family"])

    def purge_expired_tokens(self, conn: sqlite3.Connection, now: float) -> None:
        conn.execute("DELETE FROM access_tokens WHERE expires_at < ?", (now,))
        conn.execute("DELETE FROM refresh_tokens WHERE expires_at < ?", (now,))

    # -- sign-in throttling -----------------------------------------------------------

    def record_failure(self, username: str, at: float) -> None:
        with self.write() as conn:
            conn.execute("INSERT INTO login_failures(username, at) VALUES (?, ?)",
                         (username, at))

    def recent_failures(self, username: str, since: float) -> list[float]:
        rows = self.conn.execute(
            "SELECT at FROM login_failures WHERE username = ? AND at >= ? ORDER BY at",
            (username, since))
        return [float(r["at"]) for r in rows]

    def clear_failures(self, conn: sqlite3.Connection, username: str) -> None:
        conn.execute("DELETE FROM login_failures WHERE username = ?", (username,))

    # -- records and the changes feed --------------------------------------------------

    def next_seq(self, conn: sqlite3.Connection, name: str = FEED_SEQUENCE) -> int:
        row = conn.execute(
            "INSERT INTO sequences(name, value) VALUES (?, 1) "
            "ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value",
            (name,)).fetchone()
        return int(row[0])

    def current_seq(self) -> int:
        row = self.conn.execute("SELECT value FROM sequences WHERE name = ?",
                                (FEED_SEQUENCE,)).fetchone()
        return 0 if row is None else int(row[0])

    def get_record(self, conn: sqlite3.Connection, collection: str,
                   record_id: str) -> Record | None:
        row = conn.execute("SELECT * FROM records WHERE collection = ? AND id = ?",
                           (collection, record_id)).fetchone()
        return None if row is None else record_from_row(row)

    def put_record(self, conn: sqlite3.Connection, record: Record, seq: int) -> None:
        conn.execute(
            "INSERT INTO records(collection, id, version, seq, department, audience, deleted, "
            "updated_at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(collection, id) DO UPDATE SET version = excluded.version, "
            "seq = excluded.seq, department = excluded.department, "
            "audience = excluded.audience, deleted = excluded.deleted, "
            "updated_at = excluded.updated_at, data = excluded.data",
            (record.collection, record.id, record.version, seq, record.department,
             json.dumps(list(record.audience)), int(record.deleted), record.updated_at,
             json.dumps(dict(record.data), ensure_ascii=False, separators=(",", ":"))))
        conn.execute("DELETE FROM record_audience WHERE collection = ? AND id = ?",
                     (record.collection, record.id))
        conn.executemany(
            "INSERT INTO record_audience(collection, id, user_id) VALUES (?, ?, ?)",
            [(record.collection, record.id, uid) for uid in set(record.audience)])

    def bulk_put(self, records: Iterable[Record], batch: int = 5000) -> int:
        """Insert many records fast (demo seeding): one transaction per batch."""
        count = 0
        pending: list[Record] = []

        def flush() -> None:
            with self.write() as conn:
                for record in pending:
                    seq = self.next_seq(conn)
                    self.put_record(conn, Record(
                        collection=record.collection, id=record.id, version=seq,
                        department=record.department, audience=record.audience,
                        deleted=record.deleted, updated_at=record.updated_at,
                        data=record.data), seq)
            pending.clear()

        for record in records:
            pending.append(record)
            count += 1
            if len(pending) >= batch:
                flush()
        if pending:
            flush()
        return count

    def changes(self, actor: Actor, collection: str, after: int,
                limit: int) -> list[tuple[int, Record]]:
        """Records of ``collection`` visible to ``actor`` changed after ``after``, by seq."""
        rows = self.conn.execute(
            "SELECT r.* FROM records r WHERE r.collection = ? AND r.seq > ? AND "
            "(r.department = ? OR EXISTS (SELECT 1 FROM record_audience a WHERE "
            "a.collection = r.collection AND a.id = r.id AND a.user_id = ?)) "
            "ORDER BY r.seq LIMIT ?",
            (collection, after, actor.department, actor.user_id, limit))
        return [(int(r["seq"]), record_from_row(r)) for r in rows]

    def changes_json(self, actor: Actor, collection: str, after: int,
                     limit: int) -> list[tuple[int, str]]:
        """:meth:`changes` as ``(seq, the record's wire JSON)``, built by SQLite.

        The stored ``data`` is JSON already: splicing it in (``json()`` checks it) spares
        the gateway a parse and a dump of every record of a page, its largest cost.
        """
        rows = self.conn.execute(
            "SELECT r.seq, json_object('collection', r.collection, 'id', r.id, "
            "'version', r.version, 'department', r.department, "
            "'audience', json(r.audience), "
            "'deleted', json(CASE WHEN r.deleted THEN 'true' ELSE 'false' END), "
            "'updated_at', r.updated_at, 'data', json(r.data)) "
            "FROM records r WHERE r.collection = ? AND r.seq > ? AND "
            "(r.department = ? OR EXISTS (SELECT 1 FROM record_audience a WHERE "
            "a.collection = r.collection AND a.id = r.id AND a.user_id = ?)) "
            "ORDER BY r.seq LIMIT ?",
            (collection, after, actor.department, actor.user_id, limit))
        return [(int(r[0]), str(r[1])) for r in rows]

    def count_changes(self, actor: Actor, collection: str, after: int) -> int:
        # The department's records (an index-only range count) plus those addressed to
        # the user from other departments (few): the same set as :meth:`changes`, each
        # record once, without visiting every record after the cursor.
        row = self.conn.execute(
            "SELECT (SELECT count(*) FROM records WHERE collection = ?1 AND "
            "department = ?3 AND seq > ?2) + (SELECT count(*) FROM record_audience a "
            "CROSS JOIN records r ON r.collection = a.collection AND r.id = a.id "
            "WHERE a.user_id = ?4 AND a.collection = ?1 AND r.seq > ?2 AND "
            "r.department <> ?3)",
            (collection, after, actor.department, actor.user_id)).fetchone()
        return int(row[0])

    def collections(self) -> list[str]:
        rows = self.conn.execute("SELECT DISTINCT collection FROM records ORDER BY collection")
        return [str(r[0]) for r in rows]

    # -- idempotency ------------------------------------------------------------------

    def mutation(self, conn: sqlite3.Connection, mutation_id: str) -> sqlite3.Row | None:
        row: sqlite3.Row | None = conn.execute(
            "SELECT * FROM mutations WHERE mutation_id = ?", (mutation_id,)).fetchone()
        return row

    def save_mutation(self, conn: sqlite3.Connection, mutation_id: str, user_id: str,
                      name: str, payload_hash: str, result: dict[str, Any]) -> None:
        conn.execute(
            "INSERT INTO mutations(mutation_id, user_id, name, payload_hash, result, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (mutation_id, user_id, name, payload_hash,
             json.dumps(result, ensure_ascii=False), time.time()))

    def purge_mutations(self, older_than: float) -> int:
        with self.write() as conn:
            cur = conn.execute("DELETE FROM mutations WHERE created_at < ?", (older_than,))
            return cur.rowcount

    def mutation_count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM mutations").fetchone()[0])

    # -- the audit trail ----------------------------------------------------------------

    def audit_head(self, conn: sqlite3.Connection, chain: str) -> tuple[str, int, str] | None:
        row = conn.execute("SELECT user_id, seq, hash FROM audit_heads WHERE chain = ?",
                           (chain,)).fetchone()
        return None if row is None else (str(row[0]), int(row[1]), str(row[2]))

    def add_audit_entry(self, conn: sqlite3.Connection, entry: dict[str, Any]) -> None:
        columns = list(entry)
        conn.execute(f"INSERT INTO audit_entries({', '.join(columns)}, received_at) VALUES "
                     f"({', '.join('?' for _ in columns)}, ?)",
                     [*(entry[c] for c in columns), time.time()])
        conn.execute("INSERT INTO audit_heads(chain, user_id, seq, hash) VALUES (?, ?, ?, ?) "
                     "ON CONFLICT(chain) DO UPDATE SET seq = excluded.seq, hash = excluded.hash",
                     (entry["chain"], entry["user_id"], entry["seq"], entry["hash"]))

    def audit_by_subject(self, subject: str, limit: int) -> list[dict[str, Any]]:
        cur = self.conn.execute(
            "SELECT at, username, department, plugin, what, why, collection, record_id, "
            "chain, seq FROM audit_entries WHERE subject = ? ORDER BY at DESC LIMIT ?",
            (subject, limit))
        return [dict(r) for r in cur.fetchall()]

    # -- attachments -------------------------------------------------------------------

    def blob(self, sha256: str) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.conn.execute(
            "SELECT * FROM blobs WHERE sha256 = ?", (sha256,)).fetchone()
        return row

    def add_blob(self, conn: sqlite3.Connection, sha256: str, size: int, department: str,
                 user_id: str) -> None:
        conn.execute("INSERT OR IGNORE INTO blobs(sha256, size, department, uploaded_by, "
                     "created_at) VALUES (?, ?, ?, ?, ?)",
                     (sha256, size, department, user_id, time.time()))

    def grant_blob(self, conn: sqlite3.Connection, sha256: str, department: str) -> None:
        conn.execute("INSERT OR IGNORE INTO blob_access(sha256, department) VALUES (?, ?)",
                     (sha256, department))

    def blob_access(self, sha256: str, department: str) -> bool:
        return self.conn.execute(
            "SELECT 1 FROM blob_access WHERE sha256 = ? AND department = ?",
            (sha256, department)).fetchone() is not None

    def create_upload(self, conn: sqlite3.Connection, upload_id: str, sha256: str, size: int,
                      user_id: str, department: str) -> None:
        conn.execute("INSERT INTO uploads(id, sha256, size, user_id, department, created_at) "
                     "VALUES (?, ?, ?, ?, ?, ?)",
                     (upload_id, sha256, size, user_id, department, time.time()))

    def upload(self, conn: sqlite3.Connection, upload_id: str) -> sqlite3.Row | None:
        row: sqlite3.Row | None = conn.execute(
            "SELECT * FROM uploads WHERE id = ?", (upload_id,)).fetchone()
        return row

    def set_upload_received(self, conn: sqlite3.Connection, upload_id: str,
                            received: int) -> None:
        conn.execute("UPDATE uploads SET received = ? WHERE id = ?", (received, upload_id))

    def delete_upload(self, conn: sqlite3.Connection, upload_id: str) -> None:
        conn.execute("DELETE FROM uploads WHERE id = ?", (upload_id,))
