"""A fault-injecting HTTP/1.1 proxy on loopback, for the sync reliability tests.

The proxy listens on 127.0.0.1 (a free port) and forwards to a gateway on loopback.
It runs its own asyncio loop in its own thread, so the clients under test (on their
own loop) and the gateway (uvicorn in another thread) see a real network between them.

Each connection carries ONE request: the proxy reads the request head and its
``Content-Length`` body, forces ``Connection: close`` on the request it forwards and on
the answer it returns, so keep-alive clients (httpx) open a fresh connection per
request and every request can be treated on its own.

Faults, drawn per request from ``random.Random(seed)`` (all decisions for a request are
drawn at once when it arrives, so a run with the same request order is the same run):

``drop``       close the client's connection without an answer — BEFORE forwarding
               (the gateway never sees it) or AFTER (the gateway applied it and the
               answer is lost); ``before_share`` (default 0.5) splits the two.
``reset``      the same, with a TCP RST (``SO_LINGER`` 0) instead of an orderly close.
``truncate``   forward, then cut the answer's body mid-way and close. Half of the time
               the ``Content-Length`` is kept (the client sees a short body: a transport
               error), half of the time it is rewritten to the cut length (the client
               sees a complete answer that is not JSON: a malformed answer).
``duplicate``  send the request to the gateway twice (one after the other, or both at
               once) and return one of the two answers.
``delay``      sleep up to ``max_delay`` seconds before forwarding (and sometimes before
               answering): concurrent requests overtake each other.

``drop``, ``reset`` and ``truncate`` exclude each other (at most one per request; their
rates should add up to at most 1); ``duplicate`` and ``delay`` combine with them.
``counters`` tells how often each fault was applied; ``faults_off()`` heals the network.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import random
import socket
import struct
import threading
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

__all__ = ["FaultProxy", "Faults"]

_HEAD_LIMIT = 64 * 1024
_BODY_LIMIT = 32 * 1024 * 1024
_UPSTREAM_TIMEOUT = 60.0


@dataclass(frozen=True)
class Faults:
    """Per-request probabilities (0..1) of each fault, and where they apply."""

    drop: float = 0.0
    reset: float = 0.0
    truncate: float = 0.0
    duplicate: float = 0.0
    delay: float = 0.0
    max_delay: float = 0.15
    #: The share of drops and resets that happen BEFORE forwarding (the rest: after).
    before_share: float = 0.5
    #: Only requests whose path starts with one of these are disturbed.
    paths: tuple[str, ...] = ("/",)

    def __post_init__(self) -> None:
        for name in ("drop", "reset", "truncate", "duplicate", "delay", "before_share"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be a probability, not {value!r}")
        if self.drop + self.reset + self.truncate > 1.0 + 1e-9:
            raise ValueError("drop + reset + truncate must not exceed 1")
        if self.max_delay < 0:
            raise ValueError("max_delay must not be negative")


@dataclass
class _Plan:
    """What happens to one request, decided when it arrives."""

    delay_before: float = 0.0
    delay_after: float = 0.0
    failure: str = ""  # drop_before, drop_after, reset_before, reset_after, truncate
    truncate_at: float = 0.5  # fraction of the body that is sent
    truncate_fix_length: bool = False
    duplicate: str = ""  # "", "sequential", "concurrent"
    answer_second: bool = False
    applied: list[str] = field(default_factory=list)


class _BadRequestError(Exception):
    pass


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def _split_head(head: bytes) -> tuple[bytes, list[tuple[bytes, bytes]]]:
    lines = head.rstrip(b"\r\n").split(b"\r\n")
    headers = []
    for line in lines[1:]:
        name, sep, value = line.partition(b":")
        if not sep:
            raise _BadRequestError(f"bad header line {line!r}")
        headers.append((name.strip(), value.strip()))
    return lines[0], headers


def _join_head(first: bytes, headers: list[tuple[bytes, bytes]]) -> bytes:
    return b"\r\n".join([first, *(n + b": " + v for n, v in headers)]) + b"\r\n\r\n"


def _with_header(headers: list[tuple[bytes, bytes]], name: bytes,
                 value: bytes) -> list[tuple[bytes, bytes]]:
    kept = [(n, v) for n, v in headers if n.lower() != name.lower()]
    return [*kept, (name, value)]


def _header(headers: list[tuple[bytes, bytes]], name: bytes) -> bytes | None:
    for n, v in headers:
        if n.lower() == name.lower():
            return v
    return None


class FaultProxy:
    """Start with ``start()`` (or ``with FaultProxy(port) as proxy``); ``url`` to use."""

    def __init__(self, upstream_port: int, upstream_host: str = "127.0.0.1", *,
                 seed: int = 0) -> None:
        if not _is_loopback(upstream_host):
            raise ValueError(f"the fault proxy only forwards to loopback, not {upstream_host!r}")
        self.upstream = (upstream_host, upstream_port)
        self.seed = seed
        self._rng = random.Random(seed)
        self._faults = Faults()
        self._counts: Counter[str] = Counter()
        self._counts_lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.base_events.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self.port = 0

    # -- control (from any thread) ------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def faults(self) -> Faults:
        return self._faults

    def set_faults(self, faults: Faults | None = None, **rates: Any) -> None:
        """Replace the fault rates (a ``Faults`` or keyword changes to the current ones)."""
        self._faults = replace(faults or self._faults, **rates)

    def reseed(self, seed: int) -> None:
        """Start the fault decisions over from ``seed`` (between runs, not during one)."""
        self.seed = seed
        self._rng = random.Random(seed)

    def faults_off(self) -> None:
        """Heal the network: every request goes through untouched from now on."""
        self._faults = Faults(paths=self._faults.paths)

    @property
    def counters(self) -> dict[str, int]:
        with self._counts_lock:
            return dict(self._counts)

    def _count(self, *names: str) -> None:
        with self._counts_lock:
            self._counts.update(names)

    def start(self) -> FaultProxy:
        self._thread = threading.Thread(target=self._serve, name="fault-proxy", daemon=True)
        self._thread.start()
        if not self._ready.wait(20):
            raise RuntimeError("the fault proxy did not start")
        if self._error is not None:
            raise RuntimeError("the fault proxy did not start") from self._error
        return self

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        if thread.is_alive():
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout=30)
        self._thread = None

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # -- the proxy's own thread ------------------------------------------------------------

    def _serve(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            try:
                self._server = loop.run_until_complete(asyncio.start_server(
                    self._handle, host="127.0.0.1", port=0, limit=_HEAD_LIMIT))
                self.port = self._server.sockets[0].getsockname()[1]
            except BaseException as exc:  # reported by start()
                self._error = exc
                return
            finally:
                self._ready.set()
            loop.run_forever()
            loop.run_until_complete(self._shutdown())
            loop.run_until_complete(loop.shutdown_asyncgens())
        finally:
            loop.close()

    async def _shutdown(self) -> None:
        assert self._server is not None
        self._server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._server.wait_closed()

    def _plan(self, path: str) -> _Plan:
        f, rng, plan = self._faults, self._rng, _Plan()
        if not any(path.startswith(p) for p in f.paths):
            return plan
        if rng.random() < f.delay:
            plan.delay_before = rng.uniform(0, f.max_delay)
            if rng.random() < 0.3:
                plan.delay_after = rng.uniform(0, f.max_delay)
            plan.applied.append("delay")
        if rng.random() < f.duplicate:
            plan.duplicate = "concurrent" if rng.random() < 0.5 else "sequential"
            plan.answer_second = rng.random() < 0.5
        u = rng.random()
        before = rng.random() < f.before_share
        if u < f.drop:
            plan.failure = "drop_before" if before else "drop_after"
        elif u < f.drop + f.reset:
            plan.failure = "reset_before" if before else "reset_after"
        elif u < f.drop + f.reset + f.truncate:
            plan.failure = "truncate"
            plan.truncate_at = rng.uniform(0.05, 0.95)
            plan.truncate_fix_length = rng.random() < 0.5
        if plan.duplicate and plan.failure in ("drop_before", "reset_before"):
            plan.duplicate = ""  # never forwarded: nothing to duplicate
        return plan

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            await self._exchange(reader, writer)
        except (_BadRequestError, asyncio.IncompleteReadError, asyncio.LimitOverrunError,
                ConnectionError, TimeoutError, OSError):
            self._count("broken_exchange")
        finally:
            self._tasks.discard(task)
            if not writer.is_closing():
                writer.close()
            with contextlib.suppress(ConnectionError, OSError, asyncio.CancelledError):
                await writer.wait_closed()

    async def _read_request(self, reader: asyncio.StreamReader) -> tuple[bytes, str] | None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError as exc:
            if not exc.partial:
                return None  # the client opened a connection and closed it unused
            raise
        first, headers = _split_head(head)
        parts = first.split(b" ")
        if len(parts) != 3 or not parts[2].startswith(b"HTTP/1."):
            raise _BadRequestError(f"not an HTTP/1.x request line: {first!r}")
        if _header(headers, b"transfer-encoding") is not None:
            raise _BadRequestError("chunked request bodies are not supported")
        length = int(_header(headers, b"content-length") or b"0")
        if not 0 <= length <= _BODY_LIMIT:
            raise _BadRequestError(f"bad Content-Length {length}")
        body = await reader.readexactly(length) if length else b""
        headers = _with_header(headers, b"Connection", b"close")
        return _join_head(first, headers) + body, parts[1].decode("latin-1")

    async def _forward(self, request: bytes) -> bytes:
        """Send one request to the gateway and return its whole answer."""
        up_reader, up_writer = await asyncio.open_connection(*self.upstream)
        try:
            up_writer.write(request)
            await up_writer.drain()
            return await asyncio.wait_for(up_reader.read(), _UPSTREAM_TIMEOUT)
        finally:
            up_writer.close()
            with contextlib.suppress(ConnectionError, OSError):
                await up_writer.wait_closed()

    def _abort(self, writer: asyncio.StreamWriter, reset: bool) -> None:
        if reset:
            sock = writer.get_extra_info("socket")
            if sock is not None:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            writer.transport.abort()
        else:
            writer.close()

    async def _exchange(self, reader: asyncio.StreamReader,
                        writer: asyncio.StreamWriter) -> None:
        read = await self._read_request(reader)
        if read is None:
            return
        request, path = read
        plan = self._plan(path)
        self._count("requests", *plan.applied)
        if plan.delay_before:
            await asyncio.sleep(plan.delay_before)
        if plan.failure in ("drop_before", "reset_before"):
            self._count(plan.failure)
            self._abort(writer, reset=plan.failure == "reset_before")
            return
        if plan.duplicate == "concurrent":
            answers = list(await asyncio.gather(self._forward(request), self._forward(request)))
        elif plan.duplicate == "sequential":
            answers = [await self._forward(request), await self._forward(request)]
        else:
            answers = [await self._forward(request)]
        self._count("forwarded")
        if plan.duplicate:
            self._count("duplicate")
        answer = answers[-1] if plan.answer_second else answers[0]
        if plan.delay_after:
            await asyncio.sleep(plan.delay_after)
        if plan.failure in ("drop_after", "reset_after"):
            self._count(plan.failure)
            self._abort(writer, reset=plan.failure == "reset_after")
            return
        head, sep, body = answer.partition(b"\r\n\r\n")
        if not sep:
            raise _BadRequestError("the gateway's answer has no header end")
        first, headers = _split_head(head + b"\r\n")
        headers = _with_header(headers, b"Connection", b"close")
        if plan.failure == "truncate" and body:
            self._count("truncate")
            body = body[:int(len(body) * plan.truncate_at)]
            if plan.truncate_fix_length:
                headers = _with_header(headers, b"Content-Length", str(len(body)).encode())
        elif not plan.applied and not plan.duplicate:
            self._count("clean")
        writer.write(_join_head(first, headers) + body)
        await writer.drain()
