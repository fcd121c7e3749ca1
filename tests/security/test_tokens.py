"""Tokens end to end against the real gateway: renewal on a timer, refresh-token reuse
detection through the client session, sign-out that really revokes, and refresh
tokens kept in (and only in) the keyring when the user stays signed in."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import keyring.backends.fail
import pytest

from tests.helpers.gateway import PASSWORD, RunningGateway, add_users
from workplace.background import BackgroundRunner
from workplace.credentials import CredentialError, CredentialStore
from workplace.net.connection import (
    ConnectionManager,
    Mode,
    ServerChoice,
    State,
    refresh_token_name,
)
from workplace.net.errors import GatewayError
from workplace.net.session import GatewaySession
from workplace.pluginhost.domains import DomainRegistry
from workplace.policy import MachinePolicy
from workplace.server.app import GatewayConfig
from workplace.server.auth import AuthSettings


def tracked(url: str) -> tuple[GatewaySession, list[str]]:
    """A session that reports every refresh token it is given."""
    session = GatewaySession(url)
    seen: list[str] = []

    async def persist(token: str) -> None:
        seen.append(token)

    session.persist = persist
    return session, seen


def me_status(url: str, access_token: str) -> int:
    with httpx.Client(base_url=url + "/api/v1") as client:
        return client.get("/me", headers={"Authorization": f"Bearer {access_token}"}) \
            .status_code


@pytest.fixture
def quick_gateway(tmp_path: Path):
    """The gateway with access tokens that live 2 seconds."""
    db = tmp_path / "quick.db"
    add_users(db)
    running = RunningGateway(GatewayConfig(
        db_path=db, data_dir=tmp_path / "quick-data", domains=DomainRegistry(),
        auth=AuthSettings(access_ttl_s=2))).start()
    yield running
    running.stop()


def test_the_access_token_is_renewed_on_a_timer_not_only_when_used(quick_gateway):
    async def scenario() -> None:
        session, seen = tracked(quick_gateway.url)
        try:
            await session.sign_in("alice", PASSWORD)
            first = session.access_token
            await asyncio.sleep(3.5)  # no request at all meanwhile
            assert len(seen) >= 3, seen  # the sign-in and at least two renewals
            assert session.access_token != first
            assert session.expires_in > 0
            assert me_status(quick_gateway.url, first) == 401  # expired by now
            assert me_status(quick_gateway.url, session.access_token) == 200
        finally:
            await session.aclose()

    asyncio.run(scenario())


def test_reuse_of_a_refresh_token_ends_the_session_everywhere(gateway):
    async def scenario() -> None:
        alice, seen = tracked(gateway.url)
        thief = GatewaySession(gateway.url)
        ended = []
        alice.changed.connect(lambda: ended.append(alice.signed_in))
        try:
            await alice.sign_in("alice", PASSWORD)
            stolen = seen[-1]
            # The thief uses the copy first and gets a pair of its own …
            await thief.resume(stolen)
            assert thief.signed_in
            # … then Alice's renewal presents the same token: reuse, the family ends.
            with pytest.raises(GatewayError) as caught:
                await alice.renew_now()
            assert caught.value.code == "revoked"
            assert not alice.signed_in and alice.ended_code == "revoked"
            assert ended[-1] is False
            assert alice.access_token == ""
            # The thief's tokens are dead too.
            assert me_status(gateway.url, thief.access_token) == 401
            with pytest.raises(GatewayError) as caught:
                await thief.request("GET", "/me")
            assert caught.value.status == 401
            assert not thief.signed_in
        finally:
            await alice.aclose()
            await thief.aclose()

    asyncio.run(scenario())


def test_a_stale_copy_presented_after_a_renewal_is_detected(gateway):
    async def scenario() -> None:
        alice, seen = tracked(gateway.url)
        try:
            await alice.sign_in("alice", PASSWORD)
            old = seen[-1]
            await alice.renew_now()
            assert seen[-1] != old
            replay = GatewaySession(gateway.url)
            with pytest.raises(GatewayError) as caught:
                await replay.resume(old)
            await replay.aclose()
            assert caught.value.code == "revoked"
            # Alice's session was ended with it: her next renewal is refused.
            with pytest.raises(GatewayError):
                await alice.renew_now()
            assert not alice.signed_in
        finally:
            await alice.aclose()

    asyncio.run(scenario())


def test_sign_out_really_revokes(gateway):
    async def scenario() -> None:
        session, seen = tracked(gateway.url)
        try:
            await session.sign_in("alice", PASSWORD)
            access, refresh = session.access_token, seen[-1]
            await session.sign_out()
            assert not session.signed_in and session.access_token == ""
            assert me_status(gateway.url, access) == 401
            again = GatewaySession(gateway.url)
            with pytest.raises(GatewayError) as caught:
                await again.resume(refresh)
            await again.aclose()
            assert caught.value.status == 401
        finally:
            await session.aclose()

    asyncio.run(scenario())


# -- the connection manager and the keyring ---------------------------------------------


def manager(tmp_path: Path, policy: MachinePolicy | None = None,
            backend=None) -> ConnectionManager:
    return ConnectionManager(BackgroundRunner(), tmp_path / "data", policy=policy,
                             credentials=CredentialStore("default", backend))


def remote(gateway, username: str = "") -> ServerChoice:
    return ServerChoice(Mode.REMOTE, gateway.url, username)


def test_stay_signed_in_keeps_the_rotating_refresh_token_in_the_keyring(
        gateway, tmp_path, memory_keyring):
    name = refresh_token_name(gateway.url, "alice")
    store = CredentialStore("default")

    async def first_run() -> str:
        c = manager(tmp_path)
        try:
            await c.start(remote(gateway))
            await c.sign_in("alice", PASSWORD, remember=True)
            assert c.state is State.CONNECTED and c.remembered_as == name
            kept = store.get(name)
            assert kept is not None
            await c.session.renew_now()
            assert store.get(name) not in (None, kept)  # the new one replaced it
            assert len(memory_keyring.entries) == 1
            return store.get(name) or ""
        finally:
            await c.close()
            c.runner.shutdown()

    kept = asyncio.run(first_run())

    async def next_run() -> None:
        c = manager(tmp_path)
        try:
            await c.start(remote(gateway, "alice"), remembered=True)
            assert c.state is State.CONNECTED  # no password asked
            assert c.session.user.username == "alice"
            assert store.get(name) not in (None, kept)  # used once, replaced
            refresh = store.get(name)
            await c.sign_out()
            assert c.state is State.SIGN_IN_REQUIRED
            assert memory_keyring.entries == {}
            again = GatewaySession(gateway.url)
            with pytest.raises(GatewayError):
                await again.resume(refresh or "")
            await again.aclose()
        finally:
            await c.close()
            c.runner.shutdown()

    asyncio.run(next_run())


def test_a_kept_token_that_was_revoked_asks_for_the_password(gateway, tmp_path,
                                                             memory_keyring):
    name = refresh_token_name(gateway.url, "alice")

    async def scenario() -> None:
        c = manager(tmp_path)
        try:
            await c.start(remote(gateway))
            await c.sign_in("alice", PASSWORD, remember=True)
            kept = CredentialStore("default").get(name)
            await c.session.renew_now()  # the kept copy is now used …
            CredentialStore("default").set(name, kept or "")  # … and put back: stale
            await c.close()
            await c.start(remote(gateway, "alice"), remembered=True)
            assert c.state is State.SIGN_IN_REQUIRED
            assert c.ended_code == "revoked"
            assert memory_keyring.entries == {}  # the useless token is gone
        finally:
            await c.close()
            c.runner.shutdown()

    asyncio.run(scenario())


def test_remembering_with_an_unfit_keyring_is_refused_before_signing_in(gateway, tmp_path):
    async def scenario() -> None:
        c = manager(tmp_path, backend=keyring.backends.fail.Keyring())
        try:
            await c.start(remote(gateway))
            assert "GNOME Keyring" in await c.check_keyring()
            with pytest.raises(CredentialError, match="GNOME Keyring"):
                await c.sign_in("alice", PASSWORD, remember=True)
            assert c.state is State.SIGN_IN_REQUIRED and not c.session.signed_in
            await c.sign_in("alice", PASSWORD, remember=False)  # fine without
            assert c.state is State.CONNECTED and c.remembered_as is None
        finally:
            await c.close()
            c.runner.shutdown()

    asyncio.run(scenario())


def test_the_policy_can_forbid_staying_signed_in(gateway, tmp_path, memory_keyring):
    async def scenario() -> None:
        c = manager(tmp_path, MachinePolicy(remember_me_allowed=False))
        try:
            assert not c.remember_allowed
            await c.start(remote(gateway))
            await c.sign_in("alice", PASSWORD, remember=True)
            assert c.state is State.CONNECTED and c.remembered_as is None
            assert memory_keyring.entries == {}
        finally:
            await c.close()
            c.runner.shutdown()

    asyncio.run(scenario())


def test_switching_accounts_ends_the_session_nobody_keeps(gateway, tmp_path,
                                                           memory_keyring):
    async def scenario() -> None:
        c = manager(tmp_path)
        try:
            await c.start(remote(gateway))
            await c.sign_in("alice", PASSWORD)
            alice_access = c.session.access_token
            await c.sign_in("bob", PASSWORD, url=gateway.url)  # another account
            assert c.session.user.username == "bob"
            assert me_status(gateway.url, alice_access) == 401  # ended, not abandoned
            bob_access = c.session.access_token
            await c.start(remote(gateway, "alice"))  # and back: Bob's ends too
            assert me_status(gateway.url, bob_access) == 401
            assert c.state is State.SIGN_IN_REQUIRED
        finally:
            await c.close()
            c.runner.shutdown()

    asyncio.run(scenario())
