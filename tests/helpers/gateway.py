"""The real gateway on a free loopback port, served by uvicorn in a thread."""

from __future__ import annotations

import socket
import threading
import time
import uuid
from pathlib import Path

import httpx
import uvicorn

from workplace.server.app import GatewayConfig, create_app
from workplace.server.auth import hash_password
from workplace.server.store import GatewayStore, UserRow

PASSWORD = "correct horse battery"
# Two departments, as the authorization matrix needs.
USERS = {
    "alice": ("north", ("clerk",)),
    "bob": ("north", ("executor",)),
    "carol": ("south", ("head",)),
    "dave": ("south", ("executor",)),
}


def add_users(db: Path) -> dict[str, str]:
    """Create the test organisation; returns user ids by name."""
    store = GatewayStore(db)
    hashed = hash_password(PASSWORD)
    ids = {}
    with store.write() as conn:
        store.upsert_department(conn, "north", "Солтүстік бөлім", "Северный отдел")
        store.upsert_department(conn, "south", "Оңтүстік бөлім", "Южный отдел")
        for name, (dep, roles) in USERS.items():
            uid = str(uuid.uuid5(uuid.NAMESPACE_URL, f"workplace-test-user:{name}"))
            store.insert_user(conn, UserRow(id=uid, username=name, display_name=name.title(),
                                            department=dep, roles=roles, password_hash=hashed,
                                            active=True))
            ids[name] = uid
    store.close()
    return ids


class RunningGateway:
    def __init__(self, config: GatewayConfig) -> None:
        self.app = create_app(config)
        self.gateway = self.app.state.gateway
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(self.app, log_config=None,
                                                    access_log=False, lifespan="on"))
        self._clients: list[httpx.Client] = []
        self.thread = threading.Thread(target=self.server.run,
                                       kwargs={"sockets": [self.sock]}, daemon=True)

    def start(self) -> RunningGateway:
        self.thread.start()
        deadline = time.monotonic() + 20
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
        """An HTTP client, signed in as ``username`` if given."""
        client = httpx.Client(base_url=self.url + "/api/v1", timeout=30)
        self._clients.append(client)  # closed when the gateway stops
        if username is not None:
            r = client.post("/auth/login", json={"username": username, "password": password})
            r.raise_for_status()
            client.headers["Authorization"] = f"Bearer {r.json()['access_token']}"
        return client
