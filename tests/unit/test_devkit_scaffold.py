"""``workplace plugin new``: names are checked, and the package it writes is complete."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET

import pytest

from workplace.api import API_VERSION
from workplace.cli import main
from workplace.devkit.scaffold import ScaffoldError, check_name, new_plugin
from workplace.pluginhost.host import api_compatible
from workplace.pluginhost.manifest import load_manifest_bytes


@pytest.mark.parametrize(("name", "why"), [
    ("x", "cannot be a plugin name"), ("City", "cannot be a plugin name"),
    ("9lives", "cannot be a plugin name"), ("my-plugin", "cannot be a plugin name"),
    ("json", "taken by Python or Workplace"), ("class", "taken by Python or Workplace"),
    ("workplace", "taken by Python or Workplace"), ("wp_home", "already installed"),
])
def test_a_name_that_cannot_be_a_plugin_is_refused_with_the_reason(name, why):
    with pytest.raises(ScaffoldError, match=why):
        check_name(name)


def test_the_command_reports_a_bad_name_and_exits_2(tmp_path, capsys):
    assert main(["plugin", "new", "Bad-Name", "--dir", str(tmp_path / "out")]) == 2
    assert "cannot be a plugin name" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_the_package_has_everything_the_guide_promises(tmp_path, capsys):
    assert main(["plugin", "new", "city_permits", "--dir", str(tmp_path)]) == 0
    assert "created plugin 'city_permits'" in capsys.readouterr().out
    root = tmp_path / "city_permits"
    manifest = load_manifest_bytes((root / "city_permits" / "manifest.toml").read_bytes())
    assert manifest.id == "city_permits" and api_compatible(manifest.api, API_VERSION)
    assert [p.id for p in manifest.pages] == ["city_permits.items"]
    assert [c.id for c in manifest.commands] == ["city_permits.new_item"]
    assert [c.id for c in manifest.collections] == ["city_permits.items"]
    assert manifest.mutators == ("city_permits.add_item",)
    assert manifest.domain == "city_permits.domain:DOMAIN"
    pyproject = (root / "pyproject.toml").read_text(encoding="utf-8")
    assert 'city_permits = "city_permits:manifest.toml"' in pyproject
    for path in root.rglob("*"):
        if path.suffix in (".py", ".toml", ".md", ".ts"):
            assert "$" not in path.read_text(encoding="utf-8"), path
        if path.suffix == ".py":
            ast.parse(path.read_text(encoding="utf-8"))
    for lang in ("kk", "ru", "en"):
        ts = ET.parse(root / "i18n" / f"city_permits_{lang}.ts").getroot()
        assert ts.get("language") == lang
        assert ts.findtext("context/name") == "city_permits"
    assert sorted(p.name for p in (root / "tests").glob("test_*.py")) == [
        "test_app.py", "test_domain.py", "test_sync.py"]
    # The domain stays importable without Qt: the gateway runs it.
    domain = (root / "city_permits" / "domain.py").read_text(encoding="utf-8")
    assert "PySide6" not in domain


def test_an_existing_folder_with_files_is_not_overwritten(tmp_path):
    (tmp_path / "city_permits").mkdir()
    (tmp_path / "city_permits" / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ScaffoldError, match="not empty"):
        new_plugin("city_permits", tmp_path)
