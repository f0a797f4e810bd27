"""The `minutebook` command: a thin wrapper over the library."""

from __future__ import annotations

import argparse
import json
import os
import sys

from .extractors.errors import UnreadablePDF


def _extract(args: argparse.Namespace) -> int:
    from .extractors.pipeline import extract_pdf

    try:
        extraction = extract_pdf(args.pdf, ocr=args.ocr)
    except UnreadablePDF as exc:
        print(f"minutebook: cannot extract {exc}", file=sys.stderr)
        return 2
    json.dump(extraction.to_json_dict(), sys.stdout, ensure_ascii=False, indent=1 if args.pretty else None)
    sys.stdout.write("\n")
    return 0


def _schema(args: argparse.Namespace) -> int:
    from .schemas import Extraction

    json.dump(Extraction.model_json_schema(by_alias=True), sys.stdout, indent=1)
    sys.stdout.write("\n")
    return 0


def _layout(args: argparse.Namespace) -> int:
    from .extractors.layout import Layout

    with Layout(args.pdf) as layout:
        for page in layout.pages:
            print(f"=== page {page.number}{' (blank)' if page.blank else ''}")
            for line in page.lines:
                print(f"{line.x0:5.0f} {line.top:5.0f} {line.size:4.1f}{'B' if line.bold else ' '} {line.text}")
    return 0


def _ingest(args: argparse.Namespace) -> int:
    from .flows.console import run_ingest
    from .flows.isolate import Limits

    report = run_ingest(args.paths, args.db, args.council, args.workers, args.dask_address,
                        ocr=args.ocr, limits=Limits(args.time_limit, args.memory_limit))
    for failure in report.failed:
        print(f"failed ({failure.stage}): {failure.path}: {failure.message}", file=sys.stderr)
    print(report.summary())
    return 1 if report.failed else 0


def _search(args: argparse.Namespace) -> int:
    from .archive import SEARCH_TYPES, open_archive, search
    from .archive.show import print_hits

    if not os.path.isfile(args.db):
        print(f"minutebook: no archive at {args.db} (run `minutebook ingest` first)", file=sys.stderr)
        return 2
    types = (args.type,) if args.type else SEARCH_TYPES
    hits = search(open_archive(args.db), args.phrase, types, args.council, args.since, args.limit)
    print_hits(hits, as_json=args.json)
    return 0 if hits else 1


def _serve(args: argparse.Namespace) -> int:
    from .archive.web.serve import serve

    return serve(args.db, args.port, args.pdf_dir)


def _watch(args: argparse.Namespace) -> int:
    from .flows.watch import remembered, run_once, serve
    from .sources.config import SourceError, from_options, parse_interval
    from .sources.fetch import FetchSettings

    try:
        sources = from_options(args.moderngov, args.committee, args.folder, args.config, args.council)
        sources = sources or remembered(args.db)
        every = None if args.once else parse_interval(args.every)
        if not sources:
            raise SourceError("nothing to watch: give --moderngov, --folder or --config")
        settings = FetchSettings(timeout=args.timeout, delay=args.delay)
        if every is not None:
            serve(sources, args.db, every, args.store, settings, args.workers > 0)
            return 0
    except SourceError as exc:
        print(f"minutebook: {exc}", file=sys.stderr)
        return 2
    report = run_once(sources, args.db, args.store, settings, args.workers > 0)
    for failure in report.failed:
        print(f"failed ({failure.stage}): {failure.path}: {failure.message}", file=sys.stderr)
    for source in report.sources:
        for problem in source.problems:
            print(f"problem: {source.location}: {problem}", file=sys.stderr)
    print(report.summary())
    return 0 if report.ok else 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="minutebook", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="print the records of one PDF as JSON (FORMAT.md)")
    p.add_argument("pdf")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    p.add_argument("--ocr", action="store_true",
                   help="OCR PDFs without a usable text layer (scans; needs OCRmyPDF and Tesseract)")
    p.set_defaults(func=_extract)
    p = sub.add_parser("schema", help="print the JSON Schema of the extraction output")
    p.set_defaults(func=_schema)
    p = sub.add_parser("layout", help="print a PDF's lines with position, size and weight (for debugging)")
    p.add_argument("pdf")
    p.set_defaults(func=_layout)
    p = sub.add_parser("ingest", help="archive PDFs (files, folders, globs) into a SQLite file")
    p.add_argument("paths", nargs="+", metavar="PATH_OR_GLOB")
    p.add_argument("--db", required=True, help="the archive's SQLite file (created if absent)")
    p.add_argument("--council", help="council the documents belong to")
    p.add_argument("--ocr", action="store_true",
                   help="OCR PDFs without a usable text layer (scans; needs OCRmyPDF and Tesseract)")
    p.add_argument("--time-limit", type=float, default=600, metavar="SECONDS",
                   help="stop a document's extraction after this long (default 600)")
    p.add_argument("--memory-limit", type=int, default=3072, metavar="MB",
                   help="memory cap of the extraction worker (default 3072)")
    p.add_argument("--workers", type=int, default=2, help="extraction processes of a local Dask cluster (default 2)")
    p.add_argument("--dask-address", metavar="tcp://HOST:PORT", help="extract on this running Dask cluster instead")
    p.set_defaults(func=_ingest)
    p = sub.add_parser("search", help="full-text search of an archive: ranked hits with their PDF page")
    p.add_argument("phrase")
    p.add_argument("--db", required=True)
    p.add_argument("--type", choices=["resolutions", "minutes", "pages"], help="search one kind (default: all)")
    p.add_argument("--council")
    p.add_argument("--since", help="meetings on or after this date (YYYY-MM-DD)")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true", help="print hits as JSON lines")
    p.set_defaults(func=_search)
    p = sub.add_parser("serve", help="browse an archive in Datasette on 127.0.0.1 (read-only)")
    p.add_argument("--db", required=True)
    p.add_argument("--port", type=int, default=8001)
    p.add_argument("--pdf-dir", help="folder of the archived PDFs, served so records link to their page")
    p.set_defaults(func=_serve)
    p = sub.add_parser("watch", help="archive new and changed PDFs of ModernGov sites and folders, on a schedule")
    p.add_argument("--moderngov", action="append", default=[], metavar="URL", help="a ModernGov site's base URL")
    p.add_argument("--committee", action="append", default=[], metavar="NAME_OR_ID",
                   help="only these committees of the --moderngov sites (repeatable)")
    p.add_argument("--folder", action="append", default=[], metavar="DIR", help="a folder of PDFs")
    p.add_argument("--config", help="a TOML file of sources ([[moderngov]], [[folder]])")
    p.add_argument("--council", help="council the command line's sources belong to")
    p.add_argument("--db", required=True, help="the archive (with no sources given, watch the ones it remembers)")
    p.add_argument("--store", help="folder of downloaded PDFs (default: next to the archive)")
    p.add_argument("--every", default="6h", help="serve a Prefect deployment run this often (default 6h)")
    p.add_argument("--once", action="store_true", help="run one pass and exit (for cron)")
    p.add_argument("--delay", type=float, default=1.0, help="seconds between requests to one host (default 1)")
    p.add_argument("--timeout", type=float, default=30.0, help="HTTP timeout in seconds (default 30)")
    p.add_argument("--workers", type=int, default=2, choices=[0, 2],
                   help="extraction processes: 2 (default) or 0 to extract in the pass's own process")
    p.set_defaults(func=_watch)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
