"""A little PKI for tests: a root CA, a Kazakh-style signing certificate (IIN in
serialNumber, BIN in OU) in a PKCS#12 file, and TLS server certificates."""

from __future__ import annotations

import datetime as dt
import ipaddress
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

P12_PASSWORD = "Qwerty12"
NOW = dt.datetime.now(dt.UTC)


@dataclass
class Pki:
    root: x509.Certificate
    root_key: rsa.RSAPrivateKey
    signer: x509.Certificate
    signer_key: rsa.RSAPrivateKey
    p12: bytes

    @property
    def root_pem(self) -> bytes:
        return self.root.public_bytes(serialization.Encoding.PEM)

    def server_cert(self, host: str = "127.0.0.1") -> tuple[bytes, bytes]:
        """(certificate PEM, key PEM) for a TLS server at ``host``, issued by the root."""
        key = ec.generate_private_key(ec.SECP256R1())
        cert = (x509.CertificateBuilder()
                .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)]))
                .issuer_name(self.root.subject).public_key(key.public_key())
                .serial_number(x509.random_serial_number())
                .not_valid_before(NOW - dt.timedelta(days=1))
                .not_valid_after(NOW + dt.timedelta(days=30))
                .add_extension(x509.SubjectAlternativeName(
                    [x509.IPAddress(ipaddress.ip_address(host))]), critical=False)
                .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]),
                               critical=False)
                .sign(self.root_key, hashes.SHA256()))
        return (cert.public_bytes(serialization.Encoding.PEM),
                key.private_bytes(serialization.Encoding.PEM,
                                  serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))


def make_pki(name: str = "СЕЙІТОВА АЙГЕРІМ", patronymic: str = "НҰРЛАНҚЫЗЫ",
             iin: str = "900101400123", bin_: str = "123456789021") -> Pki:
    root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    root_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "ТЕСТ ҰЛТТЫҚ КУЦ (RSA)"),
                           x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ")])
    root = (x509.CertificateBuilder().subject_name(root_name).issuer_name(root_name)
            .public_key(root_key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(NOW - dt.timedelta(days=1))
            .not_valid_after(NOW + dt.timedelta(days=365))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False,
                                         False), critical=True)
            .sign(root_key, hashes.SHA256()))
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, name),
        x509.NameAttribute(NameOID.GIVEN_NAME, patronymic),
        x509.NameAttribute(NameOID.SERIAL_NUMBER, f"IIN{iin}"),
        x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "АУДАН ӘКІМІНІҢ АППАРАТЫ"),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, f"BIN{bin_}"),
    ])
    signer = (x509.CertificateBuilder().subject_name(subject).issuer_name(root.subject)
              .public_key(key.public_key()).serial_number(x509.random_serial_number())
              .not_valid_before(NOW - dt.timedelta(days=1))
              .not_valid_after(NOW + dt.timedelta(days=365))
              .add_extension(x509.KeyUsage(True, True, False, False, False, False, False,
                                           False, False), critical=True)
              .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]),
                             critical=False)
              .sign(root_key, hashes.SHA256()))
    p12 = pkcs12.serialize_key_and_certificates(
        b"signing key", key, signer, [root],
        serialization.BestAvailableEncryption(P12_PASSWORD.encode()))
    return Pki(root, root_key, signer, key, p12)
