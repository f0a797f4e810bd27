"""Why a PDF cannot be extracted, as one clear line."""

from pathlib import Path


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
            kind = "HTML" if data.lstrip()[:15].lower().startswith((b"<!doctype", b"<html")) else "not a PDF"
            return cls(path, f"not a PDF (starts with {data[:8]!r}; looks like {kind})")
        if "password" in message.lower() or "security" in message.lower():
            return cls(path, "encrypted PDF: needs a user password")
        if "format" in message.lower() or "file" in message.lower():
            return cls(path, f"damaged or truncated PDF ({message.strip()})")
        return cls(path, f"cannot be opened as a PDF ({message.strip()})")


def _head(path: str | Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(1024)
    except OSError:
        return b""
