"""Checking a detached CMS signature: the bytes, the signer's key, and the chain of
certificates up to a root the administrator trusts (the national certification
centre's roots are not in the systems' stores, so they come with the policy).

Keys: RSA and ECDSA are checked here. GOST keys (which most Kazakh certificates
use) cannot be checked with this library: such a signature is reported as
``unsupported`` — not as valid.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import NameOID

_HASHES: Final[dict[str, type[hashes.HashAlgorithm]]] = {
    "sha1": hashes.SHA1, "sha224": hashes.SHA224, "sha256": hashes.SHA256,
    "sha384": hashes.SHA384, "sha512": hashes.SHA512}

#: Why a signature is not valid (``Verification.problem``).
INTACT: Final = ""
ALTERED: Final = "altered"  # the file's bytes are not the ones signed
BAD_SIGNATURE: Final = "bad_signature"  # the signature does not match the certificate
UNTRUSTED: Final = "untrusted"  # no chain to a trusted root
EXPIRED: Final = "expired"  # a certificate was not valid when checked
UNSUPPORTED: Final = "unsupported"  # an algorithm this library cannot check
MALFORMED: Final = "malformed"  # not a detached CMS signature


@dataclass(frozen=True)
class Verification:
    """What a check found. ``valid`` only if every part holds."""

    problem: str
    signer_name: str = ""
    iin: str = ""
    bin: str = ""
    #: Subjects from the signer's certificate up to the root (as far as it goes).
    chain: tuple[str, ...] = field(default_factory=tuple)
    signed_at: str = ""
    detail: str = ""

    @property
    def valid(self) -> bool:
        """True when the bytes, the signature and the chain all hold."""
        return self.problem == INTACT


def subject_parts(cert: x509.Certificate) -> tuple[str, str, str]:
    """(name, IIN, BIN) from a Kazakh certificate's subject: CN (with GIVENNAME, the
    patronymic), serialNumber "IIN…", OU "BIN…"."""

    def first(oid: x509.ObjectIdentifier) -> str:
        values = cert.subject.get_attributes_for_oid(oid)
        return str(values[0].value) if values else ""

    name = " ".join(p for p in (first(NameOID.COMMON_NAME), first(NameOID.GIVEN_NAME)) if p)
    serial = first(NameOID.SERIAL_NUMBER)
    unit = first(NameOID.ORGANIZATIONAL_UNIT_NAME)
    iin = serial[3:] if serial.upper().startswith("IIN") else ""
    bin_ = unit[3:] if unit.upper().startswith("BIN") else ""
    return name, iin, bin_


def load_roots(pem: bytes) -> list[x509.Certificate]:
    """The certificates of a PEM bundle (the administrator's CA file)."""
    return x509.load_pem_x509_certificates(pem)


def verify(data: bytes, cms: bytes, roots: Sequence[x509.Certificate], *,
           now: dt.datetime | None = None) -> Verification:
    """Check the detached signature ``cms`` (DER) over ``data`` against ``roots``."""
    from asn1crypto import cms as asn1_cms

    try:
        info = asn1_cms.ContentInfo.load(cms)
        if info["content_type"].native != "signed_data":
            return Verification(MALFORMED, detail="not a signed-data structure")
        signed = info["content"]
        if signed["encap_content_info"]["content"].native is not None:
            return Verification(MALFORMED, detail="the content is inside, not detached")
        certs = [x509.load_der_x509_certificate(c.chosen.dump())
                 for c in signed["certificates"] or []
                 if c.name == "certificate"]
        signer_info = signed["signer_infos"][0]
        sid = signer_info["sid"]
        if sid.name != "issuer_and_serial_number":
            return Verification(MALFORMED, detail="signer named by key id")
        serial = sid.chosen["serial_number"].native
        cert = next((c for c in certs if c.serial_number == serial), None)
        if cert is None:
            return Verification(MALFORMED, detail="the signer's certificate is missing")
        name, iin, bin_ = subject_parts(cert)

        def found_by(problem: str, *, detail: str = "", signed_at: str = "") -> Verification:
            return Verification(problem, signer_name=name, iin=iin, bin=bin_,
                                detail=detail, signed_at=signed_at)

        digest_name = signer_info["digest_algorithm"]["algorithm"].native
        algorithm = _HASHES.get(digest_name)
        if algorithm is None:
            return found_by(UNSUPPORTED, detail=f"digest {digest_name}")
        attrs = signer_info["signed_attrs"]
        signed_at = ""
        if attrs.native is not None and len(attrs):
            digest = hashlib.new(digest_name, data).digest()
            found = {a["type"].native: a["values"][0].native for a in attrs}
            if found.get("message_digest") != digest:
                return found_by(ALTERED)
            when = found.get("signing_time")
            signed_at = when.isoformat() if isinstance(when, dt.datetime) else ""
            # The signature covers the attributes' DER as a SET (not the [0] tag).
            payload = b"\x31" + attrs.dump()[1:]
        else:
            payload = data
        problem = _check_signature(cert, signer_info, payload, algorithm())
        if problem:
            return found_by(problem, signed_at=signed_at)
        chain, problem = _chain(cert, certs, roots, now or dt.datetime.now(dt.UTC))
        return Verification(problem, signer_name=name, iin=iin, bin=bin_, chain=chain,
                            signed_at=signed_at)
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        return Verification(MALFORMED, detail=str(exc))


def _check_signature(cert: x509.Certificate, signer_info: object, payload: bytes,
                     algorithm: hashes.HashAlgorithm) -> str:
    sig_algo = signer_info["signature_algorithm"].signature_algo  # type: ignore[index]
    value = signer_info["signature"].native  # type: ignore[index]
    key = cert.public_key()
    try:
        if isinstance(key, rsa.RSAPublicKey) and sig_algo == "rsassa_pkcs1v15":
            key.verify(value, payload, padding.PKCS1v15(), algorithm)
        elif isinstance(key, ec.EllipticCurvePublicKey) and sig_algo == "ecdsa":
            key.verify(value, payload, ec.ECDSA(algorithm))
        else:
            return UNSUPPORTED
    except InvalidSignature:
        return BAD_SIGNATURE
    return INTACT


def _chain(cert: x509.Certificate, certs: Sequence[x509.Certificate],
           roots: Sequence[x509.Certificate],
           now: dt.datetime) -> tuple[tuple[str, ...], str]:
    """Follow issuers from ``cert`` to one of ``roots``; (subjects, problem)."""
    subjects = [cert.subject.rfc4514_string()]
    current = cert
    pool = [*certs, *roots]
    for _ in range(10):
        if not current.not_valid_before_utc <= now <= current.not_valid_after_utc:
            return tuple(subjects), EXPIRED
        if any(current == root for root in roots):
            return tuple(subjects), INTACT
        issuer = None
        for candidate in pool:
            if candidate.subject != current.issuer or candidate == current:
                continue
            try:
                current.verify_directly_issued_by(candidate)
            except (ValueError, TypeError, InvalidSignature):
                continue
            issuer = candidate
            break
        if issuer is None:
            return tuple(subjects), UNTRUSTED
        subjects.append(issuer.subject.rfc4514_string())
        current = issuer
    return tuple(subjects), UNTRUSTED
