"""Qt-free models of what the shell shows: pages, commands, status items, notifications.

Plugins and the shell put entries here; the Qt views in ``workplace.shell`` listen
to their events and draw them. Each entry names its owner (``"shell"`` or a plugin
id) so a plugin's contributions can be removed together when it stops.
"""

from collections.abc import Callable

from workplace.workbench.commands import CommandEntry, CommandRegistry
from workplace.workbench.notifications import NotificationCenter
from workplace.workbench.pages import PageEntry, PageRegistry
from workplace.workbench.status import StatusEntry, StatusRegistry

SHELL = "shell"


class Workbench:
    """The four registries together, one per running app."""

    def __init__(self) -> None:
        self.pages = PageRegistry()
        self.settings_pages = PageRegistry()
        self.commands = CommandRegistry()
        self.status = StatusRegistry()
        self.notifications = NotificationCenter()
        #: collection -> (owner, opener(record_id)): who shows a record when picked.
        self.openers: dict[str, tuple[str, Callable[[str], object]]] = {}

    def remove_owner(self, owner: str) -> None:
        """Drop every contribution of ``owner`` (a plugin that stopped)."""
        self.pages.remove_owner(owner)
        self.settings_pages.remove_owner(owner)
        self.commands.remove_owner(owner)
        self.status.remove_owner(owner)
        for collection in [c for c, (o, _fn) in self.openers.items() if o == owner]:
            del self.openers[collection]


__all__ = [
    "SHELL",
    "CommandEntry",
    "CommandRegistry",
    "NotificationCenter",
    "PageEntry",
    "PageRegistry",
    "StatusEntry",
    "StatusRegistry",
    "Workbench",
]
