"""The plugin authors' fixtures: light to load, and the parts they are made of."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone

import pytest

from workplace.api import Domain, MutationRejectedError, Tx, new_id
from workplace.devkit.clock import Clock
from workplace.devkit.memory import DomainRunner

HEAVY = ("PySide6", "shiboken6", "qasync", "workplace.store", "workplace.server",
         "workplace.shell", "httpx", "uvicorn", "keyring")


def test_loading_the_pytest_plugin_imports_nothing_heavy():
    code = ("import sys, workplace.devkit.pytest_plugin; "
            f"heavy = [m for m in sys.modules if m.startswith({HEAVY!r})]; "
            "assert not heavy, heavy")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_fixtures_are_registered_with_pytest(pytestconfig):
    plugin = pytestconfig.pluginmanager.get_plugin("workplace")
    assert plugin is not None, "the pytest11 entry point is missing: pip install -e ."
    assert plugin.__name__ == "workplace.devkit.pytest_plugin"


def test_the_clock_moves_only_when_told():
    clock = Clock(datetime(2026, 3, 2, 9, 0, tzinfo=timezone(timedelta(hours=5))))
    assert clock.now == datetime(2026, 3, 2, 4, 0, tzinfo=UTC)
    clock.advance(days=2, hours=1)
    assert clock.now == datetime(2026, 3, 4, 5, 0, tzinfo=UTC)
    patched = clock.datetime_class()
    assert patched.now(UTC) == clock.now
    with pytest.raises(ValueError, match="aware"):
        clock.set(datetime(2026, 1, 1))


def test_wp_clock_gives_mutations_on_the_store_its_time(wp_clock):
    import workplace.store.local as local

    wp_clock.set(datetime(2030, 1, 2, 3, 4, tzinfo=UTC))
    assert local.datetime.now(UTC) == datetime(2030, 1, 2, 3, 4, tzinfo=UTC)


DOMAIN = Domain()


@DOMAIN.mutator("demo.add")
def _add(tx: Tx, args: dict) -> None:
    tx.put("demo.things", args["id"], {"n": tx.next_number("demo"), "at": tx.now.isoformat()})
    if args.get("fail"):
        raise MutationRejectedError("no", "no")


def test_the_domain_runner_writes_nothing_when_a_mutator_refuses():
    clock = Clock()
    runner = DomainRunner(DOMAIN, now=lambda: clock.now)
    first = new_id()
    [record] = runner.run("demo.add", {"id": first})
    assert record.data == {"n": 1, "at": clock.now.isoformat()} and record.version == 1
    with pytest.raises(MutationRejectedError):
        runner.run("demo.add", {"id": new_id(), "fail": True})
    assert [r.id for r in runner.all("demo.things")] == [first]
    [optimistic] = runner.run("demo.add", {"id": new_id()}, authoritative=False)
    assert optimistic.data["n"] is None  # only the gateway gives numbers
    with pytest.raises(KeyError, match="has no mutator"):
        runner.run("demo.nothing", {})
