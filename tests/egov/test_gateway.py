"""The requests module's mutators on the real gateway (loopback): the same code decides."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from wp_egov import sla

from tests.egov.support import IIN
from tests.gateway.support import mutation, new_id, push_one
from tests.helpers.gateway import RunningGateway, add_users
from workplace.api.calendar import process_calendar
from workplace.pluginhost.domains import load_domains
from workplace.server.app import GatewayConfig

REQ = "wp_egov.requests"


@pytest.fixture
def egov_gateway(tmp_path: Path) -> Iterator[RunningGateway]:
    db = tmp_path / "gateway.db"
    ids = add_users(db)
    domains = load_domains(frozenset({"wp_egov"}))
    assert not domains.errors and "wp_egov.register" in domains.mutators
    running = RunningGateway(GatewayConfig(db_path=db, data_dir=tmp_path / "data",
                                           domains=domains)).start()
    running.user_ids = ids  # type: ignore[attr-defined]
    yield running
    running.stop()


def _applied(result: dict[str, Any]) -> dict[str, Any]:
    assert result["status"] == "applied", result
    [record] = [r for r in result["records"] if r["collection"] == REQ]
    return record


def test_the_life_cycle_runs_on_the_gateway(egov_gateway: RunningGateway) -> None:
    carol, dave, bob = (egov_gateway.client(n) for n in ("carol", "dave", "bob"))
    dave_id = egov_gateway.user_ids["dave"]  # type: ignore[attr-defined]
    rid = new_id()
    rec = _applied(push_one(carol, mutation(
        "wp_egov.register", id=rid, channel="egov", service_code="COMPLAINT",
        applicant={"kind": "person", "iin": IIN, "name": "Серікбаев Ержан"},
        subject="Кезек", text="ХҚКО-да кезек тым ұзақ.", lang="kk")))
    data = rec["data"]
    assert data["number"] == 1 and rec["department"] == "south"  # the gateway numbers it
    reg = date.fromisoformat(data["reg_date"])
    cal = process_calendar()
    assert data["deadline"] == sla.deadline(data, reg, cal).isoformat()
    assert data["deadline"] == cal.add_working_days(reg, 5).isoformat()

    # The executor cannot assign; the head can, and the request reaches the executor.
    refused = push_one(dave, mutation("wp_egov.assign", id=rid, executor=dave_id))
    assert refused["status"] == "rejected" and refused["code"] == "forbidden"
    rec = _applied(push_one(carol, mutation("wp_egov.assign", id=rid, executor=dave_id)))
    assert rec["audience"] == [dave_id]
    for step in (mutation("wp_egov.start", id=rid),
                 mutation("wp_egov.wait", id=rid, reason="Нужна справка"),
                 mutation("wp_egov.resume", id=rid)):
        _applied(push_one(dave, step))
    rec = _applied(push_one(dave, mutation(
        "wp_egov.answer", id=rid, decision="answered", template="answer",
        text="Құрметті Ержан! Өтінішіңіз қаралды.")))
    assert rec["data"]["status"] == "answered" and rec["data"]["open"] is False
    assert [h["action"] for h in rec["data"]["history"]] == [
        "registered", "assigned", "in_progress", "waiting", "resumed", "answered"]

    # Another department does not see it; bad identifiers are refused with a reason.
    other = push_one(bob, mutation("wp_egov.start", id=rid))
    assert other["status"] == "rejected" and other["code"] == "not_found"
    bad = push_one(carol, mutation(
        "wp_egov.register", id=new_id(), channel="egov", service_code="APPEAL",
        applicant={"kind": "person", "iin": IIN[:-1] + "9", "name": "X"},
        subject="s", text="t"))
    assert bad["status"] == "rejected" and "IIN" in bad["reason"]
