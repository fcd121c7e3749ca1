"""The plugin host: decides which plugins run, starts them, and isolates their faults."""

from __future__ import annotations

import functools
import importlib
import inspect
import logging
import traceback
from collections.abc import Awaitable, Callable, Iterable
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from packaging.specifiers import SpecifierSet
from packaging.version import Version

from workplace.api import (
    API_VERSION,
    Notification,
    NotificationLevel,
    Permission,
    Plugin,
    translatable,
)
from workplace.background import BackgroundRunner
from workplace.events import Event
from workplace.logs import kv
from workplace.pluginhost.context import HostedPluginContext
from workplace.pluginhost.discovery import DiscoveredPlugin, discover
from workplace.pluginhost.state import PluginRecord, PluginState, make_reason
from workplace.policy import MachinePolicy
from workplace.settings import SettingsStore
from workplace.workbench import Workbench

T = TypeVar("T")
_log = logging.getLogger("workplace.plugins")

_STOPPED_TITLE = translatable("PluginHost", "Module «{name}» stopped working")
_APPROVAL_TITLE = translatable("PluginHost", "Module «{name}» asks for new permissions")


def _describe(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def api_compatible(spec: str, api_version: str = API_VERSION) -> bool:
    return Version(api_version) in SpecifierSet(spec)


class PluginHost:
    """Owns every plugin record of a running app; Qt-free so the selftest and tests use it."""

    def __init__(
        self,
        workbench: Workbench,
        settings: SettingsStore,
        runner: BackgroundRunner,
        data_dir: Path,
        *,
        policy: MachinePolicy | None = None,
        safe_mode: bool = False,
        discovered: Iterable[DiscoveredPlugin] | None = None,
    ) -> None:
        self.workbench = workbench
        self.settings = settings
        self.runner = runner
        self.data_dir = data_dir
        self.policy = policy or MachinePolicy()
        self.safe_mode = safe_mode
        #: Platform services by name (``store``, ``http`` …), filled by later layers.
        self.services: dict[str, Any] = {}
        self.records: dict[str, PluginRecord] = {}
        self._packages: dict[str, str] = {}  # top-level package name -> plugin id
        self._contexts: dict[str, HostedPluginContext] = {}
        self.state_changed = Event[[PluginRecord]]()
        #: Emitted by the shell after the interface language changed.
        self.language_changed = Event[[str]]()
        self._user = settings.namespace("plugins")
        self._load(discover() if discovered is None else discovered)
        for pid in self.missing_forced():
            _log.error(kv("plugin_forced_missing", plugin=pid,
                          policy="plugins.force_installed"))

    # -- what policy requires ---------------------------------------------------------

    def is_forced(self, pid: str) -> bool:
        """Machine policy requires ``pid`` (``plugins.force_installed``): always on."""
        return pid in self.policy.plugins_forced

    def missing_forced(self) -> list[str]:
        """The ids policy requires that are not installed (an admin must install them)."""
        return sorted(self.policy.plugins_forced - set(self.records))

    # -- deciding ---------------------------------------------------------------

    def _load(self, discovered: Iterable[DiscoveredPlugin]) -> None:
        disabled: set[str] = set(self._user.get("disabled", []))
        for d in discovered:
            rec = PluginRecord(id=d.name, manifest=d.manifest, builtin=d.builtin,
                               distribution=d.distribution, package_dir=d.package_dir)
            if d.name in self.records:
                rec.state, rec.reason = PluginState.INVALID, make_reason(
                    "duplicate", detail=d.distribution)
                _log.warning(kv("plugin_duplicate", plugin=d.name, distribution=d.distribution))
                continue
            self.records[d.name] = rec
            if d.manifest is None:
                self._set(rec, PluginState.INVALID, make_reason("invalid", detail=d.error))
                continue
            self._packages[d.manifest.entry.split(":")[0].split(".")[0]] = rec.id
            verdict = self.policy.plugin_verdict(rec.id)
            denied = self.denied_permissions(rec)
            if verdict is not None:
                self._set(rec, PluginState.BLOCKED, make_reason(verdict))
            elif denied:
                self._set(rec, PluginState.BLOCKED, make_reason(
                    "permission_denied", permissions=", ".join(sorted(denied))))
            elif self.safe_mode and not rec.builtin:
                self._set(rec, PluginState.SKIPPED, make_reason("safe_mode"))
            elif rec.id in disabled and not self.is_forced(rec.id):
                self._set(rec, PluginState.DISABLED, make_reason("disabled"))
            elif not api_compatible(d.manifest.api):
                # Before asking for permissions: a module that cannot run is not offered.
                self._set(rec, PluginState.INCOMPATIBLE, make_reason(
                    "incompatible", wanted=d.manifest.api, have=API_VERSION))
            elif self._ask_approval(rec):
                pass

    # -- permissions --------------------------------------------------------------

    def denied_permissions(self, rec: PluginRecord) -> frozenset[Permission]:
        """The permissions of ``rec``'s manifest that machine policy denies."""
        if rec.manifest is None:
            return frozenset()
        return frozenset(p for p in rec.manifest.permissions
                         if p.value in self.policy.denied_permissions)

    def unapproved_permissions(self, rec: PluginRecord) -> frozenset[Permission]:
        """Permissions ``rec`` asks for that neither the user nor policy approved yet.

        Built-in modules come with the app and are never asked about. A module seen
        for the first time is approved as installed; an update that adds a
        permission must be approved again (:meth:`approve_permissions`), unless the
        policy's ``plugins.grant_permissions`` grants it.
        """
        if rec.manifest is None or rec.builtin or self.is_forced(rec.id):
            return frozenset()  # a module policy requires is approved by the admin
        approved: dict[str, list[str]] = self._user.get("approved_permissions", {})
        if rec.id not in approved:
            self._record_approval(rec)
            return frozenset()
        granted = self.policy.granted_permissions
        return frozenset(
            p for p in rec.manifest.permissions
            if p.value not in approved[rec.id] and f"{rec.id}:{p.value}" not in granted
            and f"{rec.id}:*" not in granted)

    def _record_approval(self, rec: PluginRecord) -> None:
        assert rec.manifest is not None
        approved = dict(self._user.get("approved_permissions", {}))
        approved[rec.id] = sorted(p.value for p in rec.manifest.permissions)
        self._user.set("approved_permissions", approved)

    def _ask_approval(self, rec: PluginRecord) -> bool:
        """Hold ``rec`` back if it asks for unapproved permissions; True if it waits."""
        new = self.unapproved_permissions(rec)
        if not new:
            # Remember a version that asks for less: asking again later needs approval.
            assert rec.manifest is not None
            approved: dict[str, list[str]] = self._user.get("approved_permissions", {})
            kept = sorted(p.value for p in rec.manifest.permissions
                          if p.value in approved.get(rec.id, []))
            if not rec.builtin and kept != approved.get(rec.id, kept):
                self._user.set("approved_permissions", {**approved, rec.id: kept})
            return False
        names = ", ".join(sorted(p.value for p in new))
        self._set(rec, PluginState.AWAITING_APPROVAL, make_reason("approval", permissions=names))
        self.workbench.notifications.post(Notification(
            title=str(_APPROVAL_TITLE).format(name=rec.display_name),
            body=str(rec.reason), level=NotificationLevel.WARNING, source="shell"))
        return True

    async def approve_permissions(self, pid: str) -> bool:
        """The user approved what ``pid`` asks for: remember it and start the plugin."""
        rec = self.records[pid]
        if rec.state is not PluginState.AWAITING_APPROVAL or rec.manifest is None:
            return False
        self._record_approval(rec)
        _log.info(kv("plugin_permissions_approved", plugin=pid,
                     permissions=",".join(sorted(p.value for p in rec.manifest.permissions))))
        rec.state = PluginState.PENDING  # compatible: nothing incompatible awaits approval
        return await self._activate_with_waiting(pid)

    def _set(self, rec: PluginRecord, state: PluginState, reason: Any = None) -> None:
        rec.state, rec.reason = state, reason
        level = logging.WARNING if state in (PluginState.FAILED, PluginState.INVALID,
                                             PluginState.INCOMPATIBLE,
                                             PluginState.MISSING_DEPENDENCY) else logging.INFO
        _log.log(level, kv("plugin_state", plugin=rec.id, state=state.value,
                           reason=reason or ""))
        self.state_changed.emit(rec)

    def _order(self, ids: list[str]) -> tuple[list[str], list[str]]:
        """Topological order of ``ids`` by requires/optional; also those in a cycle."""
        pending = set(ids)
        ordered: list[str] = []
        while pending:
            ready = sorted(
                pid for pid in pending
                if not any(dep in pending for dep in self._deps(pid)))
            if not ready:
                return ordered, sorted(pending)
            ordered.extend(ready)
            pending.difference_update(ready)
        return ordered, []

    def _deps(self, pid: str) -> tuple[str, ...]:
        m = self.records[pid].manifest
        return (m.requires + m.optional) if m else ()

    # -- starting and stopping --------------------------------------------------

    async def start(self) -> None:
        """Activate every pending plugin, dependencies first."""
        pending = [r.id for r in self.records.values() if r.state is PluginState.PENDING]
        ordered, cycle = self._order(pending)
        for pid in cycle:
            self._set(self.records[pid], PluginState.MISSING_DEPENDENCY, make_reason("cycle"))
        for pid in ordered:
            await self.activate(pid)

    def _missing_dependency(self, rec: PluginRecord) -> str | None:
        assert rec.manifest is not None
        for dep in rec.manifest.requires:
            other = self.records.get(dep)
            if other is None or other.state is not PluginState.ACTIVE:
                return other.display_name if other else dep
        return None

    async def activate(self, pid: str) -> bool:
        rec = self.records[pid]
        assert rec.manifest is not None
        missing = self._missing_dependency(rec)
        if missing is not None:
            self._set(rec, PluginState.MISSING_DEPENDENCY, make_reason("missing", dep=missing))
            return False
        module_name, _, attr = rec.manifest.entry.partition(":")
        try:
            module = importlib.import_module(module_name)
            cls = getattr(module, attr)
            if not (isinstance(cls, type) and issubclass(cls, Plugin)):
                raise TypeError(f"{rec.manifest.entry} is not a workplace.api.Plugin subclass")
            instance = cls()
        except Exception as exc:
            _log.error("plugin %s could not be imported\n%s", pid, traceback.format_exc())
            self._set(rec, PluginState.FAILED, make_reason("import", detail=_describe(exc)))
            return False
        ctx = HostedPluginContext(self, rec)
        rec.instance = instance
        self._contexts[pid] = ctx
        try:
            result = instance.activate(ctx)
            if inspect.isawaitable(result):
                await result
            self._check_contributions(rec)
        except Exception as exc:
            _log.error("plugin %s failed to activate\n%s", pid, traceback.format_exc())
            self.workbench.remove_owner(pid)
            rec.instance = None
            self._contexts.pop(pid, None)
            ctx.disconnect_all()
            key = "contrib" if isinstance(exc, _ContributionsMissingError) else "activation"
            self._set(rec, PluginState.FAILED, make_reason(
                key, detail="" if key == "contrib" else _describe(exc),
                ids=", ".join(getattr(exc, "ids", []))))
            return False
        self._set(rec, PluginState.ACTIVE)
        return True

    def _check_contributions(self, rec: PluginRecord) -> None:
        assert rec.manifest is not None
        wb = self.workbench
        missing = [c.id for c in rec.manifest.pages if wb.pages.get(c.id) is None]
        missing += [c.id for c in rec.manifest.commands if wb.commands.get(c.id) is None]
        missing += [c.id for c in rec.manifest.settings_pages
                    if wb.settings_pages.get(c.id) is None]
        if missing:
            raise _ContributionsMissingError(missing)

    def _stop(self, rec: PluginRecord) -> None:
        instance, rec.instance = rec.instance, None
        ctx = self._contexts.pop(rec.id, None)
        if ctx is not None:
            ctx.disconnect_all()
        if instance is not None:
            try:
                instance.deactivate()
            except Exception:
                _log.error("plugin %s failed to deactivate\n%s", rec.id, traceback.format_exc())

    def deactivate(self, pid: str, state: PluginState, reason: Any = None) -> None:
        """Stop a plugin, drop all its contributions, and stop those that require it."""
        rec = self.records[pid]
        for other in self.records.values():
            if (other.state is PluginState.ACTIVE and other.manifest
                    and pid in other.manifest.requires):
                self.deactivate(other.id, PluginState.MISSING_DEPENDENCY,
                                make_reason("missing", dep=rec.display_name))
        self._stop(rec)
        self.workbench.remove_owner(pid)
        self._set(rec, state, reason)

    def shutdown(self) -> None:
        """Deactivate active plugins, dependants first (called when the app closes)."""
        active = [r.id for r in self.records.values() if r.state is PluginState.ACTIVE]
        ordered, _ = self._order(active)
        for pid in reversed(ordered):
            self._stop(self.records[pid])

    async def set_enabled(self, pid: str, enabled: bool) -> None:
        """Switch a plugin on or off now, and remember the choice for the profile.

        A module machine policy requires (:meth:`is_forced`) cannot be switched off:
        the request is logged and ignored."""
        rec = self.records[pid]
        if not enabled and self.is_forced(pid):
            _log.warning(kv("plugin_forced_not_disabled", plugin=pid,
                            policy="plugins.force_installed"))
            return
        disabled: set[str] = set(self._user.get("disabled", []))
        (disabled.discard if enabled else disabled.add)(pid)
        self._user.set("disabled", sorted(disabled))
        if not enabled and rec.state is not PluginState.DISABLED:
            if rec.state is PluginState.ACTIVE:
                self.deactivate(pid, PluginState.DISABLED, make_reason("disabled"))
            else:  # e.g. failed: its pages still show why; now they go
                self.workbench.remove_owner(pid)
                self._set(rec, PluginState.DISABLED, make_reason("disabled"))
        elif enabled and rec.state is PluginState.DISABLED:
            assert rec.manifest is not None
            if not api_compatible(rec.manifest.api):
                self._set(rec, PluginState.INCOMPATIBLE, make_reason(
                    "incompatible", wanted=rec.manifest.api, have=API_VERSION))
                return
            if self._ask_approval(rec):
                return
            rec.state = PluginState.PENDING
            await self._activate_with_waiting(pid)

    async def _activate_with_waiting(self, pid: str) -> bool:
        if not await self.activate(pid):
            return False
        # Plugins that were waiting for this one can start now.
        waiting = [r.id for r in self.records.values()
                   if r.state is PluginState.MISSING_DEPENDENCY]
        for other in self._order(waiting)[0]:
            await self.activate(other)
        return True

    def public_api_of(self, pid: str) -> Any:
        rec = self.records.get(pid)
        if rec is None or rec.state is not PluginState.ACTIVE or rec.instance is None:
            return None
        return self.guard(pid, rec.instance.public_api)()

    def icon_for(self, rec: PluginRecord, name: str) -> str:
        """A plugin's own ``icons/<name>.svg`` if it ships one, else the bundled name."""
        if name and rec.package_dir is not None:
            own = rec.package_dir / "icons" / f"{name}.svg"
            if own.is_file():
                return str(own)
        return name

    # -- fault isolation ----------------------------------------------------------

    def fail(self, pid: str, exc: BaseException) -> None:
        """Mark an active plugin failed after ``exc``; the app and other plugins go on."""
        rec = self.records.get(pid)
        if rec is None or rec.state is not PluginState.ACTIVE:
            return
        _log.error("plugin %s raised\n%s", pid, "".join(traceback.format_exception(exc)))
        # Pages stay (the shell shows why they stopped); commands and status go.
        self.workbench.commands.remove_owner(pid)
        self.workbench.status.remove_owner(pid)
        self.workbench.settings_pages.remove_owner(pid)
        self._stop(rec)
        reason = make_reason("runtime", detail=_describe(exc))
        self._set(rec, PluginState.FAILED, reason)
        self.workbench.notifications.post(Notification(
            title=str(_STOPPED_TITLE).format(name=rec.display_name), body=str(reason),
            level=NotificationLevel.ERROR, source="shell"))

    def guard(self, pid: str, fn: Callable[..., T]) -> Callable[..., T | None]:
        """Wrap a plugin callable so an exception fails that plugin instead of the app."""

        @functools.wraps(fn)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            rec = self.records.get(pid)
            if rec is not None and rec.state is PluginState.FAILED:
                return None
            try:
                result = fn(*args, **kwargs)
            except Exception as exc:
                self.fail(pid, exc)
                return None
            if inspect.isawaitable(result):
                return self.guard_awaitable(pid, result)
            return result

        return guarded

    async def guard_awaitable(self, pid: str, awaitable: Awaitable[T]) -> T | None:
        try:
            return await awaitable
        except Exception as exc:
            self.fail(pid, exc)
            return None

    def owner_of(self, tb: TracebackType | None) -> str | None:
        """The plugin whose code is innermost in a traceback, if any."""
        owner = None
        while tb is not None:
            module = tb.tb_frame.f_globals.get("__name__", "")
            pid = self._packages.get(module.split(".", 1)[0])
            if pid is not None:
                owner = pid
            tb = tb.tb_next
        return owner

    def handle_uncaught(self, exc: BaseException) -> bool:
        """Fail the plugin an uncaught exception came from; False if it is not a plugin's."""
        pid = self.owner_of(exc.__traceback__)
        if pid is None:
            return False
        self.fail(pid, exc)
        return True


class _ContributionsMissingError(Exception):
    def __init__(self, ids: list[str]) -> None:
        super().__init__(", ".join(ids))
        self.ids = ids
