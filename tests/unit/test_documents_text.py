"""Text of attachments for the search: plain text, DOCX, PDF; damaged files give none."""

from __future__ import annotations

import io
import zipfile

from wp_documents.textextract import LIMIT, extract_text


def _docx(paragraphs: list[str]) -> bytes:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml",
                   f'<?xml version="1.0"?><w:document xmlns:w="{w}"><w:body>{body}'
                   "</w:body></w:document>")
    return buf.getvalue()


def _pdf(text: str) -> bytes:
    """A one-page PDF showing ``text`` (ASCII) in Helvetica, with a correct xref."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def test_plain_text_in_utf8_and_windows_cyrillic():
    assert extract_text("Жол жөндеу\nтуралы".encode(), "a.txt", "text/plain") == \
        "Жол жөндеу туралы"
    assert extract_text("Ремонт дорог".encode("cp1251"), "b.txt") == "Ремонт дорог"


def test_docx_and_pdf():
    assert extract_text(_docx(["Жылыту маусымы", "Отопительный сезон"]), "c.docx") == \
        "Жылыту маусымы Отопительный сезон"
    assert "Road repair plan 2026" in extract_text(_pdf("Road repair plan 2026"), "d.pdf",
                                                   "application/pdf")


def test_damaged_or_unknown_files_have_no_text_and_long_text_is_cut():
    assert extract_text(b"%PDF-1.4 garbage", "e.pdf") == ""
    assert extract_text(b"PK\x03\x04 not a zip", "f.docx") == ""
    assert extract_text(b"\x89PNG....", "g.png", "image/png") == ""
    assert len(extract_text(b"word " * LIMIT, "h.txt")) == LIMIT
