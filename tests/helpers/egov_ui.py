"""Driving the requests page as a user does, for the tests that need the same steps."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from wp_egov.ui.assign import AssignDialog


def press_assign(page: Any, qtbot: Any, app_runner: Any) -> AssignDialog:
    """Press A on the requests table and return the Assign dialog, which opens once the
    executors are read (``RequestsPage.ask_executor``)."""
    qtbot.keyClick(page.table, Qt.Key.Key_A)
    app_runner.wait_until(lambda: page.findChildren(AssignDialog))
    [dialog] = page.findChildren(AssignDialog)
    return dialog
