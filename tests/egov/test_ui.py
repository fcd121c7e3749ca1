"""The whole path through the requests page in the real app, with the embedded gateway:
register with IIN checks, the audited reveal, take into work, reply from a template."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from wp_egov.ui.dialogs import ReplyDialog

from tests.egov.support import IIN
from workplace.api import Query
from workplace.audit import AuditError, AuditTrail
from workplace.net.connection import Mode, ServerChoice
from workplace.store.sync import SyncState

REQ = "wp_egov.requests"


def _audit_whys(wp, app_runner):
    def read(local):
        return [r[0] for r in local.db.conn.execute("SELECT why FROM audit_log").fetchall()]
    return app_runner.run(wp.store.run_local(read))


def test_a_request_from_registration_to_the_reply(app_runner, qtbot, monkeypatch):
    wp = app_runner.start()
    app_runner.run(wp.connection.start(ServerChoice(Mode.LOCAL)))
    app_runner.wait_until(lambda: wp.offline.engine is not None
                          and wp.offline.engine.state is SyncState.ONLINE, timeout=30)
    assert wp.window.show_page("wp_egov.requests")
    page = wp.window.holder("wp_egov.requests").content
    assert page is not None

    # Registration: the IIN is checked as it is typed.
    dialog = page.register_new()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.number, IIN[:-1] + "9")
    assert dialog.number_problem.isVisible() and "check digit" in dialog.number_problem.text()
    dialog.number.clear()
    qtbot.keyClicks(dialog.number, "9001013000")
    assert not dialog.number_problem.isVisible()  # still typing
    qtbot.keyClicks(dialog.number, "37")
    # (QTest types ASCII only: Cyrillic goes in as if pasted)
    dialog.name.insert("Серікбаев Ержан")
    qtbot.keyClicks(dialog.phone, "+7 701 555 12 34")
    dialog.subject.insert("Жол жөндеу")
    assert not ok.isEnabled()  # no text yet
    dialog.text.insertPlainText("Кенесары көшесіндегі жолды жөндеуді сұраймын.")
    dialog.lang.setCurrentIndex(dialog.lang.findData("kk"))
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    app_runner.wait_until(lambda: page.list_model.rowCount() == 1
                          and page.list_model.record_at(0) is not None)
    page.table.setFocus()
    page.table.selectRow(0)
    card = page.card
    assert card.iin.text() == "900101*****7"
    assert "555" not in card.contacts.text()

    # A reveal whose audit entry cannot be written shows nothing.
    async def refuse(self, **_kw):
        raise AuditError("disk full")

    with monkeypatch.context() as mp:
        mp.setattr(AuditTrail, "record", refuse)
        assert app_runner.run(card.reveal(card.record, "checking")) is False
    assert card.iin.text() == "900101*****7" and not card.revealed

    # "Show…" asks why; the entry is in the audit log once the number shows.
    ask = card.ask_reveal()
    assert ask is not None
    ask.choice.setCurrentIndex(0)
    purpose = ask.choice.currentText()
    ask.accept()
    app_runner.wait_until(lambda: card.revealed)
    assert card.iin.text() == IIN and "555" in card.contacts.text()
    assert _audit_whys(wp, app_runner) == [purpose]

    # T takes it into work (from the table, by keyboard).
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_T)
    app_runner.wait_until(lambda: card.record is not None
                          and card.record.record.data["status"] == "in_progress")
    assert card.iin.text() == IIN  # the same request stays revealed while it changes

    # R replies from a template, in the applicant's language (Kazakh).
    qtbot.keyClick(page.table, Qt.Key.Key_R)
    [reply] = page.findChildren(ReplyDialog)
    assert "Серікбаев Ержан" in reply.text.toPlainText()
    assert "өтінішіңіз" in reply.text.toPlainText()
    reply.text.appendPlainText("Жол 2027 жылы жөнделеді.")
    reply.accept()
    app_runner.wait_until(lambda: page.list_model.rowCount() == 0)  # no longer open
    app_runner.wait_until(lambda: wp.offline.engine.unsent == 0, timeout=30)
    [rec] = app_runner.run(wp.store.query(Query(REQ)))
    assert rec.pending == 0 and rec.record.data["status"] == "answered"
    assert rec.record.data["number"] == 1  # given by the gateway
    assert "2027" in rec.record.data["replies"][0]["text"]
