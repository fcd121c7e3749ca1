"""Settings → Assistant: where answers come from, the key, what may be sent as is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from workplace.api import PluginContext, ServiceUnavailableError
from wp_assistant.redaction import CATEGORY_NAMES, Category, parse_categories

if TYPE_CHECKING:
    from wp_assistant.plugin import AssistantPlugin

translate = QCoreApplication.translate


class AssistantSettings(QWidget):
    def __init__(self, ctx: PluginContext, plugin: AssistantPlugin) -> None:
        super().__init__()
        self.ctx, self.plugin = ctx, plugin
        policy = ctx.ai_policy
        layout = QVBoxLayout(self)
        where = QGroupBox(translate("wp_assistant", "Where answers come from"))
        wl = QVBoxLayout(where)
        self.local = QRadioButton(translate("wp_assistant", "This computer only (no language "
                                                            "model; nothing is sent)"))
        self.gateway = QRadioButton(translate("wp_assistant", "The organisation's model, "
                                                              "through the Workplace server"))
        self.endpoint = QRadioButton(translate("wp_assistant", "Another model "
                                                               "(OpenAI-compatible address)"))
        self.group = QButtonGroup(self)
        for b in (self.local, self.gateway, self.endpoint):
            self.group.addButton(b)
            wl.addWidget(b)
        form = QFormLayout()
        self.url = QLineEdit(ctx.settings.get("url", ""))
        self.url.setPlaceholderText("https://llm.example.kz/v1")
        self.model = QLineEdit(ctx.settings.get("model", ""))
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText(translate("wp_assistant", "kept in the system keyring; "
                                                              "leave empty to keep the "
                                                              "current one"))
        form.addRow(translate("wp_assistant", "Address:"), self.url)
        form.addRow(translate("wp_assistant", "Model:"), self.model)
        form.addRow(translate("wp_assistant", "Access key:"), self.key)
        wl.addLayout(form)
        choice = ctx.settings.get("backend", "local")
        {"gateway": self.gateway, "endpoint": self.endpoint}.get(choice, self.local) \
            .setChecked(True)
        layout.addWidget(where)
        note = QLabel()
        note.setWordWrap(True)
        if not policy.enabled:
            note.setText(translate("wp_assistant", "Your administrator has switched language "
                                                   "models off: answers are made on this "
                                                   "computer only."))
            where.setEnabled(False)
            self.local.setChecked(True)
        elif policy.locked:
            note.setText(translate("wp_assistant", "Your administrator has set the model: "
                                                   "{0}.").format(policy.endpoint))
            where.setEnabled(False)
        layout.addWidget(note)
        send = QGroupBox(translate("wp_assistant", "Personal data sent to a model as is "
                                                   "(everything else is replaced with "
                                                   "placeholders)"))
        sl = QVBoxLayout(send)
        allowed = parse_categories(ctx.settings.get("send_as_is", []))
        never = parse_categories(policy.never_send)
        self.boxes: dict[Category, QCheckBox] = {}
        for c in Category:
            box = QCheckBox(str(CATEGORY_NAMES[c]))
            box.setChecked(c in allowed and c not in never)
            if c in never:
                box.setEnabled(False)
                box.setToolTip(translate("wp_assistant", "Your administrator forbids "
                                                         "sending this."))
            self.boxes[c] = box
            sl.addWidget(box)
        layout.addWidget(send)
        layout.addStretch(1)

    def apply(self) -> None:
        s = self.ctx.settings
        s.set("backend", "gateway" if self.gateway.isChecked() else
              "endpoint" if self.endpoint.isChecked() else "local")
        s.set("url", self.url.text().strip())
        s.set("model", self.model.text().strip())
        s.set("send_as_is", [c.value for c, b in self.boxes.items()
                             if b.isChecked() and b.isEnabled()])
        key = self.key.text()
        if key:
            try:
                creds = self.ctx.credentials
                self.ctx.spawn(self.ctx.run_blocking(creds.set, "api_key", key))  # type: ignore[arg-type]
            except ServiceUnavailableError:
                self.ctx.notify(translate("wp_assistant", "The access key was not kept"),
                                translate("wp_assistant", "This Workplace has no system "
                                                          "keyring for modules."))
        self.plugin.configure()
