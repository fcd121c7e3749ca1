"""Citizens' requests: records and the mutators of their life cycle (Qt-free).

Runs on the client (optimistically, offline too) and on the gateway
(authoritatively). Life cycle::

    registered → assigned → in_progress ⇄ waiting (SLA paused)
               → answered | approved | rejected → closed
    any open state → forwarded (to the competent body) | merged (into another request)

Every mutator ends with :func:`wp_egov.sla.recompute`, so ``deadline``, ``open`` and
``sla`` are always those of the latest change; the registration number comes from
the gateway (``None`` on the client until it answers).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from workplace.api import (
    CalendarRangeError,
    Domain,
    IdentifierError,
    MutationRejectedError,
    Record,
    Text,
    Tx,
    is_digest,
    require_id,
    require_str,
    translatable,
    validate_bin,
    validate_iin,
)
from wp_egov import sla
from wp_egov.catalogue import (
    CHANNELS,
    CODE_RE,
    REQUESTS,
    SERVICES,
    Service,
    default_service,
    service_record_id,
)

DOMAIN = Domain()


def _reject(text: Text, code: str = "rejected") -> MutationRejectedError:
    # str() of a translatable gives the user's language on the client, English on the
    # gateway (its answer is shown as it is; the local run has said it already).
    return MutationRejectedError(str(text), code)


def today(tx: Tx) -> date:
    return sla.local_date(tx.now)


def service(tx: Tx, code: str) -> Service:
    """The catalogue entry: the organisation's record if any, else the shipped one."""
    rec = tx.get(SERVICES, service_record_id(code))
    if rec is not None and not rec.deleted:
        return Service.from_data(rec.data)
    found = default_service(code)
    if found is None:
        raise _reject(
            translatable("wp_egov", "There is no such service in the catalogue."),
            "invalid_argument",
        )
    return found


def _request(tx: Tx, args: dict[str, Any], key: str = "id") -> Record:
    rec = tx.get(REQUESTS, require_id(args, key))
    if rec is None:
        raise _reject(
            translatable("wp_egov", "The request does not exist or is not yours to see."),
            "not_found",
        )
    return rec


def _event(tx: Tx, action: str, note: str = "") -> dict[str, Any]:
    return {
        "at": tx.now.isoformat(),
        "by": tx.actor.user_id,
        "by_name": tx.actor.display_name or tx.actor.username,
        "action": action,
        "note": note,
    }


def _save(
    tx: Tx,
    rec_id: str,
    data: dict[str, Any],
    action: str,
    note: str = "",
    *,
    audience: tuple[str, ...] | None = None,
    department: str | None = None,
) -> None:
    data["history"] = [*data.get("history", ()), _event(tx, action, note)]
    try:
        data = sla.recompute(data, today(tx), tx.calendar)
    except CalendarRangeError:
        raise _reject(
            translatable(
                "wp_egov",
                "The working-day calendar has no data for this date. Ask the "
                "administrator to publish the calendar for the year.",
            ),
            "no_calendar",
        ) from None
    tx.put(REQUESTS, rec_id, data, audience=audience, department=department)


def _need_status(rec: Record, allowed: frozenset[str] | set[str]) -> None:
    if rec.data.get("status") not in allowed:
        raise _reject(
            translatable("wp_egov", "This cannot be done with the request in its current state."),
            "wrong_state",
        )


def _may_run(tx: Tx, rec: Record) -> None:
    """The executor works on their own requests; a head or clerk on the department's."""
    if rec.data.get("executor") == tx.actor.user_id:
        return
    if tx.actor.has_role("head") or tx.actor.has_role("clerk") or tx.actor.has_role("admin"):
        return
    raise _reject(
        translatable("wp_egov", "Only the executor or the head of the department can do this."),
        "forbidden",
    )


def check_applicant_id(kind: str, number: str) -> str:
    """A valid IIN (person) or BIN (organisation), or a rejection naming the problem."""
    try:
        if kind == "org":
            return validate_bin(number).bin
        return validate_iin(number).iin
    except IdentifierError as exc:
        raise MutationRejectedError(
            f"{'BIN' if kind == 'org' else 'IIN'}: {exc.message}", "invalid_argument"
        ) from None


# -- registration ---------------------------------------------------------------------


@DOMAIN.mutator("wp_egov.register")
def register(tx: Tx, args: dict[str, Any]) -> None:
    """Register a request (registration may not be refused: only malformed input is)."""
    rec_id = require_id(args)
    if tx.get(REQUESTS, rec_id) is not None:
        raise _reject(translatable("wp_egov", "This request is registered already."), "exists")
    channel = require_str(args, "channel", max_len=20)
    if channel not in CHANNELS:
        raise _reject(translatable("wp_egov", "Unknown channel."), "invalid_argument")
    svc = service(tx, require_str(args, "service_code", max_len=32))
    raw = args.get("applicant")
    if not isinstance(raw, dict):
        raise _reject(translatable("wp_egov", "The applicant is missing."), "invalid_argument")
    kind = "org" if raw.get("kind") == "org" else "person"
    number = str(raw.get("iin") or "").strip()
    applicant = {
        "kind": kind,
        "iin": check_applicant_id(kind, number) if number else "",
        "name": require_str(raw, "name", max_len=300),
        "phone": str(raw.get("phone") or "")[:50],
        "email": str(raw.get("email") or "")[:200] or None,
        "address": str(raw.get("address") or "")[:500],
    }
    lang = args.get("lang") if args.get("lang") in ("kk", "ru") else "ru"
    reg = today(tx)
    year = reg.year
    number_seq = tx.next_number(f"wp_egov.requests-{year}")
    data: dict[str, Any] = {
        "number": number_seq,
        "channel": channel,
        "service_code": svc.code,
        "term_days": svc.term_days,
        "applicant": applicant,
        "applicant_key": applicant["iin"] or None,
        "subject": require_str(args, "subject", max_len=500),
        "text": require_str(args, "text", max_len=20_000),
        "lang": lang,
        "status": "registered",
        "executor": None,
        "executor_name": "",
        "reg_date": reg.isoformat(),
        "pauses": [],
        "extension": None,
        "answered_on": None,
        "forwarded": None,
        "links": [],
        "replies": [],
        "merged_into": None,
        "split_from": None,
    }
    _save(tx, rec_id, data, "registered")


# -- work -------------------------------------------------------------------------------


@DOMAIN.mutator("wp_egov.assign")
def assign(tx: Tx, args: dict[str, Any]) -> None:
    """Give the request to an executor (a head or a clerk of the department)."""
    rec = _request(tx, args)
    if not (tx.actor.has_role("head") or tx.actor.has_role("clerk") or tx.actor.has_role("admin")):
        raise _reject(
            translatable("wp_egov", "Only the head of the department or a clerk assigns requests."),
            "forbidden",
        )
    _need_status(rec, {"registered", "assigned", "in_progress"})
    executor = require_str(args, "executor", max_len=64)
    name = str(args.get("executor_name") or "")[:300]
    data = {**rec.data, "executor": executor, "executor_name": name, "status": "assigned"}
    _save(tx, rec.id, data, "assigned", name, audience=(executor,))


@DOMAIN.mutator("wp_egov.start")
def start(tx: Tx, args: dict[str, Any]) -> None:
    """The executor takes the request into work."""
    rec = _request(tx, args)
    _may_run(tx, rec)
    _need_status(rec, {"registered", "assigned"})
    data = dict(rec.data)
    if not data.get("executor"):
        data["executor"] = tx.actor.user_id
        data["executor_name"] = tx.actor.display_name or tx.actor.username
    data["status"] = "in_progress"
    _save(tx, rec.id, data, "in_progress", audience=(str(data["executor"]),))


@DOMAIN.mutator("wp_egov.wait")
def wait(tx: Tx, args: dict[str, Any]) -> None:
    """Ask the applicant for something: the SLA clock stops until they answer."""
    rec = _request(tx, args)
    _may_run(tx, rec)
    _need_status(rec, {"assigned", "in_progress"})
    reason = require_str(args, "reason", max_len=2000)
    pauses = [
        *rec.data.get("pauses", ()),
        {"from": today(tx).isoformat(), "to": None, "reason": reason},
    ]
    _save(tx, rec.id, {**rec.data, "status": "waiting", "pauses": pauses}, "waiting", reason)


@DOMAIN.mutator("wp_egov.resume")
def resume(tx: Tx, args: dict[str, Any]) -> None:
    """The applicant answered: the clock runs again."""
    rec = _request(tx, args)
    _may_run(tx, rec)
    _need_status(rec, {"waiting"})
    pauses = [dict(p) for p in rec.data.get("pauses", ())]
    for p in pauses:
        if p.get("to") is None:
            p["to"] = today(tx).isoformat()
    _save(
        tx,
        rec.id,
        {**rec.data, "status": "in_progress", "pauses": pauses},
        "resumed",
        str(args.get("note") or "")[:2000],
    )


@DOMAIN.mutator("wp_egov.answer")
def answer(tx: Tx, args: dict[str, Any]) -> None:
    """Send the reply (from a template, edited): the request is answered, approved or
    rejected; the clock stops on this day."""
    rec = _request(tx, args)
    _may_run(tx, rec)
    _need_status(rec, {"assigned", "in_progress"})
    decision = require_str(args, "decision", max_len=20)
    if decision not in sla.ANSWERED_STATUSES:
        raise _reject(translatable("wp_egov", "Unknown decision."), "invalid_argument")
    lang = args.get("lang") if args.get("lang") in ("kk", "ru") else rec.data.get("lang", "ru")
    attachments = _attachments(args.get("attachments") or [])
    reply = {
        "template": str(args.get("template") or ""),
        "lang": lang,
        "text": require_str(args, "text", max_len=50_000),
        "at": tx.now.isoformat(),
        "by": tx.actor.user_id,
        "attachments": attachments,
    }
    data = {
        **rec.data,
        "status": decision,
        "answered_on": today(tx).isoformat(),
        "replies": [*rec.data.get("replies", ()), reply],
    }
    _save(tx, rec.id, data, decision)


def _attachments(raw: Any) -> list[dict[str, Any]]:
    """The reply's files: named by the SHA-256 of their bytes, which travel to the
    gateway as attachments on their own."""
    if not isinstance(raw, list) or len(raw) > 50:
        raise _reject(translatable("wp_egov", "A reply carries at most 50 files."),
                      "invalid_argument")
    out = []
    for a in raw:
        if not isinstance(a, dict) or not is_digest(a.get("sha256")) \
                or not isinstance(a.get("size"), int) or a["size"] < 0:
            raise _reject(translatable("wp_egov", "An attached file is not described "
                                                  "properly."), "invalid_argument")
        out.append({"id": str(a.get("id") or a["sha256"])[:64],
                    "name": require_str(a, "name", max_len=255), "sha256": a["sha256"],
                    "size": a["size"],
                    "mime": str(a.get("mime") or "application/octet-stream")[:100]})
    return out


@DOMAIN.mutator("wp_egov.close")
def close(tx: Tx, args: dict[str, Any]) -> None:
    """Remove an answered request from control."""
    rec = _request(tx, args)
    _may_run(tx, rec)
    _need_status(rec, sla.ANSWERED_STATUSES)
    _save(tx, rec.id, {**rec.data, "status": "closed"}, "closed")


@DOMAIN.mutator("wp_egov.forward")
def forward(tx: Tx, args: dict[str, Any]) -> None:
    """Send a request to the competent body; the applicant is told (the notice text is
    kept). The law allows 3 working days from registration: ``late`` says if missed."""
    rec = _request(tx, args)
    _may_run(tx, rec)
    _need_status(rec, sla.OPEN_STATUSES)
    body = require_str(args, "body", max_len=300)
    reg = date.fromisoformat(rec.data["reg_date"])
    due = tx.calendar.add_working_days(reg, sla.FORWARD_DAYS)
    on = today(tx)
    data = {
        **rec.data,
        "status": "forwarded",
        "forwarded": {
            "to": body,
            "on": on.isoformat(),
            "due": due.isoformat(),
            "late": on > due,
            "notice": require_str(args, "notice", max_len=20_000),
        },
    }
    _save(tx, rec.id, data, "forwarded", body)


@DOMAIN.mutator("wp_egov.extend")
def extend(tx: Tx, args: dict[str, Any]) -> None:
    """Extend the term by a reasoned decision of the head: up to two months from
    registration in all; the applicant must be told within 3 working days."""
    rec = _request(tx, args)
    if not (tx.actor.has_role("head") or tx.actor.has_role("admin")):
        raise _reject(
            translatable("wp_egov", "Only the head of the department can extend the term."),
            "forbidden",
        )
    _need_status(rec, {"assigned", "in_progress", "waiting"})
    reason = require_str(args, "reason", max_len=5000)
    try:
        until = date.fromisoformat(require_str(args, "until", max_len=10))
    except ValueError:
        raise _reject(
            translatable("wp_egov", "The new deadline is not a date."), "invalid_argument"
        ) from None
    reg = date.fromisoformat(rec.data["reg_date"])
    if until > sla.latest_extension(reg):
        raise _reject(
            translatable(
                "wp_egov",
                "With extensions a request may be reviewed for at most two months "
                "from registration.",
            ),
            "too_long",
        )
    if until <= sla.base_deadline(rec.data, tx.calendar):
        raise _reject(
            translatable("wp_egov", "The new deadline must be later than the current one."),
            "invalid_argument",
        )
    if not tx.calendar.is_working_day(until):
        raise _reject(
            translatable("wp_egov", "The new deadline falls on a day off."), "invalid_argument"
        )
    on = today(tx)
    ext = {
        "until": until.isoformat(),
        "reason": reason,
        "decided_on": on.isoformat(),
        "notice_due": tx.calendar.add_working_days(on, sla.NOTICE_DAYS).isoformat(),
        "notified_on": None,
        "by": tx.actor.user_id,
    }
    _save(tx, rec.id, {**rec.data, "extension": ext}, "extended", reason)


@DOMAIN.mutator("wp_egov.notify_extension")
def notify_extension(tx: Tx, args: dict[str, Any]) -> None:
    """Record that the applicant was told of the extension."""
    rec = _request(tx, args)
    _may_run(tx, rec)
    ext = rec.data.get("extension")
    if not isinstance(ext, dict):
        raise _reject(
            translatable("wp_egov", "The term of this request was not extended."), "wrong_state"
        )
    ext = {
        **ext,
        "notified_on": today(tx).isoformat(),
        "notice": require_str(args, "notice", max_len=20_000),
    }
    _save(tx, rec.id, {**rec.data, "extension": ext}, "extension_notified")


@DOMAIN.mutator("wp_egov.change_service")
def change_service(tx: Tx, args: dict[str, Any]) -> None:
    """Reclassify the request: its term (and so its deadline) follows the service."""
    rec = _request(tx, args)
    _may_run(tx, rec)
    _need_status(rec, sla.OPEN_STATUSES)
    svc = service(tx, require_str(args, "service_code", max_len=32))
    data = {**rec.data, "service_code": svc.code, "term_days": svc.term_days}
    _save(tx, rec.id, data, "service_changed", svc.code)


# -- duplicates: merge and split ----------------------------------------------------------


@DOMAIN.mutator("wp_egov.merge")
def merge(tx: Tx, args: dict[str, Any]) -> None:
    """Merge duplicates into the request ``id``: they are answered with it."""
    target = _request(tx, args)
    _may_run(tx, target)
    _need_status(target, sla.OPEN_STATUSES)
    others = args.get("others")
    if not isinstance(others, list) or not others or len(others) > 50:
        raise _reject(translatable("wp_egov", "Choose the requests to merge."), "invalid_argument")
    links = list(target.data.get("links", ()))
    for other_id in others:
        other = _request(tx, {"id": other_id})
        if other.id == target.id:
            raise _reject(
                translatable("wp_egov", "A request cannot be merged into itself."),
                "invalid_argument",
            )
        _may_run(tx, other)
        _need_status(other, sla.OPEN_STATUSES)
        _save(
            tx,
            other.id,
            {**other.data, "status": "merged", "merged_into": target.id},
            "merged_into",
            target.id,
        )
        links.append(
            {"kind": "merged", "id": other.id, "title": str(other.data.get("subject", ""))}
        )
    _save(tx, target.id, {**target.data, "links": links}, "merged", str(len(others)))


@DOMAIN.mutator("wp_egov.split")
def split(tx: Tx, args: dict[str, Any]) -> None:
    """Make a new request ``new_id`` of part of request ``id`` (another question in the
    same letter): same applicant, channel and registration date, its own service."""
    source = _request(tx, args)
    _may_run(tx, source)
    _need_status(source, sla.OPEN_STATUSES)
    new_id = require_id(args, "new_id")
    if tx.get(REQUESTS, new_id) is not None:
        raise _reject(translatable("wp_egov", "This request is registered already."), "exists")
    svc = service(tx, str(args.get("service_code") or source.data["service_code"]))
    data: dict[str, Any] = {
        **{k: v for k, v in source.data.items() if k != "history"},
        "number": tx.next_number(f"wp_egov.requests-{source.data['reg_date'][:4]}"),
        "service_code": svc.code,
        "term_days": svc.term_days,
        "subject": require_str(args, "subject", max_len=500),
        "text": require_str(args, "text", max_len=20_000),
        "status": "registered",
        "executor": None,
        "executor_name": "",
        "pauses": [],
        "extension": None,
        "answered_on": None,
        "forwarded": None,
        "replies": [],
        "merged_into": None,
        "split_from": source.id,
        "links": [
            {"kind": "split_from", "id": source.id, "title": str(source.data.get("subject", ""))}
        ],
    }
    _save(tx, new_id, data, "split_from", source.id, audience=(), department=source.department)
    links = [
        *source.data.get("links", ()),
        {"kind": "split", "id": new_id, "title": data["subject"]},
    ]
    _save(tx, source.id, {**source.data, "links": links}, "split", new_id)


@DOMAIN.mutator("wp_egov.link")
def link(tx: Tx, args: dict[str, Any]) -> None:
    """Link a document (e.g. the outgoing reply in the documents module)."""
    rec = _request(tx, args)
    _may_run(tx, rec)
    item = {
        "kind": require_str(args, "kind", max_len=40),
        "id": require_str(args, "target", max_len=100),
        "title": str(args.get("title") or "")[:500],
    }
    _save(
        tx, rec.id, {**rec.data, "links": [*rec.data.get("links", ()), item]}, "linked", item["id"]
    )


# -- the catalogue ------------------------------------------------------------------------


@DOMAIN.mutator("wp_egov.set_service")
def set_service(tx: Tx, args: dict[str, Any]) -> None:
    """Add a service to the catalogue or change its names or term (administrators)."""
    if not (tx.actor.has_role("admin") or tx.actor.has_role("head")):
        raise _reject(
            translatable("wp_egov", "Only an administrator or a head can change the catalogue."),
            "forbidden",
        )
    code = require_str(args, "code", max_len=32)
    if not CODE_RE.match(code):
        raise _reject(
            translatable("wp_egov", "A service code is 2–32 capital Latin letters, digits or _."),
            "invalid_argument",
        )
    term = args.get("term_days")
    if not isinstance(term, int) or isinstance(term, bool) or not 1 <= term <= 60:
        raise _reject(
            translatable("wp_egov", "The term is 1 to 60 working days."), "invalid_argument"
        )
    tx.put(
        SERVICES,
        service_record_id(code),
        {
            "code": code,
            "term_days": term,
            "name_kk": require_str(args, "name_kk", max_len=300),
            "name_ru": require_str(args, "name_ru", max_len=300),
            "name_en": str(args.get("name_en") or "")[:300],
        },
    )
