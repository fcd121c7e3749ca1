"""A module changes only its own records: ``ctx.store`` runs only its own mutators.

The gateway authorises a change by user, not by module; without this check any
module could run another's mutators as the user (approve a document, close a request).
"""

from __future__ import annotations

import logging
import uuid

import pytest

from workplace.api import MutationRejectedError
from workplace.net.connection import Mode, ServerChoice, State
from workplace.policy import parse_policy


def test_a_module_cannot_run_another_modules_mutators(app_runner, caplog):
    wp = app_runner.start(policy=parse_policy({"storage": {"encryption": "off"}}))
    app_runner.run(wp.connection.start(ServerChoice(Mode.LOCAL)))
    assert wp.connection.state is State.CONNECTED
    app_runner.wait_until(lambda: wp.offline.opened)
    documents = wp.host.records["wp_documents"].instance.ctx
    assistant = wp.host.records["wp_assistant"].instance.ctx
    doc = {"id": str(uuid.uuid4()), "kind": "internal", "title": "Тест", "case_index": "01-14"}

    with caplog.at_level(logging.WARNING, "workplace.store"), \
            pytest.raises(PermissionError, match=r"'wp_assistant' may change only its own "
                                                 r"records.*'wp_documents\.create'.*"
                                                 r"'wp_documents'"):
        app_runner.run(assistant.store.mutate("wp_documents.create", doc))
    assert "foreign_mutator_refused" in caplog.text
    assert app_runner.run(documents.store.get("wp_documents.documents", doc["id"])) is None

    # Its owner runs it (and still gets its own checks).
    receipt = app_runner.run(documents.store.mutate("wp_documents.create", doc))
    assert [r.id for r in receipt.records] == [doc["id"]]
    with pytest.raises(MutationRejectedError):
        app_runner.run(documents.store.mutate("wp_documents.create", {"id": "not-a-uuid"}))
    # Reading is shared: the assistant cites documents.
    assert app_runner.run(assistant.store.get("wp_documents.documents", doc["id"])) is not None
    app_runner.stop(wp)
