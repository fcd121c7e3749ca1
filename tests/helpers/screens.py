"""What the screenshot scripts (``*_screens.py``) share: a throwaway home, waiting on
the app's loop, saving a widget as PNG, and the demo organisation's first sync."""

from __future__ import annotations

import asyncio
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


def throwaway_home() -> Path:
    """Point HOME and the XDG folders at a new temporary folder; Qt offscreen."""
    home = Path(tempfile.mkdtemp(prefix="wp-screens-"))
    for name, sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"),
                      ("XDG_DATA_HOME", ".local/share"), ("XDG_CACHE_HOME", ".cache"),
                      ("XDG_STATE_HOME", ".local/state")):
        (home / sub).mkdir(parents=True, exist_ok=True)
        os.environ[name] = str(home / sub)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return home


async def wait(predicate: Callable[[], object], timeout: float = 60) -> None:
    """Let the app's loop run until ``predicate()`` holds."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError(str(predicate))
        await asyncio.sleep(0.05)


def saver(out: Path, lang: str, prefix: str = "") -> Callable[[Any, str], None]:
    """``save(widget, name)`` writing ``out/<prefix><name>-<lang>.png`` (and printing it)."""
    def save(widget: Any, name: str) -> None:
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QApplication

        # Lay out what changed; grab() paints by itself. Not processEvents(): called
        # from a coroutine it would run other tasks' steps inside this one ("Cannot
        # enter into task"), and the script would never finish.
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        path = out / f"{prefix}{name}-{lang}.png"
        widget.grab().save(str(path))
        print(path)

    return save


async def demo_synced(wp: Any, size: tuple[int, int]) -> None:
    """Size the window and wait for the demo organisation's first sync to finish."""
    from workplace.store.sync import SyncState

    wp.window.resize(*size)
    await wait(lambda: wp.offline.engine is not None
               and wp.offline.engine.state is SyncState.ONLINE, 120)
    await asyncio.sleep(1.0)
