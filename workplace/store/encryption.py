"""Encryption at rest: the profile's key in the OS keyring, the cache under SQLCipher.

One random 256-bit key per profile lives in the keyring (``workplace.credentials``,
which refuses keyrings that keep secrets in plain text); the cache's SQLCipher key
and the attachments' AES-GCM key are derived from it (HKDF), so there is one secret
to keep and each use has its own key. The derived key is given to SQLCipher in its
raw form (``x'…'``): it is already random, so SQLCipher's PBKDF2 (256,000 rounds on
every open) would add nothing but time.

Machine policy ``storage.encryption`` is ``"required"`` (the default) or ``"off"``.
Required and no usable keyring: a :class:`EncryptionUnavailableError` telling the IT
administrator what to install — never a silent fallback to a plain file. A cache that
cannot be decrypted (a wrong or lost key) raises :class:`CacheKeyError` and is left
exactly as it is: it may hold changes not yet sent, and the key may come back.

Everything here blocks (keyring, disk): call it on the store's thread.
"""

from __future__ import annotations

import logging
import os
import secrets
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from workplace.api import translatable
from workplace.credentials import CredentialError, CredentialStore, InsecureKeyringError
from workplace.logs import kv
from workplace.store.dbapi import sqlite3

if TYPE_CHECKING:
    from workplace.api import Text

__all__ = [
    "KEY_NAME",
    "CacheEncryptionError",
    "CacheKeyError",
    "EncryptionUnavailableError",
    "KeyringUnavailableError",
    "ProfileKeys",
    "connect",
    "encrypt_plaintext",
    "file_kind",
]

_log = logging.getLogger("workplace.store")

#: The profile's key in the keyring (under the profile's namespace): 64 hex digits.
KEY_NAME = "storage-key"
_HEADER = b"SQLite format 3\x00"
FileKind = Literal["absent", "plain", "encrypted"]

_UNAVAILABLE = translatable(
    "Encryption",
    "Workplace keeps the data on this computer encrypted, with its key in the system "
    "keyring, but no secure keyring is available ({0}). Tell your IT administrator to "
    "install and unlock a secure keyring: GNOME Keyring or KWallet (Secret Service) on "
    "Linux; on Windows and macOS the built-in Credential Manager and Keychain are used. "
    "(Machine policy can turn encryption at rest off: storage.encryption.)")
_KEYRING_FAILED = translatable(
    "Encryption",
    "The system keyring did not give the key of the data on this computer ({0}). If the "
    "keyring is locked, unlock it and start Workplace again; otherwise tell your IT "
    "administrator.")
_WRONG_KEY = translatable(
    "Encryption",
    "The local copy of your data ({0}) cannot be decrypted with the key in this "
    "computer's keyring: the key is not the one it was encrypted with. Nothing was "
    "deleted or changed. Tell your IT administrator: restoring the keyring from before "
    "the change brings the data back.")
_LOST_KEY = translatable(
    "Encryption",
    "The local copy of your data ({0}) is encrypted, but its key is no longer in this "
    "computer's keyring. Nothing was deleted or changed. Tell your IT administrator: "
    "restoring the keyring brings the data back; otherwise the file can be moved away "
    "and Workplace will fetch the data from the server again (changes not yet sent in "
    "that file are then lost).")


class CacheEncryptionError(RuntimeError):
    """The encrypted local data cannot be opened; ``str()`` is a message for people.

    Never a ``sqlite3.DatabaseError``: nothing that handles a damaged file (moving it
    aside, rebuilding) may ever treat a key problem as damage.
    """

    message: Text = _KEYRING_FAILED

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail

    def __str__(self) -> str:  # rendered when shown, in the current language
        return str(self.message).format(self.detail)


class EncryptionUnavailableError(CacheEncryptionError):
    """Encryption is required but the keyring is missing or unfit: what to install."""

    message = _UNAVAILABLE


class KeyringUnavailableError(CacheEncryptionError):
    """The keyring is fit but did not answer (locked, a D-Bus error)."""

    message = _KEYRING_FAILED


class CacheKeyError(CacheEncryptionError):
    """The cache cannot be decrypted: the key is wrong (or lost). The file is untouched."""

    message = _WRONG_KEY

    def __init__(self, path: Path, lost: bool = False) -> None:
        super().__init__(str(path))
        self.path = path
        self.lost = lost
        if lost:
            self.message = _LOST_KEY


def file_kind(path: Path) -> FileKind:
    """Whether ``path`` is missing (or empty), a plain SQLite file, or anything else —
    which, for a file Workplace made, means encrypted (SQLCipher leaves no header)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(_HEADER))
    except FileNotFoundError:
        return "absent"
    if not head:
        return "absent"
    return "plain" if head == _HEADER else "encrypted"


#: SQLCipher's page size. Each page carries its own IV and HMAC and is encrypted on its
#: own: SQLite's default 4 KiB pages made the first pull of 100k records 1.33 times
#: slower than into a plain file; 16 KiB pages bring that under 1.25
#: (tests/benchmarks: encryption_overhead_ratio). Fixed for the life of a file.
CIPHER_PAGE_SIZE = 16384


def _key_pragma(key: bytes) -> str:
    # The raw-key form: a random 256-bit key needs no PBKDF2. Hex digits only, made
    # here, so the literal is safe to put in the statement.
    if len(key) != 32:
        raise ValueError("a SQLCipher raw key is 32 bytes")
    return f"\"x'{key.hex()}'\""


def connect(path: Path, key: bytes | None, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection to the cache at ``path``, keyed when ``key`` is given.

    Raises :class:`CacheKeyError` when the file exists but cannot be decrypted with
    ``key`` (and the connection is closed again).
    """
    target = f"file:{path}?mode=ro" if readonly else str(path)
    conn = sqlite3.connect(target, uri=readonly, isolation_level=None,
                           check_same_thread=False)
    if key is None:
        return conn
    try:
        # SQLCipher would also print its own lines to stderr for a wrong key; the store
        # logs and explains it (CacheKeyError), once.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {_key_pragma(key)}")
        conn.execute(f"PRAGMA cipher_page_size = {CIPHER_PAGE_SIZE}")
        # The key is only tried when the first page is read.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        conn.close()
        if file_kind(path) == "encrypted":
            _log.error(kv("cache_key_wrong", path=path, error=exc))
            raise CacheKeyError(path) from exc
        raise
    return conn


def encrypt_plaintext(path: Path, key: bytes) -> None:
    """Turn the plain cache at ``path`` (from an earlier Workplace) into an encrypted one.

    The whole database — records, outbox, conflicts, audit log — is copied into a new
    encrypted file (SQLCipher's ``sqlcipher_export``) which then replaces the plain
    one. A crash at any point leaves either the plain file or the encrypted one,
    complete. Raises ``sqlite3.DatabaseError`` if the plain file is damaged.
    """
    tmp = path.with_name(path.name + ".encrypting")
    for leftover in (tmp, Path(f"{tmp}-journal"), Path(f"{tmp}-wal")):
        leftover.unlink(missing_ok=True)  # a copy an earlier crash left half made
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        # Everything in the plain file itself, so its WAL can go before the swap: a
        # WAL of the plain file must never meet the encrypted one.
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:
            raise sqlite3.OperationalError("the local cache is in use by another process")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY {_key_pragma(key)}", (str(tmp),))
        conn.execute(f"PRAGMA encrypted.cipher_page_size = {CIPHER_PAGE_SIZE}")
        conn.execute("SELECT sqlcipher_export('encrypted')")
        # sqlcipher_export copies the schema and rows, not the header's user_version.
        conn.execute(f"PRAGMA encrypted.user_version = {version}")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()
    _fsync(tmp)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    os.replace(tmp, path)
    _fsync(path.parent)
    _log.info(kv("cache_encrypted", path=path))


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _derive(master: bytes, purpose: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"workplace/" + purpose).derive(master)


class ProfileKeys:
    """The profile's encryption keys, from its key in the keyring (made on first use).

    ``required=False`` (policy ``storage.encryption: "off"``) makes new files plain;
    a file that is already encrypted still needs its key.
    """

    def __init__(self, credentials: CredentialStore, required: bool = True) -> None:
        self.credentials = credentials
        self.required = required
        # The cache (store thread) and attachments (worker threads) may ask at once on
        # the first start: one of them makes the key, the other reads it.
        self._lock = threading.Lock()

    def _master(self, create: bool) -> bytes | None:
        with self._lock:
            return self._master_locked(create)

    def _master_locked(self, create: bool) -> bytes | None:
        try:
            self.credentials.check()
        except InsecureKeyringError as exc:
            raise EncryptionUnavailableError(exc.detail) from exc
        try:
            stored = self.credentials.get(KEY_NAME)
            if stored is None and create:
                self.credentials.set(KEY_NAME, secrets.token_hex(32))
                # Read back: a key the keyring did not really keep would lock the data
                # away at the next start.
                stored = self.credentials.get(KEY_NAME)
                if stored is None:
                    raise KeyringUnavailableError("the keyring did not keep the key")
                _log.info(kv("storage_key_created", profile=self.credentials.namespace))
        except CredentialError as exc:
            raise KeyringUnavailableError(exc.detail) from exc
        if stored is None:
            return None
        try:
            master = bytes.fromhex(stored)
        except ValueError:
            master = b""
        if len(master) != 32:
            raise KeyringUnavailableError("the key in the keyring is not a Workplace key")
        return master

    def cache_key(self, path: Path) -> bytes | None:
        """The SQLCipher key to open (or make) the cache at ``path`` with; None: plain.

        A plain file with encryption required gets a key: :class:`LocalStore` then
        encrypts it. An encrypted file whose key is gone raises :class:`CacheKeyError`.
        """
        kind = file_kind(path)
        if kind != "encrypted" and not self.required:
            return None
        master = self._master(create=kind != "encrypted")
        if master is None:
            _log.error(kv("cache_key_lost", path=path))
            raise CacheKeyError(path, lost=True)
        return _derive(master, b"cache")

    def existing_cache_key(self, path: Path) -> bytes | None:
        """The key to READ the cache at ``path`` as it is (None if it is plain); never
        makes a key (for tools such as ``--verify-audit``)."""
        if file_kind(path) != "encrypted":
            return None
        master = self._master(create=False)
        if master is None:
            raise CacheKeyError(path, lost=True)
        return _derive(master, b"cache")

    def blob_key(self, *, existing: bool = False) -> bytes | None:
        """The AES-256-GCM key of the attachments: to write (None when encryption is
        off), or with ``existing`` to read an encrypted one (None if the key is lost)."""
        if not (self.required or existing):
            return None
        master = self._master(create=not existing)
        return None if master is None else _derive(master, b"blobs")
