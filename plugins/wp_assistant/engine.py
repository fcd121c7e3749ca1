"""The on-device engine: useful answers with no language model at all.

It finds passages (retrieval over the local cache, done by the service before the
task arrives), picks a document's key sentences (extractive summary), fills reply
templates and proposes a service type from the words of a request. Every answer
says plainly that no language model is connected. Nothing leaves this computer.
"""

from __future__ import annotations

import asyncio
import re
from collections import Counter
from collections.abc import AsyncGenerator, Sequence
from typing import Any

from workplace.api import translatable
from wp_assistant import textrank
from wp_assistant.backends import Backend, Message, Task, TaskKind

NO_MODEL = translatable("wp_assistant", "No language model connected: this answer was made "
                                        "on this computer from your documents, by search "
                                        "and sentence ranking.")

#: Words that point to a service type, by its code (kk, ru, en stems).
SERVICE_CUES: dict[str, tuple[str, ...]] = {
    "COMPLAINT": ("жалоб", "шағым", "complain", "нарушен", "бұзыл", "отказа", "бас тарт",
                  "незаконн", "заңсыз"),
    "INFO": ("информац", "ақпарат", "разъясн", "түсіндір", "сведен", "мәлімет", "справк",
             "анықтам", "information"),
    "PROPOSAL": ("предлага", "предложен", "ұсын", "propos", "suggest"),
    "REPORT": ("сообщаю", "сообщени", "хабарла", "report", "информирую"),
}

# The skeletons of a reply, filled with the request's data; a person edits the rest.
REPLY_TEMPLATES = {
    "kk": ("Құрметті {name}!\n\n{date} күнгі №{number} «{subject}» туралы өтінішіңіз "
           "қаралды.\n\n[Мұнда өтініштің әр тармағы бойынша жауапты жазыңыз.]\n\n"
           "Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексіне сәйкес "
           "Сіз осы жауапқа жоғары тұрған әкімшілік органға не сотқа шағымдануға "
           "құқылысыз.\n\nҚұрметпен,\n{signer}"),
    "ru": ("Уважаемый(-ая) {name}!\n\nВаше обращение №{number} от {date} «{subject}» "
           "рассмотрено.\n\n[Здесь изложите ответ по каждому вопросу обращения.]\n\n"
           "В соответствии с Административным процедурно-процессуальным кодексом "
           "Республики Казахстан Вы вправе обжаловать настоящий ответ в "
           "вышестоящий административный орган или в суд.\n\nС уважением,\n{signer}"),
    "en": ("Dear {name},\n\nYour request No. {number} of {date}, “{subject}”, has been "
           "considered.\n\n[Answer each point of the request here.]\n\nUnder "
           "the Administrative Procedural Code of the Republic of Kazakhstan you may appeal "
           "this reply to a higher administrative body or to a court.\n\nYours sincerely,\n"
           "{signer}"),
}


def suggest_service(text: str, services: dict[str, str]) -> tuple[str, str]:
    """The most likely service code for a request's text, and the cue that decided."""
    lowered = text.casefold()
    best, cue_found, hits = "APPEAL", "", 0
    for code, cues in SERVICE_CUES.items():
        if services and code not in services:
            continue
        found = [c for c in cues if c in lowered]
        if len(found) > hits:
            best, cue_found, hits = code, found[0], len(found)
    if services and best not in services:
        best = next(iter(services))
    return best, cue_found


def majority(values: Sequence[str]) -> str:
    counted = Counter(v for v in values if v)
    return counted.most_common(1)[0][0] if counted else ""


def fill_template(template: str, fields: dict[str, Any]) -> str:
    """``template`` with ``{name}`` fields filled; unknown fields stay visible to edit."""
    return re.sub(r"\{(\w+)\}", lambda m: str(fields.get(m.group(1)) or "…"), template)


class LocalEngine(Backend):
    """:class:`Backend` that needs no model; answers are labelled as such."""

    endpoint = "local"
    leaves_computer = False

    async def stream(self, task: Task, messages: Sequence[Message]) -> AsyncGenerator[str, None]:
        yield f"_{NO_MODEL}_\n\n"
        for part in self.answer(task):
            await asyncio.sleep(0)  # let Stop and painting in between parts
            yield part

    def answer(self, task: Task) -> list[str]:
        """The answer to ``task`` in parts (paragraphs), in the interface language."""
        if task.kind in (TaskKind.ASK, TaskKind.CHAT):
            if not task.sources:
                return [str(translatable(
                    "wp_assistant", "Nothing in your documents matches these words. "
                                    "Try other words, or a shorter question."))]
            parts = [str(translatable(
                "wp_assistant", "The passages of your documents that best match "
                                "the question:")) + "\n\n"]
            for n, c in enumerate(task.sources, start=1):
                parts.append(f"[{n}] **{c.title}** — {c.passage}\n\n")
            return parts
        if task.kind is TaskKind.SUMMARISE:
            # The record's body if the service found it (else the text as given); the
            # title is the request's heading, so a sentence repeating it is not picked.
            body = task.options.get("body")
            text = body if isinstance(body, str) else task.text
            titles = [c.title for c in task.sources[:1] if c.title]
            key = textrank.summarise(text, int(task.options.get("sentences", 3)), titles)
            if not key:
                return [str(translatable("wp_assistant", "The document has no text to summarise."))]
            head = str(translatable("wp_assistant", "Key sentences of the document:")) + "\n\n"
            return [head, *(f"- {s}\n" for s in key)]
        if task.kind is TaskKind.DRAFT_REPLY:
            lang = str(task.options.get("reply_language") or task.language)
            template = str(task.options.get("template") or REPLY_TEMPLATES.get(
                lang, REPLY_TEMPLATES["ru"]))
            fields = dict(task.options.get("fields", {}))
            return [str(translatable("wp_assistant", "A draft from the reply template; write the "
                                           "answer itself where the brackets say:")) + "\n\n",
                    fill_template(template, fields)]
        if task.kind is TaskKind.CLASSIFY:
            services = dict(task.options.get("services", {}))
            code, cue = suggest_service(task.text, services)
            department = majority(list(task.options.get("similar_departments", [])))
            departments = dict(task.options.get("departments", {}))
            lines = [str(translatable("wp_assistant", "Proposed service type: {0}")).format(
                services.get(code, code))]
            if cue:
                lines.append(str(translatable("wp_assistant", "Because the request says “{0}…”."))
                             .format(cue))
            if department:
                lines.append(str(translatable("wp_assistant", "Proposed department: {0} (where "
                                                    "similar requests went).")).format(
                    departments.get(department, department)))
            return ["\n".join(lines)]
        return [str(translatable("wp_assistant", "Translation needs a language model, and none is "
                                       "connected. Ask your IT administrator to connect one, "
                                       "or choose one in Settings → Assistant."))]
