"""Policy ``plugins.force_installed``: the module always runs, the user cannot switch it
off (the module manager shows it locked, with why), and one that is not installed fails
the selftest and is logged at start."""

from __future__ import annotations

import io
import logging

from PySide6.QtCore import Qt

from workplace.pluginhost import PluginState
from workplace.policy import parse_policy
from workplace.selftest import run_selftest

FORCED = parse_policy({"plugins": {"force_installed": ["good_plugin"]}})


def test_a_forced_module_is_locked_on_in_the_module_manager(plugin_site, app_runner,
                                                             qtbot):
    plugin_site("good_plugin")
    wp = app_runner.start()
    # The user had switched it off before the admin required it: policy wins.
    app_runner.run(wp.host.set_enabled("good_plugin", False))
    app_runner.stop(wp)
    wp = app_runner.start(policy=FORCED)
    assert wp.host.records["good_plugin"].state is PluginState.ACTIVE
    wp.window.show_page("shell.plugins")
    page = wp.window.holder("shell.plugins").content
    row = page._ids.index("good_plugin")
    page.table.selectRow(row)
    assert page.table.item(row, 2).text() == "Active (locked)"
    assert ("Set by your organisation: Your organisation requires this module: it cannot "
            "be switched off") in page.details.text()
    assert page.toggle.isVisible() and not page.toggle.isEnabled()
    assert "cannot be switched off" in page.toggle.toolTip()
    # Neither a click nor a direct call switches it off.
    qtbot.mouseClick(page.toggle, Qt.MouseButton.LeftButton)
    page._toggle()
    app_runner.run(wp.host.set_enabled("good_plugin", False))
    assert wp.host.records["good_plugin"].state is PluginState.ACTIVE
    assert "good_plugin.main" in wp.window.page_ids()
    # Another module stays the user's to switch.
    page.table.selectRow(page._ids.index("wp_home"))
    assert page.toggle.isEnabled() and "(locked)" not in page.table.item(
        page._ids.index("wp_home"), 2).text()


def test_a_forced_module_that_is_not_installed_fails_the_selftest(app_runner, caplog):
    policy = parse_policy({"plugins": {"force_installed": ["wp_home", "absent_plugin"]}})
    with caplog.at_level(logging.ERROR, logger="workplace.plugins"):
        wp = app_runner.start(show_window=False, policy=policy)
    assert any("plugin_forced_missing" in r.getMessage() and "absent_plugin" in r.getMessage()
               for r in caplog.records)
    caplog.clear()  # an expected error: the test's log check must not fail on it
    out = io.StringIO()
    code = app_runner.run(run_selftest(wp, out))
    lines = out.getvalue().splitlines()
    assert code == 1
    assert "wp_home ok" in lines
    assert ("absent_plugin failed: Your organisation requires this module, but it is not "
            "installed (policy plugins.force_installed)") in lines
    assert lines[-1].endswith("1 failed")
