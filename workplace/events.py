"""A tiny synchronous observer, so Qt-free models can tell the Qt views they changed."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Generic, ParamSpec

P = ParamSpec("P")
_log = logging.getLogger("workplace.events")


class Event(Generic[P]):
    """Callbacks connected to one kind of change; ``emit`` calls each in order.

    A failing listener is logged and skipped: one broken view must not stop the
    model from telling the others.
    """

    def __init__(self) -> None:
        self._listeners: list[Callable[P, object]] = []

    def connect(self, listener: Callable[P, object]) -> None:
        self._listeners.append(listener)

    def disconnect(self, listener: Callable[P, object]) -> None:
        self._listeners = [fn for fn in self._listeners if fn != listener]

    def emit(self, *args: P.args, **kwargs: P.kwargs) -> None:
        for listener in list(self._listeners):
            try:
                listener(*args, **kwargs)
            except Exception:
                _log.exception("listener %r failed", listener)
