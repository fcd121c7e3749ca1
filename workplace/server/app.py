"""The gateway's HTTP API (FastAPI). ``/openapi.json`` is the contract; see PROTOCOL.md."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

import workplace
from workplace.api import API_VERSION, Actor
from workplace.logs import kv
from workplace.pluginhost.domains import DomainRegistry, load_domains
from workplace.server import models as m
from workplace.server.ai import install_ai
from workplace.server.attachments import AttachmentError, BlobStore, parse_range
from workplace.server.auth import Authenticator, AuthError, AuthSettings, LocalLogin
from workplace.server.calendar import install_calendar
from workplace.server.mutations import MutationEngine, MutationIn
from workplace.server.store import GatewayStore, UserRow
from workplace.server.updates import install_updates

_log = logging.getLogger("workplace.server")
API = "/api/v1"


@dataclass
class GatewayConfig:
    db_path: Path
    data_dir: Path
    max_upload_bytes: int = 100 * 1024 * 1024
    max_json_bytes: int = 4 * 1024 * 1024
    idempotency_days: int = 45
    auth: AuthSettings = field(default_factory=AuthSettings)
    domains: DomainRegistry | None = None  # tests may pass their own


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers


def error_response(status: int, code: str, message: str,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status,
                        headers=headers)


class BodyLimit:
    """Refuse request bodies over a limit before they are read into memory (413)."""

    def __init__(self, app: ASGIApp, json_limit: int, upload_limit: int) -> None:
        self.app, self.json_limit, self.upload_limit = app, json_limit, upload_limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.upload_limit if "/attachments/uploads/" in scope["path"] \
            else self.json_limit
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        too_big = error_response(413, "body_too_large",
                                 f"The request body is larger than {limit} bytes.")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await too_big(scope, receive, send)
            return
        if declared is not None:
            await self.app(scope, receive, send)  # the server enforces Content-Length
            return
        # No length given (chunked): read up to the limit here, then hand it on.
        chunks: list[bytes] = []
        seen = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunks.append(message.get("body", b""))
            seen += len(chunks[-1])
            if seen > limit:
                await too_big(scope, receive, send)
                return
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


class Poker:
    """Tells listening clients (server-sent events) that collections changed."""

    def __init__(self) -> None:
        self._listeners: set[asyncio.Queue[set[str]]] = set()
        self.loop: asyncio.AbstractEventLoop | None = None

    def subscribe(self) -> asyncio.Queue[set[str]]:
        queue: asyncio.Queue[set[str]] = asyncio.Queue(maxsize=100)
        self._listeners.add(queue)
        return queue

    def unsubscribe(self, queue: asyncio.Queue[set[str]]) -> None:
        self._listeners.discard(queue)

    def poke_threadsafe(self, collections: set[str]) -> None:
        if collections and self.loop is not None and not self.loop.is_closed():
            self.loop.call_soon_threadsafe(self._poke, collections)

    def _poke(self, collections: set[str]) -> None:
        for queue in list(self._listeners):
            if not queue.full():
                queue.put_nowait(collections)


class Gateway:
    """Everything one running gateway holds; the FastAPI app reaches it via ``app.state``."""

    def __init__(self, config: GatewayConfig) -> None:
        self.config = config
        self.store = GatewayStore(config.db_path)
        self.auth = Authenticator(self.store, config.auth)
        self.local_login = LocalLogin()
        self.domains = config.domains if config.domains is not None else load_domains()
        self.engine = MutationEngine(self.store, self.domains)
        self.blobs = BlobStore(config.data_dir / "attachments", self.store,
                               config.max_upload_bytes)
        self.poker = Poker()
        self.calendar_years = install_calendar(config.data_dir)

    def housekeeping(self) -> None:
        older = time.time() - self.config.idempotency_days * 86400
        purged = self.store.purge_mutations(older)
        with self.store.write() as conn:
            self.store.purge_expired_tokens(conn, time.time())
        if purged:
            _log.info(kv("idempotency_purged", count=purged))

    def close(self) -> None:
        self.store.close()


_bearer = HTTPBearer(auto_error=False)


def _gateway(request: Request) -> Gateway:
    gw: Gateway = request.app.state.gateway
    return gw


GatewayDep = Annotated[Gateway, Depends(_gateway)]


def _user(gw: GatewayDep,
          creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> UserRow:
    if creds is None:
        raise ApiError(401, "not_signed_in", "Sign in first.",
                       {"WWW-Authenticate": "Bearer"})
    user = gw.auth.user_for(creds.credentials)
    if user is None:
        raise ApiError(401, "invalid_token", "The session has expired or was ended. "
                       "Sign in again.", {"WWW-Authenticate": "Bearer"})
    return user


UserDep = Annotated[UserRow, Depends(_user)]


def _user_out(user: UserRow) -> m.UserOut:
    return m.UserOut(id=user.id, username=user.username, display_name=user.display_name,
                     department=user.department, roles=list(user.roles))


def _tokens(pair: Any) -> m.TokensOut:
    return m.TokensOut(access_token=pair.access_token, expires_in=pair.access_expires_in,
                       refresh_token=pair.refresh_token, user=_user_out(pair.user))


_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": m.ErrorBody} for status in (400, 401, 403, 404, 409, 413, 416, 422, 429)
}


def create_app(config: GatewayConfig) -> FastAPI:
    gateway = Gateway(config)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        gateway.poker.loop = asyncio.get_running_loop()
        await asyncio.to_thread(gateway.housekeeping)
        _log.info(kv("gateway_started", db=config.db_path, api=API_VERSION,
                     mutators=len(gateway.domains.mutators)))
        yield
        gateway.close()
        _log.info("gateway_stopped")

    app = FastAPI(title="Workplace gateway", version=workplace.__version__,
                  description="Sign-in, sync and attachments for Workplace clients. "
                              "The sync protocol is described in PROTOCOL.md.",
                  lifespan=lifespan, responses=_ERRORS)
    app.state.gateway = gateway
    app.add_middleware(BodyLimit, json_limit=config.max_json_bytes,
                       upload_limit=8 * 1024 * 1024 + 1024)

    @app.exception_handler(ApiError)
    async def on_api_error(_r: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(AuthError)
    async def on_auth_error(_r: Request, exc: AuthError) -> JSONResponse:
        status = 429 if exc.code == "throttled" else 401
        headers = {"Retry-After": str(exc.retry_after)} if exc.retry_after else None
        return error_response(status, exc.code, exc.message, headers)

    @app.exception_handler(AttachmentError)
    async def on_attachment_error(_r: Request, exc: AttachmentError) -> JSONResponse:
        headers = {"Upload-Offset": str(exc.received)} if exc.received is not None else None
        return error_response(exc.status, exc.code, exc.message, headers)

    @app.exception_handler(RequestValidationError)
    async def on_invalid(_r: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
        message = f"{where}: {first.get('msg', 'invalid')}" if where else "Invalid request."
        return error_response(422, "invalid_request", message)

    @app.exception_handler(StarletteHTTPException)
    async def on_http(_r: Request, exc: StarletteHTTPException) -> JSONResponse:
        return error_response(exc.status_code, "http_error", str(exc.detail),
                              dict(exc.headers or {}))

    @app.exception_handler(json.JSONDecodeError)
    async def on_bad_json(_r: Request, exc: json.JSONDecodeError) -> JSONResponse:
        return error_response(400, "invalid_json", f"The body is not valid JSON: {exc.msg}")

    router = APIRouter(prefix=API)
    _auth_routes(router)
    _audit_routes(router)
    _sync_routes(router)
    _attachment_routes(router)
    install_updates(router, config.data_dir, UserDep)  # /updates: releases to offer
    app.include_router(router)
    install_ai(app, config.data_dir, UserDep)  # /v1/chat/completions (OpenAI-compatible)
    return app


def _auth_routes(router: APIRouter) -> None:
    @router.get("/health", response_model=m.Health, tags=["meta"])
    def health() -> m.Health:
        return m.Health(status="ok", version=workplace.__version__, api=API_VERSION)

    @router.post("/auth/login", response_model=m.TokensOut, tags=["auth"])
    def login(body: m.LoginIn, gw: GatewayDep) -> m.TokensOut:
        return _tokens(gw.auth.login(body.username, body.password))

    @router.post("/auth/local", response_model=m.TokensOut, tags=["auth"],
                 summary="Sign in the app that embeds this gateway with its one-time code")
    def local_login(body: m.LocalLoginIn, gw: GatewayDep) -> m.TokensOut:
        username = gw.local_login.redeem(body.code)
        user = gw.store.user_by_name(username) if username else None
        if user is None:
            raise ApiError(401, "invalid_code", "This sign-in code is not valid.")
        return _tokens(gw.auth.issue(user))

    @router.post("/auth/refresh", response_model=m.TokensOut, tags=["auth"])
    def refresh(body: m.RefreshIn, gw: GatewayDep) -> m.TokensOut:
        return _tokens(gw.auth.refresh(body.refresh_token))

    @router.post("/auth/logout", status_code=204, tags=["auth"])
    def logout(gw: GatewayDep, _user: UserDep,
               creds: Annotated[HTTPAuthorizationCredentials | None,
                                Depends(_bearer)]) -> Response:
        if creds is not None:
            gw.auth.logout(creds.credentials)
        return Response(status_code=204)

    @router.get("/me", response_model=m.UserOut, tags=["auth"])
    def me(user: UserDep) -> m.UserOut:
        return _user_out(user)

    @router.get("/calendar", response_model=m.CalendarOut, tags=["meta"],
                summary="The working-day calendar in force, per year")
    def calendar(gw: GatewayDep, _user: UserDep) -> m.CalendarOut:
        return m.CalendarOut(years=[y.to_json() for y in gw.calendar_years])

    @router.get("/departments", response_model=list[m.DepartmentOut], tags=["auth"])
    def departments(gw: GatewayDep, _user: UserDep) -> list[m.DepartmentOut]:
        return [m.DepartmentOut(**d) for d in gw.store.departments()]

    @router.get("/staff", response_model=m.StaffOut, tags=["auth"],
                summary="The organisation's active users: whom work can be given to")
    def staff(gw: GatewayDep, _user: UserDep) -> m.StaffOut:
        # Every signed-in user may read it: colleagues' names and departments are what
        # an assignment or an approval route needs, and no citizen's data is in it.
        return m.StaffOut(people=[m.StaffMemberOut(**p) for p in gw.store.staff()])


def _audit_routes(router: APIRouter) -> None:
    @router.get("/audit/access", response_model=list[m.AuditAccessOut], tags=["audit"],
                summary="Who looked at this citizen's personal data (administrators)")
    def access(gw: GatewayDep, user: UserDep,
               subject: Annotated[str, Query(min_length=1, max_length=64,
                                             description="the citizen's IIN (or BIN)")],
               limit: Annotated[int, Query(ge=1, le=1000)] = 200) -> list[m.AuditAccessOut]:
        if "admin" not in user.roles:
            raise ApiError(403, "forbidden", "Only administrators can read the audit trail.")
        _log.info(kv("audit_read", admin=user.username))
        return [m.AuditAccessOut(**row) for row in gw.store.audit_by_subject(subject, limit)]


def _actor(user: UserRow) -> Actor:
    return user.actor()


def _sync_routes(router: APIRouter) -> None:
    @router.get("/sync/changes", response_model=m.ChangesOut, tags=["sync"])
    def changes(gw: GatewayDep, user: UserDep,
                collection: Annotated[str, Query(pattern=m.COLLECTION_PATTERN,
                                                 max_length=200)],
                after: Annotated[int, Query(ge=0, le=2**63 - 1)] = 0,
                limit: Annotated[int, Query(ge=1, le=5000)] = 500) -> Response:
        actor = _actor(user)
        page = gw.store.changes_json(actor, collection, after, limit + 1)
        has_more = len(page) > limit
        page = page[:limit]
        cursor = page[-1][0] if page else after
        remaining = gw.store.count_changes(actor, collection, cursor) if has_more else 0
        # A m.ChangesOut, written directly: the records come as JSON from the database,
        # and validating and re-encoding thousands of them per page cost the most.
        head = json.dumps({"collection": collection, "cursor": cursor, "has_more": has_more,
                           "remaining": remaining}, ensure_ascii=False)
        body = f'{head[:-1]}, "records": [{",".join(r for _s, r in page)}]}}'
        return Response(body.encode("utf-8"), media_type="application/json")

    @router.post("/sync/mutations", response_model=m.MutationBatchOut, tags=["sync"])
    def mutations(body: m.MutationBatchIn, gw: GatewayDep,
                  user: UserDep) -> m.MutationBatchOut:
        actor = _actor(user)
        results, changed = gw.engine.apply_batch(actor, [MutationIn(
            mutation_id=item.mutation_id, name=item.name, args=item.args,
            base_versions=dict(item.base_versions),
            keep_theirs={k: list(v) for k, v in item.keep_theirs.items()})
            for item in body.mutations])
        gw.poker.poke_threadsafe(changed)
        return m.MutationBatchOut(results=[m.MutationResultOut(**r) for r in results])

    @router.get("/sync/events", tags=["sync"], response_class=StreamingResponse,
                summary="Server-sent events: 'changed' with the collections that changed")
    async def events(gw: GatewayDep, _user: UserDep, request: Request) -> StreamingResponse:
        queue = gw.poker.subscribe()

        async def stream() -> AsyncIterator[bytes]:
            try:
                yield b": connected\n\n"
                while not await request.is_disconnected():
                    try:
                        collections = await asyncio.wait_for(queue.get(), timeout=15)
                    except TimeoutError:
                        yield b": keep-alive\n\n"
                        continue
                    payload = json.dumps({"collections": sorted(collections)})
                    yield f"event: changed\ndata: {payload}\n\n".encode()
            finally:
                gw.poker.unsubscribe(queue)

        return StreamingResponse(stream(), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache"})


def _attachment_routes(router: APIRouter) -> None:
    def out(state: Any) -> m.UploadOut:
        return m.UploadOut(upload_id=state.upload_id, sha256=state.sha256, size=state.size,
                           received=state.received, complete=state.complete)

    @router.post("/attachments/uploads", response_model=m.UploadOut, tags=["attachments"])
    def begin(body: m.UploadIn, gw: GatewayDep, user: UserDep) -> m.UploadOut:
        return out(gw.blobs.begin(_actor(user), body.sha256, body.size))

    @router.get("/attachments/uploads/{upload_id}", response_model=m.UploadOut,
                tags=["attachments"])
    def state(upload_id: Annotated[str, m.StringConstraints(pattern=m.ID_PATTERN)],
              gw: GatewayDep, user: UserDep) -> m.UploadOut:
        return out(gw.blobs.state(_actor(user), upload_id))

    @router.put("/attachments/uploads/{upload_id}", response_model=m.UploadOut,
                tags=["attachments"],
                openapi_extra={"requestBody": {"content": {"application/octet-stream": {
                    "schema": {"type": "string", "format": "binary"}}}, "required": True}})
    async def append(upload_id: Annotated[str, m.StringConstraints(pattern=m.ID_PATTERN)],
                     offset: Annotated[int, Query(ge=0)], request: Request,
                     gw: GatewayDep, user: UserDep) -> m.UploadOut:
        chunk = await request.body()
        state = await asyncio.to_thread(gw.blobs.append, _actor(user), upload_id, offset, chunk)
        return out(state)

    @router.get("/attachments/{sha256}", tags=["attachments"], response_class=Response,
                responses={200: {"content": {"application/octet-stream": {}}},
                           206: {"content": {"application/octet-stream": {}}}})
    def download(sha256: Annotated[str, m.StringConstraints(pattern=r"^[0-9a-f]{64}$")],
                 gw: GatewayDep, user: UserDep,
                 range_header: Annotated[str | None, Header(alias="Range")] = None) -> Response:
        path, size = gw.blobs.readable(_actor(user), sha256)
        headers = {"Accept-Ranges": "bytes", "ETag": f'"{sha256}"'}
        if range_header is None:
            return Response(path.read_bytes(), media_type="application/octet-stream",
                            headers=headers)
        try:
            start, end = parse_range(range_header, size)
        except ValueError:
            raise ApiError(416, "bad_range", "The requested range cannot be served.",
                           {"Content-Range": f"bytes */{size}"}) from None
        with open(path, "rb") as fh:
            fh.seek(start)
            data = fh.read(end - start + 1)
        headers["Content-Range"] = f"bytes {start}-{end}/{size}"
        return Response(data, status_code=206, media_type="application/octet-stream",
                        headers=headers)

