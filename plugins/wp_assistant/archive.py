"""Conversations kept on this computer: encrypted (``ctx.blobs``), searchable, exportable.

All conversations are one JSON document kept as an encrypted blob; the settings hold
only its digest. Answers hold personal data put back from placeholders, so they are
never written anywhere in plain text and never synced.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from workplace.api import BlobError, BlobStore, SettingsNamespace
from wp_assistant.backends import Citation
from wp_assistant.service import Conversation

DIGEST_KEY = "archive_digest"


def to_markdown(conversation: Conversation, labels: dict[str, str]) -> str:
    """The conversation as Markdown, citations as a list under each answer."""
    lines = [f"# {conversation.title or labels.get('untitled', '')}", ""]
    if conversation.created:
        lines += [f"_{conversation.created}_", ""]
    for turn in conversation.turns:
        who = labels.get(str(turn.get("role")), str(turn.get("role")))
        lines += [f"**{who}:**", "", str(turn.get("text", "")).strip(), ""]
        for n, c in enumerate(turn.get("citations", []), start=1):
            lines.append(f"{n}. {c['title']} ({c['collection']} / {c['record_id']})")
        if turn.get("citations"):
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def citations_of(turn: dict[str, Any]) -> list[Citation]:
    return [Citation(c["collection"], c["record_id"], c.get("title", ""), c.get("passage", ""))
            for c in turn.get("citations", [])]


def matches(conversation: Conversation, text: str) -> bool:
    """Whether every word of ``text`` occurs in the conversation (case-folded)."""
    body = (conversation.title + "\n" + "\n".join(
        str(t.get("text", "")) for t in conversation.turns)).casefold()
    return all(w in body for w in text.casefold().split())


class Archive:
    """Load and save the conversations; without ``blobs`` they live for this run only."""

    def __init__(self, blobs: BlobStore | None, settings: SettingsNamespace) -> None:
        self.blobs = blobs
        self.settings = settings
        self.conversations: list[Conversation] = []

    async def load(self) -> list[Conversation]:
        digest = self.settings.get(DIGEST_KEY, "")
        if self.blobs is None or not digest:
            return self.conversations
        try:
            raw = json.loads(await self.blobs.get(digest))
        except (BlobError, ValueError):
            return self.conversations
        self.conversations = [Conversation(str(c["id"]), str(c.get("title", "")),
                                           str(c.get("created", "")), list(c.get("turns", [])))
                              for c in raw.get("conversations", [])]
        return self.conversations

    async def save(self) -> None:
        if self.blobs is None:
            return
        data = {"version": 1, "conversations": [
            {"id": c.id, "title": c.title, "created": c.created, "turns": c.turns}
            for c in self.conversations if c.turns]}
        old = self.settings.get(DIGEST_KEY, "")
        # share=False: the answers hold personal data put back after redaction; they
        # stay on this computer (encrypted) and never go to the gateway.
        digest = await self.blobs.put(json.dumps(data, ensure_ascii=False).encode("utf-8"),
                                      share=False)
        self.settings.set(DIGEST_KEY, digest)
        if old and old != digest:
            await self.blobs.discard(old)

    def search(self, text: str) -> Sequence[Conversation]:
        return [c for c in self.conversations if matches(c, text)]
