from __future__ import annotations

import json
import re

import pytest

from workplace.policy import (
    MachinePolicy,
    PolicyError,
    load_policy,
    parse_policy,
    registry_policy_data,
)


def test_no_file_means_no_policy(tmp_path):
    assert load_policy(tmp_path / "absent.json") == MachinePolicy()


def test_allow_and_block_lists(tmp_path):
    path = tmp_path / "policy.json"
    path.write_text(json.dumps({"plugins": {"allow": ["wp_home", "x"], "block": ["x"]}}))
    policy = load_policy(path)
    assert policy.plugin_verdict("wp_home") is None
    assert policy.plugin_verdict("x") == "blocked"  # block wins over allow
    assert policy.plugin_verdict("y") == "not_allowed"
    assert policy.source == str(path)


@pytest.mark.parametrize(("data", "message"), [
    ([], "policy must be a JSON object"),
    ({"plugins": []}, "policy key 'plugins' must be an object"),
    ({"plugins": {"allow": "wp_home"}}, "policy key 'plugins.allow' must be a list"),
    ({"plugins": {"block": [1]}}, "policy key 'plugins.block' must be a list"),
    ({"plugins": {"deny": []}}, "policy key 'plugins.deny' is not known"),
])
def test_errors_name_the_bad_key(data, message):
    with pytest.raises(PolicyError, match=message):
        parse_policy(data)


def test_unreadable_json_is_an_error(tmp_path):
    path = tmp_path / "policy.json"
    path.write_text("{")
    with pytest.raises(PolicyError, match="is not valid JSON"):
        load_policy(path)


def test_connection_and_logging_keys():
    policy = parse_policy({"connection": {"server_url": "https://gw.gov.kz/",
                                          "users_may_change": False},
                           "logging": {"level": "DEBUG"}})
    assert policy.server_url == "https://gw.gov.kz"
    assert not policy.server_changeable
    assert policy.log_level == "DEBUG"
    assert MachinePolicy().server_changeable and MachinePolicy().server_url == ""
    # What the MSI writes when no SERVERURL was given: no server set.
    assert parse_policy({"connection": {"server_url": " ", "users_may_change": True}}) \
        == MachinePolicy()


@pytest.mark.parametrize(("data", "message"), [
    ({"connection": {"server_url": "http://gw.gov.kz"}},
     "policy key 'connection.server_url' must be an https:// address"),
    ({"connection": {"users_may_change": "no"}},
     "policy key 'connection.users_may_change' must be true or false"),
    ({"connection": {"users_may_change": False}},
     "'connection.users_may_change' is false, but 'connection.server_url' names no server"),
    ({"logging": {"level": "TRACE"}}, "policy key 'logging.level' must be DEBUG"),
    ({"logging": {"file": "x"}}, "policy key 'logging.file' is not known"),
])
def test_connection_and_logging_errors_name_the_key(data, message):
    with pytest.raises(PolicyError, match=re.escape(message)):
        parse_policy(data)


def test_registry_values_make_the_same_policy_with_the_machine_winning():
    machine = {"signin": {"remember_me_allowed": 0, "idle_lock_minutes": 5},
               "plugins": {"block": ["wp_assistant"]},
               "connection": {"server_url": "https://gw.gov.kz", "users_may_change": 0}}
    user = {"signin": {"idle_lock_minutes": 60}, "ai": {"enabled": 1},
            "logging": {"level": "WARNING"}}
    data = registry_policy_data([machine, user])
    policy = parse_policy(data, source="registry")
    assert policy.remember_me_allowed is False
    assert policy.idle_lock_minutes == 5  # HKLM beats HKCU
    assert policy.plugins_block == frozenset({"wp_assistant"})
    assert policy.ai.enabled is True and policy.log_level == "WARNING"
    assert policy.server_url == "https://gw.gov.kz" and not policy.server_changeable
    # A DWORD that is not 0/1 for a yes/no key is an error naming the key, not "true".
    with pytest.raises(PolicyError, match=re.escape("signin.remember_me_allowed")):
        parse_policy(registry_policy_data([{"signin": {"remember_me_allowed": 7}}]))


def test_the_log_level_comes_from_policy_unless_given(tmp_path, monkeypatch):
    from workplace import cli, policy

    path = tmp_path / "policy.json"
    monkeypatch.setattr(policy, "LINUX_POLICY_FILE", path)
    assert cli._policy_log_level() == "INFO"  # no policy
    path.write_text(json.dumps({"logging": {"level": "DEBUG"}}))
    assert cli._policy_log_level() == "DEBUG"
    path.write_text("{broken")
    assert cli._policy_log_level() == "INFO"  # the app itself reports the bad file


def test_force_installed_plugins():
    policy = parse_policy({"plugins": {"allow": ["wp_egov", "wp_home"],
                                       "force_installed": ["wp_egov"]}})
    assert policy.plugins_forced == frozenset({"wp_egov"})
    assert MachinePolicy().plugins_forced == frozenset()


@pytest.mark.parametrize(("data", "message"), [
    ({"plugins": {"force_installed": "wp_egov"}},
     "policy key 'plugins.force_installed' must be a list of plugin ids"),
    ({"plugins": {"force_installed": ["wp_egov", ""]}},
     "policy key 'plugins.force_installed' must be a list of plugin ids"),
    ({"plugins": {"force_installed": ["wp_egov"], "block": ["wp_egov"]}},
     "policy key 'plugins.force_installed' names 'wp_egov', which 'plugins.block' blocks"),
    ({"plugins": {"force_installed": ["wp_egov"], "allow": ["wp_home"]}},
     "policy key 'plugins.force_installed' names 'wp_egov', which 'plugins.allow' does "
     "not list"),
])
def test_force_installed_errors_name_the_key(data, message):
    with pytest.raises(PolicyError, match=re.escape(message)):
        parse_policy(data)


def test_update_keys():
    assert (MachinePolicy().updates_check, MachinePolicy().updates_channel) == (True, "stable")
    policy = parse_policy({"updates": {"check": False, "channel": "testing"}})
    assert policy.updates_check is False and policy.updates_channel == "testing"


@pytest.mark.parametrize(("data", "message"), [
    ({"updates": {"check": "no"}}, "policy key 'updates.check' must be true or false"),
    ({"updates": {"channel": "beta"}},
     "policy key 'updates.channel' must be \"stable\" or \"testing\""),
    ({"updates": {"url": "https://x"}}, "policy key 'updates.url' is not known"),
    ({"updates": []}, "policy key 'updates' must be an object"),
])
def test_update_errors_name_the_key(data, message):
    with pytest.raises(PolicyError, match=re.escape(message)):
        parse_policy(data)
