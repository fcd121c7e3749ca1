"""The personal-data audit trail end to end: local chain, outbox, gateway, admin query."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.helpers.gateway import PASSWORD
from tests.integration.test_sync import Client
from workplace.audit import AuditError, AuditTrail
from workplace.server.auth import hash_password
from workplace.server.store import UserRow

IIN = "900101300117"


def add_admin(gateway) -> None:
    store = gateway.gateway.store
    with store.write() as conn:
        store.insert_user(conn, UserRow(id=str(uuid.uuid4()), username="root",
                                        display_name="Admin", department="north",
                                        roles=("admin",), password_hash=hash_password(PASSWORD),
                                        active=True))


def test_entries_reach_the_gateway_and_answer_who_looked(gateway, tmp_path):
    add_admin(gateway)

    async def scenario() -> None:
        alice = Client(gateway, tmp_path, "alice")
        await alice.start()
        try:
            audit = AuditTrail(alice.store).for_plugin("wp_egov")
            first = await audit.record(subject=IIN, what="iin", why="answering request 17",
                                       collection="wp_egov.requests", record_id="r17")
            second = await audit.record(subject=IIN, what="citizen_card", why="checking address")
            assert (first.seq, second.seq) == (1, 2)
            assert second.prev_hash == first.hash
            with pytest.raises(AuditError, match="purpose"):
                await audit.record(subject=IIN, what="iin", why="  ")
            await alice.engine.sync_once()
            assert await alice.store.unsent_count() == 0
        finally:
            await alice.close()

    asyncio.run(scenario())
    admin = gateway.client("root")
    rows = admin.get("/audit/access", params={"subject": IIN}).json()
    assert [(r["username"], r["what"], r["why"]) for r in rows] == [
        ("alice", "citizen_card", "checking address"), ("alice", "iin", "answering request 17")]
    assert gateway.client("alice").get("/audit/access",
                                       params={"subject": IIN}).status_code == 403


def test_an_altered_local_trail_is_refused_by_the_gateway(gateway, tmp_path):
    async def scenario() -> None:
        alice = Client(gateway, tmp_path, "alice")
        await alice.start()
        try:
            audit = AuditTrail(alice.store)
            await audit.record(subject=IIN, what="iin", why="first look")
            await alice.engine.sync_once()
            await audit.record(subject=IIN, what="iin", why="second look")

            def tamper(local) -> None:  # someone edits the queued copy of the entry
                conn = local.db.conn
                args = conn.execute("SELECT args FROM outbox WHERE state='pending'").fetchone()
                conn.execute("UPDATE outbox SET args = ? WHERE state='pending'",
                             (args[0].replace("second look", "routine check"),))

            await alice.store.run_local(tamper)
            await alice.engine.push()
            [refused] = await alice.store.outbox(("rejected",))
            assert refused.code == "audit_chain_broken"
        finally:
            await alice.close()

    asyncio.run(scenario())


def test_nobody_signed_in_means_no_entry_and_no_data(tmp_path):
    from workplace.store.service import StoreService

    async def scenario() -> None:
        store = StoreService(tmp_path / "c.db")
        await store.open()
        try:
            with pytest.raises(AuditError, match="nobody is signed in"):
                await AuditTrail(store).record(subject=IIN, what="iin", why="x")
        finally:
            await store.close()

    asyncio.run(scenario())


DRIVER = """
import asyncio, sys
from workplace.api import Actor
from workplace.audit import AuditTrail
from workplace.store.service import StoreService

async def main():
    store = StoreService(__import__("pathlib").Path(sys.argv[1]))
    await store.open()
    store.actor = Actor("u1", "alice", "north")
    await AuditTrail(store).record(subject="900101300117", what="iin", why="shown then killed")
    print("shown", flush=True)  # the data would appear now
    await asyncio.sleep(60)

asyncio.run(main())
"""


def test_an_entry_survives_kill_9_right_after_the_data_was_shown(tmp_path):
    cache = tmp_path / "cache.db"
    proc = subprocess.Popen([sys.executable, "-c", DRIVER, str(cache)],
                            stdout=subprocess.PIPE, text=True, env=dict(os.environ))
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "shown"
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    conn = sqlite3.connect(cache)
    try:
        rows = conn.execute("SELECT why FROM audit_log").fetchall()
        queued = conn.execute("SELECT count(*) FROM outbox WHERE name = "
                              "'workplace.audit.append'").fetchone()[0]
    finally:
        conn.close()
    assert rows == [("shown then killed",)] and queued == 1


def test_verify_audit_command(tmp_path, isolated_home):
    from workplace.cli import main
    from workplace.paths import ProfilePaths

    paths = ProfilePaths.for_profile("default")
    paths.data_dir.mkdir(parents=True)
    subprocess.run([sys.executable, "-c", DRIVER.replace("await asyncio.sleep(60)", ""),
                    str(paths.data_dir / "cache.db")], check=True, capture_output=True)
    assert main(["--verify-audit"]) == 0
    conn = sqlite3.connect(Path(paths.data_dir / "cache.db"))
    with conn:
        conn.execute("UPDATE audit_log SET why = 'nothing to see'")
    conn.close()
    assert main(["--verify-audit"]) == 1
