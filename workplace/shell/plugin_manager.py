"""The plugin manager page: every module, its state and why, and switching it on or off."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workplace.api import Permission, translatable
from workplace.pluginhost import PluginHost, PluginRecord, PluginState
from workplace.pluginhost.state import make_reason

_log = logging.getLogger("workplace.shell")

STATE_TEXT = {
    PluginState.ACTIVE: translatable("PluginManager", "Active"),
    PluginState.DISABLED: translatable("PluginManager", "Switched off"),
    PluginState.BLOCKED: translatable("PluginManager", "Blocked by policy"),
    PluginState.SKIPPED: translatable("PluginManager", "Not started (safe mode)"),
    PluginState.INCOMPATIBLE: translatable("PluginManager", "Incompatible"),
    PluginState.MISSING_DEPENDENCY: translatable("PluginManager", "Missing dependency"),
    PluginState.INVALID: translatable("PluginManager", "Invalid"),
    PluginState.FAILED: translatable("PluginManager", "Failed"),
    PluginState.PENDING: translatable("PluginManager", "Starting"),
    PluginState.AWAITING_APPROVAL: translatable("PluginManager", "Awaiting your approval"),
}
PERMISSION_TEXT = {
    Permission.NETWORK: translatable("PluginManager", "Network access"),
    Permission.STORAGE: translatable("PluginManager", "Local storage"),
    Permission.PERSONAL_DATA: translatable("PluginManager", "Citizens' personal data"),
    Permission.AI: translatable("PluginManager", "AI assistant"),
}


class PluginManagerPage(QWidget):
    def __init__(self, host: PluginHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PluginManagerPage")
        self._host = host
        self._ids: list[str] = []
        self._pending: set[asyncio.Task[Any]] = set()
        self.table = QTableWidget(0, 4, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):  # statuses are long in Kazakh and Russian
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAlternatingRowColors(True)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.toggle = QPushButton(self)
        self.toggle.clicked.connect(self._toggle)
        # An update asked for new permissions: the user reviews them in a dialog.
        self.review = QPushButton(self)
        self.review.clicked.connect(self.review_permissions)
        self.approval_dialog: QMessageBox | None = None
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.details, 1)
        bottom.addWidget(self.review, 0, Qt.AlignmentFlag.AlignTop)
        bottom.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 2)
        layout.addLayout(bottom, 1)
        self.table.itemSelectionChanged.connect(self._show_details)
        host.state_changed.connect(lambda _rec: self.refresh())
        self._retranslate()
        self.refresh()

    def _retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.table.setHorizontalHeaderLabels([
            translate("PluginManager", "Module"), translate("PluginManager", "Version"),
            translate("PluginManager", "Status"), translate("PluginManager", "Source")])
        self.table.setAccessibleName(translate("PluginManager", "Installed modules"))
        self.details.setAccessibleName(translate("PluginManager", "Module details"))
        hint = translate("PluginManager", "Modules add pages and commands to Workplace. "
                                          "Switching a module off takes effect at once and is "
                                          "remembered.")
        if self._host.safe_mode:
            hint += " " + translate("PluginManager",
                                    "Safe mode: only built-in modules are started.")
        self.hint.setText(hint)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.refresh()
        super().changeEvent(event)

    def _selected(self) -> PluginRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self._host.records.get(self._ids[rows[0].row()])

    def refresh(self) -> None:
        translate = QCoreApplication.translate
        selected = self._selected()
        records = sorted(self._host.records.values(), key=lambda r: r.display_name.casefold())
        self._ids = [r.id for r in records]
        self.table.setRowCount(len(records))
        for row, rec in enumerate(records):
            source = (translate("PluginManager", "Built in") if rec.builtin
                      else rec.distribution or translate("PluginManager", "Third party"))
            status = str(STATE_TEXT[rec.state])
            if self._host.is_forced(rec.id):
                status = translate("PluginManager", "{0} (locked)").format(status)
            cells = [rec.display_name, rec.manifest.version if rec.manifest else "—",
                     status, source]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        if records:
            row = self._ids.index(selected.id) if selected and selected.id in self._ids else 0
            self.table.selectRow(row)
        self._show_details()

    def _show_details(self) -> None:
        translate = QCoreApplication.translate
        rec = self._selected()
        if rec is None:
            self.details.setText(translate("PluginManager", "No modules are installed."))
            self.toggle.setVisible(False)
            return
        lines = [rec.display_name]
        if rec.manifest is not None:
            if str(rec.manifest.description):
                lines.append(str(rec.manifest.description))
            perms = ", ".join(str(PERMISSION_TEXT[p]) for p in sorted(rec.manifest.permissions))
            lines.append(translate("PluginManager", "Permissions: {0}").format(
                perms or translate("PluginManager", "none")))
        lines.append(translate("PluginManager", "Status: {0}").format(str(STATE_TEXT[rec.state])))
        if rec.reason is not None:
            lines.append(translate("PluginManager", "Reason: {0}").format(str(rec.reason)))
        forced = self._host.is_forced(rec.id)
        locked = ""
        if forced:
            # Shown like the settings the organisation's policy locks.
            locked = translate("Policy", "Set by your organisation") + ": " + str(
                make_reason("forced"))
            lines.append(locked)
        self.details.setText("\n".join(lines))
        awaiting = rec.state is PluginState.AWAITING_APPROVAL
        self.review.setVisible(awaiting)
        self.review.setText(translate("PluginManager", "Review permissions…"))
        switchable = rec.manifest is not None and rec.state not in (
            PluginState.BLOCKED, PluginState.SKIPPED, PluginState.INVALID,
            PluginState.AWAITING_APPROVAL)
        self.toggle.setVisible(switchable)
        enabled = rec.state is not PluginState.DISABLED
        label = (translate("PluginManager", "Switch off") if enabled
                 else translate("PluginManager", "Switch on"))
        self.toggle.setText(label)
        # Locked on: the button stays in sight, greyed, and says why.
        self.toggle.setEnabled(not (forced and enabled))
        self.toggle.setToolTip(locked if forced and enabled else "")
        self.toggle.setAccessibleName(f"{label}: {rec.display_name}")
        self.toggle.setAccessibleDescription(locked if forced and enabled else "")

    def review_permissions(self) -> QMessageBox | None:
        """Ask the user to approve the permissions an update added (opened, not exec'd)."""
        rec = self._selected()
        if rec is None or rec.state is not PluginState.AWAITING_APPROVAL:
            return None
        translate = QCoreApplication.translate
        new = sorted(self._host.unapproved_permissions(rec))
        box = QMessageBox(QMessageBox.Icon.Question,
                          translate("PluginManager", "New permissions"), "", parent=self)
        box.setText(translate("PluginManager",
                              "The update of «{0}» asks for new permissions:").format(
                                  rec.display_name))
        box.setInformativeText("\n".join(f"• {PERMISSION_TEXT[p]}" for p in new) + "\n\n"
                               + translate("PluginManager", "Approve only if you trust "
                                           "this module's publisher. Until then it stays off."))
        approve = box.addButton(translate("PluginManager", "Approve and start"),
                                QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("PluginManager", "Keep it off"),
                      QMessageBox.ButtonRole.RejectRole)
        pid = rec.id

        def done() -> None:
            if box.clickedButton() is approve:
                task = asyncio.ensure_future(self._host.approve_permissions(pid))
                self._pending.add(task)
                task.add_done_callback(self._pending.discard)

        box.finished.connect(lambda _result: done())
        self.approval_dialog = box
        box.open()
        return box

    def _toggle(self) -> None:
        rec = self._selected()
        if rec is None:
            return
        enable = rec.state is PluginState.DISABLED
        if not enable and self._host.is_forced(rec.id):
            return  # locked on by policy (the button is greyed out too)
        task = asyncio.ensure_future(self._host.set_enabled(rec.id, enable))
        self._pending.add(task)  # keep a reference until it is done
        task.add_done_callback(self._pending.discard)
