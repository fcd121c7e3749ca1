"""The staff directory on this computer: fetched from the real gateway, kept in the
profile's encrypted cache file, there offline and after a restart; an old gateway
(404) or a malformed answer loses nothing; another account starts without it."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest
from starlette.responses import JSONResponse
from starlette.routing import Route

from tests.helpers.gateway import PASSWORD, RunningGateway, add_users
from tests.security.support import MemoryKeyring
from workplace.api import Actor, Person
from workplace.credentials import CredentialStore
from workplace.net.directory import StaffCache
from workplace.net.session import GatewaySession
from workplace.pluginhost.domains import DomainRegistry
from workplace.server.app import GatewayConfig
from workplace.store.encryption import ProfileKeys
from workplace.store.service import StoreService

STAFF_PATH = "/api/v1/staff"


def _actor(session: GatewaySession) -> Actor:
    u = session.user
    assert u is not None
    return Actor(u.id, u.username, u.department, frozenset(u.roles), u.display_name)


async def _signed_in(gateway: RunningGateway, username: str) -> GatewaySession:
    session = GatewaySession(gateway.url)
    await session.sign_in(username, PASSWORD)
    return session


def _answer_staff_with(gateway: RunningGateway, body: object, status: int = 200) -> None:
    """Make the running gateway answer GET /staff with ``body``: a route put in front
    of the real one (the first that matches answers)."""
    async def endpoint(_request: object) -> JSONResponse:
        return JSONResponse(body, status_code=status)

    routes = gateway.app.router.routes
    routes[:] = [r for r in routes if getattr(r, "path", "") != STAFF_PATH]
    routes.insert(0, Route(STAFF_PATH, endpoint, methods=["GET"]))


# What a gateway older than the directory answers (its 404 for an unknown path).
NOT_FOUND = {"error": {"code": "http_error", "message": "Not Found"}}


def test_directory_is_kept_encrypted_offline_across_restarts_and_bad_answers(
        tmp_path: Path) -> None:
    db = tmp_path / "gateway.db"
    ids = add_users(db)
    gateway = RunningGateway(GatewayConfig(db_path=db, data_dir=tmp_path / "gw",
                                           domains=DomainRegistry())).start()
    keys = ProfileKeys(CredentialStore("p", MemoryKeyring()))
    cache_file = tmp_path / "client" / "cache.db"
    cache_file.parent.mkdir()
    everyone = [Person(ids["alice"], "Alice", "north", ("clerk",)),
                Person(ids["bob"], "Bob", "north", ("executor",)),
                Person(ids["carol"], "Carol", "south", ("head",)),
                Person(ids["dave"], "Dave", "south", ("executor",))]

    async def first_run() -> None:
        store = StoreService(cache_file, keys=keys)
        await store.open()
        directory = StaffCache(store)
        assert await directory.people() == []  # never fetched: plugins use records
        session = await _signed_in(gateway, "bob")
        try:
            await store.set_user(_actor(session), server=session.base_url)
            assert await directory.refresh(session)
            assert await directory.people() == everyone
        finally:
            await session.aclose()
            await store.close()

    async def second_run() -> list[Person]:
        store = StoreService(cache_file, keys=keys)
        await store.open()
        try:
            return await StaffCache(store).people()
        finally:
            await store.close()

    try:
        asyncio.run(first_run())
    finally:
        gateway.stop()
    # Organisation data at rest: encrypted like the records, no name in the file.
    assert b"Carol" not in cache_file.read_bytes()
    # A new start of the app with the gateway gone: the directory is still there.
    assert asyncio.run(second_run()) == everyone


def test_an_old_gateway_or_a_malformed_answer_keeps_the_directory(
        gateway: RunningGateway, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="workplace.net.directory")

    async def scenario() -> None:
        store = StoreService(tmp_path / "cache.db")
        await store.open()
        directory = StaffCache(store)
        session = await _signed_in(gateway, "carol")
        try:
            await store.set_user(_actor(session), server=session.base_url)
            assert await directory.refresh(session)
            kept = await directory.people()
            assert len(kept) == 4

            _answer_staff_with(gateway, NOT_FOUND, 404)  # older than the directory
            assert not await directory.refresh(session)
            assert await directory.people() == kept
            assert "staff_directory_not_offered" in caplog.text

            for bad in ({"people": [{"id": "x"}]},  # no name: all or nothing
                        {"people": "everyone"}, [1, 2],
                        {"people": [{"id": "a", "display_name": "A"},
                                    {"id": "a", "display_name": "B"}]}):
                _answer_staff_with(gateway, bad)
                caplog.clear()
                assert not await directory.refresh(session)
                assert await directory.people() == kept
                assert "staff_directory_rejected" in caplog.text, bad
        finally:
            await session.aclose()
            await store.close()

    asyncio.run(scenario())


def test_another_account_starts_without_the_previous_directory(
        gateway: RunningGateway, tmp_path: Path) -> None:
    async def scenario() -> None:
        store = StoreService(tmp_path / "cache.db")
        await store.open()
        directory = StaffCache(store)
        bob = await _signed_in(gateway, "bob")
        carol = await _signed_in(gateway, "carol")
        try:
            await store.set_user(_actor(bob), server=bob.base_url)
            assert await directory.refresh(bob)
            assert len(await directory.people()) == 4

            # Carol signs in on this computer: nothing of bob's directory is shown…
            await store.set_user(_actor(carol), server=carol.base_url)
            assert await directory.people() == []
            # …and a fetch of bob's that ends after the switch is not kept for her.
            assert not await directory.refresh(bob)
            assert await directory.people() == []
            assert await directory.refresh(carol)
            assert len(await directory.people()) == 4

            # Another server: the same user id elsewhere is another owner.
            await store.set_user(_actor(carol), server="https://other.example")
            assert await directory.people() == []
        finally:
            await bob.aclose()
            await carol.aclose()
            await store.close()

    asyncio.run(scenario())
