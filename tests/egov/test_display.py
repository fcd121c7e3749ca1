"""How the requests module shows its figures, in Kazakh and Russian: the queue's time
left fits its column (the full wording is the tooltip), the subject has the table's
spare width, dates are dd.mm.yyyy in every language (tables, card, exports), and the
statistics' count axes are labelled with distinct whole numbers.

Today is 31 March 2026; the requests are of March 2026 and earlier.
"""

from __future__ import annotations

import csv
import re
import uuid
from datetime import date
from typing import Any

import pytest
from PySide6.QtCharts import QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QStyle
from wp_egov.ui.queues import DEADLINE, REGISTERED, SUBJECT, TIME_LEFT, time_left_samples
from wp_egov.ui.statistics import StatisticsPage, count_axis

REQ = "wp_egov.requests"
TODAY = date(2026, 3, 31)
DATE = re.compile(r"^\d\d\.\d\d\.\d{4}$")
LONG_SUBJECT = "О ремонте дороги и освещения на улице Кенесары от дома 12 до дома 40"


def _request(reg: str, service: str, status: str, subject: str = "Жол жөндеу",
             answered: str | None = None) -> dict[str, Any]:
    terms = {"APPEAL": 15, "COMPLAINT": 5, "INFO": 15}
    return {"reg_date": reg, "service_code": service, "term_days": terms[service],
            "status": status, "executor": None, "answered_on": answered, "pauses": [],
            "extension": None, "subject": subject, "text": "t", "number": 7,
            "applicant": {"kind": "person", "name": "Серікбаев Ержан Ерланович"},
            "channel": "egov", "lang": "kk",
            "open": status in ("registered", "assigned", "in_progress", "waiting")}


KNOWN = [
    _request("2026-01-05", "APPEAL", "in_progress", LONG_SUBJECT),  # long overdue
    _request("2026-03-03", "COMPLAINT", "in_progress"),             # overdue
    _request("2026-03-16", "APPEAL", "in_progress"),                # on time
    _request("2026-03-02", "APPEAL", "answered", answered="2026-03-10"),
]


def _wire(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"collection": REQ, "id": str(uuid.uuid4()), "version": n, "department": "appeals",
             "audience": [], "deleted": False, "updated_at": "2026-03-31T00:00:00+00:00",
             "data": d} for n, d in enumerate(records, start=1)]


def _requests_page(app_runner, lang: str):  # type: ignore[no-untyped-def]
    wp = app_runner.start(language=lang)
    wp.window.resize(1400, 900)
    app_runner.run(wp.store.apply_page(REQ, _wire(KNOWN), len(KNOWN)))
    assert wp.window.show_page("wp_egov.requests")
    page = wp.window.holder("wp_egov.requests").content
    page.today = TODAY
    page.sla_view.clear()
    page.queues.setCurrentRow(1)  # the department's queue: every open request
    page.apply_filters()
    model = page.list_model
    app_runner.wait_until(lambda: model.rowCount() == 3
                          and all(model.record_at(r) is not None for r in range(3)))
    QApplication.processEvents()
    return wp, page


def _cell(page, row: int, col: int, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
    return page.list_model.data(page.list_model.index(row, col), role)


def _text_room(page, col: int) -> int:  # type: ignore[no-untyped-def]
    """The width a cell of ``col`` has for its text (Qt cuts what is wider)."""
    margin = page.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                            page.table) + 1
    return page.table.columnWidth(col) - 2 * margin


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_time_left_fits_its_column_and_dates_are_dd_mm_yyyy(app_runner, lang):
    wp, page = _requests_page(app_runner, lang)
    metrics = page.table.fontMetrics()
    texts = [_cell(page, r, TIME_LEFT) for r in range(3)]
    assert all(texts) and any(t[0].isdigit() or t.startswith("просрочено") for t in texts)
    widest = max(metrics.horizontalAdvance(t) for t in texts + time_left_samples())
    assert _text_room(page, TIME_LEFT) >= widest, texts
    # The table shows the short wording; the tooltip says it in full.
    row = next(r for r in range(3) if _cell(page, r, SUBJECT) == LONG_SUBJECT)
    overdue = _cell(page, row, TIME_LEFT)
    tip = _cell(page, row, TIME_LEFT, Qt.ItemDataRole.ToolTipRole)
    if lang == "ru":
        assert re.fullmatch(r"просрочено на \d+ раб\. д(ень|ня|ней)", overdue), overdue
        assert re.fullmatch(r"просрочено на \d+ рабоч(ий день|их дня|их дней)", tip), tip
    else:
        assert overdue.endswith("жұмыс күнге кешікті")
        assert tip.endswith("жұмыс күнге кешіктірілді")
    # A cut subject can be read whole in its tooltip.
    assert _cell(page, row, SUBJECT, Qt.ItemDataRole.ToolTipRole) == LONG_SUBJECT

    # The dates: dd.mm.yyyy in the table, whatever the locale's short format.
    for col in (REGISTERED, DEADLINE):
        for r in range(3):
            assert DATE.match(_cell(page, r, col)), (col, _cell(page, r, col))
            assert _text_room(page, col) >= metrics.horizontalAdvance(_cell(page, r, col))
    assert _cell(page, row, REGISTERED) == "05.01.2026"
    # ... and on the card.
    page.table.selectRow(row)
    assert page.card.fields["registered"][1].text() == "05.01.2026"
    assert DATE.match(page.card.fields["deadline"][1].text())
    # No header is cut either.
    header = page.table.horizontalHeader()
    for col in range(page.list_model.columnCount()):
        if col != SUBJECT:
            assert page.table.columnWidth(col) >= header.sectionSizeHint(col)
    app_runner.stop(wp)


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_subject_has_the_spare_width(app_runner, lang):
    wp, page = _requests_page(app_runner, lang)
    header = page.table.horizontalHeader()
    assert header.sectionResizeMode(SUBJECT) == QHeaderView.ResizeMode.Stretch
    others = [page.table.columnWidth(c) for c in range(page.list_model.columnCount())
              if c != SUBJECT]
    # The widest column of the table, and room for a readable subject.
    assert page.table.columnWidth(SUBJECT) >= max(others)
    assert page.table.columnWidth(SUBJECT) >= 200
    app_runner.stop(wp)


@pytest.mark.parametrize("top", [1, 2, 3, 4, 5, 7, 9, 14, 51, 466])
def test_a_count_axis_has_distinct_whole_numbers(qapp, top):
    axis = count_axis(top)
    assert axis.labelFormat() == "%d" and axis.min() == 0 and axis.max() >= top
    step = (axis.max() - axis.min()) / (axis.tickCount() - 1)
    assert step == int(step) and step >= 1  # each tick a whole number, none repeated
    assert 3 <= axis.tickCount() <= 7


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_small_counts_and_dates_of_the_statistics(app_runner, tmp_path, lang):
    wp = app_runner.start(language=lang)
    wp.window.resize(1400, 900)
    app_runner.run(wp.store.apply_page(REQ, _wire(KNOWN), len(KNOWN)))
    assert wp.window.show_page("wp_egov.statistics")
    page = wp.window.holder("wp_egov.statistics").content
    assert isinstance(page, StatisticsPage)
    page.today = TODAY
    page.period.setCurrentIndex(page.period.findData("month"))  # reloads
    app_runner.wait_until(lambda: page.figures is not None
                          and page.figures.start == date(2026, 3, 1) and not page._tasks)
    # One or two requests a day, a service or an executor: the labels are 0, 1, 2…,
    # each once (not 0, 0, 1, 1, 2 as "%d" printed ticks at 0.5 apart).
    for key in ("per_day", "by_service", "median", "executors"):
        chart = page.views[key].chart()
        axes = [a for a in chart.axes() if isinstance(a, QValueAxis)]
        assert axes, key
        for axis in axes:
            # Fixed ticks are drawn at min + i * (max - min) / (ticks - 1), printed "%d".
            assert axis.tickType() == QValueAxis.TickType.TicksFixed
            ticks = axis.tickCount()
            labels = [axis.min() + (axis.max() - axis.min()) * i / (ticks - 1)
                      for i in range(ticks)]
            assert all(v == int(v) for v in labels), (key, labels)
            assert len({int(v) for v in labels}) == ticks, (key, labels)
            assert axis.labelFormat() == "%d"

    # The period is written dd.mm.yyyy; so are the dates of the exports.
    assert page.summary.text().startswith("01.03.2026 – 31.03.2026")
    page.export(tmp_path / "march.csv")
    rows = list(csv.reader((tmp_path / "march.csv").read_text("utf-8-sig").splitlines(),
                           delimiter=";"))
    assert ["02.03.2026", "1"] in rows and ["16.03.2026", "1"] in rows
    assert not any(re.match(r"\d{4}-\d\d", c) for row in rows for c in row)
    assert any(row[:1] == ["03.2026"] for row in rows)  # the months of the time to answer
    app_runner.stop(wp)
