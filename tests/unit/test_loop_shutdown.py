"""Closing the app's loop loses no socket that was closed just before."""

from __future__ import annotations

import asyncio
import gc
import socket
import warnings

from tests.helpers.app import AppRunner


def test_a_connection_closed_as_the_loop_closes_releases_its_socket(qapp):
    listener = socket.create_server(("127.0.0.1", 0))
    runner = AppRunner(qapp)

    async def hold_a_connection(opened: asyncio.Event) -> None:
        transport, _ = await asyncio.get_running_loop().create_connection(
            asyncio.Protocol, *listener.getsockname())
        try:
            opened.set()
            await asyncio.Event().wait()
        finally:
            # As a client does when the app quits: close() frees the socket in a
            # callback of the loop's next turn, and the loop is closed right after.
            transport.close()

    async def start() -> asyncio.Task[None]:
        opened = asyncio.Event()
        task = asyncio.ensure_future(hold_a_connection(opened))
        await opened.wait()
        return task

    try:
        task = runner.run(start())
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            runner.close()  # cancels the task, then closes the loop
            del runner
            qapp.processEvents()  # qasync drops here a callback the closed loop never ran
            gc.collect()
    finally:
        listener.close()
    assert task.cancelled()
    assert [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)] == []
