"""A plugin's collections and mutators in a real local store (SQLite), used synchronously."""

from __future__ import annotations

from pathlib import Path

from workplace.api import Actor, JSONObject, PluginManifest, Record
from workplace.api.store import LocalRecord, Query
from workplace.devkit.memory import DEFAULT_ACTOR


class StoreHarness:
    """The client's local copy for the plugins given: ``mutate`` runs a mutator
    optimistically and queues it (``unsent_count``), as ``ctx.store.mutate`` does."""

    def __init__(self, path: Path, manifests: list[PluginManifest],
                 actor: Actor = DEFAULT_ACTOR) -> None:
        from workplace.pluginhost.domains import domains_of
        from workplace.store.local import LocalStore

        registry = domains_of(manifests)
        if registry.errors:
            raise RuntimeError(f"the plugins' domains cannot be loaded: {registry.errors}")
        self.actor = actor
        self.local = LocalStore(path, registry.collections, registry.mutators)

    def mutate(self, name: str, args: JSONObject, actor: Actor | None = None) -> list[Record]:
        """Run ``name`` here and queue it for the gateway; the records it wrote."""
        _mutation_id, records = self.local.mutate(actor or self.actor, name, dict(args))
        return records

    def get(self, collection: str, record_id: str) -> LocalRecord | None:
        return self.local.get(collection, record_id)

    def query(self, query: Query) -> list[LocalRecord]:
        return self.local.query(query)

    def unsent_count(self) -> int:
        """Changes queued for the gateway and not yet accepted by it."""
        return self.local.unsent_count()

    def close(self) -> None:
        self.local.close()
