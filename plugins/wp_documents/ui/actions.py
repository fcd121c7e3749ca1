"""Which actions a user may take on a document now, and taking them (through
dialogs and mutators). The gateway checks the same rules again."""

from __future__ import annotations

import base64
import datetime as dt
import mimetypes
import uuid
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from workplace.api import Actor, PluginContext
from wp_documents.domain import route as routes
from wp_documents.domain.model import (
    APPROVED,
    EDITABLE,
    IN_EXECUTION,
    ON_APPROVAL,
    REGISTERED,
    SIGNED,
)
from wp_documents.ui import dialogs
from wp_documents.ui.common import _calendar, ask, known_people, me, run_mutation, today

translate = QCoreApplication.translate

#: Every action, in the order the card shows its buttons.
ACTIONS = ("register", "approve", "reject", "return", "resolution", "report",
           "remove_control", "familiarised", "sign", "send", "edit", "attach",
           "new_version", "add_approver", "familiarise")


#: The steps a deputy may take for an absent head (the gateway checks the delegation).
DELEGABLE = ("register", "approve", "reject", "return", "resolution", "report",
             "remove_control")


def active_delegations(records: list[Mapping[str, Any]], user_id: str,
                       day: dt.date) -> list[Mapping[str, Any]]:
    """The delegations (record data with ``id``) that let ``user_id`` act today."""
    iso = day.isoformat()
    return [d for d in records if d["deputy"]["id"] == user_id and not d.get("revoked")
            and d["start"] <= iso <= d["end"]]


def action_title(key: str) -> str:
    """A button's text (with its mnemonic)."""
    return {
        "register": translate("wp_documents", "&Register"),
        "approve": translate("wp_documents", "&Approve"),
        "reject": translate("wp_documents", "Re&ject…"),
        "return": translate("wp_documents", "Return for re&work…"),
        "resolution": translate("wp_documents", "Re&solution…"),
        "report": translate("wp_documents", "Re&port on execution…"),
        "remove_control": translate("wp_documents", "Remove from &control"),
        "familiarised": translate("wp_documents", "I have &read it"),
        "sign": translate("wp_documents", "Si&gn…"),
        "send": translate("wp_documents", "Send for appro&val…"),
        "edit": translate("wp_documents", "&Edit…"),
        "attach": translate("wp_documents", "A&ttach a file…"),
        "new_version": translate("wp_documents", "&New version…"),
        "add_approver": translate("wp_documents", "Add an appro&ver…"),
        "familiarise": translate("wp_documents", "Send for &familiarisation…"),
    }[key]


def available(doc: Mapping[str, Any], actor: Actor) -> list[str]:
    """The actions ``actor`` may take on ``doc`` now, in button order."""
    me_id, status, kind = actor.user_id, doc.get("status"), doc.get("kind")
    roles = actor.roles
    author = doc.get("author") == me_id
    out = set()
    registered = bool(doc.get("reg_number") or doc.get("reg_pending"))
    if roles & {"clerk", "admin"} and not registered and (
            status in (APPROVED, SIGNED) or (kind in ("incoming", "internal")
                                             and status == "draft")):
        out.add("register")
    if any(a["id"] == me_id for a in routes.waiting_for(doc.get("route"))):
        out |= {"approve", "reject", "return"}
    if "head" in roles and status in (REGISTERED, IN_EXECUTION):
        out.add("resolution")
    for res in doc.get("resolutions") or []:
        if res["state"] == "open" and me_id in [p["id"] for p in res["executors"]]:
            out.add("report")
        if res["state"] == "reported" and (res["author"]["id"] == me_id
                                           or roles & {"head", "clerk"}):
            out.add("remove_control")
    if any(f["id"] == me_id and not f.get("seen_at")
           for f in doc.get("familiarisation") or []):
        out.add("familiarised")
    approvers = [a["id"] for s in (doc.get("route") or {}).get("stages", [])
                 for a in s["approvers"]]
    may_sign = author or me_id in approvers or "head" in roles
    if doc.get("attachments") and may_sign and not (
            kind in ("outgoing", "order") and status in (*EDITABLE, ON_APPROVAL)):
        out.add("sign")
    if author and status in EDITABLE:
        out |= {"send", "edit", "attach"}
        if doc.get("attachments"):
            out.add("new_version")
    if status == ON_APPROVAL and (author or "head" in roles or "approve" in out):
        out.add("add_approver")
    out.add("familiarise")
    return [a for a in ACTIONS if a in out]


class ActionRunner:
    """Takes an action on one document: asks what it needs, then runs the mutator."""

    def __init__(self, ctx: PluginContext, parent: QWidget,
                 show_error: Callable[[str], None]) -> None:
        self.ctx, self.parent, self.show_error = ctx, parent, show_error
        self._delegation: Mapping[str, Any] | None = None

    async def run(self, key: str, doc_id: str, doc: Mapping[str, Any],
                  delegation: Mapping[str, Any] | None = None) -> bool:
        """Take action ``key`` (for the head of ``delegation``, if given); False if
        cancelled or refused."""
        handler = getattr(self, f"_{key}")
        self._delegation = delegation
        try:
            result: bool = await handler(doc_id, doc)
        finally:
            self._delegation = None
        return result

    def _acting_id(self) -> str:
        if self._delegation is not None:
            return str(self._delegation["principal"]["id"])
        return me(self.ctx)["id"]

    async def _mutate(self, name: str, args: dict[str, Any]) -> bool:
        if self._delegation is not None:
            args = {**args, "delegation": self._delegation["id"]}
        return await run_mutation(self.ctx, f"wp_documents.{name}", args, self.show_error)

    async def _register(self, doc_id: str, _doc: Mapping[str, Any]) -> bool:
        return await self._mutate("register", {"id": doc_id})

    async def _approve(self, doc_id: str, _doc: Mapping[str, Any]) -> bool:
        return await self._mutate("approve", {"id": doc_id})

    async def _comment(self, doc_id: str, name: str, title: str, required: bool) -> bool:
        dialog = dialogs.TextDialog(title, translate("wp_documents", "&Comment:"),
                                    required=required, parent=self.parent)
        if not await ask(dialog):
            return False
        return await self._mutate(name, {"id": doc_id, "comment": dialog.value()})

    async def _reject(self, doc_id: str, _doc: Mapping[str, Any]) -> bool:
        return await self._comment(doc_id, "reject", translate("wp_documents", "Reject"), True)

    async def _return(self, doc_id: str, _doc: Mapping[str, Any]) -> bool:
        return await self._comment(doc_id, "return_for_rework",
                                   translate("wp_documents", "Return for rework"), True)

    async def _resolution(self, doc_id: str, _doc: Mapping[str, Any]) -> bool:
        calendar = _calendar(self.ctx)
        try:
            deadline = calendar.add_working_days(today(), 10)
        except Exception:
            deadline = today() + dt.timedelta(days=14)
        dialog = dialogs.ResolutionDialog(await known_people(self.ctx), deadline, self.parent)
        if not await ask(dialog):
            return False
        return await self._mutate("resolution", {"id": doc_id, "resolution": str(uuid.uuid4()),
                                                 **dialog.values()})

    async def _report(self, doc_id: str, doc: Mapping[str, Any]) -> bool:
        mine = self._acting_id()
        res = next(r for r in doc.get("resolutions") or [] if r["state"] == "open"
                   and mine in [p["id"] for p in r["executors"]])
        dialog = dialogs.TextDialog(translate("wp_documents", "Report on execution"),
                                    translate("wp_documents", "&What was done:"),
                                    required=True, parent=self.parent)
        if not await ask(dialog):
            return False
        return await self._mutate("report", {"id": doc_id, "resolution": res["id"],
                                             "text": dialog.value()})

    async def _remove_control(self, doc_id: str, doc: Mapping[str, Any]) -> bool:
        res = next(r for r in doc.get("resolutions") or [] if r["state"] == "reported")
        return await self._mutate("remove_from_control", {"id": doc_id,
                                                          "resolution": res["id"]})

    async def _familiarised(self, doc_id: str, _doc: Mapping[str, Any]) -> bool:
        return await self._mutate("mark_familiarised", {"id": doc_id})

    async def _familiarise(self, doc_id: str, _doc: Mapping[str, Any]) -> bool:
        dialog = dialogs.PeopleDialog(
            translate("wp_documents", "Send for familiarisation"),
            translate("wp_documents", "&Who should read it:"), await known_people(self.ctx),
            parent=self.parent)
        if not await ask(dialog):
            return False
        return await self._mutate("send_for_familiarisation",
                                  {"id": doc_id, "people": dialog.people.chosen()})

    async def _add_approver(self, doc_id: str, _doc: Mapping[str, Any]) -> bool:
        dialog = dialogs.PeopleDialog(
            translate("wp_documents", "Add an approver"),
            translate("wp_documents", "&Approver (joins the current stage):"),
            await known_people(self.ctx), single=True, parent=self.parent)
        if not await ask(dialog):
            return False
        return await self._mutate("add_approver", {"id": doc_id,
                                                   "person": dialog.people.chosen()[0]})

    async def _send(self, doc_id: str, _doc: Mapping[str, Any]) -> bool:
        dialog = dialogs.RouteDialog(await known_people(self.ctx), self.parent)
        if not await ask(dialog):
            return False
        return await self._mutate("send_for_approval", {"id": doc_id,
                                                        "stages": dialog.values()})

    async def _edit(self, doc_id: str, doc: Mapping[str, Any]) -> bool:
        dialog = dialogs.DraftDialog(translate("wp_documents", "Edit the draft"), dict(doc),
                                     self.parent)
        if not await ask(dialog):
            return False
        return await self._mutate("edit", {"id": doc_id, **dialog.values()})

    async def _pick_file(self) -> Path | None:
        dialog = QFileDialog(self.parent, translate("wp_documents", "Choose a file"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        if not await ask(dialog) or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])

    async def _keep(self, path: Path) -> dict[str, Any]:
        from wp_documents.textextract import extract_text

        data = await self.ctx.run_blocking(path.read_bytes)
        digest = await self.ctx.blobs.put(data)
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        # From the bytes in memory (a copy), off the GUI thread.
        text = await self.ctx.run_blocking(extract_text, data, path.name, mime)
        return {"sha256": digest, "size": len(data), "mime": mime, "text": text}

    async def attach_path(self, doc_id: str, path: Path) -> bool:
        """Keep the file in the encrypted cache and attach it."""
        return await self._mutate("attach", {"id": doc_id, "attachment": str(uuid.uuid4()),
                                             "name": path.name, **await self._keep(path)})

    async def _attach(self, doc_id: str, _doc: Mapping[str, Any]) -> bool:
        path = await self._pick_file()
        return path is not None and await self.attach_path(doc_id, path)

    async def _new_version(self, doc_id: str, doc: Mapping[str, Any]) -> bool:
        path = await self._pick_file()
        if path is None:
            return False
        attachment = doc["attachments"][0]["id"] if len(doc["attachments"]) == 1 else next(
            (a["id"] for a in doc["attachments"] if a["name"] == path.name),
            doc["attachments"][-1]["id"])
        return await self._mutate("new_version", {"id": doc_id, "attachment": attachment,
                                                  **await self._keep(path)})

    async def _sign(self, doc_id: str, doc: Mapping[str, Any]) -> bool:
        from wp_documents.signing.base import SigningError
        from wp_documents.signing.verify import subject_parts

        attachment = doc["attachments"][0]
        version = attachment["versions"][-1]
        dialog = dialogs.SignDialog(attachment["name"], self.parent)
        if not await ask(dialog):
            return False
        try:
            # ctx.blobs gives only bytes that match their digest (kept or fetched).
            data = await self.ctx.blobs.get(version["sha256"])
            if dialog.software.isChecked():
                from wp_documents.signing.software import Pkcs12Signer

                p12 = await self.ctx.run_blocking(Path(dialog.path.text().strip()).read_bytes)
                signer = Pkcs12Signer(p12, dialog.password.text())
                cms = await self.ctx.run_blocking(signer.sign_now, data)
                name, iin, bin_ = subject_parts(signer.certificate)
            else:
                cms, (name, iin, bin_) = await self._sign_with_ncalayer(data)
        except (OSError, SigningError, ValueError) as exc:
            self.show_error(translate("wp_documents", "Not signed: {0}").format(exc))
            return False
        return await self._mutate("sign", {
            "id": doc_id, "attachment": attachment["id"], "sha256": version["sha256"],
            "cms": base64.b64encode(cms).decode("ascii"),
            "signer": {"name": name, "iin": iin, "bin": bin_}})

    async def _sign_with_ncalayer(self, data: bytes) -> tuple[bytes, tuple[str, str, str]]:
        from wp_documents.signing.ncalayer import NCALayerSigner
        from wp_documents.signing.verify import verify

        roots = await trusted_roots(self.ctx)
        chain = [base64.b64encode(c.public_bytes(_der())).decode() for c in roots]
        cms = await NCALayerSigner(chain, locale=self.ctx.language).sign(data)
        found = verify(data, cms, roots)
        return cms, (found.signer_name, found.iin, found.bin)


def _der() -> Any:
    from cryptography.hazmat.primitives.serialization import Encoding

    return Encoding.DER


async def trusted_roots(ctx: PluginContext) -> list[Any]:
    """The CA certificates signatures must chain to: the PEM file named in the
    plugin's ``ca_bundle`` setting (the administrator's NUC RK roots)."""
    from wp_documents.signing.verify import load_roots

    path = ctx.settings.get("ca_bundle", "")
    if not path:
        return []
    try:
        return load_roots(await ctx.run_blocking(Path(path).read_bytes))
    except (OSError, ValueError):
        ctx.log.warning("the CA bundle %s cannot be read", path)
        return []
