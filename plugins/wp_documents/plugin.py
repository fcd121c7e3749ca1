"""The Documents plugin: its pages are added as the UI grows; the domain runs without it."""

from __future__ import annotations

from workplace.api import Plugin, PluginContext


class DocumentsPlugin(Plugin):
    """Document flow: inbox, registry and document cards over the local store."""

    def activate(self, ctx: PluginContext) -> None:
        self.ctx = ctx
