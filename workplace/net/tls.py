"""The one TLS configuration of every HTTP client of the app (Qt-free).

Certificates are always verified, host names always checked: there is no switch to
turn either off, anywhere (``tests/security/test_tls_source.py`` searches the source
tree for one). Trust comes from the operating system's store (``truststore``: the
Windows and macOS stores, the distribution's CA bundle on Linux) plus, when the
machine policy names one (``tls.ca_bundle``), the admin's PEM bundle — for the roots
of the national certification centre (NUC RK), which common stores do not carry.

:func:`describe_tls_failure` turns a refused handshake into words a civil servant can
act on.
"""

from __future__ import annotations

import ssl

import truststore

from workplace.api import Text, translatable
from workplace.policy import MachinePolicy, check_ca_bundle

__all__ = ["client_ssl_context", "describe_tls_failure"]

# OpenSSL's X509_V_ERR_* codes (as ssl.SSLCertVerificationError.verify_code).
_EXPIRED = {9, 10}  # not yet valid, expired
_WRONG_HOST = {62, 64}  # host name mismatch, IP address mismatch


def client_ssl_context(policy: MachinePolicy | None = None) -> ssl.SSLContext:
    """A client context: system trust plus the policy's CA bundle, TLS 1.2 or newer.

    Raises :class:`workplace.policy.PolicyError` (naming ``tls.ca_bundle``) if the
    bundle the policy names cannot be used.
    """
    ctx = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    if policy is not None and policy.tls_ca_bundle is not None:
        check_ca_bundle(policy.tls_ca_bundle)
        ctx.load_verify_locations(cafile=str(policy.tls_ca_bundle))
    return ctx


UNTRUSTED = translatable(
    "Connect",
    "The server's certificate is not trusted, so Workplace did not connect. Tell your IT "
    "administrator: the server's certificate authority must be trusted by this computer "
    "or named in the Workplace policy (tls.ca_bundle).")
EXPIRED = translatable(
    "Connect",
    "The server's certificate has expired or is not valid yet, so Workplace did not "
    "connect. Check that this computer's date and time are right; if they are, tell your "
    "IT administrator.")
WRONG_HOST = translatable(
    "Connect",
    "The server's certificate was issued for another address, so Workplace did not "
    "connect: this may not be your organisation's server. Check the address; if it is "
    "right, tell your IT administrator.")
FAILED = translatable(
    "Connect",
    "A secure connection to the server could not be established. Check the address; if it "
    "is right, tell your IT administrator.")


def _causes(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen and len(seen) < 20:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def describe_tls_failure(exc: BaseException) -> tuple[str, Text] | None:
    """``(code, message)`` if ``exc`` (or what caused it) is a TLS failure, else None.

    Codes: ``tls_untrusted``, ``tls_expired``, ``tls_wrong_host``, ``tls_failed``.
    """
    for cause in _causes(exc):
        if isinstance(cause, ssl.SSLCertVerificationError):
            code = getattr(cause, "verify_code", None)
            text = f"{getattr(cause, 'verify_message', '')} {cause}".lower()
            if code in _EXPIRED or "expired" in text or "not yet valid" in text:
                return "tls_expired", EXPIRED
            if code in _WRONG_HOST or "mismatch" in text or "hostname" in text \
                    or "doesn't match" in text:
                return "tls_wrong_host", WRONG_HOST
            return "tls_untrusted", UNTRUSTED
    for cause in _causes(exc):
        # A connection cut mid-handshake is the network's doing (retried as such);
        # anything else TLS refused (a plain-HTTP port, no common protocol) is not.
        if isinstance(cause, ssl.SSLError) and not isinstance(
                cause, ssl.SSLEOFError | ssl.SSLZeroReturnError | ssl.SSLSyscallError):
            return "tls_failed", FAILED
    return None
