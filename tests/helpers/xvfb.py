"""A private X server (Xvfb) for tests that need a real ``xcb`` display.

``xvfb_server()`` starts ``Xvfb -displayfd … -screen 0 1280x800x24 -nolisten tcp``: Xvfb
picks a free display number itself and writes it to the pipe once it accepts
clients, so there is no guessing and no sleeping. The server is stopped on exit.

Without Xvfb installed the test is skipped on a developer's machine but FAILS when
the ``CI`` environment variable is set: CI installs Xvfb (packaging/linux/
install-system-deps.sh --test), so its absence there is a broken setup, not a reason
to silently run fewer tests.

Use ``with xvfb_server() as display: …`` or the ``xvfb_display`` fixture (import it
into a conftest.py or wrap it in a test module's own fixture).
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from typing import IO

import pytest

SCREEN = "1280x800x24"
INSTALL_HINT = ("install it with `apt-get install -y xvfb xauth` "
                "(or `bash packaging/linux/install-system-deps.sh --test`)")


def running_in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def require_xvfb() -> str:
    """Path of the Xvfb binary; skip the test without it (fail under CI)."""
    path = shutil.which("Xvfb")
    if path is None:
        message = f"Xvfb is not installed: {INSTALL_HINT}"
        if running_in_ci():
            pytest.fail(f"{message}. CI must run the end-to-end tests (CI is set).",
                        pytrace=False)
        pytest.skip(message)
    return path


@contextlib.contextmanager
def xvfb_server(screen: str = SCREEN, timeout: float = 30.0) -> Iterator[str]:
    """Start Xvfb on a display it picks itself; yield ``":N"``; stop it afterwards."""
    binary = require_xvfb()
    read_fd, write_fd = os.pipe()
    with tempfile.TemporaryFile(mode="w+", prefix="xvfb-", suffix=".log") as log:
        try:
            proc = subprocess.Popen(
                [binary, "-displayfd", str(write_fd), "-screen", "0", screen,
                 "-nolisten", "tcp"],
                pass_fds=(write_fd,), stdin=subprocess.DEVNULL, stdout=log,
                stderr=subprocess.STDOUT, start_new_session=True)
        finally:
            os.close(write_fd)
        try:
            number = _read_display_number(read_fd, proc, timeout, log)
            yield f":{number}"
        finally:
            os.close(read_fd)
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(10)


def _read_display_number(fd: int, proc: subprocess.Popen[bytes], timeout: float,
                         log: IO[str]) -> int:
    deadline = time.monotonic() + timeout
    data = b""
    while not data.endswith(b"\n"):
        left = deadline - time.monotonic()
        ready, _, _ = select.select([fd], [], [], max(left, 0))
        chunk = os.read(fd, 64) if ready else b""
        if not chunk:  # timeout, or Xvfb closed the pipe (it exited)
            if proc.poll() is None:
                proc.kill()
                proc.wait(10)
            log.seek(0)
            why = ("did not report a display within "
                   f"{timeout:g} s" if not ready else f"exited with code {proc.returncode}")
            pytest.fail(f"Xvfb {why}; its output:\n{log.read()[-4000:]}", pytrace=False)
        data += chunk
    return int(data.strip())


@pytest.fixture
def xvfb_display() -> Iterator[str]:
    """The DISPLAY string (``":N"``) of a private Xvfb that lives for one test."""
    with xvfb_server() as display:
        yield display
