"""An in-memory transaction for running the requests module's mutators without a store."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from wp_egov.domain import DOMAIN

from workplace.api import Actor, MutationRejectedError, Record, Tx

HEAD = Actor("u-head", "head", "appeals", frozenset({"head"}), "Head")
CLERK = Actor("u-clerk", "clerk", "appeals", frozenset({"clerk"}), "Clerk")
EXEC = Actor("u-exec", "exec", "appeals", frozenset({"executor"}), "Executor")
OTHER = Actor("u-other", "other", "appeals", frozenset({"executor"}), "Other")

# A valid IIN (born 1 Jan 1990, male) and BIN used across the tests.
IIN = "900101300037"
BIN = "050140000091"


def at(day: str, hour: int = 6) -> datetime:
    """A moment on ``day`` in Kazakhstan's working hours (UTC 06:00 is 11:00 there)."""
    return datetime.fromisoformat(f"{day}T{hour:02d}:00:00").replace(tzinfo=UTC)


class MemoryTx(Tx):
    def __init__(self, db: dict[tuple[str, str], Record], actor: Actor, now: datetime,
                 authoritative: bool = True) -> None:
        self.db, self.actor, self.now, self.authoritative = db, actor, now, authoritative
        self.seq = db.setdefault(("_seq", "_seq"), Record("_seq", "_seq", {"n": 0}))

    def get(self, collection: str, record_id: str) -> Record | None:
        return self.db.get((collection, record_id))

    def put(self, collection: str, record_id: str, data: Mapping[str, Any], *,
            department: str | None = None, audience: tuple[str, ...] | None = None) -> None:
        old = self.db.get((collection, record_id))
        self.db[(collection, record_id)] = Record(
            collection, record_id, dict(data),
            department=department or (old.department if old else self.actor.department),
            audience=audience if audience is not None else (old.audience if old else ()))

    def delete(self, collection: str, record_id: str) -> None:
        self.db.pop((collection, record_id), None)

    def next_number(self, sequence: str) -> int | None:
        if not self.authoritative:
            return None
        n = int(self.db[("_seq", "_seq")].data["n"]) + 1
        self.db[("_seq", "_seq")] = Record("_seq", "_seq", {"n": n})
        return n


class Desk:
    """Runs mutators as someone on a given day against one in-memory database."""

    def __init__(self) -> None:
        self.db: dict[tuple[str, str], Record] = {}

    def run(self, name: str, actor: Actor, day: str, **args: Any) -> None:
        snapshot = dict(self.db)
        try:
            DOMAIN.mutators[name](MemoryTx(self.db, actor, at(day)), args)
        except MutationRejectedError:
            self.db.clear()
            self.db.update(snapshot)  # all or nothing, as the stores do
            raise

    def data(self, rec_id: str) -> Mapping[str, Any]:
        return self.db[("wp_egov.requests", rec_id)].data

    def register(self, day: str, service: str = "APPEAL", **extra: Any) -> str:
        rec_id = str(uuid.uuid4())
        args: dict[str, Any] = {
            "id": rec_id, "channel": "eotinish", "service_code": service,
            "applicant": {"kind": "person", "iin": IIN, "name": "Серікбаев Ержан",
                          "phone": "+7 701 000 00 00", "address": "Астана қ."},
            "subject": "Жол жөндеу", "text": "Кенесары көшесіндегі жолды жөндеуді сұраймын.",
            "lang": "kk"}
        args.update(extra)
        self.run("wp_egov.register", CLERK, day, **args)
        return rec_id
