"""The ``workplace-server`` command: serve, and the admin's user commands."""

from __future__ import annotations

import argparse
import getpass
import logging
import socket
import sys
import threading
import uuid
from collections.abc import Sequence
from pathlib import Path

from workplace.logs import kv, setup_logging

_log = logging.getLogger("workplace.server")


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", type=Path, default=Path("workplace-gateway.db"),
                   help="the SQLite database file (created if missing)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workplace-server",
        description="The Workplace gateway: sign-in, sync and attachments for Workplace "
                    "clients. Without a command it serves.")
    _common(parser)
    parser.add_argument("--data-dir", type=Path,
                        help="where attachments are kept (default: beside the database)")
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default 127.0.0.1: this computer only)")
    parser.add_argument("--port", type=int, default=8765, help="port; 0 picks a free one")
    parser.add_argument("--seed-demo", action="store_true",
                        help="load the demo organisation (once per database)")
    parser.add_argument("--records", type=int, metavar="N",
                        help="with --seed-demo: N records instead of the default 3,000 "
                             "(two thirds documents, one third requests)")
    parser.add_argument("--demo-password", help="password of the demo users (default: random, "
                                                "printed once)")
    parser.add_argument("--max-upload-mb", type=int, default=100)
    parser.add_argument("--log-level", default="INFO",
                        choices=["DEBUG", "INFO", "WARNING", "ERROR"])
    # For the app that embeds the gateway: sign in this user with a one-time code printed
    # on standard output, and stop when standard input closes (the app went away).
    parser.add_argument("--local-user", help=argparse.SUPPRESS)
    parser.add_argument("--exit-with-stdin", action="store_true", help=argparse.SUPPRESS)

    sub = parser.add_subparsers(dest="command")
    create = sub.add_parser("create-user", help="create a user (reads the password from "
                                                "standard input or asks for it)")
    _common(create)
    create.add_argument("--username", required=True)
    create.add_argument("--name", required=True, help="full name as shown to colleagues")
    create.add_argument("--department", required=True, help="department id, e.g. 'appeals'")
    create.add_argument("--department-name-kk", help="the department's name in Kazakh "
                                                     "(needed when the department is new)")
    create.add_argument("--department-name-ru", help="the department's name in Russian")
    create.add_argument("--role", action="append", required=True,
                        choices=["clerk", "executor", "head", "admin"],
                        help="a role; repeat for several")
    reset = sub.add_parser("reset-password", help="set a user's password and end their "
                                                  "sessions")
    _common(reset)
    reset.add_argument("--username", required=True)
    return parser


def _read_password() -> str:
    if sys.stdin.isatty():
        first = getpass.getpass("Password: ")
        if getpass.getpass("Repeat: ") != first:
            raise SystemExit("workplace-server: the passwords differ")
        return first
    return sys.stdin.readline().rstrip("\n")


def create_user(args: argparse.Namespace) -> int:
    from workplace.server.auth import hash_password
    from workplace.server.store import GatewayStore, UserRow

    store = GatewayStore(args.db)
    if store.user_by_name(args.username) is not None:
        print(f"workplace-server: user '{args.username}' already exists", file=sys.stderr)
        return 1
    if not store.department_exists(args.department) and not (
            args.department_name_kk and args.department_name_ru):
        print(f"workplace-server: department '{args.department}' is new: give "
              "--department-name-kk and --department-name-ru", file=sys.stderr)
        return 2
    try:
        hashed = hash_password(_read_password())
    except ValueError as exc:
        print(f"workplace-server: {exc}", file=sys.stderr)
        return 2
    with store.write() as conn:
        if args.department_name_kk and args.department_name_ru:
            store.upsert_department(conn, args.department, args.department_name_kk,
                                    args.department_name_ru)
        store.insert_user(conn, UserRow(
            id=str(uuid.uuid4()), username=args.username, display_name=args.name,
            department=args.department, roles=tuple(sorted(set(args.role))),
            password_hash=hashed, active=True))
    store.close()
    print(f"created user {args.username} in {args.department}")
    return 0


def reset_password(args: argparse.Namespace) -> int:
    from workplace.server.auth import hash_password
    from workplace.server.store import GatewayStore

    store = GatewayStore(args.db)
    user = store.user_by_name(args.username)
    if user is None:
        print(f"workplace-server: no user '{args.username}'", file=sys.stderr)
        return 1
    try:
        hashed = hash_password(_read_password())
    except ValueError as exc:
        print(f"workplace-server: {exc}", file=sys.stderr)
        return 2
    with store.write() as conn:
        store.set_password_hash(conn, user.id, hashed)
        for family in conn.execute("SELECT family FROM token_families WHERE user_id = ? AND "
                                   "revoked_at IS NULL", (user.id,)).fetchall():
            store.revoke_family(conn, family[0], "password reset")
    store.close()
    print(f"password of {args.username} reset; their sessions were ended")
    return 0


def serve(args: argparse.Namespace) -> int:
    import uvicorn

    from workplace.server.app import GatewayConfig, create_app
    from workplace.server.seed import demo_desk_username, ensure_local_owner, seed_demo
    from workplace.server.store import GatewayStore, StoreError

    data_dir = args.data_dir or args.db.resolve().parent
    try:
        store = GatewayStore(args.db)
    except StoreError as exc:
        print(f"workplace-server: {exc}", file=sys.stderr)
        return 2
    if args.seed_demo:
        total = args.records if args.records is not None else 3000
        password = seed_demo(store, documents=total * 2 // 3, requests=total - total * 2 // 3,
                             password=args.demo_password)
        if password and not args.demo_password:
            print(f"demo users' password: {password}", flush=True)
    if args.local_user == "demo" and args.seed_demo:
        args.local_user = demo_desk_username()  # the demo organisation's desk
    elif args.local_user:
        ensure_local_owner(store, args.local_user)
    store.close()
    app = create_app(GatewayConfig(db_path=args.db, data_dir=data_dir,
                                   max_upload_bytes=args.max_upload_mb * 1024 * 1024))
    config = uvicorn.Config(app, host=args.host, port=args.port, log_config=None,
                            access_log=False, lifespan="on", timeout_graceful_shutdown=10)
    server = uvicorn.Server(config)

    # Bind first, so the real port (with --port 0) is known and can be told to a parent
    # process before serving; it then waits for /health to answer.
    # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on sockets that say they
    # are TCP, and without it every kept-alive answer waits ~40 ms (Nagle + delayed ACK).
    sock = socket.socket(socket.AF_INET6 if ":" in args.host else socket.AF_INET,
                         socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((args.host, args.port))
    except OSError as exc:
        print(f"workplace-server: cannot listen on {args.host}:{args.port}: {exc.strerror}",
              file=sys.stderr)
        return 2
    host, port = sock.getsockname()[:2]
    print(f"listening url=http://{host}:{port}", flush=True)
    _log.info(kv("listening", host=host, port=port))
    if args.local_user:
        code = app.state.gateway.local_login.new_code(args.local_user)
        print(f"local_login_code={code}", flush=True)

    def watch_stdin() -> None:
        for _line in sys.stdin:
            pass
        server.should_exit = True

    if args.exit_with_stdin:
        threading.Thread(target=watch_stdin, name="stdin-watch", daemon=True).start()
    server.run(sockets=[sock])
    return 0 if server.started else 1


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    setup_logging(None, args.log_level if hasattr(args, "log_level") else "INFO")
    if args.command == "create-user":
        return create_user(args)
    if args.command == "reset-password":
        return reset_password(args)
    return serve(args)


if __name__ == "__main__":
    raise SystemExit(main())
