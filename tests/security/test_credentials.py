"""workplace.credentials: secrets in the keyring, chunked when long; unfit backends refused."""

from __future__ import annotations

import keyring
import keyring.backends.chainer
import keyring.backends.fail
import keyring.backends.null
import pytest

from tests.security.support import MemoryKeyring, PlaintextFileKeyring, named_backend
from workplace.credentials import (
    CHUNK_CHARS,
    SERVICE,
    CredentialError,
    CredentialStore,
    InsecureKeyringError,
    refusal,
)

TEN_KB = "".join(chr(0x41 + i % 26) for i in range(10 * 1024 - 7)) + "ҚазақӘ!"


def test_store_read_replace_delete(memory_keyring):
    store = CredentialStore("default")
    assert store.get("token") is None
    store.set("token", "s3cret")
    assert store.get("token") == "s3cret"
    store.set("token", "another")
    assert store.get("token") == "another"
    store.delete("token")
    assert store.get("token") is None
    store.delete("token")  # nothing there: no error
    assert memory_keyring.entries == {}


def test_entries_are_filed_under_workplace_and_the_profile(memory_keyring):
    CredentialStore("default").set("token", "a")
    CredentialStore("work").set("token", "b")
    assert set(memory_keyring.entries) == {(SERVICE, "default/token"), (SERVICE, "work/token")}
    assert CredentialStore("default").get("token") == "a"
    assert CredentialStore("work").get("token") == "b"


def test_a_long_secret_is_chunked_where_the_backend_limits_size():
    # Windows: 2560 bytes of UTF-16 per credential.
    backend = MemoryKeyring(max_chars=1280)
    with pytest.raises(Exception, match="at most"):
        backend.set_password("x", "y", TEN_KB)
    store = CredentialStore("default", backend)
    store.set("big", TEN_KB)
    assert store.get("big") == TEN_KB
    assert len(backend.entries) == 1 + -(-len(TEN_KB) // CHUNK_CHARS)
    assert all(len(v) <= 1280 for v in backend.values())
    # Shorter again: the chunks no longer needed go.
    store.set("big", "short")
    assert store.get("big") == "short"
    assert len(backend.entries) == 1
    store.set("big", TEN_KB)
    store.delete("big")
    assert backend.entries == {}


def test_a_chunk_set_that_does_not_add_up_is_not_returned(memory_keyring):
    store = CredentialStore("default")
    store.set("big", TEN_KB)
    memory_keyring.entries[(SERVICE, "default/big#2")] = "tampered"
    assert store.get("big") is None
    del memory_keyring.entries[(SERVICE, "default/big#2")]
    assert store.get("big") is None
    store.delete("big")  # the remnant goes too
    assert memory_keyring.entries == {}


def test_an_entry_not_written_by_workplace_is_not_taken_for_a_secret(memory_keyring):
    memory_keyring.set_password(SERVICE, "default/token", "something else")
    assert CredentialStore("default").get("token") is None


@pytest.mark.parametrize("backend", [
    keyring.backends.fail.Keyring(),
    keyring.backends.null.Keyring(),
    named_backend("keyrings.alt.file.PlaintextKeyring"),  # whatever priority it claims
    named_backend("keyrings.alt.Windows.RegistryKeyring"),
    named_backend("some.vendor.Keyring", priority=0.5),  # "works, but not recommended"
], ids=["fail", "null", "plaintext-file", "alt-registry", "low-priority"])
def test_backends_that_store_plaintext_or_fail_are_refused(backend):
    assert refusal(backend) is not None
    store = CredentialStore("default", backend)
    with pytest.raises(InsecureKeyringError) as caught:
        store.set("token", "s3cret")
    message = str(caught.value)
    assert "GNOME Keyring or KWallet" in message
    assert "IT administrator" in message
    assert refusal(backend) in message
    with pytest.raises(InsecureKeyringError):
        store.get("token")


def test_a_plaintext_backend_is_refused_before_it_writes_anything(tmp_path, monkeypatch):
    path = tmp_path / "secrets.txt"
    monkeypatch.setattr(keyring.core, "_keyring_backend", keyring.core._keyring_backend)
    keyring.set_keyring(PlaintextFileKeyring(path))
    with pytest.raises(InsecureKeyringError):
        CredentialStore("default").set("token", "s3cret")
    assert not path.exists()


def test_a_chain_with_a_plaintext_member_is_refused(monkeypatch):
    plain = named_backend("keyrings.alt.file.PlaintextKeyring", priority=0.5)
    monkeypatch.setattr(keyring.backends.chainer.ChainerBackend, "backends",
                        [MemoryKeyring(), plain])
    assert refusal(keyring.backends.chainer.ChainerBackend()) == \
        "keyrings.alt.file.PlaintextKeyring"
    monkeypatch.setattr(keyring.backends.chainer.ChainerBackend, "backends",
                        [MemoryKeyring(), MemoryKeyring()])
    assert refusal(keyring.backends.chainer.ChainerBackend()) is None


def test_a_fit_backend_is_accepted(memory_keyring):
    assert refusal(memory_keyring) is None
    CredentialStore("default").check()


def test_a_failing_backend_becomes_a_credential_error():
    class Locked(MemoryKeyring):
        def get_password(self, service, username):
            raise keyring.errors.KeyringLocked("the collection is locked")

    with pytest.raises(CredentialError, match="KeyringLocked") as caught:
        CredentialStore("default", Locked()).get("token")
    assert not isinstance(caught.value, InsecureKeyringError)
    assert "unlock it" in str(caught.value)


def test_each_plugin_has_its_own_secrets(memory_keyring):
    from workplace.credentials import PluginCredentials

    service = PluginCredentials("default")
    assistant, documents = service.for_plugin("wp_assistant"), service.for_plugin("wp_documents")
    assistant.set("api_key", "sk-test-1")
    assert assistant.get("api_key") == "sk-test-1"
    assert documents.get("api_key") is None  # another plugin cannot read it
    assert CredentialStore("default").get("api_key") is None  # nor the app's own names
    assistant.delete("api_key")
    assert assistant.get("api_key") is None
    # ctx.credentials is asked for on every use: the same store, its keyring checked once.
    assert service.for_plugin("wp_assistant") is assistant
