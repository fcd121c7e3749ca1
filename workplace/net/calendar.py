"""The client's copy of the gateway's working-day calendar, kept in the profile.

At start the cached years (``<data dir>/calendar.json``) are merged over the shipped
ones, so deadlines are right offline too; once signed in, the gateway's years are
fetched, merged (a year is replaced by an equal or higher revision) and cached.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workplace.api.calendar import (
    CalendarDataError,
    CalendarYear,
    WorkingCalendar,
    process_calendar,
)
from workplace.logs import kv

if TYPE_CHECKING:
    from workplace.net.session import GatewaySession

_log = logging.getLogger("workplace.net.calendar")
CACHE_NAME = "calendar.json"


def _parse(years: Any) -> list[CalendarYear]:
    if not isinstance(years, list):
        raise CalendarDataError("'years' must be a list")
    return [CalendarYear.from_json(y) for y in years]


class CalendarCache:
    """Loads, updates and saves the profile's calendar years."""

    def __init__(self, data_dir: Path, calendar: WorkingCalendar | None = None) -> None:
        self.path = data_dir / CACHE_NAME
        self.calendar = calendar or process_calendar()

    def load(self) -> list[int]:
        """Merge the cached years into the calendar; returns the years that changed.
        A damaged cache is ignored (the shipped data stays) and replaced at next fetch."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            years = _parse(data.get("years") if isinstance(data, dict) else None)
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as exc:
            _log.warning(kv("calendar_cache_ignored", path=self.path, error=exc))
            return []
        return self.calendar.merge(years)

    def save(self) -> None:
        years = [y.to_json() for y in (self.calendar.year(n) for n in self.calendar.years)
                 if y is not None]
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"years": years}, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.path)

    def apply(self, body: Any) -> list[int]:
        """Merge a ``GET /calendar`` answer and save the result; the changed years."""
        years = _parse(body.get("years") if isinstance(body, dict) else None)
        changed = self.calendar.merge(years)
        if changed:
            self.save()
            _log.info(kv("calendar_updated", years=changed))
        return changed

    async def refresh(self, session: GatewaySession) -> list[int]:
        """Fetch the gateway's calendar; errors are logged (the cached data stays)."""
        import httpx

        from workplace.net.errors import GatewayError

        try:
            response = await session.request("GET", "/calendar")
            return self.apply(response.json())
        except (GatewayError, httpx.HTTPError, ValueError, OSError) as exc:
            _log.warning(kv("calendar_refresh_failed", error=exc))
            return []
