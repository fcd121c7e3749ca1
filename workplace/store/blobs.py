"""The profile's attachments on disk: content-addressed, AES-256-GCM encrypted (Qt-free).

A blob lives in ``<folder>/<first two hex digits>/<sha256 hex>``. Its file is a small
header and the ciphertext::

    b"WPB1" | mode (1 byte) | nonce (12 bytes, mode 1 only) | payload

mode 1: the payload is AES-256-GCM of the bytes, with a random nonce per file and the
header plus the digest as associated data — so a file changed on disk, or moved to
another blob's name, does not authenticate and is refused. Mode 0 (policy
``storage.encryption: "off"``): the bytes as they are, checked against their digest
on every read. Writes go to a temporary file that is synced and renamed into place,
so a crash leaves the old state or the new one, never half a file.

:class:`BlobFiles` does the blocking work; :class:`BlobService` offers it to plugins
(``ctx.blobs``) on the background runner, off the GUI thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import os
import secrets
import shutil
import tempfile
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from workplace.api import translatable
from workplace.api.blobs import (
    BlobError,
    BlobMissingError,
    BlobStore,
    BlobTamperedError,
    is_digest,
)
from workplace.logs import kv

if TYPE_CHECKING:
    from contextlib import AbstractAsyncContextManager

    from workplace.background import BackgroundRunner
    from workplace.net.session import GatewaySession

__all__ = ["BlobFiles", "BlobService", "BlobTransfer", "KeySource"]

_log = logging.getLogger("workplace.store")

_MAGIC = b"WPB1"
_PLAIN, _AES_GCM = 0, 1
_NONCE = 12

#: Gives the blob key: ``existing=False`` to write (None: keep plain), ``existing=True``
#: to read an encrypted blob (None: the key is lost). May block (the keyring).
KeySource = Callable[..., "bytes | None"]

_TAMPERED = translatable(
    "Encryption",
    "The attachment {0} kept on this computer was changed or damaged on disk, so it "
    "is not used. Fetch it from the server again.")
_NO_KEY = translatable(
    "Encryption",
    "The attachment {0} is encrypted, but its key is no longer in this computer's "
    "keyring. Fetch it from the server again, or ask your IT administrator to restore "
    "the keyring.")
_NOT_KEPT = translatable("Encryption", "The attachment {0} is not kept on this computer.")
_NOT_ON_SERVER = translatable(
    "Encryption",
    "The attachment {0} has not reached the server yet: the colleague who added it may "
    "still be offline. Try again later.")
_FORBIDDEN = translatable(
    "Encryption", "You have no access to the attachment {0} on the server.")


class _Message:
    """An error message rendered in the current language when shown."""

    def __init__(self, text: object, digest: str) -> None:
        self.text, self.digest = text, digest

    def __str__(self) -> str:
        return str(self.text).format(self.digest[:12])


class BlobFiles:
    """Blocking, thread-safe access to the blob folder (each call is self-contained)."""

    def __init__(self, folder: Path, key: KeySource) -> None:
        self.folder = folder
        self._key_source = key
        self._write_key: bytes | None = None
        self._write_key_known = False

    def path_of(self, digest: str) -> Path:
        if not is_digest(digest):
            raise ValueError(f"not a blob digest: {digest!r}")
        return self.folder / digest[:2] / digest

    def _key_to_write(self) -> bytes | None:
        if not self._write_key_known:  # asked once: the keyring may prompt
            self._write_key = self._key_source(existing=False)
            self._write_key_known = True
        return self._write_key

    def put(self, data: bytes) -> str:
        digest = hashlib.sha256(data).hexdigest()
        path = self.path_of(digest)
        if path.exists():
            return digest  # the same name is the same bytes
        key = self._key_to_write()
        if key is None:
            blob = _MAGIC + bytes([_PLAIN]) + data
        else:
            from cryptography.hazmat.primitives.ciphers.aead import AESGCM

            head = _MAGIC + bytes([_AES_GCM]) + secrets.token_bytes(_NONCE)
            blob = head + AESGCM(key).encrypt(head[-_NONCE:], data, head + digest.encode())
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".put-")  # mode 0600
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(blob)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        _fsync_dir(path.parent)
        return digest

    def get(self, digest: str) -> bytes:
        path = self.path_of(digest)
        try:
            blob = path.read_bytes()
        except FileNotFoundError:
            raise BlobMissingError(_Message(_NOT_KEPT, digest)) from None
        if blob[:4] != _MAGIC or len(blob) < 5:
            raise self._tampered(digest, "not a blob file")
        mode = blob[4]
        if mode == _PLAIN:
            data = blob[5:]
        elif mode == _AES_GCM and len(blob) >= 5 + _NONCE + 16:
            from cryptography.exceptions import InvalidTag
            from cryptography.hazmat.primitives.ciphers.aead import AESGCM

            key = self._key_source(existing=True)
            if key is None:
                raise BlobError(_Message(_NO_KEY, digest))
            head = blob[:5 + _NONCE]
            try:
                data = AESGCM(key).decrypt(head[5:], blob[len(head):], head + digest.encode())
            except InvalidTag:
                raise self._tampered(digest, "does not authenticate") from None
        else:
            raise self._tampered(digest, f"unknown mode {mode}")
        # Also for mode 1: the name must be the bytes' digest, whatever wrote the file.
        if hashlib.sha256(data).hexdigest() != digest:
            raise self._tampered(digest, "digest mismatch")
        return data

    @staticmethod
    def _tampered(digest: str, why: str) -> BlobTamperedError:
        _log.error(kv("blob_refused", digest=digest, why=why))
        return BlobTamperedError(_Message(_TAMPERED, digest))

    def has(self, digest: str) -> bool:
        return self.path_of(digest).is_file()

    def discard(self, digest: str) -> None:
        self.path_of(digest).unlink(missing_ok=True)
        self.sent(digest)

    # -- what is still to be sent to the gateway (a marker file per blob) ------------

    def _marker(self, digest: str) -> Path:
        if not is_digest(digest):
            raise ValueError(f"not a blob digest: {digest!r}")
        return self.folder / "outgoing" / digest

    def mark_outgoing(self, digest: str) -> None:
        """Remember that ``digest`` must reach the gateway (survives restarts)."""
        marker = self._marker(digest)
        marker.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        marker.touch()

    def outgoing(self) -> list[str]:
        """The blobs kept here that the gateway does not have yet, oldest first."""
        folder = self.folder / "outgoing"
        if not folder.is_dir():
            return []
        found = [p for p in folder.iterdir() if is_digest(p.name)]
        return [p.name for p in sorted(found, key=lambda p: p.stat().st_mtime)]

    def sent(self, digest: str) -> None:
        self._marker(digest).unlink(missing_ok=True)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every file system syncs a directory
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class BlobService(BlobStore):
    """:class:`BlobFiles` on the background runner: ``ctx.blobs`` of the plugins.

    ``previews``: a folder for :meth:`decrypted_copy`; what a crash left there is
    removed when the service is made (at the app's start).
    """

    def __init__(self, files: BlobFiles, runner: BackgroundRunner, previews: Path) -> None:
        self.files = files
        self._runner = runner
        self._previews = previews
        #: Sends blobs to the gateway and fetches missing ones (set by the app; None:
        #: this computer only).
        self.transfer: BlobTransfer | None = None
        shutil.rmtree(previews, ignore_errors=True)

    async def put(self, data: bytes, *, share: bool = True) -> str:
        digest = await self._runner.run(self.files.put, bytes(data))
        if share:
            await self._runner.run(self.files.mark_outgoing, digest)
            if self.transfer is not None:
                self.transfer.send_soon()
        return digest

    async def get(self, digest: str) -> bytes:
        try:
            return await self._runner.run(self.files.get, digest)
        except BlobMissingError:
            if self.transfer is None or not self.transfer.online():
                raise
        return await self.transfer.fetch(digest)

    async def has(self, digest: str) -> bool:
        return await self._runner.run(self.files.has, digest)

    async def discard(self, digest: str) -> None:
        await self._runner.run(self.files.discard, digest)

    def decrypted_copy(self, digest: str, suffix: str = "",
                       ) -> AbstractAsyncContextManager[Path]:
        return self._copy(digest, suffix)

    @contextlib.asynccontextmanager
    async def _copy(self, digest: str, suffix: str) -> AsyncIterator[Path]:
        if suffix and (os.sep in suffix or "/" in suffix or not suffix.startswith(".")):
            raise ValueError(f"not a file name suffix: {suffix!r}")
        data = await self.get(digest)
        folder = await self._runner.run(self._private_folder)
        path = folder / f"{digest[:16]}{suffix}"
        try:
            await self._runner.run(_write_private, path, data)
            yield path
        finally:
            await self._runner.run(shutil.rmtree, folder, True)

    def _private_folder(self) -> Path:
        self._previews.mkdir(parents=True, exist_ok=True, mode=0o700)
        return Path(tempfile.mkdtemp(dir=self._previews))  # mode 0700, this user only


class BlobTransfer:
    """Moves blobs between this computer and the gateway (``/attachments``, resumable).

    What is put here is sent when there is a session — at once, or after the next
    sign-in; a blob missing here is fetched when asked for, checked against its
    digest, and kept (encrypted). ``session`` gives the signed-in gateway session or
    None (offline, signed out).
    """

    #: Bytes per upload request (the gateway takes up to 8 MiB).
    CHUNK = 4 * 1024 * 1024

    def __init__(self, files: BlobFiles, runner: BackgroundRunner,
                 session: Callable[[], GatewaySession | None]) -> None:
        self.files = files
        self._runner = runner
        self._session = session
        self._sending: asyncio.Task[int] | None = None

    def online(self) -> bool:
        return self._session() is not None

    def send_soon(self) -> None:
        """Send what is waiting, in the background (once at a time)."""
        if self._sending is None or self._sending.done():
            self._sending = asyncio.ensure_future(self._send_quietly())

    async def aclose(self) -> None:
        """Stop sending, before the session closes (a request still connecting when
        its client closes keeps its new connection open, for the garbage collector)."""
        sending, self._sending = self._sending, None
        if sending is not None and not sending.done():
            sending.cancel()
            await asyncio.gather(sending, return_exceptions=True)

    async def _send_quietly(self) -> int:
        try:
            return await self.send_pending()
        except Exception as exc:  # offline again, a refusal: tried again later
            _log.warning(kv("blob_upload_deferred", error=exc))
            return 0

    async def send_pending(self) -> int:
        """Send every waiting blob; returns how many reached the gateway."""
        sent = 0
        for digest in await self._runner.run(self.files.outgoing):
            session = self._session()
            if session is None:
                break
            data = await self._runner.run(self.files.get, digest)
            await self._upload(session, digest, data)
            await self._runner.run(self.files.sent, digest)
            sent += 1
        return sent

    async def _upload(self, session: GatewaySession, digest: str, data: bytes) -> None:
        from workplace.net.errors import GatewayError

        state = (await session.request("POST", "/attachments/uploads",
                                       json={"sha256": digest, "size": len(data)})).json()
        while not state["complete"]:
            offset = int(state["received"])
            try:
                state = (await session.request(
                    "PUT", f"/attachments/uploads/{state['upload_id']}",
                    params={"offset": offset},
                    content=data[offset:offset + self.CHUNK])).json()
            except GatewayError as exc:
                if exc.status not in (409, 422):
                    raise
                # 409: the gateway has another offset; 422: start again. Ask where.
                state = (await session.request(
                    "GET", f"/attachments/uploads/{state['upload_id']}")).json()
        _log.info(kv("blob_uploaded", digest=digest, size=len(data)))

    async def fetch(self, digest: str) -> bytes:
        """The blob from the gateway, checked and kept here; BlobMissingError if the
        gateway has none (or no session), BlobError if the gateway refuses it."""
        from workplace.net.errors import GatewayError

        session = self._session()
        if session is None:
            raise BlobMissingError(_Message(_NOT_KEPT, digest))
        try:
            response = await session.request("GET", f"/attachments/{digest}")
        except GatewayError as exc:
            if exc.status == 404:
                raise BlobMissingError(_Message(_NOT_ON_SERVER, digest)) from exc
            if exc.status == 403:
                raise BlobError(_Message(_FORBIDDEN, digest)) from exc
            raise BlobError(f"{exc.message} ({exc.status})") from exc
        data = response.content
        if hashlib.sha256(data).hexdigest() != digest:
            raise BlobError(_Message(_TAMPERED, digest))
        await self._runner.run(self.files.put, data)
        return data


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
