#!/usr/bin/env python3
"""Translation tool for Workplace: Qt Linguist catalogues of the shell and built-in plugins.

Layout (the application relies on it)::

    i18n/workplace_<lang>.ts                        strings of workplace/**/*.py
    i18n/<pid>_<lang>.ts                            strings of plugins/<pid>/**/*.py
    resources/translations/workplace_<lang>.qm      compiled, committed
    plugins/<pid>/translations/<pid>_<lang>.qm      compiled, committed

where <lang> is kk, ru or en and <pid> is every directory of plugins/ holding a
manifest.toml. English is the source language, so the en catalogues may stay empty.

Subcommands::

    extract                   update every .ts from the sources (translations are kept)
    build                     compile every .ts into its .qm
    check                     fail, with a readable list, when anything is out of date
                              or untranslated (see `check` below)
    untranslated LANG         print {"Context|source": ""} for every unfinished message
    fill LANG FILE.json       import translations given as {"Context|source": "text"}
                              (a list of forms for plural messages), then normalise

A message with a disambiguation comment is keyed "Context|source|comment".

Needs the PySide6 tools (pyside6-lupdate, pyside6-lrelease) of the Python running
this script, as installed with PySide6-Essentials; otherwise only the standard library.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

LANGUAGES = ("kk", "ru", "en")
#: Languages whose catalogues must be complete; English is the source language.
MUST_TRANSLATE = ("kk", "ru")
#: Manifest keys whose values are shown to users (a string or a {en, ru, kk} table).
MANIFEST_TEXT_KEYS = ("name", "title", "description")

LUPDATE_OPTIONS = [
    "-extensions",
    "py",
    # Qt-free code marks strings with translatable("Context", "text").
    "-tr-function-alias",
    "QT_TRANSLATE_NOOP+=translatable",
    "-no-obsolete",
    # No file names or line numbers, so moving code does not churn the catalogues;
    # sorted messages, so their order does not depend on the history of the file.
    "-locations",
    "none",
    "-sort-messages",
    "-source-language",
    "en",
]


if TYPE_CHECKING:
    TsTree = ET.ElementTree[ET.Element]  # a parsed .ts file


class ToolError(Exception):
    """A problem the user must fix; printed without a traceback."""


# --------------------------------------------------------------------------- layout


@dataclass(frozen=True)
class Catalogue:
    """One language of one catalogue: sources -> .ts -> .qm."""

    name: str  # "workplace" or a plugin id
    lang: str
    sources: Path  # the directory lupdate scans
    ts: Path
    qm: Path


def plugin_dirs(root: Path) -> list[Path]:
    """Built-in plugin packages: plugins/<pid>/ with a manifest.toml."""
    plugins = root / "plugins"
    if not plugins.is_dir():
        return []
    return sorted(p for p in plugins.iterdir() if (p / "manifest.toml").is_file())


def catalogues(root: Path) -> list[Catalogue]:
    cats = [
        Catalogue(
            "workplace",
            lang,
            root / "workplace",
            root / "i18n" / f"workplace_{lang}.ts",
            root / "resources" / "translations" / f"workplace_{lang}.qm",
        )
        for lang in LANGUAGES
    ]
    for pdir in plugin_dirs(root):
        pid = pdir.name
        cats += [
            Catalogue(
                pid,
                lang,
                pdir,
                root / "i18n" / f"{pid}_{lang}.ts",
                pdir / "translations" / f"{pid}_{lang}.qm",
            )
            for lang in LANGUAGES
        ]
    return cats


def rel(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


# ---------------------------------------------------------------------- Qt tools


def find_tool(name: str) -> list[str]:
    """The command that runs the PySide6 `name` tool (lupdate or lrelease)."""
    suffixes = (".exe", "") if os.name == "nt" else ("",)
    # 1. The pyside6-* wrapper installed next to this interpreter (a venv's bin/).
    bindir = Path(sys.executable).parent
    for suffix in suffixes:
        wrapper = bindir / f"pyside6-{name}{suffix}"
        if wrapper.is_file():
            return [str(wrapper)]
    # 2. The binary inside the PySide6 package (found without importing Qt).
    spec = importlib.util.find_spec("PySide6")
    for location in (spec.submodule_search_locations or []) if spec else []:
        for suffix in suffixes:
            binary = Path(location) / f"{name}{suffix}"
            if binary.is_file():
                return [str(binary)]
    # 3. A pyside6-* wrapper on PATH. (A bare `lupdate` may be Qt 5's, without Python.)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    raise ToolError(
        f"pyside6-{name} not found: run this with the Python of an environment that has "
        "PySide6-Essentials (e.g. .venv/bin/python packaging/i18n.py ...)"
    )


def run(cmd: list[str], root: Path, *, quiet: bool) -> str:
    """Run a Qt tool from the repository root; raise with its output if it fails."""
    proc = subprocess.run(cmd, cwd=root, capture_output=True, text=True, check=False)
    output = (proc.stdout + proc.stderr).strip()
    if proc.returncode != 0:
        raise ToolError(f"{Path(cmd[0]).name} failed (exit {proc.returncode}):\n{output}")
    if output and not quiet:
        print(output)
    return output


def lupdate(cat: Catalogue, ts: Path, root: Path, *, quiet: bool = False) -> str:
    ts.parent.mkdir(parents=True, exist_ok=True)
    cmd = [
        *find_tool("lupdate"),
        *(["-silent"] if quiet else []),
        *LUPDATE_OPTIONS,
        "-target-language",
        cat.lang,
        rel(cat.sources, root),
        "-ts",
        str(ts),
    ]
    out = run(cmd, root, quiet=quiet)
    _drop_code_comments(ts)
    return out


def _drop_code_comments(ts: Path) -> None:
    """Remove the ``<extracomment>`` lines lupdate writes.

    lupdate takes any ``#:`` comment before a tr() call for a note to translators;
    in this code base ``#:`` documents attributes (Sphinx's habit), so those notes
    were the code's own comments — meaningless, even confusing, for a translator.
    Done here, after every lupdate run, so ``check`` compares like with like.
    """
    lines = ts.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for line in lines if not (line.lstrip().startswith("<extracomment>")
                                           and line.rstrip().endswith("</extracomment>"))]
    if len(kept) != len(lines):
        ts.write_text("".join(kept), encoding="utf-8")


def lrelease(ts: Path, qm: Path, root: Path) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    run([*find_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], root, quiet=True)


# ---------------------------------------------------------------- .ts messages


@dataclass
class Message:
    context: str
    source: str
    comment: str
    element: ET.Element  # the <message>

    @property
    def key(self) -> str:
        key = f"{self.context}|{self.source}"
        return f"{key}|{self.comment}" if self.comment else key

    @property
    def numerus(self) -> bool:
        return self.element.get("numerus") == "yes"

    @property
    def translation(self) -> ET.Element:
        tr = self.element.find("translation")
        if tr is None:
            tr = ET.SubElement(self.element, "translation", type="unfinished")
        return tr

    def forms(self) -> list[str]:
        """The translated text: one entry, or one per plural form."""
        tr = self.translation
        if self.numerus:
            return [f.text or "" for f in tr.findall("numerusform")]
        return [tr.text or ""]

    @property
    def unfinished(self) -> bool:
        forms = self.forms()
        return (
            self.translation.get("type") == "unfinished" or not forms or any(not f for f in forms)
        )


def messages(tree: TsTree) -> Iterator[Message]:
    root = tree.getroot()
    for ctx in root.iter("context") if root is not None else []:
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") in ("obsolete", "vanished"):
                continue
            yield Message(name, msg.findtext("source") or "", msg.findtext("comment") or "", msg)


def read_ts(path: Path) -> TsTree:
    try:
        return ET.parse(path)
    except ET.ParseError as exc:
        raise ToolError(f"{path}: not a valid .ts file: {exc}") from exc


# ------------------------------------------------------------------ commands


def cmd_extract(root: Path, only: set[Path] | None = None) -> None:
    for cat in catalogues(root):
        if only is None or cat.ts in only:
            lupdate(cat, cat.ts, root)


def cmd_build(root: Path) -> None:
    for cat in catalogues(root):
        if not cat.ts.is_file():
            raise ToolError(f"{rel(cat.ts, root)} is missing: run `extract` first")
        lrelease(cat.ts, cat.qm, root)
        print(f"{rel(cat.ts, root)} -> {rel(cat.qm, root)}")


def cmd_untranslated(root: Path, lang: str) -> None:
    out: dict[str, str | list[str]] = {}
    for cat in catalogues(root):
        if cat.lang != lang or not cat.ts.is_file():
            continue
        for msg in messages(read_ts(cat.ts)):
            if msg.unfinished:
                out[msg.key] = [""] * len(msg.forms()) if msg.numerus else ""
    json.dump(out, sys.stdout, ensure_ascii=False, indent=2, sort_keys=True)
    print()


def cmd_fill(root: Path, lang: str, json_file: Path) -> None:
    try:
        given = json.loads(json_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ToolError(f"{json_file}: cannot read JSON: {exc}") from exc
    if not isinstance(given, dict):
        raise ToolError(f'{json_file}: expected a JSON object of "Context|source": text')

    # Validate everything first, so that a mistake writes nothing.
    errors: list[str] = []
    seen: set[str] = set()
    changes: list[tuple[Path, TsTree, Message, str | list[str]]] = []
    for cat in catalogues(root):
        if cat.lang != lang or not cat.ts.is_file():
            continue
        tree = read_ts(cat.ts)
        for msg in messages(tree):
            if msg.key not in given:
                continue
            seen.add(msg.key)
            value = given[msg.key]
            if value in ("", [], None) or (isinstance(value, list) and not any(value)):
                continue  # left blank by the translator: stays unfinished
            if msg.numerus:
                want = len(msg.forms())
                if not (
                    isinstance(value, list)
                    and all(isinstance(v, str) for v in value)
                    and len(value) == want
                    and all(value)
                ):
                    errors.append(
                        f"{msg.key!r}: plural message needs a list of {want} non-empty strings"
                    )
                    continue
            elif not isinstance(value, str):
                errors.append(f"{msg.key!r}: needs a string")
                continue
            changes.append((cat.ts, tree, msg, value))
    errors += [
        f"{key!r}: no such message in any {lang} catalogue" for key in sorted(set(given) - seen)
    ]
    if errors:
        raise ToolError("nothing written:\n  " + "\n  ".join(errors))

    touched: dict[Path, TsTree] = {}
    for ts, tree, msg, value in changes:
        tr = msg.translation
        tr.attrib.pop("type", None)  # finished
        if isinstance(value, list):
            for form in list(tr):
                tr.remove(form)
            tr.text = None
            for text in value:
                ET.SubElement(tr, "numerusform").text = text
        else:
            tr.text = value
        touched[ts] = tree
    for ts, tree in touched.items():
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    print(f"Filled {len(changes)} message(s) in {len(touched)} file(s).")
    # lupdate rewrites them in its own format, so the next `extract` changes nothing.
    if touched:
        cmd_extract(root, only=set(touched))


# ----------------------------------------------------------------- check


#: A comment that exempts a translate() call with non-literal arguments from the check,
#: for code that renders strings marked elsewhere (e.g. Text.__str__).
DYNAMIC_MARK = "i18n: dynamic"

_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?\d+")


def placeholders(text: str) -> list[str]:
    """str.format fields ({name}, {0}) and Qt's %1 … markers, as a sorted list."""
    return sorted(_PLACEHOLDER.findall(text.replace("{{", "").replace("}}", "")))


def check_sources(cat: Catalogue, root: Path) -> list[str]:
    """Calls whose strings lupdate silently misses or files under the wrong context."""
    problems = []
    for path in sorted(cat.sources.rglob("*.py")):
        try:
            text = path.read_text(encoding="utf-8")
            tree = ast.parse(text, filename=str(path))
        except (SyntaxError, UnicodeDecodeError) as exc:
            problems.append(f"{rel(path, root)}: cannot parse: {exc}")
            continue
        lines = text.splitlines()
        found: set[tuple[int, str]] = set()
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            why = _bad_call(node)
            call_lines = lines[node.lineno - 1 : (node.end_lineno or node.lineno)]
            if why and not any(DYNAMIC_MARK in line for line in call_lines):
                found.add((node.lineno, why))
        problems += [f"{rel(path, root)}:{line}: {why}" for line, why in sorted(found)]
    return problems


def _is_str(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _bad_call(node: ast.Call) -> str | None:
    func = node.func
    name = (
        func.id
        if isinstance(func, ast.Name)
        else (func.attr if isinstance(func, ast.Attribute) else "")
    )
    nargs = len(node.args) + len(node.keywords)
    if name in ("translate", "translatable", "QT_TRANSLATE_NOOP") and nargs >= 2:
        if node.keywords:
            return f"{name}() with keyword arguments: lupdate skips the call; pass them by position"
        if not (_is_str(node.args[0]) and _is_str(node.args[1])):
            return (
                f"{name}() with a context or text that is not a string literal "
                "(f-string, variable, +): lupdate cannot extract it. If the call only "
                f"renders strings marked elsewhere, put '# {DYNAMIC_MARK}' on its line"
            )
    if name == "tr" and isinstance(func, ast.Name) and nargs >= 2:
        return (
            "tr(a, b) is read by lupdate as Qt's tr(source, disambiguation), not "
            "translate(context, source); call translate(...) by that name"
        )
    if name == "tr" and isinstance(func, ast.Attribute) and nargs >= 1:
        receiver = ast.unparse(func.value)
        if receiver != "self":
            return (
                f"{receiver}.tr(): lupdate files this under context '{receiver}', not the "
                'one used at run time; use translate("<context>", "text") instead'
            )
        if node.keywords or not _is_str(node.args[0]):
            return "self.tr() needs a string literal and positional arguments for lupdate"
    return None


def check_manifest(path: Path, root: Path) -> list[str]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        return [f"{rel(path, root)}: cannot read: {exc}"]
    problems = []

    def walk(node: Any, where: str) -> None:
        if isinstance(node, list):
            for i, item in enumerate(node):
                label = item.get("id", i) if isinstance(item, dict) else i
                walk(item, f"{where}[{label}]")
        elif isinstance(node, dict):
            for key, value in node.items():
                here = f"{where}.{key}" if where else key
                if key in MANIFEST_TEXT_KEYS and isinstance(value, str):
                    problems.append(
                        f"{rel(path, root)}: {here} = {value!r} is a plain "
                        "string, shown untranslated; give { en = …, ru = …, kk = … }"
                    )
                elif (
                    key in MANIFEST_TEXT_KEYS
                    and isinstance(value, dict)
                    and all(isinstance(v, str) for v in value.values())
                ):
                    missing = [lang for lang in MUST_TRANSLATE if not value.get(lang, "").strip()]
                    if missing:
                        problems.append(
                            f"{rel(path, root)}: {here} has no "
                            f"{' / '.join(missing)} text (en: {value.get('en')!r})"
                        )
                else:
                    walk(value, here)

    walk(data, "")
    return problems


def cmd_check(root: Path) -> int:
    sections: dict[str, list[str]] = {
        "Catalogues not up to date with the sources (run: python packaging/i18n.py extract)": [],
        "Untranslated messages (see: python packaging/i18n.py untranslated <lang>)": [],
        "Translations whose {placeholders} differ from the source": [],
        "Compiled .qm files missing or stale (run: python packaging/i18n.py build)": [],
        "Plugin manifest texts without Kazakh or Russian": [],
        "Translation calls lupdate cannot extract correctly": [],
    }
    stale, untranslated, placeholder, qms, manifest, calls = sections.values()

    with tempfile.TemporaryDirectory(prefix="wp-i18n-") as tmpdir:
        tmp = Path(tmpdir)
        for cat in catalogues(root):
            # (a) lupdate into a copy: any difference means the .ts is stale.
            fresh = tmp / "ts" / cat.ts.name
            fresh.parent.mkdir(parents=True, exist_ok=True)
            if cat.ts.is_file():
                shutil.copyfile(cat.ts, fresh)
            warnings = lupdate(cat, fresh, root, quiet=True)
            if warnings:
                calls.append(f"lupdate on {rel(cat.sources, root)}: {warnings}")
            if not cat.ts.is_file():
                stale.append(f"{rel(cat.ts, root)}: missing")
            else:
                old = cat.ts.read_text(encoding="utf-8").splitlines()
                new = fresh.read_text(encoding="utf-8").splitlines()
                if old != new:
                    diff = list(
                        difflib.unified_diff(
                            old, new, rel(cat.ts, root), "updated", n=1, lineterm=""
                        )
                    )
                    more = f"\n    … {len(diff) - 30} more diff lines" if len(diff) > 30 else ""
                    stale.append(f"{rel(cat.ts, root)}:\n    " + "\n    ".join(diff[:30]) + more)

            # (b) kk and ru must be complete: judged on the updated copy, so that
            # strings new in the sources are listed too.
            if cat.lang in MUST_TRANSLATE:
                for msg in messages(read_ts(fresh)):
                    if msg.unfinished:
                        untranslated.append(f"[{cat.lang}] {rel(cat.ts, root)}: {msg.key}")
                    elif any(
                        placeholders(form) != placeholders(msg.source) for form in msg.forms()
                    ):
                        placeholder.append(f"[{cat.lang}] {msg.key} -> {msg.forms()}")

            # (c) the committed .qm must be exactly what lrelease makes of the .ts.
            if cat.ts.is_file():
                built = tmp / "qm" / cat.qm.name
                lrelease(cat.ts, built, root)
                if not cat.qm.is_file():
                    qms.append(f"{rel(cat.qm, root)}: missing")
                elif cat.qm.read_bytes() != built.read_bytes():
                    qms.append(f"{rel(cat.qm, root)}: differs from {rel(cat.ts, root)}")

        # (d) manifest texts shown to users.
        for pdir in plugin_dirs(root):
            manifest += check_manifest(pdir / "manifest.toml", root)

        # (e) calls that lupdate misses or puts in a context the code does not use.
        for cat in catalogues(root):
            if cat.lang == LANGUAGES[0]:
                calls += check_sources(cat, root)

    failed = False
    for title, items in sections.items():
        if items:
            failed = True
            print(f"\n{title}: {len(items)}")
            for item in items:
                print(f"  {item}")
    if failed:
        print("\ni18n check: FAILED")
        return 1
    print(f"i18n check: OK ({len(catalogues(root))} catalogues, {len(plugin_dirs(root))} plugins)")
    return 0


# ------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=__doc__.split("\n\n", 1)[1],
    )
    parser.add_argument(
        "--root",
        type=Path,
        default=Path(__file__).resolve().parent.parent,
        help="repository root (default: the one holding this script)",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("extract", help="update the .ts files from the sources")
    sub.add_parser("build", help="compile the .ts files into .qm files")
    sub.add_parser("check", help="fail when catalogues are stale or incomplete")
    p = sub.add_parser("untranslated", help="print unfinished messages as JSON")
    p.add_argument("lang", choices=LANGUAGES)
    p = sub.add_parser("fill", help="import translations from JSON")
    p.add_argument("lang", choices=LANGUAGES)
    p.add_argument("json_file", type=Path)
    args = parser.parse_args(argv)
    root: Path = args.root.resolve()

    try:
        if args.command == "extract":
            cmd_extract(root)
        elif args.command == "build":
            cmd_build(root)
        elif args.command == "check":
            return cmd_check(root)
        elif args.command == "untranslated":
            cmd_untranslated(root, args.lang)
        elif args.command == "fill":
            cmd_fill(root, args.lang, args.json_file)
    except ToolError as exc:
        print(f"i18n: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
