"""Application logging: rotating files in the profile's log directory, and stderr.

Lines read ``<time> <LEVEL> <logger>: <event> key=value …`` so that admins can
grep them and end-to-end tests can wait for an event such as ``ready``.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def kv(event: str, **fields: object) -> str:
    """Format a structured log message: ``kv("ready", pages=3)`` → ``ready pages=3``."""
    parts = [event]
    for key, value in fields.items():
        text = str(value)
        if not text or any(c.isspace() for c in text) or '"' in text:
            text = '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
        parts.append(f"{key}={text}")
    return " ".join(parts)


def setup_logging(log_dir: Path | None, level: str = "INFO") -> None:
    """Send ``workplace.*`` logs to stderr and, if given, a rotating file in ``log_dir``."""
    root = logging.getLogger("workplace")
    root.setLevel(level.upper())
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    formatter = logging.Formatter(LOG_FORMAT)
    stream = logging.StreamHandler(sys.stderr)
    stream.setFormatter(formatter)
    root.addHandler(stream)
    if log_dir is not None:
        log_dir.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            log_dir / "workplace.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
        file_handler.setFormatter(formatter)
        root.addHandler(file_handler)
    root.propagate = False
