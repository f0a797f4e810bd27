"""Serve an archive with Datasette on 127.0.0.1: read-only, our metadata, the PDF folder's PDFs (the plugin)."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from .. import topics
from ..opening import needs_immutable, open_readonly, quick_check
from ..search import OLDER
from .metadata import build_metadata

SETTINGS = {"sql_time_limit_ms": 5000, "facet_time_limit_ms": 1000, "default_page_size": 50}
"""Broad searches on a slow machine exceed Datasette's default 1 s limit (stack notes)."""


def datasette_args(db_path: str, metadata_path: str, port: int, immutable: bool = False) -> list[str]:
    """`datasette serve` of the archive: read-only (`mode=ro`), or immutable on a read-only medium."""
    args = ["serve", *(["-i", db_path] if immutable else [db_path]), "--metadata", metadata_path,
            "--host", "127.0.0.1", "--port", str(port)]
    for name, value in SETTINGS.items():
        args += ["--setting", name, str(value)]
    return args


def serve(db_path: str, port: int = 8001, pdf_dir: str | None = None) -> int:
    """Run Datasette until interrupted. Only a sound minutebook archive is served (ArchiveError otherwise), and
    read-only, so an ingest can write meanwhile."""
    from datasette.cli import cli

    db = open_readonly(db_path)
    try:
        quick_check(db, db_path)
        if topics.TABLE not in db.table_names():
            print(f"minutebook: note: {OLDER}; until then the decisions view cannot be searched", file=sys.stderr)
    finally:
        db.close()
    if pdf_dir and not Path(pdf_dir).is_dir():
        print(f"minutebook: --pdf-dir {pdf_dir} is not a folder", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="minutebook-") as tmp:
        metadata_path = Path(tmp) / "metadata.json"
        metadata_path.write_text(json.dumps(build_metadata(db_path, pdf_dir), indent=1))
        cli.main(datasette_args(db_path, str(metadata_path), port, needs_immutable(db_path)), prog_name="datasette",
                 standalone_mode=False)
    return 0
