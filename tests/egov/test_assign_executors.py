"""Whom "Assign…" offers is read when the dialog opens, not on each change of the
requests: changes (a sync brings them in thousands) leave it unread, and the dialog
still offers whoever was assigned a moment before. Real app, real store; the reading
is counted by wrapping the real ``known_executors``."""

from __future__ import annotations

from typing import Any

import pytest
from wp_egov.ui import assign as assign_module
from wp_egov.ui.assign import AssignDialog

from tests.egov.test_bulk_assign import ME, PETROV, _register, offered
from tests.helpers.egov_ui import press_assign
from workplace.api import StaffDirectory, Store

SIDOROV = {"id": "u-sidorov", "name": "Сидоров Арман"}


def test_executors_are_read_when_the_dialog_opens_and_are_fresh(
        app_runner, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[Store] = []

    async def counted(store: Store, directory: StaffDirectory | None = None,
                      ) -> list[dict[str, str]]:
        reads.append(store)
        return await assign_module.known_executors(store, directory)

    # page.py imports the name; its binding is the one the page calls.
    monkeypatch.setattr("wp_egov.ui.page.known_executors", counted)
    wp = app_runner.start()
    app_runner.run(wp.store.set_user(ME))
    ids = [_register(app_runner, wp, f"Обращение {n}") for n in range(1, 4)]
    assert wp.window.show_page("wp_egov.requests")
    page = wp.window.holder("wp_egov.requests").content

    def counted_queue(n: int) -> bool:
        return getattr(page, "_counts", {}).get("department") == n and not page._tasks

    app_runner.wait_until(lambda: counted_queue(3))

    # Changes of every kind: registered, taken into work, assigned (by a sync or in
    # another window) — the queues are recounted each time, the executors never.
    more = [_register(app_runner, wp, f"Ещё {n}") for n in range(5)]
    app_runner.run(wp.store.mutate("wp_egov.assign", {
        "id": ids[0], "executor": ME.user_id, "executor_name": ME.display_name}))
    app_runner.run(wp.store.mutate("wp_egov.start", {"id": ids[0]}))
    args: dict[str, Any] = {"id": ids[1], "executor": PETROV["id"],
                            "executor_name": PETROV["name"]}
    app_runner.run(wp.store.mutate("wp_egov.assign", args))
    app_runner.wait_until(lambda: counted_queue(3 + len(more))
                          and getattr(page, "_counts", {}).get("mine") == 1)
    assert reads == []

    # A opens the dialog, which reads the list once: Petrov, assigned a moment ago, is
    # there, the signed-in user first.
    app_runner.wait_until(lambda: page.list_model.rowCount() == 3 + len(more)
                          and page.list_model.record_at(0) is not None)
    page.table.setFocus()
    page.table.selectRow(0)
    dialog = press_assign(page, qtbot, app_runner)
    assert offered(dialog) == [ME.display_name, PETROV["name"]]
    assert len(reads) == 1
    dialog.reject()
    app_runner.wait_until(lambda: not page.findChildren(AssignDialog))

    # Someone new is assigned; the next dialog offers them, read again once.
    app_runner.run(wp.store.mutate("wp_egov.assign", {
        "id": more[0], "executor": SIDOROV["id"], "executor_name": SIDOROV["name"]}))
    app_runner.wait_until(lambda: not page._tasks)
    assert len(reads) == 1
    page.table.setFocus()
    dialog = press_assign(page, qtbot, app_runner)
    assert offered(dialog) == [ME.display_name, PETROV["name"], SIDOROV["name"]]
    assert len(reads) == 2
    dialog.reject()
