"""The document path through the UI of the real app, on the embedded gateway:
draft → route → approve → register (the number comes from the gateway) →
resolution → report → removal from control. The local owner of an embedded gateway
is clerk, head and executor at once, so one user walks the whole path."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton
from wp_documents.ui.card import DocumentCard
from wp_documents.ui.dialogs import (
    DraftDialog,
    ResolutionDialog,
    RouteDialog,
    SignDialog,
    TextDialog,
)

from tests.helpers.pki import P12_PASSWORD, make_pki
from workplace.api.store import Query
from workplace.net.connection import Mode, ServerChoice, State
from workplace.policy import parse_policy
from workplace.store.sync import SyncState

DOCS = "wp_documents.documents"


def _dialog(app_runner, kind):
    found = []

    def visible():
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, kind) and w.isVisible()]
        return found

    app_runner.wait_until(visible, timeout=10)
    return found[0]


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _press(app_runner, card: DocumentCard, action: str) -> None:
    app_runner.wait_until(lambda: card.findChild(QPushButton, f"action-{action}") is not None)
    card.findChild(QPushButton, f"action-{action}").click()


def _check_first(people_list) -> None:
    people_list.item(0).setCheckState(Qt.CheckState.Checked)


def test_the_whole_path_through_the_ui(app_runner, tmp_path):
    wp = app_runner.start(policy=parse_policy({"storage": {"encryption": "off"}}))
    app_runner.run(wp.connection.start(ServerChoice(Mode.LOCAL)))
    assert wp.connection.state is State.CONNECTED
    app_runner.wait_until(lambda: wp.offline.engine is not None
                          and wp.offline.engine.state is SyncState.ONLINE, timeout=30)
    plugin = wp.host.records["wp_documents"].instance
    assert wp.window.show_page("wp_documents.inbox")

    # A new internal document (Ctrl+Shift+D runs this command).
    wp.workbench.commands.run("wp_documents.new")
    draft = _dialog(app_runner, DraftDialog)
    draft.kind.setCurrentIndex(draft.kind.findData("internal"))
    draft.title.setText("Жылыту маусымына дайындық туралы")
    draft.case_index.setText("01-14")
    _ok(draft)
    app_runner.wait_until(lambda: plugin.cards)
    [card] = plugin.cards.values()
    doc_id = card.doc_id
    app_runner.wait_until(lambda: card.doc.get("status") == "draft")
    # No route yet: the route tab says so instead of showing an empty table.
    # (drawn a loop turn after the record arrives, like the subtitle below)
    no_route = "This document has not been sent for approval."
    app_runner.wait_until(lambda: card.route.topLevelItem(0) is not None
                          and card.route.topLevelItem(0).text(0) == no_route)
    text = tmp_path / "memo.txt"
    text.write_text("Жылыту маусымы 15 қазанда басталады.\n", encoding="utf-8")
    assert app_runner.run(card.runner.attach_path(doc_id, text))
    app_runner.wait_until(lambda: len(card.doc.get("attachments") or []) == 1)
    app_runner.wait_until(lambda: "15 қазанда" in card.preview_text.toPlainText())

    _press(app_runner, card, "send")
    route = _dialog(app_runner, RouteDialog)
    _check_first(route.stages[0][1])  # the signed-in user is offered first
    _ok(route)
    app_runner.wait_until(lambda: card.doc.get("status") == "on_approval")
    app_runner.wait_until(lambda: plugin.inbox.tables["approve"].doc_model.rowCount() == 1)

    _press(app_runner, card, "approve")
    app_runner.wait_until(lambda: card.doc.get("status") == "approved")

    _press(app_runner, card, "register")
    app_runner.wait_until(lambda: card.doc.get("status") == "registered")
    # The number is the gateway's: pending until the change comes back.
    app_runner.wait_until(lambda: card.doc.get("reg_number") == "01-14/1", timeout=30)
    # The card shows it once it has drawn the record again (a loop turn later).
    app_runner.wait_until(lambda: "01-14/1" in card.subtitle.text())

    # Sign the attached file with a key file; the card checks it against the CA.
    pki = make_pki()
    (tmp_path / "key.p12").write_bytes(pki.p12)
    (tmp_path / "roots.pem").write_bytes(pki.root_pem)
    plugin.ctx.settings.set("ca_bundle", str(tmp_path / "roots.pem"))
    _press(app_runner, card, "sign")
    sign = _dialog(app_runner, SignDialog)
    sign.software.setChecked(True)
    sign.path.setText(str(tmp_path / "key.p12"))
    sign.password.setText(P12_PASSWORD)
    _ok(sign)
    app_runner.wait_until(lambda: len(card.doc.get("signatures") or []) == 1)
    app_runner.wait_until(lambda: card.signatures.topLevelItemCount() == 1
                          and card.signatures.topLevelItem(0).text(3) == "valid")
    assert card.signatures.topLevelItem(0).text(1) == "900101400123 / 123456789021"

    _press(app_runner, card, "resolution")
    resolution = _dialog(app_runner, ResolutionDialog)
    resolution.text.setPlainText("Жоспар дайындаңыз.")
    _check_first(resolution.executors)
    resolution.control.setChecked(True)
    _ok(resolution)
    app_runner.wait_until(lambda: card.doc.get("status") == "in_execution")
    inbox = plugin.inbox.tables
    app_runner.wait_until(lambda: inbox["execute"].doc_model.rowCount() == 1)
    app_runner.wait_until(lambda: inbox["control"].doc_model.rowCount() == 1)

    _press(app_runner, card, "report")
    report = _dialog(app_runner, TextDialog)
    _ok(report)  # empty: refused with a message, the dialog stays
    assert report.isVisible() and report.error.isVisible()
    report.text.setPlainText("Жоспар бекітілді.")
    _ok(report)
    app_runner.wait_until(lambda: card.doc["resolutions"][0]["state"] == "reported")
    _press(app_runner, card, "remove_control")
    app_runner.wait_until(lambda: card.doc.get("status") == "done")

    # Everything reached the gateway, and its answer is what this computer shows.
    async def synced():
        while True:
            local = await wp.store.get(DOCS, doc_id)
            if local.pending == 0 and wp.offline.engine.unsent == 0:
                return local
            await asyncio.sleep(0.05)

    local = app_runner.run(asyncio.wait_for(synced(), 30))
    assert local.record.version > 0
    actions = [h["action"] for h in local.record.data["history"]]
    assert actions == ["created", "attached", "sent_for_approval", "approved", "route_done",
                       "registered", "signed", "resolution", "report",
                       "removed_from_control"]
    assert app_runner.run(wp.store.count(Query(DOCS))) == 1
    card.close()
    assert doc_id not in plugin.cards

    # From the keyboard: the registry's table, first row, Enter opens the card again.
    assert wp.window.show_page("wp_documents.registry")
    table = plugin.registry.table
    app_runner.wait_until(lambda: table.doc_model.rowCount() == 1
                          and table.doc_model.record_at(0) is not None)
    table.setFocus()
    table.setCurrentIndex(table.doc_model.index(0, 0))
    QTest.keyClick(table, Qt.Key.Key_Return)
    assert doc_id in plugin.cards
    QTest.keyClick(plugin.cards[doc_id], Qt.Key.Key_Escape)
    app_runner.wait_until(lambda: doc_id not in plugin.cards)

    # The attached file's text is searched too (extracted off the GUI thread).
    registry = plugin.registry
    registry.search.setText("қазанда")
    registry.apply_filters()
    app_runner.wait_until(lambda: table.doc_model.loaded and table.doc_model.rowCount() == 1)
    registry.search.setText("қаңтарда")
    registry.apply_filters()
    app_runner.wait_until(lambda: table.doc_model.loaded and table.doc_model.rowCount() == 0)
