"""The assistant's actions on documents, offered only when the assistant is there.

The Documents module works without it: the assistant is an optional module (it may
not be installed, an administrator may block it or deny it the ``ai`` permission),
so every use goes through :func:`assistant_of`, which gives ``None`` then, and the
action is not shown. Nothing the assistant writes is applied to the document: the
summary opens in the assistant's page, for the user to read.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from workplace.api import PluginContext
from wp_documents.domain.model import DOCUMENTS

ASSISTANT = "wp_assistant"


def assistant_of(ctx: PluginContext) -> Any | None:
    """The assistant's public API now, or ``None`` when it is not running."""
    try:
        return ctx.plugin_api(ASSISTANT)
    except LookupError:  # a manifest that does not name it (a trimmed build)
        return None


def summarise_text() -> str:
    """The action's text (with its mnemonic)."""
    return QCoreApplication.translate("wp_documents", "Su&mmarise with the assistant")


def summarise(ctx: PluginContext, doc_id: str) -> bool:
    """Open the assistant with a summary of ``doc_id`` started; False if it is not there."""
    api = assistant_of(ctx)
    if api is None:
        return False
    api.summarise(DOCUMENTS, doc_id)
    return True
