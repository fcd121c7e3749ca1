"""The stable, versioned surface that plugins import — and the only one.

Built-in plugins use exactly this module, as a third-party plugin would; if a plugin
needs more, this module grows (and ``API_VERSION`` with it). It imports no Qt, so a
plugin's domain code can run on the gateway too.

Versioning: ``API_VERSION`` follows semantic versioning. A minor bump adds names
or optional arguments; a major bump removes or changes something. A manifest's
``api`` field is a version range (e.g. ``">=1.0,<2"``) checked at start-up.
"""

from workplace.api.ai import AI_DATA_CATEGORIES, AIPolicy
from workplace.api.blobs import (
    BlobError,
    BlobMissingError,
    BlobStore,
    BlobTamperedError,
    is_digest,
)
from workplace.api.calendar import (
    CalendarDataError,
    CalendarRangeError,
    CalendarYear,
    WorkingCalendar,
)
from workplace.api.directory import Person, StaffDirectory
from workplace.api.domain import (
    Actor,
    Domain,
    JSONObject,
    MutationRejectedError,
    Mutator,
    Record,
    Tx,
    new_id,
    require_id,
    require_str,
)
from workplace.api.http import async_http_transport
from workplace.api.manifest import (
    CollectionContribution,
    CommandContribution,
    PageContribution,
    Permission,
    PluginManifest,
    SettingsPageContribution,
    StatusItemContribution,
)
from workplace.api.notifications import Notification, NotificationLevel
from workplace.api.plugin import (
    CommandHandler,
    Plugin,
    PluginContext,
    ServiceUnavailableError,
    SettingsNamespace,
    StatusItem,
    WidgetFactory,
)
from workplace.api.store import LocalRecord, MutationReceipt, Query, SearchHit, Store
from workplace.api.text import Text, translatable
from workplace.identifiers import (
    BINInfo,
    IdentifierError,
    IINInfo,
    is_valid_bin,
    is_valid_iin,
    mask_iin,
    validate_bin,
    validate_iin,
)

#: The version of this API; plugins declare the range they work with.
API_VERSION = "1.8.0"

__all__ = [
    "AI_DATA_CATEGORIES",
    "API_VERSION",
    "AIPolicy",
    "Actor",
    "BINInfo",
    "BlobError",
    "BlobMissingError",
    "BlobStore",
    "BlobTamperedError",
    "CalendarDataError",
    "CalendarRangeError",
    "CalendarYear",
    "CollectionContribution",
    "CommandContribution",
    "CommandHandler",
    "Domain",
    "IINInfo",
    "IdentifierError",
    "JSONObject",
    "LocalRecord",
    "MutationReceipt",
    "MutationRejectedError",
    "Mutator",
    "Notification",
    "NotificationLevel",
    "PageContribution",
    "Permission",
    "Person",
    "Plugin",
    "PluginContext",
    "PluginManifest",
    "Query",
    "Record",
    "SearchHit",
    "ServiceUnavailableError",
    "SettingsNamespace",
    "SettingsPageContribution",
    "StaffDirectory",
    "StatusItem",
    "StatusItemContribution",
    "Store",
    "Text",
    "Tx",
    "WidgetFactory",
    "WorkingCalendar",
    "async_http_transport",
    "is_digest",
    "is_valid_bin",
    "is_valid_iin",
    "mask_iin",
    "new_id",
    "require_id",
    "require_str",
    "translatable",
    "validate_bin",
    "validate_iin",
]
