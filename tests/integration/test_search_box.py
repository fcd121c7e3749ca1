"""The global search in the header, driven from the keyboard like a user would."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from workplace.shell.search_box import HIT_ROLE, HTML_ROLE

NOTES = "notes_plugin.notes"


def start_with_notes(app_runner, plugin_site, notes: list[tuple[str, str]]):
    plugin_site("notes_plugin")
    wp = app_runner.start()
    app_runner.wait_until(lambda: wp.offline.opened)
    ids = []
    for title, body in notes:
        note = str(uuid.uuid4())
        app_runner.run(wp.store.mutate("notes_plugin.create",
                                       {"id": note, "title": title, "body": body}))
        ids.append(note)
    return wp, ids


def rows(wp) -> list[str]:
    model = wp.search_box.popup.model
    return [model.item(r).text() for r in range(model.rowCount())]


def type_text(widget, text: str) -> None:
    """Type like a keyboard would (QTest.keyClicks knows ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, char))


def type_and_wait(app_runner, qtbot, wp, text: str) -> None:
    box = wp.search_box
    box.clear()
    type_text(box, text)
    app_runner.wait_until(lambda: box.results_visible()
                          and box._last is not None and box._last[0] == text)


def test_typing_shows_results_grouped_by_module_and_enter_opens_one(
        app_runner, plugin_site, qtbot):
    wp, (order, memo, _other) = start_with_notes(app_runner, plugin_site, [
        ("Приказ о командировке", "Сәлем, әлем: поездка в Астану"),
        ("Служебная записка", "О поездке в Алматы"),
        ("Отчёт", "Ничего общего"),
    ])
    opened: list[str] = []
    wp.workbench.openers[NOTES] = ("notes_plugin", opened.append)
    qtbot.waitExposed(wp.window)
    box = wp.search_box
    assert box.parentWidget() is not None and box.isVisible()
    assert box.placeholderText() == "Search documents, requests…"

    # Ctrl+F from anywhere in the window puts the cursor in the box.
    wp.window.rail.setFocus()
    qtbot.keyClick(wp.window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is box

    type_and_wait(app_runner, qtbot, wp, "поезд")
    found = rows(wp)
    assert found[0] == "Notes"  # the group: the module's name from its manifest
    assert len(found) == 3
    hits = {wp.search_box.popup.model.item(r).data(HIT_ROLE)[1] for r in (1, 2)}
    assert hits == {order, memo}
    html = [wp.search_box.popup.model.item(r).data(HTML_ROLE) for r in (1, 2)]
    assert any("<b>поездка</b>" in h for h in html)  # matches drawn bold
    assert all("[" not in t for t in found)  # the marks never show as text
    # The first hit is current; Down moves on, Up comes back; the header is skipped.
    view = box.popup.list
    assert view.currentIndex().row() == 1
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 2
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 2  # stays on the last
    qtbot.keyClick(box, Qt.Key.Key_Up)
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert view.currentIndex().row() == 1
    qtbot.keyClick(box, Qt.Key.Key_Down)
    chosen = view.currentIndex().data(HIT_ROLE)[1]
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert opened == [chosen]
    assert not box.results_visible()

    # Esc closes the results, a second Esc clears the field.
    type_and_wait(app_runner, qtbot, wp, "служеб")
    assert rows(wp) == ["Notes", "Служебная записка"]  # the title matched: one line
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not box.results_visible()
    assert box.text() == "служеб"
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == ""

    # The language switches with the results open.
    type_and_wait(app_runner, qtbot, wp, "поезд")
    wp.set_language("ru")
    assert box.placeholderText() == "Поиск документов, обращений…"
    assert rows(wp)[0] == "Заметки"
    assert box.accessibleDescription() == "2 результата"
    wp.set_language("en")
    box.close_popup()

    # A click opens too.
    type_and_wait(app_runner, qtbot, wp, "отчёт")
    view = box.popup.list
    rect = view.visualRect(box.popup.model.index(1, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened[-1] == _other


def test_kazakh_capitals_find_lower_case_words_and_nothing_found_is_said(
        app_runner, plugin_site, qtbot):
    wp, (hello,) = start_with_notes(app_runner, plugin_site, [("Сәлем, әлем!", "")])
    box = wp.search_box
    type_and_wait(app_runner, qtbot, wp, "ӘЛЕМ")
    assert box.popup.model.item(1).data(HIT_ROLE) == (NOTES, hello)
    assert "<b>әлем</b>" in box.popup.model.item(1).data(HTML_ROLE)

    type_and_wait(app_runner, qtbot, wp, "жоқсөз")
    assert box.popup.model.rowCount() == 0
    assert box.popup.empty.isVisibleTo(box.popup)
    assert box.popup.empty.text() == "No results for «жоқсөз»"
    assert box.accessibleDescription() == "No results"

    # One letter is not searched: the results close.
    box.setText("ә")
    app_runner.wait_until(lambda: not box.results_visible())


def test_a_hit_nobody_can_open_is_shown_disabled_with_the_reason(
        app_runner, plugin_site, qtbot):
    wp, _ids = start_with_notes(app_runner, plugin_site, [("Протокол заседания", "")])
    assert NOTES not in wp.workbench.openers  # the test plugin registers no opener
    box = wp.search_box
    type_and_wait(app_runner, qtbot, wp, "протокол")
    item = box.popup.model.item(1)
    assert not item.isEnabled() and not item.isSelectable()
    assert "cannot open" in item.toolTip()
    assert not box.popup.list.currentIndex().isValid()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # nothing to open: nothing happens
    assert box.results_visible()
    box.close_popup()
