"""Errors of the gateway client (importable without loading the HTTP stack)."""

from __future__ import annotations


class GatewayError(Exception):
    """The gateway refused a request; ``code`` and ``message`` come from its error body."""

    def __init__(self, status: int, code: str, message: str,
                 retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        #: Seconds the server asked to wait (``Retry-After``), if it did.
        self.retry_after = retry_after
