"""Machine policy set by IT admins; it overrides what users choose.

On Linux it is the root-owned file ``/etc/workplace/policy.json``. This module reads
the keys the plugin host needs (the full schema arrives with deployment):

``plugins.allow``  list of plugin ids; when present, only these may run.
``plugins.block``  list of plugin ids that may never run.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LINUX_POLICY_FILE = Path("/etc/workplace/policy.json")


class PolicyError(ValueError):
    """The policy file is unreadable or a key is wrong; the message names the key."""


@dataclass(frozen=True)
class MachinePolicy:
    """The effective machine policy (empty when no policy is set)."""

    plugins_allow: frozenset[str] | None = None
    plugins_block: frozenset[str] = frozenset()
    source: str = ""

    def plugin_verdict(self, plugin_id: str) -> str | None:
        """Why policy forbids ``plugin_id`` (``"blocked"``/``"not_allowed"``), or None."""
        if plugin_id in self.plugins_block:
            return "blocked"
        if self.plugins_allow is not None and plugin_id not in self.plugins_allow:
            return "not_allowed"
        return None


def _id_list(value: Any, key: str) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise PolicyError(f"policy key '{key}' must be a list of plugin ids (strings)")
    return frozenset(value)


def parse_policy(data: Any, source: str = "") -> MachinePolicy:
    if not isinstance(data, dict):
        raise PolicyError("policy must be a JSON object")
    plugins = data.get("plugins", {})
    if not isinstance(plugins, dict):
        raise PolicyError("policy key 'plugins' must be an object")
    unknown = set(plugins) - {"allow", "block"}
    if unknown:
        raise PolicyError(f"policy key 'plugins.{sorted(unknown)[0]}' is not known")
    allow = _id_list(plugins["allow"], "plugins.allow") if "allow" in plugins else None
    block = _id_list(plugins.get("block", []), "plugins.block")
    return MachinePolicy(plugins_allow=allow, plugins_block=block, source=source)


def load_policy(path: Path | None = None) -> MachinePolicy:
    """Read the machine policy; no file means no policy. Raises :class:`PolicyError`."""
    if path is None:
        if not sys.platform.startswith("linux"):
            # Windows registry and macOS profiles are read by the deployment layer.
            return MachinePolicy()
        path = LINUX_POLICY_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return MachinePolicy()
    except OSError as exc:
        raise PolicyError(f"policy file {path} cannot be read: {exc.strerror}") from exc
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise PolicyError(f"policy file {path} is not valid JSON: {exc}") from exc
    return parse_policy(data, source=str(path))
