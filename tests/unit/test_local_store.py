"""The local cache on its own: damage, full disks, owners, search folding."""

from __future__ import annotations

import sys
import uuid
from pathlib import Path

import pytest

from workplace.api import Actor
from workplace.api.store import Query
from workplace.store.dbapi import sqlite3
from workplace.store.local import LocalStore, StoreWriteError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "plugins"
NOTES = "notes_plugin.notes"
ALICE = Actor("u-alice", "alice", "north")


@pytest.fixture
def domain(monkeypatch):
    monkeypatch.syspath_prepend(str(FIXTURES))
    from notes_plugin.domain import DOMAIN

    yield DOMAIN
    for name in [m for m in sys.modules if m.startswith("notes_plugin")]:
        del sys.modules[name]


def open_store(path: Path, domain) -> LocalStore:
    return LocalStore(path, {NOTES: ("title", "body")}, domain.mutators)


def create(store: LocalStore, title: str) -> str:
    note = str(uuid.uuid4())
    store.mutate(ALICE, "notes_plugin.create", {"id": note, "title": title})
    return note


def test_a_damaged_cache_is_moved_aside_and_unsent_changes_salvaged(tmp_path, domain):
    path = tmp_path / "cache.db"
    store = open_store(path, domain)
    create(store, "first")
    create(store, "second")
    store.close()
    # Damage the file after its header, where the tables live.
    raw = bytearray(path.read_bytes())
    for i in range(4096, min(len(raw), 4096 * 3)):
        raw[i] = 0xFF
    path.write_bytes(bytes(raw))

    store = open_store(path, domain)
    assert store.integrity_ok()
    assert any("moved aside" in r for r in store.recovered)
    assert list(tmp_path.glob("cache.db.corrupt-*"))
    # Whatever could be read of the outbox is queued again; records come from the gateway.
    salvaged = [r for r in store.recovered if r.startswith("salvaged")]
    assert store.unsent_count() == (int(salvaged[0].split()[1]) if salvaged else 0)
    store.close()


def test_damage_to_the_search_index_tables_is_found_at_open(tmp_path, domain):
    # The open check leaves out FTS5's own logical check (it re-reads every document):
    # the search index's shadow tables are still checked as b-trees.
    path = tmp_path / "cache.db"
    store = open_store(path, domain)
    for i in range(300):
        create(store, f"note {i} " + "слово " * 30)
    page_size = store.db.conn.execute("PRAGMA page_size").fetchone()[0]
    root = store.db.conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name LIKE '%fts_data'").fetchone()[0]
    store.close()
    raw = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    raw[start:start + page_size] = b"\xff" * page_size
    path.write_bytes(bytes(raw))

    store = open_store(path, domain)
    assert any("moved aside" in r for r in store.recovered)
    assert store.integrity_ok()
    store.close()


def test_not_a_database_at_all(tmp_path, domain):
    path = tmp_path / "cache.db"
    path.write_bytes(b"this is not SQLite" * 100)
    store = open_store(path, domain)
    assert store.integrity_ok() and store.unsent_count() == 0
    store.close()


def test_a_read_only_profile_gives_a_clear_error_and_no_half_state(tmp_path, domain):
    path = tmp_path / "cache.db"
    store = open_store(path, domain)
    create(store, "kept")
    store.close()
    uri = f"file:{path}?mode=ro"
    # The store's own driver (SQLCipher's): its errors are not the standard library's.
    store.db.conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    with pytest.raises(StoreWriteError, match=r"read-only|cannot be written"):
        create(store, "lost?")
    store.db.conn.close()
    store = open_store(path, domain)
    titles = [r.record.data["title"] for r in store.query(Query(NOTES))]
    assert titles == ["kept"] and store.unsent_count() == 1
    store.close()


def test_another_owner_s_cache_is_kept_aside_not_deleted(tmp_path, domain):
    path = tmp_path / "cache.db"
    store = open_store(path, domain)
    assert store.bind("server-a|alice") is None
    create(store, "alice's unsent note")
    moved = store.bind("server-b|bob")
    assert moved is not None
    assert store.count(Query(NOTES)) == 0 and store.unsent_count() == 0
    store.close()
    old = open_store(Path(moved), domain)
    assert old.unsent_count() == 1
    old.close()


@pytest.mark.parametrize(("stored", "typed"), [
    ("Әлемдік БАНК", "әлем"), ("ҒАЛЫМ", "ғал"), ("Қазақстан", "ҚАЗАҚ"),
    ("ҢЫ", "ңы"), ("Өскемен", "өск"), ("Ұлытау", "ұлы"), ("Үкімет", "ҮКІ"),
    ("Һ-әрпі", "һ"), ("Іскер", "іск"), ("Министерство", "мин"),
])
def test_search_folds_kazakh_and_russian_case_and_matches_prefixes(tmp_path, domain, stored,
                                                                   typed):
    store = open_store(tmp_path / "cache.db", domain)
    note = create(store, stored)
    create(store, "нерелевантная запись")
    assert [r.record.id for r in store.query(Query(NOTES, search=typed))] == [note]
    assert [h.id for h in store.search(typed)] == [note]
    store.close()
