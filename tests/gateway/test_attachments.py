"""Content-addressed attachments: resumable chunked uploads, dedup, limits, ranged reads."""

from __future__ import annotations

import random
from collections.abc import Callable

import httpx
import pytest

from tests.gateway.support import (
    UPLOAD_LIMIT,
    MiB,
    assert_error,
    begin_upload,
    put_chunk,
    sha256,
    upload,
)
from tests.helpers.gateway import RunningGateway


def content(size: int, seed: int = 1) -> bytes:
    return random.Random(seed).randbytes(size)


def state_of(client: httpx.Client, upload_id: str) -> dict[str, object]:
    r = client.get(f"/attachments/uploads/{upload_id}")
    assert r.status_code == 200, r.text
    body: dict[str, object] = r.json()
    return body


def test_an_interrupted_upload_resumes_where_it_stopped(gateway: RunningGateway) -> None:
    alice = gateway.client("alice")
    data = content(3 * MiB + 12345)
    digest = sha256(data)
    r = begin_upload(alice, digest, len(data))
    assert r.status_code == 200, r.text
    started = r.json()
    assert (started["received"], started["complete"]) == (0, False)
    upload_id = started["upload_id"]

    for offset in (0, MiB):
        r = put_chunk(alice, upload_id, offset, data[offset:offset + MiB])
        assert r.status_code == 200, r.text
        assert r.json()["received"] == offset + MiB
    # ... the connection drops here. Later the client asks where to continue:
    state = state_of(alice, upload_id)
    assert state == {"upload_id": upload_id, "sha256": digest, "size": len(data),
                     "received": 2 * MiB, "complete": False}

    # Sending from a stale offset is refused with the offset to continue from.
    stale = put_chunk(alice, upload_id, MiB, data[MiB:2 * MiB])
    assert_error(stale, 409, "wrong_offset")
    assert stale.headers["Upload-Offset"] == str(2 * MiB)
    ahead = put_chunk(alice, upload_id, 3 * MiB, data[3 * MiB:])
    assert_error(ahead, 409, "wrong_offset")
    assert ahead.headers["Upload-Offset"] == str(2 * MiB)

    r = put_chunk(alice, upload_id, 2 * MiB, data[2 * MiB:3 * MiB])
    assert r.json()["received"] == 3 * MiB
    r = put_chunk(alice, upload_id, 3 * MiB, data[3 * MiB:])
    assert r.status_code == 200, r.text
    done = r.json()
    assert done["complete"] is True
    assert done["received"] == len(data)
    assert done["upload_id"] is None

    r = alice.get(f"/attachments/{digest}")
    assert r.status_code == 200
    assert r.content == data
    assert r.headers["content-type"] == "application/octet-stream"
    assert r.headers["ETag"] == f'"{digest}"'
    # The finished upload is gone; its id is no more.
    assert_error(alice.get(f"/attachments/uploads/{upload_id}"), 404, "not_found")


def test_existing_content_is_not_uploaded_again(gateway: RunningGateway) -> None:
    alice, bob = gateway.client("alice"), gateway.client("bob")
    data = content(200_000, seed=2)
    upload(alice, data)
    for client in (alice, bob):
        r = begin_upload(client, sha256(data), len(data))
        assert r.status_code == 200, r.text
        assert r.json() == {"upload_id": None, "sha256": sha256(data), "size": len(data),
                            "received": len(data), "complete": True}
    assert bob.get(f"/attachments/{sha256(data)}").content == data


def test_an_empty_file_can_be_uploaded(gateway: RunningGateway) -> None:
    alice = gateway.client("alice")
    assert upload(alice, b"")["complete"] is True
    r = alice.get(f"/attachments/{sha256(b'')}")
    assert (r.status_code, r.content) == (200, b"")


def test_bytes_that_do_not_match_the_hash_restart_the_upload(gateway: RunningGateway) -> None:
    alice = gateway.client("alice")
    data = content(100_000, seed=3)
    upload_id = begin_upload(alice, sha256(data), len(data)).json()["upload_id"]
    corrupt = bytearray(data)
    corrupt[500] ^= 0xFF

    r = put_chunk(alice, upload_id, 0, bytes(corrupt))
    assert_error(r, 422, "hash_mismatch")
    assert r.headers["Upload-Offset"] == "0"
    assert state_of(alice, upload_id)["received"] == 0
    assert_error(alice.get(f"/attachments/{sha256(data)}"), 404, "not_found")

    r = put_chunk(alice, upload_id, 0, data)
    assert r.status_code == 200, r.text
    assert r.json()["complete"] is True
    assert alice.get(f"/attachments/{sha256(data)}").content == data


def test_a_hash_mismatch_after_several_chunks_restarts_at_zero(
        gateway: RunningGateway) -> None:
    alice = gateway.client("alice")
    data = content(2 * MiB, seed=4)
    upload_id = begin_upload(alice, sha256(data), len(data)).json()["upload_id"]
    assert put_chunk(alice, upload_id, 0, data[:MiB]).status_code == 200
    r = put_chunk(alice, upload_id, MiB, bytes(MiB))  # the wrong second half
    assert_error(r, 422, "hash_mismatch")
    assert r.headers["Upload-Offset"] == "0"
    assert state_of(alice, upload_id)["received"] == 0
    for offset in (0, MiB):
        r = put_chunk(alice, upload_id, offset, data[offset:offset + MiB])
        assert r.status_code == 200, r.text
    assert r.json()["complete"] is True


def test_size_limits(gateway: RunningGateway) -> None:
    alice = gateway.client("alice")
    assert_error(begin_upload(alice, sha256(b"x"), UPLOAD_LIMIT + 1), 413, "too_large")
    at_limit = begin_upload(alice, sha256(b"y"), UPLOAD_LIMIT)
    assert at_limit.status_code == 200, at_limit.text

    # More bytes than declared are refused and nothing of them is kept.
    data = content(1000, seed=5)
    upload_id = begin_upload(alice, sha256(data), len(data)).json()["upload_id"]
    r = put_chunk(alice, upload_id, 0, data + b"extra")
    assert_error(r, 400, "too_much_data")
    assert r.headers["Upload-Offset"] == "0"
    assert state_of(alice, upload_id)["received"] == 0
    assert put_chunk(alice, upload_id, 0, data).json()["complete"] is True


@pytest.fixture(scope="module")
def stored(shared_client: Callable[[str], httpx.Client]) -> bytes:
    """A 1000-byte file uploaded by alice (north) to the module's shared gateway."""
    data = content(1000, seed=6)
    upload(shared_client("alice"), data)
    return data


@pytest.mark.parametrize(("range_header", "start", "end"), [
    ("bytes=0-99", 0, 99),
    ("bytes=-10", 990, 999),
    ("bytes=100-", 100, 999),
    ("bytes=990-5000", 990, 999),
    ("bytes=999-999", 999, 999),
    ("bytes=-5000", 0, 999),
])
def test_ranged_download(shared_client: Callable[[str], httpx.Client], stored: bytes,
                         range_header: str, start: int, end: int) -> None:
    bob = shared_client("bob")
    r = bob.get(f"/attachments/{sha256(stored)}", headers={"Range": range_header})
    assert r.status_code == 206, r.text
    assert r.content == stored[start:end + 1]
    assert r.headers["Content-Range"] == f"bytes {start}-{end}/{len(stored)}"
    assert r.headers["Accept-Ranges"] == "bytes"
    assert int(r.headers["Content-Length"]) == end - start + 1


@pytest.mark.parametrize("range_header", [
    "bytes=1000-", "bytes=5000-6000", "bytes=-0", "bytes=50-10", "bytes=x-y",
])
def test_unsatisfiable_range(shared_client: Callable[[str], httpx.Client], stored: bytes,
                             range_header: str) -> None:
    bob = shared_client("bob")
    r = bob.get(f"/attachments/{sha256(stored)}", headers={"Range": range_header})
    assert_error(r, 416, "bad_range")
    assert r.headers["Content-Range"] == f"bytes */{len(stored)}"


def test_another_department_cannot_read_a_file(shared_client: Callable[[str], httpx.Client],
                                               stored: bytes) -> None:
    digest = sha256(stored)
    assert shared_client("bob").get(f"/attachments/{digest}").content == stored
    for name in ("carol", "dave"):
        client = shared_client(name)
        assert_error(client.get(f"/attachments/{digest}"), 403, "forbidden")
        assert_error(client.get(f"/attachments/{digest}", headers={"Range": "bytes=0-9"}),
                     403, "forbidden")
    assert_error(shared_client("carol").get(f"/attachments/{'0' * 64}"), 404, "not_found")


def test_an_upload_belongs_to_its_uploader(gateway: RunningGateway) -> None:
    alice, bob = gateway.client("alice"), gateway.client("bob")
    data = content(1000, seed=7)
    upload_id = begin_upload(alice, sha256(data), len(data)).json()["upload_id"]
    assert_error(bob.get(f"/attachments/uploads/{upload_id}"), 404, "not_found")
    assert_error(put_chunk(bob, upload_id, 0, data), 404, "not_found")
    assert state_of(alice, upload_id)["received"] == 0


def test_a_file_uploaded_by_two_departments_is_readable_by_both(gateway: RunningGateway) -> None:
    stored = content(1000, seed=8)
    upload(gateway.client("alice"), stored)
    carol = gateway.client("carol")
    state = upload(carol, stored)
    assert state["complete"] is True
    r = carol.get(f"/attachments/{sha256(stored)}")
    assert r.status_code == 200, r.text
    assert r.content == stored
