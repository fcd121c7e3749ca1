"""The store on the application loop: the plugins' ``ctx.store`` and the sync engine's.

All SQLite work runs on one dedicated thread (the store's lane of the background
runner); results come back on the loop, and watchers are told which collections
changed after each write.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from workplace.api import Actor, JSONObject, Mutator, Record
from workplace.api.store import LocalRecord, MutationReceipt, Query, SearchHit, Store
from workplace.background import BackgroundRunner
from workplace.events import Event
from workplace.logs import kv
from workplace.store.encryption import CacheEncryptionError, ProfileKeys
from workplace.store.local import LocalStore, OutboxEntry

T = TypeVar("T")
_log = logging.getLogger("workplace.store")


class StoreService(Store):
    def __init__(self, path: Path, collections: Mapping[str, tuple[str, ...]] | None = None,
                 mutators: Mapping[str, Mutator] | None = None,
                 titles: Mapping[str, str] | None = None, keys: ProfileKeys | None = None,
                 indexes: Mapping[str, Sequence[tuple[str, ...]]] | None = None) -> None:
        self.path = path
        #: Where the cache's key comes from (the app's: the keyring); None: a plain file.
        self.keys = keys
        #: Why the cache could not be opened (a key problem): callers get it, not a wait.
        self.failure: CacheEncryptionError | None = None
        self._collections = dict(collections or {})
        self._mutators = dict(mutators or {})
        self._titles = dict(titles or {})
        self._indexes: dict[str, Sequence[tuple[str, ...]]] = dict(indexes or {})
        self._owners: dict[str, str] = {}
        self._closing = False
        self._ready = asyncio.Event()
        # One thread for the connection: SQLite objects must stay on their thread.
        self._lane = BackgroundRunner(max_workers=1, name="workplace-store")
        self._local: LocalStore | None = None
        self.actor = Actor(user_id="", username="", department="")
        self._watchers: list[tuple[frozenset[str], Callable[[frozenset[str]], None]]] = []
        #: Emitted on the loop with the collections a write changed.
        self.changed = Event[[frozenset[str]]]()
        #: Emitted after a local mutation was queued (the sync engine pushes soon).
        self.queued = Event[[]]()
        #: Emitted after :meth:`set_user` bound the cache to a server and user: what is
        #: fetched for that session (the staff directory) can now be kept in it.
        self.bound = Event[[]]()

    @property
    def collections(self) -> dict[str, tuple[str, ...]]:
        return dict(self._collections)

    def configure(self, collections: Mapping[str, tuple[str, ...]],
                  mutators: Mapping[str, Mutator], titles: Mapping[str, str],
                  indexes: Mapping[str, Sequence[tuple[str, ...]]] | None = None,
                  owners: Mapping[str, str] | None = None) -> None:
        """Set what the active plugins declared; before :meth:`open`.

        ``owners`` maps each mutator to the plugin whose domain defines it: a plugin's
        ``ctx.store`` (:meth:`for_plugin`) runs only its own.
        """
        self._collections, self._mutators = dict(collections), dict(mutators)
        self._titles = dict(titles)
        self._indexes = dict(indexes or {})
        self._owners = dict(owners or {})

    def for_plugin(self, plugin_id: str) -> Store:
        """The store as ``ctx.store`` of ``plugin_id``: it reads everything the user may
        see, and changes records only through that plugin's own mutators."""
        return PluginStore(self, plugin_id)

    def owner_of(self, mutator: str) -> str | None:
        return self._owners.get(mutator)

    async def open(self) -> list[str]:
        """Open (and if needed repair or encrypt) the cache; returns what had to be
        recovered. Raises :class:`CacheEncryptionError` if its key cannot be had."""
        try:
            self._local = await self._lane.run(self._open_local)
        except CacheEncryptionError as exc:
            self.failure = exc
            self._ready.set()
            raise
        self._ready.set()
        return list(self._local.recovered)

    def _open_local(self) -> LocalStore:
        key = None if self.keys is None else self.keys.cache_key(self.path)
        return LocalStore(self.path, self._collections, self._mutators, key=key,
                          indexes=self._indexes)

    async def _run(self, fn: Callable[..., T], *args: Any) -> T:
        # Plugins may ask before the cache is open (they start first): they wait. Pass
        # a lambda that looks up self.local inside, so the lookup happens after the wait.
        await self._ready.wait()
        if self.failure is not None:
            raise self.failure
        if self._closing:
            # The app is quitting and the cache closing: what a page asks now (a count
            # refreshed as the window goes) ends as the app's other tasks end, cancelled,
            # rather than failing on a closed database.
            raise asyncio.CancelledError
        return await self._lane.run(fn, *args)

    @property
    def local(self) -> LocalStore:
        if self._local is None:
            raise RuntimeError("the store is not open")
        return self._local

    def _notify(self, changed: set[str] | frozenset[str]) -> None:
        if not changed:
            return
        changed = frozenset(changed)
        self.changed.emit(changed)
        for wanted, callback in list(self._watchers):
            if wanted & changed:
                callback(changed)

    # -- the plugin API ------------------------------------------------------------------

    async def get(self, collection: str, record_id: str) -> LocalRecord | None:
        return await self._run(lambda: self.local.get(collection, record_id))

    async def query(self, query: Query) -> list[LocalRecord]:
        return await self._run(lambda: self.local.query(query))

    async def count(self, query: Query) -> int:
        return await self._run(lambda: self.local.count(query))

    async def mutate(self, name: str, args: JSONObject) -> MutationReceipt:
        mutation_id, records = await self._run(lambda: self.local.mutate(self.actor, name, args))
        self._notify({r.collection for r in records})
        self.queued.emit()
        return MutationReceipt(mutation_id, records)

    def watch(self, collections: Sequence[str],
              callback: Callable[[frozenset[str]], None]) -> Callable[[], None]:
        entry = (frozenset(collections), callback)
        self._watchers.append(entry)
        return lambda: self._watchers.remove(entry) if entry in self._watchers else None

    async def run_local(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(local_store, *args)`` on the store's thread (platform services)."""
        return await self._run(lambda: fn(self.local, *args))

    # -- for the shell and the sync engine --------------------------------------------

    async def search(self, text: str, per_collection: int = 5) -> list[SearchHit]:
        return await self._run(lambda: self.local.search(text, per_collection, self._titles))

    @staticmethod
    def owner_key(server: str, user_id: str) -> str:
        """Whose the cache is, as :meth:`set_user` records it (``meta`` key ``owner``)."""
        return f"{server}|{user_id}"

    async def set_user(self, actor: Actor, server: str = "") -> str | None:
        """Bind the cache to this server and user; returns where another owner's cache
        was moved, if it was."""
        self.actor = actor
        owner = self.owner_key(server, actor.user_id)
        moved = await self._run(lambda: self.local.bind(owner))
        await self._run(lambda: self.local.set_actor(actor))
        if moved:
            self._notify(set(self._collections))
        self.bound.emit()
        return moved

    async def cursor(self, collection: str) -> int:
        return await self._run(lambda: self.local.cursor(collection))

    async def apply_page(self, collection: str, records: Sequence[Mapping[str, Any]],
                         cursor: int) -> None:
        if await self._run(lambda: self.local.apply_page(collection, records, cursor)):
            self._notify({collection})

    async def apply_page_json(self, collection: str, body: str, cursor: int,
                              records: int) -> None:
        """:meth:`apply_page` for a page as the gateway sent it (JSON text) that
        ``LocalStore.page_head`` found plain; ``records``: how many it holds."""
        await self._run(self.local.apply_page_json, collection, body, cursor)
        if records:
            self._notify({collection})

    async def pending(self, limit: int) -> list[OutboxEntry]:
        return await self._run(lambda: self.local.pending(limit))

    async def mark_attempt(self, mutation_ids: Sequence[str]) -> None:
        await self._run(lambda: self.local.mark_attempt(mutation_ids))

    async def apply_results(self, results: Sequence[Mapping[str, Any]]) -> None:
        self._notify(await self._run(lambda: self.local.apply_results(results)))

    async def unsent_count(self) -> int:
        return await self._run(lambda: self.local.unsent_count())  # noqa: PLW0108 (lazy)

    async def outbox(self, states: Sequence[str] = ("pending", "rejected", "conflict"),
                     ) -> list[OutboxEntry]:
        return await self._run(lambda: self.local.outbox(tuple(states)))

    async def conflicts(self) -> list[dict[str, Any]]:
        return await self._run(lambda: self.local.conflicts())  # noqa: PLW0108 (lazy)

    async def resolve_conflict(self, mutation_id: str, keep_mine: bool,
                               theirs_fields: Sequence[str] = ()) -> None:
        """See :meth:`LocalStore.resolve_conflict`."""
        self._notify(await self._run(
            lambda: self.local.resolve_conflict(mutation_id, keep_mine, theirs_fields)))
        self.queued.emit()

    async def discard(self, mutation_id: str) -> None:
        self._notify(await self._run(lambda: self.local.discard(mutation_id)))

    async def close(self) -> None:
        self._closing = True
        self._ready.set()  # whoever still waits for the opening hears it is closing
        if self._local is not None:
            await self._lane.run(self._local.close)  # not _run: it may never have opened
            self._local = None
        self._lane.shutdown()


def record_from_wire(rec: Mapping[str, Any]) -> Record:
    return Record(collection=rec["collection"], id=rec["id"], version=rec["version"],
                  department=rec.get("department", ""), audience=tuple(rec.get("audience", ())),
                  deleted=bool(rec.get("deleted")), updated_at=rec.get("updated_at", ""),
                  data=rec.get("data", {}))


class PluginStore(Store):
    """One plugin's ``ctx.store``: the shared store, but only its own mutators.

    Reads are shared (the assistant cites documents, a module shows another's linked
    records); changes are not. The gateway authorises a mutation by user only, so
    without this check any plugin could run another's mutators as the user — e.g.
    approve a document. A module that wants another's records changed asks that module
    (``ctx.plugin_api``), which then decides with its own rules and messages.
    """

    def __init__(self, service: StoreService, plugin_id: str) -> None:
        self._service = service
        self._plugin_id = plugin_id

    @property  # read-only here: the shell sets the user, on the service
    def actor(self) -> Actor:  # type: ignore[override]
        return self._service.actor

    async def get(self, collection: str, record_id: str) -> LocalRecord | None:
        return await self._service.get(collection, record_id)

    async def query(self, query: Query) -> list[LocalRecord]:
        return await self._service.query(query)

    async def count(self, query: Query) -> int:
        return await self._service.count(query)

    async def search(self, text: str, per_collection: int = 5) -> list[SearchHit]:
        return await self._service.search(text, per_collection)

    def watch(self, collections: Sequence[str],
              callback: Callable[[frozenset[str]], None]) -> Callable[[], None]:
        return self._service.watch(collections, callback)

    async def mutate(self, name: str, args: JSONObject) -> MutationReceipt:
        owner = self._service.owner_of(name)
        if owner is not None and owner != self._plugin_id:
            _log.warning(kv("foreign_mutator_refused", plugin=self._plugin_id,
                            mutator=name, owner=owner))
            raise PermissionError(
                f"plugin '{self._plugin_id}' may change only its own records: the "
                f"mutator '{name}' belongs to '{owner}' (ask that module through "
                f"ctx.plugin_api('{owner}'))")
        return await self._service.mutate(name, args)
