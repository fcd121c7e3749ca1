"""The audit hash chain detects any deletion, edit or reordering."""

from __future__ import annotations

import random

from workplace.audit import FIELDS, GENESIS, entry_hash, verify_chain


def make_chain(n: int, chain: str = "c1") -> list[dict]:
    entries, prev = [], GENESIS
    for seq in range(1, n + 1):
        e = {"chain": chain, "seq": seq, "at": f"2026-11-25T10:{seq % 60:02d}:00+00:00",
             "user_id": "u1", "username": "a.user", "department": "appeals",
             "plugin": "wp_egov", "subject": f"9001013000{seq % 10}7", "what": "iin",
             "why": "answering the request", "collection": "wp_egov.requests",
             "record_id": f"r{seq}", "prev_hash": prev}
        e["hash"] = entry_hash(e)
        prev = e["hash"]
        entries.append(e)
    return entries


def test_an_untouched_chain_verifies():
    assert verify_chain(make_chain(50)).ok
    assert verify_chain([]).ok


def test_every_kind_of_tampering_is_detected_in_1000_random_trials():
    rng = random.Random(2026)
    kinds = {"delete": 0, "edit": 0, "reorder": 0}
    for _ in range(1000):
        entries = make_chain(rng.randint(2, 40))
        kind = rng.choice(sorted(kinds))
        kinds[kind] += 1
        i = rng.randrange(len(entries))
        if kind == "delete":
            if i == len(entries) - 1:
                # Dropping the newest entry leaves a valid shorter chain locally; the
                # gateway, which holds the head, sees it. Drop an earlier one here.
                i = rng.randrange(len(entries) - 1)
            del entries[i]
        elif kind == "edit":
            field = rng.choice([f for f in FIELDS if f not in ("chain",)] + ["hash"])
            value = entries[i][field]
            entries[i][field] = value + 1 if isinstance(value, int) else value + "x"
        else:
            j = rng.choice([k for k in range(len(entries)) if k != i])
            entries[i], entries[j] = entries[j], entries[i]
        check = verify_chain(entries)
        assert not check.ok, (kind, i)
    assert min(kinds.values()) > 250


def test_a_chain_continues_from_a_known_head():
    entries = make_chain(10)
    assert verify_chain(entries[5:], start_seq=6, start_hash=entries[4]["hash"]).ok
    assert not verify_chain(entries[6:], start_seq=6, start_hash=entries[4]["hash"]).ok
