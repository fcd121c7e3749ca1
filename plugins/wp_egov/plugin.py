"""The citizens' requests plugin: registers its page and commands (UI in wp_egov.ui)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workplace.api import Plugin, PluginContext

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from wp_egov.ui.page import RequestsPage


class EgovPlugin(Plugin):
    def activate(self, ctx: PluginContext) -> None:
        self.ctx = ctx
        self.page: RequestsPage | None = None

        def make() -> RequestsPage:
            # Imported when the page is first opened: start-up draws the home page only.
            from wp_egov.ui.page import RequestsPage

            self.page = RequestsPage(ctx)
            return self.page

        ctx.add_page("wp_egov.requests", make)
        ctx.add_page("wp_egov.statistics", self._statistics)
        ctx.add_command("wp_egov.register", self._register)
        ctx.add_command("wp_egov.open", self._open_mine)
        ctx.add_record_opener("wp_egov.requests", self._open)

    def _statistics(self) -> QWidget:
        from wp_egov.ui.statistics import StatisticsPage

        return StatisticsPage(self.ctx)

    def _show(self) -> None:
        self.ctx.run_command("shell.page.wp_egov.requests")  # the shell's "go to page"

    def _register(self) -> None:
        self._show()
        if self.page is not None:
            self.page.register_new()

    def _open_mine(self) -> None:
        self._show()
        if self.page is not None:
            self.page.queues.setCurrentRow(0)

    def _open(self, record_id: str) -> None:
        self._show()
        if self.page is not None:
            self.page.open_request(record_id)
