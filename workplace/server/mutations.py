"""Applying pushed mutations authoritatively: idempotency, base versions, authorization.

Each mutation runs in its own savepoint: the idempotency record, the version checks,
the mutator and its writes are kept together or not at all, so a retry after a lost
answer (or a crash) finds either nothing or the complete result. A pushed batch is one
write transaction of such savepoints — one commit per batch, not per mutation, and
the batch's answer is sent only after it (a crash before: nothing of it was kept).
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import traceback
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from workplace.api import Actor, MutationRejectedError, Record, Tx, is_digest
from workplace.audit import AUDIT_MUTATOR, GENESIS, verify_chain
from workplace.audit import FIELDS as AUDIT_FIELDS
from workplace.logs import kv
from workplace.pluginhost.domains import DomainRegistry
from workplace.server.store import GatewayStore
from workplace.store.merge import keep_fields

_log = logging.getLogger("workplace.server.mutations")


def visible(record: Record, actor: Actor) -> bool:
    """A user sees the records of their department and those addressed to them."""
    return record.department == actor.department or actor.user_id in record.audience


def payload_hash(name: str, args: Mapping[str, Any], base: Mapping[str, int],
                 keep_theirs: Mapping[str, Sequence[str]] | None = None) -> str:
    payload: dict[str, Any] = {"name": name, "args": args, "base": base}
    if keep_theirs:  # absent when empty: the hashes of plain changes stay as they were
        payload["keep_theirs"] = {k: sorted(v) for k, v in keep_theirs.items()}
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def record_json(record: Record) -> dict[str, Any]:
    return {"collection": record.collection, "id": record.id, "version": record.version,
            "department": record.department, "audience": list(record.audience),
            "deleted": record.deleted, "updated_at": record.updated_at,
            "data": dict(record.data)}


@dataclass
class _Write:
    record: Record


class _RejectedError(Exception):
    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


@dataclass
class GatewayTx(Tx):
    """The mutator's view of the gateway database within one write transaction."""

    store: GatewayStore
    conn: sqlite3.Connection
    actor: Actor
    now: datetime
    authoritative: bool = True
    writes: dict[tuple[str, str], Record] = field(default_factory=dict)

    def _current(self, collection: str, record_id: str) -> Record | None:
        key = (collection, record_id)
        if key in self.writes:
            return self.writes[key]
        return self.store.get_record(self.conn, collection, record_id)

    def get(self, collection: str, record_id: str) -> Record | None:
        record = self._current(collection, record_id)
        if record is None or record.deleted or not visible(record, self.actor):
            return None
        return record

    def put(self, collection: str, record_id: str, data: Mapping[str, Any], *,
            department: str | None = None, audience: tuple[str, ...] | None = None) -> None:
        existing = self._current(collection, record_id)
        if existing is not None and not visible(existing, self.actor):
            raise _RejectedError("forbidden", "You have no access to this record.")
        owner = department or (existing.department if existing else self.actor.department)
        if owner != self.actor.department and (existing is None or owner != existing.department):
            raise _RejectedError("forbidden",
                            "A record cannot be written into another department.")
        try:
            json.dumps(dict(data))
        except (TypeError, ValueError) as exc:
            raise _RejectedError("invalid_data", f"The record cannot be stored: {exc}") from exc
        self.writes[(collection, record_id)] = Record(
            collection=collection, id=record_id, data=dict(data),
            department=owner,
            audience=tuple(audience) if audience is not None
            else (existing.audience if existing else ()),
            updated_at=self.now.isoformat())

    def delete(self, collection: str, record_id: str) -> None:
        existing = self._current(collection, record_id)
        if existing is None or existing.deleted:
            return
        if not visible(existing, self.actor):
            raise _RejectedError("forbidden", "You have no access to this record.")
        self.writes[(collection, record_id)] = Record(
            collection=collection, id=record_id, data={}, department=existing.department,
            audience=existing.audience, deleted=True, updated_at=self.now.isoformat())

    def next_number(self, sequence: str) -> int | None:
        return self.store.next_seq(self.conn, f"domain:{sequence}")


@dataclass(frozen=True)
class MutationIn:
    mutation_id: str
    name: str
    args: dict[str, Any]
    base_versions: dict[str, int]
    #: Fields of records whose gateway values the change must leave as they are (a
    #: conflict the user resolved field by field).
    keep_theirs: dict[str, list[str]] = field(default_factory=dict)


class MutationEngine:
    def __init__(self, store: GatewayStore, domains: DomainRegistry) -> None:
        self.store = store
        self.domains = domains

    def apply(self, actor: Actor, m: MutationIn) -> tuple[dict[str, Any], set[str]]:
        """The result of one mutation and the collections it changed."""
        with self.store.write() as conn:
            return self._apply(conn, actor, m, {})

    def apply_batch(self, actor: Actor, batch: Sequence[MutationIn],
                    ) -> tuple[list[dict[str, Any]], set[str]]:
        """The results of a batch, in order, and the collections it changed.

        A client queues several changes to one record on the version it last saw, each
        made on top of the one before. Within a batch such a change is taken as based on
        what the batch's earlier change of that record produced (``chain``: record key
        -> (the base version the client sent, the version the batch produced)), so a
        queue of n changes to one record costs one round trip, not n.
        """
        results: list[dict[str, Any]] = []
        changed: set[str] = set()
        chain: dict[str, tuple[int, int]] = {}
        with self.store.write() as conn:
            for m in batch:
                result, touched = self._apply(conn, actor, m, chain)
                results.append(result)
                changed |= touched
        return results, changed

    @staticmethod
    def _extend_chain(chain: dict[str, tuple[int, int]], m: MutationIn,
                      result: Mapping[str, Any]) -> None:
        for rec in result.get("records", ()):
            key = f"{rec['collection']}/{rec['id']}"
            if key in m.base_versions:
                chain[key] = (m.base_versions[key], int(rec["version"]))

    def _apply(self, conn: sqlite3.Connection, actor: Actor, m: MutationIn,
               chain: dict[str, tuple[int, int]]) -> tuple[dict[str, Any], set[str]]:
        """One mutation in a savepoint of the write transaction ``conn`` is in."""
        digest = payload_hash(m.name, m.args, m.base_versions, m.keep_theirs)
        conn.execute("SAVEPOINT mutation")
        try:
            prior = self.store.mutation(conn, m.mutation_id)
            if prior is not None:
                if prior["payload_hash"] != digest or prior["user_id"] != actor.user_id:
                    return self._refusal(
                        m, "idempotency_key_reused",
                        "This change's key was already used for a different change. "
                        "The app must make a new key for every change."), set()
                first = json.loads(prior["result"])
                if first["status"] == "applied":
                    self._extend_chain(chain, m, first)
                return {**first, "status": "duplicate", "first_status": first["status"]}, set()
            result, changed = self._run(conn, actor, m, chain)
            if result["status"] == "applied":
                self._extend_chain(chain, m, result)
            # A conflict is not remembered: the client resolves it and retries with
            # new base versions under the same key.
            if result["status"] != "conflict":
                self.store.save_mutation(conn, m.mutation_id, actor.user_id, m.name,
                                         digest, result)
            return result, changed
        except _RejectedError as exc:
            # Undo what it did; remember the refusal, so a retry gets the same answer.
            conn.execute("ROLLBACK TO mutation")
            result = self._refusal(m, exc.code, exc.reason)
            self.store.save_mutation(conn, m.mutation_id, actor.user_id, m.name, digest,
                                     result)
            return result, set()
        except BaseException:
            conn.execute("ROLLBACK TO mutation")
            raise
        finally:
            conn.execute("RELEASE mutation")

    def _share_files(self, conn: sqlite3.Connection, actor: Actor, record: Record) -> None:
        """Whoever may see a record may read the files it refers to (by SHA-256): its
        department, and the departments of the people it is addressed to.

        Only files the writer may read themselves (or not uploaded yet — an offline
        change may arrive before its file) are shared this way: a record cannot be used
        to reach a file its writer could not.
        """
        if record.deleted:
            return
        digests = set(_digests_in(record.data))
        if not digests:
            return
        departments = {record.department}
        for user_id in record.audience:
            user = self.store.user_by_id(user_id)
            if user is not None:
                departments.add(user.department)
        for digest in digests:
            blob = self.store.blob(digest)
            if blob is not None and blob["uploaded_by"] != actor.user_id and \
                    not self.store.blob_access(digest, actor.department):
                continue
            for department in departments:
                self.store.grant_blob(conn, digest, department)

    def _refusal(self, m: MutationIn, code: str, reason: str) -> dict[str, Any]:
        return {"mutation_id": m.mutation_id, "status": "rejected", "code": code,
                "reason": reason}

    def _audit(self, conn: sqlite3.Connection, actor: Actor,
               m: MutationIn) -> tuple[dict[str, Any], set[str]]:
        """Take one audit entry if it continues its client's chain, unchanged."""
        entry = {f: m.args.get(f) for f in (*AUDIT_FIELDS, "hash")}
        if set(m.args) != set(entry) or not all(
                isinstance(entry[f], int if f == "seq" else str) for f in entry):
            raise _RejectedError("invalid_audit_entry", "The audit entry is malformed.")
        if entry["user_id"] != actor.user_id:
            raise _RejectedError("forbidden", "An audit entry can only be sent by its user.")
        head = self.store.audit_head(conn, str(entry["chain"]))
        if head is not None and head[0] != actor.user_id:
            raise _RejectedError("forbidden", "This audit chain belongs to another user.")
        seq, prev = (head[1], head[2]) if head else (0, GENESIS)
        check = verify_chain([entry], start_seq=seq + 1, start_hash=prev)
        if not check.ok:
            _log.error(kv("audit_chain_broken", chain=entry["chain"], user=actor.username,
                          reason=check.reason))
            raise _RejectedError("audit_chain_broken",
                                 "The audit trail of this computer was altered: "
                                 f"{check.reason}. Your administrator has been alerted.")
        self.store.add_audit_entry(conn, entry)
        return {"mutation_id": m.mutation_id, "status": "applied", "records": []}, set()

    def _run(self, conn: sqlite3.Connection, actor: Actor, m: MutationIn,
             chain: Mapping[str, tuple[int, int]]) -> tuple[dict[str, Any], set[str]]:
        if m.name == AUDIT_MUTATOR:
            return self._audit(conn, actor, m)
        mutator = self.domains.mutators.get(m.name)
        if mutator is None:
            raise _RejectedError("unknown_mutator",
                            f"This server does not know the change '{m.name}'. "
                            "Its module may not be installed on the server.")
        conflicts = []
        for key, base in m.base_versions.items():
            collection, _, record_id = key.partition("/")
            current = self.store.get_record(conn, collection, record_id)
            if current is not None and not visible(current, actor):
                raise _RejectedError("forbidden", "You have no access to this record.")
            version = current.version if current else 0
            if version != base and chain.get(key) != (base, version):
                conflicts.append(record_json(current) if current else {
                    "collection": collection, "id": record_id, "version": 0, "deleted": True,
                    "department": "", "audience": [], "updated_at": "", "data": {}})
        if conflicts:
            return {"mutation_id": m.mutation_id, "status": "conflict",
                    "records": conflicts}, set()
        tx = GatewayTx(store=self.store, conn=conn, actor=actor, now=datetime.now(UTC))
        try:
            mutator(tx, m.args)
        except MutationRejectedError as exc:
            raise _RejectedError(exc.code, exc.reason) from exc
        except _RejectedError:
            raise
        except Exception as exc:
            _log.error("mutator %s failed\n%s", m.name, traceback.format_exc())
            raise _RejectedError("mutator_failed",
                            "The server could not apply this change because of an error in "
                            "its module. Your administrator can find it in the gateway log.") \
                from exc
        for key, fields in m.keep_theirs.items():
            collection, _, record_id = key.partition("/")
            written_record = tx.writes.get((collection, record_id))
            before = self.store.get_record(conn, collection, record_id)
            if written_record is not None and before is not None and not written_record.deleted:
                tx.writes[(collection, record_id)] = replace(
                    written_record, data=keep_fields(written_record.data, before.data, fields))
        written = []
        for record in tx.writes.values():
            seq = self.store.next_seq(conn)
            stored = Record(collection=record.collection, id=record.id, data=record.data,
                            version=seq, department=record.department,
                            audience=record.audience, deleted=record.deleted,
                            updated_at=record.updated_at)
            self.store.put_record(conn, stored, seq)
            self._share_files(conn, actor, stored)
            written.append(record_json(stored))
        _log.info(kv("mutation", name=m.name, user=actor.username, writes=len(written)))
        return ({"mutation_id": m.mutation_id, "status": "applied", "records": written},
                {r["collection"] for r in written})


def _digests_in(value: Any) -> Iterator[str]:
    """Every SHA-256 digest (64 lowercase hex digits) among a record's string values."""
    if isinstance(value, str):
        if is_digest(value):
            yield value
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _digests_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from _digests_in(item)
