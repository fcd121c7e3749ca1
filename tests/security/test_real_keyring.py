"""The real keyring of this machine (the Secret Service under gnome-keyring in CI).

Runs when WORKPLACE_REAL_KEYRING=1: the test command (packaging/bootstrap.sh test)
sets it after starting a private D-Bus session with gnome-keyring-daemon unlocked
by a test password, so nothing touches a developer's own keyring.
"""

from __future__ import annotations

import os
import shutil
import subprocess

import keyring
import pytest

from workplace.credentials import SERVICE, CredentialStore, refusal

pytestmark = pytest.mark.skipif(
    os.environ.get("WORKPLACE_REAL_KEYRING") != "1",
    reason="WORKPLACE_REAL_KEYRING=1 is set by the test command inside a private "
           "gnome-keyring session")

TEN_KB = ("Сыналатын құпия — " * 700)[: 10 * 1024]


@pytest.fixture
def store():
    store = CredentialStore("pytest-real-keyring")
    yield store
    store.delete("token")
    store.delete("big")


def test_the_default_backend_is_a_secure_one():
    backend = keyring.get_keyring()
    assert refusal(backend) is None, backend
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        assert "SecretService" in type(backend).__module__, backend


def test_store_read_chunk_and_delete_in_the_real_keyring(store):
    store.set("token", "short secret")
    assert store.get("token") == "short secret"
    store.set("big", TEN_KB)
    assert len(TEN_KB) == 10 * 1024
    assert store.get("big") == TEN_KB
    # Written as chunks under one header, as on Windows.
    backend = keyring.get_keyring()
    head = backend.get_password(SERVICE, "pytest-real-keyring/big")
    assert head is not None and head.startswith("wp1-chunks:11:")
    assert backend.get_password(SERVICE, "pytest-real-keyring/big#11") is not None
    if shutil.which("secret-tool"):
        # The Secret Service itself has it (libsecret's own client agrees).
        found = subprocess.run(
            ["secret-tool", "lookup", "service", SERVICE, "username",
             "pytest-real-keyring/token"], capture_output=True, text=True, timeout=30,
            check=True)
        assert found.stdout == "wp1:short secret"
    store.delete("big")
    store.delete("token")
    assert store.get("big") is None and store.get("token") is None
    assert backend.get_password(SERVICE, "pytest-real-keyring/big#1") is None
