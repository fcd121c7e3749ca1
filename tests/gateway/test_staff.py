"""GET /staff: the organisation's active users, for the clients' staff directory."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import httpx

from tests.helpers.gateway import USERS, RunningGateway
from workplace.server.store import UserRow


def test_signed_in_users_get_every_active_colleague_without_secrets(
        shared_gateway: RunningGateway, shared_client: Callable[[str], httpx.Client]) -> None:
    assert shared_gateway.client().get("/staff").status_code == 401

    body = shared_client("bob").get("/staff").json()
    people = body["people"]
    ids: dict[str, str] = shared_gateway.user_ids  # type: ignore[attr-defined]
    by_id = {p["id"]: p for p in people}
    # Everyone of the organisation, across departments: bob (north) sees carol (south).
    assert set(by_id) >= set(ids.values())
    carol = by_id[ids["carol"]]
    assert carol == {"id": ids["carol"], "display_name": "Carol", "department": "south",
                     "roles": ["head"]}
    # Only what a directory needs: no user names (sign-in names), no password hashes.
    assert all(set(p) == {"id", "display_name", "department", "roles"} for p in people)
    text = shared_client("bob").get("/staff").text
    assert not any(f'"{username}"' in text for username in USERS)  # display names: "Bob"
    assert "argon2" not in text
    names = [p["display_name"] for p in people]
    assert names == sorted(names)


def test_users_who_left_are_not_listed(shared_gateway: RunningGateway,
                                       shared_client: Callable[[str], httpx.Client]) -> None:
    store = shared_gateway.gateway.store
    gone = UserRow(id=str(uuid.uuid4()), username="erlan.left", display_name="Ушедший Ерлан",
                   department="north", roles=("executor",), password_hash=None, active=False)
    with store.write() as conn:
        store.insert_user(conn, gone)
    ids = {p["id"] for p in shared_client("alice").get("/staff").json()["people"]}
    assert gone.id not in ids
    assert "erlan.left" not in shared_client("alice").get("/staff").text
