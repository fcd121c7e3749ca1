"""Quit cleanly on SIGINT/SIGTERM although Qt, not Python, runs the event loop.

Python runs signal handlers only between bytecodes; while Qt sits in its C++ loop
that may be never. The C-level handler writes to a socket (``set_wakeup_fd``),
a ``QSocketNotifier`` wakes Qt, and the Python handler then runs.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier


class SignalWakeup(QObject):
    def __init__(self, on_signal: Callable[[int], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._read, self._write = socket.socketpair()
        self._read.setblocking(False)
        self._write.setblocking(False)
        self._old_fd = signal.set_wakeup_fd(self._write.fileno())
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._old = {}
        for sig in (signal.SIGINT, signal.SIGTERM):
            self._old[sig] = signal.signal(sig, lambda signum, _frame: on_signal(signum))

    def _drain(self) -> None:
        try:
            while self._read.recv(64):
                pass
        except BlockingIOError:
            pass

    def close(self) -> None:
        self._notifier.setEnabled(False)
        for sig, handler in self._old.items():
            signal.signal(sig, handler)
        signal.set_wakeup_fd(self._old_fd)
        self._read.close()
        self._write.close()
