"""A reply's attachments are described by their digest, name and size; anything else
is refused with a reason instead of being stored half-described."""

from __future__ import annotations

import pytest

from tests.egov.support import CLERK, EXEC, Desk
from workplace.api import MutationRejectedError

DIGEST = "ab" * 32


def _in_progress() -> tuple[Desk, str]:
    desk = Desk()
    rid = desk.register("2026-03-02")
    desk.run("wp_egov.assign", CLERK, "2026-03-02", id=rid, executor=EXEC.user_id,
             executor_name="Executor")
    desk.run("wp_egov.start", EXEC, "2026-03-03", id=rid)
    return desk, rid


def test_a_reply_keeps_its_files():
    desk, rid = _in_progress()
    desk.run("wp_egov.answer", EXEC, "2026-03-04", id=rid, decision="answered",
             text="Жауап", attachments=[{"id": "f1", "name": "акт.pdf", "sha256": DIGEST,
                                         "size": 1200, "mime": "application/pdf"}])
    [reply] = desk.data(rid)["replies"]
    assert reply["attachments"] == [{"id": "f1", "name": "акт.pdf", "sha256": DIGEST,
                                     "size": 1200, "mime": "application/pdf"}]


@pytest.mark.parametrize("bad", [
    "not a list",
    [{"name": "a.pdf", "sha256": "xyz", "size": 1}],
    [{"name": "a.pdf", "sha256": DIGEST, "size": -1}],
    [{"name": "", "sha256": DIGEST, "size": 1}],
    [{"name": "a.pdf", "sha256": DIGEST, "size": 1}] * 51,
])
def test_badly_described_files_are_refused(bad):
    desk, rid = _in_progress()
    with pytest.raises(MutationRejectedError):
        desk.run("wp_egov.answer", EXEC, "2026-03-04", id=rid, decision="answered",
                 text="Жауап", attachments=bad)
    assert desk.data(rid)["status"] == "in_progress"
