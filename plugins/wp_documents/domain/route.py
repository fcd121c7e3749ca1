"""The approval route as a pure state machine: stages in sequence, each waiting for
any, all or a majority of its approvers.

A route is plain JSON (it lives inside the document record)::

    {"state": "in_progress", "current": 0,
     "stages": [{"mode": "all", "approvers": [
         {"id": "<user id>", "name": "…", "decision": null, "comment": "", "at": null,
          "on_behalf": null}]}]}

Every function here returns a new route and never changes its argument, so a mutator
can compute the next state and write it in one step.

Rules:

* ``approve`` counts towards the current stage; when the stage's mode is satisfied
  (any: one approval; all: every approver; majority: more than half) the route moves
  to the next stage, and after the last one it is ``approved``.
* ``reject`` (a comment is required) is a "no": under ``all`` it stops the route at
  once; under ``any`` when every approver of the stage said no; under ``majority``
  when a majority can no longer be reached. The route is then ``rejected``.
* ``return`` (for rework) stops the route at once in every mode: the author revises
  the draft and sends it again, which starts a fresh route.
* Approvers can be added to the current or a later stage while the route runs.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from typing import Any, Final

MODES: Final = ("any", "all", "majority")
IN_PROGRESS: Final = "in_progress"
APPROVED: Final = "approved"
REJECTED: Final = "rejected"
RETURNED: Final = "returned"
STATES: Final = (IN_PROGRESS, APPROVED, REJECTED, RETURNED)
DECISIONS: Final = ("approved", "rejected", "returned")

Route = dict[str, Any]


class RouteError(ValueError):
    """A step the route does not allow now; ``code`` tells which rule refused it."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


def start(stages: Sequence[Mapping[str, Any]]) -> Route:
    """A fresh route over ``stages`` (``{"mode", "approvers": [{"id", "name"}]}``)."""
    if not stages:
        raise RouteError("A route needs at least one stage.", "empty_route")
    out = []
    for stage in stages:
        mode = stage.get("mode")
        if mode not in MODES:
            raise RouteError(f"Unknown stage mode: {mode!r}.", "bad_mode")
        approvers = stage.get("approvers") or []
        ids = [a["id"] for a in approvers]
        if not approvers:
            raise RouteError("Every stage needs at least one approver.", "empty_stage")
        if len(set(ids)) != len(ids):
            raise RouteError("An approver is named twice in one stage.", "duplicate")
        out.append({"mode": mode, "approvers": [_fresh(a) for a in approvers]})
    return {"state": IN_PROGRESS, "current": 0, "stages": out}


def _fresh(person: Mapping[str, Any]) -> dict[str, Any]:
    return {"id": person["id"], "name": person.get("name", ""), "decision": None,
            "comment": "", "at": None, "on_behalf": None}


def _tally(stage: Mapping[str, Any]) -> tuple[int, int, int]:
    """(approvals, refusals, approvers) of a stage; a return is not counted here."""
    decisions = [a["decision"] for a in stage["approvers"]]
    return decisions.count("approved"), decisions.count("rejected"), len(decisions)


def stage_passed(stage: Mapping[str, Any]) -> bool:
    """Whether the stage's mode is satisfied by its approvals."""
    yes, _no, n = _tally(stage)
    if stage["mode"] == "any":
        return yes >= 1
    if stage["mode"] == "all":
        return yes == n
    return yes * 2 > n


def stage_failed(stage: Mapping[str, Any]) -> bool:
    """Whether the stage can no longer pass because of refusals."""
    _yes, no, n = _tally(stage)
    if stage["mode"] == "any":
        return no == n
    if stage["mode"] == "all":
        return no >= 1
    return (n - no) * 2 <= n  # even if everyone left approves, no majority


def waiting_for(route: Mapping[str, Any] | None) -> list[dict[str, Any]]:
    """The approvers of the current stage who have not decided yet (while it runs)."""
    if not route or route.get("state") != IN_PROGRESS:
        return []
    stage = route["stages"][route["current"]]
    return [a for a in stage["approvers"] if a["decision"] is None]


def decide(route: Mapping[str, Any], approver: str, decision: str, *, comment: str = "",
           at: str = "", on_behalf: Mapping[str, Any] | None = None) -> Route:
    """The route after ``approver`` (a user id) decided in the current stage."""
    if decision not in DECISIONS:
        raise RouteError(f"Unknown decision: {decision!r}.", "bad_decision")
    if route.get("state") != IN_PROGRESS:
        raise RouteError("The approval route is not running.", "not_running")
    if decision == "rejected" and not comment.strip():
        raise RouteError("A rejection needs a comment saying why.", "comment_required")
    new = copy.deepcopy(dict(route))
    stage = new["stages"][new["current"]]
    mine = [a for a in stage["approvers"] if a["id"] == approver]
    if not mine:
        raise RouteError("You are not an approver of the current stage.", "not_approver")
    entry = mine[0]
    if entry["decision"] is not None:
        raise RouteError("You have already decided on this stage.", "already_decided")
    entry.update(decision=decision, comment=comment.strip(), at=at,
                 on_behalf=dict(on_behalf) if on_behalf else None)
    if decision == "returned":
        new["state"] = RETURNED
    elif stage_failed(stage):
        new["state"] = REJECTED
    else:
        _advance(new)
    return new


def _advance(route: Route) -> None:
    while stage_passed(route["stages"][route["current"]]):
        if route["current"] + 1 == len(route["stages"]):
            route["state"] = APPROVED
            return
        route["current"] += 1


def add_approver(route: Mapping[str, Any], stage_index: int,
                 person: Mapping[str, Any]) -> Route:
    """The route with ``person`` added to stage ``stage_index`` (current or later)."""
    if route.get("state") != IN_PROGRESS:
        raise RouteError("The approval route is not running.", "not_running")
    if not route["current"] <= stage_index < len(route["stages"]):
        raise RouteError("Approvers can be added to the current or a later stage only.",
                         "bad_stage")
    new = copy.deepcopy(dict(route))
    stage = new["stages"][stage_index]
    if any(a["id"] == person["id"] for a in stage["approvers"]):
        raise RouteError("This person is already an approver of that stage.", "duplicate")
    stage["approvers"].append(_fresh(person))
    return new


def check(route: Mapping[str, Any]) -> list[str]:
    """What is wrong with a route (empty when it is valid) — for tests and the gateway."""
    problems = []
    state, current, stages = route.get("state"), route.get("current"), route.get("stages")
    if state not in STATES:
        return [f"unknown state {state!r}"]
    if not isinstance(stages, list) or not stages or not isinstance(current, int) \
            or not 0 <= current < len(stages):
        return ["bad stages or current stage"]
    for i, stage in enumerate(stages):
        decided = [a for a in stage["approvers"] if a["decision"] is not None]
        if i < current and not stage_passed(stage):
            problems.append(f"stage {i} was left before it passed")
        if i > current and decided:
            problems.append(f"stage {i} has decisions before its turn")
        if any(a["decision"] == "rejected" and not a["comment"] for a in decided):
            problems.append(f"stage {i} has a rejection without a comment")
    here = stages[current]
    returns = sum(a["decision"] == "returned" for s in stages for a in s["approvers"])
    if state == IN_PROGRESS and (stage_passed(here) or stage_failed(here) or returns):
        problems.append("running, yet the current stage is decided")
    if state == APPROVED and (current != len(stages) - 1 or not stage_passed(here)):
        problems.append("approved, yet a stage has not passed")
    if state == REJECTED and not stage_failed(here):
        problems.append("rejected, yet the current stage has not failed")
    if state == RETURNED and returns != 1:
        problems.append("returned, yet not exactly one approver returned it")
    return problems
