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
from typing import Any

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


class PluginGateway:
    """``start()``, then ``client(user)``, ``mutate(...)``, ``changes(...)``; ``stop()``."""

    def __init__(self, directory: Path, plugins: frozenset[str]) -> None:
        import uvicorn

        from workplace.pluginhost.domains import load_domains
        from workplace.server.app import GatewayConfig, create_app

        directory.mkdir(parents=True, exist_ok=True)
        db = directory / "gateway.db"
        self._add_users(db)
        self.domains = load_domains(plugins)
        if self.domains.errors:
            raise RuntimeError(f"the gateway cannot load the plugins' domains: "
                               f"{self.domains.errors}")
        self.app = create_app(GatewayConfig(db_path=db, data_dir=directory / "data",
                                            domains=self.domains))
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self._sock.bind(("127.0.0.1", 0))
        self.port: int = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._server = uvicorn.Server(uvicorn.Config(self.app, log_config=None,
                                                     access_log=False, lifespan="on"))
        self._thread = threading.Thread(target=self._server.run,
                                        kwargs={"sockets": [self._sock]}, daemon=True)
        self._clients: list[httpx.Client] = []

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

    def start(self, timeout: float = 20.0) -> PluginGateway:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the gateway did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        for client in self._clients:
            client.close()
        self._server.should_exit = True
        self._thread.join(timeout=20)
        self._sock.close()

    def client(self, username: str | None = None) -> httpx.Client:
        """An HTTP client of ``/api/v1``, signed in as ``username`` if given."""
        client = httpx.Client(base_url=self.url + "/api/v1", timeout=30)
        self._clients.append(client)  # closed when the gateway stops
        if username is not None:
            r = client.post("/auth/login", json={"username": username, "password": PASSWORD})
            r.raise_for_status()
            client.headers["Authorization"] = f"Bearer {r.json()['access_token']}"
        return client

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
