"""Small helpers for the gateway tests: building mutations, pushing, pulling, uploading.

Everything here talks to a real gateway over loopback through an ``httpx.Client`` whose
``base_url`` ends in ``/api/v1`` (as ``RunningGateway.client`` makes them).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
import uuid
from collections.abc import Iterator
from typing import Any

import httpx

from tests.helpers.gateway import PASSWORD, RunningGateway

NOTES = "notes_plugin.notes"
#: ``max_upload_bytes`` of the ``gateway`` fixture.
UPLOAD_LIMIT = 5 * 1024 * 1024
#: ``max_json_bytes`` of the gateway (its default).
JSON_LIMIT = 4 * 1024 * 1024
MiB = 1024 * 1024


def new_id() -> str:
    return str(uuid.uuid4())


def key(record_id: str, collection: str = NOTES) -> str:
    """The ``base_versions`` key of a record."""
    return f"{collection}/{record_id}"


def mutation(name: str, *, mutation_id: str | None = None,
             base: dict[str, int] | None = None, **args: Any) -> dict[str, Any]:
    """One mutation of the wire format; a short ``name`` means a notes_plugin mutator."""
    return {"mutation_id": mutation_id or new_id(),
            "name": name if "." in name else f"notes_plugin.{name}",
            "args": args, "base_versions": base or {}}


def push_response(client: httpx.Client, *mutations: dict[str, Any]) -> httpx.Response:
    return client.post("/sync/mutations", json={"mutations": list(mutations)})


def push(client: httpx.Client, *mutations: dict[str, Any]) -> list[dict[str, Any]]:
    """Push a batch; the results, one per mutation, in order."""
    r = push_response(client, *mutations)
    assert r.status_code == 200, r.text
    results: list[dict[str, Any]] = r.json()["results"]
    assert [x["mutation_id"] for x in results] == [m["mutation_id"] for m in mutations]
    return results


def push_one(client: httpx.Client, m: dict[str, Any]) -> dict[str, Any]:
    return push(client, m)[0]


def applied_record(result: dict[str, Any]) -> dict[str, Any]:
    """The single record an applied mutation wrote."""
    assert result["status"] == "applied", result
    assert len(result["records"]) == 1, result
    record: dict[str, Any] = result["records"][0]
    return record


def create_note(client: httpx.Client, title: str = "A note", body: str = "",
                note_id: str | None = None) -> dict[str, Any]:
    """Create a note; the record as the gateway stored it."""
    return applied_record(push_one(client, mutation(
        "create", id=note_id or new_id(), title=title, body=body)))


def pull_page(client: httpx.Client, after: int = 0, limit: int = 500,
              collection: str = NOTES) -> dict[str, Any]:
    r = client.get("/sync/changes", params={"collection": collection, "after": after,
                                            "limit": limit})
    assert r.status_code == 200, r.text
    page: dict[str, Any] = r.json()
    return page


def pull_all(client: httpx.Client, collection: str = NOTES, after: int = 0,
             limit: int = 500) -> tuple[dict[str, dict[str, Any]], int]:
    """Pull to the end of the feed: the latest state of each record by id, and the cursor."""
    records: dict[str, dict[str, Any]] = {}
    while True:
        page = pull_page(client, after, limit, collection)
        assert page["cursor"] >= after
        for record in page["records"]:
            records[record["id"]] = record
        after = page["cursor"]
        if not page["has_more"]:
            return records, after


def feed_snapshot(*clients: httpx.Client) -> list[dict[str, dict[str, Any]]]:
    """Everything each client can pull (pass one client per department to see it all)."""
    return [pull_all(c)[0] for c in clients]


def db_records(gw: RunningGateway, collection: str = NOTES) -> dict[str, dict[str, Any]]:
    """The gateway's records read straight from its database file (not through the API)."""
    path = gw.gateway.config.db_path
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        rows = conn.execute("SELECT id, version, deleted, department, data FROM records "
                            "WHERE collection = ?", (collection,)).fetchall()
    return {r[0]: {"id": r[0], "version": r[1], "deleted": bool(r[2]), "department": r[3],
                   "data": json.loads(r[4])} for r in rows}


def assert_error(response: httpx.Response, status: int | None = None,
                 code: str | None = None) -> dict[str, Any]:
    """A 4xx answer with the gateway's JSON error body; returns ``error``."""
    if status is not None:
        assert response.status_code == status, (response.status_code, response.text)
    assert 400 <= response.status_code < 500, (response.status_code, response.text)
    assert response.headers["content-type"].startswith("application/json"), response.headers
    body = response.json()
    assert set(body) == {"error"}, body
    error: dict[str, Any] = body["error"]
    assert isinstance(error.get("code"), str) and error["code"], body
    assert isinstance(error.get("message"), str) and error["message"], body
    if code is not None:
        assert error["code"] == code, body
    return error


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def login(client: httpx.Client, username: str, password: str = PASSWORD) -> httpx.Response:
    return client.post("/auth/login", json={"username": username, "password": password})


def tokens(client: httpx.Client, username: str, password: str = PASSWORD) -> dict[str, Any]:
    r = login(client, username, password)
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


@contextlib.contextmanager
def signed_in(gw: RunningGateway, username: str, *,
              token: str | None = None) -> Iterator[httpx.Client]:
    """A client of its own (closed on exit), signed in with a new session or ``token``."""
    with httpx.Client(base_url=gw.url + "/api/v1", timeout=60) as client:
        if token is None:
            token = tokens(client, username)["access_token"]
        client.headers.update(bearer(token))
        yield client


# -- attachments ------------------------------------------------------------------------

def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def begin_upload(client: httpx.Client, digest: str, size: int) -> httpx.Response:
    return client.post("/attachments/uploads", json={"sha256": digest, "size": size})


def put_chunk(client: httpx.Client, upload_id: str, offset: int,
              chunk: bytes) -> httpx.Response:
    return client.put(f"/attachments/uploads/{upload_id}", params={"offset": offset},
                      content=chunk, headers={"Content-Type": "application/octet-stream"})


def upload(client: httpx.Client, data: bytes, chunk_size: int = MiB) -> dict[str, Any]:
    """Upload ``data`` in chunks; the final state (complete)."""
    r = begin_upload(client, sha256(data), len(data))
    assert r.status_code == 200, r.text
    state: dict[str, Any] = r.json()
    offset = state["received"]
    while not state["complete"]:
        r = put_chunk(client, state["upload_id"], offset, data[offset:offset + chunk_size])
        assert r.status_code == 200, r.text
        state = r.json()
        offset = state["received"]
    return state


def db_count(gw: RunningGateway, table: str) -> int:
    """Rows of a gateway table, read straight from its database file."""
    path = gw.gateway.config.db_path
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
