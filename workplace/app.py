"""Process start-up: one QApplication, one asyncio loop on it (qasync) for the app's life.

The loop is created once, runs until the user quits, and is closed deterministically
afterwards: pending tasks are cancelled and awaited, the background threads joined,
and only then the loop closed — the order that keeps qasync's timers and socket
notifiers from outliving the objects they call back into.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from collections.abc import Awaitable, Callable
from typing import TypeVar

import qasync
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

import workplace
from workplace.shell.application import Options, WorkplaceApp

_log = logging.getLogger("workplace.app")
T = TypeVar("T")


def ensure_platform(headless: bool) -> None:
    """Fall back to Qt's offscreen platform where there is no display to draw on."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    no_display = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless or no_display:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def make_qapplication() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Workplace")
    app.setOrganizationName("Workplace")
    app.setApplicationVersion(workplace.__version__)
    app.setDesktopFileName("workplace")
    app.setQuitOnLastWindowClosed(False)  # quitting goes through WorkplaceApp.request_quit
    return app


def run_until_done(loop: asyncio.AbstractEventLoop, awaitable: Awaitable[T]) -> T:
    """``loop.run_until_complete`` without qasync's last ``processEvents``.

    qasync's run_until_complete spins Qt once more after marking the loop stopped, so
    callbacks due then resume coroutines with no running loop ("no running event
    loop" in httpx, asyncio.wait_for …). Stopping from the future's callback and
    returning straight out of ``run_forever`` leaves them for the next run.
    """
    future = asyncio.ensure_future(awaitable, loop=loop)
    future.add_done_callback(lambda _f: loop.stop())
    loop.run_forever()
    if not future.done():
        raise RuntimeError("the event loop stopped before the work finished")
    return future.result()


def run_step(loop: asyncio.AbstractEventLoop, awaitable: Awaitable[T]) -> T:
    """:func:`run_until_done` for a loop that runs in steps (test harnesses).

    Between steps the loop stays the thread's running loop. Qt may process events
    then (pytest-qt does after every test phase), and qasync runs the loop's due
    callbacks from Qt's timers: without a running loop a task resumed that way fails
    inside ``wait_for`` or httpx ("no running event loop") and is lost — the app's
    sync engine with it. Call :func:`end_steps` before closing the loop.
    """
    asyncio.events._set_running_loop(None)  # run_forever sets it, and refuses it set
    try:
        return run_until_done(loop, awaitable)
    finally:
        asyncio.events._set_running_loop(loop)


def end_steps() -> None:
    """After the last :func:`run_step`: no loop is running any more."""
    asyncio.events._set_running_loop(None)


async def settle_callbacks(rounds: int = 3) -> None:
    """Give the callbacks already scheduled their turn before the loop is closed.

    A transport frees its socket in a callback that ``close()`` schedules. qasync
    runs callbacks from Qt timers and, once closed, drops the ones still pending
    the next time Qt fires them: a connection closed in the loop's last moments
    (an httpx client shut at quit) would leak its socket. Callbacks may schedule
    more (closing a stream takes two turns), hence a few short rounds.
    """
    for _ in range(rounds):
        await asyncio.sleep(0.01)


async def _cancel_pending(loop: asyncio.AbstractEventLoop) -> None:
    current = asyncio.current_task()
    pending = [t for t in asyncio.all_tasks(loop) if t is not current and not t.done()]
    for task in pending:
        task.cancel()
    if pending:
        await asyncio.gather(*pending, return_exceptions=True)


def run_app(options: Options,
            body: Callable[[WorkplaceApp], Awaitable[int]] | None = None) -> int:
    """Run Workplace until it is closed; ``body`` replaces the interactive session."""
    app = make_qapplication()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    wp: WorkplaceApp | None = None
    try:
        wp = WorkplaceApp(app, options)
        wp.install_exception_hooks(loop)

        async def main(wp: WorkplaceApp) -> int:
            try:
                await wp.start()
                if body is not None:
                    return await body(wp)
                return await wp.wait_closed()
            finally:
                await wp.aclose()

        code: int = run_until_done(loop, main(wp))
        run_until_done(loop, _cancel_pending(loop))
        return code
    finally:
        if wp is not None:
            wp.close()
        # run deleteLater() before the loop goes
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        run_until_done(loop, loop.shutdown_asyncgens())
        run_until_done(loop, settle_callbacks())
        loop.close()
        asyncio.set_event_loop(None)
        _log.info("shutdown complete")
