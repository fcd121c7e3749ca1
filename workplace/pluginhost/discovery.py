"""Finding plugins through the ``workplace.plugins`` entry-point group.

An entry point's value names the plugin package and its manifest file, e.g.
``wp_home = "wp_home:manifest.toml"``. The package is located with
``importlib.util.find_spec`` — which does not run it — and the manifest read from
its directory, so discovery never imports plugin code. A broken plugin yields a
record with its error, never an exception.
"""

from __future__ import annotations

import importlib.util
import logging
from dataclasses import dataclass
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path

from packaging.utils import canonicalize_name

from workplace.api import PluginManifest
from workplace.logs import kv
from workplace.pluginhost.manifest import ManifestError, load_manifest_bytes

ENTRY_POINT_GROUP = "workplace.plugins"
BUILTIN_DISTRIBUTION = "workplace"
_log = logging.getLogger("workplace.plugins")


@dataclass(frozen=True)
class DiscoveredPlugin:
    """What discovery learnt of one entry point: a manifest, or why there is none."""

    name: str
    distribution: str
    builtin: bool
    package_dir: Path | None
    manifest: PluginManifest | None
    error: str = ""


def _read(ep: EntryPoint) -> tuple[Path | None, PluginManifest | None, str]:
    module, _, filename = ep.value.partition(":")
    filename = filename.strip() or "manifest.toml"
    try:
        spec = importlib.util.find_spec(module.strip())
    except (ImportError, ValueError) as exc:
        return None, None, f"package {module!r} cannot be located: {exc}"
    if spec is None or not spec.submodule_search_locations:
        return None, None, f"package {module!r} is not installed or is not a package"
    package_dir = Path(next(iter(spec.submodule_search_locations)))
    path = package_dir / filename
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return package_dir, None, f"manifest {path.name} cannot be read: {exc.strerror}"
    try:
        manifest = load_manifest_bytes(raw)
    except ManifestError as exc:
        return package_dir, None, f"{path.name}: {exc}"
    if manifest.id != ep.name:
        return package_dir, None, (
            f"{path.name}: plugin.id '{manifest.id}' differs from the entry point name "
            f"'{ep.name}'")
    return package_dir, manifest, ""


def discover() -> list[DiscoveredPlugin]:
    """Every plugin registered in the current environment, sorted by name."""
    found: list[DiscoveredPlugin] = []
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        dist = canonicalize_name(ep.dist.name) if ep.dist is not None else ""
        package_dir, manifest, error = _read(ep)
        if error:
            _log.warning(kv("plugin_manifest_error", plugin=ep.name, error=error))
        found.append(DiscoveredPlugin(
            name=ep.name, distribution=dist, builtin=dist == BUILTIN_DISTRIBUTION,
            package_dir=package_dir, manifest=manifest, error=error))
    return sorted(found, key=lambda d: d.name)
