"""Install test plugins as real distributions: a site directory with ``*.dist-info``.

Each plugin gets ``METADATA`` and an ``entry_points.txt`` in the ``workplace.plugins``
group, exactly what ``pip install`` leaves behind, so discovery runs through
``importlib.metadata`` as in production.
"""

from __future__ import annotations

import importlib
import shutil
import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "plugins"


def build_site(site: Path, names: list[str]) -> Path:
    site.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copytree(FIXTURES / name, site / name)
        dist = site / f"{name}-1.0.dist-info"
        dist.mkdir()
        dist_name = name.replace("_", "-") + "-test"
        (dist / "METADATA").write_text(
            f"Metadata-Version: 2.1\nName: {dist_name}\nVersion: 1.0\n", encoding="utf-8")
        (dist / "entry_points.txt").write_text(
            f"[workplace.plugins]\n{name} = {name}:manifest.toml\n", encoding="utf-8")
        (dist / "RECORD").write_text("", encoding="utf-8")
    importlib.invalidate_caches()
    return site


def forget_modules(names: list[str]) -> None:
    for mod in list(sys.modules):
        if mod.split(".")[0] in names:
            del sys.modules[mod]
