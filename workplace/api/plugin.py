"""The plugin base class and the context every plugin receives on activation."""

from __future__ import annotations

import abc
import logging
from collections.abc import Awaitable, Callable, Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from workplace.api.ai import AIPolicy
from workplace.api.blobs import BlobStore
from workplace.api.directory import StaffDirectory
from workplace.api.manifest import PluginManifest
from workplace.api.notifications import NotificationLevel

if TYPE_CHECKING:  # the API itself stays importable without Qt
    from PySide6.QtWidgets import QWidget

T = TypeVar("T")

#: Makes a page or settings-page widget; called on first show, on the GUI thread.
WidgetFactory = Callable[[], "QWidget"]
#: Runs a command; may be a plain function or a coroutine function.
CommandHandler = Callable[[], Awaitable[None] | None]


class ServiceUnavailableError(RuntimeError):
    """The platform service asked for is not offered by this Workplace build."""


class StatusItem(abc.ABC):
    """A status-bar slot declared in the manifest; the plugin sets what it shows."""

    @abc.abstractmethod
    def set_text(self, text: str, tooltip: str = "") -> None:
        """Show ``text`` (short, already translated) with an optional tooltip."""

    @abc.abstractmethod
    def set_visible(self, visible: bool) -> None:
        """Show or hide the slot."""


class SettingsNamespace(abc.ABC):
    """The plugin's own settings: JSON values that persist across runs."""

    @abc.abstractmethod
    def get(self, key: str, default: T) -> T:
        """The stored value of ``key``, or ``default`` when unset or of another type."""

    @abc.abstractmethod
    def set(self, key: str, value: Any) -> None:
        """Store ``value`` (anything JSON can hold); saved in the background."""

    @abc.abstractmethod
    def remove(self, key: str) -> None:
        """Forget ``key``."""


class PluginContext(abc.ABC):
    """Everything the platform offers a plugin; handed to :meth:`Plugin.activate`.

    Contributions declared in the manifest are given their implementation here:
    every declared page, command and settings page must be provided during
    activation, or the plugin is marked failed with the missing ids named.
    """

    manifest: PluginManifest
    #: ``workplace.plugin.<id>``; messages go to the application log.
    log: logging.Logger
    #: A directory for the plugin's own files, inside the current profile.
    data_dir: Path

    @property
    def id(self) -> str:
        """The plugin's id from its manifest."""
        return self.manifest.id

    @property
    @abc.abstractmethod
    def settings(self) -> SettingsNamespace:
        """The plugin's settings namespace."""

    @abc.abstractmethod
    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        """Translate ``source`` from the plugin's own catalogue (context = plugin id).

        For ``lupdate`` to find a string, write it as
        ``QCoreApplication.translate("<plugin id>", "text")`` in Qt code, or mark it with
        :func:`translatable` (``translatable("<plugin id>", "text")``) in Qt-free code.
        """

    @property
    @abc.abstractmethod
    def language(self) -> str:
        """The interface language now shown: ``kk``, ``ru`` or ``en``."""

    @abc.abstractmethod
    def on_language_changed(self, callback: Callable[[str], None]) -> None:
        """Call ``callback(language)`` after the user switches language (widgets get
        ``QEvent.LanguageChange`` anyway; this is for text the plugin keeps elsewhere)."""

    @abc.abstractmethod
    def add_page(self, page_id: str, factory: WidgetFactory) -> None:
        """Provide the widget of a page declared in the manifest."""

    @abc.abstractmethod
    def add_command(self, command_id: str, handler: CommandHandler) -> None:
        """Provide the handler of a command declared in the manifest."""

    @abc.abstractmethod
    def add_settings_page(self, page_id: str, factory: WidgetFactory) -> None:
        """Provide a settings page; a widget with an ``apply()`` method is applied on OK."""

    @abc.abstractmethod
    def add_record_opener(self, collection: str, opener: Callable[[str], None]) -> None:
        """Show a record of one of the plugin's collections when the user picks it
        (in the global search, a citation, a notification): ``opener(record_id)``."""

    def open_record(self, collection: str, record_id: str) -> bool:
        """Show a record of any module (a citation, a link) with the opener its module
        registered; ``False`` if no active module opens that collection (API 1.4)."""
        return False

    @abc.abstractmethod
    def status_item(self, item_id: str) -> StatusItem:
        """The status-bar slot declared in the manifest under ``item_id``."""

    @abc.abstractmethod
    def notify(
        self, title: str, body: str = "", level: NotificationLevel = NotificationLevel.INFO
    ) -> None:
        """Post a notification (translated text) to the notification centre."""

    @abc.abstractmethod
    def run_blocking(self, fn: Callable[..., T], *args: Any) -> Awaitable[T]:
        """Run blocking work (files, hashing, SQLite) off the GUI thread; await the result."""

    @abc.abstractmethod
    def spawn(self, coro: Coroutine[Any, Any, T]) -> Awaitable[T | None]:
        """Run a coroutine on the application loop; an exception fails this plugin only
        (and the awaitable then gives ``None``)."""

    @abc.abstractmethod
    def run_command(self, command_id: str) -> None:
        """Run any registered command (the shell's ``shell.settings`` or a plugin's)."""

    @abc.abstractmethod
    def plugin_api(self, plugin_id: str) -> Any:
        """The public API object of a plugin named in ``requires`` or ``optional``.

        Returns ``None`` for an optional plugin that is not active. Asking for a
        plugin the manifest does not name raises :class:`LookupError`.
        """

    # Services that later platform layers provide. Each checks the permission the
    # plugin declared first, so a missing declaration fails the same way today as
    # it will once the service exists.
    @property
    @abc.abstractmethod
    def store(self) -> Any:
        """The local offline store (permission ``storage``)."""

    @property
    @abc.abstractmethod
    def sync(self) -> Any:
        """The sync engine (permission ``storage``)."""

    @property
    @abc.abstractmethod
    def http(self) -> Any:
        """An HTTP client for the gateway (permission ``network``)."""

    @property
    @abc.abstractmethod
    def credentials(self) -> Any:
        """The OS keyring, namespaced for the plugin (permission ``network``)."""

    @property
    @abc.abstractmethod
    def audit(self) -> Any:
        """The personal-data audit trail (permission ``personal-data``)."""

    @property
    @abc.abstractmethod
    def calendar(self) -> Any:
        """The working-day calendar."""

    @property
    def ai_policy(self) -> AIPolicy:
        """The machine policy on language models (permission ``ai``; API 1.4)."""
        return AIPolicy()

    @property
    @abc.abstractmethod
    def blobs(self) -> BlobStore:
        """Encrypted files kept on this computer: attachments (permission ``storage``)."""

    @property
    def directory(self) -> StaffDirectory:
        """The organisation's staff, kept on this computer: whom work can be given to
        (no permission; API 1.8). Empty where the app has no directory."""
        return StaffDirectory()


class Plugin:
    """Base class of a plugin's entry object (named by ``entry`` in the manifest).

    Keep ``__init__`` cheap; do the work in :meth:`activate`. Everything the
    plugin registers through the context is removed by the host on deactivation.
    """

    def activate(self, ctx: PluginContext) -> Awaitable[None] | None:
        """Called once when the plugin starts; provide the manifest's contributions."""

    def deactivate(self) -> None:
        """Called when the plugin is disabled or the app closes; release resources."""

    def public_api(self) -> Any:
        """What other plugins get from ``ctx.plugin_api(<this id>)``; ``None`` by default."""
        return None
