"""A signed-in HTTP session with the gateway (httpx on the application loop).

The access token is kept in memory only. It is renewed with the refresh token on a
timer, well before it expires (and, should the timer be late — a laptop asleep —
when the gateway says it has); a refused refresh signs the session out. The refresh
token is in memory too; whoever owns the session may keep it in the OS keyring
(``persist``), never anywhere else.

Every connection is made with the app's one TLS context (:mod:`workplace.net.tls`);
a refused certificate becomes a :class:`GatewayError` whose message a civil servant
can read.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import ssl
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

from workplace.events import Event
from workplace.logs import kv
from workplace.net.errors import GatewayError
from workplace.net.http import environment_transport
from workplace.net.tls import client_ssl_context, describe_tls_failure

__all__ = ["GatewayError", "GatewaySession", "SignedInUser"]

_log = logging.getLogger("workplace.net.session")
API = "/api/v1"
#: Renew the access token when this share of its life is left (at most 2 minutes).
RENEW_SHARE = 0.25
RENEW_MAX_LEAD_S = 120.0
#: After a renewal failed for want of a network, try again this much later.
RENEW_RETRY_S = 30.0


@dataclass(frozen=True)
class SignedInUser:
    id: str
    username: str
    display_name: str
    department: str
    roles: tuple[str, ...]


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After", "")
    try:
        return max(0.0, float(value))
    except ValueError:
        return None  # an HTTP date, or nothing: use the usual backoff


def _error(response: httpx.Response) -> GatewayError:
    wait = _retry_after(response)
    try:
        body = response.json()["error"]
        return GatewayError(response.status_code, str(body["code"]), str(body["message"]),
                            wait)
    except (ValueError, KeyError, TypeError):
        return GatewayError(response.status_code, "http_error",
                            f"The server answered {response.status_code}.", wait)


class GatewaySession:
    """One server, one user. ``request`` adds the token and renews it when needed."""

    def __init__(self, base_url: str, *, label: str = "",
                 ssl_context: ssl.SSLContext | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.label = label or self.base_url
        self.client = httpx.AsyncClient(
            base_url=self.base_url + API, timeout=30,
            # Through the proxies the environment names, as a plain AsyncClient would:
            # ministries often reach their servers through one.
            transport=environment_transport(ssl_context or client_ssl_context()))
        self.user: SignedInUser | None = None
        self._access = ""
        self._refresh = ""
        self._expires = 0.0  # wall clock: it goes on while the computer sleeps
        self._lead = 60.0
        self._lock = asyncio.Lock()
        self._timer: asyncio.Task[None] | None = None
        self.changed = Event[[]]()
        #: Why the gateway ended the session, when it refused to renew it.
        self.ended_code = ""
        self.ended_message = ""
        #: Called with every new refresh token (sign-in, renewal) before it is used;
        #: the owner keeps it in the keyring when the user chose to stay signed in.
        self.persist: Callable[[str], Awaitable[None]] | None = None

    @property
    def access_token(self) -> str:
        """The current access token (memory only), for streams opened directly."""
        return self._access

    @property
    def signed_in(self) -> bool:
        return self.user is not None

    @property
    def host(self) -> str:
        return urlsplit(self.base_url).hostname or self.base_url

    # -- sending ---------------------------------------------------------------------

    async def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """``client.request`` with TLS failures turned into readable GatewayErrors."""
        try:
            return await self.client.request(method, path, **kwargs)
        except httpx.TransportError as exc:
            tls = describe_tls_failure(exc)
            if tls is None:
                raise
            code, text = tls
            _log.warning(kv("tls_refused", server=self.label, code=code, error=exc))
            raise GatewayError(0, code, str(text)) from exc

    # -- tokens ------------------------------------------------------------------------

    def _take(self, body: dict[str, Any]) -> None:
        ttl = max(1, int(body["expires_in"]))
        self._access = body["access_token"]
        self._refresh = body["refresh_token"]
        self._expires = time.time() + ttl
        self._lead = min(RENEW_MAX_LEAD_S, ttl * RENEW_SHARE)
        self.ended_code = self.ended_message = ""
        u = body["user"]
        self.user = SignedInUser(id=u["id"], username=u["username"],
                                 display_name=u["display_name"], department=u["department"],
                                 roles=tuple(u["roles"]))
        self._start_timer()
        self.changed.emit()

    async def _post_tokens(self, path: str, payload: dict[str, str]) -> None:
        response = await self._send("POST", path, json=payload)
        if response.status_code != 200:
            raise _error(response)
        body = response.json()
        if self.persist is not None:
            # The old refresh token is used up now: whatever happens to the keyring,
            # the session goes on with the new one (in memory).
            try:
                await self.persist(body["refresh_token"])
            except Exception as exc:
                _log.error(kv("refresh_token_not_kept", error=type(exc).__name__))
        self._take(body)

    async def sign_in_local(self, code: str) -> None:
        await self._post_tokens("/auth/local", {"code": code})
        _log.info(kv("signed_in", server=self.label, user=self.user.username if self.user
                     else ""))

    async def sign_in(self, username: str, password: str) -> None:
        await self._post_tokens("/auth/login", {"username": username, "password": password})
        _log.info(kv("signed_in", server=self.label, user=username))

    async def resume(self, refresh_token: str) -> None:
        """Sign in with a refresh token kept from an earlier run (it is used up)."""
        async with self._lock:
            self._refresh = refresh_token
            try:
                await self._post_tokens("/auth/refresh", {"refresh_token": refresh_token})
            except BaseException:
                self._refresh = ""
                raise
        _log.info(kv("signed_in", server=self.label, user=self.user.username if self.user
                     else "", resumed=True))

    async def reauthenticate(self, password: str) -> None:
        """Check the signed-in user's password again (unlock): a new session replaces
        the current one, which is then ended on the gateway."""
        if self.user is None:
            raise GatewayError(401, "not_signed_in", "Not signed in.")
        old_access = self._access
        async with self._lock:
            await self.sign_in(self.user.username, password)
        try:
            response = await self._send("POST", "/auth/logout",
                                        headers={"Authorization": f"Bearer {old_access}"})
            if response.status_code >= 400 and response.status_code != 401:
                _log.warning(kv("old_session_not_ended", status=response.status_code))
        except (GatewayError, httpx.TransportError) as exc:
            _log.warning(kv("old_session_not_ended", error=exc))

    @property
    def expires_in(self) -> float:
        """Seconds the access token has left (negative: expired)."""
        return self._expires - time.time()

    async def _renew(self, when_left: float) -> None:
        """Renew unless more than ``when_left`` seconds are left (someone else renewed)."""
        async with self._lock:
            if not self._refresh or self.expires_in > when_left:
                return
            try:
                await self._post_tokens("/auth/refresh", {"refresh_token": self._refresh})
            except GatewayError as exc:
                if exc.status in (400, 401, 403):
                    _log.warning(kv("session_ended", server=self.label, code=exc.code))
                    self.ended_code, self.ended_message = exc.code, exc.message
                    self._forget()
                raise

    async def renew_now(self) -> None:
        """Renew the access token at once (what the timer does when it is due)."""
        await self._renew(float("inf"))

    def _start_timer(self) -> None:
        if self._timer is None or self._timer.done():
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                return
            self._timer = loop.create_task(self._renew_on_time(), name="token-renewal")

    async def _renew_on_time(self) -> None:
        """Renew the access token before it expires, as long as the session lasts."""
        while self.signed_in and self._refresh:
            due = self.expires_in - self._lead
            if due > 0:
                # Short naps: the wall clock may jump (sleep, a clock change).
                await asyncio.sleep(min(due, 30.0))
                continue
            try:
                await self._renew(self._lead)
            except GatewayError as exc:
                if self.user is None:
                    return  # refused: signed out, the owner is told by ``changed``
                _log.warning(kv("renewal_failed", server=self.label, code=exc.code))
                await asyncio.sleep(RENEW_RETRY_S)
            except (httpx.TransportError, OSError) as exc:
                _log.info(kv("renewal_postponed", server=self.label, error=exc))
                await asyncio.sleep(min(RENEW_RETRY_S, max(1.0, self._lead / 2)))

    def _stop_timer(self) -> None:
        timer, self._timer = self._timer, None
        if timer is not None and timer is not asyncio.current_task():
            timer.cancel()

    def _forget(self) -> None:
        self._stop_timer()
        self.user = None
        self._access = self._refresh = ""
        self._expires = 0.0
        self.changed.emit()

    # -- requests --------------------------------------------------------------------

    async def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """Send an authorised request; raises :class:`GatewayError` on a 4xx/5xx answer."""
        if not self.signed_in:
            raise GatewayError(401, "not_signed_in", "Not signed in.")
        if self.expires_in < self._lead / 2:
            await self._renew(self._lead / 2)
        response = await self._send(
            method, path, headers={"Authorization": f"Bearer {self._access}"}, **kwargs)
        if response.status_code == 401 and self._refresh:
            await self._renew(float("inf"))
            response = await self._send(
                method, path, headers={"Authorization": f"Bearer {self._access}"}, **kwargs)
        if response.status_code >= 400:
            raise _error(response)
        return response

    async def sign_out(self) -> None:
        """End the session on the gateway (all tokens of this sign-in) and forget it."""
        if self.signed_in:
            try:
                await self.request("POST", "/auth/logout")
            except (GatewayError, httpx.TransportError) as exc:
                _log.warning(kv("sign_out_incomplete", error=exc))
        self._forget()

    async def aclose(self) -> None:
        timer, self._timer = self._timer, None
        if timer is not None and timer is not asyncio.current_task():
            timer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await timer
        await self.client.aclose()
