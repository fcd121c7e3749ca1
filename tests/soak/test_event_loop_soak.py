"""Soak: 10 starts and stops of the real app with ~2 minutes of mixed loop load, no crash.

Guards the qasync 0.28 + PySide6 event loop (timers, socket notifiers, worker
threads, widgets) against crashes that only show up under sustained load. Each run
is a separate process (tests/soak/soak_app.py, under ``-X faulthandler``) so that a
crash is seen as a signal with a Python stack instead of taking pytest down.

WORKPLACE_SOAK_SECONDS=<seconds per run> shortens the runs for local iteration
(default 12 s per run, 10 runs: >= 120 s of load in total).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers.procs import REPO_ROOT, child_env, describe_returncode

pytestmark = pytest.mark.soak

RUNS = 10
DEFAULT_SECONDS_PER_RUN = 12.0
MIN_TOTAL_SECONDS = 120.0
SOAK_APP = Path(__file__).with_name("soak_app.py")
LANGUAGES = ("ru", "kk", "en")
NOISE = ("This plugin does not support propagateSizeHints()",)
OK_LINE = re.compile(r"^soak ok timers=(\d+) http=(\d+) background=(\d+)$", re.MULTILINE)


@dataclass
class Run:
    number: int
    returncode: int | None
    seconds: float
    stdout: str
    stderr: str

    def problems(self) -> list[str]:
        found = []
        if self.returncode != 0:
            found.append(describe_returncode(self.returncode))
        match = OK_LINE.search(self.stdout)
        if match is None:
            found.append("no 'soak ok' line on stdout")
        elif not all(int(n) > 0 for n in match.groups()):
            found.append(f"a workload never ran: {match.group(0)!r}")
        if "Traceback" in self.stderr:
            found.append("'Traceback' on stderr")
        if " ERROR " in self.stderr:
            found.append("ERROR lines on stderr")
        if "Fatal Python error" in self.stderr:
            found.append("'Fatal Python error' on stderr")
        return found

    def summary(self) -> str:
        match = OK_LINE.search(self.stdout)
        counts = match.group(0)[len("soak ok "):] if match else "-"
        return (f"run {self.number:2d}/{RUNS}: {describe_returncode(self.returncode)}, "
                f"{self.seconds:5.1f} s, {counts}")


def seconds_per_run() -> tuple[float, bool]:
    """(seconds, shortened) from WORKPLACE_SOAK_SECONDS, else the full default."""
    raw = os.environ.get("WORKPLACE_SOAK_SECONDS", "").strip()
    if not raw:
        return DEFAULT_SECONDS_PER_RUN, False
    try:
        value = float(raw)
    except ValueError:
        pytest.fail(f"WORKPLACE_SOAK_SECONDS={raw!r} is not a number of seconds", pytrace=False)
    if value <= 0:
        pytest.fail(f"WORKPLACE_SOAK_SECONDS={raw!r} must be positive", pytrace=False)
    return value, True


def soak_once(number: int, seconds: float) -> Run:
    cmd = [sys.executable, "-X", "faulthandler", str(SOAK_APP), "--seconds", f"{seconds:g}",
           "--lang", LANGUAGES[number % len(LANGUAGES)]]
    env = child_env({"QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": "1"})
    started = time.monotonic()
    try:
        done = subprocess.run(cmd, env=env, cwd=REPO_ROOT, stdin=subprocess.DEVNULL,
                              capture_output=True, text=True, errors="replace",
                              timeout=seconds + 180, check=False)
        code, out, err = done.returncode, done.stdout, done.stderr
    except subprocess.TimeoutExpired as exc:  # the driver's own watchdog did not fire
        code = None
        out = _text(exc.stdout)
        err = _text(exc.stderr) + f"\n[test] killed after {seconds + 180:g} s: hung"
    return Run(number, code, time.monotonic() - started, out, err)


def _text(data: bytes | str | None) -> str:
    if isinstance(data, bytes):
        return data.decode("utf-8", "replace")
    return data or ""


def _tail(text: str, lines: int = 60) -> str:
    return "\n".join(text.splitlines()[-lines:])


def _stderr_excerpt(text: str) -> str:
    """The log lines before a crash, then the whole faulthandler report (all threads)."""
    lines = [line for line in text.splitlines() if not any(n in line for n in NOISE)]
    for i, line in enumerate(lines):
        if line.startswith("Fatal Python error") or line.startswith("Traceback"):
            return "\n".join(lines[max(0, i - 15):i + 200])
    return "\n".join(lines[-60:])


def _save_artifacts(runs: list[Run], report: str) -> None:
    if not os.environ.get("WORKPLACE_ARTIFACTS"):
        return
    folder = REPO_ROOT / "artifacts" / "soak"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "summary.txt").write_text(report + "\n", encoding="utf-8")
    for run in runs:
        (folder / f"run-{run.number:02d}.stderr.txt").write_text(run.stderr, encoding="utf-8")


def test_event_loop_soak() -> None:
    seconds, shortened = seconds_per_run()
    runs = []
    for number in range(1, RUNS + 1):
        run = soak_once(number, seconds)
        runs.append(run)
        print(run.summary(), flush=True)
    total = sum(run.seconds for run in runs)
    failed = [run for run in runs if run.problems()]
    report = "\n".join([
        *(run.summary() for run in runs),
        f"total {total:.1f} s over {RUNS} runs of {seconds:g} s load each; "
        f"{len(failed)} failed",
    ])
    _save_artifacts(runs, report)
    if failed:
        details = "\n\n".join(
            f"--- run {run.number}: {'; '.join(run.problems())}\n"
            f"stdout:\n{_tail(run.stdout, 10)}\nstderr:\n{_stderr_excerpt(run.stderr)}"
            for run in failed)
        pytest.fail(f"{len(failed)} of {RUNS} soak runs failed\n{report}\n\n{details}",
                    pytrace=False)
    if not shortened:
        assert total >= MIN_TOTAL_SECONDS, (
            f"the soak ran only {total:.1f} s in total (< {MIN_TOTAL_SECONDS:g} s)\n{report}")
