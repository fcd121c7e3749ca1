"""Helpers for tests that start real processes: environments, line readers, exit codes."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO

REPO_ROOT = Path(__file__).resolve().parents[2]


def child_env(overrides: Mapping[str, str | None] | None = None) -> dict[str, str]:
    """A copy of ``os.environ`` as it is *now*, with ``overrides`` applied.

    Call it inside the test (not at import time) so the child inherits the isolated
    HOME and XDG directories set up by ``tests/conftest.py``. A value of ``None``
    removes the variable.
    """
    env = dict(os.environ)
    for key, value in (overrides or {}).items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def describe_returncode(code: int | None) -> str:
    """``0`` → "exit code 0"; ``-11`` → "killed by signal SIGSEGV (-11)"."""
    if code is None:
        return "still running"
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        return f"killed by signal {name} ({code})"
    return f"exit code {code}"


class LineReader:
    """Reads a text stream line by line in a daemon thread; lets a test wait for a line."""

    def __init__(self, stream: IO[str], name: str = "stream") -> None:
        self.name = name
        self._stream = stream
        self._lines: list[str] = []
        self._eof = False
        self._cond = threading.Condition()
        self._thread = threading.Thread(target=self._pump, name=f"reader-{name}", daemon=True)
        self._thread.start()

    def _pump(self) -> None:
        try:
            for raw in self._stream:
                with self._cond:
                    self._lines.append(raw.rstrip("\r\n"))
                    self._cond.notify_all()
        except (OSError, ValueError):  # the stream was closed under us
            pass
        finally:
            with self._cond:
                self._eof = True
                self._cond.notify_all()

    @property
    def lines(self) -> list[str]:
        with self._cond:
            return list(self._lines)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def tail(self, n: int = 40) -> str:
        return "\n".join(self.lines[-n:])

    def wait_for(self, match: str | Callable[[str], bool], timeout: float) -> str:
        """Return the first line (already read or still to come) that matches.

        ``match`` is a substring or a predicate. Raises ``TimeoutError`` (with the
        lines seen so far) on timeout, or ``EOFError`` if the stream ends first.
        """
        pred = match if callable(match) else (lambda line: match in line)
        deadline = time.monotonic() + timeout
        seen = 0
        with self._cond:
            while True:
                for line in self._lines[seen:]:
                    if pred(line):
                        return line
                seen = len(self._lines)
                if self._eof:
                    raise EOFError(f"{self.name} ended without a line matching {match!r}; "
                                   f"last lines:\n{self.tail_locked()}")
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"no line matching {match!r} on {self.name} within "
                                       f"{timeout:g} s; last lines:\n{self.tail_locked()}")
                self._cond.wait(left)

    def tail_locked(self, n: int = 40) -> str:
        return "\n".join(self._lines[-n:])

    def join(self, timeout: float = 10.0) -> None:
        """Wait until the stream reached its end (the process closed it)."""
        self._thread.join(timeout)


@contextlib.contextmanager
def spawn(cmd: Sequence[str], env: Mapping[str, str], cwd: Path | None = None,
          ) -> Iterator[tuple[subprocess.Popen[str], LineReader, LineReader]]:
    """Start ``cmd`` with stdout and stderr read by ``LineReader`` threads.

    Yields ``(proc, stdout, stderr)``. On exit the process is stopped if it still
    runs, the readers are drained and the pipes closed.
    """
    proc = subprocess.Popen(
        list(cmd), env=dict(env), cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, encoding="utf-8", errors="replace")
    assert proc.stdout is not None and proc.stderr is not None
    out = LineReader(proc.stdout, "stdout")
    err = LineReader(proc.stderr, "stderr")
    try:
        yield proc, out, err
    finally:
        stop_process(proc)
        out.join()
        err.join()
        proc.stdout.close()
        proc.stderr.close()


def stop_process(proc: subprocess.Popen[str], timeout: float = 10.0) -> None:
    """Make sure ``proc`` is gone: terminate, then kill. For ``finally`` blocks."""
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout)
