"""The documents domain's mutators over an in-memory store with the gateway's rules."""

from __future__ import annotations

import pytest
from wp_documents.domain.model import inbox_words

from tests.helpers.documents import PEOPLE, World, ref, uid
from workplace.api import MutationRejectedError

DOC = uid("doc-1")
RES = uid("res-1")
SHA = "ab" * 32


def _draft(world: World, kind: str = "outgoing") -> None:
    world.run("author", "wp_documents.create", id=DOC, kind=kind, title="Жауап хат",
              summary="Жол жөндеу туралы", case_index="01-13", lang="kk")
    world.run("author", "wp_documents.attach", id=DOC, attachment=uid("att"),
              name="letter.txt", sha256=SHA, size=12, mime="text/plain")


def test_outgoing_path_to_registration():
    world = World()
    _draft(world)
    doc = world.doc(DOC)
    assert doc["status"] == "draft" and doc["journal"] == "outgoing-2026"
    assert f"mine{PEOPLE['author'].user_id.replace('-', '')}" in doc["inbox"]
    world.run("author", "wp_documents.send_for_approval", id=DOC, stages=[
        {"mode": "all", "approvers": [ref("approver1")]},
        {"mode": "any", "approvers": [ref("approver2"), ref("head")]}])
    assert world.doc(DOC)["status"] == "on_approval"
    # The approvers of another department now see the document (its audience).
    world.run("approver1", "wp_documents.approve", id=DOC)
    assert "appr" + PEOPLE["approver2"].user_id.replace("-", "") in world.doc(DOC)["inbox"]
    with pytest.raises(MutationRejectedError, match="register"):
        world.run("clerk", "wp_documents.register", id=DOC)
    world.run("approver2", "wp_documents.approve", id=DOC)
    assert world.doc(DOC)["status"] == "approved"
    world.run("head", "wp_documents.sign", id=DOC, attachment=uid("att"), sha256=SHA,
              cms="MIIB", signer={"name": "Head", "iin": "900101300123"})
    assert world.doc(DOC)["status"] == "signed"
    with pytest.raises(MutationRejectedError, match="clerk"):
        world.run("author", "wp_documents.register", id=DOC)
    world.run("clerk", "wp_documents.register", id=DOC)
    doc = world.doc(DOC)
    assert (doc["status"], doc["reg_number"], doc["reg_date"]) == (
        "registered", "01-13/1", "2026-11-25")
    assert [h["action"] for h in doc["history"]] == [
        "created", "attached", "sent_for_approval", "approved", "approved", "route_done",
        "signed", "registered"]


def test_client_leaves_the_number_pending():
    world = World(authoritative=False)
    _draft(world, "incoming")
    world.run("clerk", "wp_documents.register", id=DOC)
    doc = world.doc(DOC)
    assert doc["reg_number"] is None and doc["reg_pending"] is True


def test_journal_template():
    world = World()
    world.run("head", "wp_documents.configure_journal", journal="incoming-2026",
              template="{case}/{seq:04d}-{year}")
    with pytest.raises(MutationRejectedError, match="seq"):
        world.run("head", "wp_documents.configure_journal", journal="x", template="{case}")
    _draft(world, "incoming")
    world.run("clerk", "wp_documents.register", id=DOC)
    assert world.doc(DOC)["reg_number"] == "01-13/0001-2026"


def test_reject_return_and_rework():
    world = World()
    _draft(world)
    world.run("author", "wp_documents.send_for_approval", id=DOC,
              stages=[{"mode": "all", "approvers": [ref("approver1")]}])
    with pytest.raises(MutationRejectedError, match="comment"):
        world.run("approver1", "wp_documents.reject", id=DOC, comment="")
    world.run("approver1", "wp_documents.return_for_rework", id=DOC, comment="Fix dates")
    assert world.doc(DOC)["status"] == "rework"
    world.run("author", "wp_documents.edit", id=DOC, title="Жауап хат (түзетілген)")
    world.run("author", "wp_documents.new_version", id=DOC, attachment=uid("att"),
              sha256="cd" * 32, size=13)
    assert len(world.doc(DOC)["attachments"][0]["versions"]) == 2
    world.run("author", "wp_documents.send_for_approval", id=DOC,
              stages=[{"mode": "all", "approvers": [ref("approver1")]}])
    world.run("author", "wp_documents.add_approver", id=DOC, person=ref("executor"))
    world.run("approver1", "wp_documents.reject", id=DOC, comment="Not needed")
    assert world.doc(DOC)["status"] == "rejected"
    with pytest.raises(MutationRejectedError, match="author"):
        world.run("approver1", "wp_documents.edit", id=DOC, title="mine now")


def test_resolution_report_control_and_delegation():
    world = World()
    _draft(world, "incoming")
    world.run("clerk", "wp_documents.register", id=DOC)
    with pytest.raises(MutationRejectedError, match="head"):
        world.run("deputy", "wp_documents.resolution", id=DOC, resolution=RES, text="Do",
                  executors=[ref("executor")], control=False)
    world.run("head", "wp_documents.delegate", id=uid("del"), deputy=ref("deputy"),
              start="2026-11-20", end="2026-11-30")
    world.run("deputy", "wp_documents.resolution", id=DOC, resolution=RES, delegation=uid("del"),
              text="Prepare an answer", executors=[ref("executor"), ref("author")],
              deadline="2026-12-04", control=True)
    doc = world.doc(DOC)
    res = doc["resolutions"][0]
    assert res["author"] == ref("head") and res["deputy"] == ref("deputy")
    assert doc["history"][-1]["by"] == ref("deputy")
    assert doc["history"][-1]["on_behalf"] == ref("head")
    assert (doc["status"], doc["executor"], doc["deadline"], doc["control"]) == (
        "in_execution", PEOPLE["executor"].user_id, "2026-12-04", True)
    assert "exec" + PEOPLE["executor"].user_id.replace("-", "") in doc["inbox"]
    world.run("author", "wp_documents.report", id=DOC, resolution=RES, text="Draft ready")
    assert world.doc(DOC)["resolutions"][0]["state"] == "open"  # a co-executor's part
    world.run("executor", "wp_documents.report", id=DOC, resolution=RES, text="Answered")
    assert world.doc(DOC)["resolutions"][0]["state"] == "reported"
    assert world.doc(DOC)["status"] == "in_execution"
    with pytest.raises(MutationRejectedError):
        world.run("executor", "wp_documents.remove_from_control", id=DOC, resolution=RES)
    world.run("head", "wp_documents.remove_from_control", id=DOC, resolution=RES)
    doc = world.doc(DOC)
    assert doc["status"] == "done" and doc["control"] is False
    assert "ctrl" not in doc["inbox"] and "exec" not in doc["inbox"]
    world.run("head", "wp_documents.revoke_delegation", id=uid("del"))
    with pytest.raises(MutationRejectedError, match="in force"):
        world.run("deputy", "wp_documents.resolution", id=DOC, resolution=uid("r2"),
                  delegation=uid("del"), text="x", executors=[ref("executor")])


def test_familiarisation():
    world = World()
    _draft(world, "internal")
    world.run("author", "wp_documents.send_for_familiarisation", id=DOC,
              people=[ref("executor"), ref("head")])
    assert "fam" + PEOPLE["executor"].user_id.replace("-", "") in world.doc(DOC)["inbox"]
    world.run("executor", "wp_documents.mark_familiarised", id=DOC)
    doc = world.doc(DOC)
    assert [bool(f["seen_at"]) for f in doc["familiarisation"]] == [True, False]
    with pytest.raises(MutationRejectedError):
        world.run("approver1", "wp_documents.mark_familiarised", id=DOC)


def test_inbox_words_of_a_registered_document():
    assert inbox_words({"kind": "incoming", "status": "in_execution", "reg_date": "2026-11-25",
                        "executor": PEOPLE["executor"].user_id}) == (
        "reg20261125 kindincoming stinexecution lead"
        + PEOPLE["executor"].user_id.replace("-", ""))
