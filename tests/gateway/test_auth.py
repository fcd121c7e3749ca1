"""Sign-in against the real gateway: tokens, rotation, reuse detection, sign-out,
throttling, and the admin's ``create-user`` / ``reset-password`` commands."""

from __future__ import annotations

import contextlib
import io
import logging
import sqlite3
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.gateway.support import assert_error, bearer, login, tokens
from tests.helpers.gateway import PASSWORD, RunningGateway
from workplace.pluginhost.domains import load_domains
from workplace.server import cli
from workplace.server.app import GatewayConfig


def refresh(client: httpx.Client, refresh_token: str) -> httpx.Response:
    return client.post("/auth/refresh", json={"refresh_token": refresh_token})


def me(client: httpx.Client, access_token: str) -> httpx.Response:
    return client.get("/me", headers=bearer(access_token))


# -- sign-in --------------------------------------------------------------------------

def test_login_gives_tokens_that_work(gateway: RunningGateway) -> None:
    client = gateway.client()
    body = tokens(client, "alice")
    assert body["token_type"] == "bearer"
    assert body["expires_in"] > 0
    assert body["access_token"] != body["refresh_token"]
    assert body["user"]["username"] == "alice"
    assert body["user"]["department"] == "north"
    assert body["user"]["id"] == gateway.user_ids["alice"]  # type: ignore[attr-defined]
    r = me(client, body["access_token"])
    assert r.status_code == 200
    assert r.json() == body["user"]


def test_wrong_password_and_unknown_user_get_the_same_401(gateway: RunningGateway) -> None:
    client = gateway.client()
    wrong_password = login(client, "alice", "not the password")
    unknown_user = login(client, "nobody", PASSWORD)
    assert_error(wrong_password, 401, "invalid_credentials")
    assert_error(unknown_user, 401, "invalid_credentials")
    # Nothing tells an attacker which user names exist.
    assert wrong_password.json() == unknown_user.json()


# -- refresh tokens -------------------------------------------------------------------

def test_refresh_rotates_and_a_reused_token_ends_the_whole_family(
        gateway: RunningGateway) -> None:
    client = gateway.client()
    first = tokens(client, "alice")
    other_device = tokens(client, "alice")  # a session of its own (another family)

    r = refresh(client, first["refresh_token"])
    assert r.status_code == 200, r.text
    second = r.json()
    assert second["refresh_token"] != first["refresh_token"]
    assert second["access_token"] != first["access_token"]
    assert second["user"]["username"] == "alice"
    assert me(client, second["access_token"]).status_code == 200

    r = refresh(client, second["refresh_token"])
    assert r.status_code == 200, r.text
    third = r.json()
    assert me(client, third["access_token"]).status_code == 200

    # The first refresh token again: someone holds a copy. The family is revoked ...
    assert_error(refresh(client, first["refresh_token"]), 401, "revoked")
    # ... so the newest refresh token is dead too, and every access token of the family.
    assert_error(refresh(client, third["refresh_token"]), 401, "revoked")
    for pair in (first, second, third):
        assert_error(me(client, pair["access_token"]), 401, "invalid_token")

    # The other session of the same user is not touched.
    assert me(client, other_device["access_token"]).status_code == 200
    assert refresh(client, other_device["refresh_token"]).status_code == 200


def test_unknown_refresh_token_is_refused(gateway: RunningGateway) -> None:
    client = gateway.client()
    assert_error(refresh(client, "x" * 43), 401, "invalid_token")


def test_logout_ends_the_session(gateway: RunningGateway) -> None:
    client = gateway.client()
    pair = tokens(client, "alice")
    kept = tokens(client, "alice")
    assert me(client, pair["access_token"]).status_code == 200

    r = client.post("/auth/logout", headers=bearer(pair["access_token"]))
    assert r.status_code == 204, r.text

    assert_error(me(client, pair["access_token"]), 401, "invalid_token")
    assert_error(refresh(client, pair["refresh_token"]), 401, "revoked")
    assert_error(client.post("/auth/logout", headers=bearer(pair["access_token"])), 401)
    assert me(client, kept["access_token"]).status_code == 200


# -- throttling -----------------------------------------------------------------------

def test_failed_attempts_are_throttled(gateway: RunningGateway) -> None:
    client = gateway.client()
    for _ in range(5):
        assert_error(login(client, "alice", "guess"), 401, "invalid_credentials")

    sixth = login(client, "alice", "guess")
    assert_error(sixth, 429, "throttled")
    retry_after = int(sixth.headers["Retry-After"])
    assert retry_after >= 1

    # During the lockout even the right password is refused (no oracle for guessing).
    assert_error(login(client, "alice", PASSWORD), 429, "throttled")
    # The lockout is per user name.
    assert login(client, "bob", PASSWORD).status_code == 200

    time.sleep(retry_after + 0.2)
    assert login(client, "alice", PASSWORD).status_code == 200
    # A successful sign-in forgives the earlier failures.
    assert_error(login(client, "alice", "guess"), 401, "invalid_credentials")


# -- admin commands -------------------------------------------------------------------

@pytest.fixture
def workplace_logging() -> Iterator[None]:
    """``cli.main`` sets up logging on the ``workplace`` logger; put it back afterwards."""
    logger = logging.getLogger("workplace")
    saved = (list(logger.handlers), logger.level, logger.propagate)
    yield
    for handler in list(logger.handlers):
        if handler not in saved[0]:
            logger.removeHandler(handler)
            handler.close()
    for handler in saved[0]:
        if handler not in logger.handlers:
            logger.addHandler(handler)
    logger.setLevel(saved[1])
    logger.propagate = saved[2]


def run_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
            argv: list[str], stdin: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def create_user_args(db: Path, username: str, department: str, *extra: str) -> list[str]:
    return ["create-user", "--db", str(db), "--username", username,
            "--name", username.title(), "--department", department, *extra]


def users_in(db: Path) -> dict[str, dict[str, Any]]:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        rows = conn.execute("SELECT username, department, roles, password_hash FROM users")
        return {r[0]: {"department": r[1], "roles": r[2], "hash": r[3]} for r in rows}


def database_bytes(db: Path) -> bytes:
    return b"".join(p.read_bytes() for p in db.parent.glob(db.name + "*") if p.is_file())


@pytest.mark.usefixtures("workplace_logging")
def test_admin_commands_create_users_and_reset_passwords(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], plugin_site: Any) -> None:
    db = tmp_path / "admin" / "gateway.db"
    erin_password, frank_password = "erin's long password", "frank-password-1"

    code, out, err = run_cli(monkeypatch, capsys, create_user_args(
        db, "erin", "east", "--department-name-kk", "Шығыс бөлім",
        "--department-name-ru", "Восточный отдел", "--role", "clerk", "--role", "head"),
        erin_password + "\n")
    assert (code, err) == (0, ""), err
    assert "created user erin in east" in out
    # A second user of the now known department needs no department names.
    code, _out, err = run_cli(monkeypatch, capsys, create_user_args(
        db, "frank", "east", "--role", "executor"), frank_password + "\n")
    assert code == 0, err

    # Errors: each says what is wrong and creates nothing.
    code, _out, err = run_cli(monkeypatch, capsys, create_user_args(
        db, "erin", "east", "--role", "clerk"), "another password\n")
    assert code == 1 and "already exists" in err
    code, _out, err = run_cli(monkeypatch, capsys, create_user_args(
        db, "gina", "west", "--role", "clerk"), "gina's password\n")
    assert code == 2 and "department 'west' is new" in err
    code, _out, err = run_cli(monkeypatch, capsys, create_user_args(
        db, "hank", "east", "--role", "clerk"), "short\n")
    assert code == 2 and "at least 8 characters" in err
    code, _out, err = run_cli(monkeypatch, capsys, [
        "reset-password", "--db", str(db), "--username", "nobody"], "whatever password\n")
    assert code == 1 and "no user 'nobody'" in err
    code, _out, err = run_cli(monkeypatch, capsys, [
        "reset-password", "--db", str(db), "--username", "erin"], "short\n")
    assert code == 2 and "at least 8 characters" in err

    users = users_in(db)
    assert set(users) == {"erin", "frank"}
    assert users["erin"]["department"] == "east"
    for name, password in (("erin", erin_password), ("frank", frank_password)):
        assert users[name]["hash"].startswith("$argon2id$"), users[name]
        assert password not in users[name]["hash"]
    stored = database_bytes(db)
    for password in (erin_password, frank_password):
        assert password.encode() not in stored

    plugin_site("notes_plugin")
    running = RunningGateway(GatewayConfig(
        db_path=db, data_dir=tmp_path / "admin-data",
        domains=load_domains(frozenset({"notes_plugin"})))).start()
    try:
        client = running.client()
        erin = tokens(client, "erin", erin_password)
        assert erin["user"]["department"] == "east"
        assert sorted(erin["user"]["roles"]) == ["clerk", "head"]
        assert tokens(client, "frank", frank_password)["user"]["roles"] == ["executor"]
        assert_error(login(client, "erin", frank_password), 401, "invalid_credentials")
        departments = client.get("/departments", headers=bearer(erin["access_token"])).json()
        assert {"id": "east", "name_kk": "Шығыс бөлім",
                "name_ru": "Восточный отдел"} in departments
        # The database keeps only digests of tokens.
        stored = database_bytes(db)
        assert erin["access_token"].encode() not in stored
        assert erin["refresh_token"].encode() not in stored

        # Reset while the gateway runs: the new password works, the old one and every
        # session of erin's end; frank is not touched.
        frank = tokens(client, "frank", frank_password)
        new_password = "a brand new password"
        code, out, err = run_cli(monkeypatch, capsys, [
            "reset-password", "--db", str(db), "--username", "erin"], new_password + "\n")
        assert code == 0, err
        assert "password of erin reset" in out
        assert_error(me(client, erin["access_token"]), 401, "invalid_token")
        assert_error(refresh(client, erin["refresh_token"]), 401, "revoked")
        assert_error(login(client, "erin", erin_password), 401, "invalid_credentials")
        assert tokens(client, "erin", new_password)["user"]["username"] == "erin"
        assert me(client, frank["access_token"]).status_code == 200
        assert users_in(db)["erin"]["hash"].startswith("$argon2id$")
    finally:
        running.stop()
