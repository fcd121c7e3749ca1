"""The Documents benchmarks: the registry over 1M documents, and document cards.

``measure(ctx)`` is what run.py calls; it runs this file as a child process twice:
``build`` (set-up, not measured: a local cache of N demo documents with the plugin's
search fields) and ``measure`` (offscreen Qt, the real plugin widgets over the real
store). The child prints its figures as one ``RESULT {json}`` line.

* ``registry_open_ms`` — from creating the RegistryPage to the first paint of its
  table that draws real rows (not "…" placeholders).
* ``doc_card_open_p95_ms`` — 50 DocumentCards of random documents, each from
  creation to its tabs filled (the record read from the store and drawn).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[1]
RESULT = "RESULT "
RECORDS = 1_000_000
CARDS = 50


def _collections() -> dict[str, tuple[str, ...]]:
    import tomllib

    manifest = tomllib.loads((REPO_ROOT / "plugins/wp_documents/manifest.toml").read_text())
    return {c["id"]: tuple(c.get("search", ())) for c in manifest["collections"]}


def _wire(count: int) -> Iterator[dict[str, Any]]:
    from workplace.server import demo

    for n, r in enumerate(demo.records(2026, documents=count, requests=0), start=1):
        yield {"collection": r.collection, "id": r.id, "version": n, "department": r.department,
               "audience": list(r.audience), "deleted": False,
               "updated_at": "2026-01-01T00:00:00+00:00", "data": r.data}


def build(path: Path, count: int) -> None:
    """A cache of ``count`` demo documents (set-up: synchronous off)."""
    from workplace.store.local import LocalStore

    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    local = LocalStore(path, _collections(), {})
    local.db.conn.execute("PRAGMA synchronous=OFF")
    local.db.conn.execute("PRAGMA cache_size=-262144")
    page: list[dict[str, Any]] = []
    started = time.perf_counter()
    for record in _wire(count):
        page.append(record)
        if len(page) == 5000:
            local.apply_page("wp_documents.documents", page, page[-1]["version"])
            page = []
    if page:
        local.apply_page("wp_documents.documents", page, page[-1]["version"])
    local.close()
    Path(f"{path}.complete").write_text(str(count))
    print(f"built {count:,} documents in {time.perf_counter() - started:.0f} s", flush=True)


class _Ctx:
    """The part of PluginContext the Documents widgets use, over a real StoreService."""

    def __init__(self, store: Any) -> None:
        from workplace.api.calendar import process_calendar

        self.store = store
        self.calendar = process_calendar()
        self.language = "ru"
        self.settings = _Settings()

    async def run_blocking(self, fn: Any, *args: Any) -> Any:
        return await asyncio.to_thread(fn, *args)


class _Settings:
    def get(self, _key: str, default: Any) -> Any:
        return default


def measure_child(path: Path) -> dict[str, float]:
    import qasync
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from workplace.api import Actor, Query
    from workplace.app import run_until_done
    from workplace.store.service import StoreService

    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)  # closing a card must not end the run
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    class FirstRows(QObject):
        def __init__(self, view: Any) -> None:
            super().__init__()
            self.view = view
            self.future: asyncio.Future[float] = loop.create_future()

        def eventFilter(self, _w: QObject, event: QEvent) -> bool:  # noqa: N802
            model = self.view.model()
            if (event.type() == QEvent.Type.Paint and not self.future.done()
                    and model.rowCount() and model.record_at(0) is not None):
                self.future.set_result(time.perf_counter())
            return False

    async def main() -> dict[str, float]:
        from wp_documents.ui.card import DocumentCard
        from wp_documents.ui.registry import RegistryPage

        store = StoreService(path, _collections(), {})
        await store.open()
        store.actor = Actor("00000000-0000-4000-8000-000000000001", "bench", "appeals",
                            frozenset({"clerk", "head"}), "Bench")
        ctx: Any = _Ctx(store)
        try:
            started = time.perf_counter()
            page = RegistryPage(ctx, lambda _id: None)
            page.resize(1400, 860)
            watcher = FirstRows(page.table)
            page.table.viewport().installEventFilter(watcher)
            page.show()
            registry_ms = (await asyncio.wait_for(watcher.future, 60) - started) * 1000
            rows = page.table.doc_model.rowCount()
            # A filter the full-text index does not answer (kind: a JSON field):
            # informational, no target — the store has no index on JSON fields.
            model = page.table.doc_model
            started = time.perf_counter()
            page.kind.setCurrentIndex(page.kind.findData("incoming"))
            while not (model.loaded and model.rowCount() and model.record_at(0) is not None):
                await asyncio.sleep(0.001)
            kind_ms = (time.perf_counter() - started) * 1000
            started = time.perf_counter()
            page.kind.setCurrentIndex(0)
            page.period.setCurrentIndex(page.period.findData("month"))
            while not (model.loaded and model.record_at(0) is not None):
                await asyncio.sleep(0.001)
            period_ms = (time.perf_counter() - started) * 1000
            offset = random.Random(7).randrange(max(rows - CARDS, 1))
            ids = [r.record.id for r in await store.query(
                Query("wp_documents.documents", limit=CARDS, offset=offset))]
            samples = []
            for doc_id in ids:
                t = time.perf_counter()
                card = DocumentCard(ctx, doc_id)
                card.show()
                while not card.doc:
                    await asyncio.sleep(0)
                samples.append((time.perf_counter() - t) * 1000)
                card.close_card()
                card.deleteLater()
                await asyncio.sleep(0.01)
            page.close()
            samples.sort()
            p95 = samples[max(0, round(0.95 * len(samples)) - 1)]
            return {"registry_open_ms": round(registry_ms, 1), "registry_rows": rows,
                    "registry_filter_kind_ms": round(kind_ms, 1),
                    "registry_filter_month_ms": round(period_ms, 1),
                    "doc_card_open_p95_ms": round(p95, 1),
                    "doc_card_open_median_ms": round(samples[len(samples) // 2], 1)}
        finally:
            await store.close()

    try:
        return run_until_done(loop, main())
    finally:
        loop.close()


def _run(ctx: Any, args: list[str], timeout: float) -> dict[str, float]:
    """Run this file as a child with ``args``; its lines are relayed, its figures returned."""
    import storebench  # beside this file

    return storebench.run_child(ctx.python, ctx.env, args, timeout=timeout,
                                script=Path(__file__).name)


def measure(ctx: Any) -> dict[str, float]:
    """Build the cache once per run, then measure in a fresh process."""
    import storebench  # beside this file

    path = storebench.cache_once(ctx, Path(__file__).name, "documents", ctx.scaled(RECORDS),
                                 "documents", 3600)
    return _run(ctx, ["measure", str(path)], 600)


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser()
    parser.add_argument("cmd", choices=("build", "measure"))
    parser.add_argument("path", type=Path)
    parser.add_argument("count", type=int, nargs="?", default=RECORDS)
    a = parser.parse_args()
    if a.cmd == "build":
        build(a.path, a.count)
        print(RESULT + json.dumps({"built": a.count}), flush=True)
    else:
        print(RESULT + json.dumps(measure_child(a.path)), flush=True)
