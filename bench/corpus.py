"""The PDFs the bench runs on (the shared corpus), copies of them under other names, and a long pack made of them."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MINUTEBOOK_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"
WORK = ROOT / "bench" / "work"


def corpus_pdfs(synthetic: bool = False) -> list[Path]:
    """The real and seed PDFs (the speed corpus), with the synthetic dev packs too when asked."""
    folders = ["real", "seed"] + (["synthetic/dev"] if synthetic else [])
    return [pdf for folder in folders for pdf in sorted((CORPUS / folder).glob("*.pdf"))]


def page_count(path: Path) -> int:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def copies(pdfs: list[Path], times: int, folder: Path) -> list[Path]:
    """`times` copies of every PDF in `folder`, named k-name.pdf: distinct documents to the archive (real copies:
    discovery resolves symlinks, so links would all be one document)."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for k in range(times):
        for pdf in pdfs:
            copy = folder / f"{k:02d}-{pdf.name}"
            if not copy.exists():
                shutil.copyfile(pdf, copy)
            out.append(copy)
    return out


def long_pack(pdfs: list[Path], pages: int, path: Path) -> Path:
    """A PDF of `pages` pages made by appending the corpus PDFs over and over (built once)."""
    if path.exists() and page_count(path) == pages:
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    out = pdfium.PdfDocument.new()
    try:
        while len(out) < pages:
            for pdf in pdfs:
                source = pdfium.PdfDocument(str(pdf))
                take = min(len(source), pages - len(out))
                out.import_pages(source, list(range(take)))
                source.close()
                if len(out) >= pages:
                    break
        out.save(str(path))
    finally:
        out.close()
    return path
