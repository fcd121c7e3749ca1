"""The request card: details, the applicant's personal data masked until an audited
reveal, the SLA, history and replies."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workplace.api import CalendarRangeError, LocalRecord, PluginContext, mask_iin
from wp_egov import sla
from wp_egov.ui import assistant
from wp_egov.ui.dialogs import TextDialog, purposes
from wp_egov.ui.queues import format_date, number_text, service_name
from wp_egov.ui.texts import (
    channel_name,
    remaining_text,
    sla_name,
    status_name,
    term_text,
)

translate = QCoreApplication.translate
_SLA_COLOURS = {sla.SlaState.OVERDUE: "#b3261e", sla.SlaState.AT_RISK: "#9a6700",
                sla.SlaState.PAUSED: "#5f6368"}


def _value(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


class RequestCard(QScrollArea):
    """Shows one request; ``action`` asks the page to run a life-cycle step."""

    action = Signal(str)

    def __init__(self, ctx: PluginContext, today: Callable[[], date],
                 spawn: Callable[[Coroutine[Any, Any, Any]], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.spawn = spawn
        self.record: LocalRecord | None = None
        self.revealed = False
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        self.body = body
        self.setWidget(body)
        layout = QVBoxLayout(body)
        self.title = QLabel(body)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.badge = QLabel(body)
        layout.addWidget(self.title)
        layout.addWidget(self.badge)
        self.form = QFormLayout()
        self.fields: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("number", "status", "service", "channel", "registered", "deadline",
                    "extension", "forwarded"):
            self._field(key, body)
        layout.addLayout(self.form)

        self.applicant_box = QFrame(body)
        self.applicant_box.setObjectName("Card")
        box = QFormLayout(self.applicant_box)
        self.applicant_title = QLabel(self.applicant_box)
        bold = self.applicant_title.font()
        bold.setBold(True)
        self.applicant_title.setFont(bold)
        box.addRow(self.applicant_title)
        self.name_label, self.name = QLabel(self.applicant_box), _value(self.applicant_box)
        self.iin_label, self.iin = QLabel(self.applicant_box), _value(self.applicant_box)
        self.show_button = QPushButton(self.applicant_box)
        self.show_button.clicked.connect(self.ask_reveal)
        iin_row = QHBoxLayout()
        iin_row.addWidget(self.iin, 1)
        iin_row.addWidget(self.show_button)
        self.contacts_label = QLabel(self.applicant_box)
        self.contacts = _value(self.applicant_box)
        box.addRow(self.name_label, self.name)
        box.addRow(self.iin_label, iin_row)
        box.addRow(self.contacts_label, self.contacts)
        layout.addWidget(self.applicant_box)

        self.subject_title = QLabel(body)
        self.subject_title.setFont(bold)
        self.text = _value(body)
        layout.addWidget(self.subject_title)
        layout.addWidget(self.text)
        self.action_bar = QWidget(body)
        row = QHBoxLayout(self.action_bar)
        row.setContentsMargins(0, 8, 0, 8)
        self.buttons: dict[str, QPushButton] = {}
        for key in ("assign", "take", "reply", "wait", "resume", "forward", "extend", "close"):
            button = QPushButton(self.action_bar)
            button.clicked.connect(lambda _c=False, k=key: self.action.emit(k))
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        layout.addWidget(self.action_bar)
        # The assistant's actions: made the first time the (optional) assistant runs.
        self.assistant_bar: QWidget | None = None
        self.draft_button: QPushButton | None = None
        self.suggest_button: QPushButton | None = None
        self.history_title = QLabel(body)
        self.history_title.setFont(bold)
        self.history = _value(body)
        layout.addWidget(self.history_title)
        layout.addWidget(self.history)
        layout.addStretch(1)
        self.retranslate()
        self.show_record(None)

    def _field(self, key: str, parent: QWidget) -> None:
        label, value = QLabel(parent), _value(parent)
        self.form.addRow(label, value)
        self.fields[key] = (label, value)

    def retranslate(self) -> None:
        labels = {
            "number": translate("wp_egov", "Registration No."),
            "status": translate("wp_egov", "Status"),
            "service": translate("wp_egov", "Service"),
            "channel": translate("wp_egov", "Channel"),
            "registered": translate("wp_egov", "Registered"),
            "deadline": translate("wp_egov", "Deadline"),
            "extension": translate("wp_egov", "Extended"),
            "forwarded": translate("wp_egov", "Forwarded to"),
        }
        for key, (label, _v) in self.fields.items():
            label.setText(labels[key])
        self.applicant_title.setText(translate("wp_egov", "Applicant (personal data)"))
        self.name_label.setText(translate("wp_egov", "Name"))
        self.contacts_label.setText(translate("wp_egov", "Contacts and address"))
        self.history_title.setText(translate("wp_egov", "History"))
        self.show_button.setText(translate("wp_egov", "Show…"))
        self.show_button.setToolTip(translate(
            "wp_egov", "Shows the full number and contacts; you will be asked why, and the "
                       "look is recorded in the personal-data audit trail."))
        titles = {
            "assign": translate("wp_egov", "Assign… (A)"),
            "take": translate("wp_egov", "Take into work (T)"),
            "reply": translate("wp_egov", "Reply… (R)"),
            "wait": translate("wp_egov", "Ask the applicant… (W)"),
            "resume": translate("wp_egov", "Applicant answered"),
            "forward": translate("wp_egov", "Forward… (F)"),
            "extend": translate("wp_egov", "Extend the term… (E)"),
            "close": translate("wp_egov", "Remove from control (C)"),
        }
        for key, button in self.buttons.items():
            button.setText(titles[key])
        self._name_assistant_buttons()
        self.show_record(self.record, keep_revealed=True)

    def _name_assistant_buttons(self) -> None:
        if self.draft_button is None or self.suggest_button is None:
            return
        self.draft_button.setText(assistant.draft_text())
        self.draft_button.setToolTip(translate(
            "wp_egov", "The assistant drafts a reply from the reply template in the "
                       "request's language. The draft opens in the assistant for you to "
                       "check and edit; nothing is sent."))
        self.suggest_button.setText(assistant.suggest_text())
        self.suggest_button.setToolTip(translate(
            "wp_egov", "The assistant proposes a service type from the text of the request. "
                       "The type changes only if you accept the proposal."))

    def _make_assistant_bar(self) -> QWidget:
        bar = QWidget(self.body)
        bar.setObjectName("assistant-actions")
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 8)
        self.draft_button = QPushButton(bar)
        self.draft_button.setObjectName("action-draft-reply")
        self.draft_button.clicked.connect(lambda: self.action.emit("assistant_draft"))
        self.suggest_button = QPushButton(bar)
        self.suggest_button.setObjectName("action-suggest-service")
        self.suggest_button.clicked.connect(lambda: self.action.emit("assistant_service"))
        row.addWidget(self.draft_button)
        row.addWidget(self.suggest_button)
        row.addStretch(1)
        layout = self.body.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.action_bar) + 1, bar)
        self.assistant_bar = bar
        self._name_assistant_buttons()
        return bar

    def show_record(self, rec: LocalRecord | None, keep_revealed: bool = False) -> None:
        if not keep_revealed or rec is None or self.record is None \
                or rec.record.id != self.record.record.id:
            self.revealed = False
        self.record = rec
        self.body.setVisible(rec is not None)
        if rec is None:
            return
        d = rec.record.data
        lang = self.ctx.language
        self.title.setText(str(d.get("subject", "")))
        status = str(d.get("status", ""))
        try:
            s: sla.Sla | None = sla.evaluate(d, self.today(), self.ctx.calendar)
        except (CalendarRangeError, ValueError, KeyError):
            s = None
        if s is not None:
            text = sla_name(s.state)
            if s.state is sla.SlaState.OVERDUE:  # "overdue by n days" says it all
                left = remaining_text(s.remaining)
                text = left[:1].upper() + left[1:]
            elif status in sla.OPEN_STATUSES and s.state is not sla.SlaState.PAUSED:
                text += " · " + remaining_text(s.remaining)
            colour = _SLA_COLOURS.get(s.state, "#1e6b35")
            self.badge.setText(f'<b style="color:{colour}">{text}</b>')
        else:
            self.badge.setText(translate("wp_egov", "The deadline cannot be counted: no "
                                                    "working-day calendar for that year."))
        values = {
            "number": number_text(d),
            "status": status_name(status),
            "service": service_name(str(d.get("service_code", "")), lang) + " — " + term_text(
                int(d.get("term_days") or 15)),
            "channel": channel_name(str(d.get("channel", ""))),
            "registered": format_date(d.get("reg_date")),
            "deadline": format_date(s.deadline.isoformat()) if s else "",
            "extension": "", "forwarded": "",
        }
        ext = d.get("extension")
        if isinstance(ext, dict):
            values["extension"] = translate("wp_egov", "until {0}: {1}").format(
                format_date(ext.get("until")), ext.get("reason", ""))
        fwd = d.get("forwarded")
        if isinstance(fwd, dict):
            values["forwarded"] = f"{fwd.get('to', '')} ({format_date(fwd.get('on'))})"
        for key, (label, value) in self.fields.items():
            value.setText(values[key])
            shown = bool(values[key]) or key not in ("extension", "forwarded")
            label.setVisible(shown)
            value.setVisible(shown)
        applicant = d.get("applicant") or {}
        self.name.setText(str(applicant.get("name", "")))
        number = str(applicant.get("iin") or "")
        self.iin_label.setText(translate("wp_egov", "BIN") if applicant.get("kind") == "org"
                               else translate("wp_egov", "IIN"))
        if self.revealed:
            self.iin.setText(number or "—")
            parts = [applicant.get("phone"), applicant.get("email"), applicant.get("address")]
            self.contacts.setText("\n".join(str(p) for p in parts if p) or "—")
        else:
            self.iin.setText(mask_iin(number) if number else "—")
            self.contacts.setText(translate("wp_egov", "hidden"))
        self.show_button.setVisible(not self.revealed and bool(number or applicant))
        self.subject_title.setText(translate("wp_egov", "Text of the request"))
        self.text.setText(str(d.get("text", "")))
        self._enable(status)
        lines = []
        for h in reversed(d.get("history") or []):
            when = format_date(str(h.get("at", ""))[:10])
            what = status_name(str(h.get("action", ""))) if h.get("action") in (
                "registered", "assigned", "in_progress", "waiting", "answered", "approved",
                "rejected", "closed", "forwarded") else _action_name(str(h.get("action", "")))
            note = f" — {h['note']}" if h.get("note") else ""
            lines.append(f"{when} · {what} · {h.get('by_name', '')}{note}")
        for r in reversed(d.get("replies") or []):
            files = [f"{a.get('name', '')} ({file_size(int(a.get('size') or 0))})"
                     for a in r.get("attachments") or () if isinstance(a, dict)]
            if files:
                lines.insert(0, translate("wp_egov", "Attached to the reply: {0}").format(
                    ", ".join(files)))
            lines.insert(0, translate("wp_egov", "Reply sent: {0}").format(
                str(r.get("text", ""))[:300]))
        self.history.setText("\n".join(lines))
        self.history_title.setVisible(bool(lines))
        self.history.setVisible(bool(lines))

    def _enable(self, status: str) -> None:
        actor = self.ctx.store.actor
        assigns = any(actor.has_role(r) for r in ("head", "clerk", "admin"))
        allowed = {
            "assign": assigns and status in ("registered", "assigned", "in_progress"),
            "take": status in ("registered", "assigned"),
            "reply": status in ("assigned", "in_progress"),
            "wait": status in ("assigned", "in_progress"),
            "resume": status == "waiting",
            "forward": status in sla.OPEN_STATUSES,
            "extend": status in ("assigned", "in_progress", "waiting"),
            "close": status in sla.ANSWERED_STATUSES,
        }
        for key, button in self.buttons.items():
            button.setVisible(allowed[key])
        # Asked each time: the assistant may be switched on or off while the card is open.
        ai = assistant.assistant_of(self.ctx) is not None and status in sla.OPEN_STATUSES
        if ai and self.assistant_bar is None:
            self._make_assistant_bar()
        if self.assistant_bar is not None:
            self.assistant_bar.setVisible(ai)

    # -- the audited reveal -------------------------------------------------------------

    def ask_reveal(self) -> TextDialog | None:
        """Ask why, record it, then show: the entry is committed before anything shows."""
        if self.record is None:
            return None
        dialog = TextDialog(
            translate("wp_egov", "Show the applicant's personal data"),
            translate("wp_egov", "Why do you need the full IIN and contacts? Your answer, "
                                 "your name and the time are recorded in the personal-data "
                                 "audit trail before the data is shown."),
            translate("wp_egov", "Record and show"), choices=purposes(), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        rec = self.record
        dialog.submitted.connect(lambda out: self.spawn(self.reveal(rec, out["text"])))
        dialog.open()
        return dialog

    async def reveal(self, rec: LocalRecord, why: str) -> bool:
        applicant = rec.record.data.get("applicant") or {}
        try:
            await self.ctx.audit.record(
                subject=str(applicant.get("iin") or applicant.get("name") or ""),
                what="applicant: IIN/BIN, contacts, address", why=why,
                collection=rec.record.collection, record_id=rec.record.id)
        except Exception as exc:  # AuditError and the like: the data stays hidden
            self.ctx.notify(translate("wp_egov", "The personal data was not shown"),
                            translate("wp_egov", "The look could not be recorded in the "
                                                 "audit trail: {0}").format(exc))
            return False
        if self.record is not None and self.record.record.id == rec.record.id:
            self.revealed = True
            self.show_record(self.record, keep_revealed=True)
        return True


def file_size(size: int) -> str:
    """A file size as people read it (the locale's own units)."""
    return QLocale().formattedDataSize(size, 0 if size < 1024 * 1024 else 1)


def _action_name(code: str) -> str:
    names = {
        "resumed": translate("wp_egov", "Applicant answered"),
        "extended": translate("wp_egov", "Term extended"),
        "extension_notified": translate("wp_egov", "Applicant told of the extension"),
        "service_changed": translate("wp_egov", "Service changed"),
        "merged": translate("wp_egov", "Duplicates merged in"),
        "merged_into": translate("wp_egov", "Merged into another request"),
        "split": translate("wp_egov", "Split"),
        "split_from": translate("wp_egov", "Split from another request"),
        "linked": translate("wp_egov", "Document linked"),
    }
    return names.get(code, code)
