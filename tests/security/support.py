"""Helpers of the security tests: keyring backends kept in memory, certificates made
here (a root CA, expired, wrong-host and self-signed server certificates), and the
real gateway served over HTTPS on loopback."""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import uvicorn
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError, PasswordSetError

# -- keyrings ---------------------------------------------------------------------------


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps everything in this process's memory (never on disk).

    ``max_chars`` imitates a backend that limits one secret's size (Windows caps a
    credential at 2560 bytes of UTF-16: 1280 characters).
    """

    priority = 10  # type: ignore[assignment]
    # Never picked by keyring's own discovery (every subclass registers itself):
    # tests install it explicitly, and the real-keyring tests must get the real one.
    viable = False

    def __init__(self, max_chars: int | None = None) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.max_chars = max_chars

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.max_chars is not None and len(password) > self.max_chars:
            raise PasswordSetError(f"a credential holds at most {self.max_chars} characters")
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")

    def values(self) -> list[str]:
        return list(self.entries.values())

    @property
    def sign_ins(self) -> dict[tuple[str, str], str]:
        """The entries but the profile's storage key (kept while the app has data)."""
        return {k: v for k, v in self.entries.items() if not k[1].endswith("/storage-key")}


class PlaintextFileKeyring(KeyringBackend):
    """What must be refused: secrets written to a file as they are (low priority,
    like keyrings.alt's PlaintextKeyring)."""

    priority = 0.5  # type: ignore[assignment]
    viable = False

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(f"{service} {username} {password}\n")

    def delete_password(self, service: str, username: str) -> None:
        raise PasswordDeleteError("not found")


def named_backend(qualified: str, priority: float = 10) -> KeyringBackend:
    """An instance of a class called ``qualified`` (module.Class) that claims
    ``priority``: the refusal must go by what it is, not what it claims."""
    module, _, name = qualified.rpartition(".")
    cls = type(name, (MemoryKeyring,), {"__module__": module, "__qualname__": name,
                                        "priority": priority})
    return cls()


# -- certificates -----------------------------------------------------------------------

NOW = dt.datetime.now(dt.UTC)


@dataclass
class Cert:
    key: ec.EllipticCurvePrivateKey
    cert: x509.Certificate

    def write(self, folder: Path, name: str) -> tuple[Path, Path]:
        folder.mkdir(parents=True, exist_ok=True)
        cert_path, key_path = folder / f"{name}.pem", folder / f"{name}.key"
        cert_path.write_bytes(self.cert.public_bytes(serialization.Encoding.PEM))
        key_path.write_bytes(self.key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption()))
        return cert_path, key_path


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Workplace tests"),
                      x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def make_ca(common_name: str = "Test National Certification Centre Root") -> Cert:
    key = ec.generate_private_key(ec.SECP256R1())
    name = _name(common_name)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(NOW - dt.timedelta(days=1))
            .not_valid_after(NOW + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(
                digital_signature=True, content_commitment=False, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=True,
                crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                           critical=False)
            .sign(key, hashes.SHA256()))
    return Cert(key, cert)


def make_server_cert(issuer: Cert | None, hosts: tuple[str, ...] = ("127.0.0.1", "localhost"),
                     *, days_valid: tuple[int, int] = (-1, 365)) -> Cert:
    """A server certificate for ``hosts`` signed by ``issuer`` (None: self-signed);
    ``days_valid`` = (not before, not after) in days from now."""
    key = ec.generate_private_key(ec.SECP256R1())
    sans: list[x509.GeneralName] = []
    for host in hosts:
        try:
            sans.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            sans.append(x509.DNSName(host))
    subject = _name(hosts[0])
    signer = issuer.key if issuer is not None else key
    builder = (x509.CertificateBuilder().subject_name(subject)
               .issuer_name(issuer.cert.subject if issuer is not None else subject)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(NOW + dt.timedelta(days=days_valid[0]))
               .not_valid_after(NOW + dt.timedelta(days=days_valid[1]))
               .add_extension(x509.SubjectAlternativeName(sans), critical=False)
               .add_extension(x509.BasicConstraints(ca=False, path_length=None),
                              critical=True)
               .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]),
                              critical=False))
    if issuer is not None:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()),
            critical=False)
    return Cert(key, builder.sign(signer, hashes.SHA256()))


# -- a server over HTTPS ------------------------------------------------------------------


class HttpsServer:
    """An ASGI app served by uvicorn over TLS on a free loopback port, in a thread."""

    def __init__(self, app: Any, certfile: Path, keyfile: Path, *,
                 lifespan: str = "on") -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"https://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(
            app, log_config=None, access_log=False, lifespan=lifespan,
            ssl_certfile=str(certfile), ssl_keyfile=str(keyfile)))
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        loop = asyncio.new_event_loop()
        try:
            loop.run_until_complete(self.server.serve(sockets=[self.sock]))
        finally:
            # uvicorn closes the connections it was handed; one still in its TLS
            # handshake (a client that refused the certificate and hung up while the
            # server was stopping) is not yet its. Left open, its socket outlives
            # the loop and warns "unclosed transport" in whichever test collects it.
            leftovers = list(getattr(loop, "_transports", {}).values())
            for transport in leftovers:
                if transport is not None:
                    transport.abort()
            loop.run_until_complete(asyncio.sleep(0))
            loop.close()

    def start(self) -> HttpsServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the HTTPS server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=20)
        self.sock.close()


async def hello_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """The smallest ASGI app: servers whose handshake is meant to fail need no more."""
    if scope["type"] != "http":
        return
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": b"{}"})
