"""The assistant's actions on a request, offered only while the assistant runs.

The requests module works without it: the assistant is an optional module (it may
not be installed, an administrator may block it or deny it the ``ai`` permission),
so every use goes through :func:`assistant_of`, which gives ``None`` then, and the
card shows no assistant buttons. Nothing the assistant writes is applied by itself:
a draft opens in the assistant's page for the user to read and edit; a proposed
service type is applied only when the user presses Accept there, and then by this
module (its own ``wp_egov.change_service`` mutation, with its checks and messages).
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from workplace.api import PluginContext
from wp_egov.catalogue import REQUESTS, template
from wp_egov.catalogue import fill as fill_template

ASSISTANT = "wp_assistant"
# The reply template a draft follows: the plain answer (the decision — granted or
# refused — is the person's, in the Reply dialog).
DRAFT_TEMPLATE = "answer"
# Our placeholders the assistant fills itself from the request, by its own names.
_ASSISTANT_FIELDS = {"applicant": "name", "reg_date": "date", "number": "number",
                     "subject": "subject"}

translate = QCoreApplication.translate


def assistant_of(ctx: PluginContext) -> Any | None:
    """The assistant's public API now, or ``None`` when it is not running."""
    try:
        return ctx.plugin_api(ASSISTANT)
    except LookupError:  # a manifest that does not name it (a trimmed build)
        return None


def draft_text() -> str:
    return translate("wp_egov", "&Draft a reply with the assistant")


def suggest_text() -> str:
    return translate("wp_egov", "Su&ggest service type")


def reply_template(data: Mapping[str, Any], executor: str) -> str:
    """The reply template in the request's language, as the assistant reads it.

    The applicant's name, the number, the date and the subject stay placeholders in the
    assistant's own names (``{name}``, ``{number}``, ``{date}``, ``{subject}``): it
    fills them from the request on this computer, so the template adds no personal data
    to what a language model may be sent. The executor (the user) is filled in here.
    """
    t = template(DRAFT_TEMPLATE)
    if t is None:
        return ""
    lang = "kk" if data.get("lang") == "kk" else "ru"
    text = re.sub(r"\{(\w+)\}", lambda m: "{" + _ASSISTANT_FIELDS[m.group(1)] + "}"
                  if m.group(1) in _ASSISTANT_FIELDS else m.group(0), t.text(lang))
    return fill_template(text, {"executor": executor})


def draft_reply(ctx: PluginContext, data: Mapping[str, Any], record_id: str,
                executor: str) -> bool:
    """Open the assistant with a draft reply to the request started; False if absent."""
    api = assistant_of(ctx)
    if api is None:
        return False
    api.draft_reply(REQUESTS, record_id, reply_template(data, executor))
    return True


def suggest_service(ctx: PluginContext, record_id: str,
                    apply: Callable[[str], Awaitable[Any]]) -> bool:
    """Open the assistant with a service type proposed for the request; ``apply`` runs
    only when the user accepts the proposal there. False if the assistant is absent."""
    api = assistant_of(ctx)
    if api is None:
        return False
    api.suggest_service(REQUESTS, record_id, apply=apply)
    return True
