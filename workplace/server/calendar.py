"""The working-day calendar the gateway uses and serves to its clients.

The gateway starts from the years shipped with Workplace and adds the year files an
administrator puts in ``<data dir>/calendar/<year>.json`` (same format, see
:mod:`workplace.api.calendar`) — a new year, or a government decree moving days off
(give it a higher ``revision``). Its mutators count deadlines on the result, and
clients fetch it (``GET /api/v1/calendar``) and keep it in their profile, so client
and gateway compute the same deadlines.
"""

from __future__ import annotations

import logging
from pathlib import Path

from workplace.api.calendar import (
    CalendarDataError,
    CalendarYear,
    load_years,
    process_calendar,
    shipped_years,
)
from workplace.logs import kv

_log = logging.getLogger("workplace.server.calendar")


def admin_years(data_dir: Path) -> list[CalendarYear]:
    """The year files an administrator published in ``data_dir/calendar``; a bad file
    is logged and skipped (the shipped data for its year stays in force)."""
    folder = data_dir / "calendar"
    years = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            years += load_years([path.read_text(encoding="utf-8")])
        except (CalendarDataError, OSError, UnicodeDecodeError) as exc:
            _log.error(kv("calendar_file_refused", path=path, error=exc))
    return years


def install_calendar(data_dir: Path) -> list[CalendarYear]:
    """Merge the shipped and published years into this process's calendar; returns
    every year in force, ascending (what clients are served)."""
    calendar = process_calendar()
    changed = calendar.merge(shipped_years() + admin_years(data_dir))
    if changed:
        _log.info(kv("calendar_updated", years=changed))
    return [y for y in (calendar.year(n) for n in calendar.years) if y is not None]
