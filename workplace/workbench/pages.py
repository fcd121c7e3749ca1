"""Pages of the navigation rail."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from workplace.api import Text
from workplace.events import Event


@dataclass
class PageEntry:
    """A page; ``factory`` makes its widget the first time it is shown."""

    id: str
    title: Text
    factory: Callable[[], Any]
    owner: str
    icon: str = ""
    order: int = 100


class PageRegistry:
    def __init__(self) -> None:
        self._entries: dict[str, PageEntry] = {}
        self.added = Event[[PageEntry]]()
        self.removed = Event[[str]]()

    def add(self, entry: PageEntry) -> None:
        if entry.id in self._entries:
            raise ValueError(f"page {entry.id!r} is already registered")
        self._entries[entry.id] = entry
        self.added.emit(entry)

    def remove_owner(self, owner: str) -> None:
        for pid in [pid for pid, e in self._entries.items() if e.owner == owner]:
            del self._entries[pid]
            self.removed.emit(pid)

    def get(self, page_id: str) -> PageEntry | None:
        return self._entries.get(page_id)

    def entries(self) -> list[PageEntry]:
        return sorted(self._entries.values(), key=lambda e: (e.order, e.id))
