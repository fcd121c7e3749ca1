"""Encryption at rest of the local cache: real SQLCipher files, keys in a keyring backend.

The keyring here is kept in memory (tests/security/support.py); with
WORKPLACE_REAL_KEYRING=1 one test also makes and reads the key in the real Secret
Service.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import shutil
import sqlite3 as std_sqlite3
import sys
import uuid
from pathlib import Path

import keyring.backends.fail
import pytest

from tests.security.support import MemoryKeyring
from workplace.api import Actor
from workplace.api.store import Query
from workplace.credentials import SERVICE, CredentialStore
from workplace.policy import PolicyError, parse_policy
from workplace.store.encryption import (
    CIPHER_PAGE_SIZE,
    KEY_NAME,
    CacheKeyError,
    EncryptionUnavailableError,
    KeyringUnavailableError,
    ProfileKeys,
    file_kind,
)
from workplace.store.local import LocalStore
from workplace.store.service import StoreService

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "plugins"
NOTES = "notes_plugin.notes"
ALICE = Actor("u-alice", "alice", "north")
MARKER = "Маркер-құпия-7f3a9"  # a record's text to look for in the raw bytes


@pytest.fixture
def domain(monkeypatch):
    monkeypatch.syspath_prepend(str(FIXTURES))
    from notes_plugin.domain import DOMAIN

    yield DOMAIN
    for name in [m for m in sys.modules if m.startswith("notes_plugin")]:
        del sys.modules[name]


@pytest.fixture
def keys() -> ProfileKeys:
    return ProfileKeys(CredentialStore("test-profile", MemoryKeyring()))


def open_store(path: Path, domain, key: bytes | None) -> LocalStore:
    return LocalStore(path, {NOTES: ("title", "body")}, domain.mutators, key=key)


def create(store: LocalStore, title: str, body: str = "") -> str:
    note = str(uuid.uuid4())
    store.mutate(ALICE, "notes_plugin.create", {"id": note, "title": title, "body": body})
    return note


def holds(path: Path, text: str) -> bool:
    data = path.read_bytes()
    return any(form in data for form in (text.encode("utf-8"), text.encode("utf-16-le")))


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


def test_the_file_and_its_wal_hold_no_plaintext_of_a_record(tmp_path, domain, keys):
    path = tmp_path / "cache.db"
    store = open_store(path, domain, keys.cache_key(path))
    for _ in range(20):
        create(store, MARKER, body=f"{MARKER} мәтін")
    wal = Path(f"{path}-wal")
    # Still open: the changes are in the WAL, not yet checkpointed into the file.
    assert wal.exists() and wal.stat().st_size > 0
    assert not holds(path, MARKER) and not holds(wal, MARKER)
    store.close()
    assert file_kind(path) == "encrypted" and not holds(path, MARKER)
    assert not any(holds(p, MARKER) for p in tmp_path.iterdir() if p.is_file())

    # The same scan finds the text in a plain cache: it would see a leak.
    plain = tmp_path / "plain" / "cache.db"
    store = open_store(plain, domain, None)
    create(store, MARKER)
    assert holds(plain, MARKER) or holds(Path(f"{plain}-wal"), MARKER)
    store.close()


def test_a_wrong_key_is_a_clear_error_and_loses_nothing(tmp_path, domain, keys):
    path = tmp_path / "cache.db"
    store = open_store(path, domain, keys.cache_key(path))
    notes = {create(store, f"note {i}") for i in range(5)}
    store.close()
    before = digests(tmp_path)

    # Another key in the keyring (e.g. the keyring was replaced).
    keys.credentials.set(KEY_NAME, os.urandom(32).hex())
    with pytest.raises(CacheKeyError) as wrong:
        open_store(path, domain, keys.cache_key(path))
    assert not wrong.value.lost
    assert "cannot be decrypted" in str(wrong.value) and str(path) in str(wrong.value)
    assert "Nothing was deleted" in str(wrong.value)

    # No key at all (the keyring lost it): also an error, and no new key is made.
    empty = ProfileKeys(CredentialStore("test-profile", MemoryKeyring()))
    with pytest.raises(CacheKeyError) as lost:
        empty.cache_key(path)
    assert lost.value.lost and "no longer in this" in str(lost.value)
    assert empty.credentials.get(KEY_NAME) is None

    # A LocalStore given a wrong key directly does not treat the file as damaged.
    with pytest.raises(CacheKeyError):
        open_store(path, domain, os.urandom(32))
    assert digests(tmp_path) == before  # not moved aside, not rewritten, no new files
    assert len(notes) == 5


def test_reopening_with_the_right_key_gets_everything_back(tmp_path, domain):
    backend = MemoryKeyring()
    keys = ProfileKeys(CredentialStore("p", backend))
    path = tmp_path / "cache.db"
    store = open_store(path, domain, keys.cache_key(path))
    notes = {create(store, f"note {i}") for i in range(5)}
    store.close()
    saved = dict(backend.entries)

    backend.entries[(SERVICE, f"p/{KEY_NAME}")] = "wp1:" + os.urandom(32).hex()
    with pytest.raises(CacheKeyError):
        open_store(path, domain, keys.cache_key(path))
    backend.entries.clear()
    with pytest.raises(CacheKeyError):
        keys.cache_key(path)

    backend.entries.update(saved)  # the keyring restored
    store = open_store(path, domain, keys.cache_key(path))
    assert {r.record.id for r in store.query(Query(NOTES))} == notes
    assert store.unsent_count() == 5 and store.recovered == []
    store.close()


def test_a_plain_cache_of_an_earlier_version_is_encrypted_with_its_outbox(tmp_path, domain,
                                                                          keys):
    # A plain cache as a crash left it: changes still in the WAL, not checkpointed.
    live = tmp_path / "live" / "cache.db"
    store = open_store(live, domain, None)
    notes = [create(store, f"{MARKER} {i}") for i in range(30)]
    store.bind("server|alice")
    crashed = tmp_path / "cache.db"
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{live}{suffix}", f"{crashed}{suffix}")
    store.close()
    assert file_kind(crashed) == "plain" and Path(f"{crashed}-wal").stat().st_size > 0
    with std_sqlite3.connect(crashed) as old:  # what an earlier Workplace would read
        version = old.execute("PRAGMA user_version").fetchone()[0]

    store = open_store(crashed, domain, keys.cache_key(crashed))
    assert file_kind(crashed) == "encrypted"
    assert {r.record.id for r in store.query(Query(NOTES))} == set(notes)
    assert [e.mutation_id for e in store.pending(100)] == [
        e.mutation_id for e in sorted(store.pending(100), key=lambda e: e.seq)]
    assert store.unsent_count() == 30 and store.meta("owner") == "server|alice"
    assert store.db.conn.execute("PRAGMA user_version").fetchone()[0] == version
    assert len(store.query(Query(NOTES, search="маркер"))) == 30  # the FTS index came too
    newest = max(e.seq for e in store.pending(100))
    create(store, "after")  # the outbox sequence goes on, never reusing a number
    assert max(e.seq for e in store.pending(100)) == newest + 1
    assert store.integrity_ok()
    store.close()
    leftovers = sorted(p.name for p in tmp_path.iterdir() if p.is_file())
    assert leftovers == ["cache.db"]
    assert not holds(crashed, MARKER)


def test_a_damaged_encrypted_cache_is_still_moved_aside_with_its_outbox_salvaged(
        tmp_path, domain, keys):
    path = tmp_path / "cache.db"
    key = keys.cache_key(path)
    store = open_store(path, domain, key)
    for i in range(200):
        create(store, f"note {i}", body="x" * 500)
    store.close()
    raw = bytearray(path.read_bytes())
    page = CIPHER_PAGE_SIZE
    assert len(raw) >= page * 4
    for i in range(page * 2, page * 4):  # pages past the first one
        raw[i] ^= 0xFF
    path.write_bytes(bytes(raw))

    store = open_store(path, domain, key)
    assert store.integrity_ok()
    assert any("moved aside" in r for r in store.recovered)
    assert file_kind(path) == "encrypted"
    store.close()


def test_policy_off_keeps_a_plain_file_and_leaves_the_keyring_alone(tmp_path, domain):
    assert parse_policy({}).encryption_required
    policy = parse_policy({"storage": {"encryption": "off"}})
    assert not policy.encryption_required
    backend = MemoryKeyring()
    keys = ProfileKeys(CredentialStore("p", backend), required=policy.encryption_required)
    path = tmp_path / "cache.db"
    store = open_store(path, domain, keys.cache_key(path))
    create(store, MARKER)
    store.close()
    assert file_kind(path) == "plain" and backend.entries == {}
    with std_sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM outbox").fetchone()[0] == 1


@pytest.mark.parametrize("value", ["optional", True, None])
def test_policy_encryption_values_are_checked(value):
    with pytest.raises(PolicyError, match=r"storage\.encryption"):
        parse_policy({"storage": {"encryption": value}})


def test_no_usable_keyring_with_encryption_required_is_the_admin_error(tmp_path, domain):
    keys = ProfileKeys(CredentialStore("p", keyring.backends.fail.Keyring()))
    path = tmp_path / "cache.db"
    with pytest.raises(EncryptionUnavailableError) as err:
        keys.cache_key(path)
    text = str(err.value)
    assert "keyring.backends.fail.Keyring" in text and "GNOME Keyring" in text
    assert "IT administrator" in text
    assert not path.exists()  # and no plain file instead

    # Through the store service: open() raises, and later calls raise too (no hang).
    async def scenario() -> None:
        service = StoreService(path, {NOTES: ("title",)}, domain.mutators, keys=keys)
        with pytest.raises(EncryptionUnavailableError):
            await service.open()
        with pytest.raises(EncryptionUnavailableError):
            await asyncio.wait_for(service.count(Query(NOTES)), 5)
        await service.close()

    asyncio.run(scenario())
    assert not path.exists()


class _BrokenKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("org.freedesktop.Secret.Error.IsLocked")


def test_a_keyring_that_does_not_answer_is_a_clear_error(tmp_path):
    keys = ProfileKeys(CredentialStore("p", _BrokenKeyring()))
    with pytest.raises(KeyringUnavailableError, match="IsLocked") as err:
        keys.cache_key(tmp_path / "cache.db")
    assert "unlock it" in str(err.value)


def test_the_store_service_opens_an_encrypted_cache(tmp_path, domain, keys):
    path = tmp_path / "cache.db"

    async def scenario() -> int:
        service = StoreService(path, {NOTES: ("title",)}, domain.mutators, keys=keys)
        await service.open()
        service.actor = ALICE
        await service.mutate("notes_plugin.create", {"id": str(uuid.uuid4()), "title": "x"})
        n = await service.count(Query(NOTES))
        await service.close()
        return n

    assert asyncio.run(scenario()) == 1
    assert asyncio.run(scenario()) == 2
    assert file_kind(path) == "encrypted"


@pytest.mark.skipif(os.environ.get("WORKPLACE_REAL_KEYRING") != "1",
                    reason="needs the real Secret Service (set by the test command)")
def test_the_key_in_the_real_keyring(tmp_path, domain):
    credentials = CredentialStore(f"pytest-encryption-{uuid.uuid4().hex[:8]}")
    try:
        path = tmp_path / "cache.db"
        store = open_store(path, domain, ProfileKeys(credentials).cache_key(path))
        create(store, MARKER)
        store.close()
        # A new process would ask the keyring again: a fresh ProfileKeys does.
        store = open_store(path, domain, ProfileKeys(credentials).cache_key(path))
        assert store.unsent_count() == 1 and file_kind(path) == "encrypted"
        store.close()
    finally:
        credentials.delete(KEY_NAME)


def test_verify_audit_reads_an_encrypted_cache_with_the_profile_key(tmp_path, isolated_home,
                                                                    capsys):
    from workplace.audit import AuditTrail
    from workplace.cli import main
    from workplace.paths import ProfilePaths

    paths = ProfilePaths.for_profile("default")
    paths.data_dir.mkdir(parents=True)
    cache = paths.data_dir / "cache.db"

    async def record() -> None:
        store = StoreService(cache, keys=ProfileKeys(CredentialStore("default")))
        await store.open()
        store.actor = ALICE
        await AuditTrail(store).record(subject="900101300117", what="iin", why="check")
        await store.close()

    asyncio.run(record())
    assert file_kind(cache) == "encrypted"
    assert main(["--verify-audit"]) == 0
    assert "intact, 1 entries" in capsys.readouterr().out
    CredentialStore("default").delete(KEY_NAME)  # the key gone: a clear answer, not "altered"
    assert main(["--verify-audit"]) == 2
    assert "no longer in this" in capsys.readouterr().out
