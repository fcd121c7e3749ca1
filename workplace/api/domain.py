"""Shared domain code: records, and mutators that run on the client and the gateway.

A *mutator* is a named domain action — a plain function ``fn(tx, args)`` that reads
records through ``tx`` and writes new states through ``tx.put`` / ``tx.delete``.
The client runs it at once on its local store (optimistically, offline too) and
queues it; the gateway runs the very same function again, authoritatively and with
authorization. One definition, two places, no drift.

A plugin's Qt-free domain module exports a :class:`Domain` and its manifest names it
(``domain = "my_plugin.domain:DOMAIN"``) together with its collections and mutators::

    DOMAIN = Domain()

    @DOMAIN.mutator("my_plugin.create_note")
    def create_note(tx: Tx, args: dict[str, Any]) -> None:
        title = require_str(args, "title", max_len=200)
        tx.put("my_plugin.notes", require_id(args, "id"), {"title": title})

Mutators must be deterministic given ``tx`` and ``args``: take time from ``tx.now``,
numbers the gateway assigns from ``tx.next_number`` (``None`` on the client, where
the value stays pending until the gateway answers), never from the machine.
"""

from __future__ import annotations

import abc
import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from workplace.api.calendar import WorkingCalendar, process_calendar

JSONObject = dict[str, Any]


@dataclass(frozen=True)
class Record:
    """One record of a collection as both sides store it.

    ``version`` is given by the gateway (0: not yet accepted by it). ``department``
    owns the record; ``audience`` lists the ids of users it is addressed to. A user
    sees the records of their department and those addressed to them.
    """

    collection: str
    id: str
    data: Mapping[str, Any]
    version: int = 0
    department: str = ""
    audience: tuple[str, ...] = ()
    deleted: bool = False
    updated_at: str = ""


@dataclass(frozen=True)
class Actor:
    """Who runs a mutation: the signed-in user."""

    user_id: str
    username: str
    department: str
    roles: frozenset[str] = frozenset()
    display_name: str = ""

    def has_role(self, role: str) -> bool:
        """Whether the user holds ``role`` (``clerk``, ``executor``, ``head``, ``admin``)."""
        return role in self.roles


class MutationRejectedError(Exception):
    """A mutator refuses the change; ``reason`` is shown to the user as it is.

    Raise it for anything the user can fix (a missing field, a wrong state). The
    gateway answers ``rejected`` with the reason; the client undoes the change.
    """

    def __init__(self, reason: str, code: str = "rejected") -> None:
        super().__init__(reason)
        self.reason = reason
        self.code = code


class Tx(abc.ABC):
    """A mutator's view of the store during one mutation (one transaction)."""

    actor: Actor
    #: The time of the mutation, UTC; on the gateway the authoritative time.
    now: datetime
    #: True on the gateway, False when run optimistically on the client.
    authoritative: bool

    @property
    def calendar(self) -> WorkingCalendar:
        """The working-day calendar of this process (the same data on client and
        gateway once synced): count legal deadlines with it."""
        return process_calendar()

    @abc.abstractmethod
    def get(self, collection: str, record_id: str) -> Record | None:
        """The current record, or ``None`` if it does not exist (or is not visible)."""

    @abc.abstractmethod
    def put(self, collection: str, record_id: str, data: Mapping[str, Any], *,
            department: str | None = None, audience: tuple[str, ...] | None = None) -> None:
        """Write the record's new state. ``department`` defaults to the existing
        record's or, for a new record, the actor's."""

    @abc.abstractmethod
    def delete(self, collection: str, record_id: str) -> None:
        """Delete the record (a tombstone reaches every client)."""

    @abc.abstractmethod
    def next_number(self, sequence: str) -> int | None:
        """The next number of a gateway-wide sequence (e.g. a journal's registration
        numbers for a year); ``None`` on the client, where it stays pending."""


Mutator = Callable[[Tx, JSONObject], None]


@dataclass
class Domain:
    """The collections and mutators a plugin's domain module offers."""

    mutators: dict[str, Mutator] = field(default_factory=dict)

    def mutator(self, name: str) -> Callable[[Mutator], Mutator]:
        """Decorator registering ``fn`` as the mutator ``name``."""

        def register(fn: Mutator) -> Mutator:
            if name in self.mutators:
                raise ValueError(f"mutator {name!r} is defined twice")
            self.mutators[name] = fn
            return fn

        return register


# -- argument checks for mutators: each raises MutationRejectedError naming the field --

_UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def require_str(args: Mapping[str, Any], key: str, *, max_len: int = 10_000,
                allow_empty: bool = False) -> str:
    """``args[key]`` as a stripped string; rejected when missing, empty or too long."""
    value = args.get(key)
    if not isinstance(value, str):
        raise MutationRejectedError(f"'{key}' must be text", "invalid_argument")
    value = value.strip()
    if not value and not allow_empty:
        raise MutationRejectedError(f"'{key}' must not be empty", "invalid_argument")
    if len(value) > max_len:
        raise MutationRejectedError(f"'{key}' is longer than {max_len} characters",
                                    "invalid_argument")
    return value


def require_id(args: Mapping[str, Any], key: str = "id") -> str:
    """``args[key]`` as a lowercase UUID string (ids of new records are made by clients)."""
    value = args.get(key)
    if not isinstance(value, str) or not _UUID_RE.match(value):
        raise MutationRejectedError(f"'{key}' must be a UUID", "invalid_argument")
    return value


def new_id() -> str:
    """A fresh record id, as clients make them for records they create."""
    return str(uuid.uuid4())
