"""Which gateway the app talks to, and the state of that connection.

Three ways to work, chosen on first run (or ``workplace --demo``):

- ``demo``: an embedded gateway with the demo organisation, on this computer;
- ``local``: an embedded gateway with no data, for one person on one computer;
- ``remote``: the organisation's gateway at a URL, signed in with a user name.

Several remote accounts (server URL + user name, no secrets) may be known; the one
in use is the :class:`ServerChoice`. A user who chose to stay signed in has the
refresh token kept in the OS keyring (:mod:`workplace.credentials`) — when the
machine policy allows it (``signin.remember_me_allowed``) — and is signed in with it
at the next start; everyone else signs in with a password each run.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from workplace.api import translatable
from workplace.background import BackgroundRunner
from workplace.credentials import CredentialError, CredentialStore, InsecureKeyringError
from workplace.events import Event
from workplace.logs import kv
from workplace.net.errors import GatewayError
from workplace.policy import MachinePolicy, PolicyError

if TYPE_CHECKING:  # the HTTP stack loads when a connection starts, not with the window
    import ssl

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
    #: The account's user name (remote), when known: the sign-in dialog offers it.
    username: str = ""


@dataclass(frozen=True)
class Account:
    """A remote account as kept in the settings: where and who — never a secret."""

    url: str
    username: str
    #: The user chose to stay signed in: a refresh token is in the keyring.
    remember: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"url": self.url, "username": self.username, "remember": self.remember}

    @classmethod
    def from_json(cls, data: Any) -> Account | None:
        if not isinstance(data, dict):
            return None
        url, username = data.get("url"), data.get("username")
        if not isinstance(url, str) or not isinstance(username, str) or not url \
                or not username:
            return None
        return cls(url, username, data.get("remember") is True)


def load_accounts(data: Any) -> list[Account]:
    """The accounts kept in the settings (bad entries are skipped)."""
    if not isinstance(data, list):
        return []
    accounts = [a for a in (Account.from_json(d) for d in data) if a is not None]
    return list({(a.url, a.username): a for a in reversed(accounts)}.values())[::-1]


def with_account(accounts: list[Account], account: Account) -> list[Account]:
    """``accounts`` with ``account`` first (added, or moved and updated)."""
    return [account] + [a for a in accounts
                        if (a.url, a.username) != (account.url, account.username)]


def refresh_token_name(url: str, username: str) -> str:
    """The name of an account's refresh token in the credential store."""
    return f"refresh-token:{username}@{url}"


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
NO_ANSWER = translatable(
    "Connect", "The server does not answer. Check the network connection and try again.")


class ConnectionManager:
    """Owns the embedded gateway (if any) and the signed-in session."""

    def __init__(self, runner: BackgroundRunner, data_dir: Path, *,
                 policy: MachinePolicy | None = None,
                 credentials: CredentialStore | None = None) -> None:
        self.runner = runner
        self.data_dir = data_dir
        self.policy = policy or MachinePolicy()
        #: Where refresh tokens are kept; None: nowhere (never remembered).
        self.credentials = credentials
        self.choice: ServerChoice | None = None
        self.state = State.NOT_CONFIGURED
        self.error = ""
        #: Why the user has to sign in again (a saved sign-in ended, the keyring …).
        self.notice = ""
        #: Code of the gateway's answer that ended the last session (e.g. ``revoked``).
        self.ended_code = ""
        self.session: GatewaySession | None = None
        self.embedded: EmbeddedGateway | None = None
        #: The keyring name the current session's refresh token is kept under, if any.
        self.remembered_as: str | None = None
        self.changed = Event[[]]()
        #: Awaited before the session is replaced or ended (the shell stops syncing).
        self.before_switch: Callable[[], Awaitable[None]] | None = None
        self._ssl: ssl.SSLContext | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._signing_out = False

    def _set(self, state: State, error: str = "") -> None:
        self.state, self.error = state, error
        _log.info(kv("connection", state=state.value, mode=self.choice.mode.value
                     if self.choice else "", error=error))
        self.changed.emit()

    @property
    def remember_allowed(self) -> bool:
        """May the user stay signed in (policy), and is there a place to keep it?"""
        return self.policy.remember_me_allowed and self.credentials is not None

    def ssl_context(self) -> ssl.SSLContext:
        """The one TLS context of this app's HTTP clients (made once, on first use)."""
        if self._ssl is None:
            from workplace.net.tls import client_ssl_context

            self._ssl = client_ssl_context(self.policy)
        return self._ssl

    async def start(self, choice: ServerChoice, *, remembered: bool = False) -> None:
        """Connect as ``choice`` says; embedded gateways are started and signed in.

        ``remembered``: the account has a refresh token in the keyring — sign in with it.
        """
        from workplace.net.embedded import EmbeddedGateway, EmbeddedGatewayError
        from workplace.net.session import GatewaySession

        if self.before_switch is not None:
            await self.before_switch()
        old = self.session
        if old is not None and old.signed_in and self.remembered_as is None:
            # Leaving an account nobody keeps the tokens of: end it on its gateway.
            old.changed.disconnect(self._on_session)
            await old.sign_out()
        await self.close()
        self.choice = choice
        self.notice = self.ended_code = ""
        self._set(State.STARTING)
        try:
            ssl_context = self.ssl_context()
        except PolicyError as exc:
            self._set(State.ERROR, str(exc))
            return
        if choice.mode is Mode.REMOTE:
            self.session = GatewaySession(choice.url, ssl_context=ssl_context)
            self.session.changed.connect(self._on_session)
            if remembered and choice.username and await self._resume(choice):
                return
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
        self.session = GatewaySession(embedded.url, label=label, ssl_context=ssl_context)
        try:
            await self.session.sign_in_local(embedded.login_code)
        except (GatewayError, OSError) as exc:
            self._set(State.ERROR, str(exc))
            return
        self.session.changed.connect(self._on_session)
        self._set(State.CONNECTED)

    async def _resume(self, choice: ServerChoice) -> bool:
        """Sign in with the kept refresh token; False if there is none or it ended."""
        import httpx

        assert self.session is not None
        if not self.remember_allowed:
            await self.forget_stored(choice.url, choice.username)  # policy forbids it now
            return False
        assert self.credentials is not None
        name = refresh_token_name(choice.url, choice.username)
        try:
            token = await self.runner.run(self.credentials.get, name)
        except CredentialError as exc:
            self.notice = str(exc)
            return False
        if token is None:
            return False
        self.session.persist = self._keeper(name)
        self.remembered_as = name
        try:
            await self.session.resume(token)
        except GatewayError as exc:
            if exc.status in (400, 401, 403):  # it ended: sign in with the password
                self.ended_code = exc.code
                self.notice = exc.message
                await self.forget_stored(choice.url, choice.username)
                return False
            self._set(State.ERROR, exc.message)  # TLS, an overloaded server: try later
            return True
        except (httpx.TransportError, OSError) as exc:
            _log.info(kv("resume_postponed", error=exc))
            self._set(State.ERROR, str(NO_ANSWER))
            return True
        self._set(State.CONNECTED)
        return True

    def _keeper(self, name: str) -> Callable[[str], Awaitable[None]]:
        credentials = self.credentials
        assert credentials is not None

        async def keep(token: str) -> None:
            await self.runner.run(credentials.set, name, token)

        return keep

    async def forget_stored(self, url: str, username: str) -> None:
        """Delete an account's kept refresh token (a failing keyring is logged)."""
        name = refresh_token_name(url, username)
        if self.remembered_as == name:
            self.remembered_as = None
            if self.session is not None:
                self.session.persist = None
        if self.credentials is None:
            return
        try:
            await self.runner.run(self.credentials.delete, name)
        except InsecureKeyringError:
            pass  # a refused keyring was never written to
        except CredentialError as exc:
            _log.error(kv("credential_not_deleted", error=exc.detail))

    async def check_keyring(self) -> str:
        """"" if sign-ins can be remembered here, else why not (for the sign-in dialog)."""
        if not self.policy.remember_me_allowed or self.credentials is None:
            return ""
        try:
            await self.runner.run(self.credentials.check)
        except CredentialError as exc:
            return str(exc)
        return ""

    async def sign_in(self, username: str, password: str, *, remember: bool = False,
                      url: str = "", forget_previous: bool = False) -> None:
        """Sign in to a remote gateway (``url``, or the current one's).

        Raises GatewayError/httpx errors for the dialog, and CredentialError when
        ``remember`` is asked for but the keyring is unfit — before anything is sent.
        ``forget_previous``: the account had stayed signed in; unless ``remember`` is
        given again, its kept token is deleted. The current session is left only once
        the new sign-in has succeeded; it is ended on its gateway unless its user chose
        to stay signed in.
        """
        from workplace.net.session import GatewaySession

        current = self.session
        url = (url or (current.base_url if current is not None else "")).rstrip("/")
        keep = remember and self.remember_allowed
        if keep:
            assert self.credentials is not None
            await self.runner.run(self.credentials.check)
        name = refresh_token_name(url, username)
        reuse = (current is not None and self.choice is not None
                 and self.choice.mode is Mode.REMOTE and current.base_url == url
                 and not current.signed_in)
        session = current if reuse and current is not None else GatewaySession(
            url, ssl_context=self.ssl_context())
        session.persist = self._keeper(name) if keep else None
        try:
            await session.sign_in(username, password)
        except BaseException:
            session.persist = None
            if session is not current:
                await session.aclose()
            raise
        if session is not current:
            await self._replace(session)
        elif self.before_switch is not None:
            await self.before_switch()  # a sync engine left from the ended session
        self.remembered_as = name if keep else None
        if not keep and forget_previous:
            await self.forget_stored(url, username)  # an earlier "stay signed in"
        self.choice = ServerChoice(Mode.REMOTE, url, username)
        self.notice = self.ended_code = ""
        self._set(State.CONNECTED)

    async def _replace(self, session: GatewaySession) -> None:
        """Put a newly signed-in ``session`` in place of the current one."""
        if self.before_switch is not None:
            await self.before_switch()
        old, self.session = self.session, session
        if old is not None:
            old.changed.disconnect(self._on_session)
            if old.signed_in and self.remembered_as is None:
                await old.sign_out()  # nobody keeps its tokens: end it on the gateway
            await old.aclose()
        self.remembered_as = None
        embedded, self.embedded = self.embedded, None
        if embedded is not None:
            await self.runner.run(embedded.stop)
        session.changed.connect(self._on_session)

    async def sign_out(self) -> None:
        """End the session: its tokens are wiped from the keyring and memory, and the
        gateway ends every token of this sign-in."""
        session = self.session
        if session is None:
            return
        if self.before_switch is not None:
            await self.before_switch()
        user = session.user.username if session.user else ""
        stored, self.remembered_as = self.remembered_as, None
        session.persist = None
        if stored is not None and self.credentials is not None:
            try:
                await self.runner.run(self.credentials.delete, stored)
            except CredentialError as exc:
                _log.error(kv("credential_not_deleted", error=exc.detail))
        self._signing_out = True
        try:
            await session.sign_out()
        finally:
            self._signing_out = False
        self.notice = self.ended_code = ""
        _log.info(kv("signed_out", server=session.label, user=user))
        self._set(State.SIGN_IN_REQUIRED)

    def _on_session(self) -> None:
        session = self.session
        if session is not None and not session.signed_in and not self._signing_out \
                and self.state is State.CONNECTED:
            # The gateway refused to renew the session (ended, revoked, expired).
            self.ended_code = session.ended_code
            self.notice = session.ended_message
            stored, self.remembered_as = self.remembered_as, None
            if stored is not None and self.credentials is not None:
                task = asyncio.ensure_future(self.runner.run(self.credentials.delete, stored))
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)
                task.add_done_callback(_log_failure)
            self._set(State.SIGN_IN_REQUIRED)

    async def close(self) -> None:
        session, self.session = self.session, None
        self.remembered_as = None
        if session is not None:
            session.changed.disconnect(self._on_session)
            await session.aclose()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        embedded, self.embedded = self.embedded, None
        if embedded is not None:
            await self.runner.run(embedded.stop)


def _log_failure(task: asyncio.Task[Any]) -> None:
    if not task.cancelled() and task.exception() is not None:
        _log.error(kv("credential_not_deleted", error=task.exception()))
