"""SIGKILL a syncing client at random moments; after restarts nothing is lost or doubled.

Each round starts tests/reliability/kill_client.py on ONE cache file (kept across
rounds): it recovers (syncs what the previous, killed run left), prints ``ready``, makes
changes while pushing and pulling, and is killed 0–KILL_WINDOW seconds later. The next
round's start is the restart that recovers; a last run in ``recover`` mode ends it.
Then: every journaled change is on the gateway, every mark is there exactly once, the
gateway remembered one idempotency key per effect, the outbox is empty and the cache
passes ``PRAGMA quick_check``.

WORKPLACE_KILL_POINTS (default 200) sets the number of kills, WORKPLACE_KILL_SEED the
seed; the figures go to $WORKPLACE_FIGURES_DIR/kill.json when that is set.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import IO, Any

from tests.helpers.gateway import PASSWORD
from tests.reliability.kill_client import note_id
from tests.reliability.support import NOTES as NOTES_COLLECTION
from tests.reliability.support import gateway_marks, gateway_mutations
from workplace.store.schema import table_name

DRIVER = Path(__file__).with_name("kill_client.py")
POINTS = int(os.environ.get("WORKPLACE_KILL_POINTS", "200"))
SEED = int(os.environ.get("WORKPLACE_KILL_SEED", "4242"))
KILL_WINDOW = 0.35  # seconds after "ready"
MUTATIONS_PER_RUN = 80
NOTES = 16
START_TIMEOUT = 60.0


class Driver:
    """One driver process; ``lines`` collects what it printed."""

    def __init__(self, argv: list[str], env: dict[str, str], log: IO[bytes]) -> None:
        self.proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=log, env=env,
                                     text=True, encoding="utf-8")
        self.lines: list[str] = []
        # A watchdog: a driver that hangs is killed, and the test then fails on it.
        self._watchdog = threading.Timer(START_TIMEOUT, self._kill)
        self._watchdog.start()

    def _kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)

    def wait_for(self, word: str) -> bool:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))
            if line.split(" ", 1)[0].rstrip("\n") == word:
                return True
        return False

    def kill(self) -> bool:
        """SIGKILL now; True if it was still running."""
        alive = self.proc.poll() is None
        self._kill()
        self.finish()
        return alive

    def finish(self) -> int:
        assert self.proc.stdout is not None
        self.lines += [line.rstrip("\n") for line in self.proc.stdout]
        self.proc.stdout.close()
        code = self.proc.wait()
        self._watchdog.cancel()
        return code

    def last(self, word: str) -> str | None:
        found = [ln for ln in self.lines if ln.split(" ", 1)[0] == word]
        return found[-1] if found else None


def test_sigkill_at_any_moment_loses_and_doubles_nothing(gateway: Any, tmp_path: Path) -> None:
    rng = random.Random(SEED)
    cache, journal = tmp_path / "client.db", tmp_path / "journal.txt"
    env = {**os.environ, "WORKPLACE_KILL_PASSWORD": PASSWORD,
           "PYTHONPATH": os.pathsep.join(
               p for p in (str(tmp_path / "site"), os.environ.get("PYTHONPATH", "")) if p)}
    base = [sys.executable, str(DRIVER), "--url", gateway.url, "--cache", str(cache),
            "--journal", str(journal), "--notes", str(NOTES)]
    phases: Counter[str] = Counter()
    started = time.monotonic()
    with open(tmp_path / "drivers.log", "wb") as log:
        for point in range(POINTS):
            driver = Driver([*base, "--mode", "run", "--round", str(point),
                             "--mutations", str(MUTATIONS_PER_RUN)], env, log)
            if not driver.wait_for("ready"):
                code = driver.finish()
                raise AssertionError(f"round {point}: the driver did not get ready "
                                     f"(exit {code}): {driver.lines[-5:]}")
            time.sleep(rng.uniform(0, KILL_WINDOW))
            if driver.kill():
                phase = driver.last("phase")
                phases[phase.split()[1] if phase else "before-first-change"] += 1
            else:
                phases["finished-before-kill"] += 1
            # What the restart found: the cache opened without repair, recovery finished.
            assert driver.lines[0] == "open []", (point, driver.lines[:3])
            assert "synced unsent=0" in driver.lines, (point, driver.lines[:5])
        final = Driver([*base, "--mode", "recover", "--round", str(POINTS)], env, log)
        final.wait_for("done")
        assert final.finish() == 0, final.lines
    seconds = time.monotonic() - started
    assert final.lines[0] == "open []", final.lines
    done = json.loads(final.last("done").split(" ", 1)[1])  # type: ignore[union-attr]
    assert done == {"outbox": {}, "conflicts": 0, "quick_check": "ok"}, done

    # The truth: the journal (what the user was told was saved) and the gateway.
    journaled: dict[str, str] = {}  # mutation_id -> mark (or note id, for a create)
    for line in journal.read_text(encoding="utf-8").splitlines():
        _kind, mutation_id, value = line.split(" ")
        journaled[mutation_id] = value
    marks_journaled = {v for v in journaled.values() if v.startswith("r")}
    remembered = gateway_mutations(gateway)
    on_gateway = gateway_marks(gateway, [note_id(i) for i in range(NOTES)])
    lost_ids = {m for m in journaled if m not in remembered}
    not_applied = {m: r["status"] for m, r in remembered.items() if r["status"] != "applied"}
    lost_marks = marks_journaled - set(on_gateway)
    doubled = {mark: n for mark, n in on_gateway.items() if n != 1}
    mark_effects = sum(1 for r in remembered.values() if r["name"] == "notes_plugin.append_mark")
    figures = {
        "points": POINTS, "seed": SEED, "mutations": len(marks_journaled),
        "on_gateway": sum(on_gateway.values()), "distinct_on_gateway": len(on_gateway),
        "unjournaled": len(set(on_gateway) - marks_journaled),
        "lost": len(lost_ids | lost_marks), "doubled": len(doubled),
        "idempotency_keys": len(remembered), "mark_effects": mark_effects,
        "kill_phases": dict(phases), "seconds": round(seconds, 1),
    }
    print(f"\nkill: points={POINTS} mutations={figures['mutations']} "
          f"on_gateway={figures['on_gateway']} lost={figures['lost']} "
          f"doubled={figures['doubled']} seconds={figures['seconds']} "
          f"{json.dumps(figures, sort_keys=True)}")
    if os.environ.get("WORKPLACE_FIGURES_DIR"):
        out = Path(os.environ["WORKPLACE_FIGURES_DIR"]) / "kill.json"
        out.write_text(json.dumps(figures, indent=2, sort_keys=True), encoding="utf-8")

    assert lost_ids == set(), f"journaled changes the gateway never saw: {lost_ids}"
    assert not_applied == {}, not_applied
    assert lost_marks == set(), f"journaled marks missing on the gateway: {lost_marks}"
    assert doubled == {}, f"marks applied more than once: {doubled}"
    assert mark_effects == len(on_gateway), "gateway effects != unique idempotency keys"
    conn = sqlite3.connect(cache)
    try:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        local_marks: Counter[str] = Counter()
        for (data,) in conn.execute(f"SELECT data FROM [{table_name(NOTES_COLLECTION)}]"):
            local_marks.update(json.loads(data).get("marks", []))
    finally:
        conn.close()
    assert local_marks == on_gateway, "the cache does not show what the gateway has"
    assert sum(phases.values()) == POINTS
    assert phases["push"] + phases["pull"] > POINTS // 3, phases
