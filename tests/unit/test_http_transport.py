"""A request cancelled during its TLS handshake gives its socket back at once."""

from __future__ import annotations

import asyncio
import gc
import socket
import ssl
import threading
import warnings

import httpcore
import httpx
import pytest

from tests.helpers.fake_model import FakeModel
from tests.helpers.handshake import cancelled_during_handshake, clear_proxies, silent_server
from workplace.net.http import async_transport
from workplace.net.session import GatewaySession


def test_a_request_cancelled_during_the_tls_handshake_closes_its_socket():
    async def request(url: str) -> object:
        async with httpx.AsyncClient(
                transport=async_transport(ssl.create_default_context())) as client:
            return await client.get(url + "/")

    with silent_server() as silent:
        cancelled_during_handshake(silent, request)


def test_the_gateway_session_goes_through_the_environments_proxy(monkeypatch):
    # A session given a transport of its own would stop reading HTTPS_PROXY & co;
    # behind a ministry's proxy it would then never reach its server. A fake model
    # stands in for the proxy: it records the absolute address in the request line.
    clear_proxies(monkeypatch)
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


def test_closing_the_client_closes_a_connection_still_being_made(monkeypatch):
    # httpcore's pool closes the connections it holds; one still connecting has nothing
    # to close yet, and its request would go on over it and leave it open for good.
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(10)
    seen: list[bytes] = []

    def serve() -> None:
        try:
            conn, _ = server.accept()
        except OSError:
            return
        with conn:
            conn.settimeout(10)
            data = b""
            while chunk := conn.recv(65536):  # ends at the client's EOF
                data += chunk
                if data.endswith(b"\r\n\r\n"):  # answer and keep the connection alive
                    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}")
            seen.append(data)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    gate: list[asyncio.Event] = []
    connect = httpcore.AnyIOBackend.connect_tcp

    async def held(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        await gate[0].wait()
        return await connect(self, *args, **kwargs)

    monkeypatch.setattr(httpcore.AnyIOBackend, "connect_tcp", held)

    async def main() -> None:
        gate.append(asyncio.Event())
        client = httpx.AsyncClient(transport=async_transport(ssl.create_default_context()))
        request = asyncio.ensure_future(
            client.get(f"http://127.0.0.1:{server.getsockname()[1]}/"))
        await asyncio.sleep(0.05)  # held while connecting
        await client.aclose()
        gate[0].set()
        with pytest.raises(httpx.ConnectError):
            await request

    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            asyncio.run(main())
            thread.join(10)
            gc.collect()
    finally:
        server.close()
    assert not thread.is_alive(), "the connection was never closed"
    assert seen == [b""]  # connected, then closed at once: no request went over it
    assert [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)] == []
