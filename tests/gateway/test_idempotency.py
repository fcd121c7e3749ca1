"""Every mutation applies exactly once, however often (and however concurrently) it is sent."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from tests.gateway.support import (
    applied_record,
    create_note,
    key,
    mutation,
    new_id,
    pull_all,
    pull_page,
    push,
    push_one,
    signed_in,
)
from tests.helpers.gateway import RunningGateway


def test_a_batch_sent_five_times_applies_once(gateway: RunningGateway) -> None:
    alice = gateway.client("alice")
    note = create_note(alice)
    batch = [mutation("append_mark", id=note["id"], mark="first"),
             mutation("append_mark", id=note["id"], mark="second"),
             mutation("edit", id=note["id"], title="Renamed")]

    first = push(alice, *batch)
    assert [r["status"] for r in first] == ["applied"] * 3
    for _ in range(4):
        again = push(alice, *batch)
        for original, repeat in zip(first, again, strict=True):
            assert repeat["status"] == "duplicate"
            assert repeat["first_status"] == "applied"
            assert repeat["records"] == original["records"]

    current = pull_all(alice)[0][note["id"]]
    assert current["data"]["marks"] == ["first", "second"]
    assert current["data"]["title"] == "Renamed"
    assert current["version"] == first[-1]["records"][0]["version"]


def test_concurrent_copies_of_a_batch_apply_once(gateway: RunningGateway) -> None:
    alice = gateway.client("alice")
    note = create_note(alice)
    m = mutation("append_mark", id=note["id"], mark="exactly once")
    copies = 5
    start = threading.Barrier(copies)

    def send(_: int) -> dict[str, Any]:
        with signed_in(gateway, "alice") as client:
            start.wait(timeout=30)
            return push_one(client, m)

    with ThreadPoolExecutor(copies) as pool:
        results = list(pool.map(send, range(copies)))

    statuses = sorted(r["status"] for r in results)
    assert statuses == ["applied"] + ["duplicate"] * (copies - 1), results
    applied = next(r for r in results if r["status"] == "applied")
    for r in results:
        if r["status"] == "duplicate":
            assert r["first_status"] == "applied"
            assert r["records"] == applied["records"]
    assert pull_all(alice)[0][note["id"]]["data"]["marks"] == ["exactly once"]


def test_a_retried_rejection_gets_the_same_rejection(gateway: RunningGateway) -> None:
    alice = gateway.client("alice")
    m = mutation("edit", id=new_id(), title="No such note")
    first = push_one(alice, m)
    assert first["status"] == "rejected"
    assert first["code"] == "not_found"
    for _ in range(2):
        again = push_one(alice, m)
        assert again["status"] == "duplicate"
        assert again["first_status"] == "rejected"
        assert (again["code"], again["reason"]) == (first["code"], first["reason"])


def test_a_key_reused_for_another_change_is_refused(gateway: RunningGateway) -> None:
    alice, bob = gateway.client("alice"), gateway.client("bob")
    note = create_note(alice)
    m = mutation("append_mark", id=note["id"], mark="original")
    assert push_one(alice, m)["status"] == "applied"

    different = {**m, "args": {**m["args"], "mark": "something else"}}
    result = push_one(alice, different)
    assert result["status"] == "rejected"
    assert result["code"] == "idempotency_key_reused"
    assert result["records"] == []
    # Another user's key is not theirs to replay, even with the very same payload; the
    # first answer (with its records) is not revealed.
    result = push_one(bob, m)
    assert result["status"] == "rejected"
    assert result["code"] == "idempotency_key_reused"
    assert result["records"] == []
    assert pull_all(alice)[0][note["id"]]["data"]["marks"] == ["original"]


def test_a_conflict_is_not_remembered(gateway: RunningGateway) -> None:
    alice = gateway.client("alice")
    note = create_note(alice, "v1")
    newer = applied_record(push_one(alice, mutation(
        "edit", id=note["id"], title="v2", base={key(note["id"]): note["version"]})))
    mutation_id = new_id()

    stale = push_one(alice, mutation("edit", mutation_id=mutation_id, id=note["id"],
                                     title="v3", base={key(note["id"]): note["version"]}))
    assert stale["status"] == "conflict"
    assert stale["records"][0]["version"] == newer["version"]

    # The client rebases and retries under the same key: it applies.
    retried = push_one(alice, mutation("edit", mutation_id=mutation_id, id=note["id"],
                                       title="v3", base={key(note["id"]): newer["version"]}))
    assert retried["status"] == "applied"
    assert applied_record(retried)["data"]["title"] == "v3"


def test_a_failing_mutator_writes_nothing_and_the_gateway_carries_on(
        gateway: RunningGateway) -> None:
    alice = gateway.client("alice")
    note = create_note(alice)
    before = pull_page(alice)

    m = mutation("buggy", id=note["id"])
    result = push_one(alice, m)
    assert result["status"] == "rejected"
    assert result["code"] == "mutator_failed"
    assert result["records"] == []
    assert "a bug in the module" not in result["reason"]  # no internals to the user
    assert pull_page(alice) == before
    assert push_one(alice, m)["first_status"] == "rejected"

    assert alice.get("/health").json()["status"] == "ok"
    assert push_one(alice, mutation("append_mark", id=note["id"], mark="still here"))[
        "status"] == "applied"
    assert pull_all(alice)[0][note["id"]]["data"]["marks"] == ["still here"]


def test_gateway_numbers_count_up_without_gaps(gateway: RunningGateway) -> None:
    alice, bob = gateway.client("alice"), gateway.client("bob")
    notes = [create_note(alice, f"note {i}") for i in range(3)]
    numbers = []
    for i, note in enumerate(notes):
        client = alice if i % 2 == 0 else bob
        m = mutation("number", id=note["id"])
        numbers.append(applied_record(push_one(client, m))["data"]["number"])
        # A retry answers the number given the first time and does not use up another.
        assert push_one(client, m)["records"][0]["data"]["number"] == numbers[-1]
    assert numbers == [1, 2, 3]


def test_an_unknown_mutator_is_rejected(gateway: RunningGateway) -> None:
    alice = gateway.client("alice")
    result = push_one(alice, mutation("notes_plugin.does_not_exist", id=new_id()))
    assert result["status"] == "rejected"
    assert result["code"] == "unknown_mutator"
    assert "notes_plugin.does_not_exist" in result["reason"]
    assert pull_all(alice)[0] == {}
