"""A request cancelled during its TLS handshake gives its socket back at once."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import socket
import ssl
import warnings

import httpx

from workplace.net.http import async_transport


def test_a_request_cancelled_during_the_tls_handshake_closes_its_socket():
    # A server that accepts and never answers the ClientHello: the handshake hangs.
    silent = socket.create_server(("127.0.0.1", 0))
    accepted: list[socket.socket] = []

    async def main() -> None:
        loop = asyncio.get_running_loop()
        async with httpx.AsyncClient(transport=async_transport(ssl.create_default_context())) \
                as client:
            request = asyncio.ensure_future(
                client.get(f"https://127.0.0.1:{silent.getsockname()[1]}/"))
            conn, _ = await loop.run_in_executor(None, silent.accept)
            accepted.append(conn)
            await asyncio.sleep(0.05)  # well into the handshake, waiting for the server
            request.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await request
            assert request.cancelled()
            conn.settimeout(10)
            assert conn.recv(65536, socket.MSG_PEEK) is not None
            # The client hung up: the server side reads the end of the stream.
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
        silent.close()
    assert [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)] == []


def test_the_gateway_session_goes_through_the_environments_proxy(monkeypatch):
    # A session given a transport of its own would stop reading HTTPS_PROXY & co;
    # behind a ministry's proxy it would then never reach its server. A fake model
    # stands in for the proxy: it records the absolute address in the request line.
    from tests.helpers.fake_model import FakeModel
    from workplace.net.session import GatewaySession

    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    proxy = FakeModel()
    monkeypatch.setenv("http_proxy", f"http://127.0.0.1:{proxy.port}")

    async def main() -> None:
        session = GatewaySession("http://gateway.invalid")
        try:
            # The fake reads a JSON body; its (chat) answer is not the point here.
            await session.client.post("/health", json={})
        finally:
            await session.aclose()

    try:
        asyncio.run(main())
        assert [r.split(b"\r\n")[0] for r in proxy.requests] == [
            b"POST http://gateway.invalid/api/v1/health HTTP/1.1"]
    finally:
        proxy.close()
