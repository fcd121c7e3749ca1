"""The assistant page in the real app: an offline answer with a citation that opens
its record, and a streamed answer from a model on loopback with Stop-free completion."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QUrl

from tests.helpers.fake_model import FakeModel
from workplace.identifiers import make_iin
from workplace.net.connection import Mode, ServerChoice
from workplace.store.sync import SyncState

IIN = make_iin(dt.date(1979, 3, 8), "female", 77) or ""


def _register(wp, app_runner, subject: str, text: str) -> str:
    rec_id = str(uuid.uuid4())
    app_runner.run(wp.store.mutate("wp_egov.register", {
        "id": rec_id, "channel": "egov", "service_code": "APPEAL", "subject": subject, "text": text,
        "lang": "ru", "applicant": {"kind": "iin", "number": IIN, "name": "Ахметова Дана",
                                    "phone": "+7 701 222 33 44"}}))
    return rec_id


def _start(app_runner):
    wp = app_runner.start()
    app_runner.run(wp.connection.start(ServerChoice(Mode.LOCAL)))
    app_runner.wait_until(lambda: wp.offline.engine is not None
                          and wp.offline.engine.state is SyncState.ONLINE, timeout=30)
    assert wp.window.show_page("wp_assistant.chat")
    page = wp.window.holder("wp_assistant.chat").content
    plugin = wp.host.records["wp_assistant"].instance
    return wp, page, plugin


def test_offline_question_is_answered_with_a_citation_that_opens(app_runner, qtbot):
    wp, page, _plugin = _start(app_runner)
    road = _register(wp, app_runner, "Ремонт дороги", "Прошу отремонтировать дорогу на улице "
                     "Кенесары: ямы после зимы. Машины повреждают колёса.")
    _register(wp, app_runner, "Детский сад", "Прошу выделить место в детском саду для сына.")
    page.input.setPlainText("когда отремонтируют дорогу и ямы")
    page.send()
    app_runner.wait_until(lambda: page.running is None and page.conversation.turns
                          and page.conversation.turns[-1].get("text"))
    answer = page.conversation.turns[-1]
    assert "No language model connected" in answer["text"]
    assert answer["citations"][0]["record_id"] == road
    opened: list[str] = []
    wp.workbench.openers["wp_egov.requests"] = ("wp_egov", opened.append)
    page._link(QUrl("wpa:cite/1/0"))
    assert opened == [road]
    assert "Ремонт дороги" in page.transcript.toPlainText()
    # Kept, searchable and exportable.
    app_runner.wait_until(lambda: page.archive.conversations)
    page.find_chat.setText("ямы")
    assert page.chats.count() == 1
    assert "[IIN" not in page.markdown() and "Ремонт дороги" in page.markdown()


def test_streamed_answer_from_a_model_on_loopback(app_runner, qtbot):
    model = FakeModel(mode="echo")
    try:
        _wp, page, plugin = _start(app_runner)
        wp_ctx = plugin.ctx
        wp_ctx.settings.set("backend", "endpoint")
        wp_ctx.settings.set("url", model.url)
        wp_ctx.settings.set("model", "test-model")
        plugin.configure()
        assert "Language model" in page.backend_label.text()
        page.input.setPlainText(f"Переведи: заявитель ИИН {IIN}, тел. 8 701 222 33 44.")
        page.records.setCurrentIndex(0)
        page.to_kk_button.click()
        app_runner.wait_until(lambda: page.running is None
                              and len(page.conversation.turns) == 2
                              and page.conversation.turns[-1].get("text"))
        answer = page.conversation.turns[-1]["text"]
        assert IIN in answer and "8 701 222 33 44" in answer  # restored here
        wire = b"".join(model.requests)
        assert IIN.encode() not in wire and b"222 33 44" not in wire
        assert page.copy_button.isEnabled() and page.edit_button.isEnabled()
        editor = page.open_editor()
        assert IIN in editor.editor.toPlainText()
        editor.close()
    finally:
        model.close()
