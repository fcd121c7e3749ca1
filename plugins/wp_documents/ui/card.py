"""The document card: everything about one document, and the buttons of the actions
the signed-in user may take on it now."""

from __future__ import annotations

import asyncio
import base64
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QCloseEvent, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workplace.api import Actor, PluginContext, Query
from wp_documents.domain.model import DELEGATIONS, DOCUMENTS
from wp_documents.ui import assistant
from wp_documents.ui.actions import (
    DELEGABLE,
    ActionRunner,
    action_title,
    active_delegations,
    available,
    trusted_roots,
)
from wp_documents.ui.common import (
    _calendar,
    action_text,
    date_text,
    deadline_text,
    journal_text,
    kind_text,
    number_text,
    on_control,
    status_text,
    store_of,
    time_text,
    today,
)
from wp_documents.ui.plurals import PLURALS

translate = QCoreApplication.translate
PREVIEW_LIMIT = 2_000_000  # bytes of text shown in the preview


def _tree(parent: QWidget, headers: int) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setColumnCount(headers)
    tree.setRootIsDecorated(True)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    tree.header().setStretchLastSection(True)
    return tree


class DocumentCard(QDialog):
    """One document; follows the store while open. Esc closes, Ctrl+Tab turns tabs."""

    def __init__(self, ctx: PluginContext, doc_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wp_documents.card")
        self.ctx, self.doc_id = ctx, doc_id
        self.doc: dict[str, Any] = {}
        self.delegations: list[dict[str, Any]] = []
        self.setModal(False)
        self.resize(1000, 680)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c62828")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QHBoxLayout()
        self.tabs = QTabWidget(self)
        self.details = QWidget(self.tabs)
        self.form = QFormLayout(self.details)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.files = _tree(self.tabs, 4)
        self.preview = QStackedWidget(self.tabs)
        self.preview_text = QPlainTextEdit(self.preview)
        self.preview_text.setReadOnly(True)
        self.preview_image = QLabel(self.preview)
        self.preview_image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_note = QLabel(self.preview)
        self.preview_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_note.setWordWrap(True)
        for w in (self.preview_note, self.preview_text, self.preview_image):
            self.preview.addWidget(w)
        files_page = QSplitter(Qt.Orientation.Horizontal, self.tabs)
        files_page.addWidget(self.files)
        files_page.addWidget(self.preview)
        files_page.setSizes([420, 520])
        self.route = _tree(self.tabs, 4)
        self.resolutions = _tree(self.tabs, 4)
        self.history = _tree(self.tabs, 3)
        self.history.setRootIsDecorated(False)
        self.signatures = _tree(self.tabs, 4)
        self.pages = [self.details, files_page, self.route, self.resolutions, self.history,
                      self.signatures]
        for page in self.pages:
            self.tabs.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(self.buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        self.files.currentItemChanged.connect(lambda item, _old: self._preview(item))
        self.runner = ActionRunner(ctx, self, self._show_error)
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            QShortcut(QKeySequence(keys), self).activated.connect(
                lambda step=step: self.tabs.setCurrentIndex(
                    (self.tabs.currentIndex() + step) % self.tabs.count()))
        self._stop_watching = store_of(ctx).watch([DOCUMENTS], lambda _c: self.reload())
        self._tasks: set[asyncio.Task[Any]] = set()
        self._retranslate()
        self.reload()

    # -- reading and drawing -----------------------------------------------------------

    def reload(self) -> None:
        """Read the document again (after any change to documents)."""
        self._spawn(self._load())

    def _spawn(self, coro: Any) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _load(self) -> None:
        local = await store_of(self.ctx).get(DOCUMENTS, self.doc_id)
        if local is None:
            self.title.setText(translate("wp_documents", "This document is not here (any more)."))
            return
        self.doc = dict(local.record.data)
        self.pending = local.pending
        given = await store_of(self.ctx).query(Query(DELEGATIONS, limit=200))
        self.delegations = [dict(d) for d in active_delegations(
            [{**r.record.data, "id": r.record.id} for r in given],
            store_of(self.ctx).actor.user_id, today())]
        self._draw()

    def _draw(self) -> None:
        d = self.doc
        self.title.setText(str(d.get("title", "")))
        self.setWindowTitle(f"{number_text(d)} — {d.get('title', '')}")
        number = f"№ {d['reg_number']}" if d.get("reg_number") else number_text(d)
        parts = [kind_text(str(d.get("kind", ""))), number,
                 date_text(d.get("reg_date")), status_text(str(d.get("status", "")))]
        if on_control(d):
            parts.append("⚑ " + translate("wp_documents", "Control"))
        if getattr(self, "pending", 0):
            parts.append(translate("wp_documents", "not yet sent to the server"))
        self.subtitle.setText("  ·  ".join(p for p in parts if p))
        self._draw_buttons()
        self._draw_details()
        self._draw_files()
        self._draw_route()
        self._draw_resolutions()
        self._draw_history()
        self._spawn(self._draw_signatures())
        self._retitle_tabs()

    def _draw_buttons(self) -> None:
        while self.buttons.count():
            item = self.buttons.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for key in available(self.doc, store_of(self.ctx).actor):
            button = QPushButton(action_title(key), self)
            button.setObjectName(f"action-{key}")
            button.clicked.connect(lambda _c=False, key=key: self._spawn(self._act(key)))
            self.buttons.addWidget(button)
        for d in self.delegations:  # acting for an absent head
            head = Actor(d["principal"]["id"], "", "", frozenset(d["roles"]))
            for key in available(self.doc, head):
                if key not in DELEGABLE:
                    continue
                button = QPushButton(translate("wp_documents", "{0} for {1}").format(
                    action_title(key).replace("&", ""), d["principal"]["name"]), self)
                button.setObjectName(f"action-{key}-for-{d['principal']['id']}")
                button.clicked.connect(
                    lambda _c=False, key=key, d=d: self._spawn(self._act(key, d)))
                self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        if assistant.assistant_of(self.ctx) is not None:  # an optional module
            button = QPushButton(assistant.summarise_text(), self)
            button.setObjectName("action-summarise")
            button.setToolTip(translate(
                "wp_documents", "The assistant picks the key sentences of this document "
                                "(or a language model summarises it, if one is connected). "
                                "Nothing in the document changes."))
            button.clicked.connect(self._summarise)
            self.buttons.addWidget(button)

    def _summarise(self) -> None:
        # The summary opens in the main window's assistant page; the card would hide
        # it, and a citation in the summary opens the card again.
        if assistant.summarise(self.ctx, self.doc_id):
            self.close()

    async def _act(self, key: str, delegation: dict[str, Any] | None = None) -> None:
        self.error.hide()
        if await self.runner.run(key, self.doc_id, self.doc, delegation):
            await self._load()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _draw_details(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        d = self.doc
        resolutions = d.get("resolutions") or []
        lead = resolutions[-1]["executors"][0]["name"] if resolutions else "—"
        rows = [
            (translate("wp_documents", "Correspondent:"), d.get("correspondent") or "—"),
            (translate("wp_documents", "Journal:"), journal_text(d.get("journal"))),
            (translate("wp_documents", "Case index:"), d.get("case_index") or "—"),
            (translate("wp_documents", "Registration:"),
             f"{number_text(d)}  {date_text(d.get('reg_date'))}".strip()),
            (translate("wp_documents", "Registered by:") if d.get("kind") == "incoming"
             else translate("wp_documents", "Author:"), d.get("author_name") or ""),
            (translate("wp_documents", "Lead executor:"), lead),
            (translate("wp_documents", "Deadline:"),
             deadline_text(d, _calendar(self.ctx)) or "—"),
            (translate("wp_documents", "Control:"),
             translate("wp_documents", "yes") if on_control(d)
             else translate("wp_documents", "no")),
            (translate("wp_documents", "Summary:"), d.get("summary") or ""),
        ]
        for label, value in rows:
            text = QLabel(str(value), self.details)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                         | Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(label, text)

    def _draw_files(self) -> None:
        self.files.clear()
        self.files.setHeaderLabels([translate("wp_documents", "File"),
                                    translate("wp_documents", "Size"),
                                    translate("wp_documents", "Added"),
                                    translate("wp_documents", "By")])
        for attachment in self.doc.get("attachments") or []:
            versions = attachment["versions"]
            top = QTreeWidgetItem(self.files, [
                attachment["name"], QLocaleSize.of(versions[-1]["size"]),
                time_text(versions[-1]["at"]), versions[-1]["by"]["name"]])
            top.setData(0, Qt.ItemDataRole.UserRole, versions[-1])
            for n, version in enumerate(versions, 1):
                child = QTreeWidgetItem(top, [
                    PLURALS.version(n),
                    QLocaleSize.of(version["size"]), time_text(version["at"]),
                    version["by"]["name"]])
                child.setData(0, Qt.ItemDataRole.UserRole, version)
        first = self.files.topLevelItem(0)
        if first is not None:
            self.files.setCurrentItem(first)
        else:
            self.preview_note.setText(translate("wp_documents", "No files attached."))
            self.preview.setCurrentWidget(self.preview_note)

    def _preview(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        version = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(version, dict):
            self._spawn(self._show_preview(version))

    async def _show_preview(self, version: dict[str, Any]) -> None:
        from workplace.api.blobs import BlobError

        try:
            data = await self.ctx.blobs.get(version["sha256"])
        except BlobError:
            self.preview_note.setText(translate(
                "wp_documents", "The file is not on this computer yet."))
            self.preview.setCurrentWidget(self.preview_note)
            return
        mime = str(version.get("mime", ""))
        if mime.startswith("image/"):
            image = QImage.fromData(data)
            if not image.isNull():
                self.preview_image.setPixmap(QPixmap.fromImage(image).scaled(
                    480, 600, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation))
                self.preview.setCurrentWidget(self.preview_image)
                return
        if mime.startswith("text/") or mime in ("application/json", "application/xml"):
            self.preview_text.setPlainText(data[:PREVIEW_LIMIT].decode("utf-8", "replace"))
            self.preview.setCurrentWidget(self.preview_text)
            return
        # PDF, DOCX: their text, read from a copy in memory off the GUI thread.
        from wp_documents.textextract import extract_text

        text = await self.ctx.run_blocking(extract_text, data, str(version.get("name", "")),
                                           mime)
        if text:
            self.preview_text.setPlainText(
                translate("wp_documents", "The text of the file (the file itself opens in "
                          "its own program):") + "\n\n" + text)
            self.preview.setCurrentWidget(self.preview_text)
            return
        self.preview_note.setText(translate(
            "wp_documents", "No preview for this kind of file."))
        self.preview.setCurrentWidget(self.preview_note)

    def _draw_route(self) -> None:
        self.route.clear()
        self.route.setHeaderLabels([translate("wp_documents", "Stage / approver"),
                                    translate("wp_documents", "Decision"),
                                    translate("wp_documents", "When"),
                                    translate("wp_documents", "Comment")])
        route = self.doc.get("route")
        if not route:
            note = QTreeWidgetItem(self.route, [translate(
                "wp_documents", "This document has not been sent for approval.")])
            note.setFirstColumnSpanned(True)
            note.setFlags(Qt.ItemFlag.ItemIsEnabled)
            return
        modes = {"all": translate("wp_documents", "every approver must approve"),
                 "any": translate("wp_documents", "one approval is enough"),
                 "majority": translate("wp_documents", "a majority must approve")}
        decisions = {"approved": translate("wp_documents", "approved"),
                     "rejected": translate("wp_documents", "rejected"),
                     "returned": translate("wp_documents", "returned for rework")}
        for n, stage in enumerate(route["stages"]):
            here = n == route["current"] and route["state"] == "in_progress"
            top = QTreeWidgetItem(self.route, [
                f"{PLURALS.stage(n + 1)}: {modes[stage['mode']]}",
                translate("wp_documents", "current stage") if here else "", "", ""])
            for a in stage["approvers"]:
                decision = a.get("decision")
                QTreeWidgetItem(top, [
                    a["name"], decisions.get(decision, "") if decision
                    else translate("wp_documents", "waiting"),
                    time_text(a.get("at")), a.get("comment") or ""])
        self.route.expandAll()

    def _draw_resolutions(self) -> None:
        self.resolutions.clear()
        self.resolutions.setHeaderLabels([translate("wp_documents", "Resolution / report"),
                                          translate("wp_documents", "Executors"),
                                          translate("wp_documents", "Deadline"),
                                          translate("wp_documents", "State")])
        states = {"open": translate("wp_documents", "in execution"),
                  "reported": translate("wp_documents", "reported, under control"),
                  "done": translate("wp_documents", "done")}
        for res in self.doc.get("resolutions") or []:
            names = [p["name"] for p in res["executors"]]
            lead = translate("wp_documents", "{0} (lead)").format(names[0]) if names else ""
            top = QTreeWidgetItem(self.resolutions, [
                f"{res['author']['name']}: {res['text']}", ", ".join([lead, *names[1:]]),
                date_text(res.get("deadline")) + (" ⚑" if res.get("control") else ""),
                states.get(res["state"], res["state"])])
            for report in res["reports"]:
                QTreeWidgetItem(top, [f"{report['by']['name']}: {report['text']}", "",
                                      time_text(report["at"]), ""])
        self.resolutions.expandAll()

    def _draw_history(self) -> None:
        self.history.clear()
        self.history.setHeaderLabels([translate("wp_documents", "When"),
                                      translate("wp_documents", "Who"),
                                      translate("wp_documents", "What")])
        for entry in reversed(self.doc.get("history") or []):
            who = entry["by"]["name"]
            if entry.get("on_behalf"):
                who = translate("wp_documents", "{0} for {1}").format(
                    who, entry["on_behalf"]["name"])
            what = action_text(entry["action"])
            if entry.get("note"):
                what += f": {entry['note']}"
            QTreeWidgetItem(self.history, [time_text(entry["at"]), who, what])

    async def _draw_signatures(self) -> None:
        from workplace.api.blobs import BlobError
        from wp_documents.signing.verify import verify

        self.signatures.clear()
        self.signatures.setHeaderLabels([translate("wp_documents", "Signer"),
                                         translate("wp_documents", "IIN / BIN"),
                                         translate("wp_documents", "Signed"),
                                         translate("wp_documents", "Check")])
        signatures = list(self.doc.get("signatures") or [])
        if not signatures:
            return
        roots = await trusted_roots(self.ctx)
        for sig in signatures:
            try:
                data = await self.ctx.blobs.get(sig["sha256"])
                found = await self.ctx.run_blocking(
                    verify, data, base64.b64decode(sig["cms"]), roots)
                check = verdict(found.problem)
                chain = "\n".join(found.chain)
            except BlobError:
                check, chain = translate("wp_documents", "file not on this computer"), ""
            signer = sig["signer"]
            ids = " / ".join(x for x in (signer.get("iin"), signer.get("bin")) if x)
            item = QTreeWidgetItem(self.signatures, [signer.get("name", ""), ids,
                                                     time_text(sig["at"]), check])
            item.setToolTip(3, chain)

    # -- language ----------------------------------------------------------------------

    def _retitle_tabs(self) -> None:
        files, resolutions, signatures = (len(self.doc.get(k) or []) for k in (
            "attachments", "resolutions", "signatures"))
        titles = [translate("wp_documents", "&Details"),
                  PLURALS.tab("files", files),
                  translate("wp_documents", "R&oute"),
                  PLURALS.tab("resolutions", resolutions),
                  translate("wp_documents", "&History"),
                  PLURALS.tab("signatures", signatures)]
        for i, title in enumerate(titles):
            self.tabs.setTabText(i, title)

    def _retranslate(self) -> None:
        self._retitle_tabs()
        if self.doc:
            self._draw()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Texts in a new language."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Stop following the store."""
        self.close_card()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        """Esc or close: stop following the store."""
        self.close_card()
        super().done(result)

    def close_card(self) -> None:
        """Stop following the store and drop reads under way."""
        self._stop_watching()
        for task in list(self._tasks):
            task.cancel()


def verdict(problem: str) -> str:
    """What a signature check found, for the user."""
    texts = {
        "": translate("wp_documents", "valid"),
        "altered": translate("wp_documents", "NOT valid: the file was changed after signing"),
        "bad_signature": translate("wp_documents", "NOT valid: the signature is damaged"),
        "untrusted": translate("wp_documents",
                               "NOT valid: the certificate does not lead to a trusted root"),
        "expired": translate("wp_documents", "NOT valid: a certificate has expired"),
        "unsupported": translate("wp_documents",
                                 "cannot be checked here (GOST key): check it in NCALayer"),
        "malformed": translate("wp_documents", "NOT valid: not a signature"),
    }
    return texts.get(problem, problem)


class QLocaleSize:
    """File sizes as people read them."""

    @staticmethod
    def of(size: int) -> str:
        """``size`` bytes in the user's locale (KB, MB…)."""
        from PySide6.QtCore import QLocale

        return QLocale().formattedDataSize(int(size))
