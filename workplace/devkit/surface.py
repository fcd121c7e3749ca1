"""The public surface of ``workplace.api``, recorded, compared, and tied to ``API_VERSION``.

The surface is every name of ``workplace.api.__all__`` with what a plugin can rely on:
signatures of functions and methods (parameter names, kinds, annotations, defaults),
properties and annotated attributes, dataclass fields, enumeration members, and which
methods are abstract. It is recorded in ``workplace/api/surface.json``::

    python -m workplace.devkit.surface check     # exit 1, saying what to do, if it drifted
    python -m workplace.devkit.surface update    # record the surface of API_VERSION

Rules (the versioning policy of plugins/README.md): anything added — a name, a member,
an optional parameter at the end, an optional field — needs at least a minor bump;
anything removed or changed needs a major bump.
"""

from __future__ import annotations

import dataclasses
import enum
import inspect
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from packaging.version import Version

SNAPSHOT = Path(__file__).resolve().parents[1] / "api" / "surface.json"
UPDATE_COMMAND = "python -m workplace.devkit.surface update"

Surface = dict[str, dict[str, Any]]


def _text(annotation: Any) -> str:
    if annotation is inspect.Parameter.empty:
        return ""
    return annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)


def _signature(obj: Any) -> dict[str, Any]:
    try:
        sig = inspect.signature(obj)
    except (TypeError, ValueError):
        return {"params": [], "returns": "?"}
    params = [[p.name, p.kind.name, _text(p.annotation),
               None if p.default is inspect.Parameter.empty else repr(p.default)]
              for p in sig.parameters.values()]
    return {"params": params, "returns": _text(sig.return_annotation)}


def _class(cls: type) -> dict[str, Any]:
    members: dict[str, Any] = {}
    if dataclasses.is_dataclass(cls):
        for f in dataclasses.fields(cls):
            has_default = (f.default is not dataclasses.MISSING
                           or f.default_factory is not dataclasses.MISSING)
            members[f"field {f.name}"] = {"type": _text(f.type), "optional": has_default}
    else:
        for name, annotation in vars(cls).get("__annotations__", {}).items():
            if not name.startswith("_"):
                members[f"attribute {name}"] = {"type": _text(annotation)}
    for name, value in vars(cls).items():
        if name.startswith("_") and name != "__init__":
            continue
        if name == "__init__" and dataclasses.is_dataclass(cls):
            continue
        if isinstance(value, property):
            members[f"property {name}"] = {
                "returns": _signature(value.fget)["returns"] if value.fget else "",
                "abstract": bool(getattr(value.fget, "__isabstractmethod__", False))}
        elif isinstance(value, classmethod | staticmethod) or inspect.isfunction(value):
            fn = value.__func__ if isinstance(value, classmethod | staticmethod) else value
            members[f"method {name}"] = {**_signature(fn),
                                         "abstract": bool(getattr(fn, "__isabstractmethod__",
                                                                  False))}
    return {"kind": "class", "bases": [b.__qualname__ for b in cls.__bases__],
            "members": members}


def _entry(obj: Any) -> dict[str, Any]:
    if inspect.isclass(obj) and issubclass(obj, enum.Enum):
        return {"kind": "enum", "members": {m.name: repr(m.value) for m in obj}}
    if inspect.isclass(obj):
        return _class(obj)
    if inspect.isfunction(obj):
        return {"kind": "function", **_signature(obj)}
    return {"kind": "value", "repr": repr(obj)}


def current_surface() -> tuple[str, Surface]:
    """``(API_VERSION, surface)`` of the ``workplace.api`` imported now."""
    from workplace import api

    return api.API_VERSION, {name: _entry(getattr(api, name))
                             for name in api.__all__ if name != "API_VERSION"}


def _params_extended(old: dict[str, Any], new: dict[str, Any]) -> bool:
    """Whether ``new`` only appends optional parameters to ``old``."""
    if old.get("returns") != new.get("returns"):
        return False
    o, n = old.get("params", []), new.get("params", [])
    return n[:len(o)] == o and all(p[3] is not None or p[1] in ("VAR_POSITIONAL",
                                                                  "VAR_KEYWORD")
                                   for p in n[len(o):])


@dataclass
class Drift:
    """How a surface differs from the recorded one."""

    added: list[str] = dataclasses.field(default_factory=list)
    changed: list[str] = dataclasses.field(default_factory=list)  # removed or changed

    @property
    def bump(self) -> str:
        """``major``, ``minor`` or ``""`` (no change)."""
        return "major" if self.changed else "minor" if self.added else ""


def compare(old: Surface, new: Surface) -> Drift:
    drift = Drift()
    for name in sorted(set(old) | set(new)):
        if name not in new:
            drift.changed.append(f"{name} removed")
        elif name not in old:
            drift.added.append(f"{name} added")
        elif old[name] != new[name]:
            _compare_entry(name, old[name], new[name], drift)
    return drift


def _compare_entry(name: str, old: dict[str, Any], new: dict[str, Any], drift: Drift) -> None:
    if old.get("kind") != new.get("kind") or old.get("bases") != new.get("bases"):
        drift.changed.append(f"{name} changed its kind or bases")
        return
    if old["kind"] == "function":
        target = drift.added if _params_extended(old, new) else drift.changed
        target.append(f"{name}() signature")
        return
    if old["kind"] == "value":
        drift.changed.append(f"{name} value")
        return
    om, nm = old.get("members", {}), new.get("members", {})
    for member in sorted(set(om) | set(nm)):
        where = f"{name}: {member}"
        if member not in nm:
            drift.changed.append(f"{where} removed")
        elif member not in om:
            is_required_field = member.startswith("field ") and not nm[member]["optional"]
            is_new_abstract = bool(nm[member].get("abstract"))
            (drift.changed if is_required_field or is_new_abstract else drift.added).append(
                f"{where} added")
        elif om[member] != nm[member]:
            a, b = om[member], nm[member]
            extended = (member.startswith("method ") and a.get("abstract") == b.get("abstract")
                        and _params_extended(a, b))
            (drift.added if extended else drift.changed).append(f"{where} changed")


def required_version(recorded: str, drift: Drift) -> Version:
    """The lowest API_VERSION that may carry ``drift`` on top of ``recorded``."""
    v = Version(recorded)
    if drift.bump == "major":
        return Version(f"{v.major + 1}.0.0")
    if drift.bump == "minor":
        return Version(f"{v.major}.{v.minor + 1}.0")
    return v


def load_snapshot(path: Path = SNAPSHOT) -> tuple[str, Surface]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return str(data["api_version"]), data["surface"]


def write_snapshot(path: Path = SNAPSHOT) -> None:
    version, surface = current_surface()
    path.write_text(json.dumps({"api_version": version, "surface": surface}, indent=1,
                               ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")


def check(path: Path = SNAPSHOT) -> list[str]:
    """What is wrong between ``workplace.api`` and its recorded surface ([] if nothing)."""
    recorded_version, recorded = load_snapshot(path)
    version, surface = current_surface()
    drift = compare(recorded, surface)
    needed = required_version(recorded_version, drift)
    problems: list[str] = []
    if drift.bump and Version(version) < needed:
        kind = "removes or changes" if drift.bump == "major" else "adds to"
        problems.append(
            f"this change {kind} the plugin API, so API_VERSION must become at least "
            f"{needed} (it is {version}; the surface was recorded at {recorded_version}). "
            f"Bump it in workplace/api/__init__.py, say in the new names' docstrings "
            f"which version brought them, then run `{UPDATE_COMMAND}`.")
    elif drift.bump or version != recorded_version:
        problems.append(f"API_VERSION is {version} but the surface on record is of "
                        f"{recorded_version}: run `{UPDATE_COMMAND}` and commit "
                        f"workplace/api/surface.json with the change.")
    problems += [f"  {'added' if d in drift.added else 'BREAKING'}: {d}"
                 for d in drift.changed + drift.added] if problems else []
    return problems


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["update"]:
        write_snapshot()
        print(f"recorded the surface of workplace.api {current_surface()[0]} in {SNAPSHOT}")
        return 0
    if args == ["check"]:
        problems = check()
        print("\n".join(problems) or "workplace.api matches its recorded surface",
              file=sys.stderr if problems else sys.stdout)
        return 1 if problems else 0
    print("usage: python -m workplace.devkit.surface check|update", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
