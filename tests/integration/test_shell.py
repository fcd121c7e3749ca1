"""The Qt shell driven like a user would: keyboard, clicks, language and theme switches."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)

from workplace.api import API_VERSION, Notification, NotificationLevel
from workplace.pluginhost import PluginState
from workplace.shell.settings_dialog import SettingsDialog


def test_palette_lists_and_runs_commands_from_the_keyboard(app_runner, qtbot):
    wp = app_runner.start()
    qtbot.waitExposed(wp.window)
    qtbot.keyClick(wp.window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert wp.palette.isVisible()
    titles = [wp.palette.model.item(i).text() for i in range(wp.palette.model.rowCount())]
    assert any(t.startswith("Settings") for t in titles)
    assert any(t.startswith("Go to: Home") for t in titles)
    qtbot.keyClicks(wp.palette.query, "about work")
    assert wp.palette.model.rowCount() == 1
    qtbot.keyClick(wp.palette.query, Qt.Key.Key_Return)
    assert not wp.palette.isVisible()
    dialogs = [w for w in QApplication.topLevelWidgets()
               if w.objectName() == "AboutDialog" and w.isVisible()]
    assert len(dialogs) == 1
    assert f"Plugin API {API_VERSION}" in dialogs[0].versions.toPlainText()
    dialogs[0].reject()


def test_palette_says_when_nothing_matches(app_runner, qtbot):
    wp = app_runner.start()
    wp.palette.popup()
    qtbot.keyClicks(wp.palette.query, "zzzz-no-such-command")
    assert wp.palette.model.rowCount() == 0
    assert wp.palette.empty.isVisible()
    wp.palette.reject()


def test_page_shortcuts_and_last_page_are_remembered(app_runner, qtbot):
    wp = app_runner.start()
    qtbot.waitExposed(wp.window)
    assert wp.window.current_page == "wp_home.home"
    # Rail order: the modules' pages, then the shell's Changes and Modules pages last.
    pages = wp.window.page_ids()
    assert pages[0] == "wp_home.home" and pages[-2:] == ["shell.changes", "shell.plugins"]
    position = pages.index("shell.plugins") + 1
    assert position <= 9
    qtbot.keyClick(wp.window, getattr(Qt.Key, f"Key_{position}"),
                   Qt.KeyboardModifier.ControlModifier)
    assert wp.window.current_page == "shell.plugins"
    # Smaller than the default (1200x780), within the offscreen screen (800x600).
    size = (760, 600)
    wp.window.resize(*size)
    app_runner.stop(wp)

    wp = app_runner.start()
    assert wp.window.current_page == "shell.plugins"
    assert (wp.window.width(), wp.window.height()) == size


def test_notifications_count_unread_and_mark_read(app_runner, qtbot):
    wp = app_runner.start()
    center = wp.workbench.notifications
    center.post(Notification("Document registered", "No. 01-12/345",
                             NotificationLevel.SUCCESS, "test"))
    center.post(Notification("Deadline tomorrow", "", NotificationLevel.WARNING, "test"))
    assert wp.window.bell.text() == "2"
    assert "2 unread" in wp.window.bell.accessibleName()
    qtbot.keyClick(wp.window, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert wp.window.notifications.isVisible()
    assert center.unread_count == 0
    assert wp.window.bell.text() == ""
    assert wp.window.notifications.list.count() == 2
    qtbot.mouseClick(wp.window.notifications.clear, Qt.MouseButton.LeftButton)
    assert wp.window.notifications.empty.isVisible()


def test_theme_switch_changes_palette_and_is_saved(app_runner):
    wp = app_runner.start()
    wp.workbench.commands.run("shell.theme.high_contrast")
    window_colour = QApplication.palette().color(QPalette.ColorRole.Window).name()
    assert window_colour == "#000000"
    wp.workbench.commands.run("shell.theme.dark")
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == "#1e2228"
    wp.workbench.commands.run("shell.theme.light")
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == "#f4f6f9"
    app_runner.stop(wp)
    saved = json.loads((wp.paths.config_dir / "settings.json").read_text())
    assert saved["shell"]["theme"] == "light"


def test_settings_dialog_shows_plugin_pages_and_applies(plugin_site, app_runner, qtbot):
    plugin_site("good_plugin")
    wp = app_runner.start()
    dialog = wp.open_settings()
    assert isinstance(dialog, SettingsDialog)
    sections = [dialog.sections.item(i).text() for i in range(dialog.sections.count())]
    # General first, then every module's page (the built-in modules' too).
    assert sections[0] == "General" and {"Good settings", "Home page"} <= set(sections)
    dialog.sections.setCurrentRow(sections.index("Good settings"))
    dialog.stack.currentWidget().flag.setChecked(True)
    dialog.accept()
    assert wp.settings.get("plugin:good_plugin", "flag") is True


def test_every_control_has_an_accessible_name(plugin_site, app_runner, qtbot):
    plugin_site("good_plugin")
    wp = app_runner.start()
    for pid in wp.window.page_ids():
        wp.window.show_page(pid)
    wp.window.notifications.show()
    interactive = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView)
    unnamed = [
        f"{type(w).__name__}({w.objectName()}) in {type(w.window()).__name__}"
        for w in wp.window.findChildren(QWidget)
        if isinstance(w, interactive) and w.isVisibleTo(wp.window)
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()))
        # Qt's own internals of scroll areas and headers
        and type(w).__name__ not in {"QScrollBar"} and w.parent() is not None
        and type(w.parent()).__name__ not in {"QHeaderView", "QTableCornerButton"}
    ]
    assert unnamed == []


def test_plugin_manager_switches_a_module_off_and_on(plugin_site, app_runner, qtbot):
    plugin_site("good_plugin")
    wp = app_runner.start()
    wp.window.show_page("shell.plugins")
    page = wp.window.holder("shell.plugins").content
    row = page._ids.index("good_plugin")
    page.table.selectRow(row)
    assert "Permissions: Network access" in page.details.text()
    assert page.toggle.text() == "Switch off"
    qtbot.mouseClick(page.toggle, Qt.MouseButton.LeftButton)
    app_runner.wait_until(lambda: wp.host.records["good_plugin"].state is PluginState.DISABLED)
    assert "good_plugin.main" not in wp.window.page_ids()
    assert page.table.item(row, 2).text() == "Switched off"
    qtbot.mouseClick(page.toggle, Qt.MouseButton.LeftButton)
    app_runner.wait_until(lambda: wp.host.records["good_plugin"].state is PluginState.ACTIVE)
    assert "good_plugin.main" in wp.window.page_ids()


def test_no_active_modules_shows_a_helpful_empty_state(app_runner):
    wp = app_runner.start()
    for plugin_id in list(wp.host.records):
        app_runner.run(wp.host.set_enabled(plugin_id, False))
    # Only the shell's own pages remain; the rail still works.
    assert wp.window.page_ids() == ["shell.changes", "shell.plugins"]
    assert wp.window.current_page == "shell.changes"


def test_corrupt_settings_file_is_kept_aside_and_reported(app_runner, isolated_home):
    wp = app_runner.start()
    path = wp.settings.path
    app_runner.stop(wp)
    path.write_text("{not json", encoding="utf-8")
    wp = app_runner.start()
    assert wp.settings.recovered_from is not None
    assert wp.settings.recovered_from.read_text(encoding="utf-8") == "{not json"
    assert any("settings could not be read" in n.title
               for n in wp.workbench.notifications.items)


def test_selftest_in_process_reports_each_plugin(plugin_site, app_runner, capsys):
    import io

    from workplace.selftest import run_selftest

    plugin_site("good_plugin", "broken_import")
    wp = app_runner.start(show_window=False)
    out = io.StringIO()
    code = app_runner.run(run_selftest(wp, out))
    lines = out.getvalue().splitlines()
    assert code == 1
    assert "good_plugin ok" in lines
    assert "wp_home ok" in lines
    assert "storage ok" in lines
    assert any(line.startswith("broken_import failed: Its code could not be loaded")
               for line in lines)


def test_selftest_fails_when_the_local_data_cannot_be_opened(app_runner, monkeypatch):
    """No secure keyring: the data's key cannot be had, and the admin is told why."""
    import io

    import keyring.core
    from keyring.backends.fail import Keyring as FailKeyring

    from workplace.selftest import run_selftest

    # Restored after the test, whichever keyring the others use (the real one in CI).
    monkeypatch.setattr(keyring.core, "_keyring_backend", FailKeyring())
    wp = app_runner.start(show_window=False)
    out = io.StringIO()
    code = app_runner.run(run_selftest(wp, out))
    lines = out.getvalue().splitlines()
    assert code == 1
    [storage] = [line for line in lines if line.startswith("storage ")]
    assert storage.startswith("storage failed: ") and "keyring" in storage
    if wp.offline.failure_box is not None:
        wp.offline.failure_box.close()


def test_settings_show_what_the_organisation_set_as_locked(app_runner, tmp_path):
    from workplace.policy import parse_policy

    policy = parse_policy({"connection": {"server_url": "https://gw.gov.kz",
                                          "users_may_change": False},
                           "signin": {"remember_me_allowed": False, "idle_lock_minutes": 5},
                           "ai": {"enabled": False}}, source="/etc/workplace/policy.json")
    wp = app_runner.start(policy=policy)
    dialog = wp.open_settings()
    general = dialog.stack.widget(0)
    assert general.managed.isVisibleTo(dialog)
    text = general.managed_text.text()
    assert "Server: https://gw.gov.kz — you cannot choose another" in text
    assert "Staying signed in between runs is not allowed" in text
    assert "The window locks after 5 min without input" in text
    assert "The assistant sends no text to language models" in text
    assert "/etc/workplace/policy.json" in text and "cannot be changed here" in text
    dialog.reject()
    wp.set_language("ru")
    dialog = wp.open_settings()
    assert "Сервер: https://gw.gov.kz" in dialog.stack.widget(0).managed_text.text()
    dialog.reject()


def test_no_policy_shows_no_managed_section(app_runner):
    wp = app_runner.start()
    dialog = wp.open_settings()
    assert not dialog.stack.widget(0).managed.isVisibleTo(dialog)
    dialog.reject()
