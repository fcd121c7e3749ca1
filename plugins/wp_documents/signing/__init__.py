"""Signing documents: a detached CMS (PKCS#7) signature over a file's ORIGINAL bytes.

The file is never rewritten: its bytes and the signature are kept side by side, and
previews or extracted text are made from copies. Two signers share one interface
(:class:`~wp_documents.signing.base.Signer`): a software key from a PKCS#12 file
(:mod:`.software`) and the national signing agent NCALayer (:mod:`.ncalayer`).
:mod:`.verify` checks a signature against the bytes and the administrator's CA
certificates. Nothing here imports Qt.
"""
