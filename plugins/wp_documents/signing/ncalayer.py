"""A client of NCALayer, the national signing agent on the user's computer.

NCALayer listens on a local secure WebSocket (``wss://127.0.0.1:13579/``). One
request signs one file: module ``kz.gov.pki.knca.basics``, method ``sign``; the user
picks the key and types its PIN in NCALayer's own window. The answer is
``{"status": true, "body": {"result": [<base64 CMS>]}}`` or
``{"status": false, "code": "…"}``. Some versions greet a new connection with their
version first; anything without ``status`` is skipped.

``signerParams.chain`` lists the CA certificates the signing certificate must chain
to. An empty chain would let ANY certificate sign, so this client refuses to send one.
"""

from __future__ import annotations

import base64
import json
import ssl
from collections.abc import Sequence
from typing import Any, Final

from wp_documents.signing.base import Signer, SigningError

DEFAULT_URL: Final = "wss://127.0.0.1:13579/"
MODULE: Final = "kz.gov.pki.knca.basics"
#: Key stores NCALayer may offer: a file, Kaztoken, the ID card.
STORAGES: Final = ("PKCS12", "AKKaztokenStore", "AKKZIDCardStore", "AKJaCartaStore")
#: Extended key usage "e-mail protection": the signing (not authentication) key.
SIGNING_EKU: Final = ("1.3.6.1.5.5.7.3.4",)


class NCALayerSigner(Signer):
    """Signs through NCALayer; ``chain`` = base64 DER of the trusted CA certificates."""

    def __init__(self, chain: Sequence[str], *, url: str = DEFAULT_URL,
                 ssl_context: ssl.SSLContext | None = None, iin: str = "", bin_: str = "",
                 locale: str = "ru", timeout: float = 600.0) -> None:
        if not chain or not all(isinstance(c, str) and c.strip() for c in chain):
            raise ValueError("NCALayer needs the CA certificates to accept: an empty chain "
                             "would accept any certificate")
        self.chain = [c.strip() for c in chain]
        self.url, self.ssl_context = url, ssl_context
        self.iin, self.bin, self.locale, self.timeout = iin, bin_, locale, timeout

    def request(self, data: bytes) -> dict[str, Any]:
        """The JSON request NCALayer gets for ``data``."""
        signer: dict[str, Any] = {"extKeyUsageOids": list(SIGNING_EKU), "chain": self.chain}
        if self.iin:
            signer["iin"] = self.iin
        if self.bin:
            signer["bin"] = self.bin
        return {"module": MODULE, "method": "sign", "args": {
            "allowedStorages": list(STORAGES), "format": "cms",
            "data": base64.b64encode(data).decode("ascii"),
            # decode: data is base64 of the bytes; not encapsulated: detached.
            "signingParams": {"decode": True, "encapsulate": False, "digested": False,
                              "tsaProfile": {}},
            "signerParams": signer, "locale": self.locale}}

    async def sign(self, data: bytes) -> bytes:
        import asyncio

        from websockets.asyncio.client import connect
        from websockets.exceptions import WebSocketException

        try:
            async with asyncio.timeout(self.timeout):
                async with connect(self.url, ssl=self.ssl_context or _default_context(),
                                   max_size=256 * 1024 * 1024, open_timeout=5) as ws:
                    await ws.send(json.dumps(self.request(data)))
                    while True:
                        answer = json.loads(await ws.recv())
                        if isinstance(answer, dict) and "status" in answer:
                            break
        except TimeoutError as exc:
            raise SigningError("NCALayer did not answer in time.", "timeout") from exc
        except (OSError, WebSocketException) as exc:
            raise SigningError("NCALayer is not running on this computer. Start it and "
                               "try again.", "not_running") from exc
        except ValueError as exc:
            raise SigningError("NCALayer gave an answer that is not understood.",
                               "bad_answer") from exc
        return _result(answer)


def _result(answer: dict[str, Any]) -> bytes:
    if answer.get("status") is not True:
        code = str(answer.get("code") or "failed")
        if code in ("canceled", "cancelled"):
            raise SigningError("Signing was cancelled in NCALayer.", "cancelled")
        raise SigningError(f"NCALayer could not sign ({code}).", code)
    result = (answer.get("body") or {}).get("result")
    if isinstance(result, list):
        result = result[0] if result else None
    if not isinstance(result, str):
        raise SigningError("NCALayer gave an answer that is not understood.", "bad_answer")
    try:
        return base64.b64decode(result, validate=True)
    except ValueError as exc:
        raise SigningError("NCALayer gave an answer that is not understood.",
                           "bad_answer") from exc


def _default_context() -> ssl.SSLContext:
    # NCALayer's certificate is installed in the system's trust store with it.
    import truststore

    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
