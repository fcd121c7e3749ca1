"""Acting for an absent head from the document card: the deputy gets the head's
buttons, marked with the head's name, and the step is recorded as taken for them."""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtWidgets import QPushButton
from wp_documents.domain import DOMAIN
from wp_documents.ui.card import DocumentCard

from tests.helpers.documents import PEOPLE, ref, uid
from workplace.api.calendar import process_calendar
from workplace.store.service import StoreService

DOCS = "wp_documents.documents"
COLLECTIONS = {DOCS: ("title", "inbox"), "wp_documents.journals": (),
               "wp_documents.delegations": ()}


class _Settings:
    def get(self, _key: str, default: Any) -> Any:
        return default


class _Ctx:
    """The parts of PluginContext a card uses, over a real store."""

    def __init__(self, store: StoreService) -> None:
        self.store, self.calendar, self.language = store, process_calendar(), "en"
        self.settings = _Settings()

    async def run_blocking(self, fn: Any, *args: Any) -> Any:
        return await asyncio.to_thread(fn, *args)


def test_a_deputy_approves_for_the_head(qtbot, tmp_path):
    doc = uid("doc-delegated")
    head, deputy = PEOPLE["head"], PEOPLE["deputy"]

    async def scenario() -> tuple[list[str], dict]:
        store = StoreService(tmp_path / "cache.db", COLLECTIONS, DOMAIN.mutators)
        await store.open()
        # As synced from the gateway: a draft on approval by the head, and the head's
        # delegation to the deputy for today.
        await store.set_user(PEOPLE["author"])
        await store.mutate("wp_documents.create", {"id": doc, "kind": "internal",
                                                   "title": "Жоспар"})
        await store.mutate("wp_documents.send_for_approval", {"id": doc, "stages": [
            {"mode": "all", "approvers": [ref("head")]}]})
        store.actor = head  # (set_user would take the cache for another owner's)
        await store.mutate("wp_documents.delegate", {
            "id": uid("delegation"), "deputy": ref("deputy"), "start": "2020-01-01",
            "end": "2099-12-31"})
        store.actor = deputy
        card = DocumentCard(_Ctx(store), doc)  # type: ignore[arg-type]
        qtbot.addWidget(card)
        name = f"action-approve-for-{head.user_id}"
        for _ in range(200):
            if card.findChild(QPushButton, name) is not None:
                break
            await asyncio.sleep(0.01)
        buttons = [b.objectName() for b in card.findChildren(QPushButton)]
        card.findChild(QPushButton, name).click()
        for _ in range(200):
            if card.doc.get("status") == "approved":
                break
            await asyncio.sleep(0.01)
        data = dict(card.doc)
        card.close_card()
        await store.close()
        return buttons, data

    buttons, data = asyncio.run(scenario())
    assert f"action-approve-for-{head.user_id}" in buttons
    assert "action-approve" not in buttons  # the deputy is not an approver themself
    assert data["status"] == "approved"
    decision = data["route"]["stages"][0]["approvers"][0]
    assert decision["on_behalf"] == ref("head")
    assert data["history"][-2]["by"] == ref("deputy")
    assert data["history"][-2]["on_behalf"] == ref("head")

