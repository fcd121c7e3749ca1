"""Remove from a bundled environment the parts of PySide6-Addons the app never loads.

    python3 prune_pyside.py SITE_PACKAGES [--keep QtCharts ...]

Workplace needs the Addons wheel for one module, QtCharts (wp_egov's statistics), but
the wheel brings some 440 MB of others: WebEngine, Quick 3D, Multimedia, Location, their
QML, Qt plugins, translations and resources. Kept: every file the Essentials wheel also
lists (both wheels write some shared files), the bindings named by ``--keep`` and every
Qt library that any kept binary needs, directly or not (ELF DT_NEEDED, read with
readelf). Removed: every other file of the Addons wheel. Run it before the wheels'
RECORD files are deleted. Prints what it removed, in MB.
"""

from __future__ import annotations

import argparse
import csv
import re
import subprocess
import sys
from pathlib import Path

#: The Addons bindings the app and its built-in plugins import (``from PySide6.X``).
KEEP = ("QtCharts",)
_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[(.+?)\]")


def record(site: Path, dist: str) -> set[str]:
    """The files a wheel installed, relative to ``site`` (from its RECORD)."""
    infos = list(site.glob(f"{dist}-*.dist-info"))
    if len(infos) != 1:
        raise SystemExit(f"prune_pyside: expected one {dist} in {site}, found {len(infos)}")
    with (infos[0] / "RECORD").open(newline="", encoding="utf-8") as fh:
        return {row[0] for row in csv.reader(fh) if row}


def needed(path: Path) -> list[str]:
    # A library whose needs cannot be read must stop the build: taken as "needs
    # nothing", it would let a library it loads be pruned without a word.
    try:
        done = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True,
                              check=False)
    except FileNotFoundError:
        raise SystemExit("prune_pyside: readelf is missing (install binutils)") from None
    if done.returncode != 0:
        raise SystemExit(f"prune_pyside: readelf -d {path} failed: {done.stderr.strip()}")
    return _NEEDED.findall(done.stdout)


def is_elf(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(4) == b"\x7fELF"


def prune(site: Path, keep: tuple[str, ...] = KEEP) -> tuple[int, int]:
    addons = record(site, "pyside6_addons")
    essentials = record(site, "pyside6_essentials")
    own = {p for p in addons - essentials if not p.startswith("pyside6_addons-")}
    kept_bindings = {f"PySide6/{name}.abi3.so" for name in keep}
    missing = kept_bindings - addons
    if missing:
        raise SystemExit(f"prune_pyside: not in PySide6-Addons: {sorted(missing)}")
    libdir = "PySide6/Qt/lib/"
    # Roots: the Essentials libraries and bindings (not its Qt plugins and QML modules,
    # some of which integrate Addons modules), and the bindings kept.
    roots = [p for p in essentials if (p.endswith(".so") or ".so." in p)
             and not p.startswith(("PySide6/Qt/plugins/", "PySide6/Qt/qml/"))]
    roots += sorted(kept_bindings)
    wanted: set[str] = set()
    todo = [site / p for p in roots if (site / p).is_file()]
    seen: set[Path] = set()
    while todo:
        path = todo.pop()
        if path in seen or not is_elf(path):
            continue
        seen.add(path)
        for name in needed(path):
            rel = libdir + name
            if rel in own and rel not in wanted:
                wanted.add(rel)
                todo.append(site / rel)
    keep_paths = wanted | kept_bindings | {f"PySide6/{name}.pyi" for name in keep}
    removed = files = 0
    for rel in sorted(own - keep_paths):
        path = site / rel
        if path.is_file() or path.is_symlink():
            removed += path.lstat().st_size
            files += 1
            path.unlink()
    gone = {Path(p).name for p in own - keep_paths if p.startswith(libdir)}
    for rel in sorted(essentials):
        path = site / rel
        if (rel.startswith(("PySide6/Qt/plugins/", "PySide6/Qt/qml/")) and rel.endswith(".so")
                and path.is_file() and gone.intersection(needed(path))):
            removed += path.stat().st_size
            files += 1
            path.unlink()
            print(f"prune_pyside: removed {rel} (needs a removed Addons library)")
    # Folders the removed files leave empty (QML modules, plugin kinds).
    for parent in sorted({(site / p).parent for p in own - keep_paths},
                         key=lambda p: len(p.parts), reverse=True):
        folder = parent
        while folder != site and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent
    return files, removed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site_packages", type=Path)
    parser.add_argument("--keep", nargs="*", default=list(KEEP),
                        help="Addons bindings to keep (default: %(default)s)")
    args = parser.parse_args(argv)
    files, size = prune(args.site_packages, tuple(args.keep))
    print(f"prune_pyside: removed {files} files (PySide6-Addons, plugins needing it), "
          f"{size / 1024 / 1024:.0f} MB; kept {', '.join(args.keep)} and the Qt "
          f"libraries they need")
    return 0


if __name__ == "__main__":
    sys.exit(main())
