"""A keyring kept in this process's memory, for tests and ``--selftest`` runs in CI.

Use it in a child process with ``PYTHON_KEYRING_BACKEND=workplace.devkit.keyring.MemoryKeyring``.
It never writes a secret anywhere, and it is never picked by keyring's own discovery
(``viable`` is false): only a test or that variable installs it.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """Secrets in a dict of this process; gone when it ends."""

    priority = 10
    viable = False

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")
