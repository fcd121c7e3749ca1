"""Who sees and changes what: two departments (north: alice, bob; south: carol, dave)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.gateway.support import (
    NOTES,
    applied_record,
    assert_error,
    create_note,
    key,
    mutation,
    new_id,
    pull_all,
    push_one,
    sha256,
)
from tests.helpers.gateway import RunningGateway


def test_department_records_reach_the_department_only(gateway: RunningGateway) -> None:
    alice, bob, carol, dave = (gateway.client(n) for n in ("alice", "bob", "carol", "dave"))
    north_note = create_note(alice, "North's")
    south_note = create_note(carol, "South's")
    assert north_note["department"] == "north"
    assert south_note["department"] == "south"

    for client in (alice, bob):
        assert set(pull_all(client)[0]) == {north_note["id"]}
    for client in (carol, dave):
        assert set(pull_all(client)[0]) == {south_note["id"]}


def test_an_addressed_note_reaches_the_addressee_only(gateway: RunningGateway) -> None:
    alice, carol, dave = (gateway.client(n) for n in ("alice", "carol", "dave"))
    note = create_note(alice, "For carol")
    carol_id = gateway.user_ids["carol"]  # type: ignore[attr-defined]
    addressed = applied_record(push_one(alice, mutation(
        "address", id=note["id"], users=[carol_id], base={key(note["id"]): note["version"]})))
    assert addressed["audience"] == [carol_id]
    assert addressed["department"] == "north"

    seen_by_carol = pull_all(carol)[0]
    assert set(seen_by_carol) == {note["id"]}
    assert seen_by_carol[note["id"]]["data"]["title"] == "For carol"
    assert pull_all(dave)[0] == {}
    # The addressee may work on it; it stays north's.
    edited = applied_record(push_one(carol, mutation(
        "edit", id=note["id"], body="seen", base={key(note["id"]): addressed["version"]})))
    assert edited["department"] == "north"
    assert edited["data"]["body"] == "seen"


def unchanged(client: httpx.Client, before: dict[str, Any]) -> None:
    after = pull_all(client)[0][before["id"]]
    assert after["version"] == before["version"]
    assert after["data"] == before["data"]
    assert after["deleted"] is False


def test_editing_a_foreign_note_is_forbidden(gateway: RunningGateway) -> None:
    alice, carol = gateway.client("alice"), gateway.client("carol")
    note = create_note(alice, "North only", body="original")

    result = push_one(carol, mutation("edit", id=note["id"], title="Taken over",
                                      base={key(note["id"]): note["version"]}))
    assert result["status"] == "rejected", result
    assert result["code"] == "forbidden"
    assert result["records"] == []
    unchanged(alice, note)


# Other ways carol might try to reach a north note she is not addressed to. Without base
# versions the mutator's own ``tx.get`` does not see the note, so edits answer
# ``not_found`` (its existence is not revealed); a write into it answers ``forbidden``.
@pytest.mark.parametrize(("name", "args", "code"), [
    ("edit", {"title": "Taken over"}, "not_found"),
    ("append_mark", {"mark": "carol was here"}, "not_found"),
    ("address", {"users": []}, "not_found"),
    ("delete", {}, "forbidden"),
    ("create", {"title": "Same id, other department"}, "forbidden"),
])
def test_foreign_notes_cannot_be_written_in_any_way(
        gateway: RunningGateway, name: str, args: dict[str, Any], code: str) -> None:
    alice, carol = gateway.client("alice"), gateway.client("carol")
    note = create_note(alice, "North only", body="original")
    result = push_one(carol, mutation(name, id=note["id"], **args))
    assert result["status"] == "rejected", result
    assert result["code"] == code
    unchanged(alice, note)


def test_base_versions_naming_a_foreign_record_are_forbidden(gateway: RunningGateway) -> None:
    alice, carol = gateway.client("alice"), gateway.client("carol")
    foreign = create_note(alice, "North only")
    own_id = new_id()
    result = push_one(carol, mutation("create", id=own_id, title="Mine",
                                      base={key(own_id): 0,
                                            key(foreign["id"]): foreign["version"]}))
    assert result["status"] == "rejected", result
    assert result["code"] == "forbidden"
    assert pull_all(carol)[0] == {}  # the create did not happen either
    unchanged(alice, foreign)


# -- requests without a valid sign-in ----------------------------------------------------

UPLOAD_ID = "00000000-0000-4000-8000-000000000000"
SHA = sha256(b"anything")
ENDPOINTS: list[tuple[str, str, dict[str, Any]]] = [
    ("GET", "/sync/changes", {"params": {"collection": NOTES}}),
    ("POST", "/sync/mutations", {"json": {"mutations": [mutation("create", id=new_id(),
                                                                 title="x")]}}),
    ("GET", "/sync/events", {}),
    ("POST", "/attachments/uploads", {"json": {"sha256": SHA, "size": 8}}),
    ("GET", f"/attachments/uploads/{UPLOAD_ID}", {}),
    ("PUT", f"/attachments/uploads/{UPLOAD_ID}",
     {"params": {"offset": 0}, "content": b"anything"}),
    ("GET", f"/attachments/{SHA}", {}),
    ("GET", f"/attachments/{SHA}", {"headers": {"Range": "bytes=0-1"}}),
    ("GET", "/me", {}),
    ("GET", "/departments", {}),
    ("POST", "/auth/logout", {}),
]
CREDENTIALS = {
    "none": ({}, "not_signed_in"),
    "garbage-token": ({"Authorization": "Bearer not-a-token"}, "invalid_token"),
    "empty-token": ({"Authorization": "Bearer"}, "not_signed_in"),
    "basic-auth": ({"Authorization": "Basic YWxpY2U6cGFzc3dvcmQ="}, "not_signed_in"),
}


@pytest.mark.parametrize("credentials", list(CREDENTIALS))
@pytest.mark.parametrize(("method", "path", "kwargs"), ENDPOINTS,
                         ids=[f"{m} {p}{' range' if k.get('headers') else ''}"
                              for m, p, k in ENDPOINTS])
def test_every_endpoint_needs_a_valid_sign_in(
        shared_gateway: RunningGateway, method: str, path: str, kwargs: dict[str, Any],
        credentials: str) -> None:
    headers, code = CREDENTIALS[credentials]
    client = shared_gateway.client()
    kwargs = {**kwargs, "headers": {**kwargs.get("headers", {}), **headers}}
    r = client.request(method, path, **kwargs)
    assert_error(r, 401, code)
    assert r.headers.get("WWW-Authenticate") == "Bearer"
