"""What the admin sets shows in Settings (required modules, the update check and its
channel), and the update notice's link opens in the browser from the notification
centre — http(s) addresses only."""

from __future__ import annotations

import httpx
import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from workplace.api import Notification
from workplace.policy import parse_policy
from workplace.shell.settings_dialog import policy_lines
from workplace.updates import UpdateChecker, newer_release
from workplace.workbench.notifications import NotificationCenter, web_link

URL = "https://intranet.gov.kz/wp/workplace_99.0_amd64.deb"


def test_settings_name_required_modules_and_the_update_check(plugin_site, app_runner):
    plugin_site("good_plugin")
    policy = parse_policy({"plugins": {"force_installed": ["good_plugin"]},
                           "updates": {"check": False, "channel": "testing"}},
                          source="/etc/workplace/policy.json")
    wp = app_runner.start(policy=policy)
    dialog = wp.open_settings()
    general = dialog.stack.widget(0)
    assert general.managed.isVisibleTo(dialog)
    text = general.managed_text.text()
    # The module's name, not its id; and why it cannot be changed.
    assert ("Required modules, always on (they cannot be switched off): Good plugin"
            in text)
    assert ("Workplace does not check for new versions: your IT administrator installs "
            "them") in text
    assert "test versions" not in text  # no channel without a check
    assert "/etc/workplace/policy.json" in text and "cannot be changed here" in text
    dialog.reject()
    wp.set_language("ru")
    dialog = wp.open_settings()
    text = dialog.stack.widget(0).managed_text.text()
    assert "Хороший модуль" in text and "good_plugin" not in text
    assert "Workplace не проверяет" in text
    dialog.reject()
    wp.set_language("kk")
    dialog = wp.open_settings()
    assert "Жақсы модуль" in dialog.stack.widget(0).managed_text.text()
    dialog.reject()


def test_the_testing_channel_and_unknown_modules_are_named(qapp):
    lines = policy_lines(parse_policy({"plugins": {"force_installed": ["wp_missing"]},
                                       "updates": {"channel": "testing"}}))
    assert "Required modules, always on (they cannot be switched off): wp_missing" in lines
    assert "New versions offered: test versions as well as stable ones" in lines
    # The defaults (check on, stable channel, nothing required) are not listed.
    assert policy_lines(parse_policy({"updates": {"check": True, "channel": "stable"}})) == []


def test_permission_rules_and_the_model_are_named(qapp):
    lines = policy_lines(parse_policy({
        "plugins": {"deny_permissions": ["personal-data", "network"],
                    "grant_permissions": ["wp_docs:ai", "wp_reports:*"]},
        "ai": {"endpoint": "gateway", "model": "kazllm-70b"}}),
        module_name=lambda i: {"wp_docs": "Documents"}.get(i, i))
    assert "No module may have: Network access, Citizens' personal data" in lines
    assert ("Approved in advance by your organisation: Documents — AI assistant; "
            "wp_reports — all it asks for") in lines
    assert "Model used there: kazllm-70b" in lines


class Browser(QObject):
    """Stands in for the system browser: QDesktopServices hands it https URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def browser(qapp):
    fake = Browser()
    for scheme in ("http", "https"):
        QDesktopServices.setUrlHandler(scheme, fake, "open")
    yield fake
    for scheme in ("http", "https"):
        QDesktopServices.unsetUrlHandler(scheme)


class Session:
    async def request(self, method: str, path: str, **kwargs: object) -> httpx.Response:
        return httpx.Response(200, json={"latest": {"version": "99.0", "url": URL}})


def test_the_update_notice_opens_its_link_in_the_browser(app_runner, browser, qtbot):
    wp = app_runner.start(policy=parse_policy({}))
    center = wp.workbench.notifications
    center.post(Notification("Document registered", "No. 01-12/345", source="test"))
    checker = UpdateChecker(wp.policy, center, current="1.0")
    assert app_runner.run(checker.check(Session())).url == URL
    notice = center.items[0]
    assert center.link(notice) == URL and URL in notice.body
    panel = wp.window.notifications
    panel.show()
    assert panel.open_link.isVisibleTo(panel) and not panel.open_link.isEnabled()
    panel.list.setCurrentRow(1)  # the notice without a link
    assert not panel.open_link.isEnabled()
    panel.list.setCurrentRow(0)
    assert panel.open_link.isEnabled() and panel.open_link.toolTip() == URL
    assert panel.list.currentItem().toolTip() == URL
    qtbot.mouseClick(panel.open_link, Qt.MouseButton.LeftButton)
    assert browser.opened == [URL]
    # Enter on the selected notice opens it too; the selection survives a refresh.
    center.mark_all_read()
    panel.refresh()
    assert panel.list.currentRow() == 0
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert browser.opened == [URL, URL]
    center.clear()
    assert not panel.open_link.isVisibleTo(panel)


def test_notifications_without_links_show_no_open_button(app_runner):
    wp = app_runner.start()
    wp.workbench.notifications.post(Notification("Deadline tomorrow", source="test"))
    panel = wp.window.notifications
    panel.show()
    assert panel.list.count() == 1 and not panel.open_link.isVisibleTo(panel)
    panel.list.setCurrentRow(0)
    assert panel.open_selected_link() is False


BAD_LINKS = ["file:///etc/passwd", "javascript:alert(1)", "ftp://intranet.gov.kz/wp.deb",
             "https://", "https:///wp.deb", "https://intranet.gov.kz/a b",
             "https://intranet.gov.kz/\nx", "smb://fs/wp.msi", "//intranet.gov.kz/wp.deb",
             "intranet.gov.kz/wp.deb", "data:text/html,<b>x</b>"]


@pytest.mark.parametrize("link", BAD_LINKS)
def test_anything_but_an_http_address_is_refused(link):
    assert web_link(link) is None
    center = NotificationCenter()
    with pytest.raises(ValueError, match="http"):
        center.post(Notification("Workplace 99.0 is available"), link=link)
    assert center.items == []
    # The gateway's answer with such a link is not offered at all.
    assert newer_release({"latest": {"version": "99.0", "url": link}}, "1.0") is None


def test_http_addresses_are_kept_as_given():
    for link in (URL, "http://10.0.0.5:8080/wp/Workplace-99.0.msi", "HTTPS://GW.GOV.KZ/x"):
        assert web_link(link) == link
    center = NotificationCenter()
    first = center.post(Notification("a"), link=URL)
    center.clear()
    second = center.post(Notification("b"))
    assert center.link(first) is None and center.link(second) is None
