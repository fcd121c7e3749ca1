"""What every signer offers, and the errors it raises."""

from __future__ import annotations

import abc


class SigningError(Exception):
    """Signing did not happen; ``str()`` is a sentence for the user (English source,
    translated by the UI through ``code``)."""

    def __init__(self, message: str, code: str = "failed") -> None:
        super().__init__(message)
        self.code = code


class Signer(abc.ABC):
    """Makes a detached CMS signature (DER) over ``data`` exactly as given."""

    @abc.abstractmethod
    async def sign(self, data: bytes) -> bytes:
        """The DER-encoded CMS SignedData, without the content (detached)."""
