"""The gateway's AI endpoint: OpenAI-compatible ``POST /v1/chat/completions``.

Signed-in clients send chat completions here instead of to a model directly; the
gateway forwards them to the one upstream model the organisation configured (the
national AI platform, a vLLM or Ollama server …) with the organisation's key, so no
workstation holds that key. Streaming (server-sent events) passes through as it
arrives. Without an upstream the endpoint answers 409 ``not_configured`` and says so:
a state of this gateway's configuration that a client shows its user (and that no
retry changes), declared in the schema like every error it answers itself.

Configuration, read at start: ``<data dir>/ai.json``::

    {"upstream": "https://llm.example.kz/v1", "model": "alem-llm",
     "api_key_env": "WORKPLACE_AI_KEY", "timeout_s": 120}

or the environment variables ``WORKPLACE_AI_UPSTREAM``, ``WORKPLACE_AI_MODEL`` and
``WORKPLACE_AI_KEY`` (the key is never written to the file, only named). Only metadata
(user, model, status, sizes) is logged, never the text.
"""


import functools
import json
import logging
import os
import ssl
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse

from workplace.logs import kv
from workplace.server.models import ErrorBody

_log = logging.getLogger("workplace.server.ai")


@dataclass(frozen=True)
class UpstreamConfig:
    """Where the gateway sends chat completions."""

    url: str = ""
    model: str = ""
    api_key: str = ""
    timeout_s: float = 120.0

    @property
    def configured(self) -> bool:
        return bool(self.url)

    @property
    def completions_url(self) -> str:
        base = self.url.rstrip("/")
        return base if base.endswith("/chat/completions") else base + "/chat/completions"


def load_upstream(data_dir: Path, env: dict[str, str] | None = None) -> UpstreamConfig:
    """The upstream from ``ai.json`` in ``data_dir``, overridden by the environment."""
    env = dict(os.environ) if env is None else env
    raw: dict[str, Any] = {}
    path = data_dir / "ai.json"
    if path.is_file():
        try:
            loaded = json.loads(path.read_text(encoding="utf-8"))
            raw = loaded if isinstance(loaded, dict) else {}
        except (OSError, ValueError) as exc:
            _log.error(kv("ai_config_refused", path=path, error=exc))
    key_env = str(raw.get("api_key_env") or "WORKPLACE_AI_KEY")
    try:
        timeout = float(raw.get("timeout_s", 120))
    except (TypeError, ValueError):
        timeout = 120.0
    return UpstreamConfig(
        url=env.get("WORKPLACE_AI_UPSTREAM") or str(raw.get("upstream") or ""),
        model=env.get("WORKPLACE_AI_MODEL") or str(raw.get("model") or ""),
        api_key=env.get(key_env, ""), timeout_s=timeout)


def _openai_error(status: int, code: str, message: str,
                  headers: dict[str, str] | None = None) -> JSONResponse:
    # The shape OpenAI clients read (error.message, error.code) and this gateway's own.
    return JSONResponse({"error": {"code": code, "type": code, "message": message}},
                        status_code=status, headers=headers)


def _not_configured() -> JSONResponse:
    return _openai_error(409, "not_configured",
                         "No language model is configured on this gateway. An "
                         "administrator sets one in ai.json in the gateway's data folder "
                         "(or WORKPLACE_AI_UPSTREAM).")


#: What ``POST /v1/chat/completions`` answers itself (the app adds its usual 4xx); an
#: upstream's own answer (a 200 or an error) passes through as it came.
_COMPLETIONS_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"description": "The upstream model's completion: JSON, or a stream of "
                         "server-sent events when the request asked for ``stream``.",
          "content": {"application/json": {}, "text/event-stream": {}}},
    400: {"model": ErrorBody, "description": "The body is not a chat completions request "
                                             "(``invalid_json``, ``invalid_request``)."},
    409: {"model": ErrorBody, "description": "No language model is configured on this "
                                             "gateway (``not_configured``): an administrator "
                                             "sets one; retrying does not help."},
    502: {"model": ErrorBody, "description": "The configured model could not be reached "
                                             "(``upstream_unreachable``)."},
}


def install_ai(app: FastAPI, data_dir: Path, user_dep: Any) -> None:
    """Mount ``/v1/chat/completions`` and ``/v1/models``; ``user_dep`` authenticates."""
    app.state.ai_upstream = load_upstream(data_dir)
    router = APIRouter(prefix="/v1", tags=["ai"])

    @router.get("/models")
    def models(request: Request, _user: user_dep) -> JSONResponse:
        """The model this gateway forwards to (none when not configured)."""
        up: UpstreamConfig = request.app.state.ai_upstream
        data = [{"id": up.model or "default", "object": "model", "created": 0,
                 "owned_by": "workplace-gateway"}] if up.configured else []
        return JSONResponse({"object": "list", "data": data})

    @router.post("/chat/completions", response_model=None, responses=_COMPLETIONS_RESPONSES)
    async def chat_completions(request: Request,
                               user: user_dep) -> Response:
        """OpenAI chat completions, forwarded to the configured upstream model."""
        up: UpstreamConfig = request.app.state.ai_upstream
        if not up.configured:
            return _not_configured()
        try:
            body = json.loads(await request.body())
        except ValueError:
            return _openai_error(400, "invalid_json", "The body is not valid JSON.")
        if not isinstance(body, dict) or not isinstance(body.get("messages"), list):
            return _openai_error(400, "invalid_request", "messages: a list is required.")
        if up.model:
            body["model"] = up.model  # the organisation's model, whatever was asked
        headers = {"Content-Type": "application/json"}
        if up.api_key:
            headers["Authorization"] = f"Bearer {up.api_key}"
        started = time.monotonic()
        client = httpx.AsyncClient(verify=_upstream_tls(),
                                   timeout=httpx.Timeout(up.timeout_s, connect=10))
        try:
            upstream = await client.send(
                client.build_request("POST", up.completions_url, json=body, headers=headers),
                stream=True)
        except httpx.HTTPError as exc:
            await client.aclose()
            _log.warning(kv("ai_upstream_unreachable", user=user.username, error=exc))
            return _openai_error(502, "upstream_unreachable",
                                 "The gateway could not reach its language model.")
        log = {"user": user.username, "model": body.get("model", ""),
               "status": upstream.status_code, "stream": bool(body.get("stream"))}
        if upstream.status_code >= 400 or not body.get("stream"):
            content = await upstream.aread()
            await upstream.aclose()
            await client.aclose()
            _log.info(kv("ai_call", **log, bytes=len(content),
                         ms=int((time.monotonic() - started) * 1000)))
            passed = {k: v for k, v in upstream.headers.items()
                      if k.lower() in ("content-type", "retry-after")}
            return Response(content, status_code=upstream.status_code, headers=passed)

        async def relay() -> AsyncIterator[bytes]:
            sent = 0
            try:
                async for chunk in upstream.aiter_raw():
                    sent += len(chunk)
                    yield chunk
            except httpx.HTTPError as exc:
                # The client sees the stream end without [DONE]: a cut-off answer.
                _log.warning(kv("ai_stream_broken", user=user.username, error=exc))
            finally:
                await upstream.aclose()
                await client.aclose()
                _log.info(kv("ai_call", **log, bytes=sent,
                             ms=int((time.monotonic() - started) * 1000)))

        return StreamingResponse(relay(), status_code=upstream.status_code,
                                 media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache"})

    app.include_router(router)


@functools.cache
def _upstream_tls() -> ssl.SSLContext:
    """The one TLS context of Workplace (system trust, TLS 1.2+) for the upstream model;
    made once, on the first call."""
    from workplace.net.tls import client_ssl_context

    return client_ssl_context()
