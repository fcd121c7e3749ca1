"""Filling a gateway database: demo data (once) and the local owner of an embedded gateway."""

from __future__ import annotations

import getpass
import logging
import secrets
import uuid
from collections.abc import Iterator

from workplace.api import Record
from workplace.logs import kv
from workplace.server.auth import hash_password
from workplace.server.store import GatewayStore, UserRow

_log = logging.getLogger("workplace.server.seed")
LOCAL_DEPARTMENT = ("local", "Жергілікті кеңсе", "Локальный офис")


def seed_demo(store: GatewayStore, *, documents: int = 2000, requests: int = 1000,
              password: str | None = None, seed: int = 2026) -> str | None:
    """Load the demo organisation once; returns the demo users' password if it seeded."""
    if store.get_meta("demo_seeded"):
        return None
    from workplace.server import demo  # only servers that seed need the generator
    password = password or secrets.token_urlsafe(9)
    hashed = hash_password(password)  # one hash for all demo users: seeding stays fast
    with store.write() as conn:
        for dep in demo.departments():
            store.upsert_department(conn, dep.id, dep.name_kk, dep.name_ru)
        for u in demo.users(seed):
            if store.user_by_name(u.username) is None:
                store.insert_user(conn, UserRow(
                    id=u.id, username=u.username, display_name=u.display_name,
                    department=u.department, roles=tuple(u.roles), password_hash=hashed,
                    active=True))

    numbered: dict[str, int] = {}  # journal -> the last demo registration number
    requests_numbered = 0  # wp_egov numbers its requests per year from 1

    def rows() -> Iterator[Record]:
        for r in demo.records(seed, documents=documents, requests=requests):
            if r.collection == demo.DOCUMENTS_COLLECTION and r.data["reg_number"]:
                numbered[r.data["journal"]] = int(r.data["reg_number"].rsplit("/", 1)[1])
            elif r.collection == demo.REQUESTS_COLLECTION:
                nonlocal requests_numbered
                requests_numbered = max(requests_numbered, int(r.data["number"]))
            yield Record(collection=r.collection, id=r.id, data=r.data,
                         department=r.department, audience=tuple(r.audience),
                         updated_at="2026-01-01T00:00:00+00:00")

    count = store.bulk_put(rows())
    with store.write() as conn:
        # New registrations continue the demo journals' numbering (wp_documents takes
        # its numbers from the sequence "wp_documents/<journal>/<year>").
        for journal, last in numbered.items():
            conn.execute("INSERT INTO sequences(name, value) VALUES (?, ?) ON CONFLICT(name) "
                         "DO UPDATE SET value = max(value, excluded.value)",
                         (f"domain:wp_documents/{journal}/{demo.YEAR}", last))
        if requests_numbered:
            conn.execute("INSERT INTO sequences(name, value) VALUES (?, ?) ON CONFLICT(name) "
                         "DO UPDATE SET value = max(value, excluded.value)",
                         (f"domain:wp_egov.requests-{demo.YEAR}", requests_numbered))
        store.set_meta(conn, "demo_seeded", str(count))
    _log.info(kv("demo_seeded", records=count))
    return password


def demo_desk_username(seed: int = 2026) -> str:
    """The demo user an embedded demo gateway signs its app in as: the head of the
    citizens' appeals department, who sees its documents and requests."""
    from workplace.server import demo

    heads = [u for u in demo.users(seed) if u.department == "appeals" and "head" in u.roles]
    return heads[0].username


def ensure_local_owner(store: GatewayStore, username: str) -> UserRow:
    """The user an embedded gateway signs its app in as (created on first start)."""
    user = store.user_by_name(username)
    if user is not None:
        return user
    dep_id, name_kk, name_ru = LOCAL_DEPARTMENT
    user = UserRow(id=str(uuid.uuid4()), username=username,
                   display_name=getpass.getuser() or username,
                   department=dep_id, roles=("clerk", "executor", "head"),
                   password_hash=None, active=True)
    with store.write() as conn:
        if not store.department_exists(dep_id):
            store.upsert_department(conn, dep_id, name_kk, name_ru)
        store.insert_user(conn, user)
    return user
