"""No way to turn TLS verification off, anywhere in the source tree.

CI fails if any file outside this one contains a switch that disables certificate
or host-name checks, and if an HTTP client of the app is made without the app's one
TLS context (workplace/net/tls.py: client_ssl_context).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
THIS = Path(__file__).resolve()
SKIP_DIRS = {".git", ".venv", "venv", "node_modules", "__pycache__", ".mypy_cache",
             ".ruff_cache", ".pytest_cache", "build", "dist", ".hypothesis"}
TEXT_SUFFIXES = {".py", ".pyi", ".toml", ".cfg", ".ini", ".sh", ".md", ".txt", ".json",
                 ".yaml", ".yml", ".spec", ".in", ""}
# Split so that this file does not hold them whole either.
FORBIDDEN = re.compile("|".join([
    r"verify\s*=\s*" + "False",
    "CERT_" + "NONE",
    r"check_hostname\s*=\s*" + "False",
    "_create_" + "unverified_context",
]))
#: HTTP clients that need no TLS context, and why.
PLAIN_HTTP_CLIENTS = {
    # The embedded gateway's start-up probe: plain http to 127.0.0.1, a port this
    # process just opened; no certificate is involved.
    "workplace/net/embedded.py",
    # The plugin kit's test gateway: plain http to 127.0.0.1 in a plugin's own tests.
    "workplace/devkit/gateway.py",
}


def source_files() -> list[Path]:
    files = []
    for path in ROOT.rglob("*"):
        if any(part in SKIP_DIRS or part.endswith(".egg-info")
               for part in path.relative_to(ROOT).parts):
            continue
        if path.is_file() and path.suffix in TEXT_SUFFIXES and path.resolve() != THIS:
            files.append(path)
    return files


def test_nothing_turns_verification_off():
    files = source_files()
    assert any(p.name == "tls.py" for p in files)  # the walk does reach the sources
    hits = []
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        for n, line in enumerate(text.splitlines(), start=1):
            if FORBIDDEN.search(line):
                hits.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert hits == [], "TLS verification must never be switched off:\n" + "\n".join(hits)


def test_the_pattern_finds_what_it_must():
    for bad in ("httpx.Client(verify=False)", "ctx.verify_mode = ssl.CERT_NONE",
                "ctx.check_hostname = False", "ssl._create_unverified_context()"):
        assert FORBIDDEN.search(bad)


def test_every_http_client_of_the_app_uses_the_tls_context():
    offenders = []
    for path in sorted((ROOT / "workplace").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in {"Client", "AsyncClient", "HTTPTransport",
                                           "AsyncHTTPTransport"}
                    and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == "httpx"):
                continue
            verify = next((k.value for k in node.keywords if k.arg == "verify"), None)
            transport = next((k.value for k in node.keywords if k.arg == "transport"), None)
            if (verify is None and isinstance(transport, ast.Call)
                    and isinstance(transport.func, ast.Name)
                    and transport.func.id in {"async_transport", "environment_transport"}
                    and transport.args):
                verify = transport.args[0]  # workplace.net.http.*_transport(context)
            if rel in PLAIN_HTTP_CLIENTS:
                continue
            if verify is None or isinstance(verify, ast.Constant):
                offenders.append(f"{rel}:{node.lineno}")
    assert offenders == [], ("httpx clients must pass verify=<the context from "
                             "workplace.net.tls.client_ssl_context>, directly or through "
                             "a workplace.net.http transport made with it: "
                             + ", ".join(offenders))
    session = (ROOT / "workplace/net/session.py").read_text(encoding="utf-8")
    assert "client_ssl_context" in session
