"""Mutators from the first draft to the registration number: drafting, files,
the approval route, signing and registration."""

from __future__ import annotations

import re
import string
import uuid
from typing import Any, Final

from workplace.api import Domain, Tx, is_digest, require_id, require_str, translatable
from wp_documents.domain import route as routes
from wp_documents.domain.model import (
    APPROVED,
    DOCUMENTS,
    DRAFT,
    EDITABLE,
    JOURNAL_PREFIX,
    JOURNALS,
    KINDS,
    ON_APPROVAL,
    REGISTERED,
    REJECTED,
    REWORK,
    SIGNED,
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
_TEXT_FIELDS: Final = {"title": 500, "summary": 5000, "correspondent": 500,
                       "case_index": 50, "journal": 100}
#: Names a registration number template may use.
TEMPLATE_FIELDS: Final = frozenset({"case", "seq", "year", "journal"})
#: Characters of a file's extracted text kept for the search.
TEXT_LIMIT: Final = 100_000
_JOURNAL_NS: Final = uuid.UUID("5a0c6f0e-61d2-4b8e-9a53-0c1f7a8d2e11")


def register_drafting(domain: Domain) -> None:
    """Add this module's mutators to ``domain``."""
    for name, fn in _MUTATORS.items():
        domain.mutator(name)(fn)


def journal_id(department: str, journal: str) -> str:
    """The id of a department's settings record for ``journal``."""
    return str(uuid.uuid5(_JOURNAL_NS, f"{department}:{journal}"))


def check_template(template: str) -> str:
    """``template`` if it is a valid registration number template, else a refusal."""
    try:
        names = [f for _, f, _, _ in string.Formatter().parse(template) if f is not None]
    except ValueError as exc:
        raise reject(f"The number template is malformed: {exc}.", "invalid_argument") from exc
    bad = [n for n in names if n.split(":")[0].split("!")[0] not in TEMPLATE_FIELDS]
    if bad or "seq" not in [n.split(":")[0] for n in names]:
        raise reject("A number template may use {case}, {seq}, {year} and {journal}, "
                     "and must contain {seq}.", "invalid_argument")
    return template


def _optional_text(args: dict[str, Any], key: str) -> str | None:
    if args.get(key) in (None, ""):
        return None
    return require_str(args, key, max_len=_TEXT_FIELDS[key])


def _kind(args: dict[str, Any]) -> str:
    kind = args.get("kind")
    if kind not in KINDS:
        raise reject(f"'kind' must be one of {', '.join(KINDS)}", "invalid_argument")
    return str(kind)


def _reply_to(tx: Tx, args: dict[str, Any]) -> str | None:
    if args.get("in_reply_to") in (None, ""):
        return None
    target = require_id(args, "in_reply_to")
    if tx.get(DOCUMENTS, target) is None:
        raise reject(translatable(
            "wp_documents", "The document this one answers does not exist."), "not_found")
    return target


def create(tx: Tx, args: dict[str, Any]) -> None:
    """Create a draft (the author is the signed-in user)."""
    doc_id = require_id(args)
    if tx.get(DOCUMENTS, doc_id) is not None:
        raise reject(translatable("wp_documents", "This document exists already."), "exists")
    kind = _kind(args)
    who = acting(tx, {})
    lang = args.get("lang", "ru")
    if lang not in ("kk", "ru", "en"):
        raise reject(translatable(
            "wp_documents", "'lang' must be kk, ru or en"), "invalid_argument")
    doc: dict[str, Any] = {
        "kind": kind, "title": require_str(args, "title", max_len=500),
        "summary": _optional_text(args, "summary") or "",
        "correspondent": _optional_text(args, "correspondent"),
        "journal": _optional_text(args, "journal")
        or f"{JOURNAL_PREFIX[kind]}-{tx.now.year}",
        "case_index": _optional_text(args, "case_index") or "",
        "reg_number": None, "reg_date": None, "reg_pending": False, "status": DRAFT,
        "executor": None, "deadline": None, "control": False, "lang": lang,
        "author": who.user["id"], "author_name": who.user["name"],
        "in_reply_to": _reply_to(tx, args), "attachments": [], "route": None,
        "signatures": [], "resolutions": [], "familiarisation": [], "history": [],
    }
    history(doc, tx, who, "created")
    put(tx, doc_id, doc)


def edit(tx: Tx, args: dict[str, Any]) -> None:
    """Change a draft's fields (only those given)."""
    doc = load(tx, args)
    who = acting(tx, args)
    _editable(doc, who.user["id"])
    changed = []
    for key in _TEXT_FIELDS:
        if key in args:
            value = (_optional_text(args, key) or "") if key != "title" \
                else require_str(args, "title", max_len=500)
            if key == "correspondent":
                value = value or None  # type: ignore[assignment]
            if doc.get(key) != value:
                doc[key] = value
                changed.append(key)
    if "kind" in args and args["kind"] != doc["kind"]:
        doc["kind"] = _kind(args)
        changed.append("kind")
    if "in_reply_to" in args:
        doc["in_reply_to"] = _reply_to(tx, args)
        changed.append("in_reply_to")
    if not changed:
        return
    history(doc, tx, who, "edited", ", ".join(changed))
    put(tx, args["id"], doc)


def _editable(doc: dict[str, Any], user_id: str) -> None:
    if doc["status"] not in EDITABLE:
        raise reject(translatable(
            "wp_documents", "Only a draft (or one returned for rework) can be changed."),
                     "wrong_state")
    if doc["author"] != user_id:
        raise reject(translatable(
            "wp_documents", "Only the document's author can change the draft."), "forbidden")


def _version(tx: Tx, args: dict[str, Any]) -> dict[str, Any]:
    sha = args.get("sha256")
    if not is_digest(sha):
        raise reject(translatable(
            "wp_documents", "'sha256' must be a SHA-256 digest in hex"), "invalid_argument")
    size = args.get("size")
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise reject(translatable(
            "wp_documents", "'size' must be a number of bytes"), "invalid_argument")
    text = args.get("text", "")
    if not isinstance(text, str) or len(text) > TEXT_LIMIT:
        raise reject(translatable(
            "wp_documents", "The file's text is too long for the search."), "invalid_argument")
    return {"sha256": sha, "size": size, "text": text,
            "mime": require_str(args, "mime", max_len=200) if args.get("mime")
            else "application/octet-stream",
            "at": tx.now.isoformat(timespec="seconds"), "by": me(tx)}


def attach(tx: Tx, args: dict[str, Any]) -> None:
    """Attach a file (by its content digest; the bytes travel as an attachment)."""
    doc = load(tx, args)
    who = acting(tx, args)
    _editable(doc, who.user["id"])
    attachment_id = require_id(args, "attachment")
    if any(a["id"] == attachment_id for a in doc["attachments"]):
        raise reject(translatable("wp_documents", "This file is attached already."), "exists")
    name = require_str(args, "name", max_len=255)
    doc["attachments"] = [*doc["attachments"], {"id": attachment_id, "name": name,
                                                "versions": [_version(tx, args)]}]
    history(doc, tx, who, "attached", name)
    put(tx, args["id"], doc)


def new_version(tx: Tx, args: dict[str, Any]) -> None:
    """Add a new version of an attached file; earlier versions (and their
    signatures) stay as they were."""
    doc = load(tx, args)
    who = acting(tx, args)
    _editable(doc, who.user["id"])
    attachment_id = require_id(args, "attachment")
    for attachment in doc["attachments"]:
        if attachment["id"] == attachment_id:
            version = _version(tx, args)
            if attachment["versions"][-1]["sha256"] == version["sha256"]:
                raise reject(translatable(
                    "wp_documents", "This version is the same as the current one."), "unchanged")
            attachment["versions"].append(version)
            history(doc, tx, who, "new_version", attachment["name"])
            put(tx, args["id"], doc)
            return
    raise reject(translatable(
        "wp_documents", "The file is not attached to this document."), "not_found")


def send_for_approval(tx: Tx, args: dict[str, Any]) -> None:
    """Start an approval route: ``stages`` = [{mode, approvers: [person]}]."""
    doc = load(tx, args)
    who = acting(tx, args)
    _editable(doc, who.user["id"])
    stages = args.get("stages")
    if not isinstance(stages, list) or not 1 <= len(stages) <= 20:
        raise reject(translatable(
            "wp_documents", "'stages' must list 1 to 20 stages"), "invalid_argument")
    checked: list[dict[str, Any]] = []
    for stage in stages:
        if not isinstance(stage, dict):
            raise reject(translatable(
                "wp_documents", "a stage must be an object"), "invalid_argument")
        checked.append({"mode": stage.get("mode"),
                        "approvers": people(stage.get("approvers"), "approvers")})
    try:
        doc["route"] = routes.start(checked)
    except routes.RouteError as exc:
        raise reject(str(exc), exc.code) from exc
    doc["status"] = ON_APPROVAL
    history(doc, tx, who, "sent_for_approval")
    put(tx, args["id"], doc, [a["id"] for s in checked for a in s["approvers"]])


def _decide(tx: Tx, args: dict[str, Any], decision: str) -> None:
    doc = load(tx, args)
    who = acting(tx, args)
    comment = args.get("comment", "")
    if not isinstance(comment, str) or len(comment) > 5000:
        raise reject(translatable("wp_documents", "'comment' must be text"), "invalid_argument")
    if doc["status"] != ON_APPROVAL or not doc.get("route"):
        raise reject(translatable(
            "wp_documents", "The document is not on approval."), "wrong_state")
    try:
        doc["route"] = routes.decide(
            doc["route"], who.user["id"], decision, comment=comment,
            at=tx.now.isoformat(timespec="seconds"), on_behalf=who.user if who.deputy
            else None)
    except routes.RouteError as exc:
        raise reject(str(exc), exc.code) from exc
    history(doc, tx, who, decision, comment.strip())
    state = doc["route"]["state"]
    if state == routes.APPROVED:
        doc["status"] = APPROVED
        history(doc, tx, who, "route_done")
    elif state == routes.REJECTED:
        doc["status"] = REJECTED
    elif state == routes.RETURNED:
        doc["status"] = REWORK
    put(tx, args["id"], doc)


def approve(tx: Tx, args: dict[str, Any]) -> None:
    """Approve as an approver of the current stage."""
    _decide(tx, args, "approved")


def reject_document(tx: Tx, args: dict[str, Any]) -> None:
    """Reject, with a comment saying why (required)."""
    _decide(tx, args, "rejected")


def return_for_rework(tx: Tx, args: dict[str, Any]) -> None:
    """Return the draft to its author for rework."""
    _decide(tx, args, "returned")


def add_approver(tx: Tx, args: dict[str, Any]) -> None:
    """Add an approver to the current or a later stage (the author, a head, or an
    approver of the current stage may)."""
    doc = load(tx, args)
    who = acting(tx, args)
    route = doc.get("route")
    if doc["status"] != ON_APPROVAL or not route:
        raise reject(translatable(
            "wp_documents", "The document is not on approval."), "wrong_state")
    current = [a["id"] for a in route["stages"][route["current"]]["approvers"]]
    if who.user["id"] != doc["author"] and who.user["id"] not in current \
            and not who.has_role("head"):
        raise reject(translatable(
            "wp_documents", "Only the author, a head or a current approver can add approvers."),
                     "forbidden")
    stage = args.get("stage", route["current"])
    if not isinstance(stage, int) or isinstance(stage, bool):
        raise reject(translatable(
            "wp_documents", "'stage' must be a stage number"), "invalid_argument")
    newcomer = person(args.get("person"))
    try:
        doc["route"] = routes.add_approver(route, stage, newcomer)
    except routes.RouteError as exc:
        raise reject(str(exc), exc.code) from exc
    history(doc, tx, who, "approver_added", newcomer["name"])
    put(tx, args["id"], doc, [newcomer["id"]])


def sign(tx: Tx, args: dict[str, Any]) -> None:
    """Record a detached CMS signature over one version of an attachment."""
    doc = load(tx, args)
    who = acting(tx, args)
    attachment_id = require_id(args, "attachment")
    sha = args.get("sha256")
    versions = [v["sha256"] for a in doc["attachments"] if a["id"] == attachment_id
                for v in a["versions"]]
    if sha not in versions:
        raise reject(translatable(
            "wp_documents", "The signed file is not a version of this attachment."), "not_found")
    cms = require_str(args, "cms", max_len=200_000)
    signer = args.get("signer")
    if not isinstance(signer, dict) or not isinstance(signer.get("name"), str):
        raise reject(translatable(
            "wp_documents", "'signer' must describe the certificate's owner"), "invalid_argument")
    approvers = [a["id"] for s in (doc.get("route") or {}).get("stages", [])
                 for a in s["approvers"]]
    if who.user["id"] not in (doc["author"], *approvers) and not who.has_role("head"):
        raise reject(translatable(
            "wp_documents", "Only the author, an approver or a head can sign."), "forbidden")
    if doc["status"] in (DRAFT, REWORK, REJECTED, ON_APPROVAL) and doc["kind"] in (
            "outgoing", "order"):
        raise reject(translatable(
            "wp_documents", "An outgoing letter or an order is signed after its approval."),
                     "wrong_state")
    doc["signatures"] = [*doc["signatures"], {
        "attachment": attachment_id, "sha256": sha, "cms": cms,
        "signer": {k: str(signer.get(k) or "")[:300]
                   for k in ("name", "iin", "bin", "serial", "issuer")},
        "at": tx.now.isoformat(timespec="seconds"), "by": me(tx)}]
    if doc["status"] == APPROVED:
        doc["status"] = SIGNED
    history(doc, tx, who, "signed", str(signer["name"]))
    put(tx, args["id"], doc)


def register(tx: Tx, args: dict[str, Any]) -> None:
    """Register: the gateway gives the number from the journal's template and its
    per-year sequence; on the client the number stays pending until then."""
    who = acting(tx, args)
    if not who.has_role("clerk", "admin"):
        raise reject(translatable(
            "wp_documents", "Only a clerk can register documents."), "forbidden")
    doc = load(tx, args)
    if doc.get("reg_number") or doc.get("reg_pending"):
        raise reject(translatable(
            "wp_documents", "The document is registered already."), "wrong_state")
    allowed = (DRAFT, APPROVED, SIGNED) if doc["kind"] in ("incoming", "internal") \
        else (APPROVED, SIGNED)
    if doc["status"] not in allowed:
        raise reject(translatable(
            "wp_documents", "An outgoing letter or an order is registered after its approval."),
                     "wrong_state")
    year = tx.now.year
    journal = doc["journal"] or f"{JOURNAL_PREFIX[doc['kind']]}-{year}"
    seq = tx.next_number(f"wp_documents/{journal}/{year}")
    if seq is None:
        doc["reg_number"], doc["reg_pending"] = None, True
    else:
        record = tx.get(DOCUMENTS, args["id"])
        settings = tx.get(JOURNALS, journal_id(record.department if record else "", journal))
        template = settings.data.get("template") if settings else None
        doc["reg_number"] = str(template or "{case}/{seq}").format(
            case=doc.get("case_index") or "", seq=seq, year=year, journal=journal).strip("/")
        doc["reg_pending"] = False
    doc["journal"] = journal
    doc["reg_date"] = tx.now.date().isoformat()
    doc["status"] = REGISTERED
    history(doc, tx, who, "registered", doc["reg_number"] or "")
    put(tx, args["id"], doc)


def configure_journal(tx: Tx, args: dict[str, Any]) -> None:
    """Set a journal's number template for the user's department (heads, admins)."""
    if not (tx.actor.has_role("head") or tx.actor.has_role("admin")):
        raise reject(translatable(
            "wp_documents", "Only a head or an administrator can configure journals."), "forbidden")
    journal = require_str(args, "journal", max_len=100)
    template = check_template(require_str(args, "template", max_len=100))
    tx.put(JOURNALS, journal_id(tx.actor.department, journal),
           {"journal": journal, "template": template,
            "name": require_str(args, "name", max_len=200) if args.get("name") else journal})


_MUTATORS: Final = {
    "wp_documents.create": create,
    "wp_documents.edit": edit,
    "wp_documents.attach": attach,
    "wp_documents.new_version": new_version,
    "wp_documents.send_for_approval": send_for_approval,
    "wp_documents.approve": approve,
    "wp_documents.reject": reject_document,
    "wp_documents.return_for_rework": return_for_rework,
    "wp_documents.add_approver": add_approver,
    "wp_documents.sign": sign,
    "wp_documents.register": register,
    "wp_documents.configure_journal": configure_journal,
}
