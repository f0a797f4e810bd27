"""The plain text of every page, for the archive's page table and its full-text index."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium


def page_texts(path: str | Path) -> list[str]:
    """One string per physical page, in order (pdfium's text layer: ~1,000 pages/s, so no second parse cost)."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        texts = []
        for page in pdf:
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range().replace("\r\n", "\n"))
            textpage.close()
            page.close()
        return texts
    finally:
        pdf.close()
