"""The SLA engine and the life cycle on the official 2026 calendar."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from wp_egov import sla
from wp_egov.duplicates import candidates, similarity

from tests.egov.support import BIN, CLERK, EXEC, HEAD, OTHER, Desk
from workplace.api import MutationRejectedError
from workplace.api.calendar import process_calendar

CAL = process_calendar()


def test_appeal_registered_before_nauryz_skips_the_days_off():
    desk = Desk()
    rid = desk.register("2026-03-16")  # Monday; 23–25 March are days off
    d = desk.data(rid)
    assert d["term_days"] == 15 and d["number"] == 1
    # 17–20 March (4), 26–27 (2), 30 Mar–3 Apr (5), 6–9 Apr (4) = 15
    assert d["deadline"] == "2026-04-09"
    assert d["open"] is True and d["status"] == "registered"


def test_complaint_term_is_five_working_days_over_new_year():
    desk = Desk()
    rid = desk.register("2026-12-28", service="COMPLAINT")
    # 29, 30, 31 Dec; 1, 2 Jan 2027 off (2 Jan is Saturday, moved to Monday 4 Jan);
    # 5, 6 Jan — and 7 Jan (Christmas) is off.
    assert desk.data(rid)["deadline"] == "2027-01-06"


def test_states_on_time_at_risk_overdue():
    desk = Desk()
    rid = desk.register("2026-03-16")
    data = desk.data(rid)
    assert sla.evaluate(data, date(2026, 3, 17), CAL).state is sla.SlaState.ON_TIME
    s = sla.evaluate(data, date(2026, 4, 7), CAL)
    assert (s.state, s.remaining) == (sla.SlaState.AT_RISK, 2)
    s = sla.evaluate(data, date(2026, 4, 9), CAL)
    assert (s.state, s.remaining) == (sla.SlaState.AT_RISK, 0)
    s = sla.evaluate(data, date(2026, 4, 10), CAL)
    assert (s.state, s.remaining) == (sla.SlaState.OVERDUE, -1)


def test_waiting_for_the_applicant_pauses_the_clock():
    desk = Desk()
    rid = desk.register("2026-03-02")  # Monday; deadline 15 wd later
    # 3–6 March, 10–13 (9 March is off), 16–20, then Nauryz: 26, 27 March.
    assert desk.data(rid)["deadline"] == "2026-03-27"
    desk.run("wp_egov.assign", HEAD, "2026-03-02", id=rid, executor=EXEC.user_id)
    desk.run("wp_egov.start", EXEC, "2026-03-03", id=rid)
    desk.run("wp_egov.wait", EXEC, "2026-03-05", id=rid, reason="Нужна копия договора")
    data = desk.data(rid)
    assert data["status"] == "waiting" and data["sla"] == "paused"
    # While it waits, the deadline moves with every working day.
    assert sla.evaluate(data, date(2026, 3, 11), CAL).deadline == date(2026, 4, 1)
    # Back on Friday 13 March: 6, 10, 11, 12, 13 March paused (9th is a day off) = 5.
    desk.run("wp_egov.resume", EXEC, "2026-03-13", id=rid)
    data = desk.data(rid)
    assert sla.paused_days(data, date(2026, 12, 1), CAL) == 5
    # 27 March + 5 working days: 30, 31 March, 1, 2, 3 April.
    assert data["deadline"] == "2026-04-03" and data["status"] == "in_progress"


def test_extension_by_the_head_capped_at_two_months_with_a_notice_due():
    desk = Desk()
    rid = desk.register("2026-03-16")
    desk.run("wp_egov.assign", HEAD, "2026-03-16", id=rid, executor=EXEC.user_id)
    with pytest.raises(MutationRejectedError) as exc:
        desk.run("wp_egov.extend", EXEC, "2026-04-01", id=rid, until="2026-05-05",
                 reason="Нужен запрос в другие органы")
    assert exc.value.code == "forbidden"
    with pytest.raises(MutationRejectedError) as exc:
        desk.run("wp_egov.extend", HEAD, "2026-04-01", id=rid, until="2026-05-18",
                 reason="Нужен запрос в другие органы")
    assert exc.value.code == "too_long"  # more than 16 May
    with pytest.raises(MutationRejectedError):  # 9 May is a Saturday
        desk.run("wp_egov.extend", HEAD, "2026-04-01", id=rid, until="2026-05-09",
                 reason="x")
    desk.run("wp_egov.extend", HEAD, "2026-04-01", id=rid, until="2026-05-15",
             reason="Нужен запрос в другие органы")
    data = desk.data(rid)
    assert data["deadline"] == "2026-05-15"
    assert data["extension"]["notice_due"] == "2026-04-06"  # 3 working days after 1 April
    desk.run("wp_egov.notify_extension", EXEC, "2026-04-02", id=rid, notice="Срок продлён")
    assert desk.data(rid)["extension"]["notified_on"] == "2026-04-02"


def test_answer_and_close_stop_the_clock_on_the_answer_day():
    desk = Desk()
    rid = desk.register("2026-03-16")
    desk.run("wp_egov.assign", HEAD, "2026-03-16", id=rid, executor=EXEC.user_id)
    with pytest.raises(MutationRejectedError):
        desk.run("wp_egov.answer", OTHER, "2026-03-17", id=rid, decision="answered",
                 text="Ответ")
    desk.run("wp_egov.answer", EXEC, "2026-04-10", id=rid, decision="approved",
             text="Удовлетворено", template="approve")
    data = desk.data(rid)
    assert data["open"] is False and data["sla"] == "done_late"
    assert data["replies"][0]["template"] == "approve"
    desk.run("wp_egov.close", EXEC, "2026-04-13", id=rid)
    assert desk.data(rid)["status"] == "closed"
    with pytest.raises(MutationRejectedError) as exc:
        desk.run("wp_egov.wait", EXEC, "2026-04-14", id=rid, reason="x")
    assert exc.value.code == "wrong_state"


def test_changing_the_service_recomputes_the_deadline():
    desk = Desk()
    rid = desk.register("2026-03-16")
    desk.run("wp_egov.change_service", HEAD, "2026-03-17", id=rid, service_code="COMPLAINT")
    assert desk.data(rid)["deadline"] == "2026-03-26"  # 17–20, then 26 after Nauryz
    desk.run("wp_egov.set_service", HEAD, "2026-03-17", code="COMPLAINT", term_days=7,
             name_kk="Шағым", name_ru="Жалоба")
    desk.run("wp_egov.change_service", HEAD, "2026-03-17", id=rid, service_code="COMPLAINT")
    assert desk.data(rid)["deadline"] == "2026-03-30"


def test_forwarding_within_three_working_days():
    desk = Desk()
    rid = desk.register("2026-03-19")
    desk.run("wp_egov.forward", CLERK, "2026-03-27", id=rid, body="Акимат города",
             notice="Ваше обращение направлено")
    fwd = desk.data(rid)["forwarded"]
    assert fwd["due"] == "2026-03-27" and fwd["late"] is False  # 20, 26, 27 March
    assert desk.data(rid)["open"] is False


def test_merge_and_split():
    desk = Desk()
    a, b = desk.register("2026-03-16"), desk.register("2026-03-17")
    desk.run("wp_egov.merge", HEAD, "2026-03-18", id=a, others=[b])
    assert desk.data(b)["status"] == "merged" and desk.data(b)["merged_into"] == a
    assert desk.data(a)["links"][0]["id"] == b
    with pytest.raises(MutationRejectedError):
        desk.run("wp_egov.merge", HEAD, "2026-03-18", id=a, others=[a])
    new = "0f0e0d0c-0b0a-4900-8000-000000000001"
    desk.run("wp_egov.split", HEAD, "2026-03-18", id=a, new_id=new, subject="Жарық",
             text="Көше жарығы жоқ", service_code="COMPLAINT")
    d = desk.data(new)
    assert d["reg_date"] == "2026-03-16" and d["split_from"] == a
    assert d["deadline"] == "2026-03-26" and d["number"] == 3


@pytest.mark.parametrize(("kind", "number", "fragment"), [
    ("person", "900101300038", "check digit"), ("person", "90010130003", "12 digits"),
    ("person", "901301300035", None), ("org", "050190000091", None),
    ("person", BIN, None),
])
def test_registration_refuses_bad_identifiers(kind, number, fragment):
    desk = Desk()
    with pytest.raises(MutationRejectedError) as exc:
        desk.register("2026-03-16", applicant={"kind": kind, "iin": number, "name": "X"})
    assert exc.value.code == "invalid_argument"
    if fragment:
        assert fragment in exc.value.reason


def test_a_legal_entity_registers_with_its_bin():
    desk = Desk()
    rid = desk.register("2026-03-16", applicant={"kind": "org", "iin": BIN, "name": "ТОО"})
    assert desk.data(rid)["applicant_key"] == BIN


def test_duplicates_same_applicant_similar_text_within_30_days():
    base = {"applicant_key": "1", "reg_date": "2026-03-16", "subject": "Ремонт дороги",
            "text": "Прошу отремонтировать дорогу по улице Кенесары"}
    others = [
        ("same", {**base, "reg_date": "2026-04-10"}),
        ("late", {**base, "reg_date": "2026-04-20"}),
        ("other-person", {**base, "applicant_key": "2"}),
        ("different", {**base, "subject": "Свет", "text": "Нет освещения во дворе"}),
        ("reworded", {**base, "text": "Прошу отремонтировать дороги на улице Кенесары"}),
    ]
    assert [i for i, _ in candidates(base, others)] == ["same", "reworded"]
    assert similarity("", "x") == 0.0


@settings(max_examples=60, deadline=None)
@given(st.dates(date(2026, 1, 1), date(2026, 9, 30)),
       st.lists(st.tuples(st.integers(0, 30), st.integers(0, 20)), max_size=4),
       st.sampled_from([5, 15]))
def test_pauses_only_ever_move_the_deadline_later(reg, pauses, term):
    if not CAL.is_working_day(reg):
        reg = CAL.next_working_day(reg)
    data = {"reg_date": reg.isoformat(), "term_days": term, "status": "in_progress",
            "pauses": []}
    base = sla.evaluate(data, reg, CAL).deadline
    day, total = reg, 0
    for gap, length in pauses:
        start = CAL.add_working_days(day, gap)
        end = CAL.add_working_days(start, length)
        data["pauses"].append({"from": start.isoformat(), "to": end.isoformat()})
        total += length
        day = end
    s = sla.evaluate(data, day, CAL)
    assert s.paused_days == total
    assert CAL.working_days_between(base, s.deadline) == total
