"""The demo's documents have the shape the wp_documents plugin writes."""

from __future__ import annotations

import itertools

from wp_documents.domain import route as routes
from wp_documents.domain.model import STATUSES, inbox_words

from workplace.server import demo


def test_demo_documents_match_the_plugin():
    docs = [r for r in itertools.islice(demo.records(documents=3000, requests=0), 3000)]
    assert {r.data["status"] for r in docs} <= set(STATUSES)
    with_resolution = 0
    for r in docs:
        d = r.data
        assert d["inbox"] == inbox_words(d), d
        if d["route"]:
            assert routes.check(d["route"]) == []
        for res in d["resolutions"]:
            with_resolution += 1
            assert res["executors"][0]["id"] == d["executor"]
            assert res["deadline"] == d["deadline"]
    assert with_resolution > 1000
