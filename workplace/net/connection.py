"""Which gateway the app talks to, and the state of that connection.

Three ways to work, chosen on first run (or ``workplace --demo``):

- ``demo``: an embedded gateway with the demo organisation, on this computer;
- ``local``: an embedded gateway with no data, for one person on one computer;
- ``remote``: the organisation's gateway at a URL, signed in with a user name.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from workplace.api import translatable
from workplace.background import BackgroundRunner
from workplace.events import Event
from workplace.logs import kv
from workplace.net.errors import GatewayError

if TYPE_CHECKING:  # the HTTP stack loads when a connection starts, not with the window
    from workplace.net.embedded import EmbeddedGateway
    from workplace.net.session import GatewaySession

_log = logging.getLogger("workplace.net")


class Mode(StrEnum):
    DEMO = "demo"
    LOCAL = "local"
    REMOTE = "remote"


class State(StrEnum):
    NOT_CONFIGURED = "not_configured"
    STARTING = "starting"
    SIGN_IN_REQUIRED = "sign_in_required"
    CONNECTED = "connected"
    ERROR = "error"


@dataclass(frozen=True)
class ServerChoice:
    mode: Mode
    url: str = ""


def check_server_url(url: str) -> str:
    """A normalised gateway URL, or ValueError with a message for the user.

    Plain http is allowed only to this computer: anything else must be https.
    """
    url = url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ValueError(str(_URL_INCOMPLETE))
    if parts.scheme == "http" and parts.hostname not in ("localhost", "127.0.0.1", "::1"):
        raise ValueError(str(_URL_NOT_HTTPS))
    return url


_URL_INCOMPLETE = translatable(
    "Connect", "Enter the full address, for example https://workplace.example.gov.kz")
_URL_NOT_HTTPS = translatable(
    "Connect", "The address must start with https:// — the connection to the server has to "
               "be encrypted.")


class ConnectionManager:
    """Owns the embedded gateway (if any) and the signed-in session."""

    def __init__(self, runner: BackgroundRunner, data_dir: Path) -> None:
        self.runner = runner
        self.data_dir = data_dir
        self.choice: ServerChoice | None = None
        self.state = State.NOT_CONFIGURED
        self.error = ""
        self.session: GatewaySession | None = None
        self.embedded: EmbeddedGateway | None = None
        self.changed = Event[[]]()

    def _set(self, state: State, error: str = "") -> None:
        self.state, self.error = state, error
        _log.info(kv("connection", state=state.value, mode=self.choice.mode.value
                     if self.choice else "", error=error))
        self.changed.emit()

    async def start(self, choice: ServerChoice) -> None:
        """Connect as ``choice`` says; embedded gateways are started and signed in."""
        from workplace.net.embedded import EmbeddedGateway, EmbeddedGatewayError
        from workplace.net.session import GatewaySession

        await self.close()
        self.choice = choice
        self._set(State.STARTING)
        if choice.mode is Mode.REMOTE:
            self.session = GatewaySession(choice.url)
            self.session.changed.connect(self._on_session)
            self._set(State.SIGN_IN_REQUIRED)
            return
        folder = "demo-gateway" if choice.mode is Mode.DEMO else "local-gateway"
        embedded = EmbeddedGateway(self.data_dir / folder, demo=choice.mode is Mode.DEMO)
        try:
            await self.runner.run(embedded.start)
        except (EmbeddedGatewayError, OSError) as exc:
            self._set(State.ERROR, str(exc))
            return
        self.embedded = embedded
        label = "demo" if choice.mode is Mode.DEMO else "local"
        self.session = GatewaySession(embedded.url, label=label)
        try:
            await self.session.sign_in_local(embedded.login_code)
        except (GatewayError, OSError) as exc:
            self._set(State.ERROR, str(exc))
            return
        self.session.changed.connect(self._on_session)
        self._set(State.CONNECTED)

    async def sign_in(self, username: str, password: str) -> None:
        """Sign in to the remote gateway; raises GatewayError/httpx errors for the dialog."""
        assert self.session is not None
        await self.session.sign_in(username, password)
        self._set(State.CONNECTED)

    def _on_session(self) -> None:
        if self.session is not None and not self.session.signed_in \
                and self.state is State.CONNECTED:
            self._set(State.SIGN_IN_REQUIRED)

    async def close(self) -> None:
        session, self.session = self.session, None
        if session is not None:
            await session.aclose()
        embedded, self.embedded = self.embedded, None
        if embedded is not None:
            await self.runner.run(embedded.stop)
