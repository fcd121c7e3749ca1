"""The measuring side of ``encryption_overhead_ratio`` (run by ``run.py``).

The first sync of an empty cache — ~100k records from the real gateway over
loopback, as in ``sync_pull`` — into an encrypted cache (SQLCipher, the profile's
key from a keyring) and into a plain one, in turns within the same process and run;
the ratio of their times is the cost of encryption at rest. The plain cache uses the
same driver without a key, as Workplace does under policy ``storage.encryption:
"off"``; one extra pull through the standard library's sqlite3 shows what the switch
of driver itself costs (reported, not part of the ratio).

``python tests/benchmarks/encryption_child.py --url URL --user NAME --work DIR --rounds N``
"""

from __future__ import annotations

import argparse
import asyncio
import sqlite3 as std_sqlite3
import statistics
import time
from pathlib import Path

from keyring.backend import KeyringBackend
from store_child import _fresh, _signed_in
from storebench import COLLECTIONS, log, result

import workplace.store.encryption as encryption
from workplace.credentials import CredentialStore
from workplace.store.encryption import ProfileKeys, file_kind
from workplace.store.service import StoreService
from workplace.store.sync import SyncEngine


class _Keyring(KeyringBackend):
    """A keyring in this process's memory: the benchmark measures SQLCipher, not D-Bus."""

    priority = 10  # type: ignore[assignment]
    viable = False

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


async def _first_sync(url: str, user: str, cache: Path, keys: ProfileKeys | None,
                      ) -> tuple[float, int]:
    """Seconds of the first sync of an empty cache (opening it included)."""
    store = StoreService(_fresh(cache), COLLECTIONS, {}, keys=keys)
    session = None
    try:
        started = time.perf_counter()
        await store.open()
        opened = time.perf_counter() - started
        session = await _signed_in(store, url, user)
        engine = SyncEngine(store, session)
        started = time.perf_counter()
        await engine.sync_once()
        elapsed = opened + time.perf_counter() - started
        await engine.stop()
        return elapsed, engine.progress.done
    finally:
        await store.close()
        if session is not None:
            await session.aclose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    work = Path(args.work)
    keys = ProfileKeys(CredentialStore("bench", _Keyring()), required=True)
    plain_s: list[float] = []
    encrypted_s: list[float] = []
    ratios: list[float] = []
    pulled = 0
    for n in range(args.rounds):
        runs: dict[str, float] = {}
        # Alternate which goes first: the page cache and the gateway warm up.
        order = ("plain", "encrypted") if n % 2 == 0 else ("encrypted", "plain")
        for kind in order:
            cache = work / f"encryption-{kind}.db"
            seconds, pulled = asyncio.run(_first_sync(
                args.url, args.user, cache, keys if kind == "encrypted" else None))
            if file_kind(cache) != ("encrypted" if kind == "encrypted" else "plain"):
                raise SystemExit(f"the {kind} cache is not {kind}")
            runs[kind] = seconds
            _fresh(cache)
        plain_s.append(runs["plain"])
        encrypted_s.append(runs["encrypted"])
        ratios.append(runs["encrypted"] / runs["plain"])
        log(f"round {n + 1}: {pulled} records — plain {runs['plain']:.2f} s, encrypted "
            f"{runs['encrypted']:.2f} s, ratio {ratios[-1]:.3f}")
    # Once, for the record: the standard library's SQLite (the driver before SQLCipher).
    driver = encryption.sqlite3
    encryption.sqlite3 = std_sqlite3  # type: ignore[assignment]
    try:
        cache = work / "encryption-stdlib.db"
        stdlib_s, _ = asyncio.run(_first_sync(args.url, args.user, cache, None))
        _fresh(cache)
    finally:
        encryption.sqlite3 = driver
    log(f"standard library sqlite3, no key: {stdlib_s:.2f} s")
    result({"encryption_records": pulled,
            "encryption_plain_s": round(statistics.median(plain_s), 3),
            "encryption_encrypted_s": round(statistics.median(encrypted_s), 3),
            "encryption_stdlib_sqlite_s": round(stdlib_s, 3),
            "encryption_overhead_ratio": round(statistics.median(ratios), 3)})


if __name__ == "__main__":
    main()
