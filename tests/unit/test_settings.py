from __future__ import annotations

import json

import pytest

from workplace.settings import SettingsStore


def test_round_trip_and_namespaces(tmp_path):
    path = tmp_path / "settings.json"
    store = SettingsStore(path)
    shell = store.namespace("shell")
    plugin = store.namespace("plugin:demo")
    shell.set("language", "kk")
    plugin.set("language", "ru")
    assert store.dirty
    store.save()
    assert not store.dirty
    again = SettingsStore(path)
    assert again.namespace("shell").get("language", "") == "kk"
    assert again.namespace("plugin:demo").get("language", "") == "ru"
    assert json.loads(path.read_text())["version"] == 1


def test_wrong_type_returns_the_default(tmp_path):
    store = SettingsStore(tmp_path / "s.json")
    ns = store.namespace("shell")
    ns.set("count", "three")
    assert ns.get("count", 0) == 0
    ns.remove("count")
    assert ns.get("count", 7) == 7


def test_values_must_be_json(tmp_path):
    store = SettingsStore(tmp_path / "s.json")
    with pytest.raises(TypeError, match="shell/bad must be JSON-serialisable"):
        store.namespace("shell").set("bad", object())


def test_changed_fires_only_on_a_real_change(tmp_path):
    store = SettingsStore(tmp_path / "s.json")
    seen = []
    store.changed.connect(lambda: seen.append(1))
    ns = store.namespace("shell")
    ns.set("theme", "dark")
    ns.set("theme", "dark")
    assert len(seen) == 1


@pytest.mark.parametrize("content", ["{oops", "[1, 2]", '{"shell": 5}'])
def test_unreadable_file_is_moved_aside_never_lost(tmp_path, content):
    path = tmp_path / "settings.json"
    path.write_text(content)
    store = SettingsStore(path)
    assert store.recovered_from is not None
    assert store.recovered_from.read_text() == content
    assert not path.exists()
    store.namespace("shell").set("theme", "light")
    store.save()
    assert json.loads(path.read_text())["shell"] == {"theme": "light"}


def test_a_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "settings.json"
    store = SettingsStore(path)
    store.namespace("shell").set("theme", "dark")
    store.save()
    store.namespace("shell").set("theme", "light")

    def boom(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", boom)
    with pytest.raises(OSError, match="No space"):
        store.save()
    assert json.loads(path.read_text())["shell"]["theme"] == "dark"
    assert store.dirty  # will be written again next time
    assert [p.name for p in tmp_path.glob("*settings*")] == ["settings.json"]
