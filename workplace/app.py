"""Process start-up: one QApplication, one asyncio loop on it (qasync) for the app's life.

The loop is created once, runs until the user quits, and is closed deterministically
afterwards: pending tasks are cancelled and awaited, the background threads joined,
and only then the loop closed — the order that keeps qasync's timers and socket
notifiers from outliving the objects they call back into.
"""

from __future__ import annotations

import asyncio
import io
import logging
import os
import sys
from collections.abc import Awaitable, Callable
from typing import TypeVar

import qasync
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
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


def close_stepped_loop(loop: asyncio.AbstractEventLoop, stuck_after: float = 30) -> None:
    """Close a loop run in steps (test harnesses), once its apps are stopped.

    Every task left is cancelled and awaited — one that ignores its cancellation fails
    here with its stack after ``stuck_after`` seconds rather than hanging the run —,
    async generators are shut, pending callbacks get their turn
    (:func:`settle_callbacks`), and the loop is closed.
    """

    async def drain() -> None:
        tasks = [t for t in asyncio.all_tasks(loop) if t is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        if not tasks:
            return
        _done, stuck = await asyncio.wait(tasks, timeout=stuck_after)
        if stuck:
            report = io.StringIO()
            for task in stuck:
                print(task, file=report)
                task.print_stack(file=report)
            raise RuntimeError(
                f"tasks still running {stuck_after:g} s after cancel:\n{report.getvalue()}")

    run_step(loop, drain())
    run_step(loop, loop.shutdown_asyncgens())
    run_step(loop, settle_callbacks())
    end_steps()
    loop.close()
    asyncio.set_event_loop(None)
    release_loop_timers(loop)


def release_loop_timers(loop: asyncio.AbstractEventLoop) -> None:
    """Destroy a closed qasync loop's timer object now, on this (the GUI) thread.

    qasync runs callbacks from Qt timers on one QObject and, when closed, only marks
    them stopped: timers still due later (a keep-alive, an idle lock) stay active.
    Left to the garbage collector, the object may be destroyed on whichever thread
    collects it — "QObject::~QObject: Timers cannot be stopped from another thread",
    and at times a crash in the next test.
    """
    timer = getattr(loop, "_timer", None)
    if isinstance(timer, QObject):
        timer.deleteLater()
        QCoreApplication.sendPostedEvents(timer, QEvent.Type.DeferredDelete)


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
