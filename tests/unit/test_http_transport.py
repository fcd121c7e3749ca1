"""A request cancelled during its TLS handshake gives its socket back at once."""

from __future__ import annotations

import asyncio
import ssl

import httpx

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
