"""An in-memory Tx for the documents domain: the gateway's rules of visibility,
without a server — for fast tests of the mutators."""

from __future__ import annotations

import copy
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from wp_documents.domain import DOMAIN

from workplace.api import Actor, Record, Tx


def uid(name: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"docs-test:{name}"))


PEOPLE = {
    "clerk": Actor(uid("clerk"), "clerk", "north", frozenset({"clerk"}), "Clerk Қ."),
    "author": Actor(uid("author"), "author", "north", frozenset({"executor"}), "Author А."),
    "head": Actor(uid("head"), "head", "north", frozenset({"head"}), "Head Б."),
    "deputy": Actor(uid("deputy"), "deputy", "north", frozenset({"executor"}), "Deputy В."),
    "approver1": Actor(uid("approver1"), "approver1", "south", frozenset({"executor"}),
                       "Approver One"),
    "approver2": Actor(uid("approver2"), "approver2", "south", frozenset({"head"}),
                       "Approver Two"),
    "executor": Actor(uid("executor"), "executor", "south", frozenset({"executor"}),
                      "Executor Е."),
}


def ref(name: str) -> dict[str, str]:
    a = PEOPLE[name]
    return {"id": a.user_id, "name": a.display_name}


@dataclass
class World:
    """Records by (collection, id), and sequences, shared by every MemoryTx."""

    records: dict[tuple[str, str], Record] = field(default_factory=dict)
    seqs: dict[str, int] = field(default_factory=dict)
    now: datetime = field(default_factory=lambda: datetime(2026, 11, 25, 9, 0, tzinfo=UTC))
    authoritative: bool = True

    def run(self, who: str, mutator: str, /, **args: Any) -> None:
        tx = MemoryTx(self, PEOPLE[who])
        DOMAIN.mutators[mutator](tx, json.loads(json.dumps(args)))
        self.records.update(tx.writes)

    def doc(self, doc_id: str) -> dict[str, Any]:
        return dict(self.records[("wp_documents.documents", doc_id)].data)


class MemoryTx(Tx):
    def __init__(self, world: World, actor: Actor) -> None:
        self.world, self.actor, self.now = world, actor, world.now
        self.authoritative = world.authoritative
        self.writes: dict[tuple[str, str], Record] = {}

    def _visible(self, r: Record) -> bool:
        return r.department == self.actor.department or self.actor.user_id in r.audience

    def get(self, collection: str, record_id: str) -> Record | None:
        r = self.writes.get((collection, record_id)) or self.world.records.get(
            (collection, record_id))
        return r if r is not None and self._visible(r) and not r.deleted else None

    def put(self, collection: str, record_id: str, data: Mapping[str, Any], *,
            department: str | None = None, audience: tuple[str, ...] | None = None) -> None:
        old = self.writes.get((collection, record_id)) or self.world.records.get(
            (collection, record_id))
        if old is not None and not self._visible(old):
            raise PermissionError("no access")
        self.writes[(collection, record_id)] = Record(
            collection, record_id, copy.deepcopy(dict(data)),
            department=department or (old.department if old else self.actor.department),
            audience=audience if audience is not None else (old.audience if old else ()))

    def delete(self, collection: str, record_id: str) -> None:
        raise NotImplementedError

    def next_number(self, sequence: str) -> int | None:
        if not self.authoritative:
            return None
        self.world.seqs[sequence] = self.world.seqs.get(sequence, 0) + 1
        return self.world.seqs[sequence]
