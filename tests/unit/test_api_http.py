"""workplace.api's HTTP transport for plugins (API 1.7): a request cancelled during its
TLS handshake gives its socket back at once — through the API and through the
assistant's model backend — and the transport behaves like a plain httpx client
otherwise (verify, the environment's proxies)."""

from __future__ import annotations

import asyncio
import os
import socket
import ssl
import subprocess
import sys
from collections.abc import Iterator

import certifi
import httpx
import pytest
from wp_assistant.backends import (
    ChatCompletionsBackend,
    Message,
    Task,
    TaskKind,
)

from tests.helpers.fake_model import FakeModel
from tests.helpers.handshake import cancelled_during_handshake, clear_proxies, silent_server
from workplace.api import async_http_transport
from workplace.net.http import ClosingBackend


@pytest.fixture
def no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    clear_proxies(monkeypatch)


@pytest.fixture
def silent() -> Iterator[socket.socket]:
    with silent_server() as server:
        yield server


@pytest.mark.usefixtures("no_proxies")
def test_the_api_transport_closes_a_socket_cancelled_in_the_handshake(silent):
    async def request(url: str) -> object:
        async with httpx.AsyncClient(
                transport=async_http_transport(ssl.create_default_context())) as client:
            return await client.get(url + "/")

    cancelled_during_handshake(silent, request)


@pytest.mark.usefixtures("no_proxies")
@pytest.mark.parametrize("verify", ["context", True])
def test_the_assistant_closes_a_socket_cancelled_in_the_handshake(silent, verify):
    async def no_key() -> str | None:
        return None

    async def request(url: str) -> object:
        backend = ChatCompletionsBackend(
            url + "/v1", "m", no_key,
            verify=ssl.create_default_context() if verify == "context" else verify)
        return [piece async for piece in backend.stream(Task(TaskKind.CHAT, "hi"),
                                                        [Message("user", "hi")])]

    cancelled_during_handshake(silent, request)


def test_verify_is_taken_as_httpx_takes_it(tmp_path, no_proxies):
    ca_dir = tmp_path / "certs"
    ca_dir.mkdir()
    context = ssl.create_default_context()
    for verify in (context, True, certifi.where(), tmp_path / "certs", str(ca_dir)):
        transport = async_http_transport(verify)  # a path: no DeprecationWarning either
        assert isinstance(transport._pool._network_backend, ClosingBackend)  # type: ignore[attr-defined]
    assert async_http_transport(context)._pool._ssl_context is context  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match="cannot be turned off"):
        async_http_transport(False)
    with pytest.raises(TypeError):
        async_http_transport(None)  # type: ignore[arg-type]
    with pytest.raises(FileNotFoundError):
        async_http_transport(os.fspath(tmp_path / "missing.pem"))


def test_the_environments_proxies_are_used_as_httpx_would(monkeypatch, no_proxies):
    # A fake model stands in for a proxy: a proxied plain-http request arrives with
    # the absolute address in its request line, and is answered like any other.
    proxy, direct = FakeModel(), FakeModel()
    monkeypatch.setenv("http_proxy", f"http://127.0.0.1:{proxy.port}")
    monkeypatch.setenv("no_proxy", "127.0.0.1")

    async def no_key() -> str | None:
        return None

    async def ask(url: str) -> str:
        backend = ChatCompletionsBackend(url, "m", no_key)
        return "".join([piece async for piece in backend.stream(
            Task(TaskKind.CHAT, "hi"), [Message("user", "hi")])])

    try:
        assert asyncio.run(ask("http://model.invalid/v1")) == "Hello, world."
        assert [r.split(b"\r\n")[0] for r in proxy.requests] == [
            b"POST http://model.invalid/v1/chat/completions HTTP/1.1"]
        # NO_PROXY: straight to the host.
        assert asyncio.run(ask(direct.url)) == "Hello, world."
        assert (len(proxy.requests), len(direct.requests)) == (1, 1)
        routes = async_http_transport(True)._routes  # type: ignore[attr-defined]
        assert [isinstance(t._pool._network_backend, ClosingBackend)
                for _, t in routes if t is not None] == [True]
    finally:
        proxy.close()
        direct.close()


def test_the_api_does_not_load_httpx_when_imported():
    code = ("import sys, workplace.api; "
            "assert not [m for m in sys.modules if m.split('.')[0] in ('httpx', 'httpcore')]")
    subprocess.run([sys.executable, "-c", code], check=True)
