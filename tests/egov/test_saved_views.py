"""Saved views: the queue's filters kept under a name, listed under the queues, chosen
again, renamed (F2) and deleted (Delete) from the keyboard; kept per user in the
plugin's settings."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from wp_egov.ui.views import NameDialog, SavedView, SavedViews

from tests.egov.support import IIN
from workplace.api import Actor

ME = Actor("u-clerk", "dana", "appeals", frozenset({"clerk"}), "Дана Омарова")


def _register(app_runner, wp, channel: str, subject: str) -> None:
    app_runner.run(wp.store.mutate("wp_egov.register", {
        "id": str(uuid.uuid4()), "channel": channel, "service_code": "APPEAL", "lang": "kk",
        "applicant": {"kind": "person", "iin": IIN, "name": "Серікбаев Ержан"},
        "subject": subject, "text": "Өтініш мәтіні."}))


def _page(app_runner, wp):
    assert wp.window.show_page("wp_egov.requests")
    return wp.window.holder("wp_egov.requests").content


def _dialog(page) -> NameDialog:
    [dialog] = [d for d in page.findChildren(NameDialog) if d.isVisible()]
    return dialog


def test_save_choose_rename_delete_a_view(app_runner, qtbot):
    wp = app_runner.start()
    app_runner.run(wp.store.set_user(ME))
    _register(app_runner, wp, "egov", "Жол жөндеу")
    _register(app_runner, wp, "egov", "Жарық")
    _register(app_runner, wp, "post", "Жол белгісі")
    page = _page(app_runner, wp)
    app_runner.wait_until(lambda: page.list_model.rowCount() == 3)

    page.channel.setCurrentIndex(page.channel.findData("egov"))
    page.search.setText("жол")
    page.apply_filters()
    app_runner.wait_until(lambda: page.list_model.rowCount() == 1)

    page.save_view_button.click()
    dialog = _dialog(page)
    qtbot.keyClicks(dialog.name, "eGov roads")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert [v.name for v in page.views] == ["eGov roads"]
    view_row = page.queues.count() - 1
    assert page.queues.item(view_row).text() == "eGov roads"
    assert page.queues.item(view_row - 1).text() == "Saved views"
    assert not page.queues.item(view_row - 1).flags() & Qt.ItemFlag.ItemIsSelectable
    assert page.ctx.settings.get("saved_views.u-clerk", []) == [
        {"name": "eGov roads", "queue": "department", "search": "жол", "service": None,
         "channel": "egov"}]

    # Back to the plain department queue, then the view brings its filters back.
    page.search.clear()
    page.channel.setCurrentIndex(0)
    page.queues.setCurrentRow(1)
    app_runner.wait_until(lambda: page.list_model.rowCount() == 3)
    page.queues.setFocus()
    page.queues.setCurrentRow(view_row)
    assert page.search.text() == "жол" and page.channel.currentData() == "egov"
    app_runner.wait_until(lambda: page.list_model.rowCount() == 1)

    # F2 renames, Delete deletes (keyboard, on the list).
    qtbot.keyClick(page.queues, Qt.Key.Key_F2)
    dialog = _dialog(page)
    assert dialog.name.text() == "eGov roads"
    dialog.name.setText("Жолдар (eGov)")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert [v.name for v in page.views] == ["Жолдар (eGov)"]
    assert page.queues.item(view_row).text() == "Жолдар (eGov)"

    # Another user of this profile has views of their own.
    assert SavedViews(page.ctx.settings, "u-someone-else").load() == []
    saved = SavedViews(page.ctx.settings, ME.user_id)
    saved.save(SavedView("Пошта", "mine", channel="post"))
    page.show_views(saved.load())
    assert page.queues.count() == 5 + 1 + 2

    page.queues.setCurrentRow(view_row)
    qtbot.keyClick(page.queues, Qt.Key.Key_Delete)
    assert [v.name for v in page.views] == ["Пошта"]
    page.queues.setCurrentRow(page.queues.count() - 1)
    qtbot.keyClick(page.queues, Qt.Key.Key_Delete)
    assert page.views == [] and page.queues.count() == 5
    assert page.ctx.settings.get("saved_views.u-clerk", None) == []

