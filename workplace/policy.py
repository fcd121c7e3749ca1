"""Machine policy set by IT admins; it overrides what users choose.

On Linux it is the root-owned file ``/etc/workplace/policy.json``; on Windows the
registry key ``Software\\Policies\\Workplace`` of HKLM (machine) and HKCU (user; the
machine's values win), set by Group Policy (packaging/windows/admx) or the installer:
one subkey per section, one value per key (REG_SZ, REG_DWORD — 0/1 for true/false —,
REG_MULTI_SZ for lists). The keys, the same on both:

``connection.server_url``  the organisation's gateway (https://…): used when the
                   user has not chosen a server, or always when
                   ``connection.users_may_change`` is false.
``connection.users_may_change``  false: users cannot work elsewhere; default true.
``logging.level``  DEBUG, INFO (default), WARNING or ERROR.
``plugins.allow``  list of plugin ids; when present, only these may run.
``plugins.block``  list of plugin ids that may never run.
``plugins.force_installed``  list of plugin ids that must run: users cannot switch
                   them off, their permissions count as approved, and one that is not
                   installed fails ``workplace --selftest``. Naming a blocked id, or one
                   ``plugins.allow`` does not list, is an error.
``plugins.deny_permissions``  permissions (network, storage, personal-data, ai) no
                   module may have: a module asking for one does not start.
``plugins.grant_permissions``  ``"<plugin id>:<permission>"`` (or ``"<id>:*"``): the
                   admin approves these, so an update asking for them runs without
                   asking the user.
``signin.remember_me_allowed``  whether users may stay signed in between runs (the
                   refresh token kept in the OS keyring); default true.
``signin.idle_lock_minutes``  lock the window after this many minutes without input;
                   0 never locks; default 15.
``tls.ca_bundle``  absolute path of a PEM file of extra root certificates to trust, in
                   addition to the system's (e.g. the national certification centre's).
``storage.encryption``  ``"required"`` (default): the data kept on this computer (the
                   local cache, attachments) is encrypted, with its key in the OS
                   keyring, and Workplace refuses to keep data where no secure keyring
                   exists; ``"off"``: new files are kept unencrypted.
``updates.check``  false: Workplace never asks the gateway whether a newer release is
                   out; default true (once after sign-in, then daily; it only shows a
                   notice with the link, nothing is downloaded or installed).
``updates.channel``  ``"stable"`` (default) or ``"testing"``: which releases the
                   organisation publishes on its gateway this computer is offered.
``ai.enabled``     false: no text is sent to any language model; default true.
``ai.endpoint``    the one chat-completions address allowed (``"gateway"``: the
                   organisation's gateway); users cannot change it. ``ai.model`` names
                   the model there.
``ai.never_send``  personal-data categories (iin, bin, phone, email, card, address)
                   always replaced by placeholders before text reaches a model.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workplace.api.ai import AI_DATA_CATEGORIES, AIPolicy
from workplace.api.manifest import Permission

LINUX_POLICY_FILE = Path("/etc/workplace/policy.json")
UPDATE_CHANNELS = ("stable", "testing")


class PolicyError(ValueError):
    """The policy file is unreadable or a key is wrong; the message names the key."""


@dataclass(frozen=True)
class MachinePolicy:
    """The effective machine policy (empty when no policy is set)."""

    plugins_allow: frozenset[str] | None = None
    plugins_block: frozenset[str] = frozenset()
    #: Plugins that must run: the user cannot switch them off.
    plugins_forced: frozenset[str] = frozenset()
    #: Permission names no plugin may have; ``"id:permission"`` / ``"id:*"`` pre-approved.
    denied_permissions: frozenset[str] = frozenset()
    granted_permissions: frozenset[str] = frozenset()
    source: str = ""
    remember_me_allowed: bool = True
    idle_lock_minutes: int = 15
    tls_ca_bundle: Path | None = None
    encryption_required: bool = True
    ai: AIPolicy = field(default_factory=AIPolicy)
    server_url: str = ""
    #: False: the user works with ``server_url`` only (no demo, no other server).
    server_changeable: bool = True
    log_level: str = ""
    #: False: no update check at all (policy ``updates.check``).
    updates_check: bool = True
    updates_channel: str = "stable"

    @classmethod
    def fail_safe(cls) -> MachinePolicy:
        """What applies when the policy file cannot be read: the stricter choices."""
        return cls(remember_me_allowed=False)

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


def check_ca_bundle(path: Path, key: str = "tls.ca_bundle") -> None:
    """Raise :class:`PolicyError` unless ``path`` is a readable PEM file of certificates."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PolicyError(f"policy key '{key}': file {path} cannot be read: "
                          f"{exc.strerror}") from exc
    # Bundles often carry comments in other scripts between the blocks: bytes, not text.
    if b"-----BEGIN CERTIFICATE-----" not in data:
        raise PolicyError(f"policy key '{key}': file {path} holds no PEM certificate")
    import ssl  # only when a bundle is set: the app's start-up needs no TLS

    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    try:
        ctx.load_verify_locations(cafile=str(path))
    except (ssl.SSLError, OSError) as exc:
        raise PolicyError(f"policy key '{key}': file {path} is not a valid PEM certificate "
                          f"bundle: {getattr(exc, 'reason', None) or exc}") from exc


def _section(data: dict[str, Any], name: str, known: set[str]) -> dict[str, Any]:
    section = data.get(name, {})
    if not isinstance(section, dict):
        raise PolicyError(f"policy key '{name}' must be an object")
    unknown = set(section) - known
    if unknown:
        raise PolicyError(f"policy key '{name}.{sorted(unknown)[0]}' is not known")
    return section


def parse_policy(data: Any, source: str = "") -> MachinePolicy:
    if not isinstance(data, dict):
        raise PolicyError("policy must be a JSON object")
    plugins = data.get("plugins", {})
    if not isinstance(plugins, dict):
        raise PolicyError("policy key 'plugins' must be an object")
    unknown = set(plugins) - {"allow", "block", "force_installed", "deny_permissions",
                              "grant_permissions"}
    if unknown:
        raise PolicyError(f"policy key 'plugins.{sorted(unknown)[0]}' is not known")
    allow = _id_list(plugins["allow"], "plugins.allow") if "allow" in plugins else None
    block = _id_list(plugins.get("block", []), "plugins.block")
    forced = _id_list(plugins.get("force_installed", []), "plugins.force_installed")
    if forced & block:
        raise PolicyError(f"policy key 'plugins.force_installed' names "
                          f"'{sorted(forced & block)[0]}', which 'plugins.block' blocks")
    if allow is not None and forced - allow:
        raise PolicyError(f"policy key 'plugins.force_installed' names "
                          f"'{sorted(forced - allow)[0]}', which 'plugins.allow' does not list")
    denied, granted = _permission_lists(plugins)
    signin = _section(data, "signin", {"remember_me_allowed", "idle_lock_minutes"})
    remember = signin.get("remember_me_allowed", True)
    if not isinstance(remember, bool):
        raise PolicyError("policy key 'signin.remember_me_allowed' must be true or false")
    idle = signin.get("idle_lock_minutes", 15)
    if isinstance(idle, bool) or not isinstance(idle, int) or not 0 <= idle <= 24 * 60:
        raise PolicyError("policy key 'signin.idle_lock_minutes' must be a whole number of "
                          "minutes from 0 (never lock) to 1440")
    tls = _section(data, "tls", {"ca_bundle"})
    bundle: Path | None = None
    if "ca_bundle" in tls:
        raw = tls["ca_bundle"]
        if not isinstance(raw, str) or not raw or not Path(raw).is_absolute():
            raise PolicyError("policy key 'tls.ca_bundle' must be the absolute path of a PEM "
                              "file")
        bundle = Path(raw)
        check_ca_bundle(bundle)
    storage = _section(data, "storage", {"encryption"})
    encryption = storage.get("encryption", "required")
    if encryption not in ("required", "off"):
        raise PolicyError("policy key 'storage.encryption' must be \"required\" or \"off\"")
    connection = _section(data, "connection", {"server_url", "users_may_change"})
    server_url = connection.get("server_url", "")
    if isinstance(server_url, str):
        server_url = server_url.strip()  # the installer writes " " for "none given"
    if not isinstance(server_url, str) or (server_url and not server_url.startswith(
            ("https://", "http://localhost", "http://127.0.0.1"))):
        raise PolicyError("policy key 'connection.server_url' must be an https:// address")
    changeable = connection.get("users_may_change", True)
    if not isinstance(changeable, bool):
        raise PolicyError("policy key 'connection.users_may_change' must be true or false")
    if not changeable and not server_url:
        raise PolicyError("policy key 'connection.users_may_change' is false, but "
                          "'connection.server_url' names no server")
    logging_section = _section(data, "logging", {"level"})
    level = logging_section.get("level", "")
    if level not in ("", "DEBUG", "INFO", "WARNING", "ERROR"):
        raise PolicyError("policy key 'logging.level' must be DEBUG, INFO, WARNING or ERROR")
    updates = _section(data, "updates", {"check", "channel"})
    check = updates.get("check", True)
    if not isinstance(check, bool):
        raise PolicyError("policy key 'updates.check' must be true or false")
    channel = updates.get("channel", "stable")
    if channel not in UPDATE_CHANNELS:
        raise PolicyError("policy key 'updates.channel' must be \"stable\" or \"testing\"")
    return MachinePolicy(plugins_allow=allow, plugins_block=block, plugins_forced=forced,
                         source=source,
                         denied_permissions=denied, granted_permissions=granted,
                         remember_me_allowed=remember, idle_lock_minutes=idle,
                         tls_ca_bundle=bundle, encryption_required=encryption == "required",
                         ai=_ai_policy(data), server_url=server_url.rstrip("/"),
                         server_changeable=changeable, log_level=level,
                         updates_check=check, updates_channel=channel)


def _permission_lists(plugins: dict[str, Any]) -> tuple[frozenset[str], frozenset[str]]:
    known = {p.value for p in Permission}
    deny = plugins.get("deny_permissions", [])
    if not isinstance(deny, list) or not all(v in known for v in deny):
        raise PolicyError("policy key 'plugins.deny_permissions' must be a list of: "
                          + ", ".join(sorted(known)))
    grant = plugins.get("grant_permissions", [])
    if not isinstance(grant, list) or not all(
            isinstance(v, str) and v.partition(":")[0] and v.partition(":")[2] in known | {"*"}
            for v in grant):
        raise PolicyError("policy key 'plugins.grant_permissions' must be a list of "
                          "\"<plugin id>:<permission>\" or \"<plugin id>:*\"")
    return frozenset(deny), frozenset(grant)


def _ai_policy(data: dict[str, Any]) -> AIPolicy:
    ai = _section(data, "ai", {"enabled", "endpoint", "model", "never_send"})
    enabled = ai.get("enabled", True)
    if not isinstance(enabled, bool):
        raise PolicyError("policy key 'ai.enabled' must be true or false")
    endpoint, model = ai.get("endpoint", ""), ai.get("model", "")
    if not isinstance(endpoint, str) or (endpoint and endpoint != "gateway" and not
                                         endpoint.startswith(("https://", "http://"))):
        raise PolicyError("policy key 'ai.endpoint' must be \"gateway\" or an https:// "
                          "address")
    if not isinstance(model, str):
        raise PolicyError("policy key 'ai.model' must be a string")
    never = ai.get("never_send", [])
    if not isinstance(never, list) or not all(v in AI_DATA_CATEGORIES for v in never):
        raise PolicyError("policy key 'ai.never_send' must be a list of: "
                          + ", ".join(AI_DATA_CATEGORIES))
    return AIPolicy(enabled=enabled, endpoint=endpoint, model=model,
                    never_send=frozenset(never))


#: The policy keys whose registry values are DWORD 0/1 but mean false/true.
_BOOLEAN_KEYS = frozenset({("signin", "remember_me_allowed"), ("ai", "enabled"),
                           ("connection", "users_may_change"), ("updates", "check")})
REGISTRY_KEY = "Software\\Policies\\Workplace"


def registry_policy_data(hives: Sequence[Mapping[str, Mapping[str, Any]]]) -> dict[str, Any]:
    """The policy document from registry hives (``{section: {name: value}}`` each, the
    machine's first): a value set in an earlier hive wins; DWORD 0/1 of the boolean
    keys become false/true, REG_MULTI_SZ lists stay lists."""
    data: dict[str, dict[str, Any]] = {}
    for hive in hives:
        for section, values in hive.items():
            for name, value in values.items():
                if name in data.get(section, {}):
                    continue
                boolean = (section, name) in _BOOLEAN_KEYS and value in (0, 1)
                data.setdefault(section, {})[name] = bool(value) if boolean else value
    return data


def _windows_registry() -> list[dict[str, dict[str, Any]]]:
    """HKLM's and HKCU's ``Software\\Policies\\Workplace``, as read by Group Policy."""
    hives: list[dict[str, dict[str, Any]]] = []
    if sys.platform == "win32":
        import winreg

        for root in (winreg.HKEY_LOCAL_MACHINE, winreg.HKEY_CURRENT_USER):
            sections: dict[str, dict[str, Any]] = {}
            try:
                key = winreg.OpenKey(root, REGISTRY_KEY)
            except OSError:
                hives.append(sections)
                continue
            with key:
                for i in range(winreg.QueryInfoKey(key)[0]):
                    name = winreg.EnumKey(key, i)
                    with winreg.OpenKey(key, name) as sub:
                        sections[name] = {
                            v[0]: v[1] for v in (winreg.EnumValue(sub, j)
                                                 for j in range(winreg.QueryInfoKey(sub)[1]))}
            hives.append(sections)
    return hives


def load_policy(path: Path | None = None) -> MachinePolicy:
    """Read the machine policy; none set means no policy. Raises :class:`PolicyError`."""
    if path is None and sys.platform == "win32":
        data = registry_policy_data(_windows_registry())
        return parse_policy(data, source="registry") if data else MachinePolicy()
    if path is None:
        if not sys.platform.startswith("linux"):
            return MachinePolicy()  # macOS configuration profiles: not read yet
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
