"""The Group Policy templates and the MSI write exactly the keys the app reads."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import certifi

from workplace.policy import parse_policy, registry_policy_data

WINDOWS = Path(__file__).resolve().parents[2] / "packaging" / "windows"
NS = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}
PREFIX = "Software\\Policies\\Workplace\\"
#: A value the app accepts, by the kind of element that writes it.
SAMPLES = {"text": "https://gw.example.kz", "boolean": 1, "decimal": 15,
           "multiText": ["wp_assistant"]}


def _admx() -> ET.Element:
    return ET.parse(WINDOWS / "admx" / "Workplace.admx").getroot()


def test_every_admx_value_is_a_policy_key_the_app_accepts():
    values: dict[str, dict[str, object]] = {}
    for policy in _admx().iterfind(".//p:policy", NS):
        key = policy.get("key", "")
        assert key.startswith(PREFIX), key
        section = key[len(PREFIX):]
        if policy.get("valueName"):  # an on/off policy
            values.setdefault(section, {})[policy.get("valueName")] = 1
        for element in policy.iterfind("p:elements/*", NS):
            kind = element.tag.split("}")[1]
            if kind == "enum":
                sample: object = element.find(".//p:string", NS).text  # type: ignore[union-attr]
            else:
                sample = SAMPLES[kind]
            values.setdefault(section, {})[element.get("valueName")] = sample
    values["tls"]["ca_bundle"] = certifi.where()  # checked as a real PEM file
    values["ai"]["endpoint"] = "gateway"
    values["ai"]["never_send"] = ["iin", "phone"]
    values["plugins"].pop("allow")  # allow and block together are fine, but say less
    values["plugins"]["deny_permissions"] = ["ai"]
    values["plugins"]["grant_permissions"] = ["wp_documents:network"]
    values["plugins"]["force_installed"] = ["wp_egov"]  # not the blocked one: an error
    policy = parse_policy(registry_policy_data([values]))  # an unknown key would raise
    assert policy.server_url == "https://gw.example.kz" and policy.log_level == "DEBUG"
    assert policy.plugins_block == frozenset({"wp_assistant"})
    assert policy.plugins_forced == frozenset({"wp_egov"})
    assert policy.updates_check is True and policy.updates_channel == "stable"


def test_the_update_and_required_module_policies_write_what_the_app_reads():
    policies = {p.get("name"): p for p in _admx().iterfind(".//p:policy", NS)}
    check = policies["UpdateCheck"]
    assert (check.get("key"), check.get("valueName")) == (PREFIX + "updates", "check")
    assert check.find("p:disabledValue/p:decimal", NS).get("value") == "0"  # type: ignore[union-attr]
    channels = [s.text for s in policies["UpdateChannel"].iterfind(".//p:string", NS)]
    assert channels == ["stable", "testing"]
    forced = policies["PluginsForceInstalled"].find("p:elements/p:multiText", NS)
    assert forced is not None and forced.get("valueName") == "force_installed"
    # What Group Policy writes for "disabled", "testing" and two required modules.
    policy = parse_policy(registry_policy_data([{
        "updates": {"check": 0, "channel": "testing"},
        "plugins": {"force_installed": ["wp_egov", "wp_documents"]}}]))
    assert policy.updates_check is False and policy.updates_channel == "testing"
    assert policy.plugins_forced == frozenset({"wp_egov", "wp_documents"})


def test_every_language_has_every_string_and_presentation():
    text = (WINDOWS / "admx" / "Workplace.admx").read_text(encoding="utf-8")
    strings = set(re.findall(r"\$\(string\.(\w+)\)", text))
    presentations = set(re.findall(r"\$\(presentation\.(\w+)\)", text))
    element_ids = {policy.get("name"): {e.get("id") for e in policy.iterfind("p:elements/*", NS)}
                   for policy in _admx().iterfind(".//p:policy", NS)}
    for lang in ("en-US", "ru-RU", "kk-KZ"):
        adml = ET.parse(WINDOWS / "admx" / lang / "Workplace.adml").getroot()
        have = {s.get("id"): s.text for s in adml.iterfind(".//p:string", NS)}
        assert strings <= set(have), (lang, strings - set(have))
        assert all(have[s] and have[s].strip() for s in strings), lang
        shown = {p.get("id"): {c.get("refId") for c in p} for p in
                 adml.iterfind(".//p:presentation", NS)}
        assert presentations == set(shown), lang
        for name, refs in shown.items():
            assert refs == element_ids[name], (lang, name)
    ru = ET.parse(WINDOWS / "admx" / "ru-RU" / "Workplace.adml").getroot()
    assert ru.find("p:displayName", NS).text == "Рабочее место"  # type: ignore[union-attr]


def test_the_msi_writes_only_keys_the_app_reads():
    wxs = ET.parse(WINDOWS / "workplace.wxs").getroot()
    ns = {"w": "http://schemas.microsoft.com/wix/2006/wi"}
    written = {(v.get("Key", "")[len(PREFIX):], v.get("Name"))
               for v in wxs.iterfind(".//w:RegistryValue", ns)
               if v.get("Key", "").startswith(PREFIX)}
    assert written == {("connection", "server_url"), ("connection", "users_may_change"),
                       ("signin", "idle_lock_minutes")}
    # The MSI's defaults (no SERVERURL given) are "no policy".
    defaults = {"connection": {"server_url": " ", "users_may_change": 1},
                "signin": {"idle_lock_minutes": 15}}
    assert parse_policy(registry_policy_data([defaults])).server_url == ""
