"""``workplace --diagnostics``: one zip an admin can send to support (Qt-free).

It holds what support asks for first — versions, the effective machine policy, the
installed modules, the profile's settings and its logs — and nothing that must not
leave the computer: every value under a secret-looking name, bearer and JSON Web
tokens, passwords in URLs and ``key=value`` pairs are replaced by ``[scrubbed]``, and
citizens' IINs/BINs are masked. The local cache (records, citizens' data) and the
keyring are never read.
"""

from __future__ import annotations

import dataclasses
import json
import platform
import re
import sys
import zipfile
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

import workplace
from workplace.identifiers import is_valid_bin, is_valid_iin, mask_iin
from workplace.paths import ProfilePaths
from workplace.policy import MachinePolicy, PolicyError, load_policy

SCRUBBED = "[scrubbed]"

#: Names whose values are secrets wherever they appear (settings keys, log fields).
_SECRET_WORDS = (r"pass(?:word|wd|phrase)?|secret|token|api[_-]?key|private[_-]?key|"
                 r"credential|authori[sz]ation|cookie|session[_-]?id|pin|otp|"
                 r"code_verifier|one[_-]?time")
_SECRET_NAME = re.compile(_SECRET_WORDS, re.IGNORECASE)
#: ``name=value`` / ``name: value`` where the name holds a secret word.
_PAIR = re.compile(
    rf"(?<![\w.-])(?P<name>[\w.-]*(?:{_SECRET_WORDS})[\w.-]*)(?P<sep>\s*[=:]\s*)"
    r"(?P<quote>[\"']?)(?P<value>[^\s\"',;&]+)", re.IGNORECASE)
_BEARER = re.compile(r"\b(Bearer|Basic|Token)\s+[A-Za-z0-9._~+/=-]{8,}", re.IGNORECASE)
_SCHEMES = frozenset({"bearer", "basic", "token"})
_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*")
_URL_USERINFO = re.compile(r"(?P<scheme>[a-z][a-z0-9+.-]*://)[^/\s:@]+:[^/\s@]+@", re.IGNORECASE)
_TWELVE_DIGITS = re.compile(r"(?<!\d)\d{12}(?!\d)")
#: Distributions whose versions matter to support.
_RELEVANT = ("workplace", "PySide6-Essentials", "PySide6-Addons", "shiboken6", "qasync",
             "httpx", "keyring", "SecretStorage", "sqlite-utils", "sqlcipher3", "cryptography",
             "truststore", "stamina", "platformdirs", "fastapi", "uvicorn", "pydantic")


def scrub_text(text: str) -> str:
    """``text`` with secrets replaced and IINs/BINs masked, line structure kept."""
    text = _URL_USERINFO.sub(lambda m: f"{m['scheme']}{SCRUBBED}@", text)
    text = _BEARER.sub(lambda m: f"{m[1]} {SCRUBBED}", text)
    text = _JWT.sub(SCRUBBED, text)

    def pair(m: re.Match[str]) -> str:
        if not _SECRET_NAME.search(m["name"]) or m["value"].lower() in _SCHEMES:
            return m[0]  # "Authorization: Bearer …": the token itself is scrubbed above
        return f"{m['name']}{m['sep']}{m['quote']}{SCRUBBED}"

    text = _PAIR.sub(pair, text)
    return _TWELVE_DIGITS.sub(lambda m: _mask_identifier(m[0]), text)


def _mask_identifier(digits: str) -> str:
    if is_valid_iin(digits) or is_valid_bin(digits):
        return mask_iin(digits)
    return digits  # a number that is no IIN/BIN (a timestamp, a document number)


def scrub_value(value: Any, name: str = "") -> Any:
    """A JSON value with every member under a secret-looking name scrubbed."""
    if name and _SECRET_NAME.search(name) and value not in (None, "", [], {}):
        return SCRUBBED
    if isinstance(value, Mapping):
        return {str(k): scrub_value(v, str(k)) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub_value(v) for v in value]
    if isinstance(value, str):
        return scrub_text(value)
    return value


def _versions() -> dict[str, str]:
    found: dict[str, str] = {}
    for name in _RELEVANT:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return found


def _policy_report() -> dict[str, Any]:
    try:
        policy = load_policy()
    except PolicyError as exc:
        return {"error": str(exc), "applied": dataclasses.asdict(MachinePolicy.fail_safe())}
    return {"applied": dataclasses.asdict(policy)}


def _plugins() -> list[dict[str, Any]]:
    from workplace.pluginhost import discover  # reads manifests; imports no plugin code

    out = []
    for found in discover():
        manifest = found.manifest
        out.append({"entry_point": found.name, "distribution": found.distribution,
                    "builtin": found.builtin, "error": found.error,
                    "id": manifest.id if manifest else None,
                    "version": str(manifest.version) if manifest else None,
                    "permissions": sorted(str(p) for p in manifest.permissions)
                    if manifest else []})
    return out


def _json(value: Any) -> str:
    def default(obj: object) -> object:
        if isinstance(obj, (set, frozenset)):
            return sorted(obj, key=str)
        return str(obj)

    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True, default=default)


def _files(folder: Path, patterns: Iterable[str]) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted({p for pattern in patterns for p in folder.glob(pattern) if p.is_file()})


def write_diagnostics(paths: ProfilePaths, target: Path) -> Path:
    """Write the diagnostics zip of the profile ``paths`` to ``target`` (a file or a
    folder, where a dated name is made); returns the file written."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    if target.is_dir():
        target = target / f"workplace-diagnostics-{paths.profile}-{stamp}.zip"
    target.parent.mkdir(parents=True, exist_ok=True)
    summary = {
        "created": stamp,
        "workplace": workplace.__version__,
        "python": sys.version,
        "platform": platform.platform(),
        "machine": platform.machine(),
        "profile": paths.profile,
        "paths": {f.name: str(getattr(paths, f.name)) for f in dataclasses.fields(paths)
                  if f.name != "profile"},
        # Names and sizes only: what the files hold stays on the computer.
        "data_files": {str(p.relative_to(paths.data_dir)): p.stat().st_size
                       for p in _files(paths.data_dir, ("*", "*/*"))},
    }
    partial = target.with_name(target.name + ".part")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("summary.json", _json(summary))
        zf.writestr("versions.json", _json(_versions()))
        zf.writestr("policy.json", _json(scrub_value(_policy_report())))
        try:
            zf.writestr("plugins.json", _json(_plugins()))
        except Exception as exc:  # a broken environment is what support needs to see
            zf.writestr("plugins.json", _json({"error": f"{type(exc).__name__}: {exc}"}))
        for path in _files(paths.config_dir, ("*.json",)):
            zf.writestr(f"settings/{path.name}", _settings_text(path))
        for path in _files(paths.log_dir, ("*.log", "*.log.*")):
            text = path.read_text(encoding="utf-8", errors="replace")
            zf.writestr(f"logs/{path.name}", scrub_text(text))
    partial.replace(target)  # never a half-written zip under the final name
    return target


def _settings_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8", errors="replace")
    try:
        return _json(scrub_value(json.loads(raw)))
    except ValueError:  # a damaged file: its text, scrubbed
        return scrub_text(raw)
