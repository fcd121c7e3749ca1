"""Screenshots of the Documents screens on the demo organisation, offscreen.

    QT_QPA_PLATFORM=offscreen python -m tests.helpers.documents_screens OUT_DIR LANG

Runs the real app with ``--demo`` in a throwaway home, waits for the first sync, then
saves the inbox, the registry (plain and filtered), a document card on each of its
tabs, and the action dialogs, as ``OUT_DIR/<screen>-<LANG>.png``.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from tests.helpers.screens import demo_synced, saver, throwaway_home, wait


def main() -> int:
    out, lang = Path(sys.argv[1]), sys.argv[2]
    out.mkdir(parents=True, exist_ok=True)
    throwaway_home()

    from workplace.app import run_app
    from workplace.policy import parse_policy
    from workplace.shell.application import Options, WorkplaceApp

    save = saver(out, lang, "")

    async def body(wp: WorkplaceApp) -> int:
        from wp_documents.ui import dialogs

        await demo_synced(wp, (1400, 860))
        plugin = wp.host.records["wp_documents"].instance
        wp.window.show_page("wp_documents.inbox")
        await asyncio.sleep(1.0)
        inbox = plugin.inbox
        for n, key in enumerate(("execute", "control", "today")):
            inbox.tabs.setCurrentIndex([k for k, _ in inbox_tabs()].index(key))
            await asyncio.sleep(0.5)
            save(wp.window, f"inbox-{n + 1}-{key}")
        wp.window.show_page("wp_documents.registry")
        await asyncio.sleep(1.0)
        save(wp.window, "registry")
        registry = plugin.registry
        registry.period.setCurrentIndex(registry.period.findData("month"))
        registry.kind.setCurrentIndex(registry.kind.findData("incoming"))
        registry.overdue.setChecked(True)
        await asyncio.sleep(1.0)
        save(wp.window, "registry-filtered")
        # The card of a document in execution under control.
        table = inbox.tables["control"]
        await wait(lambda: table.doc_model.rowCount() > 0
                   and table.doc_model.record_at(0) is not None)
        record = table.doc_model.record_at(0)
        assert record is not None
        card = plugin.card(record.record.id)
        card.resize(1100, 720)
        await wait(lambda: bool(card.doc))
        await asyncio.sleep(0.5)
        for i, name in enumerate(("details", "files", "route", "resolutions", "history",
                                  "signatures")):
            card.tabs.setCurrentIndex(i)
            await asyncio.sleep(0.2)
            save(card, f"card-{i + 1}-{name}")
        approve = inbox.tables["approve"]
        await wait(lambda: approve.doc_model.rowCount() > 0
                   and approve.doc_model.record_at(0) is not None)
        pending = approve.doc_model.record_at(0)
        assert pending is not None
        card2 = plugin.card(pending.record.id)
        card2.resize(1100, 720)
        await wait(lambda: bool(card2.doc))
        card2.tabs.setCurrentIndex(2)
        await asyncio.sleep(0.3)
        save(card2, "card-7-on-approval-route")
        card2.close()
        import datetime as dt

        from wp_documents.ui.common import known_people

        people = await known_people(plugin.ctx)  # as the dialogs get them: the directory's

        for name, dialog in (
                ("dialog-resolution", dialogs.ResolutionDialog(people, dt.date(2026, 12, 9),
                                                               card)),
                ("dialog-route", dialogs.RouteDialog(people, card)),
                ("dialog-draft", dialogs.DraftDialog(str(plugin.ctx.tr("New document")),
                                                     parent=card)),
                ("dialog-sign", dialogs.SignDialog("хат.pdf", card))):
            dialog.show()
            await asyncio.sleep(0.2)
            save(dialog, name)
            dialog.close()
        card.close()
        return 0

    def inbox_tabs() -> tuple[tuple[str, str], ...]:
        from wp_documents.ui.inbox import TABS

        return TABS

    return run_app(Options(profile="screens", language=lang, demo=True,
                           ask_where_to_work=False,
                           policy=parse_policy({"storage": {"encryption": "off"}})), body)


if __name__ == "__main__":
    raise SystemExit(main())
