"""The statistics page over known requests, in the real app: the figures, the charts
and the exported CSV and XLSX files.

The period is March 2026 (today: 31 March), with the Nauryz days off (23–25 March)
and 9 March (8 March fell on a Sunday) on the official calendar.
"""

from __future__ import annotations

import csv
import uuid
from datetime import date
from typing import Any

from openpyxl import load_workbook
from PySide6.QtCharts import QHorizontalStackedBarSeries, QLineSeries, QPieSeries
from wp_egov import statistics as stats
from wp_egov.ui.statistics import StatisticsPage

REQ = "wp_egov.requests"
E1, E2 = "u-e1", "u-e2"


def _request(reg: str, service: str, status: str, executor: str | None = None,
             answered: str | None = None, **extra: Any) -> dict[str, Any]:
    terms = {"APPEAL": 15, "COMPLAINT": 5, "INFO": 15}
    return {"reg_date": reg, "service_code": service, "term_days": terms[service],
            "status": status, "executor": executor,
            "executor_name": {E1: "Ахметова Айгүл", E2: "Петров Иван"}.get(executor or "", ""),
            "answered_on": answered, "pauses": [], "extension": None, "subject": "s",
            "text": "t", "open": status in ("registered", "assigned", "in_progress",
                                            "waiting"), **extra}


KNOWN = [
    _request("2026-03-02", "APPEAL", "answered", E1, "2026-03-10"),    # 5 days, on time
    _request("2026-03-02", "COMPLAINT", "answered", E1, "2026-03-13"),  # 8 days, late (5)
    _request("2026-03-03", "COMPLAINT", "in_progress", E2),  # due 11 March: overdue
    _request("2026-03-16", "APPEAL", "in_progress", E2),     # due 9 April: on time
    _request("2026-03-16", "APPEAL", "waiting", E2,
             pauses=[{"from": "2026-03-20", "to": None, "reason": "r"}]),
    _request("2026-03-20", "INFO", "forwarded"),             # not counted, unassigned
    _request("2026-03-30", "APPEAL", "registered"),          # unassigned
    _request("2026-02-27", "APPEAL", "answered", E1, "2026-03-03"),  # outside the period
    _request("2026-03-26", "APPEAL", "answered", E1, "2026-03-30"),  # 2 days (27, 30)
]


def _wire(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"collection": REQ, "id": str(uuid.uuid4()), "version": n, "department": "appeals",
             "audience": [], "deleted": False, "updated_at": "2026-03-31T00:00:00+00:00",
             "data": d} for n, d in enumerate(records, start=1)]


def test_the_figures_charts_and_exports(app_runner, tmp_path):
    wp = app_runner.start()
    app_runner.run(wp.store.apply_page(REQ, _wire(KNOWN), len(KNOWN)))
    assert wp.window.show_page("wp_egov.statistics")
    page = wp.window.holder("wp_egov.statistics").content
    assert isinstance(page, StatisticsPage)
    page.today = date(2026, 3, 31)
    page.period.setCurrentIndex(page.period.findData("month"))  # reloads
    app_runner.wait_until(lambda: page.figures is not None
                          and page.figures.start == date(2026, 3, 1) and not page._tasks)
    fig = page.figures
    assert fig is not None and fig.end == date(2026, 3, 31)

    # The figures.
    assert fig.total == 8 and fig.not_counted == 1 and fig.unassigned == 2
    assert fig.by_service == [("APPEAL", 5), ("COMPLAINT", 2), ("INFO", 1)]
    assert fig.standing == {stats.ANSWERED_ON_TIME: 2, stats.ANSWERED_LATE: 1,
                            stats.OPEN_ON_TIME: 3, stats.OPEN_OVERDUE: 1}
    assert fig.overdue_share is not None and round(fig.overdue_share * 100, 1) == 28.6
    assert sorted(fig.answer_days) == [2, 5, 8] and fig.median_days == 5
    assert fig.median_by_month == [("2026-03", 5, 3)]
    e1, e2 = fig.executors
    assert (e1.name, e1.total, e1.answered, e1.answered_late, e1.open, e1.median_days) == (
        "Ахметова Айгүл", 3, 3, 1, 0, 5)
    assert (e2.name, e2.total, e2.open, e2.overdue, e2.answered) == ("Петров Иван", 3, 3, 1, 0)
    per_day = dict(fig.per_day)
    assert len(per_day) == 31 and sum(per_day.values()) == 8
    assert per_day[date(2026, 3, 2)] == 2 and per_day[date(2026, 3, 16)] == 2
    assert "28.6 %" in page.summary.text() and "8" in page.summary.text()

    # The charts draw those figures.
    [line] = page.views["per_day"].chart().series()
    assert isinstance(line, QLineSeries) and line.count() == 31
    assert sum(p.y() for p in line.points()) == 8
    [pie] = page.views["standing"].chart().series()
    assert isinstance(pie, QPieSeries)
    assert sorted(s.value() for s in pie.slices()) == [1, 1, 2, 3]
    assert "28.6 %" in page.views["standing"].chart().title()
    [bars] = page.views["executors"].chart().series()
    assert isinstance(bars, QHorizontalStackedBarSeries)
    late = next(s for s in bars.barSets() if s.label() == "Answered late")
    assert [late.at(i) for i in range(late.count())] == [0, 1]  # Петров, then Ахметова
    assert "Median working days to answer: 5" in page.views["median"].chart().title()

    # The exports hold the same figures.
    page.export(tmp_path / "march.csv")
    raw = (tmp_path / "march.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM: Excel reads the Cyrillic as UTF-8
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert ["Registered", "8"] in rows and ["Overdue share, %", "28,6"] in rows
    assert ["02.03.2026", "2"] in rows and ["APPEAL", "Appeal", "5"] in rows  # dd.mm.yyyy
    assert ["Ахметова Айгүл", "3", "0", "0", "3", "1", "5,0"] in rows

    page.export(tmp_path / "march.xlsx")
    book = load_workbook(tmp_path / "march.xlsx")
    assert book.sheetnames == ["Summary", "Incoming per day", "By service", "Deadlines",
                               "Time to answer", "Per executor"]
    summary = {r[0]: r[1] for r in book["Summary"].iter_rows(min_row=2, values_only=True)}
    assert summary["Registered"] == 8 and summary["Overdue share, %"] == 28.6
    assert summary["Median working days to answer"] == 5
    days = list(book["Incoming per day"].iter_rows(min_row=2, values_only=True))
    assert len(days) == 31 and days[1][1] == 2 and days[1][0].date() == date(2026, 3, 2)
    people = list(book["Per executor"].iter_rows(values_only=True))
    assert people[0][0] == "Executor"
    assert people[1] == ("Ахметова Айгүл", 3, 0, 0, 3, 1, 5)
    assert people[2][:4] == ("Петров Иван", 3, 3, 1)


def _legend(page: StatisticsPage, key: str) -> list[str]:
    """The labels of the chart's legend entries that are shown."""
    chart = page.views[key].chart()
    return [m.label() for m in chart.legend().markers() if m.isVisible()]


def test_the_legends_name_only_what_the_charts_show(app_runner, qtbot):
    # Nobody answered late and nothing is overdue: neither may have a legend entry.
    on_time = [
        _request("2026-03-02", "APPEAL", "answered", E1, "2026-03-10"),
        _request("2026-03-16", "APPEAL", "in_progress", E2),
        _request("2026-03-16", "APPEAL", "in_progress", E1),
    ]
    wp = app_runner.start()
    app_runner.run(wp.store.apply_page(REQ, _wire(on_time), len(on_time)))
    assert wp.window.show_page("wp_egov.statistics")
    page = wp.window.holder("wp_egov.statistics").content
    qtbot.waitExposed(page)
    page.today = date(2026, 3, 31)
    page.period.setCurrentIndex(page.period.findData("month"))
    app_runner.wait_until(lambda: page.figures is not None
                          and page.figures.start == date(2026, 3, 1) and not page._tasks)
    assert page.figures is not None
    assert page.figures.standing[stats.ANSWERED_LATE] == 0
    assert page.figures.standing[stats.OPEN_OVERDUE] == 0

    assert _legend(page, "executors") == ["Answered on time", "In work, on time"]
    [bars] = page.views["executors"].chart().series()
    assert isinstance(bars, QHorizontalStackedBarSeries)
    for bar_set in bars.barSets():  # every set drawn has something to draw
        assert any(bar_set.at(i) for i in range(bar_set.count()))
    assert [label.split(":")[0] for label in _legend(page, "standing")] == [
        "Answered on time", "In work, on time"]
    # The other charts are one series each, named by their titles: no legend at all.
    for key in ("per_day", "by_service", "median"):
        assert not page.views[key].chart().legend().isVisible(), key

    # Once someone is late, the entry is back, in the order of the four kinds.
    late = _request("2026-03-02", "COMPLAINT", "answered", E2, "2026-03-13")
    app_runner.run(wp.store.apply_page(REQ, _wire([late]), len(on_time) + 1))
    page.reload()
    app_runner.wait_until(lambda: page.figures is not None and not page._tasks
                          and page.figures.standing[stats.ANSWERED_LATE] == 1)
    assert _legend(page, "executors") == ["Answered on time", "Answered late",
                                          "In work, on time"]
