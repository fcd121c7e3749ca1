"""Shared pieces of the Documents UI: texts of kinds and statuses, the list columns,
people known to this computer, and awaiting a dialog without a nested event loop."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCollator, QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QDialog

from workplace.api import LocalRecord, MutationRejectedError, PluginContext, Query, Store
from workplace.api.qt import Column
from wp_documents.domain.model import ACTION_NAMES, DOCUMENTS, KIND_NAMES, STATUS_NAMES
from wp_documents.ui import deadlines

translate = QCoreApplication.translate


def kind_text(kind: str) -> str:
    """The kind of a document in the current language."""
    return str(KIND_NAMES[kind]) if kind in KIND_NAMES else kind


def status_text(status: str) -> str:
    """The status of a document in the current language."""
    return str(STATUS_NAMES[status]) if status in STATUS_NAMES else status


def action_text(action: str) -> str:
    """A history entry's action in the current language."""
    return str(ACTION_NAMES[action]) if action in ACTION_NAMES else action


def on_control(data: Mapping[str, Any]) -> bool:
    """Whether the document is under control now (done documents no longer are)."""
    return bool(data.get("control")) and data.get("status") != "done"


def journal_text(code: str | None) -> str:
    """A journal's name from its code ("incoming-2026": Incoming documents, 2026)."""
    if not code:
        return ""
    prefix, _, year = str(code).rpartition("-")
    names = {
        "incoming": translate("wp_documents", "Incoming documents"),
        "outgoing": translate("wp_documents", "Outgoing documents"),
        "internal": translate("wp_documents", "Internal documents"),
        "orders": translate("wp_documents", "Orders"),
    }
    if prefix in names and year.isdigit():
        return f"{names[prefix]}, {year}"
    return str(code)


def date_text(iso: str | None) -> str:
    """An ISO date (or date-time) in the user's short format; "" for none."""
    if not iso:
        return ""
    day = QDate.fromString(str(iso)[:10], "yyyy-MM-dd")
    return QLocale().toString(day, date_format()) if day.isValid() else ""


def date_format() -> str:
    """The user's short date format with a four-digit year, as official papers write it."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def time_text(iso: str | None) -> str:
    """An ISO date-time as a short date and the time of day."""
    if not iso:
        return ""
    return f"{date_text(iso)} {str(iso)[11:16]}".strip()


def number_text(data: Mapping[str, Any]) -> str:
    """The registration number, or a note that the server has not given it yet."""
    if data.get("reg_number"):
        return str(data["reg_number"])
    if data.get("reg_pending"):
        return translate("wp_documents", "№ pending…")
    return translate("wp_documents", "not registered")


def number_cell(data: Mapping[str, Any]) -> str:
    """The number as a list shows it: "—" before registration, a short note while
    the server has not given it yet."""
    if data.get("reg_number"):
        return str(data["reg_number"])
    if data.get("reg_pending"):
        return translate("wp_documents", "being given…")
    return "—"


def today() -> dt.date:
    """Today's date on this computer."""
    return dt.date.today()


def deadline_text(data: Mapping[str, Any], calendar: Any) -> str:
    """The deadline with its mark: overdue, or how many working days are left."""
    if not data.get("deadline"):
        return ""
    mark, left = deadlines.mark(data, calendar, today())
    day = date_text(data["deadline"])
    if mark == deadlines.OVERDUE:
        return translate("wp_documents", "{0} — overdue").format(day)
    if mark == deadlines.NEAR:
        from wp_documents.ui.plurals import PLURALS

        return f"{day} — {PLURALS.days_left(max(left, 0))}"
    return day


def columns(ctx: PluginContext) -> list[Column]:
    """The columns of every document list."""
    cal = _calendar(ctx)
    return [
        (lambda: translate("wp_documents", "Number"), lambda r: number_cell(r.record.data)),
        (lambda: translate("wp_documents", "Date"),
         lambda r: date_text(r.record.data.get("reg_date"))),
        (lambda: translate("wp_documents", "Kind"),
         lambda r: kind_text(str(r.record.data.get("kind", "")))),
        (lambda: translate("wp_documents", "Title"),
         lambda r: str(r.record.data.get("title", ""))),
        (lambda: translate("wp_documents", "Correspondent"),
         lambda r: str(r.record.data.get("correspondent") or "")),
        (lambda: translate("wp_documents", "Status"),
         lambda r: status_text(str(r.record.data.get("status", "")))
         + (" ⚑" if on_control(r.record.data) else "")),
        (lambda: translate("wp_documents", "Deadline"),
         lambda r: deadline_text(r.record.data, cal)),
    ]


def _calendar(ctx: PluginContext) -> Any:
    try:
        return ctx.calendar
    except Exception:
        return None


def store_of(ctx: PluginContext) -> Store:
    """The local store, typed."""
    store: Store = ctx.store
    return store


def me(ctx: PluginContext) -> dict[str, str]:
    """The signed-in user as a person."""
    actor = store_of(ctx).actor
    return {"id": actor.user_id, "name": actor.display_name or actor.username}


def compact(user_id: str) -> str:
    """A user id as the inbox words have it."""
    return user_id.replace("-", "")


async def known_people(ctx: PluginContext) -> list[dict[str, str]]:
    """Whom the action dialogs offer: the organisation's staff directory and the people
    this computer has seen in documents (authors, approvers, executors) — they are all
    there is on a profile the directory does not reach, and may include someone who
    has left. The signed-in user first, then by name."""
    found: dict[str, str] = {}
    mine = me(ctx)
    if mine["id"]:
        found[mine["id"]] = mine["name"]
    for person in await ctx.directory.people():  # its names are the current ones
        found.setdefault(person.id, person.name)
    records: list[LocalRecord] = await store_of(ctx).query(
        Query(DOCUMENTS, order_by="updated_at", descending=True, limit=400))
    for local in records:
        d = local.record.data
        if d.get("author") and d.get("author_name"):
            found.setdefault(d["author"], d["author_name"])
        for stage in (d.get("route") or {}).get("stages", []):
            for a in stage["approvers"]:
                found.setdefault(a["id"], a["name"])
        for res in d.get("resolutions") or []:
            for p in [res["author"], *res["executors"]]:
                found.setdefault(p["id"], p["name"])
    # The collator puts Ә after А and Қ after К, as people look for them; code points
    # would put every Kazakh letter after Я.
    collate = QCollator().sortKey
    return sorted(({"id": k, "name": v} for k, v in found.items() if v),
                  key=lambda p: (p["id"] != mine["id"], collate(p["name"]), p["id"]))


async def ask(dialog: QDialog) -> bool:
    """Show ``dialog`` with ``open()`` and wait for it without a nested event loop."""
    done: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

    def finished(result: int) -> None:
        if not done.done():
            done.set_result(result == QDialog.DialogCode.Accepted)

    dialog.finished.connect(finished)
    dialog.open()
    return await done


async def run_mutation(ctx: PluginContext, name: str, args: dict[str, Any],
                       on_error: Callable[[str], None]) -> bool:
    """Run a mutator; a refusal is shown through ``on_error`` (translated reason)."""
    try:
        await store_of(ctx).mutate(name, args)
    except MutationRejectedError as exc:
        on_error(QCoreApplication.translate("wp_documents", exc.reason))  # i18n: dynamic
        return False
    return True
