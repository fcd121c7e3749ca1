"""The real Workplace app, windowless, with only the plugins under test: the ``wp_app``
fixture. The one module of the devkit that imports Qt."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, TypeVar

import qasync
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QWidget

from workplace.app import close_stepped_loop, make_qapplication, run_step
from workplace.policy import MachinePolicy
from workplace.shell.application import Options, WorkplaceApp

T = TypeVar("T")


class ShellHarness:
    """One app on a qasync loop of its own; ``close()`` stops both, in order.

    Machine policy allows only ``plugins`` (and the plugins they require must be named
    too), so a test sees its plugin as a user would, without the built-in modules.
    """

    def __init__(self, plugin_id: str, plugins: Iterable[str] = (),
                 qapp: QApplication | None = None, language: str = "en") -> None:
        self.plugin_id = plugin_id
        self.qapp = qapp or make_qapplication()
        self.loop = qasync.QEventLoop(self.qapp)
        asyncio.set_event_loop(self.loop)
        allowed = frozenset({plugin_id, *plugins})
        self.app = WorkplaceApp(self.qapp, Options(
            language=language, show_window=False, ask_where_to_work=False,
            policy=MachinePolicy(plugins_allow=allowed)))
        self.app.install_exception_hooks(self.loop)
        self._running = True
        self.run(self.app.start())
        self.wait_until(lambda: self.app.offline.opened or self.app.offline.failure is not None)
        if self.app.offline.failure is not None:
            raise RuntimeError(f"the local data did not open: {self.app.offline.failure}")

    # -- the loop ---------------------------------------------------------------

    def run(self, awaitable: Awaitable[T]) -> T:
        """Run ``awaitable`` on the app's loop and return its result."""
        return run_step(self.loop, awaitable)

    def wait_until(self, predicate: Callable[[], object], timeout: float = 20.0) -> None:
        """Let the app run (Qt events and asyncio tasks) until ``predicate()`` holds."""

        async def poll() -> None:
            deadline = self.loop.time() + timeout
            while not predicate():
                if self.loop.time() > deadline:
                    raise TimeoutError(f"condition not met within {timeout} s")
                await asyncio.sleep(0.02)

        self.run(poll())

    # -- what a test looks at -----------------------------------------------------

    @property
    def window(self) -> Any:
        """The main window (``current_page``, ``page_ids()`` …)."""
        return self.app.window

    @property
    def host(self) -> Any:
        """The plugin host (``records`` by plugin id, with ``state`` and ``reason``)."""
        return self.app.host

    @property
    def store(self) -> Any:
        """The local store as plugins see it (``ctx.store``), already open."""
        return self.app.store

    def state(self, plugin_id: str | None = None) -> str:
        """``active``, ``failed``, ``blocked`` … of the plugin (the one under test)."""
        return str(self.app.host.records[plugin_id or self.plugin_id].state.value)

    def reason(self, plugin_id: str | None = None) -> str:
        """Why the plugin is in its state ('' when active)."""
        rec = self.app.host.records[plugin_id or self.plugin_id]
        return str(rec.reason or "")

    def open_page(self, page_id: str) -> Any:
        """Show a page as the user would and return its widget (built on first show)."""
        if not self.app.window.show_page(page_id):
            raise LookupError(f"no page {page_id!r}; the window has {self.app.window.page_ids()}"
                              f" ({self.plugin_id}: {self.state()} {self.reason()})")
        holder = self.app.window.holder(page_id)
        content: QWidget | None = holder.content if holder is not None else None
        if content is None:
            raise RuntimeError(f"page {page_id!r} could not be built: {self.reason()}")
        return content

    def run_command(self, command_id: str) -> None:
        """Run a command as the palette would; waits for an async handler to finish."""
        future = self.app.workbench.commands.run(command_id)
        if future is not None:
            self.run(future)

    # -- the end ------------------------------------------------------------------

    def close(self) -> None:
        """Stop the app, cancel what is left on the loop, close the loop."""
        if not self._running:
            return
        self._running = False
        self.run(self.app.aclose())
        self.app.close()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

        close_stepped_loop(self.loop)
