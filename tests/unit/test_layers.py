"""The layering rules stay true: import-linter's lists cover every module there is."""

from __future__ import annotations

import ast
import pkgutil
import tomllib
from pathlib import Path

import workplace

ROOT = Path(__file__).resolve().parents[2]
CONTRACTS = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
# workplace.devkit holds one Qt module (the shell harness of the pytest fixtures); its
# Qt-free modules have a contract of their own.
QT_MODULES = {"workplace.app", "workplace.cli", "workplace.devkit", "workplace.selftest",
              "workplace.shell"}


def _top_modules() -> set[str]:
    return {f"workplace.{m.name}" for m in pkgutil.iter_modules(workplace.__path__)
            if not m.name.startswith("_")}


def _contract(name_part: str) -> dict:
    [contract] = [c for c in CONTRACTS["contracts"] if name_part in c["name"]]
    return contract


def test_plugins_contract_forbids_everything_but_the_api():
    contract = _contract("only through workplace.api")
    assert set(contract["forbidden_modules"]) == _top_modules() - {"workplace.api"}
    builtins = {p.name for p in (ROOT / "plugins").iterdir() if (p / "manifest.toml").exists()}
    assert set(contract["source_modules"]) == builtins


def test_qt_free_contract_covers_every_qt_free_module():
    contract = _contract("import no Qt")
    assert set(contract["source_modules"]) == _top_modules() - QT_MODULES


def test_plugins_import_workplace_api_only():
    # A second, simpler check that also covers code import-linter cannot see
    # (e.g. imports inside functions of the built-in plugins).
    offending = []
    for path in (ROOT / "plugins").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            offending += [f"{path.relative_to(ROOT)}: {n}" for n in names
                          if n.startswith("workplace") and n != "workplace.api"
                          and not n.startswith("workplace.api.")]
    assert offending == []
