"""Run the real WorkplaceApp inside a pytest-qt test, on a qasync loop of its own."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Awaitable, Callable
from typing import TypeVar

import qasync
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from workplace.app import end_steps, run_step, settle_callbacks
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

        async def drain() -> None:
            tasks = [t for t in asyncio.all_tasks(self.loop)
                     if t is not asyncio.current_task()]
            for t in tasks:
                t.cancel()
            if not tasks:
                return
            # A task that ignores its cancellation would hang the whole run: say which.
            _done, stuck = await asyncio.wait(tasks, timeout=30)
            if stuck:
                report = io.StringIO()
                for t in stuck:
                    print(t, file=report)
                    t.print_stack(file=report)
                raise RuntimeError(f"tasks still running 30 s after cancel:\n{report.getvalue()}")

        self.run(drain())
        self.run(settle_callbacks())
        end_steps()
        self.loop.close()
        asyncio.set_event_loop(None)
