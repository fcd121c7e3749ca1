"""The Home plugin: a start page, its settings page and today's date in the status bar."""

from __future__ import annotations

import asyncio
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from workplace.api import Plugin, PluginContext, StatusItem

SHOW_TIPS = "show_tips"


class HomePlugin(Plugin):
    def activate(self, ctx: PluginContext) -> None:
        from wp_home.page import HomePage, HomeSettingsPage

        self.ctx = ctx
        ctx.add_page("wp_home.home", lambda: HomePage(ctx))
        ctx.add_settings_page("wp_home.settings", lambda: HomeSettingsPage(ctx))
        self.today: StatusItem = ctx.status_item("wp_home.today")
        self._show_today()
        ctx.on_language_changed(lambda _lang: self._show_today())
        self._ticker = ctx.spawn(self._tick())

    def _show_today(self) -> None:
        today = QDate.currentDate()
        locale = QLocale()
        self.today.set_text(
            locale.toString(today, "ddd, d MMMM yyyy"),
            QCoreApplication.translate("wp_home", "Today: {0}").format(
                locale.toString(today, QLocale.FormatType.LongFormat)))
        self.today.set_visible(True)

    async def _tick(self) -> None:
        # Re-draw the date just after midnight for those who leave Workplace open.
        while True:
            now = datetime.now()
            seconds_left = 86400 - (now.hour * 3600 + now.minute * 60 + now.second) + 1
            await asyncio.sleep(min(seconds_left, 3600))
            self._show_today()

    def deactivate(self) -> None:
        ticker = getattr(self, "_ticker", None)
        if isinstance(ticker, asyncio.Future):
            ticker.cancel()
