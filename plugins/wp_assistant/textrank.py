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


#: Abbreviations that the sentence goes on after (ул. Абая, т.е., см. приложение, т.б.):
#: cutting a sentence in two is worse for a summary than joining two.
_BEFORE = frozenset("""
ул. пр. пр-т. д. кв. р-н. им. мкр. стр. п. пп. ст. ч. см. проф. акад. тел. т.е. т.к.
и.о. каб. корп. рис. табл. прим. вх. исх. №. мыс. тарм. т.б. т.д. т.п. т.с.с.
""".split())  # noqa: SIM905
#: Abbreviations that may end a sentence (2026 г., 2026–2027 гг., 5 млн.): the sentence
#: goes on only if a number follows (2026 ж. 5 ақпан, Абай көш. 5-үй).
_AFTER = frozenset("""
г. гг. ж. жж. бб. др. млн. млрд. тыс. руб. тг. қ. обл. ауд. көш. даңғ. сағ. мин.
""".split())  # noqa: SIM905
#: Dotted abbreviations (т.е., Б.А.) and initials (Б.): letters, each with a stop.
_DOTTED = re.compile(r"^(?:[^\W\d_]\.)+$")


def _continues(previous: str, following: str) -> bool:
    """Whether ``following`` goes on the sentence ``previous`` (a stop after an
    abbreviation or an initial), rather than starting a new one."""
    if "\n" in previous[-3:]:
        return False
    tokens = previous.split()
    last = tokens[-1].lstrip("«\"(")
    folded = last.casefold()
    if folded in ("г.", "ж.") and not (len(tokens) > 1 and any(c.isdigit() for c in tokens[-2])):
        return True  # г. Астана; after a year it is the year's (2026 г.)
    if folded in _BEFORE:
        return True
    if folded in _AFTER:
        return following[:1].isdigit()
    if _DOTTED.match(last) and last[:1].isupper():
        # Initials: Б. А. Сейітқалиев goes on; Сейітқалиев Б. А. may end a sentence.
        if _DOTTED.match(following.split(None, 1)[0]):
            return True
        i = len(tokens) - 1
        while i >= 0 and _DOTTED.match(tokens[i]):
            i -= 1
        return not (i >= 0 and tokens[i][:1].isupper())
    return bool(_DOTTED.match(last))


def sentences(text: str) -> list[str]:
    """``text`` split into sentences (and list items), stripped, empty ones dropped.

    A stop after an abbreviation (т.б., т.е., ж., ул.) or an initial (Б. А.) does not
    end a sentence; a blank line always does.
    """
    out: list[str] = []
    for chunk in re.split(r"\n\s*\n", text):
        first = True
        for part in (s.strip() for s in _SENTENCE.split(chunk) if s and s.strip()):
            if out and not first and _continues(out[-1], part):
                out[-1] += " " + part
            else:
                out.append(part)
            first = False
    return out


#: Endings of patronymics (Аскарович, Ерлановна, Тимурұлы, Қайратқызы): a name line.
_PATRONYMIC = ("ович", "евич", "овна", "евна", "ична", "ұлы", "улы", "қызы", "кызы",
               "оглы")
_NUMBERISH = re.compile(r"^[\d\W_]*\d[\d\W_]*$|^[№#]")


def _key(text: str) -> str:
    return " ".join(words(text))


def says_something(sentence: str) -> bool:
    """Whether ``sentence`` is a statement, not a name, a number, a date or a label.

    It needs at least three words of letters (four, and a verb's worth of length, if
    it does not end like a sentence); a line of two or three capitalised words, or
    one with a patronymic, is a person's name; numbers, dates and codes outweigh
    nothing.
    """
    tokens = sentence.split()
    lettered = [t for t in tokens if sum(c.isalpha() for c in t) >= 2
                and not any(c.isdigit() for c in t)]
    numbers = [t for t in tokens if _NUMBERISH.match(t) or any(c.isdigit() for c in t)]
    if len(lettered) < 3 or len(numbers) >= len(lettered):
        return False
    bare = [t.strip("«»\"'()[],.;:!?…—-") for t in lettered]
    if len(bare) <= 4 and any(w.casefold().endswith(_PATRONYMIC) for w in bare):
        return False
    if len(bare) <= 3 and all(w[:1].isupper() for w in bare if w):
        return False
    ends = sentence.rstrip("»\")").endswith((".", "!", "?", "…", ";", ":"))
    return ends or len(lettered) >= 5


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


def summarise(text: str, count: int = 3, exclude: Sequence[str] = ()) -> list[str]:
    """The ``count`` sentences that best stand for ``text``, in their original order.

    Only statements are candidates (:func:`says_something`): not names, numbers,
    dates, labels, nor a sentence that repeats one of ``exclude`` (the title, shown
    apart). A sentence scores by how much of the text's vocabulary it shares
    (centrality, each shared stem weighted by its frequency over the whole text and
    the excluded title), normalised for length, with a small bonus for coming early
    (documents state their point first).
    """
    skip = {_key(e) for e in exclude if e.strip()}
    parts = [s for s in sentences(text) if says_something(s) and _key(s) not in skip]
    if len(parts) <= count:
        return parts
    stems = [[stem(w) for w in words(s) if w not in STOP_WORDS] for s in parts]
    freq = Counter(t for s in stems for t in s)
    freq.update(stem(w) for e in exclude for w in words(e) if w not in STOP_WORDS)
    scored = []
    for i, s in enumerate(stems):
        weight = sum(freq[t] - 1 for t in set(s)) / math.sqrt(len(s) or 1)
        scored.append((weight * (1.0 + 0.3 / (1 + i)), -i))
    best = sorted(-i for _w, i in sorted(scored, reverse=True)[:count])
    return [parts[i] for i in best]
