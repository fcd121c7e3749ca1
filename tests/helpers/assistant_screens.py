"""Screenshots of the assistant on the demo organisation, offscreen.

    QT_QPA_PLATFORM=offscreen python -m tests.helpers.assistant_screens OUT_DIR LANG

Runs the real app with ``--demo`` in a throwaway home, waits for the first sync, asks
the on-device engine a question about the demo requests, summarises one, and saves
``OUT_DIR/assistant-<screen>-<LANG>.png``.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from tests.helpers.screens import demo_synced, saver, throwaway_home, wait

QUESTIONS = {"kk": "жол жөндеу", "ru": "ремонт дороги", "en": "road repair"}


def main() -> int:
    out, lang = Path(sys.argv[1]), sys.argv[2]
    out.mkdir(parents=True, exist_ok=True)
    throwaway_home()

    from workplace.app import run_app
    from workplace.policy import parse_policy
    from workplace.shell.application import Options, WorkplaceApp

    save = saver(out, lang, "assistant-")

    async def body(wp: WorkplaceApp) -> int:
        await demo_synced(wp, (1400, 860))
        wp.window.show_page("wp_assistant.chat")
        page = wp.window.holder("wp_assistant.chat").content
        await asyncio.sleep(0.5)
        save(wp.window, "empty")
        page.input.setPlainText(QUESTIONS[lang])
        page.send()
        await wait(lambda: page.running is None and len(page.conversation.turns) == 2)
        save(wp.window, "ask")
        page.record_search.setText(QUESTIONS[lang])
        await page.find_records()
        await page.run_action(page.summarise_button.property("kind") or _kind("summarise"))
        await wait(lambda: page.running is None)
        save(wp.window, "summary")
        await page.run_action(_kind("draft_reply"))
        await wait(lambda: page.running is None)
        save(wp.window, "draft")
        return 0

    def _kind(name: str) -> object:
        from wp_assistant.backends import TaskKind
        return TaskKind(name)

    return run_app(Options(profile="screens", language=lang, demo=True,
                           policy=parse_policy({"storage": {"encryption": "off"}})), body)


if __name__ == "__main__":
    sys.exit(main())
