"""``workplace --diagnostics``: a zip support can read, with no secret in it."""

from __future__ import annotations

import asyncio
import json
import logging
import zipfile

from tests.security.test_canary import encodings
from workplace.cli import main
from workplace.logs import setup_logging
from workplace.net.session import GatewaySession
from workplace.paths import ProfilePaths
from workplace.server.auth import hash_password


def test_the_zip_holds_logs_settings_and_versions_but_no_secret(
        gateway, isolated_home, canary, tmp_path):
    gw = gateway.gateway
    with gw.store.write() as conn:
        gw.store.set_password_hash(conn, gateway.user_ids["alice"], hash_password(canary))
    paths = ProfilePaths.for_profile("default")
    paths.create()
    setup_logging(paths.log_dir, "DEBUG")
    # The worst case: the HTTP stack's debug lines in the same log.
    http = [logging.getLogger(n) for n in ("httpx", "httpcore")]
    handler = logging.getLogger("workplace").handlers[-1]
    for logger in http:
        logger.setLevel(logging.DEBUG)
        logger.addHandler(handler)
    secrets: dict[str, str] = {"password": canary}

    async def sign_in_and_out() -> None:
        session = GatewaySession(gateway.url)
        try:
            await session.sign_in("alice", canary)
            secrets["access token"] = session.access_token
            secrets["refresh token"] = session._refresh
            # What a careless module might log, in the forms people write it.
            log = logging.getLogger("workplace.test")
            log.debug("login password=%s", canary)
            log.debug("refresh_token: %s", session._refresh)
            log.debug("Authorization: Bearer %s", session.access_token)
            log.debug("GET https://alice:%s@gw.example/api", canary)
        finally:
            await session.aclose()

    try:
        asyncio.run(sign_in_and_out())
    finally:
        for logger in http:
            logger.removeHandler(handler)
            logger.setLevel(logging.NOTSET)
        setup_logging(None)
    (paths.config_dir / "settings.json").write_text(json.dumps({
        "shell": {"language": "kk"},
        "connection": {"server": gateway.url, "token": secrets["refresh token"]}}),
        encoding="utf-8")

    out = tmp_path / "support"
    out.mkdir()
    assert main(["--diagnostics", str(out)]) == 0
    [written] = list(out.glob("workplace-diagnostics-default-*.zip"))
    with zipfile.ZipFile(written) as zf:
        names = set(zf.namelist())
        members = {name: zf.read(name) for name in names}
    assert {"summary.json", "versions.json", "policy.json", "plugins.json",
            "settings/settings.json", "logs/workplace.log"} <= names
    log = members["logs/workplace.log"].decode("utf-8")
    assert "login password=[scrubbed]" in log and "/api/v1/auth/login" in log  # still useful
    settings = json.loads(members["settings/settings.json"])
    assert settings["shell"] == {"language": "kk"}
    assert settings["connection"]["token"] == "[scrubbed]"
    assert json.loads(members["versions.json"])["workplace"]
    hits = [f"{label} in {name}" for name, data in members.items()
            for label, secret in secrets.items()
            if any(form in data for form in encodings(secret))]
    assert hits == []
