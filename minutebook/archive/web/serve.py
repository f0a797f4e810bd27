"""Serve an archive with Datasette on 127.0.0.1: read-only, our metadata, the PDF folder as static files."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from .metadata import PDF_MOUNT, build_metadata

SETTINGS = {"sql_time_limit_ms": 5000, "facet_time_limit_ms": 1000, "default_page_size": 50}
"""Broad searches on a slow machine exceed Datasette's default 1 s limit (stack notes)."""


def datasette_args(db_path: str, metadata_path: str, port: int, pdf_dir: str | None) -> list[str]:
    args = ["serve", db_path, "--metadata", metadata_path, "--host", "127.0.0.1", "--port", str(port)]
    for name, value in SETTINGS.items():
        args += ["--setting", name, str(value)]
    if pdf_dir:
        args += ["--static", f"{PDF_MOUNT}:{Path(pdf_dir).resolve()}"]
    return args


def serve(db_path: str, port: int = 8001, pdf_dir: str | None = None) -> int:
    """Run Datasette until interrupted. Datasette opens the database read-only, so an ingest can write meanwhile."""
    from datasette.cli import cli

    if not Path(db_path).is_file():
        print(f"minutebook: no archive at {db_path} (run `minutebook ingest` first)", file=sys.stderr)
        return 2
    if pdf_dir and not Path(pdf_dir).is_dir():
        print(f"minutebook: --pdf-dir {pdf_dir} is not a folder", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="minutebook-") as tmp:
        metadata_path = Path(tmp) / "metadata.json"
        metadata_path.write_text(json.dumps(build_metadata(db_path, pdf_dir), indent=1))
        cli.main(datasette_args(db_path, str(metadata_path), port, pdf_dir), prog_name="datasette",
                 standalone_mode=False)
    return 0
