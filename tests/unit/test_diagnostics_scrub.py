"""What the diagnostics zip scrubs: secrets by name and by shape, citizens' identifiers."""

from __future__ import annotations

import datetime as dt

from workplace.diagnostics import SCRUBBED, scrub_text, scrub_value
from workplace.identifiers import make_iin

JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJlLXNpZ25hdHVyZQ"


def test_secrets_in_log_lines_are_scrubbed_and_the_rest_kept():
    lines = {
        "signin user=alice password=hunter2-Қ ok": "signin user=alice password=[scrubbed] ok",
        'refresh token="abc123def456" expires=900': 'refresh token="[scrubbed]" expires=900',
        "GET https://bob:s3cret@gw.gov.kz/api/v1/me": "GET https://[scrubbed]@gw.gov.kz/api/v1/me",
        "Authorization: Bearer abcdefghijklmnop": f"Authorization: Bearer {SCRUBBED}",
        f"token {JWT} was refused": f"token {SCRUBBED} was refused",
        "api_key: sk-live-1234567890": "api_key: [scrubbed]",
        "sync pulled records=120 cursor=991": "sync pulled records=120 cursor=991",
    }
    for line, expected in lines.items():
        assert scrub_text(line) == expected, line


def test_a_valid_iin_is_masked_and_other_numbers_are_not():
    iin = next(i for i in (make_iin(dt.date(1990, 1, 1), "male", n) for n in range(100, 200))
               if i is not None)
    out = scrub_text(f"request applicant={iin} number=202611250001 ts=1795611149")
    assert iin not in out and f"{iin[:6]}*****{iin[11]}" in out
    assert "202611250001" in out  # a number that is no IIN stays readable


def test_settings_values_under_secret_names_are_scrubbed_at_any_depth():
    settings = {"shell": {"language": "kk", "theme": "dark"},
                "wp_assistant": {"endpoint": "https://ai.gov.kz/v1", "api_key": "sk-123",
                                 "history": [{"access_token": "t0k3n"}]},
                "accounts": [{"url": "https://u:p@gw/", "username": "alice"}]}
    out = scrub_value(settings)
    assert out["shell"] == {"language": "kk", "theme": "dark"}
    assert out["wp_assistant"]["api_key"] == SCRUBBED
    assert out["wp_assistant"]["endpoint"] == "https://ai.gov.kz/v1"
    assert out["wp_assistant"]["history"] == [{"access_token": SCRUBBED}]
    assert out["accounts"] == [{"url": f"https://{SCRUBBED}@gw/", "username": "alice"}]
