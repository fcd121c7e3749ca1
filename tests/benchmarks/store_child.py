"""The measuring side of the store and sync benchmarks, one subcommand per measurement.

Run by ``run.py`` in a fresh process each (``python tests/benchmarks/store_child.py
CMD …``), so no measurement shares a GIL, a page cache of SQLite or a Qt application
with the driver or with the gateway. Each prints what it sees and, last, one
``RESULT {json}`` line.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import random
import re
import sqlite3
import statistics
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from storebench import (
    COLLECTIONS,
    DOCUMENTS,
    NOTES,
    PASSWORD,
    REPO_ROOT,
    SEED,
    log,
    percentile,
    result,
    rss_mb,
)

from workplace.api import Actor
from workplace.api.store import Query
from workplace.net.session import GatewaySession
from workplace.store import schema
from workplace.store.local import LocalStore
from workplace.store.service import StoreService
from workplace.store.sync import SyncEngine

COLUMNS = ("id, version, department, audience, deleted, updated_at, data, server_data, "
           "server_version, pending")


def _fresh(path: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


async def _signed_in(store: StoreService, url: str, user: str) -> GatewaySession:
    session = GatewaySession(url)
    await session.sign_in(user, PASSWORD)
    u = session.user
    assert u is not None
    await store.set_user(Actor(u.id, u.username, u.department, frozenset(u.roles),
                               u.display_name), url)
    return session


async def _first_sync(url: str, user: str, cache: Path) -> tuple[float, int]:
    """Seconds of the first sync of an empty cache, and how many records it pulled."""
    store = StoreService(_fresh(cache), COLLECTIONS, {})
    await store.open()
    session = await _signed_in(store, url, user)
    try:
        engine = SyncEngine(store, session)
        started = time.perf_counter()
        await engine.sync_once()
        elapsed = time.perf_counter() - started
        await engine.stop()
        return elapsed, engine.progress.done
    finally:
        await store.close()
        await session.aclose()


def _direct_insert(source: Path, target: Path) -> tuple[float, int]:
    """The baseline: the same rows straight into SQLite, one executemany transaction.

    The target is a LocalStore's own file, so it has the same tables, FTS triggers and
    connection settings as the synced cache; only the insert is timed.
    """
    src = sqlite3.connect(source)
    rows = {c: src.execute(f"SELECT {COLUMNS} FROM [{schema.table_name(c)}] "
                           f"ORDER BY rowid").fetchall() for c in COLLECTIONS}
    src.close()
    local = LocalStore(_fresh(target), COLLECTIONS, {})
    conn = local.db.conn
    try:
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        for collection, batch in rows.items():
            conn.executemany(f"INSERT INTO [{schema.table_name(collection)}]({COLUMNS}) "
                             f"VALUES (?,?,?,?,?,?,?,?,?,?)", batch)
        conn.execute("COMMIT")
        elapsed = time.perf_counter() - started
    finally:
        local.close()
    return elapsed, sum(len(b) for b in rows.values())


def cmd_pull(args: argparse.Namespace) -> None:
    work = Path(args.work)
    speeds: list[float] = []
    bases: list[float] = []
    ratios: list[float] = []
    pulled = 0
    for n in range(args.rounds):
        cache, direct = work / "pull-cache.db", work / "direct-insert.db"
        seconds, pulled = asyncio.run(_first_sync(args.url, args.user, cache))
        base_s, inserted = _direct_insert(cache, direct)
        if inserted != pulled:
            raise SystemExit(f"pulled {pulled} records but the cache holds {inserted}")
        speeds.append(pulled / seconds)
        bases.append(inserted / base_s)
        ratios.append(speeds[-1] / bases[-1])
        log(f"round {n + 1}: first sync {pulled} records in {seconds:.2f} s "
            f"({speeds[-1]:,.0f}/s); direct insert {base_s:.2f} s ({bases[-1]:,.0f}/s); "
            f"ratio {ratios[-1]:.2f}")
        _fresh(cache)
        _fresh(direct)
    result({"sync_pull_records": pulled,
            "sync_pull_records_per_s": round(statistics.median(speeds)),
            "direct_insert_records_per_s": round(statistics.median(bases)),
            "sync_pull_ratio": round(statistics.median(ratios), 3)})


# -- the GUI thread during the first sync -------------------------------------------------


def _schedstat() -> tuple[float, float] | None:
    """This thread's time on a CPU and waiting for one so far (ms; Linux only)."""
    try:
        ran, waited, _slices = Path(
            f"/proc/self/task/{threading.get_native_id()}/schedstat").read_text().split()
    except (OSError, ValueError):
        return None
    return int(ran) / 1e6, int(waited) / 1e6


def cmd_ui(args: argparse.Namespace) -> None:
    import qasync
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from workplace.app import run_until_done

    app = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    ticks: list[float] = []
    sched: dict[str, float] = {}
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))

    async def main() -> tuple[float, float, float, int]:
        store = StoreService(_fresh(Path(args.work) / "ui-cache.db"), COLLECTIONS, {})
        await store.open()
        session = await _signed_in(store, args.url, args.user)
        engine = SyncEngine(store, session)
        try:
            heartbeat.start()
            idle_from = time.perf_counter()
            await asyncio.sleep(1.0)  # the heartbeat's own jitter, for comparison
            started = time.perf_counter()
            before = _schedstat()
            await engine.sync_once()
            after = _schedstat()
            ended = time.perf_counter()
            heartbeat.stop()
            if before and after:
                sched.update(ran=after[0] - before[0], waited=after[1] - before[1])
            return idle_from, started, ended, engine.progress.done
        finally:
            heartbeat.stop()
            await engine.stop()
            await store.close()
            await session.aclose()

    try:
        idle_from, started, ended, pulled = run_until_done(loop, main())
    finally:
        loop.close()

    def gaps(since: float, until: float) -> list[float]:
        span = [t for t in ticks if since <= t <= until]
        return [(b - a) * 1000 for a, b in itertools.pairwise(span)]

    idle, busy = gaps(idle_from, started), gaps(started, ended)
    if len(busy) < 10:
        raise SystemExit(f"only {len(busy)} heartbeats during the sync")
    stalls = [max(0.0, g - 5.0) for g in busy]
    log(f"first sync of {pulled} records in {ended - started:.2f} s; {len(busy)} heartbeat "
        f"gaps: median {statistics.median(busy):.1f} ms, p99 {percentile(busy, 99):.1f} ms, "
        f"max {max(busy):.1f} ms (idle: p99 {percentile(idle, 99):.1f}, "
        f"max {max(idle):.1f} ms)")
    worst = sorted(busy)[-5:]
    log(f"five longest gaps: {', '.join(f'{g:.1f}' for g in worst)} ms; "
        f"gaps over 21 ms (a frame lost): {sum(g > 21 for g in busy)}")
    if sched:  # Linux: how much of it the GUI thread spent ready but without a CPU
        log(f"GUI thread during the sync: ran {sched['ran']:.0f} ms, waited "
            f"{sched['waited']:.0f} ms for a CPU (load average "
            f"{', '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs)")
    result({"ui_stall_max_ms": round(max(stalls), 1),
            "ui_stall_p99_ms": round(percentile(stalls, 99), 1),
            "ui_sync_records": pulled})


# -- a big local cache --------------------------------------------------------------------


def _wire_records(count: int) -> Iterator[dict[str, Any]]:
    from workplace.server import demo

    for n, r in enumerate(demo.records(SEED, documents=count, requests=0), start=1):
        yield {"collection": r.collection, "id": r.id, "version": n,
               "department": r.department, "audience": list(r.audience), "deleted": False,
               "updated_at": "2026-01-01T00:00:00+00:00", "data": r.data}


def cmd_build_cache(args: argparse.Namespace) -> None:
    """``--records`` demo documents into a cache, through LocalStore in big pages."""
    import queue

    path = _fresh(Path(args.path))
    started = time.perf_counter()
    local = LocalStore(path, COLLECTIONS, {})
    # Set-up, not what is measured: no syncs to disk, a bigger page cache.
    local.db.conn.execute("PRAGMA synchronous=OFF")
    local.db.conn.execute("PRAGMA cache_size=-262144")
    # Generating the demo text is pure Python; SQLite (FTS) lets go of the GIL: make
    # the next page in a thread while this one is written.
    pages: queue.Queue[list[dict[str, Any]] | None] = queue.Queue(maxsize=2)

    def produce() -> None:
        page: list[dict[str, Any]] = []
        for record in _wire_records(args.records):
            page.append(record)
            if len(page) == args.page:
                pages.put(page)
                page = []
        if page:
            pages.put(page)
        pages.put(None)

    threading.Thread(target=produce, daemon=True).start()
    written = 0
    while (page := pages.get()) is not None:
        local.apply_page(DOCUMENTS, page, page[-1]["version"])
        written += len(page)
        if written % (args.page * 10) == 0:
            log(f"{written:,} records in {time.perf_counter() - started:.0f} s")
    local.close()
    elapsed = time.perf_counter() - started
    size = sum(Path(f"{path}{s}").stat().st_size for s in ("", "-wal")
               if Path(f"{path}{s}").exists())
    log(f"built a cache of {written:,} documents in {elapsed:.1f} s "
        f"({written / elapsed:,.0f}/s, {size / 2**20:,.0f} MB)")
    Path(f"{path}.complete").write_text(str(written))
    result({"cache_records": written, "cache_build_s": round(elapsed, 1)})


# -- search --------------------------------------------------------------------------


def _queries(path: Path, count: int) -> list[str]:
    """``count`` varied queries: prefixes of Kazakh and Russian words of the data."""
    rng = random.Random(SEED)
    conn = sqlite3.connect(path)
    table = schema.table_name(DOCUMENTS)
    total = conn.execute(f"SELECT max(rowid) FROM [{table}]").fetchone()[0] or 0
    rowids = [rng.randint(1, total) for _ in range(400)]
    texts = [r[0] for r in conn.execute(
        f"SELECT json_extract(data, '$.title') || ' ' || json_extract(data, '$.summary') "
        f"FROM [{table}] WHERE rowid IN ({','.join(map(str, rowids))})")]
    conn.close()
    words: dict[str, None] = {}
    for text in texts:
        for word in re.findall(r"\w+", text.casefold()):
            if len(word) >= 4 and word.isalpha():
                words[word] = None
    pool = sorted(words)
    rng.shuffle(pool)
    queries: list[str] = []
    for word in pool:
        if len(queries) == count:
            break
        query = word[:rng.randint(3, len(word))]
        if rng.random() < 0.25:  # two words, as people narrow a search
            other = rng.choice(pool)
            query += " " + other[:rng.randint(3, len(other))]
        if query not in queries:
            queries.append(query)
    return queries


def cmd_search(args: argparse.Namespace) -> None:
    path = Path(args.path)
    queries = _queries(path, args.queries + 10)
    warm, queries = queries[:10], queries[10:]

    async def main() -> tuple[list[float], list[float], list[int], float]:
        started = time.perf_counter()
        store = StoreService(path, COLLECTIONS, {})
        await store.open()
        opened = time.perf_counter() - started
        try:
            for q in warm:  # a fresh connection's page cache is cold: warm it a little
                await store.search(q)
            search_ms, query_ms, hits = [], [], []
            for q in queries:
                t0 = time.perf_counter()
                found = await store.search(q)
                t1 = time.perf_counter()
                await store.query(Query(DOCUMENTS, search=q, limit=50))
                t2 = time.perf_counter()
                search_ms.append((t1 - t0) * 1000)
                query_ms.append((t2 - t1) * 1000)
                hits.append(len(found))
            return search_ms, query_ms, hits, opened
        finally:
            await store.close()

    search_ms, query_ms, hits, opened = asyncio.run(main())
    worst = sorted(zip(search_ms, queries, strict=True))[-3:]
    log(f"{len(queries)} queries (e.g. {', '.join(repr(q) for q in queries[:6])}); "
        f"{sum(h > 0 for h in hits)} found something; cache opened in {opened:.2f} s")
    log(f"search: p50 {percentile(search_ms, 50):.1f} ms, p95 {percentile(search_ms, 95):.1f}"
        f" ms, max {max(search_ms):.1f} ms (slowest: "
        f"{', '.join(f'{q!r} {ms:.0f} ms' for ms, q in worst)})")
    log(f"query(search=…, limit=50): p50 {percentile(query_ms, 50):.1f} ms, "
        f"p95 {percentile(query_ms, 95):.1f} ms, max {max(query_ms):.1f} ms")
    result({"search_p95_ms": round(percentile(search_ms, 95), 1),
            "search_query_p95_ms": round(percentile(query_ms, 95), 1),
            "cache_open_s": round(opened, 2)})


# -- the outbox -------------------------------------------------------------------------


def cmd_outbox(args: argparse.Namespace) -> None:
    sys.path.insert(0, str(REPO_ROOT / "tests" / "fixtures" / "plugins"))
    from notes_plugin.domain import DOMAIN

    async def main() -> dict[str, Any]:
        store = StoreService(_fresh(Path(args.work) / "outbox-cache.db"),
                             {NOTES: ("title", "body")}, DOMAIN.mutators)
        await store.open()
        session = await _signed_in(store, args.url, args.user)
        try:
            # Offline: the sync engine is not running; every change goes to the outbox.
            rng = random.Random(SEED)
            notes: list[str] = []
            kinds = {"create": 0, "edit": 0, "append_mark": 0}
            started = time.perf_counter()
            for n in range(args.changes):
                if not notes or rng.random() < 0.4:
                    notes.append(str(uuid.uuid4()))
                    name, change = "create", {"id": notes[-1], "title": f"Жазба {n}",
                                              "body": "Ескертпе мәтіні / текст заметки"}
                elif rng.random() < 0.5:
                    name, change = "edit", {"id": rng.choice(notes),
                                            "title": f"Жазба {n} (өзгертілді)"}
                else:
                    name, change = "append_mark", {"id": rng.choice(notes), "mark": f"m{n}"}
                kinds[name] += 1
                await store.mutate(f"notes_plugin.{name}", change)
            offline_s = time.perf_counter() - started
            queued = await store.unsent_count()
            engine = SyncEngine(store, session)
            sent = [0]
            push_batch = engine._push_batch

            async def counting(batch: list[Any]) -> None:
                sent[0] += len(batch)
                await push_batch(batch)

            engine._push_batch = counting  # type: ignore[method-assign]
            started, cpu = time.perf_counter(), time.process_time()
            await engine.push()
            push_s = time.perf_counter() - started
            push_cpu = time.process_time() - cpu
            left = await store.outbox()
            await engine.stop()
            return {"queued": queued, "offline_s": offline_s, "push_s": push_s,
                    "push_cpu": push_cpu,
                    "kinds": kinds, "left": len(left), "sent": sent[0],
                    "unsent": await store.unsent_count(),
                    "states": sorted({e.state for e in left})}
        finally:
            await store.close()
            await session.aclose()

    out = asyncio.run(main())
    log(f"{out['queued']} changes made offline in {out['offline_s']:.1f} s "
        f"({out['queued'] / out['offline_s']:,.0f}/s; {out['kinds']})")
    log(f"pushed in {out['push_s']:.2f} s ({out['queued'] / out['push_s']:,.0f}/s; "
        f"{out['push_cpu']:.2f} s of CPU in this process; "
        f"{out['sent']} sent: an edit based on a version the same batch replaces is "
        f"answered 'conflict', merged and sent again); outbox afterwards: "
        f"{out['unsent']} pending, {out['left']} kept {out['states']}")
    if out["unsent"] or out["left"]:
        raise SystemExit("the outbox did not drain")
    result({"outbox_changes": out["queued"],
            "outbox_replay_per_s": round(out["queued"] / out["push_s"]),
            "offline_mutations_per_s": round(out["queued"] / out["offline_s"])})


# -- a lazy list over a million records ------------------------------------------------------


def cmd_list(args: argparse.Namespace) -> None:
    try:
        from workplace.api.qt import RecordListModel
    except ImportError as exc:
        log(f"SKIPPED: workplace.api.qt.RecordListModel is not available ({exc})")
        result({"skipped": 1})
        return
    import qasync
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QTableView

    from workplace.app import run_until_done

    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)  # as the app: closing the view must not stop
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    class Shown(QObject):
        """Resolves a future at the first paint that draws real rows at the wanted end."""

        def __init__(self, view: QTableView, model: RecordListModel) -> None:
            super().__init__()
            self.view, self.model = view, model
            self.future: asyncio.Future[float] | None = None
            self.at_end = False

        def expect(self, at_end: bool) -> asyncio.Future[float]:
            self.at_end = at_end
            self.future = loop.create_future()
            return self.future

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if self.future is None or self.future.done() or event.type() != QEvent.Type.Paint:
                return False
            rows = self.model.rowCount()
            if rows == 0:
                return False
            bar = self.view.verticalScrollBar()
            if self.at_end and bar.value() != bar.maximum():
                return False
            first = self.view.rowAt(0)
            last = self.view.rowAt(self.view.viewport().height() - 1)
            last = rows - 1 if last < 0 else last
            if first >= 0 and self.model.record_at(first) is not None and \
                    self.model.record_at(last) is not None:
                self.future.set_result(time.perf_counter())  # this paint draws them
            return False

    columns = [
        (lambda: "Title", lambda r: str(r.record.data.get("title") or "")),
        (lambda: "Number", lambda r: str(r.record.data.get("reg_number") or "")),
        (lambda: "Status", lambda r: str(r.record.data.get("status") or "")),
        (lambda: "Deadline", lambda r: str(r.record.data.get("deadline") or "")),
    ]

    async def main() -> dict[str, float]:
        store = StoreService(Path(args.path), COLLECTIONS, {})
        t = time.perf_counter()
        await store.open()
        opened = time.perf_counter() - t
        try:
            before = rss_mb()
            started = time.perf_counter()
            model = RecordListModel(store, Query(DOCUMENTS), columns)
            view = QTableView()
            view.resize(1200, 800)
            shown = Shown(view, model)
            view.viewport().installEventFilter(shown)
            first = shown.expect(at_end=False)
            view.setModel(model)
            view.show()
            open_ms = (await asyncio.wait_for(first, 60) - started) * 1000
            rows = model.rowCount()
            await asyncio.sleep(0.2)
            end = shown.expect(at_end=True)
            started = time.perf_counter()
            view.scrollToBottom()
            view.viewport().update()
            end_ms = (await asyncio.wait_for(end, 60) - started) * 1000
            await asyncio.sleep(0.2)
            after = rss_mb()
            model.close()
            view.close()
            return {"open_ms": open_ms, "end_ms": end_ms, "rows": rows, "rss": after,
                    "rss_before": before, "opened": opened}
        finally:
            await store.close()

    try:
        out = run_until_done(loop, main())
    finally:
        loop.close()
    log(f"a QTableView over {out['rows']:,} records: first rows shown in "
        f"{out['open_ms']:.0f} ms, the last ones after scrolling to the end in "
        f"{out['end_ms']:.0f} ms; RSS {out['rss']:.0f} MB ({out['rss_before']:.0f} MB "
        f"before the view; the cache opened in {out['opened']:.2f} s)")
    result({"list_open_ms": round(out["open_ms"], 1),
            "list_scroll_end_ms": round(out["end_ms"], 1),
            "rss_mb_1m": round(out["rss"], 1), "list_records": out["rows"],
            # StoreService.open() on the cache just built (its pages are in the OS cache).
            "cache_open_1m_s": round(out["opened"], 2)})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("pull")
    p.add_argument("--url", required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--work", required=True)
    p.add_argument("--rounds", type=int, default=1)
    p.set_defaults(fn=cmd_pull)
    p = sub.add_parser("ui")
    p.add_argument("--url", required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--work", required=True)
    p.set_defaults(fn=cmd_ui)
    p = sub.add_parser("build-cache")
    p.add_argument("--path", required=True)
    p.add_argument("--records", type=int, required=True)
    p.add_argument("--page", type=int, default=20_000)
    p.set_defaults(fn=cmd_build_cache)
    p = sub.add_parser("search")
    p.add_argument("--path", required=True)
    p.add_argument("--queries", type=int, default=100)
    p.set_defaults(fn=cmd_search)
    p = sub.add_parser("outbox")
    p.add_argument("--url", required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--work", required=True)
    p.add_argument("--changes", type=int, default=10_000)
    p.set_defaults(fn=cmd_outbox)
    p = sub.add_parser("list")
    p.add_argument("--path", required=True)
    p.set_defaults(fn=cmd_list)
    args = parser.parse_args()
    args.fn(args)


if __name__ == "__main__":
    main()
