"""``workplace plugin new NAME``: a ready plugin package from the templates beside this file.

The package has a pyproject with the ``workplace.plugins`` entry point, a manifest, a
page, a command, a collection with a mutator in a Qt-free domain module, Kazakh,
Russian and English translation sources (compiled when Qt's ``lrelease`` is at
hand) and tests that use the ``wp_*`` fixtures of :mod:`workplace.devkit.pytest_plugin`.
"""

from __future__ import annotations

import importlib.resources
import importlib.util
import keyword
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from string import Template
from xml.sax.saxutils import escape

from packaging.version import Version

from workplace.api import API_VERSION

_NAME_RE = re.compile(r"^[a-z][a-z0-9_]{1,63}$")
#: Names a plugin package may not take: Workplace's own and the test folders'.
_RESERVED = frozenset({"workplace", "plugins", "tests", "test", "conftest"})
_PACKAGE_DIR = "__package__"
LANGUAGES = ("kk", "ru", "en")

#: The strings of the generated code, with their Kazakh and Russian translations.
MESSAGES: dict[str, dict[str, str]] = {
    "This item exists already.": {
        "kk": "Бұл жазба бұрыннан бар.", "ru": "Эта запись уже существует."},
    "The number of days must be from 0 to 365.": {
        "kk": "Күн саны 0-ден 365-ке дейін болуы керек.",
        "ru": "Число дней должно быть от 0 до 365."},
    "Title of a new item": {"kk": "Жаңа жазбаның атауы", "ru": "Название новой записи"},
    "Add": {"kk": "Қосу", "ru": "Добавить"},
    "Items": {"kk": "Жазбалар", "ru": "Записи"},
    "{0} — due {1}": {"kk": "{0} — мерзімі {1}", "ru": "{0} — срок {1}"},
    "No items yet.": {"kk": "Әзірге жазба жоқ.", "ru": "Записей пока нет."},
}


class ScaffoldError(ValueError):
    """The name or the destination cannot be used; the message says what to do."""


@dataclass
class Scaffolded:
    """What :func:`new_plugin` made."""

    plugin_id: str
    root: Path
    files: list[Path] = field(default_factory=list)
    #: Empty when the ``.qm`` files were built; otherwise why not (the ``.ts`` are there).
    translations_note: str = ""


def check_name(name: str) -> str:
    """``name`` if it can be a plugin id and a Python package; else :class:`ScaffoldError`."""
    if not _NAME_RE.match(name):
        raise ScaffoldError(
            f"'{name}' cannot be a plugin name: use 2-64 lowercase Latin letters, digits "
            "and '_', starting with a letter (e.g. 'city_permits')")
    if keyword.iskeyword(name) or name in sys.stdlib_module_names or name in _RESERVED:
        raise ScaffoldError(
            f"'{name}' is taken by Python or Workplace itself: choose a name of your own, "
            "e.g. with your organisation's prefix ('akimat_permits')")
    if importlib.util.find_spec(name) is not None:
        raise ScaffoldError(
            f"a Python package named '{name}' is already installed here: choose another "
            "name (plugin names are package names and must be unique)")
    return name


def api_range(version: str = API_VERSION) -> str:
    """The manifest ``api`` range of a new plugin: this minor version up to the next major."""
    v = Version(version)
    return f">={v.major}.{v.minor},<{v.major + 1}"


def _title(name: str) -> str:
    return name.replace("_", " ").strip().capitalize()


def _class_name(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_") if part) + "Plugin"


def ts_catalogue(plugin_id: str, lang: str) -> str:
    """The Qt Linguist source of one language of the generated plugin."""
    rows = []
    for source, translations in sorted(MESSAGES.items()):
        text = translations.get(lang, "")
        tag = (f"<translation>{escape(text)}</translation>" if text
               else '<translation type="unfinished"></translation>')
        rows.append(f"    <message>\n        <source>{escape(source)}</source>\n"
                    f"        {tag}\n    </message>\n")
    return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            f'<TS version="2.1" language="{lang}" sourcelanguage="en">\n<context>\n'
            f"    <name>{plugin_id}</name>\n{''.join(rows)}</context>\n</TS>\n")


def find_lrelease() -> list[str] | None:
    """Qt's ``lrelease`` of the PySide6 next to this Python (found without importing Qt)."""
    suffix = ".exe" if os.name == "nt" else ""
    wrapper = Path(sys.executable).parent / f"pyside6-lrelease{suffix}"
    if wrapper.is_file():
        return [str(wrapper)]
    spec = importlib.util.find_spec("PySide6")
    for location in (spec.submodule_search_locations or []) if spec else []:
        binary = Path(location) / f"lrelease{suffix}"
        if binary.is_file():
            return [str(binary)]
    found = shutil.which("pyside6-lrelease")
    return [found] if found else None


def compile_translations(root: Path, plugin_id: str) -> str:
    """Build ``<id>/translations/<id>_<lang>.qm`` from ``i18n/``; returns why not, or ''."""
    tool = find_lrelease()
    if tool is None:
        return "pyside6-lrelease was not found: build the .qm files as the README says"
    out = root / plugin_id / "translations"
    out.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = root / "i18n" / f"{plugin_id}_{lang}.ts"
        proc = subprocess.run([*tool, "-silent", str(ts), "-qm",
                               str(out / f"{plugin_id}_{lang}.qm")],
                              capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            return f"lrelease failed on {ts.name}: {(proc.stdout + proc.stderr).strip()}"
    return ""


def new_plugin(name: str, parent: Path, *, build_translations: bool = True) -> Scaffolded:
    """Write the package of a new plugin ``name`` into ``parent/name``."""
    plugin_id = check_name(name)
    root = parent / plugin_id
    if root.exists() and any(root.iterdir()):
        raise ScaffoldError(f"{root} exists and is not empty: choose another --dir")
    values = {"id": plugin_id, "dist": plugin_id.replace("_", "-"), "title": _title(plugin_id),
              "cls": _class_name(plugin_id), "api_range": api_range()}
    made = Scaffolded(plugin_id, root)
    templates = importlib.resources.files("workplace.devkit") / "templates" / "plugin"
    with importlib.resources.as_file(templates) as base:
        for source in sorted(base.rglob("*.tmpl")):
            relative = source.relative_to(base).with_suffix("")  # drop .tmpl
            parts = [plugin_id if p == _PACKAGE_DIR else p for p in relative.parts]
            target = root.joinpath(*parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            text = Template(source.read_text(encoding="utf-8")).substitute(values)
            target.write_text(text, encoding="utf-8")
            made.files.append(target)
    (root / plugin_id / "translations").mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = root / "i18n" / f"{plugin_id}_{lang}.ts"
        ts.parent.mkdir(parents=True, exist_ok=True)
        ts.write_text(ts_catalogue(plugin_id, lang), encoding="utf-8")
        made.files.append(ts)
    if build_translations:
        made.translations_note = compile_translations(root, plugin_id)
        made.files += sorted((root / plugin_id / "translations").glob("*.qm"))
    else:
        made.translations_note = "not built (build_translations=False)"
    return made


def run_new(name: str, parent: Path) -> int:
    """The ``workplace plugin new`` command: make the package and say what to do next."""
    try:
        made = new_plugin(name, parent.expanduser())
    except ScaffoldError as exc:
        print(f"workplace plugin new: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"workplace plugin new: cannot write {exc.filename}: {exc.strerror}",
              file=sys.stderr)
        return 1
    print(f"created plugin '{made.plugin_id}' in {made.root} ({len(made.files)} files)")
    if made.translations_note:
        print(f"translations: {made.translations_note}")
    print(f"next:\n  cd {made.root}\n  pip install -e '.[test]'\n  python -m pytest\n"
          "  workplace --selftest")
    return 0
