"""Finding, checking, starting and isolating plugins. Free of Qt.

Discovery reads manifests through the ``workplace.plugins`` entry-point group without
importing plugin code; the host decides which plugins may run (policy, user choice,
API range, dependencies), activates them in dependency order, and turns any
exception a plugin raises into a failed state for that plugin alone.
"""

from workplace.pluginhost.discovery import ENTRY_POINT_GROUP, DiscoveredPlugin, discover
from workplace.pluginhost.host import PluginHost
from workplace.pluginhost.manifest import ManifestError, parse_manifest
from workplace.pluginhost.state import PluginRecord, PluginState, Reason

__all__ = [
    "ENTRY_POINT_GROUP",
    "DiscoveredPlugin",
    "ManifestError",
    "PluginHost",
    "PluginRecord",
    "PluginState",
    "Reason",
    "discover",
    "parse_manifest",
]
