"""Sign-in: password hashing, access and refresh tokens, reuse detection, throttling.

Tokens are opaque random strings; the database keeps only their SHA-256, so a copy
of the database does not let anyone sign in. A refresh token is used once: using it
returns a new pair of the same *family*; presenting an already used one means it was
stolen or replayed, and the whole family (every device session it led to) is revoked.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import sqlite3
import time
import uuid
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from workplace.logs import kv
from workplace.server.store import GatewayStore, UserRow

_log = logging.getLogger("workplace.server.auth")

ROLES = ("clerk", "executor", "head", "admin")
# Argon2id with the library's defaults (RFC 9106 low-memory profile: 64 MiB, t=3).
_hasher = PasswordHasher()
# Verifying against this keeps a wrong user name as slow as a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


class AuthError(Exception):
    """Sign-in refused; ``code`` is stable for clients, ``message`` is for people."""

    def __init__(self, code: str, message: str, retry_after: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.retry_after = retry_after


@dataclass(frozen=True)
class TokenPair:
    access_token: str
    access_expires_in: int
    refresh_token: str
    user: UserRow


@dataclass(frozen=True)
class AuthSettings:
    access_ttl_s: int = 15 * 60
    refresh_ttl_s: int = 30 * 24 * 3600
    # Throttling: after this many failures within the window, wait an increasing time.
    free_failures: int = 5
    failure_window_s: int = 15 * 60
    max_lockout_s: int = 15 * 60


def hash_password(password: str) -> str:
    if len(password) < 8:
        raise ValueError("a password must have at least 8 characters")
    return _hasher.hash(password)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class Authenticator:
    def __init__(self, store: GatewayStore, settings: AuthSettings | None = None) -> None:
        self.store = store
        self.settings = settings or AuthSettings()

    # -- passwords -----------------------------------------------------------------

    def _lockout(self, username: str, now: float) -> int:
        """Seconds the user must wait before the next try (0: may try now)."""
        s = self.settings
        failures = self.store.recent_failures(username, now - s.failure_window_s)
        excess = len(failures) - s.free_failures + 1
        if excess <= 0:
            return 0
        wait = min(s.max_lockout_s, 2 ** min(excess, 16))
        return max(0, int(failures[-1] + wait - now + 0.999))

    def login(self, username: str, password: str) -> TokenPair:
        now = time.time()
        wait = self._lockout(username, now)
        if wait:
            raise AuthError("throttled", "Too many failed sign-in attempts. Try again later.",
                            retry_after=wait)
        user = self.store.user_by_name(username)
        try:
            _hasher.verify(user.password_hash if user and user.password_hash else _DUMMY_HASH,
                           password)
            ok = user is not None and user.active and user.password_hash is not None
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            ok = False
        if not ok or user is None:
            self.store.record_failure(username, now)
            _log.warning(kv("login_failed", username=username))
            raise AuthError("invalid_credentials", "Wrong user name or password.")
        with self.store.write() as conn:
            self.store.clear_failures(conn, username)
            if user.password_hash and _hasher.check_needs_rehash(user.password_hash):
                self.store.set_password_hash(conn, user.id, _hasher.hash(password))
        _log.info(kv("login", user=user.username))
        return self.issue(user)

    def issue(self, user: UserRow) -> TokenPair:
        """Start a new token family for ``user`` (a new device session)."""
        family = str(uuid.uuid4())
        with self.store.write() as conn:
            self.store.create_family(conn, family, user.id)
            return self._pair(conn, family, user)

    def _pair(self, conn: sqlite3.Connection, family: str, user: UserRow) -> TokenPair:
        now = time.time()
        access, refresh = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        self.store.add_access_token(conn, _digest(access), family, user.id,
                                    now + self.settings.access_ttl_s)
        self.store.add_refresh_token(conn, _digest(refresh), family,
                                     now + self.settings.refresh_ttl_s)
        return TokenPair(access, self.settings.access_ttl_s, refresh, user)

    def refresh(self, refresh_token: str) -> TokenPair:
        digest = _digest(refresh_token)
        now = time.time()
        with self.store.write() as conn:
            row = self.store.refresh_token(conn, digest)
            if row is None or row["expires_at"] < now:
                raise AuthError("invalid_token", "The session has expired. Sign in again.")
            if row["revoked_at"] is not None:
                raise AuthError("revoked", "The session was ended. Sign in again.")
            if row["used_at"] is not None:
                # A used token again: a copy is in someone else's hands.
                self.store.revoke_family(conn, row["family"], "refresh token reused")
                _log.warning(kv("refresh_reuse", family=row["family"], user=row["user_id"]))
                reused = True
            else:
                reused = False
                self.store.mark_refresh_used(conn, digest)
                user = self.store.user_by_id(row["user_id"])
                if user is None or not user.active:
                    raise AuthError("invalid_token", "The account is disabled.")
                pair = self._pair(conn, row["family"], user)
        if reused:
            raise AuthError("revoked", "This session was ended for safety because its "
                                       "sign-in was used twice. Sign in again.")
        return pair

    def logout(self, access_token: str) -> None:
        family = self.store.access_token_family(_digest(access_token))
        if family is not None:
            with self.store.write() as conn:
                self.store.revoke_family(conn, family, "signed out")

    def user_for(self, access_token: str) -> UserRow | None:
        return self.store.access_token_user(_digest(access_token), time.time())


class LocalLogin:
    """One-time sign-in codes for the app that embeds this gateway.

    The embedding app reads a code from the gateway's standard output (only the
    parent process can) and exchanges it for tokens — no password stored anywhere.
    """

    def __init__(self) -> None:
        self._codes: dict[str, str] = {}

    def new_code(self, username: str) -> str:
        code = secrets.token_urlsafe(24)
        self._codes[_digest(code)] = username
        return code

    def redeem(self, code: str) -> str | None:
        return self._codes.pop(_digest(code), None)
