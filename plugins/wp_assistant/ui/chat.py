"""The assistant page: conversations, the streamed chat, actions on a record."""

from __future__ import annotations

import asyncio
import json
import re
import time
import uuid
from contextlib import aclosing
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workplace.api import PluginContext, Query, ServiceUnavailableError
from wp_assistant.archive import Archive, citations_of, to_markdown
from wp_assistant.backends import AssistantError, Citation, Task, TaskKind
from wp_assistant.retrieval import record_text, record_title
from wp_assistant.service import Conversation, Update
from wp_assistant.ui.dialogs import DraftEditor, SentPreview

if TYPE_CHECKING:
    from wp_assistant.plugin import Apply, AssistantPlugin

translate = QCoreApplication.translate
SERVICES = "wp_egov.services"
#: The catalogue's own entries when the requests module's records are not at hand.
DEFAULT_SERVICES = {
    "APPEAL": {"kk": "Өтініш", "ru": "Обращение", "en": "Appeal"},
    "COMPLAINT": {"kk": "Мемлекеттік қызмет көрсету сапасына шағым",
                  "ru": "Жалоба на качество оказания государственной услуги",
                  "en": "Complaint about a public service"},
    "INFO": {"kk": "Ақпарат беру туралы сұрау салу",
             "ru": "Запрос о предоставлении информации", "en": "Request for information"},
    "PROPOSAL": {"kk": "Ұсыныс", "ru": "Предложение", "en": "Proposal"},
    "REPORT": {"kk": "Хабарлама", "ru": "Сообщение", "en": "Report"},
}


def _now() -> str:
    return datetime.now().strftime("%Y-%m-%d %H:%M")


class ChatPage(QWidget):
    """Conversations on the left; the chat, the actions and the input on the right."""

    def __init__(self, ctx: PluginContext, plugin: AssistantPlugin) -> None:
        super().__init__()
        self.ctx = ctx
        self.plugin = plugin
        try:
            blobs = ctx.blobs
        except ServiceUnavailableError:
            blobs = None
        self.archive = Archive(blobs, ctx.settings)
        self.conversation = Conversation(str(uuid.uuid4()), created=_now())
        self.running: asyncio.Future[Any] | None = None
        # A proposed service type, and how the record's own module applies it once the
        # user accepts (the assistant changes no other module's records).
        self.proposal: dict[str, str] = {}
        self.apply: Apply | None = None
        self._build()
        self.retranslate()
        self.show_backend()
        self.show_chat()
        ctx.spawn(self._load())

    # -- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        split = QSplitter(self)
        left = QWidget()
        lv = QVBoxLayout(left)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_chat)
        self.find_chat = QLineEdit()
        self.find_chat.setClearButtonEnabled(True)
        self.find_chat.textChanged.connect(lambda _t: self.fill_list())
        self.chats = QListWidget()
        self.chats.itemActivated.connect(self._open_item)
        self.chats.itemClicked.connect(self._open_item)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export)
        for w in (self.new_button, self.find_chat, self.chats, self.export_button):
            lv.addWidget(w)
        right = QWidget()
        rv = QVBoxLayout(right)
        self.backend_label = QLabel()
        self.backend_label.setWordWrap(True)
        self.backend_label.setObjectName("assistantBackend")
        rv.addWidget(self.backend_label)
        rec_row = QHBoxLayout()
        self.record_search = QLineEdit()
        self.record_search.setClearButtonEnabled(True)
        self.record_search.returnPressed.connect(lambda: self.ctx.spawn(self.find_records()))
        self.records = QComboBox()
        self.records.setMinimumWidth(260)
        rec_row.addWidget(self.record_search, 1)
        rec_row.addWidget(self.records, 1)
        rv.addLayout(rec_row)
        actions = QHBoxLayout()
        self.summarise_button = QPushButton()
        self.draft_button = QPushButton()
        self.classify_button = QPushButton()
        self.to_ru_button = QPushButton()
        self.to_kk_button = QPushButton()
        for button, kind, extra in (
                (self.summarise_button, TaskKind.SUMMARISE, {}),
                (self.draft_button, TaskKind.DRAFT_REPLY, {}),
                (self.classify_button, TaskKind.CLASSIFY, {}),
                (self.to_ru_button, TaskKind.TRANSLATE, {"target": "ru"}),
                (self.to_kk_button, TaskKind.TRANSLATE, {"target": "kk"})):
            button.clicked.connect(
                lambda _c=False, k=kind, x=extra: self.ctx.spawn(self.run_action(k, **x)))
            actions.addWidget(button)
        actions.addStretch(1)
        rv.addLayout(actions)
        self.transcript = QTextBrowser()
        self.transcript.setOpenLinks(False)
        self.transcript.anchorClicked.connect(self._link)
        rv.addWidget(self.transcript, 1)
        after = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_answer)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.open_editor)
        self.accept_button = QPushButton()
        self.accept_button.clicked.connect(lambda: self.ctx.spawn(self.accept_proposal()))
        after.addWidget(self.status, 1)
        for w in (self.accept_button, self.edit_button, self.copy_button):
            after.addWidget(w)
        rv.addLayout(after)
        self.input = QPlainTextEdit()
        self.input.setMaximumHeight(90)
        rv.addWidget(self.input)
        send_row = QHBoxLayout()
        self.preview_button = QPushButton()
        self.preview_button.clicked.connect(lambda: self.ctx.spawn(self.show_preview()))
        self.stop_button = QPushButton()
        self.stop_button.clicked.connect(self.stop)
        self.send_button = QPushButton()
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        send_row.addWidget(self.preview_button)
        send_row.addStretch(1)
        send_row.addWidget(self.stop_button)
        send_row.addWidget(self.send_button)
        rv.addLayout(send_row)
        QShortcut(QKeySequence("Ctrl+Return"), self.input, self.send)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        split.setSizes([240, 760])
        outer = QVBoxLayout(self)
        outer.addWidget(split)
        self._set_running(False)

    def retranslate(self) -> None:
        self.new_button.setText(translate("wp_assistant", "New chat"))
        self.find_chat.setPlaceholderText(translate("wp_assistant", "Search conversations"))
        self.export_button.setText(translate("wp_assistant", "Export to Markdown…"))
        self.record_search.setPlaceholderText(
            translate("wp_assistant", "Find a document or request (Enter)"))
        self.summarise_button.setText(translate("wp_assistant", "Summarise"))
        self.draft_button.setText(translate("wp_assistant", "Draft a reply"))
        self.classify_button.setText(translate("wp_assistant", "Suggest service and department"))
        self.to_ru_button.setText(translate("wp_assistant", "Translate into Russian"))
        self.to_kk_button.setText(translate("wp_assistant", "Translate into Kazakh"))
        self.copy_button.setText(translate("wp_assistant", "Copy"))
        self.edit_button.setText(translate("wp_assistant", "Open in editor"))
        self.accept_button.setText(translate("wp_assistant", "Accept the proposal…"))
        self.input.setPlaceholderText(translate(
            "wp_assistant", "Ask about your documents, or paste "
                                                        "a text for the buttons above "
                                                        "(Ctrl+Enter sends)"))
        self.preview_button.setText(translate("wp_assistant", "What will be sent…"))
        self.stop_button.setText(translate("wp_assistant", "Stop"))
        self.send_button.setText(translate("wp_assistant", "Ask"))
        if self.records.count() == 0 or self.records.itemData(0) is None:
            self.records.clear()
            self.records.addItem(translate("wp_assistant", "No record chosen: the buttons work on "
                                                   "the text below"), None)
        self.show_backend()
        self.fill_list()

    def changeEvent(self, event: Any) -> None:  # noqa: N802 (Qt)
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
            self.show_chat()
        super().changeEvent(event)

    def show_backend(self) -> None:
        backend = self.plugin.assistant.backend
        policy = self.ctx.ai_policy
        if not backend.leaves_computer:
            text = translate("wp_assistant", "Answers are made on this computer: no language "
                                             "model connected. Nothing leaves the computer.")
            if not policy.enabled:
                text += " " + translate("wp_assistant", "Your administrator has switched "
                                                        "language models off.")
        else:
            text = translate("wp_assistant", "Language model: {0}. Personal data is replaced "
                                             "with placeholders before sending.").format(
                backend.endpoint)
            if policy.locked:
                text += " " + translate("wp_assistant", "Set by your administrator.")
        self.backend_label.setText(text)
        self.preview_button.setEnabled(backend.leaves_computer)

    def focus_input(self) -> None:
        self.input.setFocus()

    # -- conversations -----------------------------------------------------------------

    async def _load(self) -> None:
        await self.archive.load()
        self.fill_list()

    def fill_list(self) -> None:
        self.chats.clear()
        text = self.find_chat.text().strip()
        shown = self.archive.search(text) if text else self.archive.conversations
        for c in reversed(list(shown)):
            title = c.title or translate("wp_assistant", "Untitled")
            item = QListWidgetItem(f"{title}\n{_date(c.created)}{c.created[10:]}")
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.chats.addItem(item)
        if text and not shown:
            self.chats.addItem(translate("wp_assistant", "No conversation has these words."))

    def _open_item(self, item: QListWidgetItem) -> None:
        cid = item.data(Qt.ItemDataRole.UserRole)
        for c in self.archive.conversations:
            if c.id == cid and not self.running:
                self.conversation = c
                self.show_chat()

    def new_chat(self) -> None:
        if self.running:
            self.stop()
        self.conversation = Conversation(str(uuid.uuid4()), created=_now())
        self.proposal, self.apply = {}, None
        self.show_chat()
        self.focus_input()

    def export(self) -> None:
        if not self.conversation.turns:
            return
        dialog = QFileDialog(self, translate("wp_assistant", "Export the conversation"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(translate("wp_assistant", "Markdown (*.md)"))
        dialog.setDefaultSuffix("md")
        dialog.selectFile((self.conversation.title or "chat")[:40] + ".md")
        dialog.fileSelected.connect(self._write_export)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def markdown(self) -> str:
        labels = {"user": translate("wp_assistant", "You"),
                  "assistant": translate("wp_assistant", "Assistant"),
                  "untitled": translate("wp_assistant", "Untitled")}
        return to_markdown(self.conversation, labels)

    def _write_export(self, path: str) -> None:
        text = self.markdown()

        def write() -> None:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        self.ctx.spawn(self.ctx.run_blocking(write))  # type: ignore[arg-type]

    # -- rendering ---------------------------------------------------------------------

    def show_chat(self) -> None:
        parts = []
        you = translate("wp_assistant", "You")
        bot = translate("wp_assistant", "Assistant")
        for i, turn in enumerate(self.conversation.turns):
            who = you if turn["role"] == "user" else bot
            body = str(turn.get("text", "")) or "…"
            parts.append(f"**{who}:**\n\n{body}\n")
            cites = turn.get("citations", [])
            if cites:
                parts.append(translate("wp_assistant", "Sources:") + "\n")
                parts += [f"{n}. [{_md(c['title'])}](wpa:cite/{i}/{n - 1})"
                          for n, c in enumerate(cites, start=1)]
                parts.append("")
            if turn.get("error"):
                parts.append(f"> ⚠ {turn['error']}\n")
        if not parts:
            parts.append(translate(
                "wp_assistant", "Ask a question about your documents, or choose a record "
                                "above and press Summarise, Draft a reply, Suggest service "
                                "and department or Translate. The assistant proposes; you "
                                "decide — nothing is changed or sent on its own."))
        self.transcript.setMarkdown("\n\n".join(parts))
        bar = self.transcript.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _link(self, url: QUrl) -> None:
        m = re.match(r"cite/(\d+)/(\d+)$", url.path())
        if url.scheme() != "wpa" or m is None:
            return
        turn = self.conversation.turns[int(m.group(1))]
        c = citations_of(turn)[int(m.group(2))]
        if not self.ctx.open_record(c.collection, c.record_id):
            self.status.setText(translate("wp_assistant", "The module that opens this record "
                                                          "is not active."))

    def _set_running(self, running: bool) -> None:
        self.stop_button.setEnabled(running)
        self.send_button.setEnabled(not running)
        for b in (self.summarise_button, self.draft_button, self.classify_button,
                  self.to_ru_button, self.to_kk_button):
            b.setEnabled(not running)
        answer = self._last_answer()
        self.copy_button.setEnabled(not running and bool(answer))
        self.edit_button.setEnabled(not running and bool(answer))
        self.accept_button.setVisible(bool(self.proposal) and not running)

    def _last_answer(self) -> str:
        for turn in reversed(self.conversation.turns):
            if turn["role"] == "assistant":
                return str(turn.get("text", ""))
        return ""

    # -- records -----------------------------------------------------------------------

    async def find_records(self) -> None:
        text = self.record_search.text().strip()
        if not text:
            return
        try:
            hits = await self.ctx.store.search(text, 8)
        except (ValueError, NotImplementedError):
            hits = []
        self.records.clear()
        if not hits:
            self.records.addItem(translate("wp_assistant", "Nothing found"), None)
            return
        for h in hits:
            self.records.addItem(h.title or h.id, (h.collection, h.id))

    def chosen(self) -> tuple[str, str] | None:
        data = self.records.currentData()
        return (str(data[0]), str(data[1])) if data else None

    async def _record(self, collection: str, record_id: str) -> dict[str, Any] | None:
        local = await self.ctx.store.get(collection, record_id)
        if local is None:
            return None
        return dict(local.record.data)

    # -- running tasks -----------------------------------------------------------------

    def send(self) -> None:
        text = self.input.toPlainText().strip()
        if not text or self.running:
            return
        self.input.clear()
        self.ctx.spawn(self.run_task(Task(TaskKind.ASK, text, self.ctx.language), text))

    async def start_action(self, kind: TaskKind, collection: str, record_id: str,
                           apply: Apply | None = None, **options: str) -> None:
        """Run an action another module asked for (on a record, or on ``text``)."""
        if collection and record_id:
            data = await self._record(collection, record_id)
            title = record_title(data or {}, record_id)
            self.records.clear()
            self.records.addItem(title, (collection, record_id))
        elif options.get("text") and kind is not TaskKind.ASK:
            self.input.setPlainText(options.pop("text"))
        if kind is TaskKind.ASK:
            await self.run_task(Task(kind, options.get("text", ""), self.ctx.language),
                                options.get("text", ""))
            return
        await self.run_action(kind, apply=apply, **options)

    async def run_action(self, kind: TaskKind, apply: Apply | None = None,
                         **options: str) -> None:
        """Run ``kind`` on the chosen record (or the text below); a proposal it makes can
        be accepted only through ``apply``, from the module that owns the record."""
        chosen = self.chosen()
        options = dict(options)
        if chosen is not None:
            data = await self._record(*chosen) or {}
            text = record_text(data)
            title = record_title(data, chosen[1])
            sources: tuple[Citation, ...] = (Citation(chosen[0], chosen[1], title),)
        else:
            text = self.input.toPlainText().strip()
            data, title, sources = {}, "", ()
            if text:
                self.input.clear()
        if not text:
            self.status.setText(translate("wp_assistant", "Choose a record above or paste a "
                                                          "text below first."))
            return
        opts: dict[str, Any] = dict(options)
        if kind is TaskKind.DRAFT_REPLY:
            applicant = data.get("applicant") if isinstance(data.get("applicant"), dict) else {}
            opts["reply_language"] = data.get("lang") or self.ctx.language
            opts["fields"] = {"name": (applicant or {}).get("name", ""),
                              "number": data.get("number") or data.get("reg_number", ""),
                              "date": _date(str(data.get("reg_date") or "")),
                              "subject": title}
        if kind is TaskKind.CLASSIFY:
            opts["services"] = await self._services()
        label = {
            TaskKind.SUMMARISE: translate("wp_assistant", "Summarise: {0}"),
            TaskKind.DRAFT_REPLY: translate("wp_assistant", "Draft a reply to: {0}"),
            TaskKind.CLASSIFY: translate("wp_assistant", "Suggest service and department "
                                                         "for: {0}"),
            TaskKind.TRANSLATE: translate("wp_assistant", "Translate: {0}"),
        }[kind].format(title or _short(text))
        await self.run_task(Task(kind, text, self.ctx.language, sources, opts), label, apply)

    async def _services(self) -> dict[str, str]:
        lang = self.ctx.language
        services = {code: names.get(lang, names["en"]) for code, names in
                    DEFAULT_SERVICES.items()}
        try:
            for rec in await self.ctx.store.query(Query(SERVICES, limit=200)):
                d = rec.record.data
                services[str(d.get("code"))] = str(d.get(f"name_{lang}") or d.get("name_en")
                                                   or d.get("code"))
        except (KeyError, ValueError, LookupError):
            pass  # the requests module is absent: its catalogue's defaults apply
        return services

    async def run_task(self, task: Task, shown: str, apply: Apply | None = None) -> None:
        if self.running:
            return
        conv = self.conversation
        if not conv.title:
            conv.title = _short(shown, 60)
        conv.turns.append({"role": "user", "text": shown, "local": False})
        answer: dict[str, Any] = {"role": "assistant", "text": "", "citations": []}
        conv.turns.append(answer)
        self.proposal, self.apply = {}, None
        self.status.setText(translate("wp_assistant", "Working…"))
        self.running = asyncio.ensure_future(self._consume(task, conv, answer, apply))
        self._set_running(True)
        self.show_chat()
        try:
            await self.running
        except asyncio.CancelledError:
            answer["error"] = translate("wp_assistant", "Stopped. The part that arrived is "
                                                        "kept.")
            self.status.setText(answer["error"])
        finally:
            if conv not in self.archive.conversations:
                self.archive.conversations.append(conv)
            try:
                await self.archive.save()
            finally:
                # Done only once kept: closing the app right after loses nothing.
                self.running = None
                self._set_running(False)
                self.show_chat()
                self.fill_list()

    async def _consume(self, task: Task, conv: Conversation, answer: dict[str, Any],
                       apply: Apply | None = None) -> None:
        last: Update | None = None
        shown = 0.0
        try:
            async with aclosing(self.plugin.assistant.run(task, conv)) as updates:
                async for update in updates:
                    last = update
                    answer["text"] = update.text
                    answer["local"] = not update.by_model
                    answer["citations"] = [
                        {"collection": c.collection, "record_id": c.record_id,
                         "title": c.title, "passage": c.passage} for c in update.citations]
                    # Each redraw lays out the whole conversation: at most 20 a second
                    # while tokens stream, and once more when the answer is done.
                    if time.monotonic() - shown >= 0.05:
                        self.show_chat()
                        shown = time.monotonic()
        finally:
            self.show_chat()  # also what had come when Stop was pressed
        if last is None:
            return
        if last.error is not None:
            answer["error"] = _error_text(last.error)
            self.status.setText(answer["error"])
            return
        self.status.setText(translate("wp_assistant", "Done. Check the answer before you use "
                                                      "it."))
        if task.kind is TaskKind.CLASSIFY and task.sources and apply is not None:
            self.proposal = _proposal(last.text, task)
            self.apply = apply if self.proposal else None

    def stop(self) -> None:
        if self.running is not None:
            self.running.cancel()

    # -- using an answer ---------------------------------------------------------------

    def copy_answer(self) -> None:
        QGuiApplication.clipboard().setText(self._last_answer())
        self.status.setText(translate("wp_assistant", "The answer was copied."))

    def open_editor(self) -> DraftEditor:
        editor = DraftEditor(self._last_answer(), self)
        editor.open()
        return editor

    async def show_preview(self) -> None:
        text = self.input.toPlainText().strip()
        chosen = self.chosen()
        if chosen is not None and not text:
            data = await self._record(*chosen) or {}
            text = record_text(data)
        task = await self.plugin.assistant.prepare(
            Task(TaskKind.ASK if not chosen else TaskKind.SUMMARISE, text, self.ctx.language))
        preview = self.plugin.assistant.preview(task, self.conversation)
        SentPreview(preview, self).open()

    async def accept_proposal(self) -> None:
        """The user accepted: the module that owns the record applies it (its checks,
        its messages); the assistant itself changes nothing."""
        code = self.proposal.get("service")
        apply = self.apply
        if not code or apply is None:
            return
        proposal = self.proposal
        self.proposal, self.apply = {}, None  # one Accept, one change
        self._set_running(False)
        try:
            done = await apply(code)
        except Exception as exc:  # the module is gone, or failed: the proposal stays
            self.proposal, self.apply = proposal, apply
            self._set_running(False)
            self.status.setText(translate("wp_assistant", "Not applied: {0}").format(exc))
            return
        if done is False:  # refused; the module said why
            self.status.setText(translate("wp_assistant", "Not applied: the module that "
                                                          "keeps the request refused the "
                                                          "change and says why."))
            return
        self.status.setText(translate("wp_assistant", "The service type of the request was "
                                                      "changed as you accepted."))


def _date(iso: str) -> str:
    """``2026-09-01`` as written in letters: ``01.09.2026``."""
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", iso)
    return f"{m.group(3)}.{m.group(2)}.{m.group(1)}" if m else iso


def _short(text: str, n: int = 50) -> str:
    one = " ".join(text.split())
    return one if len(one) <= n else one[:n - 1] + "…"


def _md(text: str) -> str:
    return re.sub(r"([\[\]*_`])", r"\\\1", text)


def _error_text(error: AssistantError) -> str:
    return translate("wp_assistant", "{0} What arrived is kept above.").format(str(error)) \
        if error.kind.value in ("broken_stream", "timeout") else str(error)


def _proposal(text: str, task: Task) -> dict[str, str]:
    """The service code an answer proposes (the local engine's line, or the model's JSON)."""
    services = dict(task.options.get("services", {}))
    code = ""
    m = re.search(r"\{.*\}", text, re.S)
    if m:
        try:
            code = str(json.loads(m.group()).get("service", ""))
        except (ValueError, AttributeError):
            code = ""
    if not code:
        code = next((c for c, name in services.items() if name and name in text), "")
    source = task.sources[0]
    if code not in services:
        return {}
    return {"service": code, "record_id": source.record_id}
