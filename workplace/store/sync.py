"""The sync loop: push the outbox, pull every collection, wake on pokes, retry wisely.

Retries go through stamina (exponential backoff with jitter), only on connection
errors, time-outs, 429 and 5xx, and honour ``Retry-After``. Any other 4xx is final:
a batch the gateway refuses as a whole is sent again one by one, so one bad change
is rejected alone and the rest go through.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import httpx
import stamina

from workplace.events import Event
from workplace.logs import kv
from workplace.net.errors import GatewayError
from workplace.net.session import GatewaySession
from workplace.store.local import LocalStore
from workplace.store.service import StoreService

_log = logging.getLogger("workplace.sync")
PUSH_BATCH = 100
PULL_PAGE = 1000
POLL_INTERVAL_S = 30.0


class SyncState(StrEnum):
    ONLINE = "online"
    OFFLINE = "offline"
    SYNCING = "syncing"
    ERROR = "error"
    SIGNED_OUT = "signed_out"


class MalformedAnswerError(ValueError):
    """The gateway's answer does not have the shape of the protocol; nothing was stored."""


def _retry_hook(exc: Exception) -> bool | float:
    """Whether (and after how long) to try again after ``exc``."""
    if isinstance(exc, httpx.TransportError):
        return True  # connection refused or reset, time-outs
    if isinstance(exc, GatewayError) and (exc.status == 429 or exc.status >= 500):
        return exc.retry_after if exc.retry_after is not None else True
    return False


@dataclass
class Progress:
    done: int = 0
    total: int = 0


def _check_page(body: Any, collection: str) -> tuple[list[dict[str, Any]], int, bool, int]:
    try:
        records, cursor = body["records"], body["cursor"]
        has_more, remaining = body["has_more"], body.get("remaining", 0)
        if not (isinstance(records, list) and isinstance(cursor, int)
                and isinstance(has_more, bool) and isinstance(remaining, int)):
            raise TypeError("wrong types")
        for r in records:
            if not (isinstance(r, dict) and r.get("collection") == collection
                    and isinstance(r.get("id"), str) and isinstance(r.get("version"), int)
                    and isinstance(r.get("data"), dict)):
                raise TypeError("malformed record")
    except (KeyError, TypeError) as exc:
        raise MalformedAnswerError(f"changes of {collection}: {exc}") from exc
    return records, cursor, has_more, remaining


@dataclass
class _Page:
    """A page of the changes feed: its JSON text if plain, else its parsed records."""

    cursor: int
    has_more: bool
    remaining: int
    count: int
    body: str | None = None
    records: list[dict[str, Any]] = field(default_factory=list)


def _read_page(local: LocalStore, collection: str, content: bytes) -> _Page:
    """A page's head, checked, on the store's thread; its records are parsed in Python
    only when SQLite cannot store them as they are (see ``LocalStore.page_head``)."""
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MalformedAnswerError("/sync/changes: not JSON") from exc
    head = local.page_head(collection, text)
    if head is not None:
        cursor, has_more, remaining, count = head
        return _Page(cursor, has_more, remaining, count, body=text)
    try:
        body = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MalformedAnswerError("/sync/changes: not JSON") from exc
    records, cursor, has_more, remaining = _check_page(body, collection)
    return _Page(cursor, has_more, remaining, len(records), records=records)


def _check_results(body: Any, sent: list[str]) -> list[dict[str, Any]]:
    try:
        results = body["results"]
        if [r["mutation_id"] for r in results] != sent:
            raise ValueError("results do not match the batch")
        for r in results:
            if r["status"] not in ("applied", "duplicate", "conflict", "rejected"):
                raise ValueError(f"unknown status {r['status']!r}")
    except (KeyError, TypeError, ValueError) as exc:
        raise MalformedAnswerError(f"mutation results: {exc}") from exc
    return list(results)


class SyncEngine:
    """Keeps one store in step with one gateway session until stopped."""

    def __init__(self, store: StoreService, session: GatewaySession, *,
                 poll_interval: float = POLL_INTERVAL_S, retry_attempts: int = 6,
                 retry_timeout: float = 60.0) -> None:
        self.store = store
        self.session = session
        self.poll_interval = poll_interval
        self.retry_attempts = retry_attempts
        self.retry_timeout = retry_timeout
        self.state = SyncState.OFFLINE
        self.error = ""
        self.unsent = 0
        self.last_sync: float | None = None  # time.time() of the last complete cycle
        self.progress = Progress()
        self.changed = Event[[]]()
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._events_task: asyncio.Task[None] | None = None
        self._cancel_pull = False
        store.queued.connect(self.wake)

    # -- control ----------------------------------------------------------------

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.ensure_future(self._run())
            self._events_task = asyncio.ensure_future(self._listen())

    def wake(self) -> None:
        """Sync soon (a local change, a poke, or the user's "Sync now")."""
        self._wake.set()

    def cancel_pull(self) -> None:
        """Stop a long first pull after its current page; what was stored stays."""
        self._cancel_pull = True

    async def stop(self) -> None:
        self.store.queued.disconnect(self.wake)
        for task in (self._task, self._events_task):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        self._task = self._events_task = None

    def _set(self, state: SyncState, error: str = "") -> None:
        if (state, error) != (self.state, self.error):
            _log.info(kv("sync_state", state=state.value, error=error))
        self.state, self.error = state, error
        self.changed.emit()

    # -- the loop ----------------------------------------------------------------

    async def _run(self) -> None:
        backoff = 1.0
        while True:
            self._wake.clear()
            try:
                await self.sync_once()
                backoff = 1.0
                wait = self.poll_interval
            except GatewayError as exc:
                if exc.status == 401:
                    self._set(SyncState.SIGNED_OUT, exc.message)
                    return
                self._set(SyncState.ERROR, exc.message)
                wait = backoff = min(backoff * 2, 120.0)
            except (httpx.TransportError, OSError) as exc:
                self._set(SyncState.OFFLINE, str(exc) or type(exc).__name__)
                wait = backoff = min(backoff * 2, 60.0)
            except MalformedAnswerError as exc:
                _log.error(kv("sync_malformed", error=exc))
                self._set(SyncState.ERROR, str(exc))
                wait = backoff = min(backoff * 2, 120.0)
            except Exception as exc:
                # The loop must outlive any one failure: log it, say so, try again later.
                _log.exception("sync cycle failed")
                self._set(SyncState.ERROR, f"{type(exc).__name__}: {exc}")
                wait = backoff = min(backoff * 2, 120.0)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=wait)

    async def sync_once(self) -> None:
        """One full cycle: push, pull every collection, push what the pull unblocked."""
        self._set(SyncState.SYNCING)
        await self.push()
        await self.pull()
        await self.push()
        self.last_sync = time.time()
        self.unsent = await self.store.unsent_count()
        self._set(SyncState.ONLINE)

    async def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        async for attempt in stamina.retry_context(
                on=_retry_hook, attempts=self.retry_attempts, timeout=self.retry_timeout,
                wait_initial=0.2, wait_max=10.0):
            with attempt:
                response = await self.session.request(method, path, **kwargs)
        return response

    async def _request(self, method: str, path: str, **kwargs: Any) -> Any:
        response = await self._send(method, path, **kwargs)
        try:
            return response.json()
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise MalformedAnswerError(f"{path}: not JSON") from exc

    # -- push ---------------------------------------------------------------------

    async def push(self) -> None:
        while True:
            pending = await self.store.pending(PUSH_BATCH)
            if not pending:
                break
            # Queued changes to one record go together: the gateway takes each as based
            # on what the batch's earlier change of that record produced.
            await self._push_batch(list(pending))
            self.unsent = await self.store.unsent_count()
            self.changed.emit()

    async def _push_batch(self, batch: list[Any]) -> None:
        ids = [e.mutation_id for e in batch]
        await self.store.mark_attempt(ids)
        payload = {"mutations": [
            {"mutation_id": e.mutation_id, "name": e.name, "args": e.args,
             "base_versions": e.base_versions,
             **({"keep_theirs": e.keep_theirs} if e.keep_theirs else {})} for e in batch]}
        try:
            body = await self._request("POST", "/sync/mutations", json=payload)
        except GatewayError as exc:
            if exc.status in (401, 429) or exc.status >= 500:
                raise
            if len(batch) > 1:  # find the one the gateway cannot take
                for entry in batch:
                    await self._push_batch([entry])
                return
            await self.store.apply_results([{
                "mutation_id": batch[0].mutation_id, "status": "rejected",
                "code": exc.code, "reason": exc.message}])
            return
        await self.store.apply_results(_check_results(body, ids))

    # -- pull ----------------------------------------------------------------------

    async def pull(self) -> None:
        self._cancel_pull = False
        self.progress = Progress()
        for collection in self.store.collections:
            if self._cancel_pull:
                break
            cursor = await self.store.cursor(collection)
            ahead = asyncio.ensure_future(self._page(collection, cursor))
            try:
                while True:
                    page = await ahead
                    cursor = page.cursor
                    # Ask for the next page before storing this one: the gateway reads
                    # it while the cache writes. Pages are still stored in order, each
                    # with its cursor, so an interruption resumes where it stopped.
                    if page.has_more and not self._cancel_pull:
                        ahead = asyncio.ensure_future(self._page(collection, cursor))
                    if page.body is not None:
                        await self.store.apply_page_json(collection, page.body, cursor,
                                                         page.count)
                    else:
                        await self.store.apply_page(collection, page.records, cursor)
                    self.progress.done += page.count
                    self.progress.total = max(self.progress.total,
                                              self.progress.done + page.remaining)
                    self.changed.emit()
                    if not page.has_more or self._cancel_pull:
                        break
            finally:
                if not ahead.done():  # a page asked for ahead that will not be stored
                    ahead.cancel()
                    ahead.add_done_callback(_consume)
                else:
                    _consume(ahead)

    async def _page(self, collection: str, after: int) -> _Page:
        response = await self._send("GET", "/sync/changes", params={
            "collection": collection, "after": after, "limit": PULL_PAGE})
        # Read on the store's thread, not here on the GUI thread: a page is ~1 MB.
        page = await self.store.run_local(_read_page, collection, response.content)
        if page.cursor < after:
            raise MalformedAnswerError(f"changes of {collection}: cursor went back")
        return page

    # -- pokes ---------------------------------------------------------------------

    async def _listen(self) -> None:
        """Wake on the gateway's server-sent events; without them, polling does it."""
        while True:
            try:
                async with self.session.client.stream(
                        "GET", "/sync/events", timeout=httpx.Timeout(10, read=60),
                        headers={"Authorization": f"Bearer {self.session.access_token}"},
                ) as response:
                    if response.status_code != 200:
                        raise GatewayError(response.status_code, "events", "no event stream")
                    async for line in response.aiter_lines():
                        if line.startswith("data:") and self._wants(line[5:]):
                            self.wake()
            except Exception as exc:  # any failure: fall back to polling, retry later
                _log.debug(kv("event_stream_closed", error=exc))
            await asyncio.sleep(self.poll_interval)

    def _wants(self, data: str) -> bool:
        try:
            changed = json.loads(data).get("collections", [])
        except (ValueError, AttributeError):
            return False
        return bool(set(changed) & set(self.store.collections))


def _consume(task: asyncio.Future[Any]) -> None:
    """Retrieve a dropped task's outcome, so asyncio does not log it as never retrieved."""
    if not task.cancelled():
        task.exception()


def summary(engine: SyncEngine) -> Mapping[str, Any]:
    """Figures for the status bar and logs."""
    return {"state": engine.state.value, "unsent": engine.unsent,
            "last_sync": engine.last_sync, "done": engine.progress.done,
            "total": engine.progress.total}
