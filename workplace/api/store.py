"""The local offline store as plugins see it: read with queries, write with mutators.

Everything here is asynchronous: the SQLite work runs on the store's own thread and
the result comes back on the application loop. Plugins never write records
directly — :meth:`Store.mutate` runs a mutator on the local copy at once (so the
change shows immediately, online or not) and queues it for the gateway.
"""

from __future__ import annotations

import abc
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from workplace.api.domain import Actor, JSONObject, Record


@dataclass(frozen=True)
class Query:
    """What to read from one collection.

    ``where`` matches top-level data fields by equality (``{"status": "draft"}``);
    ``range`` keeps records whose field lies in ``[low, high)`` — either bound may be
    ``None`` (``{"deadline": (None, "2026-03-20")}``: before 20 March; values compare
    as SQLite compares them, so ISO dates compare as dates); ``search`` is a full-text
    query over the collection's ``search`` fields (words match by prefix);
    ``order_by`` names a data field (or ``updated_at``). A collection's declared
    ``index`` (manifest) makes ``where`` + ``range`` + ``order_by`` on those fields
    fast at any size. (``range``: API 1.5.)
    """

    collection: str
    where: Mapping[str, Any] = field(default_factory=dict)
    range: Mapping[str, tuple[Any, Any]] = field(default_factory=dict)
    search: str = ""
    order_by: str = ""
    descending: bool = False
    limit: int = 100
    offset: int = 0


@dataclass(frozen=True)
class SearchHit:
    """One record found by the global search, with a short highlighted excerpt."""

    collection: str
    id: str
    title: str
    snippet: str


@dataclass(frozen=True)
class LocalRecord:
    """A record as the local store holds it: ``pending`` counts unsent changes to it."""

    record: Record
    pending: int = 0


@dataclass(frozen=True)
class MutationReceipt:
    """What :meth:`Store.mutate` did locally; the gateway's answer comes later."""

    mutation_id: str
    records: Sequence[Record]


class Store(abc.ABC):
    """``ctx.store`` (permission ``storage``)."""

    #: The signed-in user that mutations run as (``user_id`` is empty until sign-in):
    #: whose queue is "mine", who may do what.
    actor: Actor

    @abc.abstractmethod
    async def get(self, collection: str, record_id: str) -> LocalRecord | None:
        """One record, or ``None``."""

    @abc.abstractmethod
    async def query(self, query: Query) -> list[LocalRecord]:
        """Records matching ``query``, at most ``query.limit``."""

    @abc.abstractmethod
    async def count(self, query: Query) -> int:
        """How many records match (``limit`` and ``offset`` are ignored)."""

    @abc.abstractmethod
    async def mutate(self, name: str, args: JSONObject) -> MutationReceipt:
        """Run the mutator ``name`` locally and queue it for the gateway.

        Raises :class:`~workplace.api.MutationRejectedError` if the mutator refuses;
        nothing is written then. Raises ``PermissionError`` if ``name`` is another
        plugin's mutator: a module changes only its own records, and asks the owner
        (``ctx.plugin_api``) for anything else.
        """

    async def search(self, text: str, per_collection: int = 5) -> list[SearchHit]:
        """The best matches (bm25) in every searchable collection of every module:
        each word of ``text`` must start a word of the record (API 1.4)."""
        raise NotImplementedError

    @abc.abstractmethod
    def watch(self, collections: Sequence[str],
              callback: Callable[[frozenset[str]], None]) -> Callable[[], None]:
        """Call ``callback(changed_collections)`` on the loop after every change to any of
        ``collections``; returns a function that stops watching."""
