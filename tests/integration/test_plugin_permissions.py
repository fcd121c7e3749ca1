"""Permissions: undeclared use fails clearly, policy denies, and an update that asks for
more waits for approval — from the user (module manager) or the admin (policy)."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest

from workplace.background import BackgroundRunner
from workplace.pluginhost import PluginHost, PluginState
from workplace.pluginhost.context import HostedPluginContext
from workplace.policy import MachinePolicy
from workplace.settings import SettingsStore
from workplace.workbench import Workbench

PLUGIN = "notes_plugin"  # a domain-only test plugin: no pages, so it starts anywhere


def set_permissions(site: Path, permissions: list[str], version: str) -> None:
    """Rewrite the installed plugin's manifest: what an update with new permissions does."""
    manifest = site / PLUGIN / "manifest.toml"
    text = manifest.read_text(encoding="utf-8")
    lines = [f"permissions = {permissions!r}".replace("'", '"') if line.startswith(
        "permissions =") else f'version = "{version}"' if line.startswith("version =")
        else line for line in text.splitlines()]
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture
def site(plugin_site):
    return plugin_site(PLUGIN)


@pytest.fixture
def start_host(tmp_path):
    """Start a Qt-free plugin host, as the app does, on the same profile settings."""
    runners: list[BackgroundRunner] = []

    def start(runner_loop, policy: MachinePolicy | None = None) -> PluginHost:
        # Only the test plugin: the built-in ones need services a bare host has not.
        policy = dataclasses.replace(policy or MachinePolicy(),
                                     plugins_allow=frozenset({PLUGIN}))
        settings = SettingsStore(tmp_path / "settings.json")
        runner = BackgroundRunner()
        runners.append(runner)
        host = PluginHost(Workbench(), settings, runner, tmp_path / "data", policy=policy)
        runner_loop(host.start())
        settings.save()
        return host

    yield start
    for runner in runners:
        runner.shutdown()


@pytest.fixture
def run():
    import asyncio

    loop = asyncio.new_event_loop()
    yield loop.run_until_complete
    loop.close()


def test_policy_denies_a_permission_and_the_plugin_does_not_start(site, start_host, run):
    host = start_host(run, MachinePolicy(denied_permissions=frozenset({"network"})))
    rec = host.records[PLUGIN]
    assert rec.state is PluginState.BLOCKED
    assert "policy denies: network" in str(rec.reason)
    assert f"{PLUGIN}.domain" not in sys.modules and f"{PLUGIN}.plugin" not in sys.modules


def test_a_service_used_without_its_permission_or_against_policy_raises(site, start_host,
                                                                        run):
    set_permissions(site, ["storage"], "1.0.0")
    host = start_host(run)
    ctx = HostedPluginContext(host, host.records[PLUGIN])
    with pytest.raises(PermissionError, match=r"did not ask for the 'network' permission: "
                                              r"add \"network\" to permissions"):
        _ = ctx.http
    with pytest.raises(PermissionError, match="'ai' permission"):
        _ = ctx.ai_policy
    host.policy = MachinePolicy(denied_permissions=frozenset({"storage"}))
    with pytest.raises(PermissionError, match="policy denies the 'storage' permission"):
        _ = ctx.store


def test_an_update_asking_for_more_waits_for_the_users_approval(site, start_host, run):
    set_permissions(site, ["storage"], "1.0.0")
    assert start_host(run).records[PLUGIN].state is PluginState.ACTIVE  # installed: approved

    set_permissions(site, ["storage", "network", "personal-data"], "1.1.0")
    host = start_host(run)
    rec = host.records[PLUGIN]
    assert rec.state is PluginState.AWAITING_APPROVAL
    assert "new permissions: network, personal-data" in str(rec.reason)
    assert {p.value for p in host.unapproved_permissions(rec)} == {"network", "personal-data"}
    [note] = host.workbench.notifications.items
    assert "asks for new permissions" in note.title

    assert run(host.approve_permissions(PLUGIN))
    assert rec.state is PluginState.ACTIVE
    host.settings.save()
    assert start_host(run).records[PLUGIN].state is PluginState.ACTIVE  # remembered

    set_permissions(site, ["storage", "network", "personal-data", "ai"], "1.2.0")
    assert start_host(run).records[PLUGIN].state is PluginState.AWAITING_APPROVAL


def test_fewer_permissions_need_no_approval_but_asking_again_does(site, start_host, run):
    set_permissions(site, ["storage", "network"], "1.0.0")
    start_host(run)
    set_permissions(site, ["storage"], "1.1.0")
    assert start_host(run).records[PLUGIN].state is PluginState.ACTIVE
    set_permissions(site, ["storage", "network"], "1.2.0")
    assert start_host(run).records[PLUGIN].state is PluginState.AWAITING_APPROVAL


def test_the_admin_grants_new_permissions_by_policy(site, start_host, run):
    set_permissions(site, ["storage"], "1.0.0")
    start_host(run)
    set_permissions(site, ["storage", "network"], "1.1.0")
    granted = start_host(run, MachinePolicy(
        granted_permissions=frozenset({f"{PLUGIN}:network"})))
    assert granted.records[PLUGIN].state is PluginState.ACTIVE
    everything = start_host(run, MachinePolicy(granted_permissions=frozenset({f"{PLUGIN}:*"})))
    assert everything.records[PLUGIN].state is PluginState.ACTIVE
    other = start_host(run, MachinePolicy(granted_permissions=frozenset({"other:*"})))
    assert other.records[PLUGIN].state is PluginState.AWAITING_APPROVAL


def test_the_user_approves_in_the_module_manager(site, app_runner, qtbot):
    from PySide6.QtWidgets import QMessageBox

    set_permissions(site, ["storage"], "1.0.0")
    app_runner.stop(app_runner.start())  # installed and approved as it was
    set_permissions(site, ["storage", "network"], "1.1.0")
    wp = app_runner.start()
    assert wp.host.records[PLUGIN].state is PluginState.AWAITING_APPROVAL

    page = wp._plugin_manager_page()
    qtbot.addWidget(page)
    page.table.selectRow(page._ids.index(PLUGIN))
    assert page.review.isVisibleTo(page) and not page.toggle.isVisibleTo(page)
    box = page.review_permissions()
    assert box is not None and box.isVisible() and "Network access" in box.informativeText()
    [approve] = [b for b in box.buttons()
                 if box.buttonRole(b) is QMessageBox.ButtonRole.AcceptRole]
    approve.click()
    app_runner.wait_until(lambda: wp.host.records[PLUGIN].state is PluginState.ACTIVE)
    assert not page.review.isVisibleTo(page)


def test_an_update_for_another_api_is_incompatible_and_asks_nothing(site, start_host, run):
    set_permissions(site, ["storage"], "1.0.0")
    start_host(run)
    set_permissions(site, ["storage", "network"], "2.0.0")
    manifest = site / PLUGIN / "manifest.toml"
    lines = manifest.read_text(encoding="utf-8").splitlines()
    manifest.write_text("\n".join('api = ">=9,<10"' if line.startswith("api =") else line
                                  for line in lines) + "\n", encoding="utf-8")
    host = start_host(run)
    assert host.records[PLUGIN].state is PluginState.INCOMPATIBLE
    assert host.workbench.notifications.items == []  # no approval asked for a module
    # that could not run anyway
