"""Locate the files shipped in ``resources/`` (icons, translations) in a checkout or a wheel."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resource_dir() -> Path:
    here = Path(__file__).resolve().parent
    installed = here / "_resources"  # where the wheel puts the top-level resources/
    if installed.is_dir():
        return installed
    return here.parent / "resources"


def icon_path(name: str) -> Path:
    """The SVG file of a bundled icon, e.g. ``icon_path("home")``."""
    return resource_dir() / "icons" / f"{name}.svg"


def translations_dir() -> Path:
    """The compiled Qt catalogues (``workplace_<lang>.qm``) of the shell."""
    return resource_dir() / "translations"
