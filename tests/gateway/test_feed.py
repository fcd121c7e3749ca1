"""The changes feed: pages, cursors, resuming, tombstones, and refused queries."""

from __future__ import annotations

from collections.abc import Callable
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
    pull_page,
    push,
    push_one,
)
from tests.helpers.gateway import RunningGateway


def test_pages_cursors_and_remaining(gateway: RunningGateway) -> None:
    alice, bob = gateway.client("alice"), gateway.client("bob")
    created = push(alice, *(mutation("create", id=new_id(), title=f"note {i}") for i in range(25)))
    assert all(r["status"] == "applied" for r in created)
    ids = [r["records"][0]["id"] for r in created]

    pages: list[dict[str, Any]] = []
    cursor = 0
    while True:
        page = pull_page(bob, after=cursor, limit=10)
        pages.append(page)
        assert page["collection"] == NOTES
        assert page["cursor"] > cursor
        cursor = page["cursor"]
        if not page["has_more"]:
            break

    assert [len(p["records"]) for p in pages] == [10, 10, 5]
    assert [p["has_more"] for p in pages] == [True, True, False]
    assert [p["remaining"] for p in pages] == [15, 5, 0]
    # In feed order: the order they were created in, each page ending at its cursor.
    assert [r["id"] for p in pages for r in p["records"]] == ids
    for page in pages:
        versions = [r["version"] for r in page["records"]]
        assert versions == sorted(versions)
        assert page["cursor"] == versions[-1]

    # At the end: nothing more, the cursor stays.
    end = pull_page(bob, after=cursor, limit=10)
    assert (end["records"], end["cursor"], end["has_more"], end["remaining"]) == \
        ([], cursor, False, 0)


def test_resuming_from_a_saved_cursor_gives_only_newer_changes(
        gateway: RunningGateway) -> None:
    alice, bob = gateway.client("alice"), gateway.client("bob")
    notes = [create_note(alice, f"note {i}") for i in range(5)]
    seen, saved_cursor = pull_all(bob)
    assert set(seen) == {n["id"] for n in notes}

    edited = applied_record(push_one(alice, mutation(
        "edit", id=notes[1]["id"], title="changed", base={key(notes[1]["id"]): 2})))
    marked = applied_record(push_one(alice, mutation(
        "append_mark", id=notes[3]["id"], mark="m")))
    added = create_note(alice, "new")

    page = pull_page(bob, after=saved_cursor)
    assert [r["id"] for r in page["records"]] == [edited["id"], marked["id"], added["id"]]
    assert page["records"] == [edited, marked, added]
    assert page["has_more"] is False
    assert page["cursor"] == added["version"]

    # A record changed twice after the cursor comes once, in its latest state.
    again = applied_record(push_one(alice, mutation("edit", id=added["id"], body="b1")))
    latest = applied_record(push_one(alice, mutation("edit", id=added["id"], body="b2")))
    page = pull_page(bob, after=page["cursor"])
    assert page["records"] == [latest]
    assert latest["version"] > again["version"]


def test_a_delete_reaches_clients_as_a_tombstone(gateway: RunningGateway) -> None:
    alice, bob = gateway.client("alice"), gateway.client("bob")
    note = create_note(alice, "short-lived", body="secret text")
    kept = create_note(alice, "kept")
    _seen, cursor = pull_all(bob)

    tombstone = applied_record(push_one(alice, mutation("delete", id=note["id"])))
    page = pull_page(bob, after=cursor)
    assert page["records"] == [tombstone]
    assert tombstone["deleted"] is True
    assert tombstone["id"] == note["id"]
    assert tombstone["version"] > note["version"]
    assert tombstone["data"] == {}  # the content does not linger in the feed

    # A client syncing from scratch gets the tombstone too (and the kept note).
    everything = pull_all(bob)[0]
    assert everything[note["id"]]["deleted"] is True
    assert everything[kept["id"]]["deleted"] is False
    # Deleting again changes nothing.
    assert push_one(alice, mutation("delete", id=note["id"]))["records"] == []
    assert pull_page(bob, after=page["cursor"])["records"] == []


@pytest.mark.parametrize("params", [
    {},
    {"collection": ""},
    {"collection": "notes"},
    {"collection": "Notes_plugin.notes"},
    {"collection": "notes_plugin."},
    {"collection": ".notes"},
    {"collection": "notes_plugin.notes/x"},
    {"collection": "notes_plugin.notes;drop table records"},
    {"collection": "notes_plugin.notes' OR '1'='1"},
    {"collection": "n." + "x" * 300},
    {"collection": NOTES, "after": -1},
    {"collection": NOTES, "after": "abc"},
    {"collection": NOTES, "after": "1.5"},
    {"collection": NOTES, "limit": 0},
    {"collection": NOTES, "limit": 5001},
    {"collection": NOTES, "limit": -10},
], ids=lambda p: "&".join(f"{k}={str(v)[:20]}" for k, v in p.items()) or "no-params")
def test_invalid_queries_are_refused(shared_client: Callable[[str], httpx.Client],
                                     params: dict[str, Any]) -> None:
    client = shared_client("alice")
    error = assert_error(client.get("/sync/changes", params=params), 422, "invalid_request")
    assert error["message"]


def test_an_unknown_but_well_formed_collection_is_empty(
        shared_client: Callable[[str], httpx.Client]) -> None:
    client = shared_client("alice")
    page = pull_page(client, collection="nobody.nothing")
    assert (page["records"], page["cursor"], page["has_more"]) == ([], 0, False)


def test_a_cursor_beyond_64_bits_is_refused(
        shared_client: Callable[[str], httpx.Client]) -> None:
    client = shared_client("alice")
    r = client.get("/sync/changes", params={"collection": NOTES, "after": str(2 ** 63)})
    assert_error(r, 422, "invalid_request")
