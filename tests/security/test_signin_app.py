"""Sign-in in the running app: stay signed in, sign out and the locked window, idle
lock and unlock, several accounts, an unfit keyring, the policy, TLS."""

from __future__ import annotations

import keyring
import keyring.backends.fail
import keyring.core
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.helpers.gateway import PASSWORD
from workplace.net.connection import Mode, ServerChoice, State, refresh_token_name
from workplace.net.errors import GatewayError
from workplace.policy import MachinePolicy, parse_policy
from workplace.shell.accounts_dialog import AccountsDialog
from workplace.shell.application import CONNECTION_STATUS
from workplace.shell.lock_screen import LockReason, LockScreen
from workplace.shell.sign_in_dialog import SignInDialog


def _open(kind):
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def _dialog(app_runner, kind):
    app_runner.wait_until(lambda: len(_open(kind)) == 1)
    return _open(kind)[0]


def sign_in(app_runner, qtbot, username="alice", password=PASSWORD, remember=None):
    dialog = _dialog(app_runner, SignInDialog)
    if username:
        dialog.username.setText(username)
    if remember is not None:
        app_runner.wait_until(lambda: dialog.remember.isEnabled() or
                              dialog.remember_note.isVisibleTo(dialog), timeout=5)
        dialog.remember.setChecked(remember)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    return dialog


def locked_screen(wp) -> LockScreen | None:
    central = wp.window.centralWidget()
    return central if isinstance(central, LockScreen) else None


def wait_connected(app_runner, wp, timeout=20.0):
    """Connected, and the sign-in dialog (if any) has finished its work and closed."""
    app_runner.wait_until(lambda: wp.connection.state is State.CONNECTED
                          and not _open(SignInDialog), timeout=timeout)


def signed_in_as(wp) -> str:
    session = wp.connection.session
    return session.user.username if session is not None and session.user else ""


def connect_remote(app_runner, wp, url):
    app_runner.run(wp._connect(ServerChoice(Mode.REMOTE, url)))


def test_stay_signed_in_then_sign_out_locks_and_revokes(gateway, app_runner, qtbot,
                                                         memory_keyring):
    wp = app_runner.start()
    connect_remote(app_runner, wp, gateway.url)
    assert wp.signin.locked is LockReason.SIGNED_OUT  # nothing shows before sign-in
    dialog = sign_in(app_runner, qtbot, remember=True)
    assert dialog.remember.isVisible() and dialog.remember.isEnabled()
    wait_connected(app_runner, wp)
    assert wp.signin.locked is None and locked_screen(wp) is None
    assert wp.window.status_text(CONNECTION_STATUS) == "127.0.0.1 · Alice"
    name = refresh_token_name(gateway.url, "alice")
    assert list(memory_keyring.sign_ins) == [("Workplace", f"default/{name}")]
    accounts = wp.settings.get("shell", "accounts")
    assert accounts == [{"url": gateway.url, "username": "alice", "remember": True}]
    app_runner.stop(wp)

    # The next start signs in with the kept token: no dialog.
    wp = app_runner.start()
    wait_connected(app_runner, wp)
    assert _open(SignInDialog) == []
    assert wp.connection.session.user.username == "alice"
    kept = memory_keyring.get_password("Workplace", f"default/{name}")[len("wp1:"):]
    access = wp.connection.session.access_token

    wp.window.run_command("shell.sign_out")
    app_runner.wait_until(lambda: wp.connection.state is State.SIGN_IN_REQUIRED)
    screen = locked_screen(wp)
    assert screen is not None and wp.signin.locked is LockReason.SIGNED_OUT
    assert screen.headline.text() == "You are signed out"
    assert screen.sign_in.isVisibleTo(screen) and not screen.password.isVisibleTo(screen)
    assert not wp.window.menuBar().isVisible()
    assert memory_keyring.sign_ins == {}  # wiped from the keyring …
    assert wp.connection.session.access_token == ""  # … and from memory
    assert wp.settings.get("shell", "accounts")[0]["remember"] is False
    # … and ended on the gateway.
    with gateway.client() as client:
        assert client.get("/me", headers={"Authorization": f"Bearer {access}"}) \
            .status_code == 401
        assert client.post("/auth/refresh", json={"refresh_token": kept}).status_code == 401

    # The window's shortcuts do nothing while locked.
    qtbot.keyClick(wp.window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert not wp.palette.isVisible()

    screen.sign_in.click()
    sign_in(app_runner, qtbot)
    wait_connected(app_runner, wp)
    assert wp.signin.locked is None and locked_screen(wp) is None
    assert wp.window.menuBar().isVisible()
    assert wp.window.centralWidget().isVisible()
    # Stopped here: pytest-qt spins Qt after the test body, outside the loop.
    app_runner.stop(wp)


def test_idle_lock_and_unlock_with_the_password(gateway, app_runner, qtbot):
    wp = app_runner.start()
    connect_remote(app_runner, wp, gateway.url)
    sign_in(app_runner, qtbot)
    wait_connected(app_runner, wp)
    old_access = wp.connection.session.access_token
    wp.signin.idle.set_timeout(300)
    app_runner.wait_until(lambda: wp.signin.locked is LockReason.IDLE, timeout=10)
    screen = locked_screen(wp)
    assert screen.headline.text() == "Workplace is locked"
    assert "Alice is signed in to 127.0.0.1" in screen.detail.text()
    assert screen.password.isVisibleTo(screen)
    assert wp.connection.state is State.CONNECTED  # the session goes on behind the lock

    qtbot.keyClicks(screen.password, "wrong password")
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    app_runner.wait_until(lambda: screen.error.isVisibleTo(screen))
    assert screen.error.text() == "Wrong user name or password."
    assert wp.signin.locked is LockReason.IDLE

    qtbot.keyClicks(screen.password, PASSWORD)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    app_runner.wait_until(lambda: wp.signin.locked is None)
    assert locked_screen(wp) is None
    # Unlocking checked the password on the server: a new session replaced the old.
    with gateway.client() as client:
        assert client.get("/me", headers={"Authorization": f"Bearer {old_access}"}) \
            .status_code == 401
    assert app_runner.run(wp.connection.session.request("GET", "/me")).status_code == 200
    # The idle watch goes on.
    assert wp.signin.idle.running
    # Stopped here: pytest-qt spins Qt after the test body, outside the loop.
    app_runner.stop(wp)


def test_a_stolen_refresh_token_ends_the_session_and_locks_the_window(gateway, app_runner,
                                                                     qtbot, memory_keyring):
    wp = app_runner.start()
    connect_remote(app_runner, wp, gateway.url)
    sign_in(app_runner, qtbot, remember=True)
    wait_connected(app_runner, wp)
    # A copy of the refresh token (here: read from the keyring) is used elsewhere first …
    name = f"default/{refresh_token_name(gateway.url, 'alice')}"
    stolen = memory_keyring.get_password("Workplace", name)[len("wp1:"):]
    with gateway.client() as thief:
        assert thief.post("/auth/refresh", json={"refresh_token": stolen}).status_code == 200
    # … so when the app renews on its timer, the gateway sees the reuse and ends it all.
    with pytest.raises(GatewayError, match="used twice"):
        app_runner.run(wp.connection.session.renew_now())
    app_runner.wait_until(lambda: wp.connection.state is State.SIGN_IN_REQUIRED)
    assert wp.signin.locked is LockReason.SIGNED_OUT
    assert wp.connection.ended_code == "revoked"
    app_runner.wait_until(lambda: memory_keyring.sign_ins == {})
    assert wp.settings.get("shell", "accounts")[0]["remember"] is False
    locked_screen(wp).sign_in.click()
    dialog = _dialog(app_runner, SignInDialog)
    assert dialog.notice.text().startswith("Your session was ended")
    assert dialog.username.text() == "alice"
    # Stopped here: pytest-qt spins Qt after the test body, outside the loop.
    app_runner.stop(wp)


def test_local_mode_idle_lock_only_hides_the_window(app_runner, qtbot):
    wp = app_runner.start()
    app_runner.run(wp.connection.start(ServerChoice(Mode.LOCAL)))
    assert wp.connection.state is State.CONNECTED
    wp.signin.start()
    wp.signin.idle.set_timeout(200)
    app_runner.wait_until(lambda: wp.signin.locked is LockReason.IDLE, timeout=10)
    screen = locked_screen(wp)
    assert not screen.password.isVisibleTo(screen)  # no password to check
    assert screen.unlock.isVisibleTo(screen)
    screen.unlock.click()
    assert wp.signin.locked is None
    # Sign out, then sign in again through a restarted gateway's one-time code.
    app_runner.run(wp.signin.sign_out())
    assert wp.signin.locked is LockReason.SIGNED_OUT
    locked_screen(wp).sign_in.click()
    app_runner.wait_until(lambda: wp.connection.state is State.CONNECTED, timeout=60)
    assert wp.signin.locked is None
    # Stopped here: pytest-qt spins Qt after the test body, outside the loop.
    app_runner.stop(wp)


def test_several_accounts_and_switching(gateway, app_runner, qtbot, memory_keyring):
    wp = app_runner.start()
    connect_remote(app_runner, wp, gateway.url)
    sign_in(app_runner, qtbot, "alice", remember=True)
    wait_connected(app_runner, wp)

    accounts = wp.signin.open_accounts()
    assert accounts.list.count() == 1 and not accounts.switch.isEnabled()
    accounts.add.click()
    dialog = sign_in(app_runner, qtbot, "bob", remember=True)
    assert dialog.server.currentText() == gateway.url
    app_runner.wait_until(lambda: signed_in_as(wp) == "bob" and not _open(SignInDialog))
    assert [a["username"] for a in wp.settings.get("shell", "accounts")] == ["bob", "alice"]
    assert len(memory_keyring.sign_ins) == 2  # both stay signed in
    assert wp.settings.get("shell", "server")["username"] == "bob"

    accounts = wp.signin.open_accounts()
    assert "bob" in accounts.list.item(0).text() and "current" in accounts.list.item(0).text()
    accounts.list.setCurrentRow(1)
    assert accounts.switch.isEnabled()
    accounts.switch.click()
    app_runner.wait_until(lambda: wp.connection.state is State.CONNECTED
                          and signed_in_as(wp) == "alice")
    assert _open(SignInDialog) == []  # Alice's kept sign-in was used
    assert not _open(AccountsDialog)
    # Stopped here: pytest-qt spins Qt after the test body, outside the loop.
    app_runner.stop(wp)


def test_an_unfit_keyring_is_explained_in_the_dialog(gateway, app_runner, qtbot, monkeypatch):
    monkeypatch.setattr(keyring.core, "_keyring_backend", keyring.backends.fail.Keyring())
    wp = app_runner.start()
    connect_remote(app_runner, wp, gateway.url)
    dialog = _dialog(app_runner, SignInDialog)
    app_runner.wait_until(lambda: dialog.remember_note.isVisibleTo(dialog))
    assert not dialog.remember.isEnabled() and not dialog.remember.isChecked()
    assert "GNOME Keyring or KWallet" in dialog.remember_note.text()
    assert "keyring.backends.fail.Keyring" in dialog.remember_note.text()
    sign_in(app_runner, qtbot)  # signing in works; it is just not kept
    wait_connected(app_runner, wp)
    assert wp.connection.remembered_as is None
    # Stopped here: pytest-qt spins Qt after the test body, outside the loop.
    app_runner.stop(wp)


def test_the_policy_hides_stay_signed_in(gateway, app_runner, qtbot, memory_keyring):
    wp = app_runner.start(policy=MachinePolicy(remember_me_allowed=False))
    connect_remote(app_runner, wp, gateway.url)
    dialog = _dialog(app_runner, SignInDialog)
    assert not dialog.remember.isVisibleTo(dialog)
    sign_in(app_runner, qtbot)
    wait_connected(app_runner, wp)
    assert memory_keyring.sign_ins == {}
    # Stopped here: pytest-qt spins Qt after the test body, outside the loop.
    app_runner.stop(wp)


@pytest.mark.parametrize("trusted", [True, False])
def test_the_app_trusts_the_policy_ca_and_nothing_else(https_gateway, pki, app_runner, qtbot,
                                                       trusted):
    policy = parse_policy({"tls": {"ca_bundle": str(pki["ca"])}}) if trusted \
        else MachinePolicy()
    wp = app_runner.start(policy=policy)
    connect_remote(app_runner, wp, https_gateway.url)
    dialog = sign_in(app_runner, qtbot)
    if trusted:
        wait_connected(app_runner, wp)
    else:
        app_runner.wait_until(dialog.error.isVisible)
        assert dialog.error.text().startswith("The server's certificate is not trusted")
        assert wp.connection.state is State.SIGN_IN_REQUIRED
    # Stopped here: pytest-qt spins Qt after the test body, outside the loop.
    app_runner.stop(wp)


def test_a_kept_sign_in_does_not_get_past_the_lock(gateway, app_runner, qtbot, memory_keyring):
    wp = app_runner.start()
    connect_remote(app_runner, wp, gateway.url)
    sign_in(app_runner, qtbot, "bob", remember=True)
    app_runner.wait_until(lambda: signed_in_as(wp) == "bob")
    wp.signin._add_account()
    dialog = sign_in(app_runner, qtbot, "alice", remember=True)
    app_runner.wait_until(lambda: signed_in_as(wp) == "alice" and not _open(SignInDialog))
    assert len(memory_keyring.sign_ins) == 2

    # Locked: switching to Bob, who stays signed in, still asks for his password.
    wp.window.run_command("shell.lock")
    assert wp.signin.locked is LockReason.IDLE
    app_runner.run(wp.signin.switch_to(
        next(a for a in wp.signin.accounts() if a.username == "bob")))
    assert wp.connection.state is State.SIGN_IN_REQUIRED
    dialog = _dialog(app_runner, SignInDialog)
    assert dialog.username.text() == "bob"
    dialog.reject()
    assert wp.signin.locked is not None

    # Quitting while locked and starting again does not either.
    app_runner.stop(wp)
    wp = app_runner.start()
    app_runner.wait_until(lambda: wp.connection.state is State.SIGN_IN_REQUIRED)
    assert wp.signin.locked is LockReason.SIGNED_OUT
    sign_in(app_runner, qtbot, "bob", remember=True)
    wait_connected(app_runner, wp)
    assert wp.signin.locked is None and wp.settings.get("shell", "locked") is None
    app_runner.stop(wp)

    # Unlocked when it stopped: the kept sign-in is used again.
    wp = app_runner.start()
    wait_connected(app_runner, wp)
    assert signed_in_as(wp) == "bob" and _open(SignInDialog) == []
    app_runner.stop(wp)
