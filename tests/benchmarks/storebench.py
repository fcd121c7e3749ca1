"""Shared parts of the store and sync benchmarks (used by ``run.py`` and ``store_child.py``).

A real gateway in its own process (``python -m workplace.server.cli --port 0``) on
loopback, demo data seeded in-process straight into its database, the demo user who
sees the most of it, and the way the measuring children report back: human lines
on stdout, then one ``RESULT {json}`` line.
"""

from __future__ import annotations

import json
import math
import os
import select
import subprocess
import sys
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[1]
if str(REPO_ROOT) not in sys.path:  # tests.helpers, when run as a script
    sys.path.insert(0, str(REPO_ROOT))

#: The demo plugins' collections and their search fields, as the app declares them.
COLLECTIONS: dict[str, tuple[str, ...]] = {
    "wp_documents.documents": ("title", "summary"),
    "wp_egov.requests": ("subject", "text"),
}
DOCUMENTS = "wp_documents.documents"
NOTES = "notes_plugin.notes"
PASSWORD = "bench-password-2026"
RESULT = "RESULT "
SEED = 2026


class ChildError(RuntimeError):
    """A benchmark child failed or reported nothing."""


def log(text: str) -> None:
    print(text, flush=True)


def result(figures: Mapping[str, Any]) -> None:
    """The child's last line: its figures for the driver."""
    print(RESULT + json.dumps(dict(figures)), flush=True)


# -- the gateway's data ---------------------------------------------------------------


def seed_gateway(db: Path, records: int) -> float:
    """Seed the demo organisation with ``records`` records (2/3 documents); seconds."""
    from workplace.server.seed import seed_demo
    from workplace.server.store import GatewayStore

    started = time.perf_counter()
    store = GatewayStore(db)
    try:
        seed_demo(store, documents=records * 2 // 3, requests=records - records * 2 // 3,
                  password=PASSWORD, seed=SEED)
    finally:
        store.close()
    return time.perf_counter() - started


def widest_user(db: Path, collections: Sequence[str] = tuple(COLLECTIONS)) -> tuple[str, int]:
    """The demo user who sees the most records of ``collections``, and how many.

    Visibility is by department (plus records addressed to the user), so no user sees
    everything: the one to measure with is whoever sees most.
    """
    from workplace.server.store import GatewayStore

    store = GatewayStore(db)
    try:
        best = ("", -1)
        users = store.conn.execute("SELECT username FROM users ORDER BY username").fetchall()
        for (username,) in users:
            row = store.user_by_name(username)
            if row is None:
                continue
            actor = row.actor()
            seen = sum(store.count_changes(actor, c, 0) for c in collections)
            if seen > best[1]:
                best = (username, seen)
        return best
    finally:
        store.close()


def any_demo_user(department: str = "appeals") -> str:
    from workplace.server import demo

    return next(u.username for u in demo.users(SEED) if u.department == department)


# -- the gateway process ----------------------------------------------------------------


class GatewayProcess:
    """``workplace-server --db DB --port 0`` in a subprocess, for a ``with`` block."""

    def __init__(self, python: str, db: Path, env: Mapping[str, str], log_path: Path,
                 timeout: float = 60.0) -> None:
        self.python, self.db, self.env = python, db, dict(env)
        self.log_path, self.timeout = log_path, timeout
        self.proc: subprocess.Popen[str] | None = None
        self.url = ""

    def __enter__(self) -> GatewayProcess:
        self._log = open(self.log_path, "a", encoding="utf-8")
        self.proc = subprocess.Popen(
            [self.python, "-m", "workplace.server.cli", "--db", str(self.db), "--port", "0",
             "--log-level", "WARNING"],
            cwd=REPO_ROOT, env=self.env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=self._log, text=True)
        assert self.proc.stdout is not None
        deadline = time.monotonic() + self.timeout
        seen: list[str] = []
        while not self.url:
            left = deadline - time.monotonic()
            if left <= 0 or self.proc.poll() is not None:
                self.__exit__(None, None, None)
                raise ChildError(f"the gateway did not start; stdout: {seen[-5:]}; "
                                 f"see {self.log_path.name}")
            ready, _w, _x = select.select([self.proc.stdout], [], [], min(left, 0.5))
            if ready:
                line = self.proc.stdout.readline()
                seen.append(line.strip())
                if line.startswith("listening url="):
                    self.url = line.strip().split("=", 1)[1]
        # Nothing more is expected on stdout; drain it anyway so the server never blocks.
        threading.Thread(target=self.proc.stdout.read, daemon=True).start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log.close()


# -- children ---------------------------------------------------------------------------


def run_child(python: str, env: Mapping[str, str], args: Sequence[str], *,
              timeout: float, indent: str = "  ", script: str = "store_child.py",
              ) -> dict[str, Any]:
    """Run ``script args`` (a child in this folder); relay its lines and return its
    RESULT figures."""
    cmd = [python, str(HERE / script), *args]
    proc = subprocess.Popen(cmd, cwd=REPO_ROOT, env=dict(env), stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            errors="replace")
    assert proc.stdout is not None and proc.stderr is not None
    err_lines: list[str] = []
    drain = threading.Thread(target=lambda: err_lines.extend(proc.stderr or ()), daemon=True)
    drain.start()
    figures: dict[str, Any] | None = None
    timer = threading.Timer(timeout, proc.kill)
    timer.start()
    try:
        for line in proc.stdout:
            if line.startswith(RESULT):
                figures = json.loads(line[len(RESULT):])
            else:
                print(indent + line.rstrip(), flush=True)
        proc.wait()
    finally:
        timer.cancel()
        drain.join(timeout=5)
    if proc.returncode != 0 or figures is None:
        killed = f" (killed after {timeout:g} s)" if proc.returncode < 0 else ""
        raise ChildError(f"{script} {' '.join(args[:1])}: exit code {proc.returncode}"
                         f"{killed}, {'a' if figures is not None else 'no'} result\n"
                         f"{''.join(err_lines)[-3000:]}")
    return figures


def cache_once(ctx: Any, script: str, name: str, count: int, what: str,
               timeout: float) -> Path:
    """``<workdir>/<name>-<count>.db``, built by ``script build PATH COUNT`` the first
    time a run asks for it (the child marks it ``.complete`` when done)."""
    path = ctx.workdir / f"{name}-{count}.db"
    if not Path(f"{path}.complete").exists():
        ctx.log(f"  building a cache of {count:,} {what} (set-up, not measured)")
        run_child(ctx.python, ctx.env, ["build", str(path), str(count)], timeout=timeout,
                  script=script)
    return path


def child_env(env: Mapping[str, str], *paths: Path) -> dict[str, str]:
    """``env`` with ``paths`` first on PYTHONPATH (the notes test plugin's site)."""
    out = dict(env)
    out["PYTHONPATH"] = os.pathsep.join(
        [*(str(p) for p in paths), *filter(None, [env.get("PYTHONPATH", "")])])
    return out


def percentile(samples: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile (``pct`` in 0..100) of ``samples``."""
    ordered = sorted(samples)
    if not ordered:
        return 0.0
    rank = max(1, min(len(ordered), math.ceil(pct / 100 * len(ordered))))
    return ordered[rank - 1]


def rss_mb() -> float:
    """This process's resident set size (VmRSS), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")
