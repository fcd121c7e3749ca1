"""Content-addressed attachments with resumable, chunked uploads.

A file is named by its SHA-256. An upload is opened for a (sha256, size); chunks are
appended at the offset the gateway reports as committed, so an interrupted upload
resumes where it stopped and never sends committed bytes again. When the last byte
arrives the content is verified against the hash and only then becomes a blob.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from workplace.api import Actor
from workplace.server.store import GatewayStore

CHUNK_MAX = 8 * 1024 * 1024


class AttachmentError(Exception):
    def __init__(self, status: int, code: str, message: str, received: int | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.received = received


@dataclass(frozen=True)
class UploadState:
    upload_id: str | None
    sha256: str
    size: int
    received: int
    complete: bool


class BlobStore:
    def __init__(self, root: Path, store: GatewayStore, max_bytes: int) -> None:
        self.root = root
        self.store = store
        self.max_bytes = max_bytes
        (root / "partial").mkdir(parents=True, exist_ok=True)
        (root / "blobs").mkdir(parents=True, exist_ok=True)

    def blob_path(self, sha256: str) -> Path:
        return self.root / "blobs" / sha256[:2] / sha256

    def _part(self, upload_id: str) -> Path:
        return self.root / "partial" / f"{upload_id}.part"

    def begin(self, actor: Actor, sha256: str, size: int) -> UploadState:
        if size > self.max_bytes:
            raise AttachmentError(413, "too_large",
                                  f"The file is larger than the limit of {self.max_bytes} bytes.")
        # Deduplicate only within a department that already holds the file: anyone else
        # proves they have the bytes by sending them (and learns nothing otherwise).
        if (self.store.blob_access(sha256, actor.department) and
                self.blob_path(sha256).exists()):
            return UploadState(None, sha256, size, size, True)
        upload_id = str(uuid.uuid4())
        with self.store.write() as conn:
            self.store.create_upload(conn, upload_id, sha256, size, actor.user_id,
                                     actor.department)
        self._part(upload_id).touch()
        return UploadState(upload_id, sha256, size, 0, False)

    def state(self, actor: Actor, upload_id: str) -> UploadState:
        row = self.store.upload(self.store.conn, upload_id)
        if row is None or row["user_id"] != actor.user_id:
            raise AttachmentError(404, "not_found", "No such upload.")
        return UploadState(upload_id, row["sha256"], row["size"], row["received"], False)

    def append(self, actor: Actor, upload_id: str, offset: int, chunk: bytes) -> UploadState:
        if len(chunk) > CHUNK_MAX:
            raise AttachmentError(413, "chunk_too_large",
                                  f"Send chunks of at most {CHUNK_MAX} bytes.")
        with self.store.write() as conn:
            row = self.store.upload(conn, upload_id)
            if row is None or row["user_id"] != actor.user_id:
                raise AttachmentError(404, "not_found", "No such upload.")
            received, size, sha256 = int(row["received"]), int(row["size"]), row["sha256"]
            if offset != received:
                raise AttachmentError(409, "wrong_offset",
                                      f"The gateway has {received} bytes; continue from there.",
                                      received=received)
            if received + len(chunk) > size:
                raise AttachmentError(400, "too_much_data",
                                      "More bytes than the declared size.", received=received)
            part = self._part(upload_id)
            with open(part, "r+b" if part.exists() else "w+b") as fh:
                # Bytes past the committed offset are from a write whose commit was lost.
                fh.truncate(received)
                fh.seek(received)
                fh.write(chunk)
                fh.flush()
                os.fsync(fh.fileno())
            received += len(chunk)
            self.store.set_upload_received(conn, upload_id, received)
            if received < size:
                return UploadState(upload_id, sha256, size, received, False)
            digest = hashlib.sha256()
            with open(part, "rb") as fh:
                for block in iter(lambda: fh.read(1024 * 1024), b""):
                    digest.update(block)
            mismatch = digest.hexdigest() != sha256
            if mismatch:
                # Committed (not rolled back by the error below): the upload restarts at 0.
                self.store.set_upload_received(conn, upload_id, 0)
                part.write_bytes(b"")
            else:
                target = self.blob_path(sha256)
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(part, target)
                self.store.add_blob(conn, sha256, size, row["department"], actor.user_id)
                self.store.grant_blob(conn, sha256, row["department"])
                self.store.delete_upload(conn, upload_id)
        if mismatch:
            raise AttachmentError(422, "hash_mismatch",
                                  "The uploaded bytes do not match the SHA-256 given; the "
                                  "upload starts again from the beginning.", received=0)
        return UploadState(None, sha256, size, size, True)

    def readable(self, actor: Actor, sha256: str) -> tuple[Path, int]:
        row = self.store.blob(sha256)
        path = self.blob_path(sha256)
        if row is None or not path.exists():
            raise AttachmentError(404, "not_found", "No such file.")
        if not self.store.blob_access(sha256, actor.department) and \
                row["uploaded_by"] != actor.user_id:
            raise AttachmentError(403, "forbidden", "You have no access to this file.")
        return path, int(row["size"])


def parse_range(header: str, size: int) -> tuple[int, int]:
    """``bytes=a-b`` / ``bytes=a-`` / ``bytes=-n`` → inclusive (start, end); ValueError if
    it cannot be satisfied."""
    unit, _, spec = header.partition("=")
    if unit.strip() != "bytes" or "," in spec:
        raise ValueError("only one byte range is supported")
    first, _, last = spec.strip().partition("-")
    if first == "":
        length = int(last)
        if length <= 0:
            raise ValueError("empty suffix range")
        start, end = max(0, size - length), size - 1
    else:
        start = int(first)
        end = int(last) if last else size - 1
        end = min(end, size - 1)
    if start < 0 or start > end or start >= size:
        raise ValueError("range not satisfiable")
    return start, end
