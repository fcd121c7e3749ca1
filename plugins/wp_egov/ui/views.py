"""Saved views: a queue with its filters (search, service, channel) kept under a name.

Kept in the plugin's settings, per signed-in user (two people sharing a computer
profile keep their own), as a list of ``{name, queue, search, service, channel}``,
and listed under the queues of the requests page (:class:`SavedViewsMixin`): F2
renames and Delete deletes the chosen one (also in the list's context menu).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workplace.api import PluginContext, SettingsNamespace, Store
from wp_egov.ui.queues import QUEUES

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


class SavedViewsMixin:
    """The saved views of the requests page: the "Save view…" button, the views listed
    under the queues, choosing, renaming and deleting one.

    Mixed into :class:`~wp_egov.ui.page.RequestsPage` (a QWidget), whose queue list,
    search box, filters and :meth:`apply_filters` it uses."""

    ctx: PluginContext
    store: Store
    queues: QListWidget
    search: QLineEdit
    service: QComboBox
    channel: QComboBox
    queue_index: int

    def apply_filters(self) -> None:
        raise NotImplementedError  # the page's

    @property
    def _widget(self) -> QWidget:
        return cast(QWidget, self)

    def make_views(self) -> None:
        """The "Save view…" button and the list's actions (call before the layout)."""
        self.save_view_button = QPushButton(self._widget)
        self.save_view_button.clicked.connect(self.ask_save_view)
        self.views: list[SavedView] = []
        self._view_actions = self._queue_actions()

    def retranslate_views(self) -> None:
        self.save_view_button.setText(translate("wp_egov", "Save view…"))
        self.save_view_button.setToolTip(translate(
            "wp_egov", "Keep this queue with its search and filters under a name, in the "
                       "list on the left"))
        rename, delete = self._view_actions
        rename.setText(translate("wp_egov", "Rename the view…"))
        delete.setText(translate("wp_egov", "Delete the view"))

    def view_key(self, event: QKeyEvent) -> bool:
        """F2 and Delete on the queue list, when a saved view is chosen (the actions'
        shortcuts need an active window; the keys work without)."""
        if self._chosen_view() is None:
            return False
        if event.key() == Qt.Key.Key_F2:
            self.ask_rename_view()
            return True
        if event.key() == Qt.Key.Key_Delete:
            self.delete_view()
            return True
        return False

    def _saved(self) -> SavedViews:
        return SavedViews(self.ctx.settings, self.store.actor.user_id if self.store.actor
                          else "")

    def _queue_actions(self) -> tuple[QAction, QAction]:
        """F2 renames and Delete deletes the saved view chosen in the list (also in its
        context menu)."""
        rename, delete = QAction(self.queues), QAction(self.queues)
        rename.setShortcut(QKeySequence(Qt.Key.Key_F2))
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        for action, slot in ((rename, self.ask_rename_view), (delete, self.delete_view)):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _c=False, f=slot: f())
            self.queues.addAction(action)
        self.queues.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return rename, delete

    def view_at(self, row: int) -> SavedView | None:
        n = row - len(QUEUES) - 1  # after the queues and the "Saved views" heading
        return self.views[n] if 0 <= n < len(self.views) else None

    def show_views(self, views: list[SavedView]) -> None:
        """Put the saved views under the queues (a heading first, if there are any)."""
        self.views = views
        self.queues.blockSignals(True)
        current = self.queues.currentRow()
        while self.queues.count() > len(QUEUES):
            self.queues.takeItem(len(QUEUES))
        if views:
            heading = QListWidgetItem(translate("wp_egov", "Saved views"))
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            self.queues.addItem(heading)
        for view in views:
            item = QListWidgetItem(view.name)
            item.setToolTip(translate("wp_egov", "F2 renames, Delete deletes"))
            self.queues.addItem(item)
        self.queues.setCurrentRow(min(current, self.queues.count() - 1))
        self.queues.blockSignals(False)
        for action in self._view_actions:
            action.setEnabled(bool(views))

    def current_view(self) -> SavedView:
        return SavedView("", QUEUES[self.queue_index].id, self.search.text().strip(),
                         self.service.currentData(), self.channel.currentData())

    def ask_save_view(self) -> NameDialog:
        dialog = NameDialog(translate("wp_egov", "Save the view"),
                            translate("wp_egov", "&Name of the view (a view of the same name "
                                                 "is replaced):"),
                            parent=self._widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(self.save_view)
        dialog.open()
        return dialog

    def save_view(self, name: str) -> None:
        view = dataclasses.replace(self.current_view(), name=name)
        self.show_views(self._saved().save(view))
        row = len(QUEUES) + 1 + [v.name for v in self.views].index(name)
        self.queues.blockSignals(True)
        self.queues.setCurrentRow(row)
        self.queues.blockSignals(False)

    def _chosen_view(self) -> SavedView | None:
        return self.view_at(self.queues.currentRow())

    def ask_rename_view(self) -> NameDialog | None:
        view = self._chosen_view()
        if view is None:
            return None
        dialog = NameDialog(translate("wp_egov", "Rename the view"),
                            translate("wp_egov", "&New name:"), view.name, parent=self._widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda name: self.show_views(
            self._saved().rename(view.name, name)))
        dialog.open()
        return dialog

    def delete_view(self) -> None:
        view = self._chosen_view()
        if view is not None:
            self.show_views(self._saved().delete(view.name))
            self.queues.setCurrentRow(self.queue_index)

    def apply_view(self, view: SavedView) -> None:
        ids = [q.id for q in QUEUES]
        self.queue_index = ids.index(view.queue) if view.queue in ids else 1
        for combo, value in ((self.service, view.service), (self.channel, view.channel)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)) if value else 0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(view.search)
        self.search.blockSignals(False)
        self.apply_filters()
