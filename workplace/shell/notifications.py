"""The notification centre (a dock beside the pages) and desktop notices via the tray."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from workplace.api import Notification, NotificationLevel
from workplace.shell.icons import app_icon, icon
from workplace.workbench import NotificationCenter
from workplace.workbench.notifications import web_link

_ID = Qt.ItemDataRole.UserRole
_LINK = Qt.ItemDataRole.UserRole + 1
_LEVEL_ICON = {
    NotificationLevel.INFO: "info",
    NotificationLevel.SUCCESS: "success",
    NotificationLevel.WARNING: "warning",
    NotificationLevel.ERROR: "error",
}


class NotificationPanel(QDockWidget):
    """Newest first; opening the panel marks everything read. A notification posted
    with a link (the update notice) opens it in the system browser: "Open link" for the
    selected one, or double-click / Enter on it."""

    def __init__(self, center: NotificationCenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NotificationPanel")
        self.setAllowedAreas(Qt.DockWidgetArea.RightDockWidgetArea)
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self._center = center
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.list = QListWidget(body)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.empty = QLabel(body)
        self.empty.setObjectName("EmptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons = QHBoxLayout()
        self.open_link = QPushButton(body)
        self.mark_read = QPushButton(body)
        self.clear = QPushButton(body)
        buttons.addWidget(self.mark_read)
        buttons.addWidget(self.clear)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        # On its own row: the panel stays as narrow as before in every language.
        layout.addWidget(self.open_link, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(buttons)
        self.setWidget(body)
        self.mark_read.clicked.connect(center.mark_all_read)
        self.clear.clicked.connect(center.clear)
        self.open_link.clicked.connect(self.open_selected_link)
        self.list.itemActivated.connect(self._open_item_link)
        self.list.currentItemChanged.connect(self._update_open_link)
        center.changed.connect(self.refresh)
        self.visibilityChanged.connect(self._on_visible)
        self._retranslate()
        self.refresh()

    def _retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.setWindowTitle(translate("Notifications", "Notifications"))
        self.list.setAccessibleName(translate("Notifications", "Notifications"))
        self.empty.setText(translate("Notifications", "No notifications. Messages from "
                                                      "modules and the system will appear here."))
        self.mark_read.setText(translate("Notifications", "Mark all as read"))
        self.mark_read.setAccessibleName(translate("Notifications", "Mark all as read"))
        self.clear.setText(translate("Notifications", "Clear"))
        self.clear.setAccessibleName(translate("Notifications", "Clear all notifications"))
        self.open_link.setText(translate("Notifications", "Open link"))
        self._update_open_link()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.refresh()
        super().changeEvent(event)

    def _on_visible(self, visible: bool) -> None:
        if visible:
            self._center.mark_all_read()

    def refresh(self) -> None:
        current = self.list.currentItem()
        selected = current.data(_ID) if current is not None else None
        self.list.clear()
        locale = QLocale()
        for n in self._center.items:
            when = locale.toString(QDateTime.fromSecsSinceEpoch(int(n.created.timestamp())),
                                   QLocale.FormatType.ShortFormat)
            text = f"{n.title}\n{n.body}\n{when}" if n.body else f"{n.title}\n{when}"
            item = QListWidgetItem(icon(_LEVEL_ICON[n.level]), text)
            item.setData(_ID, n.id)
            link = self._center.link(n)
            if link is not None:
                item.setData(_LINK, link)
                item.setToolTip(link)
            if not n.read:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
            if n.id == selected:
                self.list.setCurrentItem(item)
        has_items = self.list.count() > 0
        self.list.setVisible(has_items)
        self.empty.setVisible(not has_items)
        self.mark_read.setEnabled(self._center.unread_count > 0)
        self.clear.setEnabled(has_items)
        self._update_open_link()

    def _selected_link(self) -> str | None:
        item = self.list.currentItem()
        return web_link(item.data(_LINK)) if item is not None else None

    def _update_open_link(self) -> None:
        # Shown while some notification has a link; usable when the selected one has.
        translate = QCoreApplication.translate
        self.open_link.setVisible(any(self.list.item(row).data(_LINK)
                                      for row in range(self.list.count())))
        link = self._selected_link()
        self.open_link.setEnabled(link is not None)
        self.open_link.setToolTip(
            link or translate("Notifications", "Select a notification that has a link"))
        self.open_link.setAccessibleName(translate("Notifications", "Open link"))
        self.open_link.setAccessibleDescription(link or "")

    def _open_item_link(self, item: QListWidgetItem) -> None:
        if item is self.list.currentItem():
            self.open_selected_link()

    def open_selected_link(self) -> bool:
        """Open the selected notification's link in the system browser (http(s) only:
        checked again here). False when there is none."""
        link = self._selected_link()
        if link is None:
            return False
        return QDesktopServices.openUrl(QUrl(link, QUrl.ParsingMode.StrictMode))


class TrayNotifier:
    """Shows important notifications on the desktop when a system tray exists."""

    def __init__(self, center: NotificationCenter, window: QWidget) -> None:
        self._window = window
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(app_icon(), window)
            self.tray.setToolTip("Workplace")
            self.tray.activated.connect(self._raise_window)
            self.tray.show()
        center.posted.connect(self._on_posted)

    def _raise_window(self) -> None:
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()

    def _on_posted(self, n: Notification) -> None:
        if self.tray is None:
            return
        important = n.level in (NotificationLevel.WARNING, NotificationLevel.ERROR)
        if important or not QApplication.activeWindow():
            kind = {
                NotificationLevel.WARNING: QSystemTrayIcon.MessageIcon.Warning,
                NotificationLevel.ERROR: QSystemTrayIcon.MessageIcon.Critical,
            }.get(n.level, QSystemTrayIcon.MessageIcon.Information)
            self.tray.showMessage(n.title, n.body, kind, 8000)

    def close(self) -> None:
        if self.tray is not None:
            self.tray.hide()
