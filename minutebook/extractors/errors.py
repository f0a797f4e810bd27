"""Why a PDF cannot be extracted, as one clear line."""

from pathlib import Path

# What a file that is not a PDF usually is, by its first bytes.
_MAGIC: list[tuple[bytes, str]] = [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE2 document (old Word/Excel)"),
    (b"PK\x03\x04", "a ZIP file (Word .docx?)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"<?xml", "an XML document"),
    (b"\x1f\x8b", "a gzip file"),
]
EOF_WINDOW = 64 * 1024  # a complete PDF has %%EOF within its last bytes (some writers pad after it)


class UnreadablePDF(Exception):
    """The input cannot give records: not a PDF, damaged, encrypted, or without readable text."""

    def __init__(self, path: str | Path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{Path(path).name}: {reason}")

    @classmethod
    def from_pdfium(cls, path: str | Path, exc: Exception) -> "UnreadablePDF":
        """Translate pdfium's load errors into what a user can act on."""
        message = str(exc)
        data = _head(path)
        if not data:
            return cls(path, "empty file")
        if not data.lstrip().startswith(b"%PDF"):
            return cls(path, f"not a PDF (looks like {looks_like(data)})")  # never the file's bytes
        if "password" in message.lower() or "security" in message.lower():
            return cls(path, "encrypted PDF: needs a user password")
        if "format" in message.lower() or "file" in message.lower():
            return cls(path, f"damaged or truncated PDF ({message.strip()})")
        return cls(path, f"cannot be opened as a PDF ({message.strip()})")


class NoTextLayer(UnreadablePDF):
    """The PDF opens but has no usable text: a scan, or a text layer in a broken font encoding (OCR can help)."""


class OCRUnavailable(UnreadablePDF):
    """OCR was asked for but OCRmyPDF or Tesseract is not installed, or OCR failed."""


def looks_like(data: bytes) -> str:
    """A guess at what a non-PDF file is, from its first bytes (a description, never the bytes themselves)."""
    start = data.lstrip()
    if start[:15].lower().startswith((b"<!doctype", b"<html")):
        return "an HTML page"
    for magic, kind in _MAGIC:
        if start.startswith(magic):
            return kind
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:  # a multibyte character cut at the end of the window is still text
        text = data[: exc.start].decode("utf-8") if exc.start > len(data) - 4 else ""
    if text and all(c.isprintable() or c in "\t\r\n\f" for c in text):
        return "a text file"
    return "an unknown binary format"


def check_complete(path: str | Path) -> None:
    """Raise UnreadablePDF for a PDF cut short (an interrupted download): no %%EOF near its end."""
    with open(path, "rb") as fh:
        fh.seek(0, 2)
        fh.seek(max(0, fh.tell() - EOF_WINDOW))
        tail = fh.read()
    if b"%%EOF" not in tail:
        raise UnreadablePDF(path, "truncated PDF (no %%EOF at the end: an incomplete download?)")


def _head(path: str | Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(1024)
    except OSError:
        return b""
