"""OCR for PDFs without a usable text layer: OCRmyPDF driving Tesseract writes a copy with a new text layer.

Every page is rasterised and recognised (`force_ocr`): a garbage text layer (a broken font encoding) is
replaced, not kept beside the OCR text. Records read from the copy carry `ocr = 1`.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

from .errors import OCRUnavailable

INSTALL = "install Tesseract and Ghostscript (apt-get install tesseract-ocr tesseract-ocr-eng ghostscript)"


def ocr_available() -> bool:
    """Whether what `ocr_copy` needs is installed: OCRmyPDF, Tesseract and Ghostscript."""
    return importlib.util.find_spec("ocrmypdf") is not None and all(map(shutil.which, ("tesseract", "gs")))


def ocr_copy(path: Path, output: Path, language: str = "eng") -> Path:
    """Write an OCR'd copy of `path` to `output`; raise OCRUnavailable when OCR is missing or fails."""
    try:
        import ocrmypdf
        from ocrmypdf.exceptions import ExitCodeException, MissingDependencyError
    except ImportError as exc:
        raise OCRUnavailable(path, f"--ocr needs OCRmyPDF (pip install ocrmypdf) and to {INSTALL}") from exc
    try:
        ocrmypdf.ocr(path, output, force_ocr=True, language=[language], output_type="pdf", optimize=0,
                     progress_bar=False, jobs=1)
    except MissingDependencyError as exc:
        raise OCRUnavailable(path, f"--ocr needs Tesseract: {INSTALL} ({_first_line(exc)})") from exc
    except (ExitCodeException, OSError, RuntimeError) as exc:
        raise OCRUnavailable(path, f"OCR failed: {type(exc).__name__}: {_first_line(exc)}") from exc
    return output


def _first_line(exc: Exception) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[0][:200] if lines else type(exc).__name__
