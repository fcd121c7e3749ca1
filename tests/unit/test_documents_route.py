"""The approval route under random sequences of decisions: it never becomes invalid."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from wp_documents.domain import route as routes

IDS = [f"00000000-0000-4000-8000-{i:012d}" for i in range(8)]


def _stage(mode: str, ids: list[str]) -> dict:
    return {"mode": mode, "approvers": [{"id": i, "name": i[-2:]} for i in ids]}


stages = st.lists(
    st.tuples(st.sampled_from(routes.MODES),
              st.lists(st.sampled_from(IDS), min_size=1, max_size=5, unique=True)),
    min_size=1, max_size=4)
steps = st.lists(st.tuples(
    st.sampled_from(["approved", "approved", "approved", "rejected", "returned", "add"]),
    st.sampled_from(IDS), st.integers(0, 3)), max_size=40)


@settings(max_examples=400, deadline=None)
@given(stages, steps)
def test_random_decisions_keep_the_route_valid(spec, sequence):
    route = routes.start([_stage(m, ids) for m, ids in spec])
    assert routes.check(route) == []
    for action, who, stage in sequence:
        before = route
        try:
            if action == "add":
                route = routes.add_approver(route, route["current"] + stage,
                                            {"id": who, "name": "x"})
            else:
                route = routes.decide(route, who, action, comment="why", at="t")
        except routes.RouteError:
            assert route is before  # a refused step changes nothing
            continue
        assert before is not route and before["stages"] is not route["stages"]
        assert routes.check(route) == [], (spec, sequence, route)
        if before["state"] != routes.IN_PROGRESS:
            pytest.fail("a finished route accepted a step")
    if route["state"] == routes.IN_PROGRESS:
        assert routes.waiting_for(route)


def test_modes():
    a, b, c = IDS[:3]
    r = routes.start([_stage("any", [a, b]), _stage("majority", [a, b, c]),
                      _stage("all", [b, c])])
    r = routes.decide(r, a, "approved")
    assert r["current"] == 1
    r = routes.decide(r, a, "approved")
    assert r["current"] == 1
    r = routes.decide(r, c, "rejected", comment="no")
    assert r["current"] == 1 and r["state"] == routes.IN_PROGRESS
    r = routes.decide(r, b, "approved")
    assert r["current"] == 2
    r = routes.decide(r, b, "approved")
    r = routes.decide(r, c, "approved")
    assert r["state"] == routes.APPROVED and routes.check(r) == []


def test_rejection_needs_a_comment_and_return_stops():
    a, b = IDS[:2]
    r = routes.start([_stage("all", [a, b])])
    with pytest.raises(routes.RouteError, match="comment"):
        routes.decide(r, a, "rejected", comment="  ")
    assert routes.decide(r, a, "rejected", comment="wrong figures")["state"] == routes.REJECTED
    assert routes.decide(r, b, "returned")["state"] == routes.RETURNED
    with pytest.raises(routes.RouteError):
        routes.decide(r, IDS[5], "approved")


def test_majority_fails_when_it_cannot_be_reached():
    a, b, c, d = IDS[:4]
    r = routes.start([_stage("majority", [a, b, c, d])])
    r = routes.decide(r, a, "rejected", comment="no")
    assert r["state"] == routes.IN_PROGRESS
    r = routes.decide(r, b, "rejected", comment="no")
    assert r["state"] == routes.REJECTED  # 2 of 4 left: no majority possible
