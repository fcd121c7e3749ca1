from __future__ import annotations

import asyncio
import threading

import pytest

from workplace import i18n
from workplace.background import BackgroundRunner
from workplace.events import Event
from workplace.logs import kv
from workplace.paths import ProfileNameError, ProfilePaths
from workplace.pluginhost.host import api_compatible


@pytest.mark.parametrize(("code", "expected"), [
    ("ru_RU.UTF-8", "ru"), ("kk-KZ", "kk"), ("EN", "en"), ("de_DE", None), ("", None),
    (None, None),
])
def test_normalize_language(code, expected):
    assert i18n.normalize_language(code) == expected


def test_kv_quotes_what_needs_quoting():
    assert kv("ready", pages=3, path="/a b", empty="") == 'ready pages=3 path="/a b" empty=""'


@pytest.mark.parametrize("name", ["../x", "", ".", "a/b", "x" * 65, "-lead"])
def test_bad_profile_names_are_refused(name):
    with pytest.raises(ProfileNameError, match="is not allowed"):
        ProfilePaths.for_profile(name)


def test_profiles_are_separate(isolated_home):
    a, b = ProfilePaths.for_profile("a"), ProfilePaths.for_profile("b")
    assert a.config_dir != b.config_dir and a.data_dir != b.data_dir
    assert str(a.config_dir).startswith(str(isolated_home))


@pytest.mark.parametrize(("spec", "ok"), [(">=1.0,<2", True), (">=1.1", False),
                                          ("~=1.0", True), ("<1", False)])
def test_api_ranges(spec, ok):
    assert api_compatible(spec, "1.0.0") is ok


def test_background_runner_runs_off_the_loop_thread():
    runner = BackgroundRunner(max_workers=2)

    async def main() -> tuple[str, str]:
        here = threading.current_thread().name
        there = await runner.run(lambda: threading.current_thread().name)
        return here, there

    try:
        here, there = asyncio.run(main())
    finally:
        runner.shutdown()
    assert here != there and there.startswith("workplace-bg")
    with pytest.raises(RuntimeError, match="shut down"):
        asyncio.run(runner.run(print))


def test_event_survives_a_failing_listener(caplog):
    event = Event[[int]]()
    got = []
    event.connect(lambda _n: 1 / 0)
    event.connect(got.append)
    event.emit(5)
    assert got == [5]
    assert "listener" in caplog.text
