"""The notification centre's model: what was posted, and what is still unread."""

from __future__ import annotations

import itertools
import logging
from urllib.parse import urlsplit

from workplace.api import Notification
from workplace.events import Event

_log = logging.getLogger("workplace.notifications")
MAX_KEPT = 200  # oldest notifications beyond this are dropped


def web_link(url: object) -> str | None:
    """``url`` when it is a plain http(s) address with a host, else None: only such a
    link may be opened from a notification (no file:, javascript:, custom schemes)."""
    if not isinstance(url, str) or not url.isprintable() or any(c.isspace() for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


class NotificationCenter:
    def __init__(self) -> None:
        self._items: list[Notification] = []
        self._links: dict[int, str] = {}
        self._ids = itertools.count(1)
        self.posted = Event[[Notification]]()
        self.changed = Event[[]]()

    def post(self, notification: Notification, *, link: str | None = None) -> Notification:
        """Add ``notification``. ``link`` (the shell's own notices only, e.g. where to
        get an update): an http(s) address the notification centre offers to open in
        the browser; anything else is refused with ValueError."""
        if link is not None and web_link(link) is None:
            raise ValueError(f"a notification links to http(s) addresses only: {link!r}")
        notification.id = next(self._ids)
        self._items.insert(0, notification)
        if link is not None:
            self._links[notification.id] = link
        for dropped in self._items[MAX_KEPT:]:
            self._links.pop(dropped.id, None)
        del self._items[MAX_KEPT:]
        _log.info("notification source=%s level=%s", notification.source, notification.level)
        self.posted.emit(notification)
        self.changed.emit()
        return notification

    def link(self, notification: Notification) -> str | None:
        """The http(s) address posted with ``notification``, if any."""
        return self._links.get(notification.id)

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
            self._links.clear()
            self.changed.emit()
