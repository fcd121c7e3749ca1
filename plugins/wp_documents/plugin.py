"""The Documents plugin: the inbox, the registry, document cards and their actions."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from workplace.api import Plugin, PluginContext

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from wp_documents.ui.card import DocumentCard
    from wp_documents.ui.inbox import InboxPage
    from wp_documents.ui.registry import RegistryPage


class DocumentsPlugin(Plugin):
    """Document flow over the local store; the gateway runs the same domain."""

    def activate(self, ctx: PluginContext) -> None:
        self.ctx = ctx
        self.cards: dict[str, DocumentCard] = {}
        self.inbox: InboxPage | None = None
        self.registry: RegistryPage | None = None
        ctx.add_page("wp_documents.inbox", self._make_inbox)
        ctx.add_page("wp_documents.registry", self._make_registry)
        ctx.add_command("wp_documents.new", self.new_document)
        ctx.add_command("wp_documents.delegate", self.delegate)
        ctx.add_record_opener("wp_documents.documents", self.open_document)
        ctx.add_settings_page("wp_documents.settings", self._make_settings)

    def _make_settings(self) -> QWidget:
        from wp_documents.ui.settings import DocumentsSettingsPage

        return DocumentsSettingsPage(self.ctx)

    def _make_inbox(self) -> InboxPage:
        from wp_documents.ui.inbox import InboxPage

        self.inbox = InboxPage(self.ctx, self.open_document)
        return self.inbox

    def _make_registry(self) -> RegistryPage:
        from wp_documents.ui.registry import RegistryPage

        self.registry = RegistryPage(self.ctx, self.open_document)
        return self.registry

    def open_document(self, doc_id: str) -> None:
        """Show the card of ``doc_id`` (raise it if it is open already)."""
        self.card(doc_id)

    def card(self, doc_id: str) -> DocumentCard:
        """The card of ``doc_id``, shown and raised."""
        from PySide6.QtWidgets import QApplication

        from wp_documents.ui.card import DocumentCard

        card = self.cards.get(doc_id)
        if card is None:
            card = DocumentCard(self.ctx, doc_id, QApplication.activeWindow())
            card.finished.connect(lambda _r, doc_id=doc_id: self._forget(doc_id))
            self.cards[doc_id] = card
        elif QApplication.platformName() != "offscreen":  # it cannot raise windows
            card.raise_()
            card.activateWindow()
        card.show()
        return card

    def _forget(self, doc_id: str) -> None:
        card = self.cards.pop(doc_id, None)
        if card is not None:
            card.deleteLater()

    async def new_document(self) -> None:
        """Ask for a draft's fields, create it and open its card."""
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication

        from wp_documents.ui.common import ask, run_mutation
        from wp_documents.ui.dialogs import DraftDialog

        dialog = DraftDialog(QCoreApplication.translate("wp_documents", "New document"),
                             parent=QApplication.activeWindow())
        if not await ask(dialog):
            return
        doc_id = str(uuid.uuid4())
        errors: list[str] = []
        if await run_mutation(self.ctx, "wp_documents.create",
                              {"id": doc_id, "lang": self.ctx.language, **dialog.values()},
                              errors.append):
            self.card(doc_id)
        else:
            self.ctx.notify(QCoreApplication.translate("wp_documents", "Not created"),
                            errors[0] if errors else "")

    async def delegate(self) -> None:
        """A head names a deputy who may act for them while they are away."""
        import datetime as dt

        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication

        from wp_documents.ui.common import ask, known_people, me, run_mutation
        from wp_documents.ui.dialogs import DelegateDialog

        mine = me(self.ctx)["id"]
        people = [p for p in await known_people(self.ctx) if p["id"] != mine]
        today = dt.date.today()
        dialog = DelegateDialog(people, today, today + dt.timedelta(days=14),
                                QApplication.activeWindow())
        if not await ask(dialog):
            return
        errors: list[str] = []
        translate = QCoreApplication.translate
        if await run_mutation(self.ctx, "wp_documents.delegate",
                              {"id": str(uuid.uuid4()), **dialog.values()}, errors.append):
            self.ctx.notify(translate("wp_documents", "Authority delegated"),
                            translate("wp_documents", "{0} may act for you until {1}.").format(
                                dialog.values()["deputy"]["name"],
                                dialog.end.date().toString(dialog.end.displayFormat())))
        else:
            self.ctx.notify(translate("wp_documents", "Not delegated"),
                            errors[0] if errors else "")

    def deactivate(self) -> None:
        for card in list(self.cards.values()):
            card.close_card()
            card.close()
            card.deleteLater()
        self.cards.clear()
