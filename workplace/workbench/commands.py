"""Commands listed in the command palette and bound to shortcuts."""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from workplace.api import Text
from workplace.events import Event

_log = logging.getLogger("workplace.commands")


@dataclass
class CommandEntry:
    """A runnable command. ``handler`` may return an awaitable, which is scheduled."""

    id: str
    title: Text
    handler: Callable[[], Any]
    owner: str
    shortcut: str = ""
    category: Text | None = None


class CommandRegistry:
    def __init__(self) -> None:
        self._entries: dict[str, CommandEntry] = {}
        self.changed = Event[[]]()

    def add(self, entry: CommandEntry) -> None:
        if entry.id in self._entries:
            raise ValueError(f"command {entry.id!r} is already registered")
        self._entries[entry.id] = entry
        self.changed.emit()

    def remove(self, command_id: str) -> None:
        if self._entries.pop(command_id, None) is not None:
            self.changed.emit()

    def remove_owner(self, owner: str) -> None:
        ids = [cid for cid, e in self._entries.items() if e.owner == owner]
        for cid in ids:
            del self._entries[cid]
        if ids:
            self.changed.emit()

    def get(self, command_id: str) -> CommandEntry | None:
        return self._entries.get(command_id)

    def entries(self) -> list[CommandEntry]:
        return list(self._entries.values())

    def run(self, command_id: str) -> asyncio.Future[Any] | None:
        """Run a command; an async handler is scheduled on the running loop."""
        entry = self._entries.get(command_id)
        if entry is None:
            raise KeyError(command_id)
        _log.info("command id=%s", command_id)
        result = entry.handler()
        if inspect.isawaitable(result):
            return asyncio.ensure_future(result)
        return None
