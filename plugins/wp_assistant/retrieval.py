"""Finding the passages of the local cache that answer a question, with citations.

Candidates come from the store's full-text search (FTS5, ranked by bm25): once with
all the question's key stems, then with each alone, so that a question phrased
unlike the documents still finds them. The candidates' text is cut into passages
of a sentence or two and ranked again (BM25 over the passages); each record is cited
once, with its best passage.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

from workplace.api import SearchHit
from wp_assistant import textrank
from wp_assistant.backends import Citation

#: Data fields that hold a record's title, in order of preference.
TITLE_FIELDS = ("title", "subject", "name", "reg_number")
SKIP_FIELDS = frozenset({"id", "history", "events", "route", "audience", "files", "inbox"})
#: Data fields that hold what a record says (a document's summary, a request's text).
BODY_FIELDS = ("text", "body", "content", "summary", "description", "message")
#: Data fields about who and when, not what: people, senders, numbers, dates.
PEOPLE_FIELDS = frozenset({"correspondent", "author", "executor", "applicant", "signer",
                           "addressee", "recipient", "sender", "name", "reg_number"})
_META_SUFFIXES = ("_name", "_number", "_date", "_at", "_id", "_key", "_by")


def _prose(value: str) -> bool:
    """Whether ``value`` reads as text: several words, few of them codes (ids, index keys)."""
    tokens = value.split()
    if len(tokens) < 2:
        return False
    codes = sum(1 for t in tokens if any(c.isdigit() for c in t) and any(c.isalpha() for c in t))
    return codes * 3 < len(tokens)


def record_text(data: Mapping[str, Any], limit: int = 20000, *, titles: bool = True) -> str:
    """The readable text of a record: its string fields, titles first (if ``titles``)."""
    parts = [str(data[f]) for f in TITLE_FIELDS if isinstance(data.get(f), str)] \
        if titles else []
    for key, value in data.items():
        if key in TITLE_FIELDS or key in SKIP_FIELDS:
            continue
        # Prose only: codes, numbers, dates and statuses are one word and read as noise.
        if isinstance(value, str) and _prose(value):
            parts.append(value)
    # A blank line between fields: each is its own sentence (a number or a name
    # does not run into the next field's first sentence).
    return "\n\n".join(parts)[:limit]


def record_body(data: Mapping[str, Any], limit: int = 20000) -> str:
    """What a record says, for a summary: its body fields, one paragraph each.

    Not the title (shown apart), nor people, correspondents, numbers or dates. A record
    with none of :data:`BODY_FIELDS` gives its other prose fields, people left out.
    """
    parts = [str(data[f]).strip() for f in BODY_FIELDS
             if isinstance(data.get(f), str) and str(data[f]).strip()]
    if not parts:
        parts = [value for key, value in data.items()
                 if isinstance(value, str) and key not in TITLE_FIELDS
                 and key not in SKIP_FIELDS and key not in PEOPLE_FIELDS
                 and not key.endswith(_META_SUFFIXES) and _prose(value)]
    return "\n\n".join(parts)[:limit]


def record_title(data: Mapping[str, Any], fallback: str = "") -> str:
    for f in TITLE_FIELDS:
        if isinstance(data.get(f), str) and data[f].strip():
            return str(data[f]).strip()
    return fallback


class Retriever:
    """Cited passages from ``store`` (``ctx.store``, which offers ``search``)."""

    def __init__(self, store: Any, candidates: int = 12) -> None:
        self.store = store
        self.candidates = candidates

    async def _search(self, query: str, per_collection: int) -> list[SearchHit]:
        try:
            hits: list[SearchHit] = await self.store.search(query, per_collection)
        except (ValueError, NotImplementedError):
            return []
        return hits

    async def find(self, question: str, limit: int = 5) -> list[Citation]:
        """The best ``limit`` records for ``question``, each with its best passage."""
        stems = textrank.keywords(question)
        if not stems:
            return []
        queries = [" ".join(stems)] if len(stems) > 1 else []
        queries += stems[:5]
        results = await asyncio.gather(*(self._search(q, 8) for q in queries))
        score: dict[tuple[str, str], float] = {}
        for qi, hits in enumerate(results):
            for rank, hit in enumerate(hits):
                key = (hit.collection, hit.id)
                bonus = 2.0 if qi == 0 and len(queries) > 1 else 1.0
                score[key] = score.get(key, 0.0) + bonus / (1 + 0.2 * rank)
        best = sorted(score, key=lambda k: -score[k])[:self.candidates]
        records = await asyncio.gather(*(self.store.get(c, i) for c, i in best))
        passages: list[tuple[tuple[str, str], str, str]] = []
        for key, local in zip(best, records, strict=True):
            if local is None:
                continue
            data = local.record.data
            title = record_title(data, key[1])
            # The title is shown beside the passage; the passage is the body's statements
            # (not a correspondent's or an executor's name run onto its last sentence).
            sents = [s for s in textrank.sentences(record_body(data))
                     if textrank.says_something(s)] \
                or textrank.sentences(record_text(data, titles=False)) or [title]
            for i in range(max(1, len(sents) - 1)):  # two sentences each where there are
                passages.append((key, title, " ".join(sents[i:i + 2])[:600]))
        if not passages:
            return []
        ranked = textrank.bm25(stems, [[textrank.stem(w) for w in textrank.words(p[2])]
                                       for p in passages])
        best_of: dict[tuple[str, str], tuple[float, str, str]] = {}
        for (key, title, text), s in zip(passages, ranked, strict=True):
            total = s + score[key]
            if key not in best_of or total > best_of[key][0]:
                best_of[key] = (total, title, text)
        order = sorted(best_of.items(), key=lambda kv: -kv[1][0])[:limit]
        return [Citation(c, i, title, text) for (c, i), (_s, title, text) in order]
