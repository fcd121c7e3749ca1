"""Fixtures of the gateway tests (the function-scoped ``gateway`` lives in tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest

from tests.gateway.support import UPLOAD_LIMIT
from tests.helpers.gateway import RunningGateway, add_users
from tests.helpers.plugin_site import build_site, forget_modules
from workplace.pluginhost.domains import load_domains
from workplace.server.app import GatewayConfig


@pytest.fixture(scope="module")
def shared_gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningGateway]:
    """One gateway for a whole module, configured like ``gateway``.

    For tests that only read, or that must leave the gateway unchanged anyway (bad
    input, missing sign-in): starting a gateway per test would triple their run time.
    The notes plugin is importable only while its domain is loaded.
    """
    base = tmp_path_factory.mktemp("shared-gateway")
    site = build_site(base / "site", ["notes_plugin"])
    with pytest.MonkeyPatch.context() as mp:
        mp.syspath_prepend(str(site))
        domains = load_domains(frozenset({"notes_plugin"}))
    forget_modules(["notes_plugin"])
    assert set(domains.mutators) >= {"notes_plugin.create", "notes_plugin.edit"}, domains
    db = base / "gateway.db"
    user_ids = add_users(db)
    running = RunningGateway(GatewayConfig(
        db_path=db, data_dir=base / "gateway-data", max_upload_bytes=UPLOAD_LIMIT,
        domains=domains)).start()
    running.user_ids = user_ids  # type: ignore[attr-defined]
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture(scope="module")
def shared_client(shared_gateway: RunningGateway) -> Callable[[str], httpx.Client]:
    """``shared_client("alice")``: one signed-in client per user for the whole module."""
    clients: dict[str, httpx.Client] = {}

    def get(username: str) -> httpx.Client:
        if username not in clients:
            clients[username] = shared_gateway.client(username)
        return clients[username]

    return get
