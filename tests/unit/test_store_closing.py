"""Work asked of the store while it closes (the app quitting) ends cancelled, not failed."""

from __future__ import annotations

import asyncio

import pytest

from workplace.api.store import Query
from workplace.store.service import StoreService


def test_a_query_asked_while_the_store_closes_is_cancelled_not_failed(tmp_path):
    async def main() -> None:
        store = StoreService(tmp_path / "cache.db", {"notes_plugin.notes": ("title",)})
        await store.open()
        assert await store.count(Query("notes_plugin.notes")) == 0
        closing = asyncio.ensure_future(store.close())
        await asyncio.sleep(0)  # close() has begun: the cache is going
        late = asyncio.ensure_future(store.count(Query("notes_plugin.notes")))
        await closing
        with pytest.raises(asyncio.CancelledError):
            await late
        assert late.cancelled()

    asyncio.run(main())


def test_a_store_closed_before_it_opened_lets_its_waiters_go(tmp_path):
    async def main() -> None:
        store = StoreService(tmp_path / "cache.db", {"notes_plugin.notes": ("title",)})
        waiting = asyncio.ensure_future(store.count(Query("notes_plugin.notes")))
        await asyncio.sleep(0)
        await store.close()
        await asyncio.wait_for(asyncio.gather(waiting, return_exceptions=True), 10)
        assert waiting.cancelled()

    asyncio.run(main())
