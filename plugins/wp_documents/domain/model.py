"""The document record: its collections, kinds, statuses and the helpers every
mutator shares (people, acting on someone's behalf, history, inbox marks).

One record of ``wp_documents.documents`` holds a whole document, so the card opens
with one read and works offline::

    kind            incoming | outgoing | internal | order
    title, summary, correspondent, lang
    journal         the registration journal's code ("incoming-2026")
    case_index      the case-file index of the nomenclature of cases ("02-12")
    reg_number      given by the gateway; None while pending (reg_pending: True)
    reg_date        ISO date of registration
    status          see STATUSES
    author          user id of the drafter / registrar; author_name
    in_reply_to     id of the document this one answers (or None)
    attachments     [{id, name, versions: [{sha256, size, mime, text, at, by}]}]
    route           the approval route (see route.py) or None
    signatures      [{attachment, sha256, cms (base64 DER), signer: {name, iin, bin,
                      serial}, at, by}]
    resolutions     [{id, author, text, executors: [person] (first = lead), deadline,
                      control, reports: [{by, text, at}], state: open|reported|done, at}]
    familiarisation [{id, name, sent_at, seen_at}]
    history         [{at, by, on_behalf, action, note}]
    executor, deadline, control   the lead executor, nearest open deadline and the
                                  control mark, kept flat for the registry's filters
    inbox           words telling whose inbox tabs show the document (see inbox_words)
    attachment_text the text of the files' latest versions (extracted from copies on
                    the computer that attached them), for the full-text search

A *person* is ``{"id": user id, "name": display name}``: names travel with the record,
so a card shows them offline.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from workplace.api import MutationRejectedError, Text, Tx, require_id, translatable
from wp_documents.domain import route as routes

DOCUMENTS: Final = "wp_documents.documents"
JOURNALS: Final = "wp_documents.journals"
DELEGATIONS: Final = "wp_documents.delegations"

KINDS: Final = ("incoming", "outgoing", "internal", "order")
#: The journal a kind is registered in, before the year: "incoming-2026".
JOURNAL_PREFIX: Final = {"incoming": "incoming", "outgoing": "outgoing",
                         "internal": "internal", "order": "orders"}
DEFAULT_TEMPLATE: Final = "{case}/{seq}"

DRAFT: Final = "draft"
ON_APPROVAL: Final = "on_approval"
REWORK: Final = "rework"
REJECTED: Final = "rejected"
APPROVED: Final = "approved"
SIGNED: Final = "signed"
REGISTERED: Final = "registered"
IN_EXECUTION: Final = "in_execution"
DONE: Final = "done"
STATUSES: Final = (DRAFT, ON_APPROVAL, REWORK, REJECTED, APPROVED, SIGNED, REGISTERED,
                   IN_EXECUTION, DONE)
#: Statuses in which the draft's text and files may change.
EDITABLE: Final = (DRAFT, REWORK, REJECTED)

KIND_NAMES: Final = {
    "incoming": translatable("wp_documents", "Incoming"),
    "outgoing": translatable("wp_documents", "Outgoing"),
    "internal": translatable("wp_documents", "Internal"),
    "order": translatable("wp_documents", "Order"),
}
STATUS_NAMES: Final = {
    DRAFT: translatable("wp_documents", "Draft"),
    ON_APPROVAL: translatable("wp_documents", "On approval"),
    REWORK: translatable("wp_documents", "Returned for rework"),
    REJECTED: translatable("wp_documents", "Rejected"),
    APPROVED: translatable("wp_documents", "Approved"),
    SIGNED: translatable("wp_documents", "Signed"),
    REGISTERED: translatable("wp_documents", "Registered"),
    IN_EXECUTION: translatable("wp_documents", "In execution"),
    DONE: translatable("wp_documents", "Done"),
}
ACTION_NAMES: Final = {
    "created": translatable("wp_documents", "Created the draft"),
    "edited": translatable("wp_documents", "Edited the draft"),
    "attached": translatable("wp_documents", "Attached a file"),
    "new_version": translatable("wp_documents", "Added a new version of a file"),
    "sent_for_approval": translatable("wp_documents", "Sent for approval"),
    "approved": translatable("wp_documents", "Approved"),
    "rejected": translatable("wp_documents", "Rejected"),
    "returned": translatable("wp_documents", "Returned for rework"),
    "approver_added": translatable("wp_documents", "Added an approver"),
    "route_done": translatable("wp_documents", "The approval route is complete"),
    "signed": translatable("wp_documents", "Signed"),
    "registered": translatable("wp_documents", "Registered"),
    "resolution": translatable("wp_documents", "Wrote a resolution"),
    "report": translatable("wp_documents", "Reported on execution"),
    "removed_from_control": translatable("wp_documents", "Removed from control"),
    "familiarisation_sent": translatable("wp_documents", "Sent for familiarisation"),
    "familiarised": translatable("wp_documents", "Familiarised"),
}


def reject(reason: str | Text, code: str = "rejected") -> MutationRejectedError:
    """A refusal (raise it). The reason travels in English, as the gateway's do; one
    marked with ``translatable`` is in the plugin's catalogue, so the UI shows it in
    the user's language."""
    return MutationRejectedError(reason.source if isinstance(reason, Text) else reason, code)


def person(value: Any, what: str = "person") -> dict[str, str]:
    """A ``{"id", "name"}`` argument, checked."""
    if not isinstance(value, Mapping):
        raise reject(f"'{what}' must be a person", "invalid_argument")
    name = value.get("name", "")
    if not isinstance(name, str) or len(name) > 300:
        raise reject(f"'{what}' needs a name", "invalid_argument")
    return {"id": require_id(value, "id"), "name": name.strip()}


def people(value: Any, what: str, *, at_least: int = 1) -> list[dict[str, str]]:
    """A list of distinct people, checked."""
    if not isinstance(value, list) or len(value) < at_least or len(value) > 200:
        raise reject(f"'{what}' must name at least {at_least} people", "invalid_argument")
    out = [person(v, what) for v in value]
    if len({p["id"] for p in out}) != len(out):
        raise reject(f"'{what}' names a person twice", "invalid_argument")
    return out


def me(tx: Tx) -> dict[str, str]:
    """The acting user as a person."""
    return {"id": tx.actor.user_id, "name": tx.actor.display_name or tx.actor.username}


@dataclass(frozen=True)
class Acting:
    """Who a step is taken as: the user, or the head they stand in for."""

    user: dict[str, str]
    roles: frozenset[str]
    #: The user actually at the keyboard when acting for an absent head.
    deputy: dict[str, str] | None = None

    def has_role(self, *roles: str) -> bool:
        """Whether the acting person holds any of ``roles``."""
        return bool(self.roles & set(roles))


def acting(tx: Tx, args: Mapping[str, Any]) -> Acting:
    """The person a step is taken as: ``args["delegation"]`` names a delegation that
    lets the signed-in user act for its principal today."""
    delegation_id = args.get("delegation")
    if delegation_id is None:
        return Acting(me(tx), frozenset(tx.actor.roles))
    record = tx.get(DELEGATIONS, require_id(args, "delegation"))
    if record is None:
        raise reject(translatable("wp_documents", "The delegation does not exist."), "not_found")
    d = record.data
    today = tx.now.date().isoformat()
    if d["deputy"]["id"] != tx.actor.user_id:
        raise reject(translatable(
            "wp_documents", "This delegation was given to someone else."), "forbidden")
    if d.get("revoked") or not d["start"] <= today <= d["end"]:
        raise reject(translatable(
            "wp_documents", "The delegation is not in force today."), "forbidden")
    return Acting(dict(d["principal"]), frozenset(d["roles"]), deputy=me(tx))


def load(tx: Tx, args: Mapping[str, Any]) -> dict[str, Any]:
    """A deep-enough copy of the document ``args["id"]``'s data to change and put."""
    record = tx.get(DOCUMENTS, require_id(args))
    if record is None:
        raise reject(translatable(
            "wp_documents", "The document does not exist or you have no access to it."),
                     "not_found")
    return copy.deepcopy(dict(record.data))


def audience_of(tx: Tx, doc_id: str) -> tuple[str, ...]:
    record = tx.get(DOCUMENTS, doc_id)
    return record.audience if record is not None else ()


def history(doc: dict[str, Any], tx: Tx, who: Acting, action: str, note: str = "") -> None:
    """Append one entry to the document's history."""
    doc["history"] = [*doc.get("history", []), {
        "at": tx.now.isoformat(timespec="seconds"), "by": who.deputy or who.user,
        "on_behalf": who.user if who.deputy else None, "action": action, "note": note}]


def compact(user_id: str) -> str:
    return user_id.replace("-", "")


def inbox_words(doc: Mapping[str, Any]) -> str:
    """Words of the full-text index that put the document in people's inbox tabs:
    ``appr<id>`` to approve, ``exec<id>`` to execute, ``fam<id>`` for familiarisation,
    ``ctrl<id>`` under the control of, ``mine<id>`` drafts of, ``reg<yyyymmdd>``
    registered on; and for the registry's filters ``kind<kind>``, ``st<status>``
    (without "_") and ``lead<id>`` (the lead executor). Ids lose their dashes: the
    index splits words at them."""
    words = [f"appr{compact(a['id'])}" for a in routes.waiting_for(doc.get("route"))]
    for res in doc.get("resolutions") or []:
        if res["state"] == "open":
            words += [f"exec{compact(p['id'])}" for p in res["executors"]]
        if res["control"] and res["state"] != "done":
            words.append(f"ctrl{compact(res['author']['id'])}")
    words += [f"fam{compact(f['id'])}" for f in doc.get("familiarisation") or []
              if not f.get("seen_at")]
    if doc.get("status") in EDITABLE and doc.get("author"):
        words.append(f"mine{compact(doc['author'])}")
    if doc.get("reg_date"):
        words.append("reg" + str(doc["reg_date"]).replace("-", ""))
    # The registry's filters, answered by the index instead of reading every record.
    words.append(f"kind{doc.get('kind', '')}")
    words.append("st" + str(doc.get("status", "")).replace("_", ""))
    if doc.get("executor"):
        words.append(f"lead{compact(str(doc['executor']))}")
    return " ".join(dict.fromkeys(words))


def settle(doc: dict[str, Any]) -> None:
    """Recompute the flat fields the registry filters on from the nested ones."""
    open_res = [r for r in doc.get("resolutions") or [] if r["state"] != "done"]
    if doc.get("resolutions"):
        latest = doc["resolutions"][-1]
        doc["executor"] = latest["executors"][0]["id"] if latest["executors"] else None
        deadlines = sorted(r["deadline"] for r in open_res if r.get("deadline"))
        doc["deadline"] = deadlines[0] if deadlines else None
        doc["control"] = any(r["control"] for r in open_res)
    doc["inbox"] = inbox_words(doc)
    # The text of each file's latest version, for the full-text search.
    doc["attachment_text"] = "\n".join(
        a["versions"][-1].get("text", "") for a in doc.get("attachments") or [])


def put(tx: Tx, doc_id: str, doc: dict[str, Any], extra: Iterable[str] = ()) -> None:
    """Write the document back, adding ``extra`` user ids to its audience."""
    settle(doc)
    audience = tuple(dict.fromkeys([*audience_of(tx, doc_id), *extra]))
    tx.put(DOCUMENTS, doc_id, doc, audience=audience)
