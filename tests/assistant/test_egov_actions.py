"""The assistant's actions on the request card, in the real app: "Draft a reply with the
assistant" and "Suggest service type" are offered and work while the assistant runs;
the proposed type is applied only on the user's Accept, and then by the requests
module's own mutation. Absent, and no error, when an administrator blocks the
assistant or denies modules the ``ai`` permission."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.egov.support import IIN
from workplace.net.connection import Mode, ServerChoice
from workplace.policy import parse_policy
from workplace.store.sync import SyncState

REQ = "wp_egov.requests"
SUBJECT = "Отказ в приёме документов в ЦОНе"
TEXT = ("Подаю жалобу: 12 августа в ЦОНе района Есиль мне незаконно отказали в приёме "
        "документов на справку о составе семьи, хотя все документы были при мне.")


def _start(app_runner, policy=None):
    wp = app_runner.start(policy=parse_policy({"storage": {"encryption": "off"},
                                               **(policy or {})}))
    app_runner.run(wp.connection.start(ServerChoice(Mode.LOCAL)))
    app_runner.wait_until(lambda: wp.offline.engine is not None
                          and wp.offline.engine.state is SyncState.ONLINE, timeout=30)
    rid = str(uuid.uuid4())
    app_runner.run(wp.store.mutate("wp_egov.register", {
        "id": rid, "channel": "tson", "service_code": "APPEAL", "subject": SUBJECT,
        "text": TEXT, "lang": "ru",
        "applicant": {"kind": "person", "iin": IIN, "name": "Серікбаев Ержан",
                      "phone": "+7 701 555 12 34"}}))
    assert wp.window.show_page("wp_egov.requests")
    page = wp.window.holder("wp_egov.requests").content
    app_runner.wait_until(lambda: any(
        (r := page.list_model.record_at(n)) is not None and r.record.id == rid
        and r.record.data.get("number") for n in range(page.list_model.rowCount())))
    row = next(n for n in range(page.list_model.rowCount())
               if page.list_model.record_at(n).record.id == rid)
    page.table.setFocus()
    page.table.selectRow(row)
    assert page.card.record is not None and page.card.record.record.id == rid
    return wp, page, rid


def _service(app_runner, wp, rid):
    rec = app_runner.run(wp.store.get(REQ, rid))
    return rec.record.data["service_code"]


def test_reply_drafted_and_service_suggested_in_the_assistant(app_runner, qtbot):
    wp, page, rid = _start(app_runner)
    card = page.card
    draft = card.findChild(QPushButton, "action-draft-reply")
    suggest = card.findChild(QPushButton, "action-suggest-service")
    assert draft is not None and draft.isVisible() and suggest.isVisible()
    assert draft.text().replace("&", "") == "Draft a reply with the assistant"
    assert suggest.text().replace("&", "") == "Suggest service type"
    # Keyboard: the buttons take focus, and Space presses them (below, for the draft).
    assert draft.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert suggest.focusPolicy() & Qt.FocusPolicy.TabFocus
    number = app_runner.run(wp.store.get(REQ, rid)).record.data["number"]

    draft.setFocus()
    qtbot.keyClick(draft, Qt.Key.Key_Space)
    chat = wp.window.holder("wp_assistant.chat").content
    assert wp.window.current_page == "wp_assistant.chat"
    app_runner.wait_until(lambda: chat.running is None and len(chat.conversation.turns) == 2
                          and chat.conversation.turns[-1].get("text"))
    asked, answer = chat.conversation.turns
    assert asked["text"] == f"Draft a reply to: {SUBJECT}"
    # The reply template of the requests module, in the request's language, filled in
    # by the assistant from the request (and signed by the executor).
    assert "No language model connected" in answer["text"]
    assert "Уважаемый(ая) Серікбаев Ержан!" in answer["text"]
    assert f"Ваше обращение № {number} от " in answer["text"]
    assert f"«{SUBJECT}» рассмотрено" in answer["text"]
    assert "С уважением, " in answer["text"] and "{" not in answer["text"]
    assert chat.chosen() == (REQ, rid)
    assert not chat.accept_button.isVisible()  # a draft is no proposal

    # Suggest service type: a proposal; nothing changes until Accept.
    assert wp.window.show_page("wp_egov.requests")
    suggest.click()
    assert wp.window.current_page == "wp_assistant.chat"
    app_runner.wait_until(lambda: chat.running is None and len(chat.conversation.turns) == 4
                          and chat.conversation.turns[-1].get("text"))
    assert chat.conversation.turns[-2]["text"] == \
        f"Suggest service and department for: {SUBJECT}"
    assert chat.proposal == {"service": "COMPLAINT", "record_id": rid}
    assert chat.accept_button.isVisible()
    assert _service(app_runner, wp, rid) == "APPEAL"
    chat.accept_button.click()
    # (the card follows the store: it shows the request as it changes)
    app_runner.wait_until(lambda: page.card.record.record.data["service_code"] == "COMPLAINT")
    app_runner.wait_until(lambda: "changed as you accepted" in chat.status.text())
    rec = app_runner.run(wp.store.get(REQ, rid))
    assert rec.record.data["term_days"] == 5  # the deadline follows the new service
    assert [h["action"] for h in rec.record.data["history"]][-1] == "service_changed"
    assert not chat.accept_button.isVisible() and chat.proposal == {}

    # The chat page's own button proposes too, but nothing there can apply it.
    chat.classify_button.click()
    app_runner.wait_until(lambda: chat.running is None and len(chat.conversation.turns) == 6
                          and chat.conversation.turns[-1].get("text"))
    assert "Proposed service type" in chat.conversation.turns[-1]["text"]
    assert chat.proposal == {} and not chat.accept_button.isVisible()
    assert chat.copy_button.isEnabled()  # the user's copy stays


def test_a_refused_change_is_told_and_not_applied(app_runner, qtbot):
    wp, page, rid = _start(app_runner)
    chat_plugin = wp.host.records["wp_assistant"].instance
    calls = []
    chat_plugin.start = lambda kind, collection, record_id, apply=None, **o: calls.append(
        (kind, collection, record_id, apply, o))
    page.card.findChild(QPushButton, "action-suggest-service").click()
    [(kind, collection, record_id, apply, options)] = calls
    assert (kind.value, collection, record_id, options) == ("classify", REQ, rid, {})
    # An unknown type: the module refuses, with its own message.
    notes = []
    page.ctx.notify = lambda title, body="", *a, **k: notes.append((title, body))
    assert app_runner.run(apply("NO-SUCH-SERVICE")) is False
    assert notes and notes[0][0] == "The change was not made"
    assert _service(app_runner, wp, rid) == "APPEAL"
    assert app_runner.run(apply("INFO")) is True
    assert _service(app_runner, wp, rid) == "INFO"
    assert notes[-1][0] == "The service type is changed"


@pytest.mark.parametrize("policy", [
    {"plugins": {"block": ["wp_assistant"]}},
    {"plugins": {"deny_permissions": ["ai"]}},  # AI not allowed: the assistant stays off
], ids=["blocked", "ai-denied"])
def test_without_the_assistant_there_are_no_buttons(app_runner, qtbot, policy):
    wp, page, _rid = _start(app_runner, policy)
    assert wp.host.records["wp_assistant"].instance is None
    card = page.card
    assert card.buttons["take"].isVisible()  # the card is drawn
    assert card.findChild(QPushButton, "action-draft-reply") is None
    assert card.findChild(QPushButton, "action-suggest-service") is None
    assert page.ask_assistant("assistant_draft") is False
    assert page.ask_assistant("assistant_service") is False
