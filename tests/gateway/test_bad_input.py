"""Bad input gets a 4xx with a JSON error body — never a 5xx, never a changed record."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from tests.gateway.support import (
    JSON_LIMIT,
    MiB,
    assert_error,
    begin_upload,
    create_note,
    db_count,
    feed_snapshot,
    mutation,
    new_id,
    push,
    sha256,
    tokens,
)
from tests.helpers.gateway import RunningGateway

Client = Callable[[str], httpx.Client]


@pytest.fixture(scope="module")
def seeded(shared_client: Client) -> None:
    """A few notes in both departments, so that a wrongly applied change would show."""
    for name in ("alice", "carol"):
        for i in range(3):
            create_note(shared_client(name), f"{name}'s note {i}", body="unchanged")


@pytest.fixture
def nothing_changes(seeded: None, shared_gateway: RunningGateway,
                    shared_client: Client) -> Iterator[None]:
    """Fail the test if the records (seen through the changes feed by both departments)
    or the remembered mutations changed."""
    clients = (shared_client("alice"), shared_client("carol"))
    before = feed_snapshot(*clients), db_count(shared_gateway, "mutations")
    assert all(before[0])
    yield
    after = feed_snapshot(*clients), db_count(shared_gateway, "mutations")
    assert after == before


def valid(**overrides: Any) -> dict[str, Any]:
    return {**mutation("create", id=new_id(), title="should not exist"), **overrides}


def without(field: str) -> dict[str, Any]:
    m = valid()
    del m[field]
    return m


def raw(text: str | bytes) -> dict[str, Any]:
    body = text.encode() if isinstance(text, str) else text
    return {"content": body, "headers": {"Content-Type": "application/json"}}


def body(obj: Any) -> dict[str, Any]:
    return {"json": obj}


# (id, request keyword arguments, expected status)
MUTATION_BATCHES: list[tuple[str, dict[str, Any], int]] = [
    ("malformed-json", raw('{"mutations": ['), 422),
    ("not-json", raw("hello"), 422),
    ("empty-body", raw(""), 422),
    ("json-null", raw("null"), 422),
    ("trailing-garbage", raw(json.dumps({"mutations": [valid()]}) + "}"), 422),
    ("invalid-utf8", raw(b'{"mutations": ["\xff\xfe"]}'), 400),
    ("text-plain", {"content": json.dumps({"mutations": [valid()]}).encode(),
                    "headers": {"Content-Type": "text/plain"}}, 422),
    ("deeply-nested", raw('{"mutations":' + "[" * 100_000 + "]" * 100_000 + "}"), 400),
    ("top-level-list", body([valid()]), 422),
    ("mutations-a-string", body({"mutations": "all of them"}), 422),
    ("mutations-an-object", body({"mutations": {"0": valid()}}), 422),
    ("mutation-a-number", body({"mutations": [1]}), 422),
    ("missing-mutations", body({}), 422),
    ("missing-mutation-id", body({"mutations": [without("mutation_id")]}), 422),
    ("missing-name", body({"mutations": [without("name")]}), 422),
    ("unknown-top-field", body({"mutations": [valid()], "force": True}), 422),
    ("unknown-mutation-field", body({"mutations": [valid(priority=1)]}), 422),
    ("mutation-id-a-number", body({"mutations": [valid(mutation_id=12345)]}), 422),
    ("mutation-id-not-uuid", body({"mutations": [valid(mutation_id="not-a-uuid")]}), 422),
    ("mutation-id-uppercase", body({"mutations": [valid(mutation_id=new_id().upper())]}), 422),
    ("mutation-id-braces", body({"mutations": [valid(mutation_id="{" + new_id() + "}")]}), 422),
    ("mutation-id-empty", body({"mutations": [valid(mutation_id="")]}), 422),
    ("mutation-id-huge", body({"mutations": [valid(mutation_id="a" * MiB)]}), 422),
    ("name-a-number", body({"mutations": [valid(name=7)]}), 422),
    ("name-bad-pattern", body({"mutations": [valid(name="Notes Plugin/Create")]}), 422),
    ("name-huge", body({"mutations": [valid(name="notes_plugin." + "a" * MiB)]}), 422),
    ("args-a-list", body({"mutations": [valid(args=["id", "title"])]}), 422),
    ("args-a-string", body({"mutations": [valid(args="title=x")]}), 422),
    ("base-a-list", body({"mutations": [valid(base_versions=[1])]}), 422),
    ("base-negative", body({"mutations": [valid(base_versions={"n.n/x": -1})]}), 422),
    ("base-fraction", body({"mutations": [valid(base_versions={"n.n/x": 1.5})]}), 422),
    ("base-text", body({"mutations": [valid(base_versions={"n.n/x": "one"})]}), 422),
    ("base-key-huge", body({"mutations": [valid(base_versions={"k" * 301: 0})]}), 422),
    ("empty-list", body({"mutations": []}), 422),
    ("501-mutations", body({"mutations": [valid() for _ in range(501)]}), 422),
    ("one-bad-among-many", body({"mutations": [*(valid() for _ in range(5)),
                                               valid(mutation_id="bad")]}), 422),
    ("oversized", raw(b'{"mutations": [], "pad": "' + b"x" * JSON_LIMIT + b'"}'), 413),
]


@pytest.mark.usefixtures("nothing_changes")
@pytest.mark.parametrize(("kwargs", "status"), [c[1:] for c in MUTATION_BATCHES],
                         ids=[c[0] for c in MUTATION_BATCHES])
def test_bad_mutation_batches(shared_client: Client, kwargs: dict[str, Any],
                              status: int) -> None:
    r = shared_client("alice").post("/sync/mutations", **kwargs)
    assert_error(r, status)


def chunked(data: bytes, size: int = 64 * 1024) -> Iterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start:start + size]


@pytest.mark.usefixtures("nothing_changes")
def test_an_oversized_body_without_content_length_is_413(shared_client: Client) -> None:
    data = b'{"mutations": [], "pad": "' + b"x" * JSON_LIMIT + b'"}'
    r = shared_client("alice").post("/sync/mutations", content=chunked(data),
                                    headers={"Content-Type": "application/json"})
    assert "content-length" not in r.request.headers
    assert_error(r, 413, "body_too_large")


@pytest.mark.usefixtures("nothing_changes")
def test_an_oversized_body_without_content_length_is_refused(shared_client: Client) -> None:
    data = b'{"mutations": [], "pad": "' + b"x" * JSON_LIMIT + b'"}'
    r = shared_client("alice").post("/sync/mutations", content=chunked(data),
                                    headers={"Content-Type": "application/json"})
    assert_error(r)


# Well-formed batches whose arguments the mutator refuses: 200, each mutation
# ``rejected`` with a reason, and no record changes (the refusals are remembered).
ARGUMENTS: list[tuple[str, dict[str, Any], str]] = [
    ("title-huge", {"id": "new", "title": "t" * MiB}, "invalid_argument"),
    ("title-a-number", {"id": "new", "title": 42}, "invalid_argument"),
    ("title-empty", {"id": "new", "title": "   "}, "invalid_argument"),
    ("title-missing", {"id": "new"}, "invalid_argument"),
    ("id-not-uuid", {"id": "note-1", "title": "x"}, "invalid_argument"),
    ("id-a-list", {"id": ["x"], "title": "x"}, "invalid_argument"),
    ("id-missing", {"title": "x"}, "invalid_argument"),
]


@pytest.mark.parametrize(("args", "code"), [c[1:] for c in ARGUMENTS],
                         ids=[c[0] for c in ARGUMENTS])
def test_bad_arguments_are_rejected_one_by_one(
        seeded: None, shared_client: Client, args: dict[str, Any], code: str) -> None:
    alice, carol = shared_client("alice"), shared_client("carol")
    before = feed_snapshot(alice, carol)
    args = {k: new_id() if v == "new" else v for k, v in args.items()}
    results = push(alice, mutation("create", **args), mutation("edit", **args))
    for result in results:
        assert result["status"] == "rejected", result
        assert result["code"] in {code, "not_found"}
        assert result["reason"]
    assert feed_snapshot(alice, carol) == before


def test_a_full_batch_of_500_is_accepted(seeded: None, shared_client: Client) -> None:
    alice, carol = shared_client("alice"), shared_client("carol")
    before = feed_snapshot(alice, carol)
    results = push(alice, *(mutation("edit", id=new_id(), title="x") for _ in range(500)))
    assert {r["status"] for r in results} == {"rejected"}
    assert feed_snapshot(alice, carol) == before


@pytest.mark.usefixtures("nothing_changes")
def test_a_lone_surrogate_in_args_is_refused(shared_client: Client) -> None:
    text = json.dumps({"mutations": [valid(args={"id": new_id(), "title": "\ud800"})]})
    assert "\\ud800" in text
    r = shared_client("alice").post("/sync/mutations", **raw(text))
    assert r.status_code < 500, r.text
    if r.status_code == 200:
        assert r.json()["results"][0]["status"] == "rejected"
    else:
        assert_error(r)


def test_nan_in_args_is_refused(seeded: None, shared_client: Client) -> None:
    alice, carol = shared_client("alice"), shared_client("carol")
    before = feed_snapshot(alice, carol)
    m = valid(args={"id": new_id(), "title": "x", "body": float("nan")})
    r = alice.post("/sync/mutations", **raw(json.dumps({"mutations": [m]})))
    assert r.status_code < 500, r.text
    if r.status_code == 200:
        assert r.json()["results"][0]["status"] == "rejected", r.text
    else:
        assert_error(r)
    assert feed_snapshot(alice, carol) == before


# -- the other endpoints -----------------------------------------------------------------

UPLOAD_ID = "00000000-0000-4000-8000-000000000000"
SHA = sha256(b"bad input")
OTHER_REQUESTS: list[tuple[str, str, str, dict[str, Any], int]] = [
    ("login-malformed", "POST", "/auth/login", raw('{"username": "alice", '), 422),
    ("login-missing-password", "POST", "/auth/login", body({"username": "alice"}), 422),
    ("login-username-a-number", "POST", "/auth/login",
     body({"username": 1, "password": "x"}), 422),
    ("login-username-huge", "POST", "/auth/login",
     body({"username": "a" * 151, "password": "x"}), 422),
    ("login-password-huge", "POST", "/auth/login",
     body({"username": "alice", "password": "p" * 1025}), 422),
    ("login-empty-username", "POST", "/auth/login",
     body({"username": "", "password": "x"}), 422),
    ("login-unknown-field", "POST", "/auth/login",
     body({"username": "alice", "password": "x", "remember": True}), 422),
    ("login-lone-surrogate", "POST", "/auth/login",
     raw('{"username": "\\ud800", "password": "x"}'), 422),
    ("refresh-short", "POST", "/auth/refresh", body({"refresh_token": "short"}), 422),
    ("refresh-missing", "POST", "/auth/refresh", body({}), 422),
    ("refresh-lone-surrogate", "POST", "/auth/refresh",
     raw('{"refresh_token": "\\ud800' + "a" * 20 + '"}'), 422),
    ("local-short", "POST", "/auth/local", body({"code": "x"}), 422),
    ("upload-sha-uppercase", "POST", "/attachments/uploads",
     body({"sha256": SHA.upper(), "size": 1}), 422),
    ("upload-sha-short", "POST", "/attachments/uploads",
     body({"sha256": SHA[:10], "size": 1}), 422),
    ("upload-size-negative", "POST", "/attachments/uploads",
     body({"sha256": SHA, "size": -1}), 422),
    ("upload-size-text", "POST", "/attachments/uploads",
     body({"sha256": SHA, "size": "big"}), 422),
    ("upload-unknown-field", "POST", "/attachments/uploads",
     body({"sha256": SHA, "size": 1, "name": "x.pdf"}), 422),
    ("upload-malformed", "POST", "/attachments/uploads", raw("{"), 422),
    ("chunk-negative-offset", "PUT", f"/attachments/uploads/{UPLOAD_ID}?offset=-1",
     {"content": b"x"}, 422),
    ("chunk-missing-offset", "PUT", f"/attachments/uploads/{UPLOAD_ID}", {"content": b"x"},
     422),
    ("chunk-bad-upload-id", "PUT", "/attachments/uploads/not-an-id?offset=0",
     {"content": b"x"}, 422),
    ("chunk-too-big", "PUT", f"/attachments/uploads/{UPLOAD_ID}?offset=0",
     {"content": b"x" * (8 * MiB + 2048)}, 413),
    ("chunk-unknown-upload", "PUT", f"/attachments/uploads/{UPLOAD_ID}?offset=0",
     {"content": b"x"}, 404),
    ("state-bad-upload-id", "GET", "/attachments/uploads/not-an-id", {}, 422),
    ("state-traversal", "GET", "/attachments/uploads/..%2f..%2fetc%2fpasswd", {}, 404),
    ("download-bad-sha", "GET", "/attachments/not-a-sha", {}, 422),
    ("download-traversal", "GET", "/attachments/..%2f..%2fgateway.db", {}, 404),
    ("no-such-route", "GET", "/sync/nothing", {}, 404),
    ("wrong-method", "DELETE", "/sync/mutations", {}, 405),
]


@pytest.mark.usefixtures("nothing_changes")
@pytest.mark.parametrize(("method", "path", "kwargs", "status"),
                         [c[1:] for c in OTHER_REQUESTS], ids=[c[0] for c in OTHER_REQUESTS])
def test_bad_requests_to_other_endpoints(shared_client: Client, method: str, path: str,
                                         kwargs: dict[str, Any], status: int) -> None:
    r = shared_client("alice").request(method, path, **kwargs)
    assert_error(r, status)


def test_bad_input_did_not_break_sign_in(shared_gateway: RunningGateway,
                                         shared_client: Client) -> None:
    # The malformed sign-ins above must not have locked anyone out.
    assert tokens(shared_gateway.client(), "alice")["user"]["username"] == "alice"
    assert shared_client("alice").get("/me").status_code == 200
    assert begin_upload(shared_client("bob"), SHA, 9).status_code == 200
