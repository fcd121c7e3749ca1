"""The :class:`workplace.api.PluginContext` a plugin receives, bound to its record."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

from workplace import i18n
from workplace.api import (
    AIPolicy,
    BlobStore,
    CommandHandler,
    NotificationLevel,
    Permission,
    PluginContext,
    ServiceUnavailableError,
    SettingsNamespace,
    StaffDirectory,
    StatusItem,
    WidgetFactory,
)
from workplace.api.notifications import Notification
from workplace.pluginhost.state import PluginRecord
from workplace.workbench import CommandEntry, PageEntry, StatusEntry

if TYPE_CHECKING:
    from workplace.pluginhost.host import PluginHost

T = TypeVar("T")


class _StatusHandle(StatusItem):
    def __init__(self, host: PluginHost, item_id: str) -> None:
        self._host = host
        self._id = item_id

    def set_text(self, text: str, tooltip: str = "") -> None:
        self._host.workbench.status.update(self._id, text=text, tooltip=tooltip)

    def set_visible(self, visible: bool) -> None:
        self._host.workbench.status.update(self._id, visible=visible)


class HostedPluginContext(PluginContext):
    """One plugin's view of the platform; everything it registers is owned by it."""

    def __init__(self, host: PluginHost, record: PluginRecord) -> None:
        assert record.manifest is not None
        self._host = host
        self._record = record
        self.manifest = record.manifest
        self.log = logging.getLogger(f"workplace.plugin.{record.id}")
        self.data_dir = host.data_dir / "plugins" / record.id
        self._settings = host.settings.namespace(f"plugin:{record.id}")
        self._listeners: list[Callable[[str], object]] = []

    @property
    def settings(self) -> SettingsNamespace:
        return self._settings

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return i18n.translate(self.manifest.id, source, disambiguation, n)  # i18n: dynamic

    @property
    def language(self) -> str:
        return i18n.current_language()

    def on_language_changed(self, callback: Callable[[str], None]) -> None:
        guarded = self._host.guard(self._record.id, callback)
        self._host.language_changed.connect(guarded)
        self._listeners.append(guarded)

    def disconnect_all(self) -> None:
        """Drop the plugin's listeners on platform events (it is stopping)."""
        for listener in self._listeners:
            self._host.language_changed.disconnect(listener)
        self._listeners.clear()

    def _declared(self, kind: str, item_id: str, declared: tuple[Any, ...]) -> Any:
        for contribution in declared:
            if contribution.id == item_id:
                return contribution
        raise LookupError(f"'{item_id}' is not declared under [[{kind}]] in the manifest")

    def add_page(self, page_id: str, factory: WidgetFactory) -> None:
        c = self._declared("pages", page_id, self.manifest.pages)
        self._host.workbench.pages.add(PageEntry(
            id=c.id, title=c.title, factory=self._host.guard(self._record.id, factory),
            owner=self._record.id, icon=self._host.icon_for(self._record, c.icon),
            order=c.order))

    def add_command(self, command_id: str, handler: CommandHandler) -> None:
        c = self._declared("commands", command_id, self.manifest.commands)
        self._host.workbench.commands.add(CommandEntry(
            id=c.id, title=c.title, handler=self._host.guard(self._record.id, handler),
            owner=self._record.id, shortcut=c.shortcut, category=self.manifest.name))

    def add_settings_page(self, page_id: str, factory: WidgetFactory) -> None:
        c = self._declared("settings_pages", page_id, self.manifest.settings_pages)
        self._host.workbench.settings_pages.add(PageEntry(
            id=c.id, title=c.title, factory=self._host.guard(self._record.id, factory),
            owner=self._record.id))

    def add_record_opener(self, collection: str, opener: Callable[[str], None]) -> None:
        self._declared("collections", collection, self.manifest.collections)
        self._host.workbench.openers[collection] = (
            self._record.id, self._host.guard(self._record.id, opener))

    def open_record(self, collection: str, record_id: str) -> bool:
        entry = self._host.workbench.openers.get(collection)
        if entry is None:
            return False
        entry[1](record_id)
        return True

    def status_item(self, item_id: str) -> StatusItem:
        c = self._declared("status_items", item_id, self.manifest.status_items)
        if self._host.workbench.status.get(c.id) is None:
            self._host.workbench.status.add(
                StatusEntry(id=c.id, owner=self._record.id, order=c.order, visible=False))
        return _StatusHandle(self._host, c.id)

    def notify(self, title: str, body: str = "",
               level: NotificationLevel = NotificationLevel.INFO) -> None:
        self._host.workbench.notifications.post(
            Notification(title=title, body=body, level=level, source=self._record.id))

    def run_blocking(self, fn: Callable[..., T], *args: Any) -> Awaitable[T]:
        return self._host.runner.run(fn, *args)

    def spawn(self, coro: Coroutine[Any, Any, T]) -> Awaitable[T | None]:
        return asyncio.ensure_future(self._host.guard_awaitable(self._record.id, coro))

    def run_command(self, command_id: str) -> None:
        self._host.workbench.commands.run(command_id)

    def plugin_api(self, plugin_id: str) -> Any:
        if plugin_id not in self.manifest.requires and plugin_id not in self.manifest.optional:
            raise LookupError(
                f"plugin '{self.manifest.id}' did not name '{plugin_id}' in requires or optional")
        return self._host.public_api_of(plugin_id)

    def _check(self, name: str, permission: Permission) -> None:
        """Raise :class:`PermissionError` unless the plugin may use the service ``name``."""
        if permission not in self.manifest.permissions:
            raise PermissionError(
                f"plugin '{self.manifest.id}' uses the {name} service but did not ask for the "
                f"'{permission.value}' permission: add \"{permission.value}\" to "
                "permissions in its manifest.toml")
        if permission.value in self._host.policy.denied_permissions:
            raise PermissionError(
                f"plugin '{self.manifest.id}' uses the {name} service, but this "
                f"organisation's policy denies the '{permission.value}' permission "
                "(plugins.deny_permissions)")

    def _service(self, name: str, permission: Permission | None) -> Any:
        if permission is not None:
            self._check(name, permission)
        service = self._host.services.get(name)
        if service is None:
            raise ServiceUnavailableError(
                f"the {name} service is not available in this Workplace build")
        scoped = getattr(service, "for_plugin", None)  # e.g. audit entries name the plugin
        return scoped(self.manifest.id) if callable(scoped) else service

    @property
    def store(self) -> Any:
        return self._service("store", Permission.STORAGE)

    @property
    def sync(self) -> Any:
        return self._service("sync", Permission.STORAGE)

    @property
    def http(self) -> Any:
        return self._service("http", Permission.NETWORK)

    @property
    def credentials(self) -> Any:
        return self._service("credentials", Permission.NETWORK)

    @property
    def audit(self) -> Any:
        return self._service("audit", Permission.PERSONAL_DATA)

    @property
    def calendar(self) -> Any:
        return self._service("calendar", None)

    @property
    def ai_policy(self) -> AIPolicy:
        self._check("AI policy", Permission.AI)
        return self._host.policy.ai

    @property
    def blobs(self) -> BlobStore:
        service: BlobStore = self._service("blobs", Permission.STORAGE)
        return service

    @property
    def directory(self) -> StaffDirectory:
        # No permission, like the calendar: colleagues' names are what an assignment
        # needs and are not citizens' data. A host without the service (a test's, a
        # tool's) answers with the empty directory: plugins then offer whom records name.
        service = self._host.services.get("directory")
        return service if isinstance(service, StaffDirectory) else StaffDirectory()
