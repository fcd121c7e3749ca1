"""A software signer: the key and certificate come from a PKCS#12 (.p12/.pfx) file,
as the national certification centre issues them for RSA keys."""

from __future__ import annotations

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs7, pkcs12

from wp_documents.signing.base import Signer, SigningError


class Pkcs12Signer(Signer):
    """Signs with the key of a PKCS#12 file; its other certificates (the chain) are
    put into the signature so a verifier can follow it to the root."""

    def __init__(self, p12: bytes, password: str) -> None:
        try:
            key, cert, extra = pkcs12.load_key_and_certificates(p12, password.encode())
        except ValueError as exc:
            raise SigningError("The key file could not be opened: the password is wrong "
                               "or the file is damaged.", "bad_key_file") from exc
        if key is None or cert is None:
            raise SigningError("The key file holds no signing key.", "bad_key_file")
        if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
            raise SigningError("This kind of key cannot be used here; sign with NCALayer.",
                               "unsupported_key")
        self.key = key
        self.certificate: x509.Certificate = cert
        self.chain = list(extra)

    def sign_now(self, data: bytes) -> bytes:
        """:meth:`sign` without the coroutine (for a worker thread)."""
        builder = pkcs7.PKCS7SignatureBuilder().set_data(data).add_signer(
            self.certificate, self.key, hashes.SHA256())
        for cert in self.chain:
            builder = builder.add_certificate(cert)
        # Binary: the bytes are signed as they are (no MIME line-end canonicalisation).
        return builder.sign(serialization.Encoding.DER, [
            pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary])

    async def sign(self, data: bytes) -> bytes:
        return self.sign_now(data)
