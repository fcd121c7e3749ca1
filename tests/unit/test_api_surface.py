"""The plugin API: importable without Qt, and every public name documented."""

from __future__ import annotations

import inspect
import subprocess
import sys

import workplace.api as api


def test_every_public_name_is_documented():
    undocumented = []
    for name in api.__all__:
        obj = getattr(api, name)
        if name == "API_VERSION":
            continue
        if inspect.isclass(obj) or inspect.isfunction(obj):
            if not (obj.__doc__ or "").strip():
                undocumented.append(name)
            if inspect.isclass(obj):
                undocumented += [
                    f"{name}.{member}" for member, value in vars(obj).items()
                    if not member.startswith("_") and callable(value)
                    and not (getattr(value, "__doc__", "") or "").strip()]
    assert undocumented == []


def test_api_imports_without_qt():
    code = ("import sys, workplace.api; "
            "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]")
    subprocess.run([sys.executable, "-c", code], check=True)
