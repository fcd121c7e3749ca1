"""The assistant's conversations stay on this computer: kept encrypted, never sent."""

from __future__ import annotations

import asyncio

from wp_assistant.archive import Archive
from wp_assistant.service import Conversation

from tests.security.support import MemoryKeyring
from workplace.background import BackgroundRunner
from workplace.credentials import CredentialStore
from workplace.settings import SettingsStore
from workplace.store.blobs import BlobFiles, BlobService
from workplace.store.encryption import ProfileKeys

IIN = "900101300117"


def test_conversations_are_kept_here_and_not_queued_for_the_gateway(tmp_path):
    keys = ProfileKeys(CredentialStore("p", MemoryKeyring()))
    files = BlobFiles(tmp_path / "blobs", keys.blob_key)
    runner = BackgroundRunner(max_workers=1)
    service = BlobService(files, runner, tmp_path / "previews")
    settings = SettingsStore(tmp_path / "settings.json").namespace("plugin:wp_assistant")

    async def scenario() -> None:
        archive = Archive(service, settings)
        archive.conversations.append(Conversation(
            "c1", "ЖСН", "2026-11-25 16:50",
            [{"role": "user", "text": f"ЖСН {IIN} бойынша өтініш"}]))
        await archive.save()
        assert files.outgoing() == []  # nothing waits to be sent
        # ... while an attachment kept the usual way is queued for the gateway.
        shared = await service.put(b"an attachment")
        assert files.outgoing() == [shared]

        again = Archive(service, settings)
        [kept] = await again.load()
        assert IIN in kept.turns[0]["text"]

    try:
        asyncio.run(scenario())
    finally:
        runner.shutdown()
