"""The app's connection to a gateway: embedded (local and demo) and the organisation's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from workplace.net.connection import Mode, ServerChoice, State, check_server_url
from workplace.shell.application import CONNECTION_STATUS
from workplace.shell.first_run import FirstRunDialog
from workplace.shell.sign_in_dialog import SignInDialog


def _open(kind):
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def _dialog(app_runner, kind):
    app_runner.wait_until(lambda: len(_open(kind)) == 1)
    return _open(kind)[0]


def test_local_mode_starts_an_embedded_gateway_and_signs_in(app_runner, qtbot):
    wp = app_runner.start()
    app_runner.run(wp.connection.start(ServerChoice(Mode.LOCAL)))
    assert wp.connection.state is State.CONNECTED, wp.connection.error
    me = app_runner.run(wp.connection.session.request("GET", "/me")).json()
    assert me["department"] == "local"
    assert wp.window.status_text(CONNECTION_STATUS).startswith("This computer · ")
    process = wp.connection.embedded.process
    app_runner.stop(wp)
    # The gateway goes with the app.
    assert process.poll() is not None


def test_first_run_asks_where_to_work_and_remembers(app_runner, qtbot):
    wp = app_runner.start(ask_where_to_work=True)
    dialog = _dialog(app_runner, FirstRunDialog)  # asked once the window is up
    dialog.remote.setChecked(True)
    qtbot.keyClicks(dialog.url, "http://intranet.example.kz")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and "https://" in dialog.error.text()
    dialog.local.setChecked(True)
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    app_runner.wait_until(lambda: wp.connection.state is State.CONNECTED, timeout=60)
    assert wp.settings.get("shell", "server") == {"mode": "local", "url": ""}
    app_runner.stop(wp)

    wp = app_runner.start(ask_where_to_work=True)
    app_runner.wait_until(lambda: wp.connection.state is State.CONNECTED, timeout=60)
    assert _open(FirstRunDialog) == []  # not asked again


def test_remote_server_sign_in_dialog(gateway, app_runner, qtbot):
    wp = app_runner.start()
    app_runner.run(wp._connect(ServerChoice(Mode.REMOTE, gateway.url)))
    assert wp.connection.state is State.SIGN_IN_REQUIRED
    assert wp.window.status_text(CONNECTION_STATUS) == "Sign-in required"
    dialog = _dialog(app_runner, SignInDialog)
    qtbot.keyClicks(dialog.username, "alice")
    qtbot.keyClicks(dialog.password, "wrong password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    app_runner.wait_until(dialog.error.isVisible)
    assert "Wrong user name or password" in dialog.error.text()
    assert dialog.password.text() == ""
    from tests.helpers.gateway import PASSWORD

    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    app_runner.wait_until(lambda: wp.connection.state is State.CONNECTED)
    assert _open(SignInDialog) == []
    assert wp.window.status_text(CONNECTION_STATUS) == "127.0.0.1 · Alice"


@pytest.mark.parametrize(("url", "ok"), [
    ("https://workplace.gov.kz/", "https://workplace.gov.kz"),
    ("http://127.0.0.1:8765", "http://127.0.0.1:8765"),
    ("http://workplace.gov.kz", None), ("workplace.gov.kz", None), ("", None),
])
def test_server_address_check(url, ok):
    if ok is None:
        with pytest.raises(ValueError, match="address"):
            check_server_url(url)
    else:
        assert check_server_url(url) == ok


def test_policy_sets_the_server_and_users_cannot_choose_another(gateway, app_runner, qtbot):
    from workplace.policy import MachinePolicy

    policy = MachinePolicy(server_url=gateway.url, server_changeable=False)
    wp = app_runner.start(ask_where_to_work=True, policy=policy)
    wp.settings.set("shell", "server", {"mode": "local", "url": ""})  # chosen before
    app_runner.run(wp.connect())
    # The organisation's server, not the user's earlier choice, and no first-run question.
    assert wp.connection.state is State.SIGN_IN_REQUIRED
    assert _dialog(app_runner, SignInDialog).isVisible()
    assert _open(FirstRunDialog) == []
    assert wp.ask_where_to_work() is None
    [notice] = [n for n in wp.workbench.notifications.items
                if "organisation has set the server" in n.title]
    assert notice.body == gateway.url


def test_policy_server_is_the_default_users_may_change(gateway, app_runner, qtbot):
    from workplace.policy import MachinePolicy

    wp = app_runner.start(ask_where_to_work=True,
                          policy=MachinePolicy(server_url=gateway.url))
    # No choice saved yet: the organisation's server, no question asked.
    app_runner.wait_until(lambda: wp.connection.state is State.SIGN_IN_REQUIRED)
    assert _open(FirstRunDialog) == []
    assert isinstance(wp.ask_where_to_work(), FirstRunDialog)  # still free to change
