"""Screenshots of what machine policy shows: Settings → General with a policy that
requires modules, denies and pre-approves permissions, names the model and turns
the update check off, and the notification centre with an
update notice and its "Open link" button, offscreen.

    QT_QPA_PLATFORM=offscreen python -m tests.helpers.policy_screens OUT_DIR LANG
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

from tests.helpers.screens import demo_synced, saver, throwaway_home

URL = "https://intranet.gov.kz/workplace/workplace_99.0_amd64.deb"


class Session:
    async def request(self, method: str, path: str, **kwargs: Any) -> Any:
        import httpx

        return httpx.Response(200, json={"latest": {
            "version": "99.0", "url": URL, "notes": ""}})


def main() -> int:
    out, lang = Path(sys.argv[1]), sys.argv[2]
    out.mkdir(parents=True, exist_ok=True)
    throwaway_home()

    from workplace.app import run_app
    from workplace.policy import parse_policy
    from workplace.shell.application import Options, WorkplaceApp
    from workplace.updates import UpdateChecker

    save = saver(out, lang, "policy-")
    policy = parse_policy({
        "storage": {"encryption": "off"},
        "signin": {"remember_me_allowed": False, "idle_lock_minutes": 10},
        "plugins": {"force_installed": ["wp_documents", "wp_egov"],
                    "deny_permissions": ["network"],
                    "grant_permissions": ["wp_egov:personal-data", "wp_assistant:*"]},
        "ai": {"endpoint": "gateway", "model": "kazllm-70b"},
        "updates": {"check": False, "channel": "testing"},
    }, source="/etc/workplace/policy.json")

    async def body(wp: WorkplaceApp) -> int:
        await demo_synced(wp, (1200, 800))
        dialog = wp.open_settings()
        await asyncio.sleep(0.5)
        save(dialog, "settings")
        dialog.reject()
        checker = UpdateChecker(parse_policy({}), wp.workbench.notifications,
                                current="1.0")
        await checker.check(Session())
        panel = wp.window.notifications
        panel.show()
        await asyncio.sleep(0.3)
        panel.list.setCurrentRow(0)
        await asyncio.sleep(0.3)
        save(wp.window, "notifications")
        return 0

    return run_app(Options(profile="screens", language=lang, demo=True,
                           ask_where_to_work=False, policy=policy), body)


if __name__ == "__main__":
    raise SystemExit(main())
