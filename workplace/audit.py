"""The personal-data audit trail: every look at a citizen's data leaves a trace first.

A plugin about to show personal data (an unmasked IIN, a citizen's card) calls
``await ctx.audit.record(...)`` and shows the data only after it returns: by then
the entry is committed in the local cache, in the same transaction as its outbox
entry, so it survives a crash or kill -9 at any later moment and reaches the
gateway exactly once, like any change.

Entries form a hash chain per device profile: each holds the hash of the one before.
Deleting, editing or reordering any entry breaks the chain, here
(``workplace --verify-audit``) and on the gateway, which checks every client's chain
as it arrives and keeps its head.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

AUDIT_MUTATOR = "workplace.audit.append"
GENESIS = "0" * 64
# The fields an entry's hash covers, in order; "hash" itself is not among them.
FIELDS = ("chain", "seq", "at", "user_id", "username", "department", "plugin", "subject",
          "what", "why", "collection", "record_id", "prev_hash")


class AuditError(RuntimeError):
    """The entry could not be recorded: the data must not be shown."""


@dataclass(frozen=True)
class AuditEntry:
    """One look at personal data: who, when, what, whose (``subject``), why."""

    chain: str
    seq: int
    at: str
    user_id: str
    username: str
    department: str
    plugin: str
    subject: str
    what: str
    why: str
    collection: str
    record_id: str
    prev_hash: str
    hash: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def entry_hash(entry: Mapping[str, Any]) -> str:
    """SHA-256 over the canonical JSON of the covered fields."""
    canonical = json.dumps([entry[f] for f in FIELDS], ensure_ascii=False,
                           separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    entries: int
    #: Index of the first entry that does not fit, or -1.
    broken_at: int = -1
    reason: str = ""


def verify_chain(entries: Sequence[Mapping[str, Any]], *, start_seq: int = 1,
                 start_hash: str = GENESIS) -> ChainCheck:
    """Check that ``entries`` continue the chain from (``start_seq``, ``start_hash``)."""
    prev_hash, chain = start_hash, None
    for i, entry in enumerate(entries):
        expected_seq = start_seq + i
        if chain is None:
            chain = entry.get("chain")
        reason = ""
        if entry.get("chain") != chain:
            reason = "belongs to another chain"
        elif entry.get("seq") != expected_seq:
            reason = f"sequence {entry.get('seq')} where {expected_seq} was expected"
        elif entry.get("prev_hash") != prev_hash:
            reason = "does not follow the entry before it"
        else:
            try:
                if entry_hash(entry) != entry.get("hash"):
                    reason = "its content was changed"
            except KeyError as exc:
                reason = f"field {exc} is missing"
        if reason:
            return ChainCheck(False, len(entries), i, f"entry {i + 1}: {reason}")
        prev_hash = str(entry["hash"])
    return ChainCheck(True, len(entries))


class AuditTrail:
    """``ctx.audit`` for plugins (permission ``personal-data``)."""

    def __init__(self, store: Any, plugin: str = "") -> None:
        self._store = store  # a workplace.store.service.StoreService
        self._plugin = plugin

    def for_plugin(self, plugin: str) -> AuditTrail:
        return AuditTrail(self._store, plugin)

    async def record(self, *, subject: str, what: str, why: str, collection: str = "",
                     record_id: str = "") -> AuditEntry:
        """Record that the signed-in user is about to see ``what`` of ``subject`` (e.g.
        the IIN of the citizen) for the purpose ``why``. Show the data only after this
        returns; if it raises :class:`AuditError`, do not show it."""
        from workplace.store import audit_log

        try:
            entry: AuditEntry = await self._store.run_local(
                audit_log.append, self._store.actor, self._plugin, subject, what, why,
                collection, record_id)
        except (PermissionError, ValueError, OSError) as exc:
            raise AuditError(str(exc)) from exc
        self._store.queued.emit()  # send it on its way
        return entry
