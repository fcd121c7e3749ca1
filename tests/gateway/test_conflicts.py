"""Two clients change the same note from the same base version: never a silent overwrite."""

from __future__ import annotations

from tests.gateway.support import (
    applied_record,
    create_note,
    key,
    mutation,
    new_id,
    pull_all,
    push_one,
    push_response,
)
from tests.helpers.gateway import RunningGateway


def test_the_second_edit_from_the_same_base_is_a_conflict(gateway: RunningGateway) -> None:
    alice, bob = gateway.client("alice"), gateway.client("bob")
    note = create_note(alice, "Original", body="text")
    base = {key(note["id"]): note["version"]}

    first = push_one(alice, mutation("edit", id=note["id"], title="Alice's", base=base))
    second = push_one(bob, mutation("edit", id=note["id"], title="Bob's", base=base))

    current = applied_record(first)
    assert current["version"] > note["version"]
    assert second["status"] == "conflict"
    assert second["records"] == [current]  # the gateway's record, to resolve against
    assert second.get("code") is None
    stored = pull_all(bob)[0][note["id"]]
    assert stored == current
    assert stored["data"]["title"] == "Alice's"


def test_an_edit_after_a_delete_is_a_conflict_with_the_tombstone(
        gateway: RunningGateway) -> None:
    alice, bob = gateway.client("alice"), gateway.client("bob")
    note = create_note(alice, "Doomed")
    base = {key(note["id"]): note["version"]}

    deleted = push_one(alice, mutation("delete", id=note["id"], base=base))
    tombstone = applied_record(deleted)
    assert tombstone["deleted"] is True
    assert tombstone["data"] == {}

    edit = push_one(bob, mutation("edit", id=note["id"], title="Too late", base=base))
    assert edit["status"] == "conflict"
    assert edit["records"] == [tombstone]

    # Rebased on the tombstone, the edit finds no note to change.
    rebased = push_one(bob, mutation("edit", id=note["id"], title="Too late",
                                     base={key(note["id"]): tombstone["version"]}))
    assert rebased["status"] == "rejected"
    assert rebased["code"] == "not_found"
    assert pull_all(alice)[0][note["id"]] == tombstone


def test_a_delete_after_an_edit_is_a_conflict(gateway: RunningGateway) -> None:
    alice, bob = gateway.client("alice"), gateway.client("bob")
    note = create_note(alice, "Kept")
    base = {key(note["id"]): note["version"]}

    edited = applied_record(push_one(bob, mutation("edit", id=note["id"], body="important",
                                                   base=base)))
    delete = push_one(alice, mutation("delete", id=note["id"], base=base))
    assert delete["status"] == "conflict"
    assert delete["records"] == [edited]
    assert pull_all(alice)[0][note["id"]]["deleted"] is False


def test_a_conflict_in_a_batch_does_not_stop_the_others(gateway: RunningGateway) -> None:
    alice = gateway.client("alice")
    note = create_note(alice)
    stale = {key(note["id"]): note["version"] + 1000}
    r = push_response(alice, mutation("append_mark", id=note["id"], mark="before"),
                      mutation("append_mark", id=note["id"], mark="stale", base=stale),
                      mutation("append_mark", id=note["id"], mark="after"))
    assert r.status_code == 200, r.text
    assert [x["status"] for x in r.json()["results"]] == ["applied", "conflict", "applied"]
    assert pull_all(alice)[0][note["id"]]["data"]["marks"] == ["before", "after"]


def test_a_base_version_for_a_record_the_gateway_lacks_is_a_conflict(
        gateway: RunningGateway) -> None:
    alice = gateway.client("alice")
    missing = new_id()
    r = push_response(alice, mutation("edit", id=missing, title="x",
                                      base={key(missing): 3}))
    assert r.status_code == 200, r.text
    result = r.json()["results"][0]
    assert result["status"] == "conflict"
    assert result["records"][0]["id"] == missing
    assert result["records"][0]["version"] == 0
    assert result["records"][0]["deleted"] is True
