"""Start the gateway as a child process on 127.0.0.1, for work on this computer only.

The child gets a free port and prints it, with a one-time sign-in code, on its
standard output — which only this process can read. It stops when its standard input
closes, so it goes with the app even if the app is killed.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from workplace.logs import kv

_log = logging.getLogger("workplace.net.embedded")
LOCAL_USER = "local"


class EmbeddedGatewayError(RuntimeError):
    """The embedded gateway did not start; the message says why, for the log and the user."""


@dataclass
class EmbeddedGateway:
    data_dir: Path
    demo: bool = False
    process: subprocess.Popen[str] | None = None
    url: str = ""
    login_code: str = ""
    output: list[str] = field(default_factory=list)
    _reader: threading.Thread | None = None

    def command(self) -> list[str]:
        cmd = [sys.executable, "-m", "workplace.server.cli",
               "--db", str(self.data_dir / "gateway.db"), "--data-dir", str(self.data_dir),
               "--host", "127.0.0.1", "--port", "0",
               "--local-user", "demo" if self.demo else LOCAL_USER,
               "--exit-with-stdin", "--log-level", "WARNING"]
        if self.demo:
            cmd.append("--seed-demo")
        return cmd

    def start(self, timeout: float = 60.0) -> None:
        """Start the child and wait until it answers (blocking: call it off the GUI thread)."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        started = time.monotonic()
        with open(self.data_dir / "gateway.log", "a", encoding="utf-8") as log:
            # The child keeps its own copy of the log's descriptor.
            self.process = subprocess.Popen(
                self.command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log,
                text=True, encoding="utf-8")
        assert self.process.stdout is not None
        ready = threading.Event()

        def read() -> None:
            assert self.process is not None and self.process.stdout is not None
            for raw in self.process.stdout:
                line = raw.strip()
                if line.startswith("listening url="):
                    self.url = line.split("=", 1)[1]
                elif line.startswith("local_login_code="):
                    self.login_code = line.split("=", 1)[1]
                    ready.set()
                elif line.startswith("demo users' password"):
                    continue  # the demo password is not needed here and not kept
                else:
                    self.output.append(line)

        self._reader = threading.Thread(target=read, name="embedded-gateway-out", daemon=True)
        self._reader.start()
        if not ready.wait(timeout):
            self.stop()
            raise EmbeddedGatewayError(
                f"the local gateway did not start within {timeout:.0f} s; see "
                f"{self.data_dir / 'gateway.log'}")
        with httpx.Client(timeout=2) as client:
            while True:
                if self.process.poll() is not None:
                    raise EmbeddedGatewayError(
                        f"the local gateway stopped (exit {self.process.returncode}); see "
                        f"{self.data_dir / 'gateway.log'}")
                try:
                    if client.get(self.url + "/api/v1/health").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() - started > timeout:
                    self.stop()
                    raise EmbeddedGatewayError("the local gateway does not answer")
                time.sleep(0.05)
        _log.info(kv("embedded_gateway", url=self.url, demo=self.demo,
                     start_ms=round((time.monotonic() - started) * 1000)))

    def stop(self, timeout: float = 10.0) -> None:
        """Ask the child to stop (close its stdin); kill it if it does not in time."""
        process, self.process = self.process, None
        if process is None:
            return
        try:
            if process.stdin is not None:
                process.stdin.close()
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if self._reader is not None:
            self._reader.join(timeout)  # it ends at the child's end of output
        if process.stdout is not None:
            process.stdout.close()
        _log.info(kv("embedded_gateway_stopped", code=process.returncode))
