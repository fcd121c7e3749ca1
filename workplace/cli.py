"""The ``workplace`` command."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import workplace
from workplace.i18n import LANGUAGES
from workplace.logs import setup_logging
from workplace.paths import DEFAULT_PROFILE, ProfileNameError, ProfilePaths


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workplace",
        description="Workplace: documents, citizens' requests and an assistant in one window.")
    parser.add_argument("--version", action="store_true",
                        help="print the versions of Workplace and its parts, then exit")
    parser.add_argument("--selftest", action="store_true",
                        help="start without a window, start every enabled module, open each "
                             "page, print 'ok' or 'failed: reason' per module; exit 1 on failure")
    parser.add_argument("--profile", default=DEFAULT_PROFILE, metavar="NAME",
                        help="use a separate profile (settings, data, cache and logs)")
    parser.add_argument("--lang", choices=sorted(LANGUAGES), help="interface language")
    parser.add_argument("--safe-mode", action="store_true",
                        help="start with built-in modules only")
    parser.add_argument("--demo", action="store_true",
                        help="work with the demo organisation on this computer (an embedded "
                             "gateway with sample data)")
    parser.add_argument("--verify-audit", action="store_true",
                        help="check this profile's personal-data audit trail for gaps, edits "
                             "or reordering; exit 1 if it was altered")
    parser.add_argument("--diagnostics", metavar="PATH", nargs="?", const=".",
                        help="write a zip of versions, machine policy, modules, settings "
                             "and logs for support, with every secret scrubbed, to PATH "
                             "(a file or folder; default: the current folder) and exit")
    parser.add_argument("--log-level", default=None,
                        choices=["DEBUG", "INFO", "WARNING", "ERROR"], help=argparse.SUPPRESS)
    # Used by tests/benchmarks/run.py: print the wall-clock time of the first paint and exit.
    parser.add_argument("--exit-after-first-paint", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    plugin = commands.add_parser("plugin", help="the plugin developer kit (see plugins/README.md)")
    actions = plugin.add_subparsers(dest="plugin_action", metavar="ACTION", required=True)
    new = actions.add_parser("new", help="create a ready plugin package: manifest, page, "
                                         "command, mutator, translations and tests")
    new.add_argument("name", metavar="NAME", help="the plugin's id and package name")
    new.add_argument("--dir", type=Path, default=Path("."), metavar="PATH",
                     help="where to create the folder NAME (default: the current folder)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "plugin":  # Qt-free: no display, no profile needed
        from workplace.devkit.scaffold import run_new

        return run_new(args.name, args.dir)
    if args.version:
        # Qt is imported only here, so that --version works on a broken display too.
        from workplace.shell.about import version_report

        print(version_report(args.profile))
        return 0
    try:
        paths = ProfilePaths.for_profile(args.profile)
    except ProfileNameError as exc:
        print(f"workplace: {exc}", file=sys.stderr)
        return 2
    if args.verify_audit:
        return verify_audit(paths)
    if args.diagnostics is not None:
        from workplace.diagnostics import write_diagnostics

        try:
            written = write_diagnostics(paths, Path(args.diagnostics).expanduser())
        except OSError as exc:
            print(f"workplace: the diagnostics could not be written: {exc}", file=sys.stderr)
            return 1
        print(f"diagnostics: {written}")
        return 0
    setup_logging(paths.log_dir, args.log_level or _policy_log_level())
    logging.getLogger("workplace.app").info(
        "starting version=%s profile=%s pid_args=%s", workplace.__version__, args.profile,
        " ".join(a for a in (argv or sys.argv[1:]) if a.startswith("--")))

    from workplace.app import ensure_platform, run_app
    from workplace.shell.application import Options

    ensure_platform(headless=args.selftest)
    options = Options(profile=args.profile, language=args.lang, safe_mode=args.safe_mode,
                      show_window=not args.selftest, demo=args.demo,
                      ask_where_to_work=not args.exit_after_first_paint)
    if args.selftest:
        from workplace.selftest import run_selftest

        return run_app(options, run_selftest)
    if args.exit_after_first_paint:
        return run_app(options, _first_paint_then_exit)
    return run_app(options)


def _policy_log_level() -> str:
    """The machine policy's ``logging.level`` (INFO when none is set)."""
    from workplace.policy import PolicyError, load_policy

    try:
        return load_policy().log_level or "INFO"
    except PolicyError:
        return "INFO"  # the app reports the bad policy itself, once it is up


def verify_audit(paths: ProfilePaths) -> int:
    """Print whether the profile's audit chain is intact (for admins and auditors);
    exit code 1 if it was altered, 2 if the data cannot be decrypted (its key)."""
    from workplace.audit import verify_chain
    from workplace.credentials import CredentialStore
    from workplace.store.dbapi import sqlite3
    from workplace.store.encryption import CacheEncryptionError, ProfileKeys, connect

    db = paths.data_dir / "cache.db"
    if not db.exists():
        print("audit: no local data in this profile; nothing to verify")
        return 0
    try:  # the cache is encrypted with the profile's key in the keyring (read, not made)
        key = ProfileKeys(CredentialStore(paths.profile)).existing_cache_key(db)
        conn = connect(db, key, readonly=True)
    except CacheEncryptionError as exc:
        print(f"audit: cannot open the local data: {exc}")
        return 2
    try:
        conn.row_factory = sqlite3.Row
        try:
            rows = [dict(r) for r in conn.execute("SELECT * FROM audit_log ORDER BY seq")]
        except sqlite3.OperationalError:
            rows = []
    finally:
        conn.close()
    check = verify_chain(rows)
    if check.ok:
        print(f"audit: intact, {check.entries} entries")
        return 0
    print(f"audit: ALTERED — {check.reason} (of {check.entries} entries)")
    return 1


async def _first_paint_then_exit(wp: object) -> int:
    import asyncio

    from workplace.shell.application import WorkplaceApp

    assert isinstance(wp, WorkplaceApp)
    painted: asyncio.Future[float] = asyncio.get_running_loop().create_future()
    def record() -> None:
        if not painted.done():
            painted.set_result(time.time())

    wp.on_first_paint(record)
    print(f"first_paint {await painted:.6f}", flush=True)
    return 0
