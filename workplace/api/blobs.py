"""Files kept on this computer for plugins (attachments), encrypted and addressed by content.

A blob is named by the SHA-256 of its bytes (lowercase hex, as the gateway's
attachments are), so the same file is kept once however many records refer to it,
and a name always means the same bytes. The bytes are stored exactly as given — a
signed file stays byte-for-byte what was signed — but encrypted on disk with a key
kept in the operating system's keyring; a file changed on disk is refused, never
returned altered.

Plugins get it as ``ctx.blobs`` (permission ``storage``). Every method may block on
the disk or the keyring, so each is a coroutine: the work runs off the GUI thread.
"""

from __future__ import annotations

import abc
import re
from contextlib import AbstractAsyncContextManager
from pathlib import Path

__all__ = [
    "BlobError",
    "BlobMissingError",
    "BlobStore",
    "BlobTamperedError",
    "is_digest",
]

_DIGEST_RE = re.compile(r"[0-9a-f]{64}")  # fullmatch: "$" would let a final newline in


def is_digest(value: object) -> bool:
    """Whether ``value`` is a SHA-256 digest in lowercase hex (64 characters), as blobs
    and the gateway's attachments are named — for checking a mutator's arguments
    (API 1.7). Anything but a string is not one."""
    return isinstance(value, str) and _DIGEST_RE.fullmatch(value) is not None


class BlobError(Exception):
    """A blob cannot be kept or read; ``str()`` is a message for people."""


class BlobMissingError(BlobError, KeyError):
    """No blob of that digest is kept on this computer (fetch it from the gateway)."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


class BlobTamperedError(BlobError):
    """The blob's file on disk was changed or damaged: it is refused, not returned."""


class BlobStore(abc.ABC):
    """The profile's encrypted, content-addressed file cache."""

    @abc.abstractmethod
    async def put(self, data: bytes, *, share: bool = True) -> str:
        """Keep ``data``; returns its digest (keeping the same bytes again is cheap).

        Kept bytes are sent to the gateway, so that records referring to them can be
        read on other computers. ``share=False`` keeps them on this computer only —
        for the user's own working files, such as the assistant's conversations
        (API 1.6).
        """

    @abc.abstractmethod
    async def get(self, digest: str) -> bytes:
        """The bytes kept as ``digest`` — always bytes whose SHA-256 is ``digest``;
        fetched from the gateway when they are not on this computer.

        Raises :class:`BlobMissingError` if there are none and
        :class:`BlobTamperedError` if the file on disk does not authenticate.
        """

    @abc.abstractmethod
    async def has(self, digest: str) -> bool:
        """Whether a blob of ``digest`` is kept here (its content is not checked)."""

    @abc.abstractmethod
    async def discard(self, digest: str) -> None:
        """Forget the blob ``digest``; nothing happens if it is not kept."""

    @abc.abstractmethod
    def decrypted_copy(self, digest: str, suffix: str = "",
                       ) -> AbstractAsyncContextManager[Path]:
        """A plaintext copy of the blob for a viewer, removed when the block ends::

            async with ctx.blobs.decrypted_copy(digest, ".pdf") as path:
                await show_preview(path)

        The copy is made readable by this user only, in a private folder of the
        profile; copies a crash left behind are removed at the next start. Use it for
        previews and text extraction only — never as a second place to keep the file.
        """
