"""A fake OpenAI-compatible model server on loopback that misbehaves on request.

It speaks HTTP/1.1 with chunked server-sent events, records the raw bytes of every
request it receives (so a test can check what left the computer), and answers
according to ``mode``: ``ok``, ``slow`` (a pause before later tokens), ``rate`` (429
with Retry-After), ``error`` (500), ``cut`` (the connection closed mid-stream),
``nodone`` (the stream ends cleanly but without ``[DONE]``), ``garbage`` (a chunk
that is not JSON), ``echo`` (streams back the last user message).
"""

from __future__ import annotations

import json
import socket
import threading
import time
from dataclasses import dataclass, field


@dataclass
class FakeModel:
    mode: str = "ok"
    tokens: list[str] = field(default_factory=lambda: ["Hello", ", ", "world", "."])
    delay: float = 0.0  # before every token after the first (mode slow)
    requests: list[bytes] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.05)  # so that close() is noticed at once
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        self.sock.close()
        self._thread.join(timeout=5)

    @property
    def bodies(self) -> list[dict]:
        return [json.loads(r.split(b"\r\n\r\n", 1)[1]) for r in self.requests]

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.settimeout(None)
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _read_request(self, conn: socket.socket) -> bytes:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                return data
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        while len(body) < length:
            chunk = conn.recv(65536)
            if not chunk:
                break
            body += chunk
        return head + b"\r\n\r\n" + body

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            try:
                raw = self._read_request(conn)
                self.requests.append(raw)
                self._answer(conn, raw)
            except OSError:
                pass

    def _answer(self, conn: socket.socket, raw: bytes) -> None:
        if self.mode == "rate":
            body = b'{"error": {"message": "slow down", "type": "rate_limit"}}'
            conn.sendall(b"HTTP/1.1 429 Too Many Requests\r\nRetry-After: 7\r\n"
                         b"Content-Type: application/json\r\nContent-Length: "
                         + str(len(body)).encode() + b"\r\nConnection: close\r\n\r\n" + body)
            return
        if self.mode == "error":
            body = b'{"error": {"message": "upstream exploded"}}'
            conn.sendall(b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: "
                         b"application/json\r\nContent-Length: " + str(len(body)).encode()
                         + b"\r\nConnection: close\r\n\r\n" + body)
            return
        request = json.loads(raw.split(b"\r\n\r\n", 1)[1])
        tokens = list(self.tokens)
        if self.mode == "echo":
            last = [m for m in request["messages"] if m["role"] == "user"][-1]["content"]
            tokens = [last[i:i + 7] for i in range(0, len(last), 7)]
        if not request.get("stream"):
            body = json.dumps({"id": "x", "object": "chat.completion", "created": 0,
                               "model": request.get("model", "fake"),
                               "choices": [{"index": 0, "finish_reason": "stop",
                                            "message": {"role": "assistant",
                                                        "content": "".join(tokens)}}]})
            data = body.encode()
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                         b"Content-Length: " + str(len(data)).encode()
                         + b"\r\nConnection: close\r\n\r\n" + data)
            return
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                     b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n")

        def chunk(payload: str) -> None:
            data = payload.encode()
            conn.sendall(f"{len(data):x}\r\n".encode() + data + b"\r\n")

        for i, token in enumerate(tokens):
            if i and self.mode == "slow":
                time.sleep(self.delay)
            event = {"id": "x", "object": "chat.completion.chunk", "created": 0,
                     "model": request.get("model", "fake"),
                     "choices": [{"index": 0, "delta": {"content": token},
                                  "finish_reason": None}]}
            chunk(f"data: {json.dumps(event)}\n\n")
            if self.mode == "cut" and i == 1:
                conn.sendall(b"40\r\ndata: {\"choi")  # half a chunk, then the line drops
                conn.shutdown(socket.SHUT_RDWR)
                return
            if self.mode == "garbage" and i == 1:
                chunk("data: {not json\n\n")
        if self.mode != "nodone":
            final = {"id": "x", "object": "chat.completion.chunk", "created": 0,
                     "model": "fake", "choices": [{"index": 0, "delta": {},
                                                   "finish_reason": "stop"}]}
            chunk(f"data: {json.dumps(final)}\n\n")
            chunk("data: [DONE]\n\n")
        conn.sendall(b"0\r\n\r\n")
