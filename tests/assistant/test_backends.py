"""The streaming client against a misbehaving model server and the real gateway."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import time

import httpx
import openai
import pytest
from wp_assistant.backends import (
    AssistantError,
    ChatCompletionsBackend,
    ErrorKind,
    GatewayBackend,
    Task,
    TaskKind,
    _error_for,
)
from wp_assistant.service import Assistant, Conversation

from tests.helpers.fake_model import FakeModel
from tests.helpers.gateway import RunningGateway, add_users
from workplace.api import AIPolicy
from workplace.identifiers import make_iin
from workplace.server.app import GatewayConfig

IIN = make_iin(dt.date(1985, 6, 15), "female", 42) or ""


async def _no_key() -> str | None:
    return None


@pytest.fixture
def model():
    server = FakeModel()
    yield server
    server.close()


def _collect(backend, task=None) -> tuple[str, AssistantError | None]:
    async def go() -> tuple[str, AssistantError | None]:
        text = ""
        try:
            async for piece in backend.stream(task or Task(TaskKind.CHAT, "hi"),
                                              [_msg("hi")]):
                text += piece
        except AssistantError as exc:
            return text, exc
        return text, None
    return asyncio.run(go())


def _msg(text: str):
    from wp_assistant.backends import Message
    return Message("user", text)


def test_streams_tokens(model) -> None:
    text, error = _collect(ChatCompletionsBackend(model.url, "m", _no_key))
    assert (text, error) == ("Hello, world.", None)
    assert model.bodies[0]["stream"] is True and model.bodies[0]["model"] == "m"


@pytest.mark.parametrize(("mode", "kind", "partial"), [
    ("rate", ErrorKind.RATE_LIMITED, ""),
    ("error", ErrorKind.SERVER, ""),
    ("cut", ErrorKind.BROKEN_STREAM, "Hello, "),
    ("nodone", ErrorKind.BROKEN_STREAM, "Hello, world."),
    ("garbage", ErrorKind.BROKEN_STREAM, "Hello, "),
])
def test_failures_are_explained_and_partial_kept(model, mode, kind, partial) -> None:
    model.mode = mode
    text, error = _collect(ChatCompletionsBackend(model.url, "m", _no_key))
    assert error is not None and error.kind is kind
    assert text == partial
    assert str(error)  # a sentence for the user
    if mode == "rate":
        assert error.retry_after == 7


def test_slow_tokens_time_out_with_the_partial_answer(model) -> None:
    model.mode, model.delay = "slow", 1.5
    started = time.monotonic()
    text, error = _collect(ChatCompletionsBackend(model.url, "m", _no_key, token_timeout=0.4))
    assert error is not None and error.kind is ErrorKind.TIMEOUT
    assert text == "Hello" and time.monotonic() - started < 1.4


def test_nobody_listening_is_a_connection_error() -> None:
    with socket_closed_port() as port:
        text, error = _collect(ChatCompletionsBackend(f"http://127.0.0.1:{port}/v1", "m",
                                                      _no_key))
    assert error is not None and error.kind is ErrorKind.CONNECTION and text == ""


class socket_closed_port:  # noqa: N801 - a context manager used like a function
    def __enter__(self) -> int:
        import socket
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        self.port = s.getsockname()[1]
        s.close()
        return self.port

    def __exit__(self, *exc: object) -> None:
        pass


def test_stop_cancels_the_stream(model) -> None:
    model.mode, model.delay = "slow", 0.3
    model.tokens = [f"t{i} " for i in range(30)]

    async def go() -> str:
        text = ""
        backend = ChatCompletionsBackend(model.url, "m", _no_key)
        async def consume() -> None:
            nonlocal text
            async for piece in backend.stream(Task(TaskKind.CHAT, "x"), [_msg("x")]):
                text += piece
        task = asyncio.ensure_future(consume())
        await asyncio.sleep(0.5)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        return text
    text = asyncio.run(go())
    assert text.startswith("t0 ") and "t29" not in text


def test_what_leaves_is_redacted_and_the_answer_restored(model) -> None:
    model.mode = "echo"
    source = (f"Гражданка с ИИН {IIN}, тел. +7 701 555 12 34, e-mail aigerim@mail.kz "
              "просит справку.")
    audited: list[dict] = []

    async def audit(**entry: str) -> None:
        audited.append(entry)

    assistant = Assistant(AIPolicy(), audit=audit)
    assistant.use(ChatCompletionsBackend(model.url, "m", _no_key))
    conversation = Conversation("c1")

    async def go() -> str:
        last = None
        async for update in assistant.run(Task(TaskKind.TRANSLATE, source, "ru",
                                               options={"target": "kk"}), conversation):
            last = update
        assert last is not None and last.done and last.by_model
        return last.text
    answer = asyncio.run(go())
    wire = b"".join(model.requests)
    for secret in (IIN, "701 555 12 34", "7015551234", "aigerim@mail.kz"):
        assert secret.encode() not in wire
    assert b"[IIN_1]" in wire and b"[PHONE_1]" in wire and b"[EMAIL_1]" in wire
    # The echoed placeholders come back as the values, on this computer only.
    assert IIN in answer and "+7 701 555 12 34" in answer and "aigerim@mail.kz" in answer
    assert len(audited) == 1 and model.url in audited[0]["what"]
    assert "iin×1" in audited[0]["what"] and audited[0]["why"] == "assistant: translate"


def test_policy_off_keeps_everything_local(model) -> None:
    assistant = Assistant(AIPolicy(enabled=False))
    assistant.use(ChatCompletionsBackend(model.url, "m", _no_key))
    assert not assistant.backend.leaves_computer


# -- the gateway's endpoint ----------------------------------------------------------------

@pytest.fixture
def ai_gateway(tmp_path, model):
    data = tmp_path / "gw"
    data.mkdir()
    (data / "ai.json").write_text(json.dumps({"upstream": model.url, "model": "alem-test"}))
    db = data / "gateway.db"
    add_users(db)
    gw = RunningGateway(GatewayConfig(db_path=db, data_dir=data)).start()
    yield gw
    gw.stop()


def _token(gw: RunningGateway) -> str:
    return gw.client("alice").headers["Authorization"].split(" ", 1)[1]


def test_gateway_endpoint_with_the_official_openai_client(ai_gateway, model) -> None:
    client = openai.OpenAI(base_url=ai_gateway.url + "/v1", api_key=_token(ai_gateway),
                           max_retries=0)
    try:
        chunks = list(client.chat.completions.create(
            model="anything", messages=[{"role": "user", "content": "hi"}], stream=True))
        text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
        assert text == "Hello, world."
        whole = client.chat.completions.create(
            model="anything", messages=[{"role": "user", "content": "hi"}])
        assert whole.choices[0].message.content == "Hello, world."
        assert [m.id for m in client.models.list()] == ["alem-test"]
    finally:
        client.close()
    assert model.bodies[0]["model"] == "alem-test"  # the organisation's model is used


def test_gateway_refuses_without_sign_in(ai_gateway) -> None:
    client = openai.OpenAI(base_url=ai_gateway.url + "/v1", api_key="nonsense", max_retries=0)
    try:
        with pytest.raises(openai.AuthenticationError):
            client.chat.completions.create(model="m", messages=[{"role": "user",
                                                                  "content": "hi"}])
    finally:
        client.close()


def test_gateway_passes_rate_limits_on(ai_gateway, model) -> None:
    model.mode = "rate"
    client = openai.OpenAI(base_url=ai_gateway.url + "/v1", api_key=_token(ai_gateway),
                           max_retries=0)
    try:
        with pytest.raises(openai.RateLimitError):
            client.chat.completions.create(model="m", messages=[{"role": "user",
                                                                  "content": "hi"}])
    finally:
        client.close()


def test_gateway_without_upstream_says_so(tmp_path) -> None:
    db = tmp_path / "g.db"
    add_users(db)
    gw = RunningGateway(GatewayConfig(db_path=db, data_dir=tmp_path)).start()
    try:
        backend = ChatCompletionsBackend(gw.url + "/v1", "", _token_of(gw))
        _text, error = _collect(backend)
        assert error is not None and error.kind is ErrorKind.NOT_CONFIGURED
        r = httpx.post(gw.url + "/v1/chat/completions", json={"messages": []},
                       headers={"Authorization": f"Bearer {_token(gw)}"})
        assert r.status_code == 409, r.text
        assert r.json()["error"]["code"] == "not_configured"
        assert "No language model" in r.json()["error"]["message"]
        # The independent client sees a final 4xx too (no retry would help).
        client = openai.OpenAI(base_url=gw.url + "/v1", api_key=_token(gw), max_retries=0)
        try:
            with pytest.raises(openai.ConflictError, match="No language model"):
                client.chat.completions.create(model="m", messages=[{"role": "user",
                                                                      "content": "hi"}])
        finally:
            client.close()
    finally:
        gw.stop()


@pytest.mark.parametrize("status", [409, 503])  # 503: what earlier gateways said
def test_not_configured_is_told_by_its_code(status) -> None:
    body = {"error": {"code": "not_configured", "message": "No language model here."}}
    error = _error_for(httpx.Response(status, json=body))
    assert error.kind is ErrorKind.NOT_CONFIGURED
    assert str(error).startswith("No language model is configured")
    other = _error_for(httpx.Response(409, json={"error": {"code": "conflict",
                                                           "message": "x"}}))
    assert other.kind is ErrorKind.REFUSED


def _token_of(gw: RunningGateway):
    token = _token(gw)

    async def key() -> str | None:
        return token
    return key


@pytest.mark.parametrize(("mode", "kind", "partial"), [
    ("ok", None, "Hello, world."),
    ("cut", ErrorKind.BROKEN_STREAM, "Hello, "),
    ("error", ErrorKind.SERVER, ""),
])
def test_the_client_through_the_gateway(ai_gateway, model, mode, kind, partial) -> None:
    model.mode = mode
    text, error = _collect(ChatCompletionsBackend(ai_gateway.url + "/v1", "",
                                                  _token_of(ai_gateway)))
    assert text == partial
    assert (error.kind if error else None) is kind


def test_the_gateway_backend_follows_the_sign_in(ai_gateway, model) -> None:
    # The assistant starts before anyone signs in; the gateway is the one of the moment.
    signed_in: list[str] = []
    backend = GatewayBackend(lambda: signed_in[-1] if signed_in else None, "",
                             _token_of(ai_gateway))
    assert backend.endpoint == "gateway"
    text, error = _collect(backend)
    assert text == "" and error is not None and error.kind is ErrorKind.CONNECTION

    signed_in.append(ai_gateway.url)
    assert backend.endpoint == ai_gateway.url + "/v1/chat/completions"
    text, error = _collect(backend)
    assert (text, error) == ("Hello, world.", None)
