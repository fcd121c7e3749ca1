"""What a plugin says about itself before any of its code is imported."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from workplace.api.text import Text


class Permission(StrEnum):
    """A platform service a plugin must ask for in its manifest before using it."""

    NETWORK = "network"
    STORAGE = "storage"
    PERSONAL_DATA = "personal-data"
    AI = "ai"


@dataclass(frozen=True)
class PageContribution:
    """A page in the navigation rail. ``order`` sorts the rail (smaller first)."""

    id: str
    title: Text
    icon: str = ""
    order: int = 100


@dataclass(frozen=True)
class CommandContribution:
    """A command in the command palette, optionally with a keyboard shortcut."""

    id: str
    title: Text
    shortcut: str = ""


@dataclass(frozen=True)
class SettingsPageContribution:
    """A page of the settings dialog."""

    id: str
    title: Text


@dataclass(frozen=True)
class StatusItemContribution:
    """A slot in the status bar that the plugin fills with short text."""

    id: str
    order: int = 100


@dataclass(frozen=True)
class CollectionContribution:
    """A collection of records the plugin owns; ``search`` names the fields indexed
    for full-text search; ``index`` lists the field tuples the local cache keeps an
    index on (equality fields first, then one range or sort field: a queue read by
    ``where={"open": True}, order_by="deadline"`` wants ``("open", "deadline")``;
    API 1.5)."""

    id: str
    search: tuple[str, ...] = ()
    index: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class PluginManifest:
    """The parsed ``manifest.toml`` of a plugin.

    ``entry`` is ``"module:attribute"`` naming the :class:`~workplace.api.Plugin`
    subclass; it is imported only when the plugin is activated. ``domain`` names
    the Qt-free :class:`~workplace.api.Domain` object holding the plugin's mutators;
    the gateway imports it too, never ``entry``.
    """

    id: str
    name: Text
    version: str
    api: str
    entry: str
    description: Text = field(default_factory=lambda: Text(""))
    author: str = ""
    requires: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()
    permissions: frozenset[Permission] = frozenset()
    pages: tuple[PageContribution, ...] = ()
    commands: tuple[CommandContribution, ...] = ()
    settings_pages: tuple[SettingsPageContribution, ...] = ()
    status_items: tuple[StatusItemContribution, ...] = ()
    translations: str = ""
    domain: str = ""
    collections: tuple[CollectionContribution, ...] = ()
    mutators: tuple[str, ...] = ()
