"""wp_documents on the real gateway: numbers per journal and year unique under 20
concurrent registrations; who may register, write resolutions and approve."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.gateway.support import mutation, new_id, push, push_one
from tests.helpers.gateway import RunningGateway, add_users
from workplace.pluginhost.domains import load_domains
from workplace.server.app import GatewayConfig

DOCS = "wp_documents.documents"
CONCURRENT = 20


@pytest.fixture
def docs_gateway(tmp_path: Path) -> Iterator[RunningGateway]:
    db = tmp_path / "gateway.db"
    user_ids = add_users(db)
    domains = load_domains(frozenset({"wp_documents"}))
    assert "wp_documents.register" in domains.mutators, domains.errors
    running = RunningGateway(GatewayConfig(db_path=db, data_dir=tmp_path / "data",
                                           domains=domains)).start()
    running.user_ids = user_ids  # type: ignore[attr-defined]
    yield running
    running.stop()


def _create(client, doc_id: str, kind: str = "incoming", case: str = "01-12") -> dict:
    return mutation("wp_documents.create", id=doc_id, kind=kind, title=f"Хат {doc_id[:4]}",
                    case_index=case)


def test_numbers_unique_under_concurrent_registrations(docs_gateway):
    alice = docs_gateway.client("alice")
    ids = [new_id() for _ in range(CONCURRENT)]
    # Two journals interleaved: each numbers its own documents 1..n.
    kinds = ["incoming" if i % 2 else "internal" for i in range(CONCURRENT)]
    results = push(alice, *[_create(alice, d, k) for d, k in zip(ids, kinds, strict=True)])
    assert {r["status"] for r in results} == {"applied"}

    clients = [docs_gateway.client("alice") for _ in range(CONCURRENT)]
    barrier = threading.Barrier(CONCURRENT)
    answers: dict[str, dict] = {}
    errors: list[BaseException] = []

    def register(client, doc_id: str) -> None:
        try:
            barrier.wait(timeout=30)
            answers[doc_id] = push_one(client, mutation("wp_documents.register", id=doc_id))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=register, args=(c, d))
               for c, d in zip(clients, ids, strict=True)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors, errors
    numbers: dict[str, list[str]] = {"incoming": [], "internal": []}
    for doc_id, kind in zip(ids, kinds, strict=True):
        answer = answers[doc_id]
        assert answer["status"] == "applied", answer
        data = answer["records"][0]["data"]
        assert data["reg_pending"] is False and data["status"] == "registered"
        numbers[kind].append(data["reg_number"])
    for kind, got in numbers.items():
        assert sorted(got, key=lambda n: int(n.split("/")[1])) == [
            f"01-12/{i}" for i in range(1, CONCURRENT // 2 + 1)], kind
    # Registering again is refused, and the number stays.
    again = push_one(alice, mutation("wp_documents.register", id=ids[0]))
    assert again["status"] == "rejected" and again["code"] == "wrong_state"


def test_roles_decide_who_registers_and_writes_resolutions(docs_gateway):
    alice, bob = docs_gateway.client("alice"), docs_gateway.client("bob")
    carol = docs_gateway.client("carol")
    doc = new_id()
    push(alice, _create(alice, doc))
    refused = push_one(bob, mutation("wp_documents.register", id=doc))
    assert (refused["status"], refused["code"]) == ("rejected", "forbidden")
    assert push_one(alice, mutation("wp_documents.register", id=doc))["status"] == "applied"
    carol_ref = {"id": docs_gateway.user_ids["carol"], "name": "Carol"}
    bob_ref = {"id": docs_gateway.user_ids["bob"], "name": "Bob"}
    # An executor may not write a resolution; a head of another department cannot see it.
    res = mutation("wp_documents.resolution", id=doc, resolution=new_id(), text="Answer",
                   executors=[bob_ref], deadline="2026-12-10", control=True)
    assert push_one(bob, res)["code"] == "forbidden"
    assert push_one(carol, {**res, "mutation_id": new_id()})["code"] == "not_found"
    # Familiarisation addresses the document to carol; then she may write it.
    push(alice, mutation("wp_documents.send_for_familiarisation", id=doc, people=[carol_ref]))
    applied = push_one(carol, {**res, "mutation_id": new_id()})
    assert applied["status"] == "applied", applied
    record = applied["records"][0]
    assert docs_gateway.user_ids["bob"] in record["audience"]
    assert record["data"]["control"] is True


def test_only_named_approvers_decide(docs_gateway):
    alice, bob = docs_gateway.client("alice"), docs_gateway.client("bob")
    dave = docs_gateway.client("dave")
    doc = new_id()
    push(bob, _create(bob, doc, kind="outgoing", case="01-13"))
    dave_ref = {"id": docs_gateway.user_ids["dave"], "name": "Dave"}
    push(bob, mutation("wp_documents.send_for_approval", id=doc,
                       stages=[{"mode": "all", "approvers": [dave_ref]}]))
    assert push_one(alice, mutation("wp_documents.approve", id=doc))["code"] == "not_approver"
    assert push_one(dave, mutation("wp_documents.reject", id=doc, comment=""))[
        "code"] == "comment_required"
    done = push_one(dave, mutation("wp_documents.approve", id=doc))
    assert done["records"][0]["data"]["status"] == "approved"
    registered = push_one(alice, mutation("wp_documents.register", id=doc))
    assert registered["records"][0]["data"]["reg_number"] == "01-13/1"


def test_demo_journals_continue_their_numbering(tmp_path: Path):
    from workplace.server import demo
    from workplace.server.seed import seed_demo
    from workplace.server.store import GatewayStore

    db = tmp_path / "demo.db"
    store = GatewayStore(db)
    password = seed_demo(store, documents=300, requests=0, password="demo password 1")
    store.close()
    last = max(int(r.data["reg_number"].split("/")[1])
               for r in demo.records(documents=300, requests=0)
               if r.data["journal"] == "incoming-2026" and r.data["reg_number"])
    clerk = next(u for u in demo.users() if u.department == "chancellery"
                 and "clerk" in u.roles)
    running = RunningGateway(GatewayConfig(db_path=db, data_dir=tmp_path / "data",
                                           domains=load_domains(frozenset({"wp_documents"}))))
    running.start()
    try:
        client = running.client(clerk.username, password)
        doc = new_id()
        push(client, _create(client, doc))
        answer = push_one(client, mutation("wp_documents.register", id=doc))
        assert answer["records"][0]["data"]["reg_number"] == f"01-12/{last + 1}"
    finally:
        running.stop()
