"""Saved views: a queue with its filters (search, service, channel) kept under a name.

Kept in the plugin's settings, per signed-in user (two people sharing a computer
profile keep their own), as a list of ``{name, queue, search, service, channel}``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workplace.api import SettingsNamespace

translate = QCoreApplication.translate
MAX_VIEWS = 50


@dataclass(frozen=True)
class SavedView:
    name: str
    queue: str
    search: str = ""
    service: str | None = None
    channel: str | None = None

    @classmethod
    def from_json(cls, raw: Any) -> SavedView | None:
        if not isinstance(raw, dict) or not isinstance(raw.get("name"), str) \
                or not isinstance(raw.get("queue"), str):
            return None
        opt = {k: raw[k] if isinstance(raw.get(k), str) else None for k in ("service", "channel")}
        return cls(raw["name"], raw["queue"], str(raw.get("search") or ""), **opt)


class SavedViews:
    """The user's saved views, read from and written to the plugin's settings."""

    def __init__(self, settings: SettingsNamespace, user_id: str) -> None:
        self.settings = settings
        self.key = f"saved_views.{user_id or 'anonymous'}"

    def load(self) -> list[SavedView]:
        raw: Any = self.settings.get(self.key, [])
        found = [SavedView.from_json(r) for r in raw] if isinstance(raw, list) else []
        return [v for v in found if v is not None]

    def _store(self, views: Sequence[SavedView]) -> list[SavedView]:
        self.settings.set(self.key, [asdict(v) for v in views[:MAX_VIEWS]])
        return list(views[:MAX_VIEWS])

    def save(self, view: SavedView) -> list[SavedView]:
        """Add ``view``, or replace the view of the same name (case aside)."""
        views = self.load()
        same = [n for n, v in enumerate(views) if v.name.casefold() == view.name.casefold()]
        if same:
            views[same[0]] = view
        else:
            views.append(view)
        return self._store(views)

    def rename(self, old: str, new: str) -> list[SavedView]:
        views = [SavedView(new, v.queue, v.search, v.service, v.channel) if v.name == old
                 else v for v in self.load() if v.name == old or v.name.casefold()
                 != new.casefold()]
        return self._store(views)

    def delete(self, name: str) -> list[SavedView]:
        return self._store([v for v in self.load() if v.name != name])


class NameDialog(QDialog):
    """Asks for a view's name (Enter accepts)."""

    submitted = Signal(str)

    def __init__(self, title: str, prompt: str, name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        self.name = QLineEdit(name, self)
        self.name.setMaxLength(80)
        self.name.selectAll()
        label.setBuddy(self.name)
        layout.addWidget(label)
        layout.addWidget(self.name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("wp_egov", "Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("wp_egov", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.name.text().strip()))

    def accept(self) -> None:
        if self.name.text().strip():
            self.submitted.emit(self.name.text().strip())
            super().accept()
