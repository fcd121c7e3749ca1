"""Test-wide isolation: no test touches the real home, settings, keyring or display."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Set before PySide6 is imported anywhere in the run.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point HOME and every XDG directory at a fresh temporary folder."""
    home = tmp_path / "home"
    for name, sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"),
                      ("XDG_DATA_HOME", ".local/share"), ("XDG_CACHE_HOME", ".cache"),
                      ("XDG_STATE_HOME", ".local/state"), ("XDG_RUNTIME_DIR", "run")):
        path = home / sub if sub else home
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(path))
    (home / "run").chmod(0o700)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LANGUAGE", raising=False)
    yield home


@pytest.fixture(autouse=True)
def test_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """Every test has a keyring of its own, kept in memory: the app encrypts its data
    with a key kept there. With WORKPLACE_REAL_KEYRING=1 (the test command's private
    gnome-keyring) the real Secret Service is used instead."""
    if os.environ.get("WORKPLACE_REAL_KEYRING") == "1":
        yield None
        return
    import keyring.core

    from tests.security.support import MemoryKeyring

    monkeypatch.setattr(keyring.core, "_keyring_backend", keyring.core._keyring_backend)
    backend = MemoryKeyring()
    keyring.core.set_keyring(backend)
    yield backend


@pytest.fixture
def app_runner(qapp):  # type: ignore[no-untyped-def]
    """Start real WorkplaceApp instances on a qasync loop; everything closes afterwards."""
    import sys

    from tests.helpers.app import AppRunner

    hook = sys.excepthook
    runner = AppRunner(qapp)
    yield runner
    runner.close()
    sys.excepthook = hook


@pytest.fixture
def plugin_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Install the named test plugins as real distributions for this test only."""
    from tests.helpers.plugin_site import build_site, forget_modules

    installed: list[str] = []

    def install(*names: str) -> Path:
        site = build_site(tmp_path / "site", list(names))
        monkeypatch.syspath_prepend(str(site))
        # Child processes (the embedded gateway) find them too.
        monkeypatch.setenv("PYTHONPATH", os.pathsep.join(
            p for p in (str(site), os.environ.get("PYTHONPATH", "")) if p))
        installed.extend(names)
        return site

    yield install
    forget_modules(installed)


@pytest.fixture
def gateway(tmp_path: Path, plugin_site):  # type: ignore[no-untyped-def]
    """The real gateway on loopback with the notes test plugin and two departments."""
    from tests.helpers.gateway import RunningGateway, add_users
    from workplace.pluginhost.domains import load_domains
    from workplace.server.app import GatewayConfig

    plugin_site("notes_plugin")
    db = tmp_path / "gateway.db"
    user_ids = add_users(db)
    running = RunningGateway(GatewayConfig(
        db_path=db, data_dir=tmp_path / "gateway-data", max_upload_bytes=5 * 1024 * 1024,
        domains=load_domains(frozenset({"notes_plugin"})))).start()
    running.user_ids = user_ids  # type: ignore[attr-defined]
    yield running
    running.stop()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item):  # type: ignore[no-untyped-def]
    # pytest-qt spins Qt's event loop before fixtures are torn down; asyncio callbacks
    # of a running app would then resume with no running loop. Close the apps first.
    runner = getattr(item, "funcargs", {}).get("app_runner")
    if runner is not None:
        runner.stop_apps()
    return (yield)
