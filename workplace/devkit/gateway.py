"""The real gateway on a free loopback port, in a thread, with a test organisation.

Only the plugins named are loaded on the gateway (their domain modules), so a test
sees exactly what the plugin's own mutators do there.
"""

from __future__ import annotations

import socket
import threading
import time
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Self

import httpx

#: The password of every test user.
PASSWORD = "correct horse battery"
#: user name -> (department, roles). alice and bob share a department; carol does not.
USERS: Mapping[str, tuple[str, tuple[str, ...]]] = {
    "alice": ("north", ("clerk",)),
    "bob": ("north", ("executor", "head")),
    "carol": ("south", ("clerk",)),
}
_DEPARTMENTS = {"north": ("Солтүстік бөлім", "Северный отдел"),
                "south": ("Оңтүстік бөлім", "Южный отдел")}


def user_id(username: str) -> str:
    """The stable id of a test user (the same in every run)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"workplace-devkit-user:{username}"))


class LoopbackGateway:
    """A gateway app served by uvicorn on ``127.0.0.1`` in a daemon thread.

    ``port`` 0 takes any free port. ``reuse_address`` lets a second server take the
    port over once this one stops, while the client's pool may still hold the old
    connections half-closed (SO_REUSEADDR: what an offline-then-back test needs).
    ``start()``, then ``client(user)``; ``stop()`` also closes the clients it made.
    """

    def __init__(self, app: Any, *, port: int = 0, reuse_address: bool = False) -> None:
        import uvicorn

        self.app = app
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        if reuse_address:
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            self.sock.bind(("127.0.0.1", port))
        except OSError:
            self.sock.close()
            raise
        self.port: int = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, log_config=None,
                                                    access_log=False, lifespan="on"))
        self.thread = threading.Thread(target=self.server.run,
                                       kwargs={"sockets": [self.sock]}, daemon=True)
        self._clients: list[httpx.Client] = []

    def start(self, timeout: float = 20.0) -> Self:
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the gateway did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        for client in self._clients:
            client.close()
        self.server.should_exit = True
        self.thread.join(timeout=20)
        self.sock.close()

    def client(self, username: str | None = None, password: str = PASSWORD) -> httpx.Client:
        """An HTTP client of ``/api/v1``, signed in as ``username`` if given."""
        client = httpx.Client(base_url=self.url + "/api/v1", timeout=30)
        self._clients.append(client)  # closed when the gateway stops
        if username is not None:
            r = client.post("/auth/login", json={"username": username, "password": password})
            r.raise_for_status()
            client.headers["Authorization"] = f"Bearer {r.json()['access_token']}"
        return client


class PluginGateway(LoopbackGateway):
    """``start()``, then ``client(user)``, ``mutate(...)``, ``changes(...)``; ``stop()``."""

    def __init__(self, directory: Path, plugins: frozenset[str]) -> None:
        from workplace.pluginhost.domains import load_domains
        from workplace.server.app import GatewayConfig, create_app

        directory.mkdir(parents=True, exist_ok=True)
        db = directory / "gateway.db"
        self._add_users(db)
        self.domains = load_domains(plugins)
        if self.domains.errors:
            raise RuntimeError(f"the gateway cannot load the plugins' domains: "
                               f"{self.domains.errors}")
        app = create_app(GatewayConfig(db_path=db, data_dir=directory / "data",
                                       domains=self.domains))
        super().__init__(app)

    @staticmethod
    def _add_users(db: Path) -> None:
        from workplace.server.auth import hash_password
        from workplace.server.store import GatewayStore, UserRow

        store = GatewayStore(db)
        hashed = hash_password(PASSWORD)
        try:
            with store.write() as conn:
                for dep, (kk, ru) in _DEPARTMENTS.items():
                    store.upsert_department(conn, dep, kk, ru)
                for name, (dep, roles) in USERS.items():
                    store.insert_user(conn, UserRow(
                        id=user_id(name), username=name, display_name=name.title(),
                        department=dep, roles=roles, password_hash=hashed, active=True))
        finally:
            store.close()

    def mutate(self, username: str, name: str, args: Mapping[str, Any],
               base_versions: Mapping[str, int] | None = None) -> dict[str, Any]:
        """Push one mutation as ``username``; the gateway's result (``status`` …)."""
        body = {"mutations": [{"mutation_id": str(uuid.uuid4()), "name": name,
                               "args": dict(args),
                               "base_versions": dict(base_versions or {})}]}
        r = self.client(username).post("/sync/mutations", json=body)
        r.raise_for_status()
        result: dict[str, Any] = r.json()["results"][0]
        return result

    def changes(self, username: str, collection: str) -> list[dict[str, Any]]:
        """Every live record of ``collection`` that ``username`` may see."""
        client = self.client(username)
        records: list[dict[str, Any]] = []
        after = 0
        while True:
            r = client.get("/sync/changes", params={"collection": collection, "after": after})
            r.raise_for_status()
            page = r.json()
            records += [rec for rec in page["records"] if not rec["deleted"]]
            if not page["has_more"]:
                return records
            after = page["cursor"]
