"""Declared indexes of a collection (manifest ``index``) and range queries (API 1.5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from workplace.api.store import Query
from workplace.pluginhost.manifest import ManifestError, load_manifest_bytes
from workplace.store.local import LocalStore

ITEMS = "demo_plugin.items"


def _fill(store: LocalStore) -> None:
    page = [{"collection": ITEMS, "id": f"00000000-0000-4000-8000-{n:012d}", "version": n,
             "department": "d", "audience": [], "deleted": n == 7,
             "updated_at": "2026-01-01T00:00:00+00:00",
             "data": {"open": n % 2 == 0, "deadline": f"2026-03-{n:02d}", "who": "a"}}
            for n in range(1, 21)]
    store.apply_page(ITEMS, page, 20)


def _plan(store: LocalStore, sql: str, params: list[object]) -> str:
    rows = store.db.conn.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
    return " ".join(str(r[-1]) for r in rows)


def test_range_queries_read_the_declared_index(tmp_path: Path) -> None:
    store = LocalStore(tmp_path / "c.db", {ITEMS: ()}, {},
                       indexes={ITEMS: (("open", "deadline"),)})
    _fill(store)
    q = Query(ITEMS, where={"open": True}, range={"deadline": ("2026-03-04", "2026-03-10")},
              order_by="deadline")
    assert [r.record.data["deadline"] for r in store.query(q)] == [
        "2026-03-04", "2026-03-06", "2026-03-08"]
    assert store.count(q) == 3
    assert store.count(Query(ITEMS, range={"deadline": (None, "2026-03-03")})) == 2
    assert store.count(Query(ITEMS, range={"deadline": ("2026-03-19", None)})) == 2
    assert store.count(Query(ITEMS, range={"deadline": ("", "")})) == 0  # empty
    where, params = store._where(q)
    plan = _plan(store, f"SELECT count(*) FROM c__demo_plugin__items WHERE {where}", params)
    assert "c__demo_plugin__items__by__open__deadline" in plan and "COVERING" in plan
    with pytest.raises(ValueError):
        store.query(Query(ITEMS, range={"dead line": (None, 1)}))
    store.close()


def test_indexes_follow_the_declaration(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    LocalStore(path, {ITEMS: ()}, {}, indexes={ITEMS: (("open",), ("who", "deadline"))}).close()
    store = LocalStore(path, {ITEMS: ()}, {}, indexes={ITEMS: (("who", "deadline"),)})
    names = {r[0] for r in store.db.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE '%__by__%'")}
    assert names == {"c__demo_plugin__items__by__who__deadline"}  # "open" dropped
    store.close()


MANIFEST = b"""
[plugin]
id = "demo_plugin"
name = "Demo"
version = "1.0.0"
api = ">=1.5,<2"
entry = "demo_plugin:Plugin"

[[collections]]
id = "demo_plugin.items"
index = INDEX
"""


def test_the_manifest_declares_indexes() -> None:
    m = load_manifest_bytes(MANIFEST.replace(b"INDEX", b'[["open", "deadline"], ["who"]]'))
    assert m.collections[0].index == (("open", "deadline"), ("who",))
    for bad in (b'["open"]', b'[["Open"]]', b"[[]]", b'"open"'):
        with pytest.raises(ManifestError, match=r"collections\.index"):
            load_manifest_bytes(MANIFEST.replace(b"INDEX", bad))
