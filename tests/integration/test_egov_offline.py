"""The operator's path through the requests page with the gateway unreachable, then
the gateway back: register, assign, take into work, reply from a template (with a
file attached), remove from control — all on this computer, then sent once; the
gateway runs the same mutators and ends with exactly what this computer shows, with
the registration number only the gateway could give.

Real app and widgets, real SQLite, a real gateway on loopback that is stopped and
started again on the same port (so the session's address stays the same)."""

from __future__ import annotations

import sqlite3

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from wp_egov.ui.dialogs import ReplyDialog

from tests.egov.support import IIN
from tests.helpers.egov_ui import press_assign
from tests.helpers.gateway import PASSWORD, RunningGateway, add_head_clerk, add_users
from workplace.api import Query
from workplace.net.session import GatewaySession
from workplace.pluginhost.domains import load_domains
from workplace.policy import parse_policy
from workplace.server.app import GatewayConfig
from workplace.store.blobs import BlobTransfer
from workplace.store.sync import SyncEngine

REQ = "wp_egov.requests"


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_operator_path_offline_then_reconnect(app_runner, qtbot, tmp_path):
    db = tmp_path / "gateway.db"
    add_users(db)
    me = add_head_clerk(db)

    def config() -> GatewayConfig:
        return GatewayConfig(db_path=db, data_dir=tmp_path / "data",
                             domains=load_domains(frozenset({"wp_egov"})))

    # Signed in while the gateway was up; then it goes away.
    gateway = RunningGateway(config(), reuse_address=True).start()
    port = gateway.port
    session = GatewaySession(gateway.url)
    app_runner.run(session.sign_in("hana", PASSWORD))
    gateway.stop()

    wp = app_runner.start(policy=parse_policy({"storage": {"encryption": "off"}}))
    app_runner.run(wp.store.set_user(me, server=session.base_url))
    engine = SyncEngine(wp.store, session, retry_attempts=1, retry_timeout=5.0)
    with pytest.raises(httpx.TransportError):
        app_runner.run(engine.sync_once())

    assert wp.window.show_page("wp_egov.requests")
    page = wp.window.holder("wp_egov.requests").content
    card = page.card

    # Registered at the counter.
    dialog = page.register_new()
    qtbot.keyClicks(dialog.number, IIN)
    dialog.name.insert("Серікбаев Ержан")
    dialog.subject.insert("Көше жарығы")
    dialog.text.insertPlainText("Абай көшесіндегі шамдар жанбайды.")
    dialog.lang.setCurrentIndex(dialog.lang.findData("kk"))
    _ok(dialog)
    app_runner.wait_until(lambda: page.list_model.rowCount() == 1
                          and page.list_model.record_at(0) is not None)
    page.table.setFocus()
    page.table.selectRow(0)
    assert page.list_model.index(0, 0).data() == "pending"  # the number is the gateway's

    # A assigns (the head takes it herself: she is the one executor this computer knows).
    assign = press_assign(page, qtbot, app_runner)  # once it has the list
    assert assign.people.currentData() == me.user_id
    _ok(assign)
    app_runner.wait_until(lambda: card.record is not None
                          and card.record.record.data["status"] == "assigned")

    qtbot.keyClick(page.table, Qt.Key.Key_T)
    app_runner.wait_until(lambda: card.record.record.data["status"] == "in_progress")

    qtbot.keyClick(page.table, Qt.Key.Key_R)
    [reply] = page.findChildren(ReplyDialog)
    assert "Серікбаев Ержан" in reply.text.toPlainText()
    reply.text.appendPlainText("Шамдар 1 желтоқсанға дейін жөнделеді.")
    scan = tmp_path / "акт-тексеру.pdf"
    scan.write_bytes(b"%PDF-1.4 act of inspection\n" * 40)
    reply.add_files([scan])
    assert reply.file_list.count() == 1
    _ok(reply)
    app_runner.wait_until(lambda: card.record.record.data["status"] == "answered")
    [sent] = card.record.record.data["replies"]
    [attached] = sent["attachments"]
    assert attached["name"] == "акт-тексеру.pdf" and attached["size"] == scan.stat().st_size
    assert attached["mime"] == "application/pdf"
    assert "акт-тексеру.pdf" in card.history.text()

    close = card.buttons["close"]
    assert close.isVisibleTo(card)
    close.click()
    app_runner.wait_until(lambda: card.record.record.data["status"] == "closed")

    [offline] = app_runner.run(wp.store.query(Query(REQ)))
    assert offline.pending == 5 and offline.record.data["number"] is None
    assert app_runner.run(wp.store.unsent_count()) == 5
    with pytest.raises(httpx.TransportError):  # still unreachable: nothing is lost
        app_runner.run(engine.sync_once())
    assert app_runner.run(wp.store.unsent_count()) == 5

    # The gateway is back at the same address.
    gateway = RunningGateway(config(), port=port, reuse_address=True).start()
    try:
        for _ in range(5):
            app_runner.run(engine.sync_once())
            if app_runner.run(wp.store.unsent_count()) == 0:
                break
        app_runner.run(engine.sync_once())  # once more: nothing is sent twice
        transfer = BlobTransfer(wp.blobs.files, wp.runner, lambda: session)
        assert app_runner.run(transfer.send_pending()) == 1
        assert app_runner.run(transfer.send_pending()) == 0
        [local] = app_runner.run(wp.store.query(Query(REQ)))
        client = gateway.client("hana")
        feed = client.get("/sync/changes", params={"collection": REQ, "after": 0}).json()
        [theirs] = feed["records"]
        file = client.get(f"/attachments/{attached['sha256']}")
    finally:
        app_runner.run(session.aclose())
        gateway.stop()

    assert local.pending == 0
    assert file.status_code == 200 and file.content == scan.read_bytes()
    assert local.record.data["number"] == 1  # given by the gateway, once
    assert theirs["data"] == local.record.data
    assert [h["action"] for h in local.record.data["history"]] == [
        "registered", "assigned", "in_progress", "answered", "closed"]
    with sqlite3.connect(db) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM mutations ORDER BY rowid")]
    assert names == ["wp_egov.register", "wp_egov.assign", "wp_egov.start",
                     "wp_egov.answer", "wp_egov.close"]
    # The card shows the gateway's number once the change came back.
    app_runner.wait_until(lambda: card.fields["number"][1].text() == "1")
