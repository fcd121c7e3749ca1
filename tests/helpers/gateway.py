"""The real gateway on a free loopback port, served by uvicorn in a thread."""

from __future__ import annotations

import uuid
from pathlib import Path

from workplace.api import Actor
from workplace.devkit.gateway import LoopbackGateway
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


class RunningGateway(LoopbackGateway):
    """The gateway of ``config`` on loopback (see LoopbackGateway for ``port`` and
    ``reuse_address``); ``gateway`` is the app's Gateway object."""

    def __init__(self, config: GatewayConfig, *, port: int = 0,
                 reuse_address: bool = False) -> None:
        app = create_app(config)
        super().__init__(app, port=port, reuse_address=reuse_address)
        self.gateway = app.state.gateway


def add_head_clerk(db: Path) -> Actor:
    """One user, hana, who is clerk, head and executor in ``north`` (a small akimat's
    appeals desk, a one-person gateway); her Actor."""
    store = GatewayStore(db)
    uid = str(uuid.uuid5(uuid.NAMESPACE_URL, "workplace-test-user:hana"))
    with store.write() as conn:
        store.insert_user(conn, UserRow(
            id=uid, username="hana", display_name="Хана Серікова", department="north",
            roles=("clerk", "head", "executor"), password_hash=hash_password(PASSWORD),
            active=True))
    store.close()
    return Actor(uid, "hana", "north", frozenset({"clerk", "head", "executor"}),
                 "Хана Серікова")
