"""The plugins' Qt-free domain code, loaded the same way on the gateway and the client.

The gateway reads the same ``workplace.plugins`` entry points and manifests as the
app, and imports only each plugin's ``domain`` module — never its UI entry.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field

from workplace.api import Domain, Mutator, PluginManifest
from workplace.logs import kv
from workplace.pluginhost import discover

_log = logging.getLogger("workplace.plugins.domains")


@dataclass
class DomainRegistry:
    """Every mutator the gateway can run, by name, and the collections they own."""

    mutators: dict[str, Mutator] = field(default_factory=dict)
    owners: dict[str, str] = field(default_factory=dict)  # mutator -> plugin id
    collections: dict[str, tuple[str, ...]] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)

    def add(self, manifest: PluginManifest, domain: Domain) -> None:
        declared, provided = set(manifest.mutators), set(domain.mutators)
        if declared != provided:
            raise ValueError(
                f"manifest declares {sorted(declared - provided)} that the domain lacks, and "
                f"the domain has {sorted(provided - declared)} the manifest does not declare")
        for name in sorted(provided):
            self.mutators[name] = domain.mutators[name]
            self.owners[name] = manifest.id
        for c in manifest.collections:
            self.collections[c.id] = c.search


def load_domains(allow: frozenset[str] | None = None) -> DomainRegistry:
    """Import the domain module of every installed plugin (or of ``allow`` only)."""
    return domains_of(found.manifest for found in discover()
                      if found.manifest is not None
                      and (allow is None or found.manifest.id in allow))


def domains_of(manifests: Iterable[PluginManifest]) -> DomainRegistry:
    """Import the domain modules of these plugins (the app passes the manifests its
    plugin host has read, so start-up does not scan the entry points twice)."""
    registry = DomainRegistry()
    for manifest in manifests:
        if not manifest.domain:
            continue
        module_name, _, attr = manifest.domain.partition(":")
        try:
            domain = getattr(importlib.import_module(module_name), attr)
            if not isinstance(domain, Domain):
                raise TypeError(f"{manifest.domain} is not a workplace.api.Domain")
            registry.add(manifest, domain)
        except Exception as exc:
            registry.errors[manifest.id] = f"{type(exc).__name__}: {exc}"
            _log.error(kv("domain_failed", plugin=manifest.id, error=exc))
            continue
        _log.info(kv("domain_loaded", plugin=manifest.id, mutators=len(manifest.mutators)))
    return registry
