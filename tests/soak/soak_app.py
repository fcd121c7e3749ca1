"""Soak driver: the real Workplace app under mixed event-loop load for a while.

Run as a script (tests/soak/test_event_loop_soak.py starts it 10 times)::

    python -X faulthandler tests/soak/soak_app.py --seconds 12

It starts the app through ``workplace.app.run_app`` (one QApplication, one qasync
loop, the main window shown) and, for ``--seconds``, keeps these running at once:

* timers: bursts of ``QTimer.singleShot``, ``loop.call_later`` / ``call_soon``
  (half of the ``call_later`` handles cancelled again), short ``asyncio.sleep``\\ s,
  ``asyncio.wait_for`` timeouts, and QTimer objects created and destroyed;
* HTTP: ``httpx.AsyncClient`` requests to an in-process ``asyncio.start_server``
  on 127.0.0.1 (keep-alive and fresh connections), bounded in count;
* background work through ``wp.runner.run`` (sha256, ``time.sleep(0.01)``);
* UI: page switches, language changes (kk/ru/en) and command palette open/close.

The risk it guards against is qasync 0.28 with PySide6 >= 6.8 crashing when timers
or socket notifiers outlive the objects they call back into; such a crash kills
the process with a signal, and ``-X faulthandler`` prints the Python stack.

It also fails when None, True or False lost more than MAX_SINGLETON_REF_LOSS references
over the run (a binding releasing references it does not own; see
test_singleton_refcounts.py), and when a scheduled single-shot never fired.
``--workloads`` narrows a crash down to one kind of load.

Prints ``soak ok timers=N http=N background=N`` and exits 0 when everything ran and
all counts are non-zero; anything else is a failure.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import faulthandler
import hashlib
import itertools
import os
import random
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

HTTP_BODY = b"soak\n"
HTTP_RESPONSE = (b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: "
                 + str(len(HTTP_BODY)).encode() + b"\r\n\r\n" + HTTP_BODY)
MAX_HTTP_REQUESTS = 20_000  # per run; pacing keeps a 12 s run far below it
BLOB = os.urandom(256 * 1024)
BLOB_SHA256 = hashlib.sha256(BLOB).hexdigest()
LANGUAGES = ("kk", "ru", "en")
# None, True and False are mortal objects before Python 3.12: a C extension that
# releases references it does not own slowly drains their count and the process
# aborts ("Fatal Python error: none_dealloc / bool_dealloc") once it reaches zero —
# early or late depending on load. A net loss bigger than this over one run is
# reported as such, so the failure does not depend on how fast the machine is.
MAX_SINGLETON_REF_LOSS = 1000


def singleton_refs() -> dict[str, int]:
    return {repr(obj): sys.getrefcount(obj) for obj in (None, True, False)}


@dataclass
class Stats:
    oneshots_scheduled: int = 0  # single-shot callbacks that must fire exactly once
    oneshots_fired: int = 0
    ticks: int = 0  # repeating QTimer timeouts and asyncio.sleep wake-ups
    http: int = 0
    background: int = 0
    pages: int = 0
    languages: int = 0
    palette: int = 0
    errors: list[str] = field(default_factory=list)
    ref_drift: dict[str, int] = field(default_factory=dict)

    @property
    def timers(self) -> int:
        return self.oneshots_fired + self.ticks

    def fire(self) -> None:
        self.oneshots_fired += 1

    def tick(self) -> None:
        self.ticks += 1


# -- the loopback HTTP server ---------------------------------------------------------


async def _serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Answer every request on the connection with a fixed 200 until it closes."""
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            writer.write(HTTP_RESPONSE)
            await writer.drain()
            if b"connection: close" in head.lower():
                break
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()
        with contextlib.suppress(ConnectionError):
            await writer.wait_closed()


# -- the workloads --------------------------------------------------------------------


async def timers(stats: Stats, until: float, seed: int) -> None:
    import shiboken6
    from PySide6.QtCore import QObject, QTimer

    loop = asyncio.get_running_loop()
    rnd = random.Random(seed)
    while loop.time() < until:
        for _ in range(40):
            QTimer.singleShot(rnd.randint(0, 20), stats.fire)
            loop.call_later(rnd.random() * 0.02, stats.fire)
            loop.call_soon(stats.fire)
            stats.oneshots_scheduled += 3
        # Timers cancelled before they fire: qasync must drop its QTimer cleanly.
        handles = [loop.call_later(0.005 + rnd.random() * 0.05, stats.fire) for _ in range(40)]
        for handle in handles[::2]:
            handle.cancel()
        stats.oneshots_scheduled += len(handles[1::2])
        # A single-shot whose context object is destroyed first must never fire.
        context = QObject()
        QTimer.singleShot(rnd.randint(0, 10), context,
                          lambda: stats.errors.append("timer of a deleted context fired"))
        shiboken6.delete(context)
        # Repeating QTimers created, run and destroyed while they tick.
        ticking = QTimer()
        ticking.setInterval(1)
        ticking.timeout.connect(stats.tick)
        ticking.start()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(asyncio.sleep(1), timeout=rnd.random() * 0.02)
        ticking.stop()
        ticking.deleteLater()
        del ticking
        await asyncio.sleep(rnd.random() * 0.02)
        stats.tick()  # the sleep above woke up


async def all_oneshots_fired(stats: Stats, timeout: float) -> None:
    """Wait (bounded) until every scheduled single-shot callback has run."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while stats.oneshots_fired < stats.oneshots_scheduled and loop.time() < deadline:
        await asyncio.sleep(0.01)
    if stats.oneshots_fired != stats.oneshots_scheduled:
        stats.errors.append(f"timers: {stats.oneshots_scheduled} single-shots scheduled, "
                            f"{stats.oneshots_fired} fired")


async def http(stats: Stats, until: float, port: int, worker: int) -> None:
    import httpx

    loop = asyncio.get_running_loop()
    url = f"http://127.0.0.1:{port}/soak/{worker}"
    rnd = random.Random(100 + worker)
    timeout = httpx.Timeout(10.0)
    async with httpx.AsyncClient(timeout=timeout, trust_env=False) as client:
        while loop.time() < until and stats.http < MAX_HTTP_REQUESTS:
            if rnd.random() < 0.1:
                # A fresh connection that is closed afterwards: new socket notifiers.
                async with httpx.AsyncClient(timeout=timeout, trust_env=False) as once:
                    response = await once.get(url, headers={"Connection": "close"})
            else:
                response = await client.get(url)
            if response.status_code != 200 or response.content != HTTP_BODY:
                stats.errors.append(f"http: {response.status_code} {response.content!r}")
                return
            stats.http += 1
            await asyncio.sleep(rnd.random() * 0.004)


def _hash_blob() -> str:
    return hashlib.sha256(BLOB).hexdigest()


async def background(stats: Stats, until: float, runner: Any) -> None:
    loop = asyncio.get_running_loop()
    while loop.time() < until:
        results = await asyncio.gather(
            runner.run(_hash_blob), runner.run(time.sleep, 0.01),
            runner.run(_hash_blob), runner.run(time.sleep, 0.01),
            runner.run(sum, range(10_000)), runner.run(_hash_blob))
        if results[0] != BLOB_SHA256 or results[4] != sum(range(10_000)):
            stats.errors.append(f"background: wrong result {results!r}")
            return
        stats.background += len(results)


async def ui(stats: Stats, until: float, wp: Any) -> None:
    loop = asyncio.get_running_loop()
    languages = itertools.cycle(LANGUAGES)
    for tick in itertools.count():
        if loop.time() >= until:
            break
        pages = wp.window.page_ids()
        if pages:
            wp.window.show_page(pages[tick % len(pages)])
            stats.pages += 1
        if tick % 4 == 1:
            wp.set_language(next(languages))
            stats.languages += 1
        if tick % 5 == 2:
            wp.palette.popup()
            await asyncio.sleep(0.05)
            wp.palette.reject()
            stats.palette += 1
        await asyncio.sleep(0.25)


WORKLOADS = ("timers", "http", "background", "ui")


async def body(wp: Any, seconds: float, stats: Stats, workloads: frozenset[str]) -> int:
    loop = asyncio.get_running_loop()
    until = loop.time() + seconds
    server = await asyncio.start_server(_serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    jobs: list[Callable[[], Awaitable[None]]] = []
    if "timers" in workloads:
        jobs += [lambda: timers(stats, until, seed=1), lambda: timers(stats, until, seed=2)]
    if "http" in workloads:
        jobs += [lambda w=w: http(stats, until, port, w) for w in range(4)]
    if "background" in workloads:
        jobs.append(lambda: background(stats, until, wp.runner))
    if "ui" in workloads:
        jobs.append(lambda: ui(stats, until, wp))
    refs_before = singleton_refs()
    try:
        await asyncio.gather(*(job() for job in jobs))
        await all_oneshots_fired(stats, timeout=10.0)
        refs_after = singleton_refs()
        stats.ref_drift = {k: refs_after[k] - refs_before[k] for k in refs_before}
        lost = {k: -v for k, v in stats.ref_drift.items() if v < -MAX_SINGLETON_REF_LOSS}
        if lost:
            stats.errors.append(
                "references to " + ", ".join(f"{k} fell by {n}" for k, n in lost.items())
                + ": a C extension releases references it does not own; this process "
                  "would abort (none_dealloc/bool_dealloc) sooner or later")
    finally:
        server.close()
        await server.wait_closed()
    if stats.errors:
        for error in stats.errors:
            print(f"soak error: {error}", file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=12.0,
                        help="how long to keep the load running (default 12)")
    parser.add_argument("--profile", default="soak")
    parser.add_argument("--lang", default="en", choices=LANGUAGES)
    parser.add_argument("--workloads", default=",".join(WORKLOADS),
                        help="comma-separated subset of %(default)s, to narrow a crash down "
                             "(the 'soak ok' line needs timers, http and background)")
    args = parser.parse_args(argv)
    workloads = frozenset(filter(None, args.workloads.split(",")))
    if not workloads <= set(WORKLOADS):
        parser.error(f"unknown workloads: {', '.join(sorted(workloads - set(WORKLOADS)))}")

    faulthandler.enable()  # also without -X faulthandler
    # A hang is a failure too: dump every thread's stack and exit.
    faulthandler.dump_traceback_later(args.seconds + 120, exit=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from workplace.app import ensure_platform, run_app
    from workplace.logs import setup_logging
    from workplace.shell.application import Options

    setup_logging(None, "INFO")
    ensure_platform(headless=False)
    stats = Stats()
    started = time.monotonic()

    async def run(wp: Any) -> int:
        return await body(wp, args.seconds, stats, workloads)

    options: dict[str, Any] = {"profile": args.profile, "language": args.lang}
    if "ask_where_to_work" in {f.name for f in dataclasses.fields(Options)}:
        options["ask_where_to_work"] = False  # no first-run dialog: the loop is under test
    code = run_app(Options(**options), run)
    elapsed = time.monotonic() - started
    faulthandler.cancel_dump_traceback_later()
    counts = f"timers={stats.timers} http={stats.http} background={stats.background}"
    drift = " ".join(f"{k}={v:+d}" for k, v in stats.ref_drift.items())
    extra = (f"oneshots={stats.oneshots_fired}/{stats.oneshots_scheduled} ticks={stats.ticks} "
             f"ref_drift[{drift}] "
             f"pages={stats.pages} languages={stats.languages} palette={stats.palette} "
             f"elapsed_s={elapsed:.1f}")
    if code == 0 and stats.timers and stats.http and stats.background:
        print(f"soak ok {counts}", flush=True)
        print(f"soak details {extra}", file=sys.stderr, flush=True)
        return 0
    print(f"soak failed code={code} {counts} {extra}", flush=True)
    return code or 1


if __name__ == "__main__":
    sys.exit(main())
