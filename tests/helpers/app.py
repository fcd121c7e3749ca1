"""Run the real WorkplaceApp inside a pytest-qt test, on a qasync loop of its own."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

import qasync
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from workplace.app import close_stepped_loop, run_step
from workplace.shell.application import Options, WorkplaceApp

T = TypeVar("T")


class AppRunner:
    """Owns one loop and the apps started on it; ``close()`` tears both down in order."""

    def __init__(self, qapp: QApplication) -> None:
        self.qapp = qapp
        self.loop = qasync.QEventLoop(qapp)
        asyncio.set_event_loop(self.loop)
        self.apps: list[WorkplaceApp] = []

    def run(self, awaitable: Awaitable[T]) -> T:
        return run_step(self.loop, awaitable)

    def wait_until(self, predicate: Callable[[], object], timeout: float = 20.0) -> None:
        """Run the loop (Qt events and asyncio tasks alike) until ``predicate()`` holds.

        qtbot.waitUntil spins Qt only, outside the asyncio loop; coroutines of the app
        then find no running loop. This waits inside it.
        """

        async def poll() -> None:
            deadline = self.loop.time() + timeout
            while not predicate():
                if self.loop.time() > deadline:
                    raise TimeoutError(f"condition not met within {timeout} s")
                await asyncio.sleep(0.02)

        self.run(poll())

    def start(self, **options: object) -> WorkplaceApp:
        options.setdefault("show_window", True)
        options.setdefault("language", "en")
        options.setdefault("ask_where_to_work", False)
        wp = WorkplaceApp(self.qapp, Options(**options))  # type: ignore[arg-type]
        wp.install_exception_hooks(self.loop)
        self.apps.append(wp)
        self.run(wp.start())
        return wp

    def stop(self, wp: WorkplaceApp) -> None:
        self.apps.remove(wp)
        self.run(wp.aclose())
        wp.close()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def stop_apps(self) -> None:
        """Stop every app still running (the loop stays usable for other fixtures)."""
        for wp in list(self.apps):
            self.stop(wp)

    def close(self) -> None:
        self.stop_apps()
        close_stepped_loop(self.loop)
