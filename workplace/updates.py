"""The update check: has the organisation released a newer Workplace? Free of Qt.

Once after signing in to the organisation's gateway, then once a day while the session
lasts, the client asks ``GET /api/v1/updates`` (see :mod:`workplace.server.updates`)
for the newest release of its channel (machine policy ``updates.channel``) and
platform, compares it with its own version (PEP 440 order) and, when it is newer,
posts one quiet notice (notification centre, not a desktop pop-up) with the link the
organisation gave (http(s) only; the notification centre opens it in the browser).
Nothing is downloaded or installed by itself: installing stays the admins' and users'
decision. With policy ``updates.check`` false no request is made.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from packaging.version import InvalidVersion, Version

import workplace
from workplace.api import Notification, NotificationLevel, translatable
from workplace.logs import kv
from workplace.net.errors import GatewayError
from workplace.policy import MachinePolicy
from workplace.workbench.notifications import NotificationCenter, web_link

if TYPE_CHECKING:
    import httpx  # at run time only when a check runs: it is not light, and start-up needs none

_log = logging.getLogger("workplace.updates")
DAY = 24 * 60 * 60.0
SOURCE = "shell"

_TITLE = translatable("Updates", "Workplace {version} is available")
_BODY = translatable("Updates", "Your organisation has released a new version (you have "
                                "{current}). Get it here: {url}")


def current_platform() -> str:
    """This computer's platform as the gateway names it."""
    if sys.platform == "win32":
        return "windows"
    return "macos" if sys.platform == "darwin" else "linux"


@dataclass(frozen=True)
class Release:
    """A release the organisation offers."""

    version: str
    url: str  # http(s) only: the notice offers to open it in the browser
    notes: str = ""
    channel: str = "stable"


def newer_release(answer: Any, current: str) -> Release | None:
    """The release in the gateway's answer when it is newer than ``current``, else None
    (also for an answer that is not what the gateway's schema says)."""
    latest = answer.get("latest") if isinstance(answer, dict) else None
    if not isinstance(latest, dict):
        return None
    try:
        version = Version(str(latest.get("version")))
        if version <= Version(current):
            return None
    except InvalidVersion:
        _log.warning(kv("update_answer_refused", version=latest.get("version")))
        return None
    url = web_link(latest.get("url"))  # an http(s) address with a host, nothing else
    if url is None:
        _log.warning(kv("update_answer_refused", url=latest.get("url")))
        return None
    notes = latest.get("notes")
    return Release(version=str(version), url=url,
                   notes=notes if isinstance(notes, str) else "",
                   channel=str(latest.get("channel", "stable")))


class Session(Protocol):
    """What the check needs of a signed-in gateway session."""

    async def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response: ...


class UpdateChecker:
    """Checks for a newer release after sign-in and daily; tells about each one once."""

    def __init__(self, policy: MachinePolicy, notifications: NotificationCenter, *,
                 current: str = workplace.__version__, platform: str | None = None,
                 interval: float = DAY) -> None:
        self.policy = policy
        self.notifications = notifications
        self.current = current
        self.platform = platform or current_platform()
        self.interval = interval
        #: The newest release seen by the last check (None: none newer, or no answer).
        self.available: Release | None = None
        self._told: set[str] = set()
        self._session: Session | None = None
        self._task: asyncio.Task[None] | None = None
        if not policy.updates_check:
            _log.info(kv("update_check_off", policy="updates.check"))

    def watch(self, session: Session | None) -> None:
        """Check through ``session`` now and daily (a new session starts over); None
        stops checking (signed out). Does nothing when policy turns the check off."""
        if session is self._session:
            return
        self._stop()
        self._session = session
        if session is not None and self.policy.updates_check:
            self._task = asyncio.ensure_future(self._run(session))

    async def _run(self, session: Session) -> None:
        while True:
            await self.check(session)
            await asyncio.sleep(self.interval)

    async def check(self, session: Session) -> Release | None:
        """Ask the gateway once; post a notice for a newer release not told yet."""
        if not self.policy.updates_check:
            return None
        import httpx

        params = {"channel": self.policy.updates_channel, "platform": self.platform}
        try:
            response = await session.request("GET", "/updates", params=params)
            answer = response.json()
        except (GatewayError, httpx.HTTPError, ValueError) as exc:
            # An older gateway (404), no network: try again tomorrow, quietly.
            _log.info(kv("update_check_failed", error=exc))
            return None
        release = newer_release(answer, self.current)
        self.available = release
        _log.info(kv("update_checked", channel=params["channel"], current=self.current,
                     available=release.version if release else ""))
        if release is not None and release.version not in self._told:
            self._told.add(release.version)
            body = str(_BODY).format(current=self.current, url=release.url)
            self.notifications.post(Notification(
                title=str(_TITLE).format(version=release.version),
                body=f"{body}\n{release.notes}" if release.notes else body,
                level=NotificationLevel.INFO, source=SOURCE), link=release.url)
        return release

    def _stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()

    async def aclose(self) -> None:
        """Stop checking (the app closes)."""
        task, self._task = self._task, None
        self._session = None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
