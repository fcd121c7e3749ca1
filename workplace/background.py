"""The one road for blocking work: a thread pool whose results come back on the loop.

SQLite, the keyring, hashing and file I/O must never run on the GUI thread. Call
``await runner.run(fn, *args)`` from a coroutine on the application loop; the
function runs in a worker thread and its result (or exception) is delivered back
on the loop. Workers must not touch Qt widgets.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")
_log = logging.getLogger("workplace.background")


class BackgroundRunner:
    """Runs blocking callables in worker threads for coroutines on the app's loop."""

    def __init__(self, max_workers: int = 4, name: str = "workplace-bg") -> None:
        self._executor = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix=name)
        self._closed = False

    async def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        if self._closed:
            raise RuntimeError("background runner is shut down")
        loop = asyncio.get_running_loop()
        call = functools.partial(fn, *args, **kwargs) if kwargs else functools.partial(fn, *args)
        return await loop.run_in_executor(self._executor, call)

    def shutdown(self) -> None:
        """Wait for running work to finish and stop the threads (called at exit)."""
        if not self._closed:
            self._closed = True
            self._executor.shutdown(wait=True, cancel_futures=True)
            _log.debug("background runner stopped")
