"""The gateway serves the working-day calendar in force; clients cache what it serves."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from tests.helpers.gateway import PASSWORD, RunningGateway, add_users
from workplace.api import WorkingCalendar
from workplace.api.calendar import process_calendar, shipped_years
from workplace.net.calendar import CalendarCache
from workplace.net.session import GatewaySession
from workplace.pluginhost.domains import DomainRegistry
from workplace.server.app import GatewayConfig


def test_published_years_are_served_and_cached_by_the_client(tmp_path: Path) -> None:
    data_dir = tmp_path / "gateway-data"
    (data_dir / "calendar").mkdir(parents=True)
    y2028 = {**shipped_years()[1].to_json(), "year": 2028, "revision": 1, "days_off": [],
             "holidays": [], "note": "published by the administrator"}
    (data_dir / "calendar" / "2028.json").write_text(json.dumps(y2028))
    (data_dir / "calendar" / "broken.json").write_text("{")  # logged and skipped
    db = tmp_path / "gateway.db"
    add_users(db)
    gateway = RunningGateway(GatewayConfig(db_path=db, data_dir=data_dir,
                                           domains=DomainRegistry())).start()
    try:
        anonymous = gateway.client()
        assert anonymous.get("/calendar").status_code == 401
        body = gateway.client("alice").get("/calendar").json()
        assert [y["year"] for y in body["years"]] == [2026, 2027, 2028]
        # The gateway's own mutators count on the same data.
        assert 2028 in process_calendar().years

        async def fetch() -> list[int]:
            session = GatewaySession(gateway.url)
            try:
                await session.sign_in("alice", PASSWORD)
                client_calendar = WorkingCalendar(shipped_years())
                return await CalendarCache(tmp_path / "client", client_calendar).refresh(
                    session)
            finally:
                await session.aclose()

        (tmp_path / "client").mkdir()
        assert asyncio.run(fetch()) == [2028]
        cached = json.loads((tmp_path / "client" / "calendar.json").read_text())
        assert [y["year"] for y in cached["years"]] == [2026, 2027, 2028]
    finally:
        gateway.stop()
