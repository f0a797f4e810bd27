"""Peak memory of extracting one long PDF, in a fresh child process that reports its own peak."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

_CHILD = """import resource, sys
from minutebook.extractors.pipeline import extract_document
extracted = extract_document(sys.argv[1])
print(extracted.extraction.document.pages, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def peak_rss_mb(pdf: Path) -> tuple[float, int, float]:
    """(peak resident MB, pages, wall seconds) of extracting `pdf` in a fresh Python process."""
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", _CHILD, str(pdf)], check=True, capture_output=True, text=True)
    pages, kb = out.stdout.split()
    return int(kb) / 1024, int(pages), time.perf_counter() - started
