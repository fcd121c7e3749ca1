"""Secrets in the operating system's keyring, and nowhere else (Qt-free).

Windows Credential Locker, the macOS Keychain, or the Secret Service (GNOME Keyring,
KWallet) on Linux — whatever ``keyring`` finds. A backend that keeps secrets in plain
text, or that cannot keep them at all, is refused with a message for the IT
administrator: there is never a silent fallback to a file.

Every call may block (D-Bus, an unlock prompt): run them through the background
runner, never on the GUI thread.

Some backends limit the size of one secret (Windows: about 2.5 KB per credential),
so a long secret is split into numbered chunks under a small header entry that
carries their count and a SHA-256 of the whole; a set of chunks that does not add up
is treated as missing, never returned half.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from workplace.api import translatable
from workplace.logs import kv

if TYPE_CHECKING:
    # keyring loads its backends' modules (tens of ms): it is imported on first use,
    # which is after the window is on screen.
    from keyring.backend import KeyringBackend

__all__ = [
    "SERVICE",
    "CredentialError",
    "CredentialStore",
    "InsecureKeyringError",
    "backend_name",
    "refusal",
]

_log = logging.getLogger("workplace.credentials")

#: The keyring "service" every Workplace secret is filed under.
SERVICE = "Workplace"
#: Characters per keyring entry. Windows stores a credential as UTF-16 and caps it at
#: 2560 bytes (1280 characters); 1000 leaves room for the header.
CHUNK_CHARS = 1000
_SINGLE = "wp1:"
_CHUNKED = "wp1-chunks:"

#: Backends known to keep secrets unencrypted on disk (or not at all), refused
#: whatever priority they claim.
PLAINTEXT_BACKENDS = frozenset({
    "keyring.backends.fail.Keyring",
    "keyring.backends.null.Keyring",
    "keyrings.alt.file.PlaintextKeyring",
    "keyrings.alt.file.EncryptedKeyring",
    "keyrings.alt.Windows.RegistryKeyring",
    "keyrings.alt.pyfs.PlaintextKeyring",
    "keyrings.alt.pyfs.EncryptedKeyring",
})
#: Whole packages of backends documented as weaker than the system's keyring.
_WEAK_PACKAGES = ("keyrings.alt",)

_told: set[str] = set()  # refused backends already logged
_ADMIN_MESSAGE = translatable(
    "Credentials",
    "Workplace cannot keep sign-ins safely on this computer: the system keyring is not "
    "available or keeps secrets unencrypted ({0}). Tell your IT administrator to install "
    "and unlock a secure keyring: GNOME Keyring or KWallet (Secret Service) on Linux; on "
    "Windows and macOS the built-in Credential Manager and Keychain are used.")
_FAILED_MESSAGE = translatable(
    "Credentials",
    "The system keyring did not answer ({0}). If it is locked, unlock it and try again; "
    "otherwise tell your IT administrator.")


class CredentialError(Exception):
    """The keyring cannot be used; ``str()`` is a message for people, in their language."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail

    def __str__(self) -> str:  # rendered when shown, in the current language
        return str(_FAILED_MESSAGE).format(self.detail)


class InsecureKeyringError(CredentialError):
    """The keyring backend stores plaintext or fails: refused, with what to install."""

    def __str__(self) -> str:
        return str(_ADMIN_MESSAGE).format(self.detail)


def backend_name(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _priority(backend: KeyringBackend) -> float:
    try:
        return float(backend.priority)
    except Exception:  # a backend says it is not viable by raising
        return -1.0


def refusal(backend: KeyringBackend) -> str | None:
    """Why ``backend`` must not hold secrets (its name, for the message), or None."""
    from keyring.backends.chainer import ChainerBackend

    members: list[KeyringBackend] = [backend]
    if isinstance(backend, ChainerBackend):
        # The chainer writes to the first of its backends that accepts: all must be fit.
        members = list(backend.backends)
        if not members:
            return backend_name(backend)
    for member in members:
        name = backend_name(member)
        if (name in PLAINTEXT_BACKENDS or name.startswith(_WEAK_PACKAGES)
                or _priority(member) < 1):
            return name
    return None


class CredentialStore:
    """The secrets of one profile: ``get``/``set``/``delete`` by name, chunked if long.

    ``namespace`` (the profile) keeps two profiles signed in to the same account
    apart: each has its own refresh token, as each is its own device to the gateway.
    """

    def __init__(self, namespace: str, backend: KeyringBackend | None = None) -> None:
        self.namespace = namespace
        self._backend = backend
        self._checked: KeyringBackend | None = None
        self._lock = threading.Lock()

    def backend(self) -> KeyringBackend:
        """The keyring backend in use, refused with :class:`InsecureKeyringError` if unfit."""
        import keyring

        backend = self._backend or keyring.get_keyring()
        if backend is not self._checked:
            reason = refusal(backend)
            if reason is not None:
                if reason not in _told:
                    _told.add(reason)
                    _log.warning(kv("keyring_refused", backend=reason))
                raise InsecureKeyringError(reason)
            self._checked = backend
        return backend

    def check(self) -> None:
        """Raise :class:`InsecureKeyringError` unless secrets can be kept safely."""
        self.backend()

    def _key(self, name: str) -> str:
        return f"{self.namespace}/{name}"

    def get(self, name: str) -> str | None:
        """The secret ``name``, or None if there is none (or only a broken remnant)."""
        backend = self.backend()
        key = self._key(name)
        with self._lock:
            head = self._call(backend.get_password, SERVICE, key)
            if head is None:
                return None
            if head.startswith(_SINGLE):
                return head[len(_SINGLE):]
            if head.startswith(_CHUNKED):
                try:
                    count_text, digest = head[len(_CHUNKED):].split(":", 1)
                    count = int(count_text)
                except ValueError:
                    count, digest = 0, ""
                parts = [self._call(backend.get_password, SERVICE, f"{key}#{i}")
                         for i in range(1, count + 1)]
                if count > 0 and all(p is not None for p in parts):
                    value = "".join(p for p in parts if p is not None)
                    if hashlib.sha256(value.encode("utf-8")).hexdigest() == digest:
                        return value
            _log.warning(kv("credential_unreadable", name=name))
            return None

    def set(self, name: str, secret: str) -> None:
        """Keep ``secret`` as ``name``, replacing what was there."""
        backend = self.backend()
        key = self._key(name)
        with self._lock:
            old_chunks = self._chunk_count(backend, key)
            if len(secret) + len(_SINGLE) <= CHUNK_CHARS:
                self._call(backend.set_password, SERVICE, key, _SINGLE + secret)
                count = 0
            else:
                parts = [secret[i:i + CHUNK_CHARS] for i in range(0, len(secret), CHUNK_CHARS)]
                count = len(parts)
                # Chunks first, the header last: until it is written the old header
                # (whose digest no longer matches) makes a reader see nothing.
                for i, part in enumerate(parts, start=1):
                    self._call(backend.set_password, SERVICE, f"{key}#{i}", part)
                digest = hashlib.sha256(secret.encode("utf-8")).hexdigest()
                self._call(backend.set_password, SERVICE, key, f"{_CHUNKED}{count}:{digest}")
            for i in range(count + 1, old_chunks + 1):
                self._delete(backend, f"{key}#{i}")

    def delete(self, name: str) -> None:
        """Remove ``name`` and its chunks; nothing happens if it is not there."""
        backend = self.backend()
        key = self._key(name)
        with self._lock:
            chunks = self._chunk_count(backend, key)
            self._delete(backend, key)
            for i in range(1, chunks + 1):
                self._delete(backend, f"{key}#{i}")

    def _chunk_count(self, backend: KeyringBackend, key: str) -> int:
        head = self._call(backend.get_password, SERVICE, key)
        if head is None or not head.startswith(_CHUNKED):
            return 0
        try:
            return int(head[len(_CHUNKED):].split(":", 1)[0])
        except ValueError:
            return 0

    def _delete(self, backend: KeyringBackend, key: str) -> None:
        import keyring.errors

        try:
            backend.delete_password(SERVICE, key)
        except keyring.errors.PasswordDeleteError:
            pass  # not there
        except Exception as exc:  # D-Bus, a locked keyring, a refused prompt …
            raise CredentialError(f"{type(exc).__name__}: {exc}") from exc

    @staticmethod
    def _call(fn: Callable[..., str | None], *args: str) -> str | None:
        try:
            return fn(*args)
        except Exception as exc:  # D-Bus, a locked keyring, a refused prompt …
            raise CredentialError(f"{type(exc).__name__}: {exc}") from exc


class PluginCredentials:
    """``ctx.credentials`` (permission ``network``): each plugin's secrets (an API key,
    a certificate's password) in the keyring, apart from the app's and each other's."""

    def __init__(self, profile: str) -> None:
        self.profile = profile
        # One store per plugin: each remembers the keyring it has checked, and
        # ctx.credentials is asked for on every use.
        self._stores: dict[str, CredentialStore] = {}

    def for_plugin(self, plugin_id: str) -> CredentialStore:
        store = self._stores.get(plugin_id)
        if store is None:
            store = self._stores[plugin_id] = CredentialStore(
                f"{self.profile}/plugins/{plugin_id}")
        return store
