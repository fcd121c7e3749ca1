"""Notifications plugins post to the notification centre."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum


class NotificationLevel(StrEnum):
    """How much a notification matters; ``WARNING`` and above also go to the desktop."""

    INFO = "info"
    SUCCESS = "success"
    WARNING = "warning"
    ERROR = "error"


@dataclass
class Notification:
    """One entry in the notification centre. ``source`` is the posting plugin's id."""

    title: str
    body: str = ""
    level: NotificationLevel = NotificationLevel.INFO
    source: str = ""
    created: datetime = field(default_factory=lambda: datetime.now(UTC))
    read: bool = False
    id: int = 0
