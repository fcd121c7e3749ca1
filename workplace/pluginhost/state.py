"""What the host knows about each plugin, and why it is in the state it is."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from workplace.api import PluginManifest, Text, translatable


class PluginState(StrEnum):
    ACTIVE = "active"
    DISABLED = "disabled"  # switched off by the user
    BLOCKED = "blocked"  # forbidden by machine policy
    SKIPPED = "skipped"  # not built in, and the app runs in safe mode
    INCOMPATIBLE = "incompatible"  # needs another API version
    MISSING_DEPENDENCY = "missing_dependency"
    INVALID = "invalid"  # manifest cannot be read
    FAILED = "failed"  # import, activation or a callback raised
    PENDING = "pending"  # found, not yet started
    AWAITING_APPROVAL = "awaiting_approval"  # an update asks for new permissions


@dataclass(frozen=True)
class Reason:
    """A readable, translatable explanation with the technical detail kept apart."""

    text: Text
    args: dict[str, str] = field(default_factory=dict)
    detail: str = ""

    def __str__(self) -> str:
        message = str(self.text).format(**self.args)
        return f"{message} ({self.detail})" if self.detail else message



# lupdate finds these through the translatable alias; Reason renders them later.
REASONS = {
    "blocked": translatable("PluginHost", "Blocked by your organisation's policy"),
    "not_allowed": translatable("PluginHost", "Not in your organisation's list of allowed modules"),
    "disabled": translatable("PluginHost", "Switched off"),
    "forced": translatable(
        "PluginHost", "Your organisation requires this module: it cannot be switched off"),
    "forced_missing": translatable(
        "PluginHost", "Your organisation requires this module, but it is not installed"),
    "safe_mode": translatable("PluginHost", "Not started: safe mode runs built-in modules only"),
    "incompatible": translatable(
        "PluginHost", "Needs platform API {wanted}, this Workplace offers {have}"),
    "missing": translatable("PluginHost", "Needs the module «{dep}», which is not available"),
    "cycle": translatable("PluginHost", "Its required modules depend on each other in a loop"),
    "invalid": translatable("PluginHost", "Its manifest is invalid"),
    "import": translatable("PluginHost", "Its code could not be loaded"),
    "activation": translatable("PluginHost", "It failed while starting"),
    "runtime": translatable("PluginHost", "It stopped after an error"),
    "contrib": translatable("PluginHost", "It did not provide what its manifest declares: {ids}"),
    "duplicate": translatable("PluginHost", "Another module with the same id is installed"),
    "permission_denied": translatable(
        "PluginHost", "Needs permissions your organisation's policy denies: {permissions}"),
    "approval": translatable(
        "PluginHost", "Its update asks for new permissions: {permissions}. Review them "
                      "on the Modules page"),
}


def make_reason(key: str, detail: str = "", **args: str) -> Reason:
    return Reason(REASONS[key], args, detail)


@dataclass
class PluginRecord:
    """One discovered plugin and its current state."""

    id: str
    manifest: PluginManifest | None
    builtin: bool
    distribution: str
    package_dir: Path | None
    state: PluginState = PluginState.PENDING
    reason: Reason | None = None
    instance: Any = None
    log_lines: list[str] = field(default_factory=list)

    @property
    def display_name(self) -> str:
        return str(self.manifest.name) if self.manifest else self.id
