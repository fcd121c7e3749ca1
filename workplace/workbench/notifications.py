"""The notification centre's model: what was posted, and what is still unread."""

from __future__ import annotations

import itertools
import logging

from workplace.api import Notification
from workplace.events import Event

_log = logging.getLogger("workplace.notifications")
MAX_KEPT = 200  # oldest notifications beyond this are dropped


class NotificationCenter:
    def __init__(self) -> None:
        self._items: list[Notification] = []
        self._ids = itertools.count(1)
        self.posted = Event[[Notification]]()
        self.changed = Event[[]]()

    def post(self, notification: Notification) -> Notification:
        notification.id = next(self._ids)
        self._items.insert(0, notification)
        del self._items[MAX_KEPT:]
        _log.info("notification source=%s level=%s", notification.source, notification.level)
        self.posted.emit(notification)
        self.changed.emit()
        return notification

    @property
    def items(self) -> list[Notification]:
        """Newest first."""
        return list(self._items)

    @property
    def unread_count(self) -> int:
        return sum(1 for n in self._items if not n.read)

    def mark_all_read(self) -> None:
        if any(not n.read for n in self._items):
            for n in self._items:
                n.read = True
            self.changed.emit()

    def clear(self) -> None:
        if self._items:
            self._items.clear()
            self.changed.emit()
