"""CI for the plugin kit: a plugin made by `workplace plugin new` installs, passes its own
generated tests with the wp_* fixtures, and `workplace --selftest` lists it as ok.

The plugin is installed with pip into a folder of its own (``--target``) put on
PYTHONPATH, so the environment running the tests is never changed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.helpers.procs import REPO_ROOT, child_env

NAME = "kit_ci_permits"


def run(cmd: list[str], cwd: Path, env: dict[str, str], timeout: float
        ) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                            capture_output=True, text=True, timeout=timeout, check=False)
    assert result.returncode == 0, (
        f"{' '.join(cmd[1:4])}… exited {result.returncode}\n{result.stdout}\n{result.stderr}")
    return result


def test_a_scaffolded_plugin_installs_passes_its_tests_and_the_selftest(tmp_path):
    made = run([sys.executable, "-m", "workplace", "plugin", "new", NAME, "--dir",
                str(tmp_path)], REPO_ROOT, child_env(), 60)
    assert f"created plugin '{NAME}'" in made.stdout
    assert "translations:" not in made.stdout, made.stdout  # the .qm files were built
    source, site = tmp_path / NAME, tmp_path / "site"

    # Non-isolated build: hatchling comes with the test dependencies, no network needed.
    run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
         "--no-build-isolation", "--no-input", "--target", str(site), str(source)],
        tmp_path, child_env({"PIP_DISABLE_PIP_VERSION_CHECK": "1"}), 120)
    assert (site / NAME / "manifest.toml").is_file()
    assert (site / NAME / "translations" / f"{NAME}_kk.qm").is_file()

    pythonpath = os.pathsep.join(p for p in (str(site), os.environ.get("PYTHONPATH", "")) if p)
    env = child_env({"PYTHONPATH": pythonpath, "QT_QPA_PLATFORM": "offscreen",
                     "PYTEST_ADDOPTS": None,
                     # A keyring for the app's data key that lives only in the child.
                     "PYTHON_KEYRING_BACKEND": "workplace.devkit.keyring.MemoryKeyring"})
    tests = run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"], source,
                env, 180)
    assert "6 passed" in tests.stdout, tests.stdout

    selftest = run([sys.executable, "-m", "workplace", "--selftest"], tmp_path, env, 120)
    lines = selftest.stdout.splitlines()
    assert f"{NAME} ok" in lines, selftest.stdout
    assert "storage ok" in lines, selftest.stdout
