"""Screenshots of the citizens' requests screens on the demo organisation, offscreen.

    QT_QPA_PLATFORM=offscreen python -m tests.helpers.egov_screens OUT_DIR LANG

Runs the real app with ``--demo`` in a throwaway home, waits for the first sync, then
saves the queues with a request's card and the statistics page (the last 30 days and
the year), as ``OUT_DIR/<screen>-<LANG>.png``.
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
        await demo_synced(wp, (1400, 900))
        wp.window.show_page("wp_egov.requests")
        await asyncio.sleep(1.0)
        requests = wp.window.holder("wp_egov.requests").content
        requests.queues.setCurrentRow(3)  # overdue
        await asyncio.sleep(1.0)
        requests.table.selectRow(0)
        await asyncio.sleep(0.5)
        save(wp.window, "requests-overdue")
        # The card's foot: its actions and the assistant's (while the assistant runs).
        bar = requests.card.verticalScrollBar()
        bar.setValue(bar.maximum())
        await asyncio.sleep(0.3)
        save(requests.card, "requests-card-actions")
        # A saved view under the queues, and the assignment dialog for the selection.
        requests.queues.setCurrentRow(1)
        await asyncio.sleep(0.5)
        requests.save_view({"kk": "Кезек: eGov", "ru": "Очередь: eGov"}.get(lang, "eGov"))
        requests.table.selectRow(0)
        await asyncio.sleep(0.3)
        requests.table.selectAll()
        assign = await requests.ask_executor(requests.selected())
        await asyncio.sleep(0.5)
        save(wp.window, "requests-assign")
        if assign is not None:
            save(assign, "requests-assign-dialog")
            # Whom it offers: the staff directory (newcomers no record names among them)
            # and the people of the records, the head's department first.
            assign.people.showPopup()
            await asyncio.sleep(0.3)
            save(assign.people.view().window(), "requests-assign-people")
            assign.people.hidePopup()
            assign.reject()
        wp.window.show_page("wp_egov.statistics")
        page = wp.window.holder("wp_egov.statistics").content
        await wait(lambda: page.figures is not None and not page._tasks)
        await asyncio.sleep(0.5)
        save(wp.window, "statistics-30d")
        page.period.setCurrentIndex(page.period.findData("year"))
        await wait(lambda: page.figures is not None and not page._tasks
                   and page.figures.start.month == 1)
        await asyncio.sleep(0.5)
        save(wp.window, "statistics-year")
        grid = page.views["executors"].parentWidget()
        save(grid, "statistics-year-charts")
        return 0

    return run_app(Options(profile="screens", language=lang, demo=True,
                           ask_where_to_work=False,
                           policy=parse_policy({"storage": {"encryption": "off"}})), body)


if __name__ == "__main__":
    raise SystemExit(main())
