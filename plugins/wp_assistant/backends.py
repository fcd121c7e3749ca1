"""The assistant's backends behind one interface: a model over HTTP, or the local engine.

A model backend speaks the OpenAI chat-completions protocol with server-sent events
(the national AI platform, vLLM, Ollama, llama.cpp's server, or the Workplace gateway,
which forwards to its configured model). Every failure becomes an
:class:`AssistantError` whose message is written for the user; whatever part of the
answer arrived before it is kept by the caller.
"""

from __future__ import annotations

import abc
import json
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Sequence
from contextlib import aclosing
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from workplace.api import Text, async_http_transport, translatable

if TYPE_CHECKING:
    # httpx is imported when a model is first asked, not while the app starts: it
    # takes tens of milliseconds to load.
    import httpx


class TaskKind(StrEnum):
    """What the user asked for."""

    CHAT = "chat"
    ASK = "ask"  # about my documents, with citations
    SUMMARISE = "summarise"
    DRAFT_REPLY = "draft_reply"
    CLASSIFY = "classify"  # suggest service type and department
    TRANSLATE = "translate"


@dataclass(frozen=True)
class Citation:
    """A record an answer rests on; choosing it opens the record."""

    collection: str
    record_id: str
    title: str
    passage: str = ""


@dataclass(frozen=True)
class Task:
    """One request to the assistant, before it is turned into a prompt.

    ``text`` is the user's question or the text to work on; ``sources`` are the records
    found for it (retrieval) or the record the action is about; ``options`` carry what
    an action needs (a reply template, the service catalogue, the target language).
    """

    kind: TaskKind
    text: str
    language: str = "ru"
    sources: tuple[Citation, ...] = ()
    options: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Message:
    """One chat-completions message."""

    role: str  # system, user, assistant
    content: str


class ErrorKind(StrEnum):
    NOT_CONFIGURED = "not_configured"
    CONNECTION = "connection"
    TIMEOUT = "timeout"
    BROKEN_STREAM = "broken_stream"
    RATE_LIMITED = "rate_limited"
    SERVER = "server"
    AUTH = "auth"
    REFUSED = "refused"


ERROR_TEXTS: dict[ErrorKind, Text] = {
    ErrorKind.NOT_CONFIGURED: translatable(
        "wp_assistant", "No language model is configured. Choose one in Settings → "
                        "Assistant, or ask your IT administrator."),
    ErrorKind.CONNECTION: translatable(
        "wp_assistant", "The model could not be reached. Check the network connection "
                        "and try again; the local engine works without one."),
    ErrorKind.TIMEOUT: translatable(
        "wp_assistant", "The model stopped answering. What arrived is kept; try again "
                        "later."),
    ErrorKind.BROKEN_STREAM: translatable(
        "wp_assistant", "The answer was cut off. What arrived is kept; try again."),
    ErrorKind.RATE_LIMITED: translatable(
        "wp_assistant", "The model is busy (too many requests). Try again in a minute."),
    ErrorKind.SERVER: translatable(
        "wp_assistant", "The model's server failed. Try again later; if it keeps "
                        "happening, tell your IT administrator."),
    ErrorKind.AUTH: translatable(
        "wp_assistant", "The model refused the access key. Check the key in Settings → "
                        "Assistant."),
    ErrorKind.REFUSED: translatable(
        "wp_assistant", "The model refused the request."),
}


class AssistantError(Exception):
    """A model call failed; ``str()`` is a message for the user (current language)."""

    def __init__(self, kind: ErrorKind, detail: str = "",
                 retry_after: float | None = None) -> None:
        super().__init__(kind.value, detail)
        self.kind = kind
        self.detail = detail
        self.retry_after = retry_after

    def __str__(self) -> str:
        return str(ERROR_TEXTS[self.kind])


class Backend(abc.ABC):
    """Where answers come from."""

    #: What the audit trail and the user see: an endpoint address or "local".
    endpoint: str = ""
    #: Whether text leaves this computer (then it is redacted and the call audited).
    leaves_computer: bool = True

    @abc.abstractmethod
    def stream(self, task: Task, messages: Sequence[Message]) -> AsyncGenerator[str, None]:
        """The answer as it is produced, piece by piece. Model backends send the
        (already redacted) ``messages``; the local engine works on ``task`` itself.
        Raises :class:`AssistantError`; cancel the iteration to stop."""


def completions_url(base: str) -> str:
    """The chat-completions address for what a user or admin typed: a base such as
    ``https://llm.gov.kz/v1`` or the full ``…/chat/completions``."""
    base = base.strip().rstrip("/")
    return base if base.endswith("/chat/completions") else base + "/chat/completions"


def check_url(url: str) -> str | None:
    """Why ``url`` may not be used (plain HTTP leaves this computer), or None."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "not an http(s) address"
    if parts.scheme == "http" and parts.hostname not in ("localhost", "127.0.0.1", "::1"):
        return "plain http is allowed on this computer only; use https"
    return None


async def _sse_data(lines: AsyncIterator[str]) -> AsyncGenerator[str, None]:
    """The ``data:`` payloads of a server-sent event stream, one per event."""
    data: list[str] = []
    async for line in lines:
        if not line:
            if data:
                yield "\n".join(data)
                data = []
            continue
        if line.startswith(":"):
            continue  # a comment (keep-alive)
        name, _, value = line.partition(":")
        if name == "data":
            data.append(value[1:] if value.startswith(" ") else value)
    if data:
        yield "\n".join(data)


def _retry_after(response: httpx.Response) -> float | None:
    try:
        return max(0.0, float(response.headers.get("retry-after", "")))
    except ValueError:
        return None


def _error_for(response: httpx.Response) -> AssistantError:
    status = response.status_code
    code = ""
    try:
        body = response.json()
        error = body.get("error") or {}
        detail = str(error.get("message") or body)[:500]
        code = str(error.get("code") or "") if isinstance(error, dict) else ""
    except (ValueError, AttributeError):
        detail = response.text[:500]
    if status == 429:
        return AssistantError(ErrorKind.RATE_LIMITED, detail, _retry_after(response))
    if status in (401, 403):
        return AssistantError(ErrorKind.AUTH, detail)
    # The gateway's answer when it has no upstream model (409; earlier gateways said
    # 503): the error's code says it, whatever the status.
    if code == "not_configured":
        return AssistantError(ErrorKind.NOT_CONFIGURED, detail)
    if status >= 500:
        return AssistantError(ErrorKind.SERVER, f"{status} {detail}")
    return AssistantError(ErrorKind.REFUSED, f"{status} {detail}")


class ChatCompletionsBackend(Backend):
    """An OpenAI-compatible ``/chat/completions`` endpoint, streamed (SSE) over httpx.

    ``api_key`` is called at each request (a key from the keyring, the gateway's
    current access token). ``token_timeout`` bounds the wait for the next piece: a
    model that stalls is reported, not waited on forever. ``verify`` is an
    ``ssl.SSLContext``, a CA bundle's path or True; without a ``transport`` of its own
    (tests pass one), requests go through the API's, which closes the socket of a
    request stopped during its TLS handshake.
    """

    def __init__(self, url: str, model: str, api_key: Callable[[], Awaitable[str | None]],
                 *, verify: Any = True, token_timeout: float = 60.0,
                 connect_timeout: float = 10.0, temperature: float = 0.2,
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.url = completions_url(url)
        self.endpoint = self.url
        self.model = model
        self._api_key = api_key
        self._verify = verify
        self._timeouts = (token_timeout, connect_timeout)
        self._temperature = temperature
        self._transport = transport

    async def stream(self, task: Task, messages: Sequence[Message]) -> AsyncGenerator[str, None]:
        import httpx

        token_timeout, connect_timeout = self._timeouts
        timeout = httpx.Timeout(token_timeout, connect=connect_timeout)
        body: dict[str, Any] = {
            "messages": [{"role": m.role, "content": m.content} for m in messages],
            "stream": True, "temperature": self._temperature}
        if self.model:
            body["model"] = self.model
        headers = {"Accept": "text/event-stream"}
        key = await self._api_key()
        if key:
            headers["Authorization"] = f"Bearer {key}"
        try:
            async with (
                httpx.AsyncClient(timeout=timeout, transport=self._transport
                                  or async_http_transport(self._verify)) as client,
                client.stream("POST", self.url, json=body, headers=headers) as response,
                aclosing(response.aiter_lines()) as lines,  # type: ignore[type-var]
                aclosing(_sse_data(lines)) as events,
            ):
                if response.status_code >= 400:
                    await response.aread()
                    raise _error_for(response)
                finished = False
                async for data in events:
                    if finished:
                        continue  # read to the end: a stream left half-read is closed
                        # later by the garbage collector, off this task
                    if data.strip() == "[DONE]":
                        finished = True
                        continue
                    piece, _done = _piece(data)
                    if piece:
                        yield piece
                if not finished:
                    raise AssistantError(ErrorKind.BROKEN_STREAM,
                                         "the stream ended without [DONE]")
        except httpx.TimeoutException as exc:
            kind = ErrorKind.CONNECTION if isinstance(exc, httpx.ConnectTimeout) \
                else ErrorKind.TIMEOUT
            raise AssistantError(kind, type(exc).__name__) from exc
        except httpx.ConnectError as exc:
            raise AssistantError(ErrorKind.CONNECTION, str(exc)) from exc
        except httpx.TransportError as exc:  # reset, cut off mid-body, bad chunking
            raise AssistantError(ErrorKind.BROKEN_STREAM, f"{type(exc).__name__}: {exc}") \
                from exc


def _piece(data: str) -> tuple[str, bool]:
    """The text of one streamed chunk, and whether the model said it has finished."""
    try:
        chunk = json.loads(data)
    except ValueError as exc:
        raise AssistantError(ErrorKind.BROKEN_STREAM, f"not JSON: {data[:80]!r}") from exc
    if not isinstance(chunk, dict):
        raise AssistantError(ErrorKind.BROKEN_STREAM, "not a chunk object")
    if "error" in chunk:
        raise AssistantError(ErrorKind.SERVER, str(chunk["error"])[:500])
    choices = chunk.get("choices") or []
    if not choices or not isinstance(choices[0], dict):
        return "", False
    delta = choices[0].get("delta") or {}
    content = delta.get("content") if isinstance(delta, dict) else None
    return (content if isinstance(content, str) else ""), bool(choices[0].get("finish_reason"))


class GatewayBackend(Backend):
    """The organisation's gateway of whoever is signed in *now*.

    The assistant starts with the app, usually before the sign-in, and the user may
    switch accounts or servers later: the gateway's address and token are looked up
    at each request (``base_url()``: the signed-in gateway, or None).
    """

    def __init__(self, base_url: Callable[[], str | None], model: str,
                 token: Callable[[], Awaitable[str | None]], *, verify: Any = True) -> None:
        self._base_url = base_url
        self.model = model
        self._token = token
        self._verify = verify
        self._backend: ChatCompletionsBackend | None = None

    @property  # the address of this moment, for the preview and the audit trail
    def endpoint(self) -> str:  # type: ignore[override]
        base = self._base_url()
        return completions_url(base.rstrip("/") + "/v1") if base else "gateway"

    async def stream(self, task: Task, messages: Sequence[Message]) -> AsyncGenerator[str, None]:
        base = self._base_url()
        if not base:
            raise AssistantError(ErrorKind.CONNECTION, "not signed in")
        if self._backend is None or self._backend.url != self.endpoint:
            self._backend = ChatCompletionsBackend(base.rstrip("/") + "/v1", self.model,
                                                   self._token, verify=self._verify)
        async with aclosing(self._backend.stream(task, messages)) as pieces:
            async for piece in pieces:
                yield piece


class UnavailableBackend(Backend):
    """Stands in for a model that cannot be used now (not signed in, no key store)."""

    def __init__(self, endpoint: str, kind: ErrorKind, detail: str = "") -> None:
        self.endpoint = endpoint
        self._error: AssistantError | None = AssistantError(kind, detail)

    async def stream(self, task: Task, messages: Sequence[Message]) -> AsyncGenerator[str, None]:
        if self._error is not None:  # always: the check makes this an async generator
            raise self._error
        yield ""
