"""Attachments between computers: sent to the real gateway, fetched by whoever may see
the record that refers to them, refused (with a reason) to anyone else."""

from __future__ import annotations

import asyncio
import hashlib
import os
import uuid
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.gateway import PASSWORD
from workplace.api import Tx
from workplace.api.blobs import BlobError, BlobMissingError
from workplace.background import BackgroundRunner
from workplace.net.session import GatewaySession
from workplace.store.blobs import BlobFiles, BlobService, BlobTransfer

KEY = os.urandom(32)


class Computer:
    """One user's blob cache with its gateway session (``online`` can be switched)."""

    def __init__(self, root: Path, url: str, username: str) -> None:
        self.runner = BackgroundRunner()
        self.session = GatewaySession(url)
        self.username = username
        self.online = True
        self.blobs = BlobService(BlobFiles(root / username, lambda existing=False: KEY),
                                 self.runner, root / f"{username}-previews")
        self.blobs.transfer = BlobTransfer(
            self.blobs.files, self.runner, lambda: self.session if self.online else None)

    async def __aenter__(self) -> Computer:
        await self.session.sign_in(self.username, PASSWORD)
        return self

    async def __aexit__(self, *_exc: object) -> None:
        transfer = self.blobs.transfer
        if transfer is not None and transfer._sending is not None:
            await transfer._sending
        await self.session.aclose()
        self.runner.shutdown()


def test_a_file_made_offline_reaches_colleagues_and_not_other_departments(gateway, tmp_path):
    # Bigger than one upload request (4 MiB), below the test gateway's 5 MiB limit.
    data = os.urandom(4 * 1024 * 1024 + 123_457)
    digest = hashlib.sha256(data).hexdigest()

    async def scenario() -> None:
        async with Computer(tmp_path, gateway.url, "alice") as alice, \
                Computer(tmp_path, gateway.url, "bob") as bob, \
                Computer(tmp_path, gateway.url, "carol") as carol:
            alice.online = False
            assert await alice.blobs.put(data) == digest  # offline: kept, waiting
            assert alice.blobs.files.outgoing() == [digest]
            with pytest.raises(BlobMissingError, match="not reached the server"):
                await bob.blobs.get(digest)  # not there yet: said plainly
            alice.online = True
            assert await alice.blobs.transfer.send_pending() == 1  # type: ignore[union-attr]
            assert alice.blobs.files.outgoing() == []
            # Bob (same department) gets it from the gateway, checked, and keeps it.
            assert await bob.blobs.get(digest) == data
            assert bob.blobs.files.has(digest)
            bob.online = False
            assert await bob.blobs.get(digest) == data  # now also offline
            # Carol (another department) is refused, with a reason.
            with pytest.raises(BlobError, match="no access"):
                await carol.blobs.get(digest)

    asyncio.run(scenario())


def test_addressing_a_record_to_someone_shares_the_files_it_refers_to(gateway, tmp_path):
    engine = gateway.gateway.engine
    users = gateway.user_ids

    def share(tx: Tx, args: dict[str, Any]) -> None:
        tx.put("test.docs", args["id"], {"file": args["file"]},
               audience=tuple(args.get("to", ())))

    engine.domains.mutators["test.share"] = share
    mine, theirs = os.urandom(1000), os.urandom(1000)

    async def scenario() -> None:
        async with Computer(tmp_path, gateway.url, "alice") as alice, \
                Computer(tmp_path, gateway.url, "carol") as carol, \
                Computer(tmp_path, gateway.url, "dave") as dave:
            mine_digest = await alice.blobs.put(mine)
            theirs_digest = await dave.blobs.put(theirs)  # south's file
            await alice.blobs.transfer.send_pending()  # type: ignore[union-attr]
            await dave.blobs.transfer.send_pending()  # type: ignore[union-attr]

            async def push(file: str, to: list[str]) -> str:
                body = {"mutations": [{
                    "mutation_id": str(uuid.uuid4()), "name": "test.share",
                    "args": {"id": str(uuid.uuid4()), "file": file, "to": to},
                    "base_versions": {}}]}
                answer = await alice.session.request("POST", "/sync/mutations", json=body)
                return str(answer.json()["results"][0]["status"])

            with pytest.raises(BlobError):
                await carol.blobs.get(mine_digest)
            assert await push(mine_digest, [users["carol"]]) == "applied"
            # Carol is addressed: her department may read the file now.
            assert await carol.blobs.get(mine_digest) == mine
            # A record cannot reach a file its writer could not read: alice (north)
            # names south's file, and north still cannot read it.
            assert await push(theirs_digest, []) == "applied"
            with pytest.raises(BlobError, match="no access"):
                await alice.blobs.get(theirs_digest)

    try:
        asyncio.run(scenario())
    finally:
        engine.domains.mutators.pop("test.share")
