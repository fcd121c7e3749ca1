"""Reading ``manifest.toml`` into a :class:`workplace.api.PluginManifest`.

Example::

    [plugin]
    id = "wp_home"
    name = { en = "Home", ru = "Главная", kk = "Басты бет" }
    version = "1.0.0"
    api = ">=1.0,<2"
    entry = "wp_home.plugin:HomePlugin"
    permissions = []

    [[pages]]
    id = "wp_home.home"
    title = { en = "Home", ru = "Главная", kk = "Басты бет" }
    icon = "home"
"""

from __future__ import annotations

import re
import tomllib
from typing import Any

from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.version import InvalidVersion, Version

from workplace.api import (
    CollectionContribution,
    CommandContribution,
    PageContribution,
    Permission,
    PluginManifest,
    SettingsPageContribution,
    StatusItemContribution,
    Text,
)

_ID_RE = re.compile(r"^[a-z][a-z0-9_]{1,63}$")
_CONTRIB_ID_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_-]+)+$")
_ENTRY_RE = re.compile(r"^[A-Za-z_][\w.]*:[A-Za-z_]\w*$")


class ManifestError(ValueError):
    """The manifest is malformed; the message names the field."""


def _req(table: dict[str, Any], key: str, where: str) -> Any:
    if key not in table:
        raise ManifestError(f"{where}: field '{key}' is missing")
    return table[key]


def _text(value: Any, where: str) -> Text:
    if isinstance(value, str) and value:
        return Text(source=value)
    if isinstance(value, dict) and isinstance(value.get("en"), str) and all(
        isinstance(v, str) for v in value.values()
    ):
        return Text(source=value["en"], inline=dict(value))
    raise ManifestError(f"{where}: must be a string or a table with at least 'en'")


def _str(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise ManifestError(f"{where}: must be a string")
    return value


def _ids(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ManifestError(f"{where}: must be a list of plugin ids")
    return tuple(value)


def _names(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(
            isinstance(v, str) and re.match(r"^[a-z][a-z0-9_]*$", v) for v in value):
        raise ManifestError(f"{where}: must be a list of field names")
    return tuple(value)


def _indexes(value: Any, where: str) -> tuple[tuple[str, ...], ...]:
    if not isinstance(value, list):
        raise ManifestError(f"{where}: must be a list of lists of field names")
    out = tuple(_names(v, where) for v in value)
    if any(not 1 <= len(v) <= 6 for v in out):
        raise ManifestError(f"{where}: an index names 1 to 6 fields")
    return out


def _contrib_id(value: Any, plugin_id: str, where: str) -> str:
    cid = _str(value, where)
    if not _CONTRIB_ID_RE.match(cid) or not cid.startswith(plugin_id + "."):
        raise ManifestError(f"{where}: '{cid}' must start with '{plugin_id}.'")
    return cid


def _tables(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ManifestError(f"'{key}' must be an array of tables ([[{key}]])")
    return value


def parse_manifest(data: dict[str, Any]) -> PluginManifest:
    """Validate a manifest's TOML data; raises :class:`ManifestError` naming the field."""
    plugin = data.get("plugin")
    if not isinstance(plugin, dict):
        raise ManifestError("the [plugin] table is missing")
    pid = _str(_req(plugin, "id", "[plugin]"), "plugin.id")
    if not _ID_RE.match(pid):
        raise ManifestError(
            f"plugin.id: '{pid}' must be 2-64 lowercase letters, digits or '_', "
            "starting with a letter")
    version = _str(_req(plugin, "version", "[plugin]"), "plugin.version")
    try:
        Version(version)
    except InvalidVersion as exc:
        raise ManifestError(f"plugin.version: '{version}' is not a version number") from exc
    api = _str(_req(plugin, "api", "[plugin]"), "plugin.api")
    try:
        SpecifierSet(api)
    except InvalidSpecifier as exc:
        raise ManifestError(f"plugin.api: '{api}' is not a version range") from exc
    entry = _str(_req(plugin, "entry", "[plugin]"), "plugin.entry")
    if not _ENTRY_RE.match(entry):
        raise ManifestError(f"plugin.entry: '{entry}' must look like 'package.module:Class'")
    perms: set[Permission] = set()
    for p in plugin.get("permissions", []):
        try:
            perms.add(Permission(p))
        except ValueError as exc:
            known = ", ".join(x.value for x in Permission)
            raise ManifestError(f"plugin.permissions: '{p}' is not one of {known}") from exc

    pages = tuple(
        PageContribution(
            id=_contrib_id(_req(t, "id", "[[pages]]"), pid, "pages.id"),
            title=_text(_req(t, "title", "[[pages]]"), "pages.title"),
            icon=_str(t.get("icon", ""), "pages.icon"),
            order=int(t.get("order", 100)),
        )
        for t in _tables(data, "pages")
    )
    commands = tuple(
        CommandContribution(
            id=_contrib_id(_req(t, "id", "[[commands]]"), pid, "commands.id"),
            title=_text(_req(t, "title", "[[commands]]"), "commands.title"),
            shortcut=_str(t.get("shortcut", ""), "commands.shortcut"),
        )
        for t in _tables(data, "commands")
    )
    settings_pages = tuple(
        SettingsPageContribution(
            id=_contrib_id(_req(t, "id", "[[settings_pages]]"), pid, "settings_pages.id"),
            title=_text(_req(t, "title", "[[settings_pages]]"), "settings_pages.title"),
        )
        for t in _tables(data, "settings_pages")
    )
    status_items = tuple(
        StatusItemContribution(
            id=_contrib_id(_req(t, "id", "[[status_items]]"), pid, "status_items.id"),
            order=int(t.get("order", 100)),
        )
        for t in _tables(data, "status_items")
    )
    collections = tuple(
        CollectionContribution(
            id=_contrib_id(_req(t, "id", "[[collections]]"), pid, "collections.id"),
            search=_names(t.get("search", []), "collections.search"),
            index=_indexes(t.get("index", []), "collections.index"),
        )
        for t in _tables(data, "collections")
    )
    mutators = tuple(
        _contrib_id(_req(t, "id", "[[mutators]]"), pid, "mutators.id")
        for t in _tables(data, "mutators")
    )
    domain = _str(plugin.get("domain", ""), "plugin.domain")
    if domain and not _ENTRY_RE.match(domain):
        raise ManifestError(f"plugin.domain: '{domain}' must look like 'package.module:NAME'")
    if mutators and not domain:
        raise ManifestError("plugin.domain: required when [[mutators]] are declared")
    if len(set(mutators)) != len(mutators):
        raise ManifestError("mutators: an id is declared twice")
    for kind, items in (("collections", collections), ("pages", pages), ("commands", commands),
                        ("settings_pages", settings_pages), ("status_items", status_items)):
        ids = [c.id for c in items]
        if len(ids) != len(set(ids)):
            raise ManifestError(f"{kind}: an id is declared twice")
    return PluginManifest(
        id=pid,
        name=_text(_req(plugin, "name", "[plugin]"), "plugin.name"),
        version=version,
        api=api,
        entry=entry,
        description=_text(plugin["description"], "plugin.description")
        if "description" in plugin else Text(""),
        author=_str(plugin.get("author", ""), "plugin.author"),
        requires=_ids(plugin.get("requires", []), "plugin.requires"),
        optional=_ids(plugin.get("optional", []), "plugin.optional"),
        permissions=frozenset(perms),
        pages=pages,
        commands=commands,
        settings_pages=settings_pages,
        status_items=status_items,
        translations=_str(plugin.get("translations", ""), "plugin.translations"),
        domain=domain,
        collections=collections,
        mutators=mutators,
    )


def load_manifest_bytes(raw: bytes) -> PluginManifest:
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ManifestError(f"not valid TOML: {exc}") from exc
    return parse_manifest(data)
