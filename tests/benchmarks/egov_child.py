"""The citizens' requests benchmarks: a queue over 500k requests; the SLA engine.

``measure(ctx)`` is what run.py calls; it runs this file as a child process: ``build``
(set-up, not measured: a local cache of N demo requests in the module's shape, with
its search fields and indexes, as the app's store makes it) and ``measure`` (offscreen
Qt, the real RequestsPage over the real store). The child prints its figures as one
``RESULT {json}`` line.

* ``egov_queue_open_ms`` — from creating the RequestsPage (it opens the Department
  queue: every open request, soonest deadline first) to the first paint of its table
  that draws real rows (not "…" placeholders). The slowest of the queues is the
  figure; each is also reported (``egov_open_<queue>_ms``), measured by switching to
  it on the open page (Alt+n) until its table paints real rows.
* ``sla_recompute_per_s`` — :func:`wp_egov.sla.recompute` (what every mutator ends
  with) over 20,000 requests of the cache, on the 2026 calendar, per second.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[1]
RESULT = "RESULT "
RECORDS = 500_000
SLA_SAMPLE = 20_000
REQUESTS = "wp_egov.requests"


def _manifest() -> list[dict[str, Any]]:
    import tomllib

    manifest = tomllib.loads((REPO_ROOT / "plugins/wp_egov/manifest.toml").read_text())
    return list(manifest["collections"])


def _collections() -> dict[str, tuple[str, ...]]:
    return {c["id"]: tuple(c.get("search", ())) for c in _manifest()}


def _indexes() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The indexes the manifest declares (the app's store keeps them)."""
    return {c["id"]: tuple(tuple(i) for i in c.get("index", ())) for c in _manifest()}


def _wire(count: int) -> Iterator[dict[str, Any]]:
    from workplace.server import demo

    for n, r in enumerate(demo.records(2026, documents=0, requests=count), start=1):
        yield {"collection": r.collection, "id": r.id, "version": n, "department": r.department,
               "audience": list(r.audience), "deleted": False,
               "updated_at": "2026-01-01T00:00:00+00:00", "data": r.data}


def build(path: Path, count: int) -> None:
    """A cache of ``count`` demo requests (set-up: synchronous off)."""
    from workplace.store.local import LocalStore

    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    local = LocalStore(path, _collections(), {}, indexes=_indexes())
    local.db.conn.execute("PRAGMA synchronous=OFF")
    local.db.conn.execute("PRAGMA cache_size=-262144")
    page: list[dict[str, Any]] = []
    started = time.perf_counter()
    for record in _wire(count):
        page.append(record)
        if len(page) == 5000:
            local.apply_page(REQUESTS, page, page[-1]["version"])
            page = []
    if page:
        local.apply_page(REQUESTS, page, page[-1]["version"])
    local.db.conn.execute("ANALYZE")
    local.close()
    Path(f"{path}.complete").write_text(str(count))
    print(f"built {count:,} requests in {time.perf_counter() - started:.0f} s", flush=True)


class _Ctx:
    """The part of PluginContext the requests page uses, over a real StoreService."""

    def __init__(self, store: Any, settings_path: Path) -> None:
        from workplace.api.calendar import process_calendar
        from workplace.settings import SettingsStore

        self.store = store
        self.calendar = process_calendar()
        self.language = "ru"
        # The plugin's real settings namespace (saved views live there), in a file of
        # the benchmark's own.
        self.settings = SettingsStore(settings_path).namespace("plugin:wp_egov")

    def notify(self, *_args: Any) -> None:
        pass

    async def run_blocking(self, fn: Any, *args: Any) -> Any:
        return await asyncio.to_thread(fn, *args)


def _demo_today() -> Any:
    from datetime import date

    from workplace.server import demo

    return date.fromisoformat(demo._CALENDAR[demo._TODAY].iso)  # the demo's "today"


def _busiest_executor(path: Path) -> str:
    import sqlite3

    from workplace.store.schema import table_name

    conn = sqlite3.connect(path)
    try:
        row = conn.execute(
            f"SELECT json_extract(data, '$.executor') AS e, count(*) FROM "
            f"[{table_name(REQUESTS)}] WHERE json_extract(data, '$.open') AND e IS NOT NULL "
            f"GROUP BY e ORDER BY 2 DESC LIMIT 1").fetchone()
    finally:
        conn.close()
    return str(row[0])


def measure_child(path: Path) -> dict[str, float]:
    import qasync
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from workplace.api import Actor
    from workplace.app import run_until_done
    from workplace.store.service import StoreService

    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    me = _busiest_executor(path)

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

    async def _shown(page: Any, painted: asyncio.Future[float]) -> float:
        """When the queue's rows were painted, or when it was known to be empty."""
        deadline = time.perf_counter() + 60
        while not painted.done():
            model = page.table.model()
            if not page._tasks and getattr(model, "loaded", True) and model.rowCount() == 0:
                return time.perf_counter()
            if time.perf_counter() > deadline:
                raise TimeoutError(f"queue {page.queue_index} showed nothing in 60 s")
            await asyncio.sleep(0.001)
        return painted.result()

    async def main() -> dict[str, float]:
        from wp_egov.ui.page import RequestsPage
        from wp_egov.ui.queues import QUEUES

        store = StoreService(path, _collections(), {}, indexes=_indexes())
        await store.open()
        store.actor = Actor(me, "bench", "appeals", frozenset({"executor"}), "Bench")
        ctx: Any = _Ctx(store, path.with_name("egov-bench-settings.json"))
        try:
            started = time.perf_counter()
            page = RequestsPage(ctx, today=_demo_today())
            page.resize(1400, 860)
            watcher = FirstRows(page.table)
            page.table.viewport().installEventFilter(watcher)
            page.show()
            figures: dict[str, float] = {}
            figures["egov_open_department_ms"] = round(
                (await asyncio.wait_for(watcher.future, 60) - started) * 1000, 1)
            figures["egov_department_rows"] = page.table.model().rowCount()
            # Let the page's own start-up work (the queue counts) finish first.
            while page._tasks:
                await asyncio.sleep(0.005)
            for n, queue in enumerate(QUEUES):
                if queue.id == "department":
                    continue
                watcher.future = loop.create_future()
                started = time.perf_counter()
                page.queues.setCurrentRow(n)
                figures[f"egov_open_{queue.id}_ms"] = round(
                    (await _shown(page, watcher.future) - started) * 1000, 1)
                figures[f"egov_{queue.id}_rows"] = page.table.model().rowCount()
                print(f"{queue.id}: {figures[f'egov_open_{queue.id}_ms']} ms", file=sys.stderr)
                while page._tasks:
                    await asyncio.sleep(0.005)
            figures["egov_queue_open_ms"] = max(
                v for k, v in figures.items() if k.startswith("egov_open_"))
            page.table.viewport().removeEventFilter(watcher)
            page.close()
            page.deleteLater()
            return figures
        finally:
            await store.close()

    try:
        return run_until_done(loop, main())
    finally:
        loop.close()


def sla_child(path: Path) -> dict[str, float]:
    """:func:`sla.recompute` per second over real requests' data (no Qt, no store)."""
    import sqlite3

    from wp_egov import sla

    from workplace.api.calendar import process_calendar
    from workplace.store.schema import table_name

    conn = sqlite3.connect(path)
    try:
        rows = [json.loads(r[0]) for r in conn.execute(
            f"SELECT data FROM [{table_name(REQUESTS)}] ORDER BY rowid LIMIT ?",
            (SLA_SAMPLE,))]
    finally:
        conn.close()
    calendar = process_calendar()
    today = _demo_today()
    for data in rows[:1000]:  # warm-up
        sla.recompute(data, today, calendar)
    rounds = []
    for _ in range(3):
        started = time.perf_counter()
        for data in rows:
            sla.recompute(data, today, calendar)
        rounds.append(len(rows) / (time.perf_counter() - started))
    rounds.sort()
    return {"sla_recompute_per_s": round(rounds[1]), "sla_recompute_sample": len(rows)}


def _run(ctx: Any, args: list[str], timeout: float) -> dict[str, float]:
    """Run this file as a child with ``args``; its lines are relayed, its figures returned."""
    import storebench  # beside this file

    return storebench.run_child(ctx.python, ctx.env, args, timeout=timeout,
                                script=Path(__file__).name)


def _cache(ctx: Any) -> Path:
    import storebench  # beside this file

    return storebench.cache_once(ctx, Path(__file__).name, "egov", ctx.scaled(RECORDS),
                                 "requests", 3600)


def measure_queue(ctx: Any) -> dict[str, float]:
    """Build the cache once per run, then open the queues in fresh processes."""
    path = _cache(ctx)
    runs = [_run(ctx, ["measure", str(path)], 600) for _ in range(ctx.runs)]
    out: dict[str, float] = {}
    for key in runs[0]:
        values = sorted(r[key] for r in runs)
        out[key] = values[len(values) // 2]
    ctx.log(f"  egov_queue_open_ms over {ctx.runs} runs: "
            f"{[r['egov_queue_open_ms'] for r in runs]}")
    return out


def measure_sla(ctx: Any) -> dict[str, float]:
    return _run(ctx, ["sla", str(_cache(ctx))], 600)


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(REPO_ROOT / "plugins"))
    parser = argparse.ArgumentParser()
    parser.add_argument("cmd", choices=("build", "measure", "sla"))
    parser.add_argument("path", type=Path)
    parser.add_argument("count", type=int, nargs="?", default=RECORDS)
    a = parser.parse_args()
    if a.cmd == "build":
        build(a.path, a.count)
        print(RESULT + json.dumps({"built": a.count}), flush=True)
    elif a.cmd == "sla":
        print(RESULT + json.dumps(sla_child(a.path)), flush=True)
    else:
        print(RESULT + json.dumps(measure_child(a.path)), flush=True)
