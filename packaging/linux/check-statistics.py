"""Open the eGov statistics page (QtCharts) of an installed Workplace, offscreen.

    QT_QPA_PLATFORM=offscreen /opt/workplace/venv/bin/python check-statistics.py OUT.png

The .deb prunes PySide6-Addons down to QtCharts and what it needs (prune_pyside.py);
this proves that what is left draws the page's charts: it starts the installed app
without a window, puts four requests in its local data, shows ``wp_egov.statistics``,
waits for its figures, checks that every chart has a series, and saves a picture of
the page. Exit code 0 when it drew. Needs an unlocked keyring, as the app does.
"""

from __future__ import annotations

import asyncio
import sys
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from workplace.app import ensure_platform, run_app
from workplace.shell.application import Options, WorkplaceApp

PAGE = "wp_egov.statistics"
REQ = "wp_egov.requests"


def _requests(today: date) -> list[dict[str, Any]]:
    """A few requests of the last days, in the gateway's wire form."""
    def one(days_ago: int, service: str, status: str, answered: int | None) -> dict[str, Any]:
        reg = today - timedelta(days=days_ago)
        return {"reg_date": reg.isoformat(), "service_code": service, "term_days": 15,
                "status": status, "executor": "u-1", "executor_name": "Ахметова Айгүл",
                "answered_on": (today - timedelta(days=answered)).isoformat()
                if answered is not None else None,
                "pauses": [], "extension": None, "subject": "s", "text": "t",
                "open": answered is None}
    data = [one(12, "APPEAL", "answered", 3), one(9, "COMPLAINT", "in_progress", None),
            one(5, "APPEAL", "answered", 1), one(2, "INFO", "registered", None)]
    return [{"collection": REQ, "id": str(uuid.uuid4()), "version": n,
             "department": "appeals", "audience": [], "deleted": False,
             "updated_at": f"{today.isoformat()}T00:00:00+00:00", "data": d}
            for n, d in enumerate(data, start=1)]


async def check(wp: WorkplaceApp, out: Path) -> int:
    for _ in range(200):
        if wp.offline.opened or wp.offline.failure is not None:
            break
        await asyncio.sleep(0.05)
    if not wp.offline.opened:
        print(f"check-statistics: FAILED: the local data did not open: {wp.offline.failure}")
        return 1
    records = _requests(date.today())
    await wp.store.apply_page(REQ, records, len(records))
    if not wp.window.show_page(PAGE):
        print(f"check-statistics: FAILED: no page {PAGE}")
        return 1
    holder = wp.window.holder(PAGE)
    page: Any = holder.content if holder is not None else None  # wp_egov's StatisticsPage
    if page is None:
        print(f"check-statistics: FAILED: the page {PAGE} has no content")
        return 1
    for _ in range(400):
        if getattr(page, "figures", None) is not None and not getattr(page, "_tasks", ()):
            break
        await asyncio.sleep(0.05)
    else:
        print("check-statistics: FAILED: the figures did not come within 20 s")
        return 1
    views = page.views
    empty = [key for key, view in views.items() if not view.chart().series()]
    page.resize(1100, 1600)
    page.grab().save(str(out))
    if not views or empty:
        print(f"check-statistics: FAILED: charts {len(views)}, without series: {empty}")
        return 1
    print(f"check-statistics: ok: {len(views)} charts drawn, {out}")
    return 0


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "statistics.png").resolve()
    ensure_platform(headless=True)
    options = Options(show_window=False, ask_where_to_work=False)
    return run_app(options, lambda wp: check(wp, out))


if __name__ == "__main__":
    sys.exit(main())
