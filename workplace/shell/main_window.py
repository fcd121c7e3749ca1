"""The main window: rail of pages, page header, status bar, notification dock, menus."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workplace.shell.icons import app_icon, icon
from workplace.shell.nav_rail import NavRail
from workplace.shell.notifications import NotificationPanel
from workplace.shell.pages import MessagePanel, PageHolder
from workplace.workbench import SHELL, PageEntry, StatusEntry, Workbench

_log = logging.getLogger("workplace.shell")

# Menus list shell commands by id; plugin commands live in the palette.
_MENUS = {
    "file": ["shell.settings", "shell.quit"],
    "view": ["shell.palette", "shell.notifications", "shell.plugins"],
    "help": ["shell.shortcuts", "shell.about"],
}


class MainWindow(QMainWindow):
    """Draws the workbench; knows nothing about how plugins are started."""

    page_changed = Signal(str)
    closing = Signal()

    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.setWindowIcon(app_icon())
        self.workbench = workbench
        self._holders: dict[str, PageHolder] = {}
        self._shortcuts: list[QShortcut] = []
        # Inside batched_updates(): menus and shortcuts are rebuilt once at the end.
        self._batch = 0
        self._commands_dirty = False
        self._status_labels: dict[str, QLabel] = {}
        self.current_page = ""
        self.rail = NavRail(self)
        self.stack = QStackedWidget(self)
        self.empty = MessagePanel("plugins", self)
        self.stack.addWidget(self.empty)

        self.page_title = QLabel(self)
        self.page_title.setObjectName("PageTitle")
        self.palette_button = QToolButton(self)
        self.palette_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.palette_button.clicked.connect(lambda: self.run_command("shell.palette"))
        self.bell = QToolButton(self)
        self.bell.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.bell.setIconSize(QSize(20, 20))
        self.bell.clicked.connect(lambda: self.run_command("shell.notifications"))
        header = QWidget(self)
        header.setObjectName("PageHeader")
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(16, 8, 12, 8)
        header_layout.addWidget(self.page_title, 1)
        header_layout.addWidget(self.palette_button)
        header_layout.addWidget(self.bell)
        self._header_layout = header_layout

        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(0)
        content_layout.addWidget(header)
        content_layout.addWidget(self.stack, 1)
        central = QWidget(self)
        central_layout = QHBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.rail)
        central_layout.addWidget(content, 1)
        self.setCentralWidget(central)

        self.notifications = NotificationPanel(workbench.notifications, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.notifications)
        self.notifications.hide()

        self._menus: dict[str, QMenu] = {}
        for key in _MENUS:
            self._menus[key] = self.menuBar().addMenu("")
        self.statusBar().setSizeGripEnabled(True)

        self.rail.page_selected.connect(self.show_page)
        workbench.pages.added.connect(self._on_page_added)
        workbench.pages.removed.connect(self._on_page_removed)
        workbench.commands.changed.connect(self._rebuild_commands)
        workbench.status.added.connect(self._on_status_added)
        workbench.status.updated.connect(self._on_status_updated)
        workbench.status.removed.connect(self._on_status_removed)
        workbench.notifications.changed.connect(self._update_bell)
        for entry in workbench.pages.entries():
            self._on_page_added(entry)
        for status in workbench.status.entries():
            self._on_status_added(status)
        self._retranslate()
        self._rebuild_commands()
        self._update_bell()
        self.refresh_icons()
        self.resize(1200, 780)

    # -- pages ------------------------------------------------------------------

    def _on_page_added(self, entry: PageEntry) -> None:
        holder = PageHolder(entry, self.stack)
        self._holders[entry.id] = holder
        self.stack.addWidget(holder)
        self.rail.add_page(entry, bottom=entry.owner == SHELL)
        self._rebuild_commands()
        if not self.current_page or self.current_page not in self._holders:
            self.show_page(entry.id)

    def _on_page_removed(self, page_id: str) -> None:
        holder = self._holders.pop(page_id, None)
        self.rail.remove_page(page_id)
        if holder is not None:
            self.stack.removeWidget(holder)
            holder.deleteLater()
        if self.current_page == page_id:
            remaining = self.rail.page_ids()
            self.current_page = ""
            if remaining:
                self.show_page(remaining[0])
            else:
                self._show_empty()
        self._rebuild_commands()

    def _show_empty(self) -> None:
        self.stack.setCurrentWidget(self.empty)
        self.page_title.setText("")

    def show_page(self, page_id: str) -> bool:
        holder = self._holders.get(page_id)
        if holder is None:
            return False
        holder.ensure_built()
        self.stack.setCurrentWidget(holder)
        self.rail.select(page_id)
        self.current_page = page_id
        self.page_title.setText(str(holder.entry.title))
        self.page_changed.emit(page_id)
        return True

    def add_header_widget(self, widget: QWidget) -> None:
        """Put a widget of the shell's (the global search) in the header, before the
        command and notification buttons."""
        self._header_layout.insertWidget(self._header_layout.indexOf(self.palette_button),
                                         widget)

    def page_ids(self) -> list[str]:
        return self.rail.page_ids()

    def holder(self, page_id: str) -> PageHolder | None:
        return self._holders.get(page_id)

    def mark_pages_failed(self, owner: str, reason: str) -> None:
        for holder in self._holders.values():
            if holder.entry.owner == owner:
                holder.show_failure(reason)

    # -- commands, menus and shortcuts ------------------------------------------

    def run_command(self, command_id: str) -> None:
        if self.workbench.commands.get(command_id) is not None:
            self.workbench.commands.run(command_id)

    @contextlib.contextmanager
    def batched_updates(self) -> Iterator[None]:
        """Rebuild the menus and shortcuts once, after many pages and commands arrive
        (plugins starting): one rebuild per command made start-up quadratic."""
        self._batch += 1
        try:
            yield
        finally:
            self._batch -= 1
            if not self._batch and self._commands_dirty:
                self._rebuild_commands()

    def _rebuild_commands(self) -> None:
        if self._batch:
            self._commands_dirty = True
            return
        self._commands_dirty = False
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self._shortcuts.clear()
        for entry in self.workbench.commands.entries():
            if entry.shortcut:
                sc = QShortcut(QKeySequence(entry.shortcut), self)
                sc.setContext(Qt.ShortcutContext.ApplicationShortcut)
                sc.activated.connect(lambda cid=entry.id: self.run_command(cid))
                self._shortcuts.append(sc)
        self._rebuild_menus()

    def _rebuild_menus(self) -> None:
        for key, ids in _MENUS.items():
            menu = self._menus[key]
            menu.clear()
            if key == "view":
                for pid in self.rail.page_ids():
                    self._add_action(menu, f"shell.page.{pid}")
                menu.addSeparator()
            for cid in ids:
                self._add_action(menu, cid)

    def _add_action(self, menu: QMenu, command_id: str) -> None:
        entry = self.workbench.commands.get(command_id)
        if entry is None:
            return
        action = QAction(str(entry.title), menu)
        if entry.shortcut:
            # Shown in the menu only; the QShortcut above does the work.
            action.setShortcut(QKeySequence(entry.shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _=False, cid=command_id: self.run_command(cid))
        menu.addAction(action)

    # -- status bar and notifications ---------------------------------------------

    def _on_status_added(self, entry: StatusEntry) -> None:
        label = QLabel(self)
        label.setContentsMargins(8, 0, 8, 0)
        self._status_labels[entry.id] = label
        index = [e.id for e in self.workbench.status.entries()].index(entry.id)
        self.statusBar().insertPermanentWidget(index, label)
        self._on_status_updated(entry)

    def _on_status_updated(self, entry: StatusEntry) -> None:
        label = self._status_labels.get(entry.id)
        if label is not None:
            label.setText(entry.text)
            label.setToolTip(entry.tooltip)
            label.setAccessibleName(entry.tooltip or entry.text)
            label.setVisible(entry.visible and bool(entry.text))

    def _on_status_removed(self, item_id: str) -> None:
        label = self._status_labels.pop(item_id, None)
        if label is not None:
            self.statusBar().removeWidget(label)
            label.deleteLater()

    def status_text(self, item_id: str) -> str:
        label = self._status_labels.get(item_id)
        return label.text() if label is not None else ""

    def _update_bell(self) -> None:
        translate = QCoreApplication.translate
        count = self.workbench.notifications.unread_count
        self.bell.setText(str(count) if count else "")
        # self.tr, not translate(): lupdate 6.11 recognises plural (%n) messages only in
        # tr(); the context is this class's name, "MainWindow", either way.
        name = self.tr("Notifications: %n unread", "", count) if count \
            else translate("MainWindow", "Notifications: none unread")
        self.bell.setToolTip(name)
        self.bell.setAccessibleName(name)

    def toggle_notifications(self) -> None:
        self.notifications.setVisible(not self.notifications.isVisible())
        if self.notifications.isVisible():
            self.notifications.list.setFocus()

    # -- language, theme, geometry --------------------------------------------------

    def _retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.setWindowTitle(translate("MainWindow", "Workplace"))
        self._menus["file"].setTitle(translate("MainWindow", "&File"))
        self._menus["view"].setTitle(translate("MainWindow", "&View"))
        self._menus["help"].setTitle(translate("MainWindow", "&Help"))
        palette_text = translate("MainWindow", "Commands")
        shortcut = QKeySequence("Ctrl+K").toString(QKeySequence.SequenceFormat.NativeText)
        self.palette_button.setText(f"{palette_text}  {shortcut}")
        self.palette_button.setAccessibleName(translate("MainWindow", "Open the command palette"))
        self.palette_button.setToolTip(translate("MainWindow", "Find and run any command"))
        self.rail.setAccessibleName(translate("MainWindow", "Pages"))
        self.stack.setAccessibleName(translate("MainWindow", "Current page"))
        self.empty.set_text(
            translate("MainWindow", "No modules are active"),
            translate("MainWindow", "Open Modules to switch one on, or contact your IT "
                                    "administrator if your organisation has not enabled any."))
        if self.current_page in self._holders:
            self.page_title.setText(str(self._holders[self.current_page].entry.title))
        self._update_bell()

    def refresh_icons(self) -> None:
        self.rail.refresh_icons()
        self.palette_button.setIcon(icon("search"))
        self.bell.setIcon(icon("bell"))
        self.empty.refresh_icon()
        self.notifications.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._rebuild_menus()
        elif event.type() == QEvent.Type.PaletteChange:
            self.refresh_icons()
        super().changeEvent(event)

    def geometry_state(self) -> tuple[str, str]:
        return (bytes(self.saveGeometry().toBase64().data()).decode("ascii"),
                bytes(self.saveState().toBase64().data()).decode("ascii"))

    def restore_geometry_state(self, geometry: str, state: str) -> None:
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        if state:
            self.restoreState(QByteArray.fromBase64(state.encode("ascii")))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.closing.emit()
        super().closeEvent(event)
