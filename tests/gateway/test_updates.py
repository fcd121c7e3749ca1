"""``GET /api/v1/updates``: the newest release the organisation published in the
gateway's data dir (updates.json), per channel and platform, in version order."""

from __future__ import annotations

import json
import logging

from tests.gateway.support import signed_in

RELEASES = [
    {"version": "1.2.0", "channel": "stable", "platform": "linux",
     "url": "https://intranet.gov.kz/wp/workplace_1.2.0_amd64.deb", "notes": "Old."},
    # 1.10 is newer than 1.9 (not in string order).
    {"version": "1.10.0", "channel": "stable", "platform": "linux",
     "url": "https://intranet.gov.kz/wp/workplace_1.10.0_amd64.deb", "notes": "Charts."},
    {"version": "1.9.0", "channel": "stable", "platform": "linux",
     "url": "https://intranet.gov.kz/wp/workplace_1.9.0_amd64.deb"},
    {"version": "1.11.0rc1", "channel": "testing", "platform": "linux",
     "url": "https://intranet.gov.kz/wp/workplace_1.11.0rc1_amd64.deb"},
    {"version": "2.0", "platform": "windows",  # channel left out: stable
     "url": "https://intranet.gov.kz/wp/Workplace-2.0.msi"},
    {"version": "9.0", "channel": "stable", "platform": "linux", "url": "ftp://x"},  # refused
    {"version": "latest", "channel": "stable", "platform": "linux",
     "url": "https://x"},  # refused
    {"version": "9.1", "channel": "stable", "platform": "linux",
     "url": "http:///no-host.deb"},  # refused: the app could not open it
]


def publish(gateway, data) -> None:
    folder = gateway.gateway.config.data_dir
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "updates.json").write_text(
        data if isinstance(data, str) else json.dumps(data), encoding="utf-8")


def latest(client, **params):
    r = client.get("/updates", params=params)
    assert r.status_code == 200, r.text
    return r.json()["latest"]


def test_nothing_published_means_no_release(gateway):
    with signed_in(gateway, "bob") as client:
        assert client.get("/updates").json() == {
            "channel": "stable", "platform": "linux", "latest": None}


def test_the_newest_release_of_the_channel_and_platform(gateway, caplog):
    with caplog.at_level(logging.ERROR, logger="workplace.server.updates"):
        publish(gateway, {"releases": RELEASES})
        with signed_in(gateway, "bob") as client:
            assert latest(client, channel="stable", platform="linux") == {
                "version": "1.10.0", "channel": "stable", "notes": "Charts.",
                "url": "https://intranet.gov.kz/wp/workplace_1.10.0_amd64.deb"}
            # Testing sees stable releases too, and its own newer one.
            assert latest(client, channel="testing", platform="linux")["version"] \
                == "1.11.0rc1"
            assert latest(client, channel="testing", platform="windows")["version"] == "2.0"
            assert latest(client, platform="macos") is None
            # A file replaced counts at once.
            publish(gateway, {"releases": RELEASES[:1]})
            assert latest(client)["version"] == "1.2.0"
    refused = [r.getMessage() for r in caplog.records]
    assert any("update_release_refused" in m and "index=5" in m for m in refused)
    assert any("update_release_refused" in m and "index=6" in m for m in refused)
    assert any("update_release_refused" in m and "index=7" in m for m in refused)
    caplog.clear()


def test_a_broken_file_offers_nothing_and_is_logged(gateway, caplog):
    with (caplog.at_level(logging.ERROR, logger="workplace.server.updates"),
          signed_in(gateway, "bob") as client):
        for broken in ("{not json", '{"releases": {}}', "[]"):
            publish(gateway, broken)
            assert latest(client) is None
    assert sum("updates_file_refused" in r.getMessage() for r in caplog.records) == 3
    caplog.clear()


def test_it_needs_a_sign_in_and_a_known_channel(gateway):
    publish(gateway, {"releases": RELEASES})
    anonymous = gateway.client()
    assert anonymous.get("/updates").status_code == 401
    with signed_in(gateway, "bob") as client:
        r = client.get("/updates", params={"channel": "beta"})
        assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_request"
        assert client.get("/updates", params={"platform": "solaris"}).status_code == 422
