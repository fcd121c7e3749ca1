"""Server-sent events poke listening clients when their collections change."""

from __future__ import annotations

import threading

from tests.gateway.support import NOTES, mutation, new_id, push_one


def test_a_mutation_pokes_the_event_stream(gateway):
    listener = gateway.client("bob")
    writer = gateway.client("alice")
    lines: list[str] = []
    got_change = threading.Event()
    connected = threading.Event()

    def listen() -> None:
        with listener.stream("GET", "/sync/events", timeout=30) as response:
            assert response.headers["content-type"].startswith("text/event-stream")
            for line in response.iter_lines():
                lines.append(line)
                if line.startswith(": connected"):
                    connected.set()
                if line.startswith("data:") and NOTES in line:
                    got_change.set()
                    return

    thread = threading.Thread(target=listen, daemon=True)
    thread.start()
    assert connected.wait(10)
    result = push_one(writer, mutation("create", id=new_id(), title="Poke"))
    assert result["status"] == "applied"
    assert got_change.wait(10), lines
    thread.join(10)
    assert "event: changed" in lines
    assert any('"collections": ["notes_plugin.notes"]' in line for line in lines)


def test_the_event_stream_needs_a_session(gateway):
    anonymous = gateway.client()
    response = anonymous.get("/sync/events")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_signed_in"
