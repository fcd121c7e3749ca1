"""A TLS handshake left hanging and then cancelled: does the client give its socket back?

httpcore closes the connection when a handshake fails, not when the task is cancelled
during it; the transports of ``workplace.net.http`` close it either way. Shared by the
tests of those transports, of the plugin API's and of the assistant's backend.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import socket
import warnings
from collections.abc import Awaitable, Callable, Iterator

import pytest

PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


def clear_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    """No proxy in the environment (either case), whatever the machine has set."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)


@contextlib.contextmanager
def silent_server() -> Iterator[socket.socket]:
    """A server that accepts and never answers the ClientHello: the handshake hangs."""
    server = socket.create_server(("127.0.0.1", 0))
    try:
        yield server
    finally:
        server.close()


def cancelled_during_handshake(silent: socket.socket,
                               request: Callable[[str], Awaitable[object]]) -> None:
    """Start ``request(https://<silent>)``, cancel it mid-handshake, and assert that
    the server reads the end of the stream and that no ResourceWarning is raised."""
    accepted: list[socket.socket] = []

    async def main() -> None:
        loop = asyncio.get_running_loop()
        task = asyncio.ensure_future(request(f"https://127.0.0.1:{silent.getsockname()[1]}"))
        conn, _ = await loop.run_in_executor(None, silent.accept)
        accepted.append(conn)
        await asyncio.sleep(0.05)  # well into the handshake, waiting for the server
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        assert task.cancelled()
        conn.settimeout(10)
        # The client hung up: the server side reads the end of the stream (its
        # ClientHello first), not a time-out.
        while conn.recv(65536):
            pass

    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            asyncio.run(main())
            gc.collect()
    finally:
        for conn in accepted:
            conn.close()
    assert [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)] == []
