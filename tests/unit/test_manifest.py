from __future__ import annotations

import pytest

from workplace import i18n
from workplace.api import Permission
from workplace.pluginhost.manifest import ManifestError, load_manifest_bytes

GOOD = b"""
[plugin]
id = "demo"
name = { en = "Demo", ru = "\xd0\x94\xd0\xb5\xd0\xbc\xd0\xbe", kk = "Demo kk" }
version = "1.0.0"
api = ">=1.0,<2"
entry = "demo.plugin:Demo"
permissions = ["network", "personal-data"]
requires = ["other"]

[[pages]]
id = "demo.main"
title = "Main"
order = 5

[[commands]]
id = "demo.run"
title = "Run"
shortcut = "Ctrl+R"
"""


def test_parses_a_complete_manifest():
    m = load_manifest_bytes(GOOD)
    assert (m.id, m.version, m.api, m.entry) == ("demo", "1.0.0", ">=1.0,<2", "demo.plugin:Demo")
    assert m.permissions == {Permission.NETWORK, Permission.PERSONAL_DATA}
    assert m.requires == ("other",)
    assert [p.id for p in m.pages] == ["demo.main"] and m.pages[0].order == 5
    assert m.commands[0].shortcut == "Ctrl+R"


def test_inline_names_follow_the_current_language():
    m = load_manifest_bytes(GOOD)
    try:
        i18n.set_translate_function(None, "ru")
        assert str(m.name) == "Демо"
        i18n.set_translate_function(None, "kk")
        assert str(m.name) == "Demo kk"
    finally:
        i18n.set_translate_function(None, "en")
    assert str(m.name) == "Demo"


@pytest.mark.parametrize(("change", "message"), [
    (b'version = "1.0.0"', "plugin.version: 'one' is not a version number"),
    (b'api = ">=1.0,<2"', "plugin.api: 'latest' is not a version range"),
    (b'entry = "demo.plugin:Demo"', "plugin.entry: 'demo.plugin' must look like"),
    (b'permissions = ["network", "personal-data"]', "plugin.permissions: 'camera' is not one of"),
    (b'id = "demo.main"', "pages.id: 'other.main' must start with 'demo.'"),
])
def test_errors_name_the_field(change, message):
    replacement = {
        b'version = "1.0.0"': b'version = "one"',
        b'api = ">=1.0,<2"': b'api = "latest"',
        b'entry = "demo.plugin:Demo"': b'entry = "demo.plugin"',
        b'permissions = ["network", "personal-data"]': b'permissions = ["camera"]',
        b'id = "demo.main"': b'id = "other.main"',
    }[change]
    with pytest.raises(ManifestError, match=message.replace("(", r"\(")):
        load_manifest_bytes(GOOD.replace(change, replacement))


def test_missing_and_malformed_input():
    with pytest.raises(ManifestError, match=r"the \[plugin\] table is missing"):
        load_manifest_bytes(b"x = 1")
    with pytest.raises(ManifestError, match="not valid TOML"):
        load_manifest_bytes(b"[plugin")
    with pytest.raises(ManifestError, match="not valid TOML"):
        load_manifest_bytes(b"\xff\xfe")
    with pytest.raises(ManifestError, match="field 'entry' is missing"):
        load_manifest_bytes(GOOD.replace(b'entry = "demo.plugin:Demo"', b""))
