"""Fixtures for testing a Workplace plugin, loaded by pytest through the ``pytest11``
entry point of the ``workplace`` distribution.

Name the plugin under test in the project's pytest configuration::

    [tool.pytest.ini_options]
    workplace_plugin = "city_permits"

(or override the ``wp_plugin_id`` fixture). Every fixture is prefixed ``wp_``; nothing
heavy (Qt, the gateway, SQLite) is imported until a test asks for a fixture.

- ``wp_clock`` — :class:`workplace.devkit.clock.Clock`; while it is in use, ``tx.now``
  of every mutation (here and on the gateway) is the clock's time.
- ``wp_domain`` — :class:`workplace.devkit.memory.DomainRunner`: the plugin's mutators
  over records in memory.
- ``wp_store`` — :class:`workplace.devkit.store.StoreHarness`: the real local store.
- ``wp_gateway`` — :class:`workplace.devkit.gateway.PluginGateway`: the real gateway on
  loopback, with the plugin's domain and the users alice, bob (department north) and
  carol (south).
- ``wp_keyring`` — an in-memory keyring, installed for the test.
- ``wp_profile_dirs`` — HOME and the XDG folders point into the test's temporary folder.
- ``wp_app`` — :class:`workplace.devkit.shell.ShellHarness`: the real app, windowless,
  running only the plugin under test (and ``wp_extra_plugins``).
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from workplace.api import PluginManifest
    from workplace.devkit.clock import Clock
    from workplace.devkit.gateway import PluginGateway
    from workplace.devkit.keyring import MemoryKeyring
    from workplace.devkit.memory import DomainRunner
    from workplace.devkit.shell import ShellHarness
    from workplace.devkit.store import StoreHarness

INI_NAME = "workplace_plugin"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(INI_NAME, "id of the Workplace plugin the wp_* fixtures load", default="")


def _manifest(plugin_id: str) -> PluginManifest:
    from workplace.pluginhost import discover

    found = {d.name: d for d in discover()}
    if plugin_id not in found:
        pytest.fail(f"plugin '{plugin_id}' is not installed in this environment (its entry "
                    "point in the 'workplace.plugins' group is missing): run "
                    "`pip install -e .` in the plugin's folder", pytrace=False)
    plugin = found[plugin_id]
    if plugin.manifest is None:
        pytest.fail(f"plugin '{plugin_id}': {plugin.error}", pytrace=False)
    return plugin.manifest


@pytest.fixture
def wp_plugin_id(request: pytest.FixtureRequest) -> str:
    """The id of the plugin under test (``workplace_plugin`` of the pytest configuration)."""
    value = str(request.config.getini(INI_NAME)).strip()
    if not value:
        pytest.fail(f"name the plugin under test: `{INI_NAME} = \"<plugin id>\"` under "
                    "[tool.pytest.ini_options], or override the wp_plugin_id fixture",
                    pytrace=False)
    return value


@pytest.fixture
def wp_extra_plugins() -> tuple[str, ...]:
    """Other plugins ``wp_app`` and ``wp_gateway`` load too (override it: e.g. those the
    plugin ``requires``)."""
    return ()


@pytest.fixture
def wp_manifest(wp_plugin_id: str) -> PluginManifest:
    """The installed manifest of the plugin under test."""
    return _manifest(wp_plugin_id)


@pytest.fixture
def wp_profile_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """HOME and the XDG folders inside the test's temporary folder: no real profile is
    read or written."""
    home = tmp_path / "wp-home"
    for name, sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"),
                      ("XDG_DATA_HOME", ".local/share"), ("XDG_CACHE_HOME", ".cache"),
                      ("XDG_STATE_HOME", ".local/state"), ("XDG_RUNTIME_DIR", "run"),
                      ("APPDATA", "AppData/Roaming"), ("LOCALAPPDATA", "AppData/Local")):
        path = home / sub if sub else home
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(path))
    (home / "run").chmod(0o700)
    return home


@pytest.fixture
def wp_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    """A keyring in memory for this test (the app keeps its data's key there)."""
    import keyring.core

    from workplace.devkit.keyring import MemoryKeyring

    monkeypatch.setattr(keyring.core, "_keyring_backend", keyring.core._keyring_backend)
    backend = MemoryKeyring()
    keyring.core.set_keyring(backend)
    return backend


@pytest.fixture
def wp_clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    """A clock the test sets (``wp_clock.set(...)``) and moves (``advance(days=3)``);
    mutations here and on the gateway take ``tx.now`` from it."""
    import importlib

    from workplace.devkit.clock import TX_TIME_MODULES, Clock

    clock = Clock()
    patched = clock.datetime_class()
    for name in TX_TIME_MODULES:
        monkeypatch.setattr(importlib.import_module(name), "datetime", patched)
    return clock


@pytest.fixture
def wp_domain(wp_manifest: PluginManifest, wp_clock: Clock) -> DomainRunner:
    """The plugin's mutators over records in memory, at the time of ``wp_clock``."""
    from workplace.api import Domain
    from workplace.devkit.memory import DomainRunner
    from workplace.pluginhost.domains import domains_of

    registry = domains_of([wp_manifest])
    if wp_manifest.id in registry.errors or not wp_manifest.domain:
        pytest.fail(f"the domain of '{wp_manifest.id}' cannot be loaded: "
                    f"{registry.errors.get(wp_manifest.id, 'the manifest names no domain')}",
                    pytrace=False)
    domain = Domain(mutators=dict(registry.mutators))
    return DomainRunner(domain, now=lambda: wp_clock.now)


@pytest.fixture
def wp_store(tmp_path: Path, wp_manifest: PluginManifest,
             wp_extra_plugins: tuple[str, ...]) -> Iterator[StoreHarness]:
    """The real local store (SQLite) with the plugin's collections and mutators."""
    from workplace.devkit.store import StoreHarness

    manifests = [wp_manifest, *(_manifest(p) for p in wp_extra_plugins)]
    harness = StoreHarness(tmp_path / "wp-store" / "cache.db", manifests)
    yield harness
    harness.close()


@pytest.fixture
def wp_gateway(tmp_path: Path, wp_plugin_id: str,
               wp_extra_plugins: tuple[str, ...]) -> Iterator[PluginGateway]:
    """The real gateway on a free loopback port with the plugin's domain loaded."""
    from workplace.devkit.gateway import PluginGateway

    gateway = PluginGateway(tmp_path / "wp-gateway",
                            frozenset({wp_plugin_id, *wp_extra_plugins})).start()
    yield gateway
    gateway.stop()


@pytest.fixture
def wp_app(request: pytest.FixtureRequest, wp_plugin_id: str,
           wp_extra_plugins: tuple[str, ...], wp_profile_dirs: Path,
           wp_keyring: MemoryKeyring) -> Iterator[ShellHarness]:
    """The real Workplace app without a window, running only the plugin under test."""
    import os
    import sys

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qapp: Any = None
    if request.config.pluginmanager.hasplugin("pytestqt"):
        qapp = request.getfixturevalue("qapp")  # share pytest-qt's application
    from workplace.devkit.shell import ShellHarness

    hook = sys.excepthook
    harness = ShellHarness(wp_plugin_id, wp_extra_plugins, qapp=qapp)
    yield harness
    harness.close()
    sys.excepthook = hook


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Generator[None, object, object]:
    # pytest-qt spins Qt's events before fixtures are torn down; the app's asyncio
    # callbacks would then run with no loop. Stop the app first.
    harness = getattr(item, "funcargs", {}).get("wp_app")
    if harness is not None:
        harness.close()
    return (yield)
