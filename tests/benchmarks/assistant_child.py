"""The assistant benchmarks: retrieval over the local cache; the on-device engine.

``measure_rag(ctx)`` and ``measure_first_token(ctx)`` are what run.py calls; each runs
this file as a child process: ``build`` (set-up, not measured: a local cache of N demo
documents with the Documents module's search fields, as the app's store makes it) and
``rag`` / ``first-token`` (the real code over the real store, on an asyncio loop, the
cache read through :class:`StoreService` as the app does). The child prints its
figures as one ``RESULT {json}`` line.

* ``rag_top10_ms`` — :meth:`wp_assistant.retrieval.Retriever.find` with ``limit=10``
  ("Ask about my documents": FTS5/BM25 candidates, passages ranked again, one citation
  per record), the median over the questions in :data:`QUESTIONS` (kk and ru, the
  demo documents' languages), each asked several times after an untimed warm-up.
* ``local_first_token_ms`` — :meth:`wp_assistant.service.Assistant.run` with the
  on-device engine, from the call to its first streamed update, the worse of the
  medians for a summary of a document and a question about the documents (which
  includes retrieval). The first token of every local answer is its "no language
  model connected" label; ``local_first_content_ms`` (the first words after it) and
  ``local_answer_ms`` (the whole answer) are informational.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[1]
RESULT = "RESULT "
RECORDS = 100_000
ROUNDS = 5
DOCUMENTS = "wp_documents.documents"

#: Questions a civil servant asks about their documents, in the languages they write.
QUESTIONS = (
    "Какие документы о ремонте дорог пришли в этом году?",
    "обеспечение населения питьевой водой",
    "Халықты ауыз сумен қамтамасыз ету туралы не бар?",
    "заңнамаға өзгерістер енгізу",
    "государственные закупки совещание",
    "подготовка к отопительному сезону",
    "Сыбайлас жемқорлыққа қарсы іс-қимыл жоспары",
    "тарифы на коммунальные услуги",
    "повышение квалификации государственных служащих")


def _collections() -> dict[str, tuple[str, ...]]:
    import tomllib

    manifest = tomllib.loads((REPO_ROOT / "plugins/wp_documents/manifest.toml").read_text())
    return {c["id"]: tuple(c.get("search", ())) for c in manifest["collections"]}


def build(path: Path, count: int) -> None:
    """A cache of ``count`` demo documents (set-up: synchronous off)."""
    import documents_child  # beside this file

    documents_child.build(path, count)


async def _open(path: Path) -> Any:
    from workplace.api import Actor
    from workplace.store.service import StoreService

    store = StoreService(path, _collections(), {DOCUMENTS: "title"})
    await store.open()
    store.actor = Actor("00000000-0000-4000-8000-000000000001", "bench", "appeals",
                        frozenset({"clerk", "head"}), "Bench")
    return store


async def _rag(path: Path) -> dict[str, float]:
    from wp_assistant.retrieval import Retriever

    store = await _open(path)
    try:
        retriever = Retriever(store)
        found = {q: len(await retriever.find(q, limit=10)) for q in QUESTIONS}  # warm-up
        samples: dict[str, list[float]] = {q: [] for q in QUESTIONS}
        for _ in range(ROUNDS):
            for q in QUESTIONS:
                started = time.perf_counter()
                await retriever.find(q, limit=10)
                samples[q].append((time.perf_counter() - started) * 1000)
        per_question = [statistics.median(s) for s in samples.values()]
        every = sorted(x for s in samples.values() for x in s)
        for q, s in samples.items():
            print(f"{statistics.median(s):8.1f} ms  {found[q]:2d} cited  {q}", flush=True)
        return {"rag_top10_ms": round(statistics.median(every), 1),
                "rag_top10_slowest_question_ms": round(max(per_question), 1),
                "rag_top10_cited_min": min(found.values())}
    finally:
        await store.close()


async def _first_token(path: Path) -> dict[str, float]:
    from wp_assistant.backends import Citation, Task, TaskKind
    from wp_assistant.retrieval import record_text, record_title
    from wp_assistant.service import Assistant, Conversation

    from workplace.api import AIPolicy, Query

    store = await _open(path)
    try:
        assistant = Assistant(AIPolicy(), store)  # no backend chosen: the local engine
        records = await store.query(Query(DOCUMENTS, limit=len(QUESTIONS) * ROUNDS,
                                          offset=count_offset(await store.count(
                                              Query(DOCUMENTS)))))
        tasks = []
        for local in records:
            data = local.record.data
            tasks.append(Task(TaskKind.SUMMARISE, record_text(data), "ru",
                              (Citation(DOCUMENTS, local.record.id, record_title(data)),)))
        tasks += [Task(TaskKind.ASK, q, "ru") for q in QUESTIONS] * ROUNDS

        async def one(task: Task) -> tuple[float, float, float]:
            started = time.perf_counter()
            first = content = 0.0
            label = ""
            async for update in assistant.run(task, Conversation("bench")):
                if not first:
                    first, label = time.perf_counter() - started, update.text
                elif not content and update.text != label:
                    content = time.perf_counter() - started
                if update.error is not None:
                    raise RuntimeError(update.error)
            return first * 1000, content * 1000, (time.perf_counter() - started) * 1000

        for task in tasks[:2] + tasks[-2:]:  # warm-up
            await one(task)
        firsts: dict[TaskKind, list[float]] = {TaskKind.SUMMARISE: [], TaskKind.ASK: []}
        contents: list[float] = []
        whole: list[float] = []
        for task in tasks:
            first, content, total = await one(task)
            firsts[task.kind].append(first)
            contents.append(content)
            whole.append(total)
        summary = statistics.median(firsts[TaskKind.SUMMARISE])
        ask = statistics.median(firsts[TaskKind.ASK])
        return {"local_first_token_ms": round(max(summary, ask), 1),
                "local_first_token_summarise_ms": round(summary, 1),
                "local_first_token_ask_ms": round(ask, 1),
                "local_first_content_ms": round(statistics.median(contents), 1),
                "local_answer_ms": round(statistics.median(whole), 1)}
    finally:
        await store.close()


def count_offset(count: int) -> int:
    """Somewhere in the middle of the cache (not only the newest documents)."""
    return max(0, count // 2 - len(QUESTIONS) * ROUNDS)


def _run(ctx: Any, args: list[str], timeout: float) -> dict[str, float]:
    """Run this file as a child with ``args``; its lines are relayed, its figures returned."""
    import storebench  # beside this file

    return storebench.run_child(ctx.python, ctx.env, args, timeout=timeout,
                                script=Path(__file__).name)


def _cache(ctx: Any) -> Path:
    import storebench  # beside this file

    return storebench.cache_once(ctx, Path(__file__).name, "assistant", ctx.scaled(RECORDS),
                                 "documents", 1800)


def measure_rag(ctx: Any) -> dict[str, float]:
    """Build the cache once per run, then measure retrieval in a fresh process."""
    return _run(ctx, ["rag", str(_cache(ctx))], 600)


def measure_first_token(ctx: Any) -> dict[str, float]:
    """Build the cache once per run, then measure the on-device engine in a fresh process."""
    return _run(ctx, ["first-token", str(_cache(ctx))], 600)


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(HERE))
    parser = argparse.ArgumentParser()
    parser.add_argument("cmd", choices=("build", "rag", "first-token"))
    parser.add_argument("path", type=Path)
    parser.add_argument("count", type=int, nargs="?", default=RECORDS)
    a = parser.parse_args()
    if a.cmd == "build":
        build(a.path, a.count)
        print(RESULT + json.dumps({"built": a.count}), flush=True)
    elif a.cmd == "rag":
        print(RESULT + json.dumps(asyncio.run(_rag(a.path))), flush=True)
    else:
        print(RESULT + json.dumps(asyncio.run(_first_token(a.path))), flush=True)
