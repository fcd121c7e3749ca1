"""Slots of the status bar that plugins and services fill."""

from __future__ import annotations

from dataclasses import dataclass

from workplace.events import Event


@dataclass
class StatusEntry:
    id: str
    owner: str
    order: int = 100
    text: str = ""
    tooltip: str = ""
    visible: bool = True


class StatusRegistry:
    def __init__(self) -> None:
        self._entries: dict[str, StatusEntry] = {}
        self.added = Event[[StatusEntry]]()
        self.updated = Event[[StatusEntry]]()
        self.removed = Event[[str]]()

    def add(self, entry: StatusEntry) -> None:
        if entry.id in self._entries:
            raise ValueError(f"status item {entry.id!r} is already registered")
        self._entries[entry.id] = entry
        self.added.emit(entry)

    def update(self, item_id: str, *, text: str | None = None, tooltip: str | None = None,
               visible: bool | None = None) -> None:
        entry = self._entries.get(item_id)
        if entry is None:
            return
        if text is not None:
            entry.text = text
        if tooltip is not None:
            entry.tooltip = tooltip
        if visible is not None:
            entry.visible = visible
        self.updated.emit(entry)

    def get(self, item_id: str) -> StatusEntry | None:
        return self._entries.get(item_id)

    def remove_owner(self, owner: str) -> None:
        for sid in [sid for sid, e in self._entries.items() if e.owner == owner]:
            del self._entries[sid]
            self.removed.emit(sid)

    def entries(self) -> list[StatusEntry]:
        return sorted(self._entries.values(), key=lambda e: (e.order, e.id))
