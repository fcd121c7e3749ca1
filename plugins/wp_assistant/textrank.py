"""Words, sentences and scores for the local engine: no model, only counting.

Kazakh and Russian inflect heavily, so words are compared by a crude stem (their
first letters); that is enough to rank passages and sentences, and it matches the
store's prefix search.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_SENTENCE = re.compile(r"(?<=[.!?…])\s+(?=[«\"(A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9])|\n{2,}|\n(?=[-•*\d])")

STOP_WORDS = frozenset("""
и в во на с со по о об от до за из к ко у не ни но а или же ли бы что как так это
этот эта эти то тот та те для при про над под без его её ее их мы вы он она они я
ты мой моя мои наш ваш свой быть был была были есть будет также который которая
которые все всё весь уже ещё еще только можно нужно какой какие каков где когда
прошу просим сообщите скажите расскажите найди найдите покажите мне нам документ
документы документах обращение обращения
және мен пен бен да де та те әрі бірақ немесе үшін туралы бойынша сияқты бұл осы сол
ол олар біз сіз мен сен менің біздің сіздің қандай қай қашан қайда неге не кім бар
жоқ емес еді болды болып болады деп тиіс керек құжат құжаттар өтініш
the a an and or of to in on for with by from at is are was were be been it this
that these those what which who when where how my our your me please find show
about any document documents
""".split())  # noqa: SIM905 (a word list reads best as text)


def words(text: str) -> list[str]:
    """The words of ``text``, case-folded."""
    return [w.casefold() for w in _WORD.findall(text)]


def stem(word: str) -> str:
    """A crude stem: the first letters of a long word (endings carry case and number)."""
    if word.isdigit() or len(word) <= 4:
        return word
    return word[:max(4, math.ceil(len(word) * 0.7))]


def keywords(text: str, limit: int = 8) -> list[str]:
    """The stems worth searching for in ``text``, most frequent first, stop words out."""
    counts = Counter(stem(w) for w in words(text)
                     if w not in STOP_WORDS and (len(w) > 2 or w.isdigit()))
    return [w for w, _n in counts.most_common(limit)]


#: Abbreviations after which a full stop does not end the sentence (ул. Абая, г. Астана).
_ABBREVIATIONS = ("ул.", "пр.", "г.", "д.", "кв.", "обл.", "им.", "мкр.", "т.е.", "т.б.",
                  "№.", "ж.", "көш.", "стр.", "п.", "ст.")


def sentences(text: str) -> list[str]:
    """``text`` split into sentences (and list items), stripped, empty ones dropped."""
    out: list[str] = []
    for part in (s.strip() for s in _SENTENCE.split(text) if s and s.strip()):
        if out and out[-1].casefold().endswith(_ABBREVIATIONS) and "\n" not in out[-1][-3:]:
            out[-1] += " " + part
        else:
            out.append(part)
    return out


def bm25(query: Sequence[str], docs: Sequence[Sequence[str]], k1: float = 1.4,
         b: float = 0.75) -> list[float]:
    """BM25 score of each document (a list of stems) for the query stems."""
    n = len(docs)
    if n == 0:
        return []
    avg = sum(len(d) for d in docs) / n or 1.0
    df = Counter(t for d in docs for t in set(d))
    scores = []
    for doc in docs:
        tf = Counter(doc)
        score = 0.0
        for term in set(query):
            f = tf.get(term, 0)
            if not f:
                continue
            idf = math.log(1 + (n - df[term] + 0.5) / (df[term] + 0.5))
            score += idf * f * (k1 + 1) / (f + k1 * (1 - b + b * len(doc) / avg))
        scores.append(score)
    return scores


def summarise(text: str, count: int = 3) -> list[str]:
    """The ``count`` sentences that best stand for ``text``, in their original order.

    A sentence scores by how much of the text's vocabulary it shares (centrality,
    each shared stem weighted by its frequency over the whole text), normalised for
    length, with a small bonus for coming early (documents state their point first).
    """
    parts = sentences(text)
    if len(parts) <= count:
        return parts
    stems = [[stem(w) for w in words(s) if w not in STOP_WORDS] for s in parts]
    freq = Counter(t for s in stems for t in s)
    scored = []
    for i, s in enumerate(stems):
        if len(s) < 3:
            continue
        weight = sum(freq[t] - 1 for t in set(s)) / math.sqrt(len(s))
        scored.append((weight * (1.0 + 0.3 / (1 + i)), i))
    best = sorted(i for _w, i in sorted(scored, reverse=True)[:count])
    return [parts[i] for i in best]
