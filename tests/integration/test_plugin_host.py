"""The plugin host with real plugin distributions discovered through entry points."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt

from workplace.api import NotificationLevel
from workplace.pluginhost import PluginState
from workplace.policy import MachinePolicy


def states(wp) -> dict[str, PluginState]:
    return {pid: rec.state for pid, rec in wp.host.records.items()}


def test_good_plugin_contributes_everything(plugin_site, app_runner, qtbot):
    plugin_site("good_plugin")
    wp = app_runner.start()
    assert states(wp)["good_plugin"] is PluginState.ACTIVE
    assert "good_plugin.main" in wp.window.page_ids()
    assert wp.window.show_page("good_plugin.main")
    page = wp.window.holder("good_plugin.main").content
    qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)
    assert page.clicks == 1
    assert wp.window.status_text("good_plugin.state") == "all good"
    wp.workbench.commands.run("good_plugin.hello")
    [note] = wp.workbench.notifications.items
    assert (note.title, note.source, note.level) == (
        "Hello", "good_plugin", NotificationLevel.SUCCESS)
    assert wp.workbench.settings_pages.get("good_plugin.settings") is not None


def test_each_kind_of_broken_plugin_fails_alone(plugin_site, app_runner):
    plugin_site("good_plugin", "broken_import", "future_api", "needs_missing",
                "activation_crash", "undeclared", "needs_good")
    wp = app_runner.start()
    recs = wp.host.records
    assert recs["good_plugin"].state is PluginState.ACTIVE
    assert recs["needs_good"].state is PluginState.ACTIVE
    assert recs["wp_home"].state is PluginState.ACTIVE

    assert recs["broken_import"].state is PluginState.FAILED
    assert "could not be loaded" in str(recs["broken_import"].reason)
    assert "workplace_module_that_does_not_exist" in str(recs["broken_import"].reason)

    assert recs["future_api"].state is PluginState.INCOMPATIBLE
    assert ">=2.0,<3" in str(recs["future_api"].reason)
    assert "future_api" not in sys.modules  # never imported

    assert recs["needs_missing"].state is PluginState.MISSING_DEPENDENCY
    assert "absent_plugin" in str(recs["needs_missing"].reason)
    assert "needs_missing" not in sys.modules

    assert recs["activation_crash"].state is PluginState.FAILED
    assert "activation exploded" in str(recs["activation_crash"].reason)
    # What it registered before raising is gone again.
    assert "activation_crash.main" not in wp.window.page_ids()

    assert recs["undeclared"].state is PluginState.FAILED
    assert "undeclared.declared_page" in str(recs["undeclared"].reason)
    assert "did not ask for the 'network' permission" in \
        sys.modules["undeclared.plugin"].Undeclared.permission_error

    # The user is told about each one that did not start.
    titles = [n.title for n in wp.workbench.notifications.items]
    assert sum("did not start" in t for t in titles) == 5


def test_required_plugin_api_is_reachable(plugin_site, app_runner):
    plugin_site("good_plugin", "needs_good")
    app_runner.start()
    assert sys.modules["needs_good.plugin"].NeedsGood.seen == {"greeting": "hello"}


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_fails_only_that_plugin(plugin_site, app_runner, qtbot):
    plugin_site("good_plugin", "slot_crash")
    wp = app_runner.start()
    wp.install_exception_hooks(app_runner.loop)
    wp.window.show_page("slot_crash.main")
    crash_page = wp.window.holder("slot_crash.main").content
    qtbot.mouseClick(crash_page.button, Qt.MouseButton.LeftButton)

    rec = wp.host.records["slot_crash"]
    assert rec.state is PluginState.FAILED
    assert "slot exploded" in str(rec.reason)
    # Its page now explains itself; its command is gone; the others carry on.
    holder = wp.window.holder("slot_crash.main")
    assert holder.content is None and holder.failure is not None
    assert "slot exploded" in holder.failure.body.text()
    assert wp.workbench.commands.get("slot_crash.boom") is None
    assert wp.host.records["good_plugin"].state is PluginState.ACTIVE
    wp.window.show_page("good_plugin.main")
    good = wp.window.holder("good_plugin.main").content
    qtbot.mouseClick(good.button, Qt.MouseButton.LeftButton)
    assert good.clicks == 1
    assert any("stopped working" in n.title for n in wp.workbench.notifications.items)


def test_exception_in_a_command_fails_only_that_plugin(plugin_site, app_runner):
    plugin_site("good_plugin", "slot_crash")
    wp = app_runner.start()
    wp.workbench.commands.run("slot_crash.boom")
    assert wp.host.records["slot_crash"].state is PluginState.FAILED
    assert "command exploded" in str(wp.host.records["slot_crash"].reason)
    assert wp.host.records["good_plugin"].state is PluginState.ACTIVE


def test_policy_blocks_and_allow_lists(plugin_site, app_runner):
    plugin_site("good_plugin", "needs_good")
    wp = app_runner.start(policy=MachinePolicy(plugins_block=frozenset({"good_plugin"})))
    assert wp.host.records["good_plugin"].state is PluginState.BLOCKED
    assert "policy" in str(wp.host.records["good_plugin"].reason)
    assert wp.host.records["needs_good"].state is PluginState.MISSING_DEPENDENCY
    assert "good_plugin.main" not in wp.window.page_ids()
    app_runner.stop(wp)

    wp = app_runner.start(policy=MachinePolicy(plugins_allow=frozenset({"wp_home"})))
    assert wp.host.records["good_plugin"].state is PluginState.BLOCKED
    assert wp.host.records["wp_home"].state is PluginState.ACTIVE


def test_safe_mode_starts_built_ins_only(plugin_site, app_runner):
    plugin_site("good_plugin")
    wp = app_runner.start(safe_mode=True)
    assert wp.host.records["good_plugin"].state is PluginState.SKIPPED
    assert wp.host.records["wp_home"].state is PluginState.ACTIVE
    assert "good_plugin" not in sys.modules


def test_disable_and_enable_at_run_time_is_remembered(plugin_site, app_runner):
    plugin_site("good_plugin", "needs_good")
    wp = app_runner.start()
    app_runner.run(wp.host.set_enabled("good_plugin", False))
    assert wp.host.records["good_plugin"].state is PluginState.DISABLED
    assert wp.host.records["needs_good"].state is PluginState.MISSING_DEPENDENCY
    assert "good_plugin.main" not in wp.window.page_ids()
    assert wp.workbench.commands.get("good_plugin.hello") is None
    app_runner.stop(wp)

    wp = app_runner.start()
    assert wp.host.records["good_plugin"].state is PluginState.DISABLED
    app_runner.run(wp.host.set_enabled("good_plugin", True))
    assert wp.host.records["good_plugin"].state is PluginState.ACTIVE
    assert wp.host.records["needs_good"].state is PluginState.ACTIVE
    assert "good_plugin.main" in wp.window.page_ids()


def test_discovery_does_not_import_plugin_code(plugin_site):
    from workplace.pluginhost import discover

    plugin_site("good_plugin", "future_api")
    found = {d.name: d for d in discover()}
    assert found["good_plugin"].manifest is not None
    assert found["good_plugin"].distribution == "good-plugin-test"
    assert not found["good_plugin"].builtin and found["wp_home"].builtin
    assert "good_plugin.plugin" not in sys.modules
    assert "future_api.plugin" not in sys.modules


def test_a_broken_manifest_is_reported_not_raised(plugin_site, tmp_path, app_runner):
    site = plugin_site("good_plugin")
    (site / "good_plugin" / "manifest.toml").write_text("[plugin]\nid = 'good_plugin'\n")
    wp = app_runner.start()
    rec = wp.host.records["good_plugin"]
    assert rec.state is PluginState.INVALID
    assert "field 'version' is missing" in str(rec.reason)
