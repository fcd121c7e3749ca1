"""Likely duplicates: the same applicant with a similar text within 30 days (Qt-free)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

WINDOW_DAYS = 30
SIMILARITY = 0.5
_WORD = re.compile(r"\w{3,}", re.UNICODE)


def words(text: str) -> frozenset[str]:
    """The words of ``text`` (3 letters or more), lower-cased, cut to 6 letters so that
    Kazakh and Russian endings do not hide the same word."""
    return frozenset(w[:6] for w in _WORD.findall(text.casefold()))


def similarity(a: str, b: str) -> float:
    """Jaccard similarity of the two texts' word sets, 0…1."""
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)


def candidates(request: Mapping[str, Any], others: Iterable[tuple[str, Mapping[str, Any]]],
               ) -> list[tuple[str, float]]:
    """``(id, similarity)`` of the ``others`` that look like duplicates of ``request``:
    the same applicant (IIN/BIN), registered within 30 days, similar subject and text;
    best first."""
    key = request.get("applicant_key") or (request.get("applicant") or {}).get("iin")
    if not key:
        return []
    reg = date.fromisoformat(str(request["reg_date"]))
    text = f"{request.get('subject', '')} {request.get('text', '')}"
    found = []
    for rid, other in others:
        other_key = other.get("applicant_key") or (other.get("applicant") or {}).get("iin")
        if other_key != key or other.get("status") == "merged":
            continue
        if abs((date.fromisoformat(str(other["reg_date"])) - reg).days) > WINDOW_DAYS:
            continue
        score = similarity(text, f"{other.get('subject', '')} {other.get('text', '')}")
        if score >= SIMILARITY:
            found.append((rid, score))
    return sorted(found, key=lambda item: -item[1])
