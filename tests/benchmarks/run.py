"""Workplace benchmarks: ``python tests/benchmarks/run.py [--runs N] [--only NAME] [--quick]``.

Not a pytest module (nothing here matches ``test_*.py``): run it by hand or in CI.
It prints one human-readable line per figure and, as the LAST line of stdout, one
JSON object with every figure, e.g.::

    {"startup_s": 0.41, "bare_startup_s": 0.22, "startup_ratio": 1.86, "runs": 7}

Every child process runs with ``QT_QPA_PLATFORM=offscreen`` and with HOME and the
XDG directories in one fresh temporary directory, so runs neither read nor change
the user's profile and are repeatable.

Adding a benchmark: write a function ``fn(ctx: Context) -> dict[str, float]`` and
decorate it with ``@benchmark("name", targets=(Target("figure", limit),))``; its
figures are merged into the final JSON (names must be unique across benchmarks).
A missed target is reported with a ``TARGET MISSED`` line but does not change the
exit status (0); a benchmark that cannot run (its child fails) makes it 1.

The store and sync benchmarks (``sync_pull``, ``ui_stall``, ``search``, ``outbox``,
``list_1m``) run the real gateway in its own process on loopback and measure in
children of their own (``store_child.py``); ``--quick`` makes their data ten times
smaller, for a smoke run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[1]
CHILD_TIMEOUT_S = 120.0
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import storebench  # noqa: E402  (beside this file)


class BenchmarkError(RuntimeError):
    """A benchmark could not be measured (its child failed or printed nothing)."""


@dataclass(frozen=True)
class Target:
    """``figure <= limit`` (or ``>=`` with ``higher_is_better``)."""

    figure: str
    limit: float
    higher_is_better: bool = False

    def met(self, value: float) -> bool:
        return value >= self.limit if self.higher_is_better else value <= self.limit

    def __str__(self) -> str:
        return f"{self.figure} {'>=' if self.higher_is_better else '<='} {self.limit:g}"


@dataclass
class Context:
    """What every benchmark gets: the run count and an isolated child environment."""

    runs: int
    env: dict[str, str]
    workdir: Path
    python: str = sys.executable
    quick: bool = False  # data sizes ten times smaller (a smoke run)

    def scaled(self, size: int) -> int:
        return size // 10 if self.quick else size

    def log(self, text: str) -> None:
        print(text, flush=True)

    def report(self, figure: str, samples: Sequence[float], unit: str = "s") -> float:
        """Print ``figure  median  (median of N; min …, max …)`` and return the median."""
        median = statistics.median(samples)
        self.log(f"{figure:<16}{median:8.3f}  (median of {len(samples)}; "
                 f"min {min(samples):.3f}, max {max(samples):.3f} {unit})")
        return median


@dataclass(frozen=True)
class Benchmark:
    name: str
    fn: Callable[[Context], dict[str, float]]
    description: str
    targets: tuple[Target, ...] = field(default_factory=tuple)


BENCHMARKS: dict[str, Benchmark] = {}


def benchmark(name: str, *, targets: Sequence[Target] = (), description: str = "",
              ) -> Callable[[Callable[[Context], dict[str, float]]],
                            Callable[[Context], dict[str, float]]]:
    def register(fn: Callable[[Context], dict[str, float]],
                 ) -> Callable[[Context], dict[str, float]]:
        if name in BENCHMARKS:
            raise ValueError(f"benchmark {name!r} registered twice")
        doc = description or (fn.__doc__ or "").strip().splitlines()[0]
        BENCHMARKS[name] = Benchmark(name, fn, doc, tuple(targets))
        return fn

    return register


# -- measuring helpers --------------------------------------------------------------


def isolated_env(root: Path) -> dict[str, str]:
    """The current environment with HOME/XDG under ``root`` and Qt offscreen."""
    env = dict(os.environ)
    for name, sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"),
                      ("XDG_DATA_HOME", ".local/share"), ("XDG_CACHE_HOME", ".cache"),
                      ("XDG_STATE_HOME", ".local/state"), ("XDG_RUNTIME_DIR", "run")):
        path = root / sub if sub else root
        path.mkdir(parents=True, exist_ok=True)
        env[name] = str(path)
    (root / "run").chmod(0o700)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["LANG"] = "C.UTF-8"
    for name in ("LC_ALL", "LANGUAGE", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    # An installed app runs from compiled bytecode (pip compiles it at install time).
    # Measure that: the warm-up runs compile into a cache of the run's own, even where
    # the caller's environment forbids writing bytecode next to the sources.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(root / "pycache")
    return env


def first_paint_seconds(ctx: Context, cmd: Sequence[str]) -> float:
    """Wall time from just before starting ``cmd`` to the ``first_paint <t>`` it prints."""
    started = time.time()
    proc = subprocess.Popen(list(cmd), env=ctx.env, cwd=REPO_ROOT, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            errors="replace")
    try:
        out, err = proc.communicate(timeout=CHILD_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        raise BenchmarkError(f"{' '.join(cmd)}: no exit within {CHILD_TIMEOUT_S:g} s\n"
                             f"{err[-2000:]}") from None
    stamps = [line.split()[1] for line in out.splitlines()
              if line.startswith("first_paint ") and len(line.split()) == 2]
    if proc.returncode != 0 or not stamps:
        raise BenchmarkError(f"{' '.join(cmd)}: exit code {proc.returncode}, "
                             f"{'no' if not stamps else 'a'} first_paint line\n"
                             f"stdout: {out[-1000:]}\nstderr: {err[-3000:]}")
    return float(stamps[-1]) - started


# -- the benchmarks -------------------------------------------------------------------


@benchmark("startup", targets=(Target("startup_ratio", 2.5),))
def startup(ctx: Context) -> dict[str, float]:
    """Start to first paint of the main window, against a bare PySide6 window."""
    app_cmd = [ctx.python, "-m", "workplace", "--exit-after-first-paint", "--profile", "bench"]
    bare_cmd = [ctx.python, str(HERE / "bare_window.py")]
    # Untimed warm-up: creates the profile and fills the font and bytecode caches.
    first_paint_seconds(ctx, app_cmd)
    first_paint_seconds(ctx, bare_cmd)
    app_times: list[float] = []
    bare_times: list[float] = []
    for _ in range(ctx.runs):  # interleaved, so drift on the machine hits both alike
        app_times.append(first_paint_seconds(ctx, app_cmd))
        bare_times.append(first_paint_seconds(ctx, bare_cmd))
    startup_s = ctx.report("startup_s", app_times)
    bare_s = ctx.report("bare_startup_s", bare_times)
    ratio = startup_s / bare_s
    ctx.log(f"{'startup_ratio':<16}{ratio:8.3f}  (startup_s / bare_startup_s)")
    return {"startup_s": round(startup_s, 4), "bare_startup_s": round(bare_s, 4),
            "startup_ratio": round(ratio, 3)}


# -- the store and sync ---------------------------------------------------------------

#: Records seeded into the gateway for the pulls: the department that holds most of
#: them (appeals, ~41 %) sees a little over 100,000.
PULL_SEEDED = 250_000
#: Documents in the local cache that search and the list read.
CACHE_RECORDS = 1_000_000
#: Changes made offline and then pushed.
OUTBOX_CHANGES = 10_000
_seen: dict[Path, tuple[str, int]] = {}


def _store_dir(ctx: Context) -> Path:
    path = ctx.workdir / "store-bench"
    path.mkdir(exist_ok=True)
    return path


def _child(ctx: Context, args: Sequence[str], timeout: float,
           env: dict[str, str] | None = None) -> dict[str, float]:
    try:
        return storebench.run_child(ctx.python, env or ctx.env, args, timeout=timeout)
    except storebench.ChildError as exc:
        raise BenchmarkError(str(exc)) from exc


def _gateway(ctx: Context, db: Path, env: dict[str, str] | None = None,
             ) -> storebench.GatewayProcess:
    return storebench.GatewayProcess(ctx.python, db, env or ctx.env,
                                     _store_dir(ctx) / "gateway.log")


def _pull_gateway(ctx: Context) -> tuple[Path, str, int]:
    """The seeded gateway database (once per run), the user who sees most, how much."""
    seeded = ctx.scaled(PULL_SEEDED)
    db = _store_dir(ctx) / f"gateway-{seeded}.db"
    if db not in _seen:
        seconds = storebench.seed_gateway(db, seeded)
        _seen[db] = storebench.widest_user(db)
        ctx.log(f"  gateway seeded with {seeded:,} demo records in {seconds:.1f} s; "
                f"{_seen[db][0]} (department with the most records) sees {_seen[db][1]:,}")
    return db, *_seen[db]


def _cache(ctx: Context) -> Path:
    """The big local cache for search and the list (built once per run)."""
    records = ctx.scaled(CACHE_RECORDS)
    path = _store_dir(ctx) / f"cache-{records}.db"
    if not Path(f"{path}.complete").exists():
        ctx.log(f"  building a local cache of {records:,} documents (set-up, not measured)")
        _child(ctx, ["build-cache", "--path", str(path), "--records", str(records)], 900)
    return path


@benchmark("sync_pull", targets=(Target("sync_pull_ratio", 0.5, higher_is_better=True),))
def sync_pull(ctx: Context) -> dict[str, float]:
    """First pull of ~100k records (~1 KB, with FTS) over loopback vs a direct insert."""
    db, user, _visible = _pull_gateway(ctx)
    with _gateway(ctx, db) as gateway:
        return _child(ctx, ["pull", "--url", gateway.url, "--user", user,
                            "--work", str(_store_dir(ctx)),
                            "--rounds", "1" if ctx.quick else "2"], 900)


@benchmark("encryption", targets=(Target("encryption_overhead_ratio", 1.25),))
def encryption(ctx: Context) -> dict[str, float]:
    """That first pull into an encrypted cache over a plain one (encryption_child.py)."""
    db, user, _visible = _pull_gateway(ctx)
    with _gateway(ctx, db) as gateway:
        args = ["--url", gateway.url, "--user", user, "--work", str(_store_dir(ctx)),
                "--rounds", str(ctx.runs)]
        try:
            return storebench.run_child(ctx.python, ctx.env, args, timeout=3600,
                                        script="encryption_child.py")
        except storebench.ChildError as exc:
            raise BenchmarkError(str(exc)) from exc


@benchmark("ui_stall", targets=(Target("ui_stall_max_ms", 50), Target("ui_stall_p99_ms", 16)))
def ui_stall(ctx: Context) -> dict[str, float]:
    """A 5 ms heartbeat on the GUI thread (qasync) during that first sync."""
    db, user, _visible = _pull_gateway(ctx)
    with _gateway(ctx, db) as gateway:
        return _child(ctx, ["ui", "--url", gateway.url, "--user", user,
                            "--work", str(_store_dir(ctx))], 600)


@benchmark("search", targets=(Target("search_p95_ms", 30),))
def search(ctx: Context) -> dict[str, float]:
    """100 varied prefix queries over 1M records in the local cache."""
    return _child(ctx, ["search", "--path", str(_cache(ctx))], 600)


@benchmark("outbox", targets=(Target("outbox_replay_per_s", 2000, higher_is_better=True),))
def outbox(ctx: Context) -> dict[str, float]:
    """10k changes made offline, pushed after reconnecting until the outbox is empty."""
    from tests.helpers.plugin_site import build_site

    work = _store_dir(ctx)
    site = work / "plugin-site"
    if not site.exists():
        build_site(site, ["notes_plugin"])
    db = work / "gateway-outbox.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    storebench.seed_gateway(db, 0)  # the demo organisation's users, no records
    env = storebench.child_env(ctx.env, site)  # the gateway runs the notes plugin
    with _gateway(ctx, db, env) as gateway:
        return _child(ctx, ["outbox", "--url", gateway.url,
                            "--user", storebench.any_demo_user(),
                            "--work", str(work),
                            "--changes", str(ctx.scaled(OUTBOX_CHANGES))], 900)


@benchmark("list_1m", targets=(Target("list_open_ms", 200), Target("rss_mb_1m", 400)))
def list_1m(ctx: Context) -> dict[str, float]:
    """RecordListModel in a QTableView over the 1M-record collection: open, scroll, RSS."""
    figures = _child(ctx, ["list", "--path", str(_cache(ctx))], 600)
    figures.pop("skipped", None)  # then nothing was measured; the child said why
    return figures


@benchmark("documents", targets=(Target("registry_open_ms", 200),
                                  Target("doc_card_open_p95_ms", 100)))
def documents(ctx: Context) -> dict[str, float]:
    """The Documents registry over 1M documents; document cards opening (p95)."""
    import documents_child  # beside this file

    return documents_child.measure(ctx)


@benchmark("egov_queue", targets=(Target("egov_queue_open_ms", 200),))
def egov_queue(ctx: Context) -> dict[str, float]:
    """The citizens' requests page over 500k requests: each queue opening (egov_child.py)."""
    import egov_child  # beside this file

    return egov_child.measure_queue(ctx)


@benchmark("sla_recompute",
           targets=(Target("sla_recompute_per_s", 50_000, higher_is_better=True),))
def sla_recompute(ctx: Context) -> dict[str, float]:
    """The requests' SLA engine: recompute() per second over real requests' data."""
    import egov_child  # beside this file

    return egov_child.measure_sla(ctx)


@benchmark("rag_top10_ms", targets=(Target("rag_top10_ms", 100),))
def rag_top10(ctx: Context) -> dict[str, float]:
    """'Ask about my documents': the top 10 cited records over 100k (assistant_child.py)."""
    import assistant_child  # beside this file

    return assistant_child.measure_rag(ctx)


@benchmark("local_first_token_ms", targets=(Target("local_first_token_ms", 200),))
def local_first_token(ctx: Context) -> dict[str, float]:
    """The on-device engine: a summary or a question to its first streamed token."""
    import assistant_child  # beside this file

    return assistant_child.measure_first_token(ctx)


# -- driver -------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run Workplace's benchmarks.")
    parser.add_argument("--runs", type=int, default=7, metavar="N",
                        help="timed runs per measurement; the median is reported (default 7)")
    parser.add_argument("--only", action="append", choices=sorted(BENCHMARKS), metavar="NAME",
                        help="run only this benchmark (repeatable); default: all")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    parser.add_argument("--quick", action="store_true",
                        help="ten times less data in the store and sync benchmarks (smoke run)")
    args = parser.parse_args(argv)
    if args.list:
        for bench in BENCHMARKS.values():
            targets = ", ".join(str(t) for t in bench.targets) or "no target"
            print(f"{bench.name:<12} {bench.description} ({targets})")
        return 0
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    figures: dict[str, float | int | str] = {}
    errors: dict[str, str] = {}
    missed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="workplace-bench-") as tmp:
        ctx = Context(runs=args.runs, env=isolated_env(Path(tmp)), workdir=Path(tmp),
                      quick=args.quick)
        for name in args.only or list(BENCHMARKS):
            bench = BENCHMARKS[name]
            ctx.log(f"== {name}: {bench.description}")
            if hasattr(os, "getloadavg"):  # other work on the machine skews every figure
                ctx.log(f"  (load average {', '.join(f'{x:.1f}' for x in os.getloadavg())} "
                        f"on {os.cpu_count()} CPUs)")
            try:
                result = bench.fn(ctx)
            except (BenchmarkError, storebench.ChildError) as exc:
                errors[name] = str(exc).splitlines()[0]
                ctx.log(f"ERROR in benchmark {name}: {exc}")
                continue
            clash = set(result) & set(figures)
            if clash:
                raise RuntimeError(f"benchmark {name} repeats figures {sorted(clash)}")
            figures.update(result)
            for target in bench.targets:
                if target.figure not in result:
                    ctx.log(f"not measured: {target.figure} (benchmark {name} skipped it)")
                    continue
                value = result[target.figure]
                if target.met(value):
                    ctx.log(f"target met: {target} ({value:g})")
                else:
                    missed.append(target.figure)
                    ctx.log(f"TARGET MISSED: {target} (measured {value:g})")
    figures["runs"] = args.runs
    if args.quick:
        figures["quick"] = 1
    if errors:
        figures["errors"] = "; ".join(f"{k}: {v}" for k, v in errors.items())
    print(json.dumps(figures), flush=True)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
