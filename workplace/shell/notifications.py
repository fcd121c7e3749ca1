"""The notification centre (a dock beside the pages) and desktop notices via the tray."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale, Qt
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

_LEVEL_ICON = {
    NotificationLevel.INFO: "info",
    NotificationLevel.SUCCESS: "success",
    NotificationLevel.WARNING: "warning",
    NotificationLevel.ERROR: "error",
}


class NotificationPanel(QDockWidget):
    """Newest first; opening the panel marks everything read."""

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
        self.mark_read = QPushButton(body)
        self.clear = QPushButton(body)
        buttons.addWidget(self.mark_read)
        buttons.addWidget(self.clear)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        self.setWidget(body)
        self.mark_read.clicked.connect(center.mark_all_read)
        self.clear.clicked.connect(center.clear)
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

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.refresh()
        super().changeEvent(event)

    def _on_visible(self, visible: bool) -> None:
        if visible:
            self._center.mark_all_read()

    def refresh(self) -> None:
        self.list.clear()
        locale = QLocale()
        for n in self._center.items:
            when = locale.toString(QDateTime.fromSecsSinceEpoch(int(n.created.timestamp())),
                                   QLocale.FormatType.ShortFormat)
            text = f"{n.title}\n{n.body}\n{when}" if n.body else f"{n.title}\n{when}"
            item = QListWidgetItem(icon(_LEVEL_ICON[n.level]), text)
            if not n.read:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
        has_items = self.list.count() > 0
        self.list.setVisible(has_items)
        self.empty.setVisible(not has_items)
        self.mark_read.setEnabled(self._center.unread_count > 0)
        self.clear.setEnabled(has_items)


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
