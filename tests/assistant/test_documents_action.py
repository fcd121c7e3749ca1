""""Summarise with the assistant" in the Documents module, in the real app: offered
(card button, registry menu) and working when the assistant runs; absent, and no
error, when an administrator blocks the assistant or denies modules the ``ai``
permission. The Documents module names the assistant as optional only."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtWidgets import QPushButton
from wp_assistant.backends import TaskKind

from workplace.net.connection import Mode, ServerChoice
from workplace.policy import parse_policy
from workplace.store.sync import SyncState

SUMMARY = ("Акимат района просит представить сведения о подготовке к отопительному "
           "сезону. Котельные должны быть проверены до 1 октября. Ответ направить до "
           "15 сентября 2026 года. Ответственный — отдел жилищно-коммунального "
           "хозяйства. Сведения представить по форме приложения.")


def _start(app_runner, policy=None):
    wp = app_runner.start(policy=parse_policy({"storage": {"encryption": "off"},
                                               **(policy or {})}))
    app_runner.run(wp.connection.start(ServerChoice(Mode.LOCAL)))
    app_runner.wait_until(lambda: wp.offline.engine is not None
                          and wp.offline.engine.state is SyncState.ONLINE, timeout=30)
    doc_id = str(uuid.uuid4())
    app_runner.run(wp.store.mutate("wp_documents.create", {
        "id": doc_id, "lang": "ru", "kind": "internal", "case_index": "01-14",
        "title": "О подготовке к отопительному сезону", "correspondent": "",
        "summary": SUMMARY}))
    return wp, doc_id


def _card(app_runner, wp, doc_id):
    plugin = wp.host.records["wp_documents"].instance
    assert wp.window.show_page("wp_documents.registry")
    card = plugin.card(doc_id)
    app_runner.wait_until(lambda: card.doc.get("title"))
    return plugin, card


def _registry_menu(app_runner, wp, doc_id):
    assert wp.window.show_page("wp_documents.registry")
    table = wp.window.holder("wp_documents.registry").content.table
    model = table.doc_model
    app_runner.wait_until(lambda: model.rowCount() and model.record_at(0) is not None)
    row = next(r for r in range(model.rowCount()) if model.record_at(r).record.id == doc_id)
    menu = table.context_menu(model.index(row, 0))
    assert menu is not None
    return menu


def test_a_document_is_summarised_in_the_assistant(app_runner, qtbot):
    wp, doc_id = _start(app_runner)
    assistant = wp.host.records["wp_assistant"].instance
    plugin, card = _card(app_runner, wp, doc_id)
    button = card.findChild(QPushButton, "action-summarise")
    assert button is not None and button.isVisible()
    assert button.text().replace("&", "") == "Summarise with the assistant"
    button.click()
    # The assistant's page is shown with the summary started; the card makes way.
    app_runner.wait_until(lambda: doc_id not in plugin.cards)
    page = wp.window.holder("wp_assistant.chat").content
    assert wp.window.current_page == "wp_assistant.chat"
    app_runner.wait_until(lambda: page.running is None and len(page.conversation.turns) == 2
                          and page.conversation.turns[-1].get("text"))
    asked, answer = page.conversation.turns
    assert asked["text"] == "Summarise: О подготовке к отопительному сезону"
    assert "No language model connected" in answer["text"]
    assert "Key sentences of the document:" in answer["text"]
    key = [line[2:] for line in answer["text"].splitlines() if line.startswith("- ")]
    assert len(key) == 3
    # From the document's body, in its order; the title is the heading above only.
    assert all(sentence in SUMMARY for sentence in key), key
    assert [SUMMARY.index(s) for s in key] == sorted(SUMMARY.index(s) for s in key)
    assert answer["citations"][0]["record_id"] == doc_id
    assert page.chosen() == ("wp_documents.documents", doc_id)

    # The registry's menu offers the same, on the row's document.
    calls: list[tuple[TaskKind, str, str]] = []
    assistant.start = lambda kind, collection, record_id, **_o: calls.append(
        (kind, collection, record_id))
    menu = _registry_menu(app_runner, wp, doc_id)
    [action] = [a for a in menu.actions() if a.objectName() == "summarise"]
    action.trigger()
    assert calls == [(TaskKind.SUMMARISE, "wp_documents.documents", doc_id)]
    menu.deleteLater()


@pytest.mark.parametrize("policy", [
    {"plugins": {"block": ["wp_assistant"]}},
    {"plugins": {"deny_permissions": ["ai"]}},  # AI not allowed: the assistant stays off
], ids=["blocked", "ai-denied"])
def test_without_the_assistant_there_is_no_action(app_runner, qtbot, policy):
    wp, doc_id = _start(app_runner, policy)
    assert wp.host.records["wp_assistant"].instance is None
    _plugin, card = _card(app_runner, wp, doc_id)
    assert card.findChild(QPushButton, "action-edit") is not None  # the card is drawn
    assert card.findChild(QPushButton, "action-summarise") is None
    menu = _registry_menu(app_runner, wp, doc_id)
    assert [a.objectName() for a in menu.actions() if a.objectName()] == []
    assert len(menu.actions()) == 1  # Open only
    menu.deleteLater()
    card.close()
