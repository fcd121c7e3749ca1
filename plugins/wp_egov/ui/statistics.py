"""The statistics page: charts of a period's requests (QtCharts), export to CSV / XLSX.

The requests registered in the period are read from the local copy in pages (the
``reg_date`` index), the figures computed off the GUI thread
(:func:`wp_egov.statistics.compute`), then drawn: incoming per day, by service, how
they stand on the deadline (the overdue share), the median working days to answer
per month, and per executor. Keyboard: Alt+P the period, Ctrl+S exports (CSV or
XLSX by the file name chosen), F5 counts again.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QAbstractAxis,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QMargins,
    Qt,
    QTime,
    QTimer,
)
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workplace.api import PluginContext, Query
from wp_egov import statistics as stats
from wp_egov.catalogue import REQUESTS
from wp_egov.export import Table, write_csv, write_xlsx
from wp_egov.ui.queues import service_name
from wp_egov.ui.texts import date_text

translate = QCoreApplication.translate
_log = logging.getLogger("workplace.plugin.wp_egov")
PAGE = 5000  # records read per store query
TOP_EXECUTORS = 12
_GREEN, _AMBER, _RED, _BLUE, _GREY = "#2e7d32", "#f9a825", "#c62828", "#1565c0", "#78909c"
_STANDING_COLOURS = {stats.ANSWERED_ON_TIME: _GREEN, stats.ANSWERED_LATE: _AMBER,
                     stats.OPEN_ON_TIME: _BLUE, stats.OPEN_OVERDUE: _RED}
PERIODS = ("30d", "month", "quarter", "year")


def period_range(period: str, today: date) -> tuple[date, date]:
    """``[start, end]`` of a period ending ``today``."""
    if period == "month":
        return today.replace(day=1), today
    if period == "quarter":
        return today - timedelta(days=91), today
    if period == "year":
        return today.replace(month=1, day=1), today
    return today - timedelta(days=29), today


def standing_name(kind: str) -> str:
    names = {
        stats.ANSWERED_ON_TIME: translate("wp_egov", "Answered on time"),
        stats.ANSWERED_LATE: translate("wp_egov", "Answered late"),
        stats.OPEN_ON_TIME: translate("wp_egov", "In work, on time"),
        stats.OPEN_OVERDUE: translate("wp_egov", "In work, overdue"),
    }
    return names[kind]


def _percent(share: float | None) -> str:
    return "—" if share is None else QLocale().toString(share * 100, "f", 1) + " %"


def _number(value: float | None) -> str:
    if value is None:
        return "—"
    if float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", 1)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _month_name(month: str, short: bool) -> str:
    year, m = (int(x) for x in month.split("-"))
    if short:
        return QLocale().standaloneMonthName(m, QLocale.FormatType.ShortFormat)
    return f"{QLocale().standaloneMonthName(m, QLocale.FormatType.LongFormat)} {year}"


def _month_cell(month: str) -> str:
    """"2026-03" as the exports write a month: 03.2026 (as dd.mm.yyyy, without the day)."""
    year, _, m = month.partition("-")
    return f"{m}.{year}"


def count_axis(top: float, headroom: float = 1.15, ticks: int = 6) -> QValueAxis:
    """A value axis for counts from 0 to ``top``: whole-number ticks, each label a
    distinct integer (0, 1, 2 when counts are small; 0, 20, 40… when large), with some
    room above the highest value."""
    wanted = max(float(top), 1.0) * headroom
    step, magnitude = 1, 1
    while wanted / step > ticks - 1:  # 1, 2, 5, 10, 20, 50, 100…
        step = next((b * magnitude for b in (1, 2, 5) if b * magnitude > step), 10 * magnitude)
        if step == 10 * magnitude:
            magnitude *= 10
    intervals = max(1, -int(-wanted // step))  # ceil
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    axis.setRange(0, intervals * step)
    axis.setTickType(QValueAxis.TickType.TicksFixed)
    axis.setTickCount(intervals + 1)
    axis.setMinorTickCount(0)
    return axis


def _wrapped(text: str, width: int = 26) -> str:
    """``text`` broken into lines of about ``width`` characters (axis labels)."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


class StatisticsPage(QWidget):
    def __init__(self, ctx: PluginContext, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: The day the figures are counted for (tests set it).
        self.today = today or date.today()
        self.figures: stats.Figures | None = None
        self._tasks: set[asyncio.Future[Any]] = set()
        self._generation = 0

        self.period_label = QLabel(self)
        self.period = QComboBox(self)
        self.period_label.setBuddy(self.period)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.reload)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.ask_export)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.period_label)
        top.addWidget(self.period)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        top.addWidget(self.export_button)

        self.views: dict[str, QChartView] = {}
        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        # One chart per row: the service names, the legend of the deadlines and the
        # executors' names are long in Kazakh and Russian, and half a row cuts them.
        places = {"per_day": (0, 0, 1, 2, 280), "by_service": (1, 0, 1, 2, 250),
                  "standing": (2, 0, 1, 2, 280), "median": (3, 0, 1, 2, 260),
                  "executors": (4, 0, 1, 2, 300)}
        for key, (row, col, rows, cols, height) in places.items():
            view = QChartView(grid_host)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(height)
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.views[key] = view
            grid.addWidget(view, row, col, rows, cols)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)

        QShortcut(QKeySequence("Alt+P"), self, self.period.setFocus,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.ask_export,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("F5"), self, self.reload,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.retranslate()
        self.period.setCurrentIndex(0)
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        # A sync brings changes in many small batches, and the figures re-read a whole
        # period: count once the changes settle, and only for a page someone sees.
        self._stale = False
        self._reload_soon = QTimer(self, singleShot=True, interval=500)
        self._reload_soon.timeout.connect(self.reload)
        self._unwatch = ctx.store.watch([REQUESTS], lambda _c: self._changed())
        self.reload()

    def _changed(self) -> None:
        if self.isVisible():
            self._reload_soon.start()
        else:
            self._stale = True

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    # -- plumbing ---------------------------------------------------------------------

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Future[Any]:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        task.add_done_callback(_log_failure)
        return task

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange):
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        self._unwatch()
        super().closeEvent(event)

    def retranslate(self) -> None:
        self.period_label.setText(translate("wp_egov", "&Period:"))
        names = {"30d": translate("wp_egov", "Last 30 days"),
                 "month": translate("wp_egov", "This month"),
                 "quarter": translate("wp_egov", "Last 3 months"),
                 "year": translate("wp_egov", "This year")}
        current = self.period.currentData() or PERIODS[0]
        self.period.blockSignals(True)
        self.period.clear()
        for key in PERIODS:
            self.period.addItem(names[key], key)
        self.period.setCurrentIndex(PERIODS.index(current))
        self.period.blockSignals(False)
        self.refresh_button.setText(translate("wp_egov", "Count again (F5)"))
        self.export_button.setText(translate("wp_egov", "Export… (Ctrl+S)"))
        self.export_button.setToolTip(translate("wp_egov", "Save the figures as an Excel "
                                                           "workbook (XLSX) or CSV"))
        self.draw()

    # -- reading and counting -----------------------------------------------------------

    def reload(self) -> asyncio.Future[Any]:
        self._generation += 1
        return self.spawn(self._load(self._generation))

    async def _load(self, generation: int) -> None:
        start, end = period_range(str(self.period.currentData() or PERIODS[0]), self.today)
        self.summary.setText(translate("wp_egov", "Counting…"))
        window = {"reg_date": (start.isoformat(), (end + timedelta(days=1)).isoformat())}
        data: list[Any] = []
        while True:
            page = await self.ctx.store.query(Query(REQUESTS, range=window, order_by="reg_date",
                                                    limit=PAGE, offset=len(data)))
            if generation != self._generation:
                return  # the period changed meanwhile: that reading goes on
            data.extend(r.record.data for r in page)
            if len(page) < PAGE:
                break
        figures = await self.ctx.run_blocking(stats.compute, data, start, end, self.today,
                                              self.ctx.calendar)
        if generation == self._generation:
            self.figures = figures
            self.draw()

    # -- drawing ------------------------------------------------------------------------

    def _chart(self, key: str, title: str) -> QChart:
        chart = QChart()
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        chart.setTheme(QChart.ChartTheme.ChartThemeDark if dark
                       else QChart.ChartTheme.ChartThemeLight)
        chart.setBackgroundBrush(self.palette().color(QPalette.ColorRole.Base))
        chart.setTitle(title)
        font = chart.titleFont()
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 10.0))
        chart.setTitleFont(font)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        old = self.views[key].chart()
        self.views[key].setChart(chart)
        if old is not None:
            old.deleteLater()
        return chart

    def _axes(self, chart: QChart, series: Any, x: QAbstractAxis, y: QAbstractAxis) -> None:
        chart.addSeries(series)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)

    def draw(self) -> None:
        fig = self.figures
        if fig is None:
            return
        self.summary.setText(self.summary_text(fig))
        self._draw_per_day(fig)
        self._draw_by_service(fig)
        self._draw_standing(fig)
        self._draw_median(fig)
        self._draw_executors(fig)

    def summary_text(self, fig: stats.Figures) -> str:
        parts = [
            translate("wp_egov", "{0} – {1}").format(
                date_text(fig.start), date_text(fig.end)),
            translate("wp_egov", "registered: {0}").format(_number(fig.total)),
            translate("wp_egov", "overdue share: {0}").format(_percent(fig.overdue_share)),
            translate("wp_egov", "median time to answer: {0} working days").format(
                _number(fig.median_days)),
        ]
        if fig.not_counted:
            parts.append(translate("wp_egov", "forwarded or merged (not counted): {0}")
                         .format(_number(fig.not_counted)))
        return " · ".join(parts)

    def _draw_per_day(self, fig: stats.Figures) -> None:
        weekly = len(fig.per_day) > 62  # a year of days is a comb: weeks read better
        chart = self._chart("per_day", translate("wp_egov", "Incoming per week") if weekly
                            else translate("wp_egov", "Incoming per day"))
        chart.legend().hide()
        series = QLineSeries()
        series.setName(translate("wp_egov", "Registered"))
        series.setPointsVisible(True)
        points = stats.per_week(fig.per_day) if weekly else fig.per_day
        for day, count in points:
            moment = QDateTime(_qdate(day), QTime(12, 0))
            series.append(float(moment.toMSecsSinceEpoch()), count)
        x = QDateTimeAxis()
        x.setFormat("dd.MM")
        x.setTickCount(7 if len(fig.per_day) > 7 else max(2, len(fig.per_day)))
        x.setRange(QDateTime(_qdate(fig.start), QTime(0, 0)),
                   QDateTime(_qdate(fig.end), QTime(23, 59)))
        y = count_axis(max([c for _d, c in points] + [1]))
        self._axes(chart, series, x, y)
        series.setColor(QColor(_BLUE))

    def _draw_by_service(self, fig: stats.Figures) -> None:
        chart = self._chart("by_service", translate("wp_egov", "By service"))
        chart.legend().hide()
        rows = list(reversed(fig.by_service))  # the biggest on top
        bars = QBarSet(translate("wp_egov", "Requests"))
        bars.setColor(QColor(_BLUE))
        for _code, count in rows:
            bars.append(count)
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        y = QBarCategoryAxis()
        y.append([_wrapped(service_name(code, self.ctx.language)) for code, _n in rows]
                 or [""])
        x = count_axis(max([n for _c, n in rows] + [1]), headroom=1.2)
        self._axes(chart, series, x, y)

    def _draw_standing(self, fig: stats.Figures) -> None:
        chart = self._chart("standing", translate("wp_egov", "Deadlines: overdue share {0}")
                            .format(_percent(fig.overdue_share)))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        series = QPieSeries()
        series.setHoleSize(0.45)
        series.setPieSize(0.8)
        counted = fig.counted
        for kind in stats.STANDINGS:
            n = fig.standing.get(kind, 0)
            if not n:
                continue
            piece = series.append(f"{standing_name(kind)}: {_number(n)} "
                                  f"({_percent(n / counted)})", n)
            piece.setColor(QColor(_STANDING_COLOURS[kind]))
            piece.setBorderColor(self.palette().color(QPalette.ColorRole.Base))
        chart.addSeries(series)

    def _draw_median(self, fig: stats.Figures) -> None:
        chart = self._chart("median", translate(
            "wp_egov", "Median working days to answer: {0}").format(_number(fig.median_days)))
        chart.legend().hide()
        bars = QBarSet(translate("wp_egov", "Working days"))
        bars.setColor(QColor(_GREEN))
        months = fig.median_by_month
        for _m, median, _n in months:
            bars.append(median or 0.0)
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsPrecision(3)
        x = QBarCategoryAxis()
        short = len(months) > 4 and len({m[:4] for m, _v, _n in months}) == 1
        x.append([_month_name(m, short) for m, _v, _n in months] or [""])
        y = count_axis(max([v or 0.0 for _m, v, _n in months] + [1.0]), headroom=1.25)
        self._axes(chart, series, x, y)

    def _draw_executors(self, fig: stats.Figures) -> None:
        title = translate("wp_egov", "Per executor")
        if len(fig.executors) > TOP_EXECUTORS:
            title = translate("wp_egov", "Per executor (the {0} with the most requests)"
                              ).format(TOP_EXECUTORS)
        chart = self._chart("executors", title)
        rows = list(reversed(fig.executors[:TOP_EXECUTORS]))
        self.views["executors"].setMinimumHeight(max(260, 110 + 36 * len(rows)))
        sets = [
            (translate("wp_egov", "Answered on time"), _GREEN,
             [r.answered - r.answered_late for r in rows]),
            (translate("wp_egov", "Answered late"), _AMBER, [r.answered_late for r in rows]),
            (translate("wp_egov", "In work, on time"), _BLUE,
             [r.open - r.overdue for r in rows]),
            (translate("wp_egov", "In work, overdue"), _RED, [r.overdue for r in rows]),
        ]
        series = QHorizontalStackedBarSeries()
        for name, colour, values in sets:
            # A kind nobody has is left out: its legend entry would name nothing on the
            # chart, and the legend is read as what the bars are made of.
            if not any(values):
                continue
            bars = QBarSet(name)
            bars.setColor(QColor(colour))
            bars.setBorderColor(QColor(colour))
            for v in values:
                bars.append(v)
            series.append(bars)
        y = QBarCategoryAxis()
        y.append([self.executor_label(r) for r in rows] or [""])
        x = count_axis(max([r.total for r in rows] + [1]), headroom=1.05)
        self._axes(chart, series, x, y)

    def executor_label(self, row: stats.ExecutorRow) -> str:
        if row.name:
            return row.name
        actor = self.ctx.store.actor
        if row.executor == actor.user_id:
            return str(actor.display_name or actor.username)
        return translate("wp_egov", "Executor {0}").format(row.executor[:8])

    # -- export -------------------------------------------------------------------------

    def tables(self) -> list[Table]:
        """The figures as tables, with the headers in the interface language."""
        fig = self.figures
        if fig is None:
            return []
        day, count = translate("wp_egov", "Date"), translate("wp_egov", "Requests")
        share = translate("wp_egov", "Share, %")
        counted = fig.counted or 1
        return [
            Table(translate("wp_egov", "Summary"),
                  [translate("wp_egov", "Figure"), translate("wp_egov", "Value")],
                  [[translate("wp_egov", "Period from"), fig.start],
                   [translate("wp_egov", "Period to"), fig.end],
                   [translate("wp_egov", "Registered"), fig.total],
                   [translate("wp_egov", "Overdue share, %"),
                    None if fig.overdue_share is None else round(fig.overdue_share * 100, 1)],
                   [translate("wp_egov", "Median working days to answer"),
                    None if fig.median_days is None else float(fig.median_days)],
                   [translate("wp_egov", "Forwarded or merged (not counted)"),
                    fig.not_counted]]),
            Table(translate("wp_egov", "Incoming per day"), [day, count],
                  [[d, n] for d, n in fig.per_day]),
            Table(translate("wp_egov", "By service"),
                  [translate("wp_egov", "Code"), translate("wp_egov", "Service"), count],
                  [[c, service_name(c, self.ctx.language), n] for c, n in fig.by_service]),
            Table(translate("wp_egov", "Deadlines"),
                  [translate("wp_egov", "How they stand"), count, share],
                  [[standing_name(k), fig.standing.get(k, 0),
                    round(fig.standing.get(k, 0) * 100 / counted, 1)]
                   for k in stats.STANDINGS]),
            Table(translate("wp_egov", "Time to answer"),
                  [translate("wp_egov", "Month"),
                   translate("wp_egov", "Median working days"),
                   translate("wp_egov", "With an answer")],
                  [[_month_cell(m), None if v is None else float(v), n]
                   for m, v, n in fig.median_by_month]),
            Table(translate("wp_egov", "Per executor"),
                  [translate("wp_egov", "Executor"), translate("wp_egov", "Requests"),
                   translate("wp_egov", "In work"), translate("wp_egov", "Overdue"),
                   translate("wp_egov", "With an answer"),
                   translate("wp_egov", "Of them late"),
                   translate("wp_egov", "Median working days")],
                  [[self.executor_label(r), r.total, r.open, r.overdue, r.answered,
                    r.answered_late, None if r.median_days is None else float(r.median_days)]
                   for r in fig.executors]),
        ]

    def export(self, path: Path) -> None:
        """Write the figures to ``path``: XLSX if it ends so, else CSV."""
        if path.suffix.casefold() == ".xlsx":
            write_xlsx(path, self.tables())
        else:
            write_csv(path, self.tables())

    def ask_export(self) -> QFileDialog | None:
        if self.figures is None:
            return None
        xlsx = translate("wp_egov", "Excel workbook (*.xlsx)")
        csv_ = translate("wp_egov", "CSV, separated by semicolons (*.csv)")
        name = translate("wp_egov", "requests-{0}-{1}").format(
            self.figures.start.isoformat(), self.figures.end.isoformat())
        dialog = QFileDialog(self, translate("wp_egov", "Export the statistics"),
                             str(Path.home() / f"{name}.xlsx"), f"{xlsx};;{csv_}")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filterSelected.connect(lambda f: dialog.setDefaultSuffix(
            "csv" if f == csv_ else "xlsx"))
        dialog.setDefaultSuffix("xlsx")
        dialog.fileSelected.connect(lambda p: self.spawn(self._export(Path(p))))
        dialog.open()
        return dialog

    async def _export(self, path: Path) -> None:
        tables = self.tables()
        try:
            await self.ctx.run_blocking(
                write_xlsx if path.suffix.casefold() == ".xlsx" else write_csv, path, tables)
        except OSError as exc:
            self.ctx.notify(translate("wp_egov", "The statistics were not saved"),
                            translate("wp_egov", "{0}: {1}. Choose another folder or "
                                                 "name.").format(path, exc.strerror or exc))
            return
        self.ctx.notify(translate("wp_egov", "The statistics are saved"), str(path))


def _log_failure(task: asyncio.Future[Any]) -> None:
    if not task.cancelled() and task.exception() is not None:
        _log.error("statistics page task failed", exc_info=task.exception())

