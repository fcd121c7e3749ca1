"""TLS: the system store plus the policy's CA bundle; refused certificates in plain words.

Certificates are made here: a root CA (standing in for the national certification
centre), a server certificate it signed for 127.0.0.1/localhost, and the bad ones —
expired, for another host, self-signed, from an unknown root. The real gateway app
is served over HTTPS by uvicorn on loopback.
"""

from __future__ import annotations

import asyncio
import json
import ssl

import pytest
import truststore

from tests.helpers.gateway import PASSWORD
from tests.security.support import HttpsServer, hello_app
from workplace.net.errors import GatewayError
from workplace.net.session import GatewaySession
from workplace.net.tls import client_ssl_context, describe_tls_failure
from workplace.policy import MachinePolicy, PolicyError, load_policy, parse_policy


@pytest.fixture(scope="module")
def bad_servers(pki):
    servers = {name: HttpsServer(hello_app, pki[name], pki[f"{name}_key"],
                                 lifespan="off").start()
               for name in ("expired", "wrong_host", "self_signed", "unknown_root")}
    yield servers
    for server in servers.values():
        server.stop()


def with_ca(pki) -> MachinePolicy:
    return parse_policy({"tls": {"ca_bundle": str(pki["ca"])}})


async def sign_in(url: str, policy: MachinePolicy | None) -> GatewaySession:
    session = GatewaySession(url, ssl_context=client_ssl_context(policy))
    try:
        await session.sign_in("alice", PASSWORD)
        return session
    except BaseException:
        await session.aclose()
        raise


def test_the_chain_is_accepted_with_the_ca_the_policy_names(https_gateway, pki):
    async def scenario() -> None:
        session = await sign_in(https_gateway.url, with_ca(pki))
        try:
            me = (await session.request("GET", "/me")).json()
            assert me["username"] == "alice"
        finally:
            await session.aclose()
        # By name as well as by address.
        session = await sign_in(https_gateway.url.replace("127.0.0.1", "localhost"),
                                with_ca(pki))
        await session.aclose()

    asyncio.run(scenario())


def test_without_the_ca_the_same_server_is_refused_in_plain_words(https_gateway):
    with pytest.raises(GatewayError) as caught:
        asyncio.run(sign_in(https_gateway.url, None))
    assert caught.value.code == "tls_untrusted"
    assert caught.value.status == 0
    assert "The server's certificate is not trusted" in caught.value.message
    assert "tls.ca_bundle" in caught.value.message


@pytest.mark.parametrize(("server", "code", "words"), [
    ("expired", "tls_expired", "has expired or is not valid yet"),
    ("wrong_host", "tls_wrong_host", "issued for another address"),
    ("self_signed", "tls_untrusted", "is not trusted"),
    ("unknown_root", "tls_untrusted", "is not trusted"),
])
def test_bad_certificates_are_refused_even_with_the_ca(bad_servers, pki, server, code, words):
    with pytest.raises(GatewayError) as caught:
        asyncio.run(sign_in(bad_servers[server].url, with_ca(pki)))
    assert caught.value.code == code
    assert words in caught.value.message
    assert isinstance(caught.value.__cause__, Exception)


def test_https_to_a_plain_http_port_is_a_readable_failure(pki):
    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read(100)
        writer.write(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
        await writer.drain()
        writer.close()

    async def scenario() -> None:
        server = await asyncio.start_server(answer, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        try:
            with pytest.raises(GatewayError) as caught:
                await sign_in(f"https://127.0.0.1:{port}", with_ca(pki))
            assert caught.value.code == "tls_failed"
            assert "secure connection" in caught.value.message
        finally:
            server.close()
            await server.wait_closed()

    asyncio.run(scenario())


def test_the_context_always_verifies(pki):
    for policy in (None, MachinePolicy(), with_ca(pki)):
        ctx = client_ssl_context(policy)
        assert ctx.verify_mode is ssl.CERT_REQUIRED
        assert ctx.check_hostname is True
        assert ctx.minimum_version >= ssl.TLSVersion.TLSv1_2
        assert isinstance(ctx, truststore.SSLContext)  # the system's trust store


def test_describe_tls_failure_reads_the_cause_chain():
    inner = ssl.SSLCertVerificationError(1, "certificate verify failed")
    inner.verify_code = 10
    outer = OSError("connect failed")
    outer.__cause__ = inner
    code, text = describe_tls_failure(outer)
    assert code == "tls_expired" and "expired" in str(text)
    assert describe_tls_failure(OSError("connection refused")) is None


# -- the policy key ----------------------------------------------------------------------


def test_policy_file_with_a_ca_bundle(tmp_path, pki):
    path = tmp_path / "policy.json"
    path.write_text(json.dumps({"tls": {"ca_bundle": str(pki["ca"])},
                                "signin": {"remember_me_allowed": False,
                                           "idle_lock_minutes": 5}}))
    policy = load_policy(path)
    assert policy.tls_ca_bundle == pki["ca"]
    assert policy.remember_me_allowed is False
    assert policy.idle_lock_minutes == 5
    assert MachinePolicy().remember_me_allowed is True
    assert MachinePolicy().idle_lock_minutes == 15
    assert MachinePolicy.fail_safe().remember_me_allowed is False


BROKEN_PEM = "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n"


@pytest.mark.parametrize("content", [None, "", "not a certificate", BROKEN_PEM, b"\xff\xfe"])
def test_an_unusable_ca_bundle_is_a_policy_error_naming_the_key(tmp_path, content):
    path = tmp_path / "bundle.pem"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content)
    with pytest.raises(PolicyError, match=r"policy key 'tls\.ca_bundle'"):
        parse_policy({"tls": {"ca_bundle": str(path)}})


@pytest.mark.parametrize(("data", "key"), [
    ({"tls": {"ca_bundle": "relative/ca.pem"}}, "tls.ca_bundle"),
    ({"tls": {"ca_bundle": 5}}, "tls.ca_bundle"),
    ({"tls": {"verify": False}}, "tls.verify"),  # there is no such switch
    ({"tls": []}, "tls"),
    ({"signin": {"remember_me_allowed": "yes"}}, "signin.remember_me_allowed"),
    ({"signin": {"idle_lock_minutes": -1}}, "signin.idle_lock_minutes"),
    ({"signin": {"idle_lock_minutes": True}}, "signin.idle_lock_minutes"),
    ({"signin": {"idle_lock_minutes": 2000}}, "signin.idle_lock_minutes"),
    ({"signin": {"lock": 1}}, "signin.lock"),
])
def test_bad_sign_in_and_tls_keys_are_named(data, key):
    with pytest.raises(PolicyError, match=f"policy key '{key}'"):
        parse_policy(data)


def test_a_bundle_with_comments_in_other_scripts_is_fine(tmp_path, pki):
    bundle = tmp_path / "nuc-rk.pem"
    bundle.write_bytes("# Ұлттық куәландырушы орталық — түбірлік сертификат\n".encode()
                       + pki["ca"].read_bytes())
    assert parse_policy({"tls": {"ca_bundle": str(bundle)}}).tls_ca_bundle == bundle
