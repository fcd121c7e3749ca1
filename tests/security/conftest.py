"""Fixtures of the security tests: an in-memory keyring, certificates, HTTPS gateways."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.core
import pytest

from tests.helpers.gateway import add_users
from tests.security.support import HttpsServer, MemoryKeyring, make_ca, make_server_cert
from workplace.pluginhost.domains import DomainRegistry
from workplace.server.app import GatewayConfig, create_app


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    """The process-wide keyring is one kept in memory, for this test only."""
    # Restored at teardown to whatever it was (usually not yet chosen).
    monkeypatch.setattr(keyring.core, "_keyring_backend", keyring.core._keyring_backend)
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def canary(tmp_path: Path) -> Iterator[str]:
    """A password nobody would type, to look for afterwards."""
    import secrets

    yield "canary-Қ-" + secrets.token_hex(12)


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    """PEM files: the trusted root, and server certificates good and bad."""
    folder = tmp_path_factory.mktemp("pki")
    root = make_ca()
    other_root = make_ca("Someone Else's Root")
    files = {"ca": root.write(folder, "ca")[0]}
    for name, cert in {
        "good": make_server_cert(root),
        "expired": make_server_cert(root, days_valid=(-30, -1)),
        "wrong_host": make_server_cert(root, ("wrong.example.kz",)),
        "self_signed": make_server_cert(None),
        "unknown_root": make_server_cert(other_root),
    }.items():
        files[name], files[f"{name}_key"] = cert.write(folder, name)
    return files


@pytest.fixture(scope="module")
def https_gateway(pki, tmp_path_factory):
    """The real gateway over HTTPS with the good certificate."""
    base = tmp_path_factory.mktemp("https-gateway")
    add_users(base / "gateway.db")
    app = create_app(GatewayConfig(db_path=base / "gateway.db", data_dir=base / "data",
                                   domains=DomainRegistry()))
    server = HttpsServer(app, pki["good"], pki["good_key"]).start()
    yield server
    server.stop()
