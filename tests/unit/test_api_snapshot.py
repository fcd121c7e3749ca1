"""A change of workplace.api's surface comes with the matching API_VERSION change."""

from __future__ import annotations

import copy
import json

import pytest

from workplace.devkit import surface as s


def test_the_api_matches_its_recorded_surface():
    problems = s.check()
    assert not problems, "\n".join(["workplace.api and workplace/api/surface.json differ:",
                                    *problems])


@pytest.fixture
def recorded():
    return s.current_surface()[1]


def test_an_added_name_or_optional_argument_needs_a_minor_bump(recorded):
    new = copy.deepcopy(recorded)
    new["brand_new"] = {"kind": "function", "params": [], "returns": "None"}
    method = new["Store"]["members"]["method search"]
    method["params"].append(["fuzzy", "POSITIONAL_OR_KEYWORD", "bool", "False"])
    drift = s.compare(recorded, new)
    assert drift.bump == "minor" and drift.changed == []
    assert s.required_version("1.4.2", drift) == s.Version("1.5.0")


@pytest.mark.parametrize("breaking", ["remove_name", "required_field", "renamed_param",
                                      "new_abstract", "enum_value"])
def test_a_removal_or_change_needs_a_major_bump(recorded, breaking):
    new = copy.deepcopy(recorded)
    if breaking == "remove_name":
        del new["new_id"]
    elif breaking == "required_field":
        new["Actor"]["members"]["field ministry"] = {"type": "str", "optional": False}
    elif breaking == "renamed_param":
        new["Store"]["members"]["method get"]["params"][1][0] = "coll"
    elif breaking == "new_abstract":
        new["Plugin"]["members"]["method close"] = {"params": [], "returns": "None",
                                                    "abstract": True}
    else:
        new["Permission"]["members"]["AI"] = "'llm'"
    drift = s.compare(recorded, new)
    assert drift.bump == "major", drift
    assert s.required_version("1.4.0", drift) == s.Version("2.0.0")


def test_the_failure_says_what_to_do(tmp_path, monkeypatch):
    version, surface = s.current_surface()
    stale = copy.deepcopy(surface)
    del stale["new_id"]  # as if new_id were added after the recording, without a bump
    path = tmp_path / "surface.json"
    path.write_text(json.dumps({"api_version": version, "surface": stale}), encoding="utf-8")
    [message, detail] = s.check(path)
    major, minor = s.Version(version).major, s.Version(version).minor
    assert f"at least {major}.{minor + 1}.0" in message and s.UPDATE_COMMAND in message
    assert detail.strip() == "added: new_id added"
    # Bumped, but the snapshot was not re-recorded: told to record it.
    monkeypatch.setattr(s, "current_surface", lambda: (f"{major}.{minor + 1}.0", surface))
    [message, _detail] = s.check(path)
    assert s.UPDATE_COMMAND in message and "surface on record" in message
