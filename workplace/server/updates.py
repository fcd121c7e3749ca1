"""What the organisation has released: ``GET /api/v1/updates``, for the clients' check.

The administrator publishes releases by dropping ``<data dir>/updates.json`` next to
the gateway's database (read on every request: a new file counts at once)::

    {"releases": [
      {"version": "1.3.0", "channel": "stable", "platform": "linux",
       "url": "https://intranet.gov.kz/workplace/workplace_1.3.0_amd64.deb",
       "notes": "Statistics of citizens' requests; faster search."},
      {"version": "1.4.0rc1", "channel": "testing", "platform": "windows",
       "url": "https://intranet.gov.kz/workplace/Workplace-1.4.0rc1.msi"}
    ]}

A client asks for its channel and platform and gets the newest release there (by
PEP 440 version order); the ``testing`` channel also sees ``stable`` releases, so a
tester is never offered less than everyone else. The gateway only tells: clients show
a notice with the link, and nothing is downloaded or installed by itself. A release
the file gets wrong is logged and left out; no file means nothing is released.
"""

# No ``from __future__ import annotations``: FastAPI reads the route's annotations,
# and ``user_dep`` is a local name it could not resolve from a string.
import json
import logging
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from packaging.version import InvalidVersion, Version
from pydantic import BaseModel, Field

from workplace.logs import kv
from workplace.workbench.notifications import web_link

_log = logging.getLogger("workplace.server.updates")
UPDATES_FILE = "updates.json"
CHANNELS = ("stable", "testing")
PLATFORMS = ("linux", "windows", "macos")
Channel = Literal["stable", "testing"]
Platform = Literal["linux", "windows", "macos"]


class ReleaseOut(BaseModel):
    version: str = Field(description="PEP 440 version, e.g. 1.3.0 or 1.4.0rc1")
    channel: Channel
    url: str = Field(description="where the organisation offers the installer")
    notes: str = ""


class UpdatesOut(BaseModel):
    channel: Channel
    platform: Platform
    latest: ReleaseOut | None = Field(
        description="the newest release for this channel and platform; null: none")


def _release(entry: Any, index: int) -> tuple[Version, str, ReleaseOut] | None:
    """One entry of the file, checked; None (and a log line) when it is wrong."""
    def refuse(why: str) -> None:
        _log.error(kv("update_release_refused", index=index, error=why))

    if not isinstance(entry, dict):
        refuse("not an object")
        return None
    try:
        version = Version(str(entry.get("version", "")))
    except InvalidVersion:
        refuse(f"version {entry.get('version')!r} is not a version number")
        return None
    channel, platform = entry.get("channel", "stable"), entry.get("platform")
    url, notes = web_link(entry.get("url")), entry.get("notes", "")
    if channel not in CHANNELS:
        refuse(f"channel must be one of {', '.join(CHANNELS)}")
    elif platform not in PLATFORMS:
        refuse(f"platform must be one of {', '.join(PLATFORMS)}")
    elif url is None:  # the app opens no other: refuse it here, not silently there
        refuse("url must be an http(s):// address with a host, without spaces")
    elif not isinstance(notes, str):
        refuse("notes must be text")
    else:
        return version, platform, ReleaseOut(version=str(version), channel=channel,
                                             url=url, notes=notes)
    return None


def published_releases(data_dir: Path) -> list[tuple[Version, str, ReleaseOut]]:
    """Every valid release in ``data_dir/updates.json`` (none when there is no file)."""
    path = data_dir / UPDATES_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        _log.error(kv("updates_file_refused", path=path, error=exc))
        return []
    releases = data.get("releases") if isinstance(data, dict) else None
    if not isinstance(releases, list):
        _log.error(kv("updates_file_refused", path=path, error="no list 'releases'"))
        return []
    found = [_release(entry, n) for n, entry in enumerate(releases)]
    return [r for r in found if r is not None]


def latest_release(data_dir: Path, channel: str, platform: str) -> ReleaseOut | None:
    """The newest release ``channel`` (testing: stable too) offers for ``platform``."""
    seen = {"stable"} | {channel}
    candidates = [(version, out) for version, plat, out in published_releases(data_dir)
                  if plat == platform and out.channel in seen]
    return max(candidates, key=lambda c: c[0])[1] if candidates else None


def install_updates(router: APIRouter, data_dir: Path, user_dep: Any) -> None:
    """Mount ``GET /updates`` on the gateway's API router; ``user_dep`` authenticates."""

    @router.get("/updates", response_model=UpdatesOut, tags=["meta"],
                summary="The newest release the organisation offers for a channel and "
                        "platform")
    def updates(_user: user_dep,
                channel: Annotated[Channel, Query()] = "stable",
                platform: Annotated[Platform, Query()] = "linux") -> UpdatesOut:
        latest = latest_release(data_dir, channel, platform)
        _log.info(kv("updates_asked", channel=channel, platform=platform,
                     latest=latest.version if latest else ""))
        return UpdatesOut(channel=channel, platform=platform, latest=latest)
