"""Attachments on disk: content-addressed, AES-GCM encrypted, tampering refused."""

from __future__ import annotations

import asyncio
import hashlib
import os
import stat
from pathlib import Path

import keyring.backends.fail
import pytest

from tests.security.support import MemoryKeyring
from workplace.api import BlobMissingError, BlobStore, BlobTamperedError
from workplace.background import BackgroundRunner
from workplace.credentials import CredentialStore
from workplace.store.blobs import BlobFiles, BlobService
from workplace.store.encryption import KEY_NAME, EncryptionUnavailableError, ProfileKeys

SECRET = "Өтініш берушінің ЖСН 900101300117 — мәтін".encode() * 50
PDF = b"%PDF-1.7\n" + os.urandom(20_000) + b"\n%%EOF\n"  # signed bytes stay byte-exact


@pytest.fixture
def keys() -> ProfileKeys:
    return ProfileKeys(CredentialStore("p", MemoryKeyring()))


def files_in(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def test_round_trip_content_addressed_and_no_plaintext_on_disk(tmp_path, keys):
    blobs = BlobFiles(tmp_path / "blobs", keys.blob_key)
    digest = blobs.put(SECRET)
    assert digest == hashlib.sha256(SECRET).hexdigest()
    assert blobs.has(digest) and blobs.get(digest) == SECRET
    assert blobs.put(SECRET) == digest  # kept once
    assert blobs.get(blobs.put(PDF)) == PDF
    stored = files_in(tmp_path / "blobs")
    assert len(stored) == 2 and {p.name for p in stored} == {digest, blobs.put(PDF)}
    for path in stored:
        data = path.read_bytes()
        assert SECRET[:40] not in data and b"900101300117" not in data
        assert PDF[9:200] not in data
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    # Each file has its own nonce: the same bytes kept twice do not look the same.
    other = BlobFiles(tmp_path / "other", keys.blob_key)
    other.put(SECRET)
    assert (tmp_path / "other" / digest[:2] / digest).read_bytes() != \
        (tmp_path / "blobs" / digest[:2] / digest).read_bytes()


@pytest.mark.parametrize("where", ["ciphertext", "tag", "nonce", "header"])
def test_a_changed_file_is_refused(tmp_path, keys, where):
    blobs = BlobFiles(tmp_path / "blobs", keys.blob_key)
    digest = blobs.put(SECRET)
    path = blobs.path_of(digest)
    raw = bytearray(path.read_bytes())
    offset = {"ciphertext": 100, "tag": len(raw) - 1, "nonce": 7, "header": 4}[where]
    raw[offset] ^= 0x01
    path.write_bytes(bytes(raw))
    with pytest.raises(BlobTamperedError, match="changed or damaged") as err:
        blobs.get(digest)
    assert digest[:12] in str(err.value)


def test_a_file_moved_to_another_name_is_refused(tmp_path, keys):
    blobs = BlobFiles(tmp_path / "blobs", keys.blob_key)
    a, b = blobs.put(b"first"), blobs.put(b"second")
    blobs.path_of(b).write_bytes(blobs.path_of(a).read_bytes())
    with pytest.raises(BlobTamperedError):
        blobs.get(b)


def test_another_key_does_not_open_it_and_missing_blobs_are_named(tmp_path, keys):
    blobs = BlobFiles(tmp_path / "blobs", keys.blob_key)
    digest = blobs.put(SECRET)
    keys.credentials.set(KEY_NAME, os.urandom(32).hex())
    with pytest.raises(BlobTamperedError):
        BlobFiles(tmp_path / "blobs", keys.blob_key).get(digest)
    missing = "0" * 64
    assert not blobs.has(missing)
    with pytest.raises(BlobMissingError, match="not kept on this computer"):
        blobs.get(missing)
    with pytest.raises(ValueError, match="not a blob digest"):
        blobs.get("../../etc/passwd")


def test_policy_off_keeps_bytes_plain_but_still_checks_them(tmp_path):
    backend = MemoryKeyring()
    blobs = BlobFiles(tmp_path / "blobs",
                      ProfileKeys(CredentialStore("p", backend), required=False).blob_key)
    digest = blobs.put(SECRET)
    assert SECRET in blobs.path_of(digest).read_bytes() and backend.entries == {}
    path = blobs.path_of(digest)
    path.write_bytes(path.read_bytes()[:-1] + b"!")
    with pytest.raises(BlobTamperedError):
        blobs.get(digest)


def test_no_keyring_with_encryption_required_writes_nothing(tmp_path):
    keys = ProfileKeys(CredentialStore("p", keyring.backends.fail.Keyring()))
    blobs = BlobFiles(tmp_path / "blobs", keys.blob_key)
    with pytest.raises(EncryptionUnavailableError, match="IT administrator"):
        blobs.put(SECRET)
    assert not (tmp_path / "blobs").exists() or files_in(tmp_path / "blobs") == []


def test_the_service_for_plugins_and_its_decrypted_copies(tmp_path, keys):
    runner = BackgroundRunner(max_workers=2)
    previews = tmp_path / "previews"
    (previews / "left-by-a-crash").mkdir(parents=True)
    service = BlobService(BlobFiles(tmp_path / "blobs", keys.blob_key), runner, previews)
    assert isinstance(service, BlobStore)
    assert not (previews / "left-by-a-crash").exists()  # swept at start

    async def scenario() -> Path:
        digest = await service.put(PDF)
        assert await service.has(digest) and await service.get(digest) == PDF
        async with service.decrypted_copy(digest, ".pdf") as path:
            assert path.suffix == ".pdf" and path.read_bytes() == PDF
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
            assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
            seen = path
        with pytest.raises(ValueError):
            async with service.decrypted_copy(digest, "/../x"):
                pass
        await service.discard(digest)
        assert not await service.has(digest)
        return seen

    try:
        seen = asyncio.run(scenario())
    finally:
        runner.shutdown()
    assert not seen.exists() and not seen.parent.exists()


def test_is_digest_takes_exactly_64_lowercase_hex_digits():
    from workplace.api import is_digest

    good = "0123456789abcdef" * 4
    assert is_digest(good)
    # A final newline is not part of a name ("$" alone would let it through).
    for bad in (good + "\n", good.upper(), good[:-1], good + "0", "", None, 42, b"0" * 64):
        assert not is_digest(bad), repr(bad)
