from __future__ import annotations

import json

import pytest

from workplace.policy import MachinePolicy, PolicyError, load_policy, parse_policy


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
