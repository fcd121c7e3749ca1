"""Run a plugin's mutators in memory, without a store or a gateway: quick domain tests."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from workplace.api import Actor, Domain, JSONObject, Record, Tx

#: Who mutations run as unless a test says otherwise.
DEFAULT_ACTOR = Actor(user_id="00000000-0000-4000-8000-00000000a11c", username="alice",
                      department="north", roles=frozenset({"clerk"}), display_name="Alice")

_Key = tuple[str, str]


class MemoryTx(Tx):
    """One mutation's view of a :class:`DomainRunner`'s records; writes are kept apart
    until the mutator returns, so a mutator that raises changes nothing."""

    def __init__(self, runner: DomainRunner, actor: Actor, now: datetime,
                 authoritative: bool) -> None:
        self.actor, self.now, self.authoritative = actor, now, authoritative
        self._runner = runner
        self.writes: dict[_Key, Record] = {}

    def get(self, collection: str, record_id: str) -> Record | None:
        key = (collection, record_id)
        record = self.writes.get(key) or self._runner.records.get(key)
        return None if record is None or record.deleted else record

    def put(self, collection: str, record_id: str, data: Mapping[str, Any], *,
            department: str | None = None, audience: tuple[str, ...] | None = None) -> None:
        old = self.get(collection, record_id)
        self.writes[(collection, record_id)] = Record(
            collection=collection, id=record_id, data=dict(data),
            department=department or (old.department if old else self.actor.department),
            audience=audience if audience is not None else (old.audience if old else ()),
            updated_at=self.now.isoformat())

    def delete(self, collection: str, record_id: str) -> None:
        old = self.get(collection, record_id)
        if old is not None:
            self.writes[(collection, record_id)] = Record(
                collection=collection, id=record_id, data={}, department=old.department,
                deleted=True, updated_at=self.now.isoformat())

    def next_number(self, sequence: str) -> int | None:
        return self._runner.next_number(sequence) if self.authoritative else None


class DomainRunner:
    """A plugin's :class:`~workplace.api.Domain` over records kept in a dict.

    ``run`` behaves like the gateway (``authoritative=True``: numbers are given) or like
    the client's optimistic run (``authoritative=False``: numbers stay ``None``).
    """

    def __init__(self, domain: Domain, now: Callable[[], datetime] | None = None,
                 actor: Actor = DEFAULT_ACTOR) -> None:
        self.domain = domain
        self.actor = actor
        self.records: dict[_Key, Record] = {}
        self._now = now or (lambda: datetime.now(UTC))
        self._versions = itertools.count(1)
        self._numbers: dict[str, int] = {}

    def next_number(self, sequence: str) -> int:
        self._numbers[sequence] = self._numbers.get(sequence, 0) + 1
        return self._numbers[sequence]

    def run(self, name: str, args: JSONObject, *, actor: Actor | None = None,
            authoritative: bool = True) -> list[Record]:
        """Run mutator ``name``; returns the records it wrote (with new versions).

        A :class:`~workplace.api.MutationRejectedError` (or any error) propagates and
        nothing is written.
        """
        try:
            mutator = self.domain.mutators[name]
        except KeyError:
            raise KeyError(f"the domain has no mutator {name!r}; it has "
                           f"{sorted(self.domain.mutators)}") from None
        tx = MemoryTx(self, actor or self.actor, self._now(), authoritative)
        mutator(tx, args)
        written = []
        for key, record in tx.writes.items():
            stored = dataclasses.replace(record, version=next(self._versions))
            self.records[key] = stored
            written.append(stored)
        return written

    def get(self, collection: str, record_id: str) -> Record | None:
        """A record as it is now (``None`` if absent or deleted)."""
        record = self.records.get((collection, record_id))
        return None if record is None or record.deleted else record

    def all(self, collection: str) -> list[Record]:
        """Every live record of ``collection``, in the order they were first written."""
        return [r for (c, _i), r in self.records.items() if c == collection and not r.deleted]
