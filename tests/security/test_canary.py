"""The canary: after signing in (staying signed in), working, locking, unlocking and
signing out, no file under the home folder holds the password or any token.

The keyring in this test is kept in memory, so the scan covers everything the app
wrote to disk: settings, the offline cache (SQLite, with its WAL), logs at DEBUG
level (including httpx's), caches — raw bytes, in UTF-8 and UTF-16.
"""

from __future__ import annotations

import logging
import logging.handlers
import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from workplace.logs import setup_logging
from workplace.net.connection import Mode, ServerChoice, State
from workplace.paths import ProfilePaths
from workplace.server.auth import hash_password
from workplace.shell.lock_screen import LockReason, LockScreen
from workplace.shell.sign_in_dialog import SignInDialog
from workplace.store.encryption import file_kind
from workplace.store.sync import SyncState

NOTES = "notes_plugin.notes"


def encodings(secret: str) -> list[bytes]:
    return [secret.encode("utf-8"), secret.encode("utf-16-le"), secret.encode("utf-16-be")]


def scan(root: Path, secrets: dict[str, str]) -> tuple[list[str], list[Path]]:
    hits, files = [], []
    for path in root.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        files.append(path)
        data = path.read_bytes()
        for label, secret in secrets.items():
            if any(form in data for form in encodings(secret)):
                hits.append(f"{label} in {path.relative_to(root)}")
    return hits, files


def test_no_password_or_token_reaches_the_disk(gateway, app_runner, qtbot, memory_keyring,
                                               isolated_home, canary):
    gw = gateway.gateway
    with gw.store.write() as conn:
        gw.store.set_password_hash(conn, gateway.user_ids["alice"], hash_password(canary))
    paths = ProfilePaths.for_profile("default")
    setup_logging(paths.log_dir, "DEBUG")
    # The HTTP stack's own debug logs go to the same file: the worst case.
    file_handler = logging.handlers.RotatingFileHandler(paths.log_dir / "http-debug.log",
                                                        encoding="utf-8")
    http_loggers = [logging.getLogger(n) for n in ("httpx", "httpcore")]
    for logger in http_loggers:
        logger.setLevel(logging.DEBUG)
        logger.addHandler(file_handler)
    secrets = {"password": canary}
    try:
        wp = app_runner.start()
        app_runner.run(wp._connect(ServerChoice(Mode.REMOTE, gateway.url)))
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, SignInDialog) and w.isVisible())
        app_runner.wait_until(dialog.remember.isEnabled)
        dialog.username.setText("alice")
        dialog.remember.setChecked(True)
        dialog.password.setText(canary)  # QTest types Latin-1 only; the canary has Қ
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        app_runner.wait_until(lambda: wp.connection.state is State.CONNECTED
                              and not any(isinstance(w, SignInDialog) and w.isVisible()
                                          for w in QApplication.topLevelWidgets()))
        session = wp.connection.session

        def remember_tokens() -> None:
            n = len(secrets)
            secrets[f"access token {n}"] = session.access_token
            secrets[f"refresh token {n}"] = session._refresh

        remember_tokens()
        assert len(memory_keyring.sign_ins) == 1

        # Use the app: a note made offline-first, synced to the gateway.
        app_runner.wait_until(lambda: wp.offline.engine is not None
                              and wp.offline.engine.state is SyncState.ONLINE, timeout=30)
        note = str(uuid.uuid4())
        app_runner.run(wp.store.mutate("notes_plugin.create",
                                       {"id": note, "title": "Өтініш", "body": "мәтін"}))
        app_runner.wait_until(lambda: wp.offline.engine.unsent == 0
                              and wp.offline.engine.state is SyncState.ONLINE, timeout=30)
        app_runner.run(session.renew_now())  # a rotation: more tokens to look for
        remember_tokens()

        # Lock, unlock with the password (checked by the server again).
        wp.signin.lock(LockReason.IDLE)
        screen = wp.window.centralWidget()
        assert isinstance(screen, LockScreen)
        screen.password.setText(canary)
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)
        app_runner.wait_until(lambda: wp.signin.locked is None)
        session = wp.connection.session
        remember_tokens()

        wp.window.run_command("shell.sign_out")
        app_runner.wait_until(lambda: wp.connection.state is State.SIGN_IN_REQUIRED)
        assert memory_keyring.sign_ins == {}
        # The key of the data on disk stays in the keyring (unsent changes stay
        # readable after signing out) — and must never reach the disk either.
        [storage_key] = [v for k, v in memory_keyring.entries.items()
                         if k[1] == "default/storage-key"]
        secrets["storage key"] = storage_key[len("wp1:"):]
        app_runner.stop(wp)
    finally:
        for logger in http_loggers:
            logger.removeHandler(file_handler)
            logger.setLevel(logging.NOTSET)
        file_handler.close()
        setup_logging(None, "INFO")

    assert all(secrets.values()) and len(set(secrets.values())) == len(secrets)
    hits, files = scan(isolated_home, secrets)
    names = {p.name for p in files}
    # The scan did see what the app wrote …
    assert {"settings.json", "cache.db", "workplace.log", "http-debug.log"} <= names, names
    log = (paths.log_dir / "workplace.log").read_text(encoding="utf-8")
    assert "signed_in" in log and "signed_out" in log
    assert b"alice" in (paths.config_dir / "settings.json").read_bytes()
    assert file_kind(paths.data_dir / "cache.db") == "encrypted"
    # … and found no secret in it.
    assert hits == []
    assert (paths.log_dir / "http-debug.log").stat().st_size > 0


def test_the_scan_would_find_a_leak(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "x.db").write_bytes(b"\0\1" + "пароль-Қ".encode("utf-16-le"))
    (tmp_path / "plain.log").write_text("token=abc123", encoding="utf-8")
    hits, files = scan(tmp_path, {"password": "пароль-Қ", "token": "abc123", "x": "nope"})
    assert sorted(hits) == ["password in a/b/x.db", "token in plain.log"]
    assert len(files) == 2
