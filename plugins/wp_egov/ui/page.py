"""The requests page: queues on the left, the queue's table, the request card.

Keyboard: Alt+1…Alt+5 choose a queue, Ctrl+F (in the page) or "/" goes to the
search box, arrows move in the table, Enter opens the card; on the table T takes
the selected requests into work, A assigns them to an executor, R replies, W asks
the applicant, F forwards, E extends the term, C removes from control.
"""

from __future__ import annotations

import asyncio
import logging
import mimetypes
from collections.abc import Coroutine
from datetime import date
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workplace.api import (
    BlobError,
    CalendarRangeError,
    LocalRecord,
    MutationRejectedError,
    NotificationLevel,
    PluginContext,
    Query,
    Store,
    new_id,
)
from wp_egov import sla
from wp_egov.catalogue import CHANNELS, DEFAULT_SERVICES, REQUESTS, template
from wp_egov.catalogue import fill as fill_template
from wp_egov.ui import assistant
from wp_egov.ui.assign import AssignDialog, assign_all, known_executors, result_message
from wp_egov.ui.card import RequestCard
from wp_egov.ui.dialogs import RegisterDialog, ReplyDialog, TextDialog
from wp_egov.ui.queues import (
    DEADLINE,
    QUEUES,
    REGISTERED,
    SUBJECT,
    TIME_LEFT,
    Queue,
    RequestListModel,
    SlaView,
    columns,
    number_text,
    query_for,
    service_name,
    time_left_samples,
)
from wp_egov.ui.texts import channel_name, date_text
from wp_egov.ui.views import SavedViewsMixin

translate = QCoreApplication.translate
_log = logging.getLogger("workplace.plugin.wp_egov")


class RequestsPage(SavedViewsMixin, QWidget):
    def __init__(self, ctx: PluginContext, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store: Store = ctx.store
        # The day the SLA is counted for (tests and benchmarks set it).
        self.today = today or date.today()
        self.sla_view = SlaView(ctx.calendar, lambda: self.today)
        self._tasks: set[asyncio.Future[Any]] = set()
        self.queue_index = 1
        # The assignment dialog is waiting for the list of executors (ask_executor).
        self._asking_executor = False

        self.queues = QListWidget(self)
        self.queues.setMaximumWidth(230)
        for _q in QUEUES:
            self.queues.addItem(QListWidgetItem())
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.service = QComboBox(self)
        self.channel = QComboBox(self)
        # Sized by a short name, not the longest service's: the search box keeps its
        # room and its hint (the list still shows names in full when it opens).
        for combo in (self.service, self.channel):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        self.register_button = QPushButton(self)
        self.register_button.clicked.connect(self.register_new)
        self.make_views()
        self.count_label = QLabel(self)
        self.table = QTableView(self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.cols = columns(self.sla_view, lambda: self.ctx.language)
        self.list_model = RequestListModel(self.sla_view, self.store,
                                           self._query(QUEUES[self.queue_index]), self.cols,
                                           parent=self)
        self.table.setModel(self.list_model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # The subject takes what is left, so the deadline and time left stay in view.
        header.setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Stretch)
        self.card = RequestCard(ctx, lambda: self.today, self.spawn, self)
        self.card.action.connect(self.run_action)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.service, 1)
        filters.addWidget(self.channel, 1)
        filters.addWidget(self.save_view_button)
        filters.addWidget(self.register_button)
        middle = QWidget(self)
        mid = QVBoxLayout(middle)
        mid.setContentsMargins(0, 0, 0, 0)
        mid.addLayout(filters)
        mid.addWidget(self.table, 1)
        mid.addWidget(self.count_label)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(middle)
        split.addWidget(self.card)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QHBoxLayout(self)
        layout.addWidget(self.queues)
        layout.addWidget(split, 1)

        self._fill_filters()
        self.show_views(self._saved().load())
        self.retranslate()
        self._refilter = QTimer(self)
        self._refilter.setSingleShot(True)
        self._refilter.setInterval(250)
        self._refilter.timeout.connect(self.apply_filters)
        self.queues.currentRowChanged.connect(self.choose_queue)
        self.search.textChanged.connect(lambda _t: self._refilter.start())
        self.service.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.channel.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(lambda _i: self.card.setFocus())
        self._shortcuts()
        self._unwatch = self.store.watch([REQUESTS], lambda _c: self._on_changed())
        self.queues.setCurrentRow(self.queue_index)
        self.spawn(self.refresh_counts())

    # -- plumbing -------------------------------------------------------------------------

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Future[Any]:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        task.add_done_callback(_log_failure)
        return task

    def _shortcuts(self) -> None:
        for n in range(len(QUEUES)):
            sc = QShortcut(QKeySequence(f"Alt+{n + 1}"), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda n=n: self.queues.setCurrentRow(n))
        # Single keys act on the table only (typing elsewhere stays typing): an event
        # filter rather than QShortcut, which would also need the window to be active.
        self.table.installEventFilter(self)
        self.queues.installEventFilter(self)

    _TABLE_KEYS: ClassVar[dict[Qt.Key, str]] = {
        Qt.Key.Key_T: "take", Qt.Key.Key_A: "assign", Qt.Key.Key_R: "reply", Qt.Key.Key_W: "wait",
        Qt.Key.Key_F: "forward", Qt.Key.Key_E: "extend", Qt.Key.Key_C: "close"}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.table and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent):
            plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                          Qt.KeyboardModifier.KeypadModifier)
            key = Qt.Key(event.key())
            if plain and key == Qt.Key.Key_Slash:
                self.search.setFocus()
                return True
            if plain and key in self._TABLE_KEYS:
                self.run_action(self._TABLE_KEYS[key])
                return True
        if watched is self.queues and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and self.view_key(event):
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self.fit_columns()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(translate(
            "wp_egov", "Search subject and text (/ from the table)"))
        self.register_button.setText(translate("wp_egov", "Register…"))
        self.register_button.setToolTip(translate("wp_egov", "Register a citizen's request "
                                                             "(Ctrl+Shift+R)"))
        self.table.setAccessibleName(translate("wp_egov", "Requests of the queue"))
        self.retranslate_views()
        self._fill_filters()
        self._show_counts({})
        self.list_model.retranslate()
        self.fit_columns()
        self.card.retranslate()

    # The columns' usual widths, kept narrow so that the subject (0: it stretches) has
    # the room; the dates and the time left are sized to their texts (fit_columns).
    _WIDTHS = (50, 0, 170, 0, 130, 105, 0, 0)

    def fit_columns(self) -> None:
        """The usual widths, or wider where a header needs it in this language: a header
        is never cut. The dates and the time left fit their widest text in this
        language ("просрочено на 888 раб. дней"), so a value is never cut either."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        # A cell's text has the focus frame's margin and a pixel on each side.
        pad = 2 * (self.table.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 1) + 6
        fitted = {REGISTERED: [date_text(date(2026, 8, 28))],
                  DEADLINE: [date_text(date(2026, 8, 28))], TIME_LEFT: time_left_samples()}
        for col, width in enumerate(self._WIDTHS):
            if col == SUBJECT:
                continue
            texts = fitted.get(col, [])
            content = max((metrics.horizontalAdvance(t) for t in texts), default=0) + pad
            self.table.setColumnWidth(col, max(width, content, header.sectionSizeHint(col)))

    def _fill_filters(self) -> None:
        lang = self.ctx.language
        for combo, items, everything in (
            (self.service, [(s.code, s.name(lang)) for s in DEFAULT_SERVICES],
             translate("wp_egov", "All services")),
            (self.channel, [(c, channel_name(c)) for c in CHANNELS],
             translate("wp_egov", "All channels")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for code, name in items:
                combo.addItem(name, code)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
            combo.blockSignals(False)

    # -- queues and filters ------------------------------------------------------------

    def _extra(self) -> dict[str, Any]:
        extra: dict[str, Any] = {}
        if self.service.currentData():
            extra["service_code"] = self.service.currentData()
        if self.channel.currentData():
            extra["channel"] = self.channel.currentData()
        return extra

    def _query(self, queue: Queue, search: str = "", extra: dict[str, Any] | None = None,
               ) -> Query:
        try:
            return query_for(queue, self.store.actor.user_id, search, extra or {},
                             self.today, self.ctx.calendar)
        except CalendarRangeError:  # no calendar for the year: an empty range, no rows
            return Query(REQUESTS, range={"deadline": ("", "")})

    def choose_queue(self, row: int) -> None:
        if row < 0:
            return
        view = self.view_at(row)
        if view is not None:
            self.apply_view(view)
            return
        if row >= len(QUEUES):
            return
        self.queue_index = row
        self.apply_filters()

    def apply_filters(self) -> None:
        self.list_model.set_query(self._query(QUEUES[self.queue_index], self.search.text(),
                                              self._extra()))
        self.card.show_record(None)

    def _on_changed(self) -> None:
        self.sla_view.clear()
        self.spawn(self.refresh_counts())
        if self.card.record is not None:
            self.spawn(self._reload_card(self.card.record.record.id))

    async def refresh_counts(self) -> None:
        counts = {q.id: await self.store.count(self._query(q)) for q in QUEUES}
        self._show_counts(counts)

    def _show_counts(self, counts: dict[str, int]) -> None:
        if counts:
            self._counts = counts
        counts = getattr(self, "_counts", {})
        for n, q in enumerate(QUEUES):
            item = self.queues.item(n)
            c = counts.get(q.id)
            item.setText(f"{q.title()}" + (f"  ({c})" if c is not None else ""))
            item.setToolTip(f"Alt+{n + 1}")

    # -- the card ---------------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # A request that left the queue (answered, or changed by a sync) stays on the
        # card: the model losing its row is no reason to take it from the user.
        if not current.isValid():
            return
        rec = self.list_model.record_at(current.row())
        if rec is not None:
            self.card.show_record(rec)

    def open_request(self, record_id: str) -> None:
        self.spawn(self._reload_card(record_id))

    async def _reload_card(self, record_id: str) -> None:
        rec = await self.store.get(REQUESTS, record_id)
        keep = self.card.record is not None and self.card.record.record.id == record_id
        self.card.show_record(rec, keep_revealed=keep)

    def selected(self) -> list[LocalRecord]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        out = [self.list_model.record_at(r) for r in rows]
        found = [r for r in out if r is not None]
        if not found and self.card.record is not None:
            found = [self.card.record]
        return found

    # -- actions ---------------------------------------------------------------------------

    async def mutate(self, name: str, args: dict[str, Any]) -> bool:
        try:
            await self.store.mutate(name, args)
        except MutationRejectedError as exc:
            self.ctx.notify(translate("wp_egov", "The change was not made"), exc.reason,
                            NotificationLevel.WARNING)
            return False
        return True

    async def ask_executor(self, records: list[LocalRecord]) -> AssignDialog | None:
        """Open the assignment dialog for ``records``, offering the executors known now.

        The list is read when someone is about to choose, not on every change of the
        requests: a sync brings changes in thousands, each would re-read it on the GUI's
        loop for a dialog that may never open. Read here, it is as fresh as can be."""
        if self._asking_executor:
            return None  # A again (a key's auto-repeat) while the list is read: one dialog
        self._asking_executor = True
        try:
            people = await known_executors(self.store, self.ctx.directory)
        finally:
            self._asking_executor = False
        dialog = AssignDialog(people, len(records), self)
        dialog.submitted.connect(lambda person: self.spawn(self.assign_many(records, person)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    async def assign_many(self, records: list[LocalRecord], person: dict[str, str]) -> None:
        """Assign each request on its own; say how many went and which did not, why."""
        result = await assign_all(self.store, records, person)
        title, body = result_message(result, person["name"])
        self.ctx.notify(title, body, NotificationLevel.WARNING if result.failed
                        else NotificationLevel.INFO)

    async def send_reply(self, rid: str, out: dict[str, Any]) -> bool:
        """Keep the attached files (encrypted, sent to the gateway as attachments),
        then send the reply naming them by digest."""
        files: list[Path] = out.pop("files", [])
        attachments = []
        for path in files:
            try:
                data = await self.ctx.run_blocking(path.read_bytes)
                digest = await self.ctx.blobs.put(data)
            except (OSError, BlobError) as exc:
                self.ctx.notify(translate("wp_egov", "The reply was not sent"),
                                translate("wp_egov", "The file {0} could not be attached: "
                                                     "{1}").format(path.name, exc),
                                NotificationLevel.WARNING)
                return False
            attachments.append({"id": new_id(), "name": path.name, "sha256": digest,
                                "size": len(data), "mime": mimetypes.guess_type(path.name)[0]
                                or "application/octet-stream"})
        return await self.mutate("wp_egov.answer",
                                 {"id": rid, **out, "attachments": attachments})

    def register_new(self) -> RegisterDialog:
        dialog = RegisterDialog(self.ctx.language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda args: self.spawn(self._register(args)))
        dialog.open()
        return dialog

    async def _register(self, args: dict[str, Any]) -> None:
        if await self.mutate("wp_egov.register", args):
            self.ctx.notify(translate("wp_egov", "The request is registered"),
                            translate("wp_egov", "Its number comes from the server."))
            await self._reload_card(args["id"])

    def _values(self, rec: LocalRecord) -> dict[str, Any]:
        d = rec.record.data
        ext = d.get("extension") if isinstance(d.get("extension"), dict) else {}
        try:
            due = letter_date(sla.deadline(d, self.today, self.ctx.calendar).isoformat())
        except (CalendarRangeError, ValueError):
            due = ""
        # Letters carry dates as official papers do (dd.mm.yyyy), whatever the UI language.
        return {"applicant": (d.get("applicant") or {}).get("name", ""),
                "number": number_text(d), "reg_date": letter_date(d.get("reg_date")),
                "subject": d.get("subject", ""), "deadline": due,
                "executor": self.store.actor.display_name or self.store.actor.username,
                "until": letter_date((ext or {}).get("until")), "lang": d.get("lang", "ru")}

    def run_action(self, action: str) -> QWidget | None:
        if action.startswith("assistant_"):
            self.ask_assistant(action)
            return None
        records = self.selected()
        if not records:
            return None
        rec = records[0]
        rid = rec.record.id
        if action == "take":
            for r in records:
                self.spawn(self.mutate("wp_egov.start", {"id": r.record.id}))
            return None
        if action == "resume":
            self.spawn(self.mutate("wp_egov.resume", {"id": rid}))
            return None
        if action == "close":
            for r in records:
                self.spawn(self.mutate("wp_egov.close", {"id": r.record.id}))
            return None
        if action == "assign":
            self.spawn(self.ask_executor(records))  # the dialog opens once it has the list
            return None
        dialog: QDialog
        if action == "reply":
            reply = ReplyDialog(self._values(rec), self.ctx.language, self)
            reply.submitted.connect(lambda out: self.spawn(self.send_reply(rid, out)))
            dialog = reply
        elif action == "wait":
            ask = TextDialog(translate("wp_egov", "Ask the applicant"),
                             translate("wp_egov", "What do you need from the applicant? The "
                                                  "deadline stops until they answer."),
                             translate("wp_egov", "Stop the clock"), parent=self)
            ask.submitted.connect(lambda out: self.spawn(
                self.mutate("wp_egov.wait", {"id": rid, "reason": out["text"]})))
            dialog = ask
        elif action == "forward":
            notice = template("forward_notice")
            lang = str(rec.record.data.get("lang", "ru"))
            fwd = TextDialog(translate("wp_egov", "Forward to the competent body"),
                             translate("wp_egov", "Which body is competent? The law gives 3 "
                                                  "working days from registration."),
                             translate("wp_egov", "Forward"), parent=self,
                             second=translate("wp_egov", "Notice to the applicant"),
                             second_text=fill_template(notice.text(lang), self._values(rec))
                             if notice else "")
            fwd.submitted.connect(lambda out: self.spawn(self.mutate(
                "wp_egov.forward", {"id": rid, "body": out["text"],
                                    "notice": (out.get("second") or "").replace(
                                        "{body}", out["text"])})))
            dialog = fwd
        elif action == "extend":
            reg = date.fromisoformat(rec.record.data["reg_date"])
            try:
                lo = self.ctx.calendar.add_working_days(
                    sla.base_deadline(rec.record.data, self.ctx.calendar), 1)
            except CalendarRangeError:
                return None
            ext = TextDialog(translate("wp_egov", "Extend the term"),
                             translate("wp_egov", "The reasoned decision: why the request "
                                                  "needs more time (at most two months from "
                                                  "registration in all). Tell the applicant "
                                                  "within 3 working days."),
                             translate("wp_egov", "Extend"), parent=self,
                             date_label=translate("wp_egov", "New deadline"),
                             date_range=(lo, sla.latest_extension(reg)))
            ext.submitted.connect(lambda out: self.spawn(self.mutate(
                "wp_egov.extend", {"id": rid, "until": out["date"], "reason": out["text"]})))
            dialog = ext
        else:
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- the assistant (an optional module) ----------------------------------------------

    def ask_assistant(self, action: str) -> bool:
        """Start the assistant on the card's request: a draft reply, or a proposed
        service type that :meth:`apply_service` applies if the user accepts it."""
        rec = self.card.record
        if rec is None:
            return False
        rid = rec.record.id
        if action == "assistant_draft":
            executor = self.store.actor.display_name or self.store.actor.username
            return assistant.draft_reply(self.ctx, rec.record.data, rid, executor)
        if action == "assistant_service":
            return assistant.suggest_service(
                self.ctx, rid, lambda code: self.apply_service(rid, code))
        return False

    async def apply_service(self, rid: str, code: str) -> bool:
        """The service type the user accepted in the assistant, through our own mutation
        (refusals are told as for any change made here)."""
        if not await self.mutate("wp_egov.change_service", {"id": rid, "service_code": code}):
            return False
        rec = await self.store.get(REQUESTS, rid)
        d = rec.record.data if rec is not None else {}
        self.ctx.notify(translate("wp_egov", "The service type is changed"),
                        translate("wp_egov", "Request {0}: {1}. The deadline follows its "
                                             "term.").format(
                            number_text(d), service_name(code, self.ctx.language)))
        return True

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        self._unwatch()
        super().closeEvent(event)


def letter_date(iso: str | None) -> str:
    return date_text(iso)


def _log_failure(task: asyncio.Future[Any]) -> None:
    if not task.cancelled() and task.exception() is not None:
        _log.error("requests page task failed", exc_info=task.exception())


