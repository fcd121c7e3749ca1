"""Signatures: detached CMS over the original bytes, checked by this app and by
`openssl cms -verify`; NCALayer through a fake agent on a local secure WebSocket."""

from __future__ import annotations

import asyncio
import base64
import json
import shutil
import ssl
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import Encoding
from wp_documents.signing import verify as v
from wp_documents.signing.base import SigningError
from wp_documents.signing.ncalayer import MODULE, NCALayerSigner
from wp_documents.signing.software import Pkcs12Signer

from tests.helpers.pki import P12_PASSWORD, Pki, make_pki

ORIGINAL = ("Аудан әкімінің аппараты\r\nЖол жөндеу туралы хат.\n"
            "Письмо о ремонте дорог.\x00\xff").encode("utf-8", "surrogateescape")


@pytest.fixture(scope="module")
def pki() -> Pki:
    return make_pki()


def _openssl_verify(tmp: Path, pki: Pki, data: bytes, cms: bytes) -> subprocess.CompletedProcess:
    (tmp / "doc.bin").write_bytes(data)
    (tmp / "doc.bin.cms").write_bytes(cms)
    (tmp / "ca.pem").write_bytes(pki.root_pem)
    return subprocess.run(
        ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", tmp / "doc.bin.cms",
         "-content", tmp / "doc.bin", "-CAfile", tmp / "ca.pem",
         "-out", tmp / "out.bin"], capture_output=True, check=False)


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_software_signature_verified_by_openssl_and_tampering_refused(tmp_path, pki):
    cms = asyncio.run(Pkcs12Signer(pki.p12, P12_PASSWORD).sign(ORIGINAL))
    done = _openssl_verify(tmp_path, pki, ORIGINAL, cms)
    assert done.returncode == 0, done.stderr.decode()
    assert b"Verification successful" in done.stderr
    assert (tmp_path / "out.bin").read_bytes() == ORIGINAL  # signed as is, byte for byte

    result = v.verify(ORIGINAL, cms, [pki.root])
    assert result.valid, result
    assert (result.signer_name, result.iin, result.bin) == (
        "СЕЙІТОВА АЙГЕРІМ НҰРЛАНҚЫЗЫ", "900101400123", "123456789021")
    assert len(result.chain) == 2 and "КУЦ" in result.chain[1]

    tampered = ORIGINAL.replace("хат".encode(), "ХАТ".encode())
    assert _openssl_verify(tmp_path, pki, tampered, cms).returncode != 0
    assert v.verify(tampered, cms, [pki.root]).problem == v.ALTERED


def test_untrusted_root_and_broken_signature(pki):
    cms = Pkcs12Signer(pki.p12, P12_PASSWORD).sign_now(ORIGINAL)
    other = make_pki()
    assert v.verify(ORIGINAL, cms, [other.root]).problem == v.UNTRUSTED
    broken = bytearray(cms)
    broken[-5] ^= 0xFF  # inside the signature value at the end
    assert v.verify(ORIGINAL, bytes(broken), [pki.root]).problem in (v.BAD_SIGNATURE,
                                                                      v.MALFORMED)
    assert v.verify(ORIGINAL, b"not a cms", [pki.root]).problem == v.MALFORMED


def test_wrong_password():
    with pytest.raises(SigningError) as err:
        Pkcs12Signer(make_pki().p12, "wrong")
    assert err.value.code == "bad_key_file"


class FakeNCALayer:
    """NCALayer at the protocol level: greets with its version, checks the request
    and signs with a software key (the user's key in the real agent)."""

    def __init__(self, pki: Pki, answer: dict | None = None) -> None:
        self.pki, self.answer = pki, answer
        self.requests: list[dict] = []

    async def handler(self, ws) -> None:
        await ws.send(json.dumps({"result": {"version": "1.4"}}))
        request = json.loads(await ws.recv())
        self.requests.append(request)
        if self.answer is not None:
            await ws.send(json.dumps(self.answer))
            return
        args = request["args"]
        assert request["module"] == MODULE and request["method"] == "sign"
        assert args["signerParams"]["chain"], "an empty chain accepts any certificate"
        assert args["format"] == "cms" and args["signingParams"]["encapsulate"] is False
        data = base64.b64decode(args["data"])
        cms = Pkcs12Signer(self.pki.p12, P12_PASSWORD).sign_now(data)
        await ws.send(json.dumps({"status": True, "body": {
            "result": [base64.b64encode(cms).decode()]}}))


async def _with_fake(tmp_path: Path, pki: Pki, fake: FakeNCALayer, data: bytes) -> bytes:
    from websockets.asyncio.server import serve

    cert, key = pki.server_cert()
    (tmp_path / "server.pem").write_bytes(cert + key)
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_ctx.load_cert_chain(tmp_path / "server.pem")
    client_ctx = ssl.create_default_context(cadata=pki.root_pem.decode())
    async with serve(fake.handler, "127.0.0.1", 0, ssl=server_ctx) as server:
        port = server.sockets[0].getsockname()[1]
        chain = [base64.b64encode(pki.root.public_bytes(Encoding.DER)).decode()]
        signer = NCALayerSigner(chain, url=f"wss://127.0.0.1:{port}/", ssl_context=client_ctx)
        return await signer.sign(data)


def test_ncalayer_signs_through_the_local_websocket(tmp_path, pki):
    fake = FakeNCALayer(pki)
    cms = asyncio.run(_with_fake(tmp_path, pki, fake, ORIGINAL))
    assert v.verify(ORIGINAL, cms, [pki.root]).valid
    [request] = fake.requests
    assert request["args"]["signerParams"]["extKeyUsageOids"] == ["1.3.6.1.5.5.7.3.4"]


def test_ncalayer_refusal_and_empty_chain(tmp_path, pki):
    fake = FakeNCALayer(pki, answer={"status": False, "code": "canceled"})
    with pytest.raises(SigningError) as err:
        asyncio.run(_with_fake(tmp_path, pki, fake, ORIGINAL))
    assert err.value.code == "cancelled"
    with pytest.raises(ValueError, match="empty chain"):
        NCALayerSigner([])
    with pytest.raises(SigningError) as err:
        asyncio.run(NCALayerSigner(["MIIB"], url="wss://127.0.0.1:9/").sign(b"x"))
    assert err.value.code == "not_running"
