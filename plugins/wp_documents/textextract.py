"""Text of attached files for the search: plain text, PDF (pypdf) and DOCX.

Always from a copy of the bytes — the attached file itself is never touched (a
signed PDF stays byte for byte what was signed). Blocking work: run it through
``ctx.run_blocking``, never on the GUI thread. Nothing here imports Qt.
"""

from __future__ import annotations

import io
import logging
import zipfile
from typing import Final
from xml.etree import ElementTree as ET

#: At most this much text per file goes into the search index.
LIMIT: Final = 100_000
_W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_log = logging.getLogger("wp_documents.textextract")


def extract_text(data: bytes, name: str, mime: str = "") -> str:
    """The file's text (``""`` when it has none or cannot be read), at most LIMIT."""
    lower = name.lower()
    try:
        if mime == "application/pdf" or lower.endswith(".pdf"):
            text = _pdf(data)
        elif lower.endswith(".docx") or "wordprocessingml" in mime:
            text = _docx(data)
        elif mime.startswith("text/") or lower.endswith((".txt", ".csv", ".md", ".xml")):
            text = _plain(data)
        else:
            return ""
    except Exception as exc:
        _log.warning("no text from %s: %s", name, exc)
        return ""
    return " ".join(text.split())[:LIMIT]


def _plain(data: bytes) -> str:
    for encoding in ("utf-8", "cp1251"):  # Windows Cyrillic is still common in offices
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", "replace")


def _pdf(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    parts: list[str] = []
    size = 0
    for page in reader.pages:
        text = page.extract_text() or ""
        parts.append(text)
        size += len(text)
        if size > LIMIT:
            break
    return "\n".join(parts)


def _docx(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if archive.getinfo("word/document.xml").file_size > 64 * 2**20:
            raise ValueError("the document's text part is too large")  # a zip bomb
        xml = archive.read("word/document.xml")
    root = ET.fromstring(xml)
    paragraphs = []
    for p in root.iter(f"{_W}p"):
        paragraphs.append("".join(t.text or "" for t in p.iter(f"{_W}t")))
    return "\n".join(paragraphs)
