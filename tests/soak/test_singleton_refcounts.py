"""The Qt calls the event loop makes must not release references they do not own.

Before Python 3.12, None, True and False are ordinary reference-counted objects.
A binding that returns them without taking a reference (PySide6 6.12.0 does so in
``Signal.emit``, ``QObject.killTimer``, ``QSocketNotifier.setEnabled`` and
``QTimer.singleShot``) drains their count a little on every call, until Python
aborts with ``Fatal Python error: none_dealloc`` or ``bool_dealloc`` — at a random
moment, depending on how busy the loop was. qasync makes these calls for every
timer, socket event and cross-thread wake-up, so the app crashes sooner or later.

The soak test finds such crashes by chance of load; this test measures each call
directly, in a child process (which must survive: the singletons are padded with
extra references first), so it fails the same way on every machine.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.helpers.procs import REPO_ROOT, child_env, describe_returncode

pytestmark = pytest.mark.soak

CALLS = 400

PROBE = r"""
import asyncio, json, socket, sys, threading
import PySide6, qasync
from PySide6.QtCore import (QCoreApplication, QEventLoop, QObject, QSocketNotifier, QTimer,
                            Signal)

CALLS = int(sys.argv[1])
# Padding: a buggy call must show up as a smaller count, not crash this probe.
pad = [None, True, False] * 200_000

app = QCoreApplication([])

def settle():
    loop = QEventLoop()
    QTimer.singleShot(60, loop.quit)
    loop.exec()

def refs():
    return [sys.getrefcount(x) for x in (None, True, False)]

class Source(QObject):
    plain = Signal()
    carrying = Signal(object)

class Ticker(QObject):
    def timerEvent(self, event):
        self.killTimer(event.timerId())

def nothing(*_args):
    return None

source = Source()
source.plain.connect(nothing)
source.carrying.connect(nothing)
ticker = Ticker()
parked = []
a, b = socket.socketpair()
notifier = QSocketNotifier(a.fileno(), QSocketNotifier.Type.Read)
notifier.setEnabled(False)

cases = {
    "Signal.emit()": lambda: source.plain.emit(),
    "Signal(object).emit(1)": lambda: source.carrying.emit(1),
    "QObject.startTimer/killTimer": lambda: ticker.killTimer(ticker.startTimer(10_000)),
    "QObject.timerEvent (Python override)": lambda: ticker.startTimer(0),
    "QSocketNotifier.setEnabled": lambda: (notifier.setEnabled(True),
                                           notifier.setEnabled(False)),
    "QTimer.singleShot(0, fn)": lambda: QTimer.singleShot(0, nothing),
    "QTimer.singleShot(5, fn)": lambda: QTimer.singleShot(5, nothing),
    "QTimer.start/stop": lambda: (parked.append(QTimer()), parked[-1].start(1000),
                                  parked[-1].stop()),
}

def qasync_case(fn):
    def run_all():
        loop = qasync.QEventLoop(app)
        try:
            async def body():
                done = asyncio.Event()
                left = [CALLS]
                def one():
                    left[0] -= 1
                    if not left[0]:
                        done.set()
                fn(loop, one)
                await done.wait()
            loop.run_until_complete(body())
        finally:
            loop.close()
    return run_all

def many_call_later(loop, one):
    for i in range(CALLS):
        loop.call_later(0.001 * (i % 5), one)

def many_threadsafe(loop, one):
    def worker():
        for _ in range(CALLS):
            loop.call_soon_threadsafe(one)
    threading.Thread(target=worker).start()

batched = {
    "qasync call_later": qasync_case(many_call_later),
    "qasync call_soon_threadsafe": qasync_case(many_threadsafe),
}

print(json.dumps({"pyside6": PySide6.__version__, "python": sys.version.split()[0]}),
      flush=True)
for name, call in [*cases.items(), *batched.items()]:
    settle()
    before = refs()
    if name in batched:
        call()
    else:
        for _ in range(CALLS):
            call()
    settle()
    after = refs()
    print(json.dumps({"case": name, "None": after[0] - before[0],
                      "True": after[1] - before[1], "False": after[2] - before[2]}),
          flush=True)
"""


def test_event_loop_calls_keep_singleton_references() -> None:
    done = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", PROBE, str(CALLS)],
        env=child_env({"QT_QPA_PLATFORM": "offscreen"}), cwd=REPO_ROOT,
        stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, (
        f"refcount probe: {describe_returncode(done.returncode)}\n{done.stdout}\n{done.stderr}")
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    versions = lines[0]
    losses = []
    for row in lines[1:]:
        for name in ("None", "True", "False"):
            # Each call may legitimately drop a few references that were cached before;
            # a buggy call loses about one per call.
            if row[name] < -CALLS // 4:
                losses.append(f"{row['case']}: {name} lost {-row[name]} references "
                              f"in {CALLS} calls")
    assert not losses, (
        f"PySide6 {versions['pyside6']} on Python {versions['python']} releases references "
        f"it does not own; the app will abort with none_dealloc/bool_dealloc under load:\n  "
        + "\n  ".join(losses))
