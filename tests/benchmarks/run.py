"""Workplace benchmarks: ``python tests/benchmarks/run.py [--runs N] [--only NAME]``.

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


# -- driver -------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run Workplace's benchmarks.")
    parser.add_argument("--runs", type=int, default=7, metavar="N",
                        help="timed runs per measurement; the median is reported (default 7)")
    parser.add_argument("--only", action="append", choices=sorted(BENCHMARKS), metavar="NAME",
                        help="run only this benchmark (repeatable); default: all")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
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
        ctx = Context(runs=args.runs, env=isolated_env(Path(tmp)), workdir=Path(tmp))
        for name in args.only or list(BENCHMARKS):
            bench = BENCHMARKS[name]
            ctx.log(f"== {name}: {bench.description}")
            try:
                result = bench.fn(ctx)
            except BenchmarkError as exc:
                errors[name] = str(exc).splitlines()[0]
                ctx.log(f"ERROR in benchmark {name}: {exc}")
                continue
            clash = set(result) & set(figures)
            if clash:
                raise RuntimeError(f"benchmark {name} repeats figures {sorted(clash)}")
            figures.update(result)
            for target in bench.targets:
                value = result[target.figure]
                if target.met(value):
                    ctx.log(f"target met: {target} ({value:g})")
                else:
                    missed.append(target.figure)
                    ctx.log(f"TARGET MISSED: {target} (measured {value:g})")
    figures["runs"] = args.runs
    if errors:
        figures["errors"] = "; ".join(f"{k}: {v}" for k, v in errors.items())
    print(json.dumps(figures), flush=True)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
