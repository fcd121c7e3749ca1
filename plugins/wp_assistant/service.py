"""The assistant's core: policy, redaction, audit, then the backend's stream.

For every task it decides where the answer comes from (the policy may switch models
off or lock the endpoint), finds the sources, builds the prompt, redacts it, records
the call in the audit trail — before anything is sent — and streams the answer with
the placeholders put back. Qt-free: the widgets only show :class:`Update` objects.
"""

from __future__ import annotations

import time
from collections.abc import AsyncGenerator, Awaitable, Callable
from contextlib import aclosing
from dataclasses import dataclass, field
from typing import Any

from workplace.api import AIPolicy
from wp_assistant.backends import (
    AssistantError,
    Backend,
    Citation,
    ErrorKind,
    Message,
    Task,
    TaskKind,
)
from wp_assistant.engine import LocalEngine
from wp_assistant.prompts import messages_for
from wp_assistant.redaction import Category, Redacted, Redactor, parse_categories
from wp_assistant.retrieval import Retriever, record_body

AuditHook = Callable[..., Awaitable[Any]]


@dataclass(frozen=True)
class Update:
    """The answer so far (placeholders restored), and how the call is going."""

    text: str
    done: bool = False
    error: AssistantError | None = None
    citations: tuple[Citation, ...] = ()
    #: Whether a language model wrote it (False: the local engine).
    by_model: bool = False
    first_token_s: float | None = None


@dataclass(frozen=True)
class Preview:
    """What will be sent for a task: the redacted messages and the taken-out values."""

    endpoint: str
    messages: list[Message]
    redacted: dict[Category, int]
    placeholders: dict[str, str]
    leaves_computer: bool


@dataclass
class Conversation:
    """One chat: turns as shown, and the redactor that keeps its placeholders stable."""

    id: str
    title: str = ""
    created: str = ""
    turns: list[dict[str, Any]] = field(default_factory=list)
    redactor: Redactor = field(default_factory=Redactor)

    def history(self) -> list[Message]:
        """Earlier turns for the model, redacted like everything sent."""
        return [Message(t["role"], self.redactor.redact(str(t["text"])).text)
                for t in self.turns if t.get("role") in ("user", "assistant")
                and not t.get("local")]


class Assistant:
    """Answers tasks with ``backend`` (or the local engine), under ``policy``."""

    def __init__(self, policy: AIPolicy, store: Any = None,
                 audit: AuditHook | None = None) -> None:
        self.policy = policy
        self.retriever = Retriever(store) if store is not None else None
        self._audit = audit
        self.local = LocalEngine()
        self.backend: Backend = self.local
        self.send_as_is: frozenset[Category] = frozenset()

    @property
    def never_send(self) -> frozenset[Category]:
        return parse_categories(self.policy.never_send)

    def use(self, backend: Backend) -> None:
        """Answer with ``backend`` from now on (the local engine if AI is off)."""
        self.backend = backend if self.policy.enabled else self.local

    def redactor_for(self, conversation: Conversation) -> Redactor:
        r = conversation.redactor
        r.send_as_is, r.never_send = self.send_as_is, self.never_send
        return r

    async def prepare(self, task: Task) -> Task:
        """``task`` with its sources found (questions about my documents).

        A summary of one record gets the record's body (``options["body"]``): the
        on-device engine ranks its sentences only, not the title, people or numbers.
        """
        if task.kind is TaskKind.SUMMARISE and len(task.sources) == 1 \
                and "body" not in task.options and self.retriever is not None:
            source = task.sources[0]
            local = await self.retriever.store.get(source.collection, source.record_id)
            if local is not None:
                return Task(task.kind, task.text, task.language, task.sources,
                            {**task.options, "body": record_body(local.record.data)})
        if task.kind in (TaskKind.ASK,) and not task.sources and self.retriever is not None:
            found = await self.retriever.find(task.text)
            return Task(task.kind, task.text, task.language, tuple(found), task.options)
        if task.kind is TaskKind.CLASSIFY and self.retriever is not None \
                and "similar_departments" not in task.options:
            similar = await self.retriever.find(task.text, limit=7)
            deps = await self._departments_of(similar, task)
            return Task(task.kind, task.text, task.language, task.sources,
                        {**task.options, "similar_departments": deps})
        return task

    async def _departments_of(self, found: list[Citation], task: Task) -> list[str]:
        store = self.retriever.store if self.retriever else None
        if store is None:
            return []
        own = {c.record_id for c in task.sources}
        deps = []
        for c in found:
            if c.record_id in own:
                continue
            local = await store.get(c.collection, c.record_id)
            if local is not None:
                deps.append(str(local.record.data.get("department") or
                                local.record.department or ""))
        return deps

    def preview(self, task: Task, conversation: Conversation) -> Preview:
        """What :meth:`run` would send for ``task`` (run :meth:`prepare` first)."""
        backend = self.backend
        if not backend.leaves_computer:
            return Preview(backend.endpoint, [], {}, {}, False)
        redactor = self.redactor_for(conversation)
        counts: dict[Category, int] = {}
        sent = []
        for m in messages_for(task, conversation.history()):
            red: Redacted = redactor.redact(m.content)
            for c, n in red.counts.items():
                counts[c] = counts.get(c, 0) + n
            sent.append(Message(m.role, red.text))
        return Preview(backend.endpoint, sent, counts, redactor.placeholders, True)

    async def run(self, task: Task, conversation: Conversation) -> AsyncGenerator[Update, None]:
        """Stream the answer to ``task``; the last update has ``done`` or ``error`` set.

        Cancel the iteration to stop: what arrived so far is what the caller keeps.
        """
        task = await self.prepare(task)
        backend = self.backend
        by_model = backend.leaves_computer
        redactor = self.redactor_for(conversation)
        messages: list[Message] = []
        if by_model:
            preview = self.preview(task, conversation)
            messages = preview.messages
            if self._audit is not None:
                try:
                    await self._audit_call(backend, task, preview)
                except Exception as exc:  # no trace, no sending
                    yield Update("", error=AssistantError(ErrorKind.REFUSED, str(exc)),
                                 citations=task.sources, by_model=True)
                    return
        started = time.monotonic()
        first: float | None = None
        raw = ""
        text = ""
        try:
            async with aclosing(backend.stream(task, messages)) as pieces:
                async for piece in pieces:
                    if first is None:
                        first = time.monotonic() - started
                    raw += piece
                    text = redactor.restore_partial(raw) if by_model else raw
                    yield Update(text, citations=task.sources, by_model=by_model,
                                 first_token_s=first)
        except AssistantError as exc:
            text = redactor.restore(raw) if by_model else raw
            yield Update(text, error=exc, citations=task.sources, by_model=by_model,
                         first_token_s=first)
            return
        text = redactor.restore(raw) if by_model else raw
        yield Update(text, done=True, citations=task.sources, by_model=by_model,
                     first_token_s=first)

    async def _audit_call(self, backend: Backend, task: Task, preview: Preview) -> None:
        assert self._audit is not None
        redacted = ", ".join(f"{c.value}×{n}" for c, n in sorted(preview.redacted.items()))
        source = task.sources[0] if len(task.sources) == 1 else None
        await self._audit(
            subject="", what=f"sent to a language model at {backend.endpoint}; personal "
                             f"data redacted: {redacted or 'none found'}",
            why=f"assistant: {task.kind.value}",
            collection=source.collection if source else "",
            record_id=source.record_id if source else "")
