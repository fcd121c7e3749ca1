"""The messages a language model is sent for each kind of task (before redaction)."""

from __future__ import annotations

from collections.abc import Sequence

from wp_assistant.backends import Message, Task, TaskKind

LANGUAGE_NAMES = {"kk": "Kazakh", "ru": "Russian", "en": "English"}

SYSTEM = (
    "You assist a civil servant of the Republic of Kazakhstan. You draft, summarise, "
    "classify and translate; a person reviews and decides. Answer in {language}, in a "
    "formal, plain style. Personal data in the text has been replaced with placeholders "
    "such as [IIN_1], [PHONE_2] or [ADDRESS_1]: copy them exactly where the data "
    "belongs and never invent personal data. Do not invent facts, numbers or deadlines; "
    "say when the sources do not answer the question.")


def _sources(task: Task) -> str:
    return "\n\n".join(f"[{n}] {c.title}\n{c.passage}" for n, c in
                       enumerate(task.sources, start=1))


def user_prompt(task: Task) -> str:
    """The user message for ``task``."""
    language = LANGUAGE_NAMES.get(task.language, "Russian")
    if task.kind is TaskKind.ASK:
        return ("Answer the question using only the numbered sources below. Cite the "
                "sources you use as [1], [2]. If they do not contain the answer, say so.\n\n"
                f"Question: {task.text}\n\nSources:\n{_sources(task)}")
    if task.kind is TaskKind.SUMMARISE:
        return ("Summarise this document in 3 to 5 sentences: what it is, who wants what, "
                f"deadlines and decisions. Write in {language}.\n\n{task.text}")
    if task.kind is TaskKind.DRAFT_REPLY:
        template = str(task.options.get("template", ""))
        hint = f"\n\nFollow this reply template:\n{template}" if template else ""
        reply_in = LANGUAGE_NAMES.get(str(task.options.get("reply_language", task.language)),
                                      language)
        return ("Draft a reply of the state body to the citizen's request below. It must "
                "answer every point raised, cite no law you are not sure of, and end with "
                "the usual formula about the right to appeal. Write in "
                f"{reply_in}.{hint}\n\nRequest:\n{task.text}")
    if task.kind is TaskKind.CLASSIFY:
        services = "\n".join(f"{code}: {name}" for code, name in
                             dict(task.options.get("services", {})).items())
        departments = "\n".join(f"{dep}: {name}" for dep, name in
                                dict(task.options.get("departments", {})).items())
        return ("Suggest the service type and the department for this citizen's request. "
                "Answer with one line of JSON: {\"service\": <code>, \"department\": <id>, "
                "\"reason\": <one sentence>}.\n\nService types:\n"
                f"{services}\n\nDepartments:\n{departments or '(unknown)'}\n\n"
                f"Request:\n{task.text}")
    if task.kind is TaskKind.TRANSLATE:
        target = LANGUAGE_NAMES.get(str(task.options.get("target", "ru")), "Russian")
        return (f"Translate the text below into {target}. Keep the official style, the "
                f"numbers and the placeholders exactly. Give the translation only.\n\n"
                f"{task.text}")
    return task.text


def messages_for(task: Task, history: Sequence[Message] = ()) -> list[Message]:
    """System prompt, the earlier turns of the conversation, then ``task``."""
    system = Message("system", SYSTEM.format(
        language=LANGUAGE_NAMES.get(task.language, "Russian")))
    return [system, *history[-8:], Message("user", user_prompt(task))]
