"""Mutators after registration: resolutions, execution reports, control,
familiarisation, and delegation (acting for an absent head)."""

from __future__ import annotations

import re
from typing import Any, Final

from workplace.api import Domain, Tx, require_id, require_str, translatable
from wp_documents.domain.model import (
    DELEGATIONS,
    DONE,
    IN_EXECUTION,
    REGISTERED,
    acting,
    history,
    load,
    me,
    people,
    person,
    put,
    reject,
)

_DATE: Final = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def register_execution(domain: Domain) -> None:
    """Add this module's mutators to ``domain``."""
    for name, fn in _MUTATORS.items():
        domain.mutator(name)(fn)


def _date(args: dict[str, Any], key: str, *, optional: bool = False) -> str | None:
    value = args.get(key)
    if value in (None, "") and optional:
        return None
    if not isinstance(value, str) or not _DATE.match(value):
        raise reject(f"'{key}' must be a date (YYYY-MM-DD)", "invalid_argument")
    return value


def _resolution(doc: dict[str, Any], args: dict[str, Any]) -> dict[str, Any]:
    res_id = require_id(args, "resolution")
    for res in doc.get("resolutions") or []:
        if res["id"] == res_id:
            return dict(res)
    raise reject(translatable("wp_documents", "The resolution does not exist."), "not_found")


def _replace(doc: dict[str, Any], res: dict[str, Any]) -> None:
    doc["resolutions"] = [res if r["id"] == res["id"] else r for r in doc["resolutions"]]
    if doc["resolutions"] and all(r["state"] == "done" for r in doc["resolutions"]):
        doc["status"] = DONE


def resolution(tx: Tx, args: dict[str, Any]) -> None:
    """A head's resolution: text, executors (the first is the lead), deadline and
    whether it is under control."""
    who = acting(tx, args)
    if not who.has_role("head"):
        raise reject(translatable(
            "wp_documents", "Only a head can write resolutions."), "forbidden")
    doc = load(tx, args)
    if doc["status"] not in (REGISTERED, IN_EXECUTION, DONE):
        raise reject(translatable(
            "wp_documents", "A resolution is written on a registered document."), "wrong_state")
    res_id = require_id(args, "resolution")
    if any(r["id"] == res_id for r in doc.get("resolutions") or []):
        raise reject(translatable("wp_documents", "This resolution exists already."), "exists")
    executors = people(args.get("executors"), "executors")
    control = args.get("control", False)
    if not isinstance(control, bool):
        raise reject(translatable(
            "wp_documents", "'control' must be true or false"), "invalid_argument")
    deadline = _date(args, "deadline", optional=not control)
    doc["resolutions"] = [*(doc.get("resolutions") or []), {
        "id": res_id, "author": who.user, "deputy": who.deputy,
        "text": require_str(args, "text", max_len=5000), "executors": executors,
        "deadline": deadline, "control": control, "reports": [], "state": "open",
        "at": tx.now.isoformat(timespec="seconds")}]
    doc["status"] = IN_EXECUTION
    history(doc, tx, who, "resolution", ", ".join(p["name"] for p in executors))
    put(tx, args["id"], doc, [p["id"] for p in executors])


def report(tx: Tx, args: dict[str, Any]) -> None:
    """An executor's report; the lead executor's report ends the resolution (or puts
    it before its controller when it is under control)."""
    doc = load(tx, args)
    who = acting(tx, args)
    res = _resolution(doc, args)
    ids = [p["id"] for p in res["executors"]]
    if who.user["id"] not in ids:
        raise reject(translatable(
            "wp_documents", "Only an executor of the resolution can report on it."), "forbidden")
    if res["state"] != "open":
        raise reject(translatable(
            "wp_documents", "The resolution has been reported on already."), "wrong_state")
    res["reports"] = [*res["reports"], {"by": who.user, "text": require_str(
        args, "text", max_len=10_000), "at": tx.now.isoformat(timespec="seconds")}]
    if who.user["id"] == ids[0]:
        res["state"] = "reported" if res["control"] else "done"
    _replace(doc, res)
    history(doc, tx, who, "report")
    put(tx, args["id"], doc)


def remove_from_control(tx: Tx, args: dict[str, Any]) -> None:
    """Accept the lead executor's report of a controlled resolution."""
    doc = load(tx, args)
    who = acting(tx, args)
    res = _resolution(doc, args)
    if who.user["id"] != res["author"]["id"] and not who.has_role("head", "clerk"):
        raise reject(translatable(
            "wp_documents", "Only the resolution's author, a head or a clerk can remove it "
                     "from control."), "forbidden")
    if res["state"] != "reported":
        raise reject(translatable(
            "wp_documents", "The lead executor has not reported yet."), "wrong_state")
    res["state"] = "done"
    res["removed"] = {"by": who.user, "at": tx.now.isoformat(timespec="seconds")}
    _replace(doc, res)
    history(doc, tx, who, "removed_from_control")
    put(tx, args["id"], doc)


def send_for_familiarisation(tx: Tx, args: dict[str, Any]) -> None:
    """Ask people to read the document (a light step, no decision)."""
    doc = load(tx, args)
    who = acting(tx, args)
    readers = people(args.get("people"), "people")
    known = {f["id"] for f in doc.get("familiarisation") or []}
    sent = tx.now.isoformat(timespec="seconds")
    added: list[dict[str, Any]] = [{**p, "sent_at": sent, "seen_at": None}
                                   for p in readers if p["id"] not in known]
    if not added:
        raise reject(translatable(
            "wp_documents", "They have all been sent the document already."), "unchanged")
    doc["familiarisation"] = [*(doc.get("familiarisation") or []), *added]
    history(doc, tx, who, "familiarisation_sent", ", ".join(p["name"] for p in added))
    put(tx, args["id"], doc, [p["id"] for p in added])


def mark_familiarised(tx: Tx, args: dict[str, Any]) -> None:
    """The signed-in user has read the document."""
    doc = load(tx, args)
    mine = [f for f in doc.get("familiarisation") or [] if f["id"] == tx.actor.user_id]
    if not mine:
        raise reject(translatable(
            "wp_documents", "You were not asked to read this document."), "forbidden")
    if mine[0]["seen_at"]:
        return
    doc["familiarisation"] = [
        {**f, "seen_at": tx.now.isoformat(timespec="seconds")}
        if f["id"] == tx.actor.user_id else f for f in doc["familiarisation"]]
    history(doc, tx, acting(tx, {}), "familiarised")
    put(tx, args["id"], doc)


def delegate(tx: Tx, args: dict[str, Any]) -> None:
    """A head lets a deputy act for them from ``start`` to ``end`` (inclusive)."""
    if not tx.actor.has_role("head"):
        raise reject(translatable("wp_documents", "Only a head can delegate."), "forbidden")
    delegation_id = require_id(args)
    if tx.get(DELEGATIONS, delegation_id) is not None:
        raise reject(translatable("wp_documents", "This delegation exists already."), "exists")
    deputy = person(args.get("deputy"), "deputy")
    if deputy["id"] == tx.actor.user_id:
        raise reject(translatable(
            "wp_documents", "You cannot delegate to yourself."), "invalid_argument")
    start, end = _date(args, "start"), _date(args, "end")
    assert start is not None and end is not None
    if end < start:
        raise reject(translatable(
            "wp_documents", "The delegation ends before it starts."), "invalid_argument")
    tx.put(DELEGATIONS, delegation_id, {
        "principal": me(tx), "deputy": deputy, "roles": sorted(tx.actor.roles),
        "start": start, "end": end, "revoked": False,
        "at": tx.now.isoformat(timespec="seconds")}, audience=(deputy["id"],))


def revoke_delegation(tx: Tx, args: dict[str, Any]) -> None:
    """The head ends a delegation early."""
    record = tx.get(DELEGATIONS, require_id(args))
    if record is None:
        raise reject(translatable("wp_documents", "The delegation does not exist."), "not_found")
    if record.data["principal"]["id"] != tx.actor.user_id:
        raise reject(translatable(
            "wp_documents", "Only the head who gave it can revoke a delegation."), "forbidden")
    tx.put(DELEGATIONS, record.id, {**record.data, "revoked": True})


_MUTATORS: Final = {
    "wp_documents.resolution": resolution,
    "wp_documents.report": report,
    "wp_documents.remove_from_control": remove_from_control,
    "wp_documents.send_for_familiarisation": send_for_familiarisation,
    "wp_documents.mark_familiarised": mark_familiarised,
    "wp_documents.delegate": delegate,
    "wp_documents.revoke_delegation": revoke_delegation,
}
