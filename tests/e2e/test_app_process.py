"""End to end: the real ``workplace`` process on a real (virtual) X display.

Each test starts the app as a user would (``python -m workplace …``) with the
environment the test runs in — including the temporary HOME and XDG directories
from tests/conftest.py — and checks what it prints, shows and returns.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.procs import REPO_ROOT, child_env, describe_returncode, spawn
from tests.helpers.xvfb import xvfb_server

pytestmark = pytest.mark.e2e

READY_TIMEOUT = 60.0
EXIT_TIMEOUT = 30.0
SCREENSHOT_NAME = "main-window-ru.png"

# Grabs the whole screen of $DISPLAY into argv[1]. The app logs "ready" right after
# show(); the window may be mapped and painted a moment later, so the grab is
# repeated (bounded) until the screen is no longer one flat colour.
SCREENSHOT_SCRIPT = r"""
import sys, time
from PySide6.QtGui import QGuiApplication

app = QGuiApplication([])
screen = app.primaryScreen()
deadline = time.monotonic() + float(sys.argv[2])
while True:
    app.processEvents()
    pixmap = screen.grabWindow(0)
    image = pixmap.toImage()
    colours = {image.pixel(x, y) for y in range(0, image.height(), 8)
               for x in range(0, image.width(), 8)}
    if len(colours) >= 2 or time.monotonic() > deadline:
        break
    time.sleep(0.1)
if not pixmap.save(sys.argv[1], "PNG"):
    sys.exit(f"could not save {sys.argv[1]}")
print(f"grabbed {image.width()}x{image.height()} colours_sampled={len(colours)}")
"""


@pytest.fixture
def display() -> Iterator[str]:
    with xvfb_server() as name:
        yield name


def workplace_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "workplace", *args]


def run_cli(*args: str, timeout: float = 120.0) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        workplace_cmd(*args), env=child_env({"QT_QPA_PLATFORM": "offscreen"}),
        cwd=REPO_ROOT, stdin=subprocess.DEVNULL, capture_output=True, text=True,
        timeout=timeout, check=False)


def distinct_colours(path: Path, step: int = 4) -> int:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull(), f"{path} is not a readable image"
    return len({image.pixel(x, y) for y in range(0, image.height(), step)
                for x in range(0, image.width(), step)})


def bad_lines(lines: list[str]) -> list[str]:
    return [line for line in lines if "Traceback" in line or " ERROR " in line]


def test_main_window_on_xvfb(display: str, tmp_path: Path) -> None:
    env = child_env({"QT_QPA_PLATFORM": "xcb", "DISPLAY": display, "WAYLAND_DISPLAY": None})
    with spawn(workplace_cmd("--lang", "ru"), env, cwd=REPO_ROOT) as (proc, _out, err):
        try:
            ready = err.wait_for(" workplace.shell: ready ", READY_TIMEOUT)
        except (TimeoutError, EOFError) as exc:
            pytest.fail(f"workplace did not get ready ({describe_returncode(proc.poll())}): "
                        f"{exc}", pytrace=False)
        assert " lang=ru " in ready, ready
        assert " plugins_active=0 " not in ready, ready

        shot = tmp_path / SCREENSHOT_NAME
        grab = subprocess.run(
            [sys.executable, "-c", SCREENSHOT_SCRIPT, str(shot), "15"], env=env,
            stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60,
            check=False)
        assert grab.returncode == 0, (
            f"screenshot helper failed ({describe_returncode(grab.returncode)}):\n"
            f"{grab.stdout}{grab.stderr}")
        assert shot.is_file() and shot.stat().st_size > 0, f"no screenshot at {shot}"
        if _artifacts_wanted():
            target = REPO_ROOT / "artifacts" / "e2e" / SCREENSHOT_NAME
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(shot, target)
        colours = distinct_colours(shot)
        assert colours >= 2, (
            f"the screenshot is a single flat colour: the window was not drawn ({shot})")
        assert proc.poll() is None, (
            f"workplace quit on its own ({describe_returncode(proc.returncode)}):\n{err.tail()}")

        proc.send_signal(signal.SIGTERM)
        try:
            code = proc.wait(EXIT_TIMEOUT)
        except subprocess.TimeoutExpired:
            pytest.fail(f"workplace did not quit within {EXIT_TIMEOUT:g} s of SIGTERM; "
                        f"stderr:\n{err.tail()}", pytrace=False)
        err.join()
        assert code == 0, f"workplace: {describe_returncode(code)} after SIGTERM\n{err.tail()}"
        assert any(" workplace.app: shutdown complete" in line for line in err.lines), (
            f"no 'shutdown complete' line after SIGTERM; stderr:\n{err.tail()}")
        assert not bad_lines(err.lines), "errors on stderr:\n" + err.text


def _artifacts_wanted() -> bool:
    return bool(os.environ.get("WORKPLACE_ARTIFACTS"))


def test_selftest_passes() -> None:
    result = run_cli("--selftest")
    assert result.returncode == 0, (
        f"--selftest: {describe_returncode(result.returncode)}\n{result.stdout}{result.stderr}")
    assert "wp_home ok" in result.stdout.splitlines(), result.stdout
    assert not bad_lines(result.stderr.splitlines()), result.stderr


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0, f"{describe_returncode(result.returncode)}\n{result.stderr}"
    assert "Workplace " in result.stdout, result.stdout
    assert "Plugin API" in result.stdout, result.stdout
    assert not bad_lines(result.stderr.splitlines()), result.stderr


def test_bad_profile_name_is_refused() -> None:
    result = run_cli("--profile", "../x")
    assert result.returncode == 2, (
        f"expected exit code 2, got {describe_returncode(result.returncode)}\n{result.stderr}")
    message = result.stderr.strip()
    assert message.startswith("workplace: "), message
    assert "../x" in message, message
    assert "Traceback" not in result.stderr, result.stderr
