"""plugins/README.md stays true: its API reference matches the docstrings, and it
explains every manifest field and permission."""

from __future__ import annotations

import dataclasses
import importlib.util
import sys
from pathlib import Path

import workplace.api as api

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "plugins" / "README.md"


def _generator():  # packaging/ is a folder of scripts, not a package
    spec = importlib.util.spec_from_file_location(
        "plugin_api_reference", ROOT / "packaging" / "plugin_api_reference.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


def test_the_api_reference_is_generated_from_the_current_docstrings():
    assert _generator().current(GUIDE), (
        "plugins/README.md: the API reference differs from workplace.api's docstrings; "
        "run: python packaging/plugin_api_reference.py")


def test_every_public_name_has_an_entry():
    text = GUIDE.read_text(encoding="utf-8")
    missing = [n for n in api.__all__ if f"### `{n}" not in text]
    assert missing == []


def test_the_guide_explains_every_manifest_field_and_permission():
    text = GUIDE.read_text(encoding="utf-8")
    manifest_section = text[text.index("## The manifest"):text.index("## Records and")]
    fields = {f.name for f in dataclasses.fields(api.PluginManifest)}
    toml_keys = {"settings_pages", "status_items", "pages", "commands", "collections",
                 "mutators"}
    missing = [f for f in fields if (f"[[{f}]]" if f in toml_keys else f"{f} =")
               not in manifest_section]
    assert missing == []
    permissions = text[text.index("## Permissions"):text.index("## Translations")]
    assert [p.value for p in api.Permission if f"`{p.value}`" not in permissions] == []
