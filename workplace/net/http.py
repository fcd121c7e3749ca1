"""httpx transports that give their sockets back when a request is cancelled.

httpcore closes the TCP connection when a TLS handshake fails with an error, but not
when the task is cancelled during the handshake — a sign-in abandoned, a sync
stopped, the app quitting a moment after it connected. The socket then stays open
until the garbage collector finds it ("unclosed transport"). The backend here wraps
httpcore's own and closes the connection on any interruption of the handshake.

Nor does closing the client close a connection that is still being made (httpcore
1.0: the pool closes the connections it holds, and one whose socket is not there yet
has nothing to close); the request then goes on over it and nobody closes it. The
backend knows every connection it made: closing the transport closes them, and one
that arrives after that is closed at once (``httpx.ConnectError`` for its request).
"""

from __future__ import annotations

import contextlib
import ssl
import weakref
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

# httpx's own reading of the environment's proxies and its URL patterns (private, httpx
# 0.28): the same rules as a plain AsyncClient, not a second copy of them.
from httpx._utils import URLPattern, get_environment_proxies

SocketOption = Any  # httpcore's SOCKET_OPTION: a (level, name, value) tuple


class _ClosingStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, timeout)

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                        timeout: float | None = None) -> httpcore.AsyncNetworkStream:
        try:
            return await self._inner.start_tls(ssl_context, server_hostname, timeout)
        except BaseException:
            # Errors are closed by httpcore already; closing twice is harmless. A
            # cancellation is not: close here, and let the cancellation go on.
            with contextlib.suppress(BaseException):
                await self._inner.aclose()
            raise

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class ClosingBackend(httpcore.AsyncNetworkBackend):
    """httpcore's asyncio backend whose connections close when a handshake is cut short,
    and all at once with :meth:`aclose` (the transport's), even one made after it."""

    def __init__(self) -> None:
        self._inner = httpcore.AnyIOBackend()
        self._made: weakref.WeakSet[_ClosingStream] = weakref.WeakSet()
        self._closed = False

    async def _kept(self, stream: httpcore.AsyncNetworkStream) -> _ClosingStream:
        wrapped = _ClosingStream(stream)
        if self._closed:
            with contextlib.suppress(Exception):
                await wrapped.aclose()
            raise httpcore.ConnectError("the HTTP client was closed while connecting")
        self._made.add(wrapped)
        return wrapped

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                          local_address: str | None = None,
                          socket_options: Iterable[SocketOption] | None = None,
                          ) -> httpcore.AsyncNetworkStream:
        return await self._kept(await self._inner.connect_tcp(
            host, port, timeout, local_address, socket_options))

    async def connect_unix_socket(self, path: str, timeout: float | None = None,
                                  socket_options: Iterable[SocketOption] | None = None,
                                  ) -> httpcore.AsyncNetworkStream:
        return await self._kept(await self._inner.connect_unix_socket(
            path, timeout, socket_options))

    async def aclose(self) -> None:
        """Close every connection made (closing one twice is harmless), and from now on
        any that is still being made."""
        self._closed = True
        for stream in list(self._made):
            with contextlib.suppress(Exception):
                await stream.aclose()

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def async_transport(verify: ssl.SSLContext, *,
                    proxy: httpx.Proxy | str | None = None) -> httpx.AsyncHTTPTransport:
    """An ``httpx.AsyncHTTPTransport`` on :class:`ClosingBackend`, verifying with ``verify``
    (the app's context from ``workplace.net.tls.client_ssl_context``), through ``proxy``
    if one is given.

    httpx offers no argument for the network backend; its connection pool keeps it in
    ``_network_backend`` (httpcore 1.x, the proxies' pools too). tests/unit/
    test_http_transport.py fails if that ever changes, rather than the leak quietly
    coming back.
    """
    transport = _ClosingTransport(verify=verify, proxy=proxy)
    pool = transport._pool
    if not hasattr(pool, "_network_backend"):
        raise RuntimeError("httpcore's connection pool changed: see workplace.net.http")
    pool._network_backend = transport.backend = ClosingBackend()
    return transport


class _ClosingTransport(httpx.AsyncHTTPTransport):
    backend: ClosingBackend

    async def aclose(self) -> None:
        await super().aclose()
        await self.backend.aclose()


class _ProxyRoutes(httpx.AsyncBaseTransport):
    """Sends each request as ``httpx.AsyncClient`` would choose for its URL: through the
    first proxy whose pattern matches, or directly."""

    def __init__(self, direct: httpx.AsyncBaseTransport,
                 routes: list[tuple[URLPattern, httpx.AsyncBaseTransport | None]]) -> None:
        self._direct = direct
        self._routes = routes

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        for pattern, transport in self._routes:
            if pattern.matches(request.url):
                return await (transport or self._direct).handle_async_request(request)
        return await self._direct.handle_async_request(request)

    async def aclose(self) -> None:
        for transport in [self._direct, *(t for _, t in self._routes if t is not None)]:
            await transport.aclose()


def environment_transport(verify: ssl.SSLContext) -> httpx.AsyncBaseTransport:
    """Like :func:`async_transport`, but going through the proxies the environment names,
    as a plain ``httpx.AsyncClient`` does (``HTTPS_PROXY``, ``ALL_PROXY``, ``NO_PROXY``…;
    on Windows and macOS also the system's proxy settings) — an ``AsyncClient`` given a
    transport of its own stops looking for them. Every route is on
    :class:`ClosingBackend`.

    The environment is read once, here, as ``AsyncClient`` reads it when it is made.
    """
    proxies = get_environment_proxies()
    direct = async_transport(verify)
    if not proxies:
        return direct
    routes: list[tuple[URLPattern, httpx.AsyncBaseTransport | None]] = sorted(
        ((URLPattern(key), None if url is None else async_transport(verify, proxy=url))
         for key, url in proxies.items()), key=lambda route: route[0])
    return _ProxyRoutes(direct, routes)
