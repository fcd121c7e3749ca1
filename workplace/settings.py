"""User settings of a profile: one JSON file, namespaced per shell and per plugin.

Changes are kept in memory and written atomically (temporary file + rename), so a
crash mid-write never leaves a half file. A file that cannot be read is moved
aside — never deleted — and the app starts with defaults and tells the user.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from workplace.api import SettingsNamespace
from workplace.events import Event
from workplace.logs import kv

T = TypeVar("T")
_log = logging.getLogger("workplace.settings")
SCHEMA_VERSION = 1


class SettingsStore:
    """All namespaces of one profile's settings file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._data: dict[str, dict[str, Any]] = {}
        self._lock = threading.Lock()
        self._dirty = False
        #: Set when the file on disk was unreadable and moved aside at load.
        self.recovered_from: Path | None = None
        self.changed = Event[[]]()
        self._load()

    def _load(self) -> None:
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return
        try:
            data = json.loads(raw)
            if not isinstance(data, dict) or not all(isinstance(v, dict) for k, v in
                                                     data.items() if k != "version"):
                raise ValueError("top level must be an object of objects")
        except ValueError as exc:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
            aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
            os.replace(self.path, aside)
            self.recovered_from = aside
            _log.warning(kv("settings_unreadable", path=self.path, moved_to=aside, error=exc))
            return
        data.pop("version", None)
        self._data = data

    def namespace(self, name: str) -> ProfileSettings:
        return ProfileSettings(self, name)

    def get(self, ns: str, key: str, default: Any = None) -> Any:
        with self._lock:
            return self._data.get(ns, {}).get(key, default)

    def set(self, ns: str, key: str, value: Any) -> None:
        try:
            json.dumps(value)
        except (TypeError, ValueError) as exc:
            raise TypeError(f"setting {ns}/{key} must be JSON-serialisable: {exc}") from exc
        with self._lock:
            section = self._data.setdefault(ns, {})
            if section.get(key, _MISSING) == value:
                return
            section[key] = value
            self._dirty = True
        self.changed.emit()

    def remove(self, ns: str, key: str) -> None:
        with self._lock:
            if self._data.get(ns, {}).pop(key, _MISSING) is _MISSING:
                return
            self._dirty = True
        self.changed.emit()

    @property
    def dirty(self) -> bool:
        return self._dirty

    def save(self) -> None:
        """Write the file if anything changed; safe to call from a worker thread."""
        with self._lock:
            if not self._dirty:
                return
            payload = json.dumps({"version": SCHEMA_VERSION, **self._data},
                                 ensure_ascii=False, indent=2, sort_keys=True)
            self._dirty = False
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(payload)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with self._lock:
                self._dirty = True
            Path(tmp).unlink(missing_ok=True)
            raise


_MISSING = object()


class ProfileSettings(SettingsNamespace):
    """One namespace of a :class:`SettingsStore` (``shell`` or ``plugin:<id>``)."""

    def __init__(self, store: SettingsStore, name: str) -> None:
        self._store = store
        self._name = name

    def get(self, key: str, default: T) -> T:
        value = self._store.get(self._name, key, default)
        if default is not None and not isinstance(value, type(default)):
            return default
        return value  # type: ignore[no-any-return]

    def set(self, key: str, value: Any) -> None:
        self._store.set(self._name, key, value)

    def remove(self, key: str) -> None:
        self._store.remove(self._name, key)
