"""The document path made with the gateway down, then sent when it is back: the
gateway runs the same mutators and ends with exactly what this computer shows —
with the registration number that only the gateway could give."""

from __future__ import annotations

import asyncio
import uuid

from wp_documents.domain import DOMAIN

from tests.helpers.gateway import PASSWORD, RunningGateway, add_head_clerk, add_users
from workplace.net.session import GatewaySession
from workplace.pluginhost.domains import load_domains
from workplace.server.app import GatewayConfig
from workplace.store.service import StoreService
from workplace.store.sync import SyncEngine

DOCS = "wp_documents.documents"
COLLECTIONS = {DOCS: ("title", "summary", "inbox"), "wp_documents.journals": (),
               "wp_documents.delegations": ()}


def test_offline_path_then_reconnect_gateway_equals_local(tmp_path):
    db = tmp_path / "gateway.db"
    add_users(db)
    me = add_head_clerk(db)
    person = {"id": me.user_id, "name": me.display_name}
    doc, res = str(uuid.uuid4()), str(uuid.uuid4())

    async def scenario() -> tuple[dict, dict, int]:
        store = StoreService(tmp_path / "cache.db", COLLECTIONS, DOMAIN.mutators)
        await store.open()
        await store.set_user(me)
        # The gateway is not running: everything happens on this computer.
        for name, args in (
                ("create", {"id": doc, "kind": "internal", "title": "Жылыту маусымы",
                            "case_index": "01-14", "lang": "kk"}),
                ("attach", {"id": doc, "attachment": str(uuid.uuid4()), "name": "a.txt",
                            "sha256": "ab" * 32, "size": 3, "text": "жылыту"}),
                ("send_for_approval", {"id": doc, "stages": [
                    {"mode": "all", "approvers": [person]}]}),
                ("approve", {"id": doc}),
                ("register", {"id": doc}),
                ("resolution", {"id": doc, "resolution": res, "text": "Орындаңыз",
                                "executors": [person], "deadline": "2026-12-10",
                                "control": True}),
                ("report", {"id": doc, "resolution": res, "text": "Орындалды"}),
                ("remove_from_control", {"id": doc, "resolution": res})):
            await store.mutate(f"wp_documents.{name}", args)
        offline = await store.get(DOCS, doc)
        assert offline is not None and offline.pending == 8
        assert offline.record.data["reg_number"] is None
        assert offline.record.data["reg_pending"] is True
        assert offline.record.data["status"] == "done"

        gateway = RunningGateway(GatewayConfig(
            db_path=db, data_dir=tmp_path / "data",
            domains=load_domains(frozenset({"wp_documents"})))).start()
        try:
            session = GatewaySession(gateway.url)
            await session.sign_in("hana", PASSWORD)
            engine = SyncEngine(store, session, retry_attempts=2, retry_timeout=5.0)
            for _ in range(5):
                await engine.sync_once()
                if await store.unsent_count() == 0:
                    break
            local = await store.get(DOCS, doc)
            client = gateway.client("hana")
            page = client.get("/sync/changes", params={"collection": DOCS, "after": 0}).json()
            [theirs] = page["records"]
            await session.aclose()
        finally:
            gateway.stop()
        await store.close()
        assert local is not None
        return dict(local.record.data), theirs, local.pending

    mine, theirs, pending = asyncio.run(scenario())
    assert pending == 0
    assert mine["reg_number"] == "01-14/1" and mine["reg_pending"] is False
    assert theirs["data"] == mine
    assert [h["action"] for h in mine["history"]] == [
        "created", "attached", "sent_for_approval", "approved", "route_done", "registered",
        "resolution", "report", "removed_from_control"]
