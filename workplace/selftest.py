"""``workplace --selftest``: start without a window, open every page, report per plugin."""

from __future__ import annotations

import asyncio
import sys
from typing import TextIO

from workplace.pluginhost import PluginState
from workplace.pluginhost.state import make_reason
from workplace.shell.application import WorkplaceApp

# States that mean "an admin must look": the plugin should run and does not.
BROKEN = {PluginState.FAILED, PluginState.INVALID, PluginState.INCOMPATIBLE,
          PluginState.MISSING_DEPENDENCY}


async def run_selftest(wp: WorkplaceApp, out: TextIO = sys.stdout) -> int:
    for page_id in wp.window.page_ids():
        wp.window.show_page(page_id)
        await asyncio.sleep(0)  # let queued signals and callbacks of the page run
    failed = 0
    for rec in sorted(wp.host.records.values(), key=lambda r: r.id):
        if rec.state is PluginState.ACTIVE:
            line = "ok"
        elif rec.state in BROKEN or wp.host.is_forced(rec.id):
            # A module policy requires must run, whatever keeps it off.
            failed += 1
            line = f"failed: {rec.reason}"
        else:
            line = f"off: {rec.reason}"
        print(f"{rec.id} {line}", file=out)
    for pid in wp.host.missing_forced():
        failed += 1
        print(f"{pid} failed: {make_reason('forced_missing')} "
              f"(policy plugins.force_installed)", file=out)
    # The local data: open, decrypted with its key from the keyring — or why not.
    for _ in range(200):
        if wp.offline.opened or wp.offline.failure is not None:
            break
        await asyncio.sleep(0.05)
    if wp.offline.failure is not None:
        failed += 1
        print(f"storage failed: {wp.offline.failure}", file=out)
    elif not wp.offline.opened:
        failed += 1
        print("storage failed: the local data did not open within 10 s", file=out)
    else:
        print("storage ok", file=out)
    if wp.policy_error:
        print(f"policy failed: {wp.policy_error}", file=out)
        failed += 1
    print(f"selftest {'passed' if not failed else 'FAILED'}: "
          f"{len(wp.host.records)} plugins, {failed} failed", file=out)
    return 1 if failed else 0
