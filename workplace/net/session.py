"""A signed-in HTTP session with the gateway (httpx on the application loop).

The access token is kept in memory only and renewed with the refresh token before it
expires or when the gateway says it has; a refused refresh signs the session out.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from typing import Any

import httpx

from workplace.events import Event
from workplace.logs import kv
from workplace.net.errors import GatewayError

__all__ = ["GatewayError", "GatewaySession", "SignedInUser"]

_log = logging.getLogger("workplace.net.session")
API = "/api/v1"


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

    def __init__(self, base_url: str, *, label: str = "") -> None:
        self.base_url = base_url.rstrip("/")
        self.label = label or self.base_url
        self.client = httpx.AsyncClient(base_url=self.base_url + API, timeout=30)
        self.user: SignedInUser | None = None
        self._access = ""
        self._refresh = ""
        self._expires = 0.0
        self._lock = asyncio.Lock()
        self.changed = Event[[]]()

    @property
    def access_token(self) -> str:
        """The current access token (memory only), for streams opened directly."""
        return self._access

    @property
    def signed_in(self) -> bool:
        return self.user is not None

    def _take(self, body: dict[str, Any]) -> None:
        self._access = body["access_token"]
        self._refresh = body["refresh_token"]
        self._expires = time.monotonic() + int(body["expires_in"])
        u = body["user"]
        self.user = SignedInUser(id=u["id"], username=u["username"],
                                 display_name=u["display_name"], department=u["department"],
                                 roles=tuple(u["roles"]))
        self.changed.emit()

    async def _post_tokens(self, path: str, payload: dict[str, str]) -> None:
        response = await self.client.post(path, json=payload)
        if response.status_code != 200:
            raise _error(response)
        self._take(response.json())

    async def sign_in_local(self, code: str) -> None:
        await self._post_tokens("/auth/local", {"code": code})
        _log.info(kv("signed_in", server=self.label, user=self.user.username if self.user
                     else ""))

    async def sign_in(self, username: str, password: str) -> None:
        await self._post_tokens("/auth/login", {"username": username, "password": password})
        _log.info(kv("signed_in", server=self.label, user=username))

    async def _renew(self) -> None:
        async with self._lock:
            if time.monotonic() < self._expires - 60:
                return  # another request renewed it meanwhile
            try:
                await self._post_tokens("/auth/refresh", {"refresh_token": self._refresh})
            except GatewayError:
                self._forget()
                raise

    def _forget(self) -> None:
        self.user = None
        self._access = self._refresh = ""
        self.changed.emit()

    async def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """Send an authorised request; raises :class:`GatewayError` on a 4xx/5xx answer."""
        if not self.signed_in:
            raise GatewayError(401, "not_signed_in", "Not signed in.")
        if time.monotonic() > self._expires - 60:
            await self._renew()
        response = await self.client.request(
            method, path, headers={"Authorization": f"Bearer {self._access}"}, **kwargs)
        if response.status_code == 401 and self._refresh:
            await self._renew()
            response = await self.client.request(
                method, path, headers={"Authorization": f"Bearer {self._access}"}, **kwargs)
        if response.status_code >= 400:
            raise _error(response)
        return response

    async def sign_out(self) -> None:
        if self.signed_in:
            try:
                await self.request("POST", "/auth/logout")
            except (GatewayError, httpx.TransportError) as exc:
                _log.warning(kv("sign_out_incomplete", error=exc))
        self._forget()

    async def aclose(self) -> None:
        await self.client.aclose()
