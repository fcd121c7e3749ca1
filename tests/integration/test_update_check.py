"""The app's update check against the real gateway on loopback: after sign-in it asks
once for its channel, shows a quiet notice with the organisation's link for a newer
release (nothing downloads), and with policy ``updates.check`` false asks nothing."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from tests.helpers.gateway import PASSWORD, RunningGateway, add_users
from workplace.api import NotificationLevel
from workplace.net.connection import Mode, ServerChoice, State
from workplace.policy import parse_policy
from workplace.server.app import GatewayConfig
from workplace.updates import UpdateChecker, newer_release

URL = "https://intranet.gov.kz/wp/workplace_{0}_amd64.deb"


class CountRequests:
    """ASGI middleware: counts every request the gateway gets, by path."""

    def __init__(self, app, counts: Counter[str]) -> None:
        self.app, self.counts = app, counts

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http":
            self.counts[scope["path"]] += 1
            if scope["path"].endswith("/updates"):
                self.counts["query " + scope["query_string"].decode()] += 1
        await self.app(scope, receive, send)


@pytest.fixture
def counted_gateway(tmp_path: Path):
    db = tmp_path / "gateway.db"
    add_users(db)
    data = tmp_path / "gateway-data"
    data.mkdir()
    (data / "updates.json").write_text(json.dumps({"releases": [
        {"version": "99.0", "channel": "stable", "platform": "linux", "url": URL.format("99.0"),
         "notes": "Statistics of requests."},
        {"version": "99.1rc1", "channel": "testing", "platform": "linux",
         "url": URL.format("99.1rc1")},
        {"version": "99.0", "channel": "stable", "platform": "windows",
         "url": "https://intranet.gov.kz/wp/Workplace-99.0.msi"},
    ]}), encoding="utf-8")
    running = RunningGateway(GatewayConfig(db_path=db, data_dir=data))
    counts: Counter[str] = Counter()
    running.app.add_middleware(CountRequests, counts=counts)
    running.counts = counts  # type: ignore[attr-defined]
    yield running.start()
    running.stop()


def sign_in(app_runner, wp, url: str) -> None:
    app_runner.run(wp._connect(ServerChoice(Mode.REMOTE, url)))
    app_runner.run(wp.connection.sign_in("alice", PASSWORD))
    app_runner.wait_until(lambda: wp.connection.state is State.CONNECTED)


def update_notices(wp):
    return [n for n in wp.workbench.notifications.items if "is available" in n.title]


def test_a_newer_release_is_told_once_with_its_link(counted_gateway, app_runner):
    wp = app_runner.start(policy=parse_policy({}))
    sign_in(app_runner, wp, counted_gateway.url)
    counts = counted_gateway.counts
    app_runner.wait_until(lambda: wp.updates.available is not None)
    assert counts["/api/v1/updates"] == 1
    assert counts[f"query channel=stable&platform={wp.updates.platform}"] == 1
    (notice,) = update_notices(wp)
    assert notice.title == "Workplace 99.0 is available"
    assert URL.format("99.0") in notice.body and "Statistics of requests." in notice.body
    assert notice.level is NotificationLevel.INFO  # the centre only, no desktop pop-up
    # The daily check finds the same release: no second notice.
    assert app_runner.run(wp.updates.check(wp.connection.session)).version == "99.0"
    assert len(update_notices(wp)) == 1


def test_the_testing_channel_is_asked_for(counted_gateway, app_runner):
    wp = app_runner.start(policy=parse_policy({"updates": {"channel": "testing"}}))
    sign_in(app_runner, wp, counted_gateway.url)
    app_runner.wait_until(lambda: wp.updates.available is not None)
    assert counted_gateway.counts[f"query channel=testing&platform={wp.updates.platform}"] == 1
    if wp.updates.platform == "linux":
        assert wp.updates.available.version == "99.1rc1"


def test_no_request_at_all_when_policy_turns_the_check_off(counted_gateway, app_runner):
    wp = app_runner.start(policy=parse_policy({"updates": {"check": False}}))
    sign_in(app_runner, wp, counted_gateway.url)
    counts = counted_gateway.counts
    # The app did talk to the gateway (signed in, fetched the calendar) …
    app_runner.wait_until(lambda: counts["/api/v1/calendar"] >= 1)
    assert counts["/api/v1/auth/login"] == 1
    # … and a direct check is refused too.
    assert app_runner.run(wp.updates.check(wp.connection.session)) is None
    app_runner.stop(wp)
    assert counts["/api/v1/updates"] == 0
    assert update_notices(wp) == []


@pytest.mark.parametrize(("answer", "current", "expected"), [
    ({"latest": {"version": "1.10.0", "url": "https://x/1"}}, "1.9.0", "1.10.0"),
    ({"latest": {"version": "1.0.0", "url": "https://x/1"}}, "1.0.0", None),
    ({"latest": {"version": "1.0.0rc1", "url": "https://x/1"}}, "0.9", "1.0.0rc1"),
    ({"latest": {"version": "0.9", "url": "https://x/1"}}, "1.0", None),
    ({"latest": None}, "1.0", None),
    ({"latest": {"version": "two", "url": "https://x/1"}}, "1.0", None),
    ({"latest": {"version": "2.0", "url": "file:///etc/passwd"}}, "1.0", None),
    ("not an object", "1.0", None),
])
def test_versions_compare_in_release_order(answer, current, expected):
    release = newer_release(answer, current)
    assert (release.version if release else None) == expected


def test_the_checker_is_idle_when_policy_says_so():
    from workplace.workbench.notifications import NotificationCenter

    checker = UpdateChecker(parse_policy({"updates": {"check": False}}), NotificationCenter())
    checker.watch(object())  # type: ignore[arg-type]  # would fail if it were used
    assert checker._task is None
