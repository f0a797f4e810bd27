"""The `minutebook` command: a thin wrapper over the library."""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from functools import cache

from .extractors.errors import UnreadablePDF

EXAMPLES = """examples:
  minutebook extract pack.pdf --pretty
  minutebook ingest 'packs/**/*.pdf' --db archive.db
  minutebook ingest --council "Kent County Council" kent/ --council "Bristol City Council" bristol/ --db archive.db
  minutebook search "school transport" --db archive.db --since 2024-01-01
  minutebook serve --db archive.db --pdf-dir packs/
  minutebook watch --moderngov https://democracy.kent.gov.uk/ --committee Cabinet --db archive.db --once
  minutebook remove packs/old-draft.pdf --db archive.db
  minutebook alerts add "parking levy" --council "Bristol City Council" --db archive.db
  minutebook alerts run --db archive.db --smtp localhost:25 --to newsdesk@example.org

exit codes: 0 done; 1 new failures (ingest, watch), no hits (search) or a source not archived (remove);
  2 unusable input or options"""


class Usage(Exception):
    """Input or options the command cannot use: one line, exit code 2."""


def _extract(args: argparse.Namespace) -> int:
    from .pipeline import Limits
    from .pipeline.limited import limited_child, run_limited

    memory_mb = limited_child()
    if memory_mb is None:  # here: the extraction runs in a child under the limits
        argv = ["extract", args.pdf, *(["--pretty"] if args.pretty else []),
                *({True: ["--ocr"], False: ["--no-ocr"]}.get(args.ocr, []))]
        code, why = run_limited(argv, Limits(args.time_limit, args.memory_limit))
        if why:
            raise Usage(f"cannot extract {args.pdf}: {why}")
        return code
    from .extractors.pipeline import extract_document

    try:
        extracted = extract_document(args.pdf, ocr=args.ocr)
    except UnreadablePDF as exc:
        raise Usage(f"cannot extract {exc}") from exc
    except MemoryError:
        raise Usage(f"cannot extract {args.pdf}: ran out of memory (over the {memory_mb} MB limit; "
                    "--memory-limit sets it)") from None
    json.dump(extracted.extraction.to_json_dict(), sys.stdout, ensure_ascii=False, indent=1 if args.pretty else None)
    sys.stdout.write("\n")
    for note in extracted.notes:
        print(f"minutebook: note: {args.pdf}: {note}", file=sys.stderr)
    return 0


def _schema(args: argparse.Namespace) -> int:
    from .schemas import Extraction

    json.dump(Extraction.model_json_schema(by_alias=True), sys.stdout, indent=1)
    sys.stdout.write("\n")
    return 0


def _layout(args: argparse.Namespace) -> int:
    from .extractors.layout import Layout

    try:
        with Layout(args.pdf) as layout:
            for page in layout.pages:
                print(f"=== page {page.number}{' (blank)' if page.blank else ''}")
                for line in page.lines:
                    print(f"{line.x0:5.0f} {line.top:5.0f} {line.size:4.1f}{'B' if line.bold else ' '} {line.text}")
    except UnreadablePDF as exc:
        raise Usage(f"cannot read {exc}") from exc
    return 0


def _ingest(args: argparse.Namespace) -> int:
    from .archive import open_archive
    from .flows.console import run_ingest
    from .pipeline import Limits
    from .sources.discover import expand_labelled, with_councils

    patterns, council = with_councils(args.paths, args.council)
    if not patterns:
        raise Usage("no PDF to ingest: give files, folders or globs")
    missing = expand_labelled(patterns, args.follow_links)[1]
    if missing:
        raise Usage(f"no such file, or no PDF in it: {', '.join(missing)} (nothing was archived)")
    open_archive(args.db, check=True).close()  # a foreign or damaged file is refused before any work
    report = run_ingest(patterns, args.db, council, args.workers, args.dask_address, ocr=args.ocr,
                        limits=Limits(args.time_limit, args.memory_limit), retry_failed=args.retry_failed,
                        verbose=args.verbose, follow_links=args.follow_links)
    for still in report.still_failing:
        print(still.line(), file=sys.stderr)
    for failure in report.failed:
        print(failure.line(), file=sys.stderr)
    print(report.summary())
    return 1 if report.failed else 0


def _search(args: argparse.Namespace) -> int:
    from .archive import SEARCH_TYPES, open_readonly, search
    from .archive.search import QueryError
    from .archive.show import print_hits, printable

    types = (args.type,) if args.type else SEARCH_TYPES
    try:
        hits = search(open_readonly(args.db), args.phrase, types, args.council, args.since, args.limit)
    except QueryError as exc:
        raise Usage(printable(str(exc))) from None
    print_hits(hits, as_json=args.json)
    return 0 if hits else 1


def _remove(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .archive import open_archive
    from .archive.load import remove_document

    if not Path(args.db).is_file():
        raise Usage(f"no archive at {args.db}")
    db = open_archive(args.db, check=True)
    missing = [source for source in args.sources
               if not remove_document(db, source) and not remove_document(db, str(Path(source).resolve()))]
    db.close()
    for source in args.sources:
        print(f"{'not in the archive' if source in missing else 'removed'}: {source}")
    return 1 if missing else 0


def _alerts(args: argparse.Namespace) -> int:
    import smtplib
    from pathlib import Path

    from .archive import alerts, open_archive
    from .archive.load import now
    from .archive.search import QueryError
    from .archive.show import json_line, printable

    if not Path(args.db).is_file():
        raise Usage(f"no archive at {args.db}")
    if args.alerts_command == "run" and bool(args.smtp) != bool(args.to):
        raise Usage("--smtp HOST:PORT and --to ADDRESS go together")
    db = open_archive(args.db, check=True)
    try:
        if args.alerts_command == "add":
            alert = alerts.add(db, args.phrase, args.council, now())
            print(f'alert {alert.id}: "{printable(alert.phrase)}"'
                  + (f" ({printable(alert.council)})" if alert.council else ""))
        elif args.alerts_command == "list":
            for alert in alerts.alerts(db):
                where = f" ({printable(alert.council)})" if alert.council else ""
                print(f'{alert.id}\t"{printable(alert.phrase)}"{where}\tadded {alert.created_at}\t'
                      f"last run {alert.last_run_at or 'never'}\t{alert.seen} given")
        elif args.alerts_command == "remove":
            if not alerts.remove(db, args.id):
                print(f"no alert {args.id}", file=sys.stderr)
                return 1
            print(f"removed alert {args.id}")
        else:
            results = alerts.run(db)
            message = args.smtp and alerts.email(results, args.sender, args.to)
            if message:
                try:
                    alerts.send(message, args.smtp)
                except (OSError, smtplib.SMTPException) as exc:
                    raise Usage(f"cannot send the e-mail through {args.smtp} ({printable(str(exc))}); "
                                "nothing was marked as given") from None
            if args.json:
                sys.stdout.write(json_line([r.to_json_dict() for r in results]) + "\n")
            else:
                print("\n".join(alerts.text_lines(results)) or "no alerts (add one: minutebook alerts add PHRASE)")
            sys.stdout.flush()
            alerts.mark_given(db, results, now())
    except QueryError as exc:
        raise Usage(printable(str(exc))) from None
    finally:
        db.close()
    return 0


def smtp_server(text: str) -> str:
    """An argparse type: HOST:PORT."""
    host, _, port = text.rpartition(":")
    if not host or not port.isdigit():
        raise argparse.ArgumentTypeError(f"not HOST:PORT: {text!r}")
    return text


def _check(args: argparse.Namespace) -> int:
    from .archive.opening import check

    print(check(args.db))
    return 0


def _serve(args: argparse.Namespace) -> int:
    from .archive.web.serve import serve

    return serve(args.db, args.port, args.pdf_dir)


def _watch(args: argparse.Namespace) -> int:
    from .archive.opening import inspect
    from .flows.console import quiet_prefect, start_worker

    inspect(args.db)  # a file that is not an archive is refused at once, before a worker starts or Prefect loads
    quiet_prefect(args.verbose)  # before Prefect is imported, which reads its logging settings once
    if args.once:
        start_worker()
    from .archive import open_archive
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
            serve(sources, args.db, every, args.store, settings, args.workers)
            return 0
    except SourceError as exc:
        raise Usage(str(exc)) from exc
    open_archive(args.db, check=True).close()  # a foreign or damaged file is refused before any work
    report = run_once(sources, args.db, args.store, settings, args.workers, args.retry_failed)
    for still in report.still_failing:
        print(still.line(), file=sys.stderr)
    for failure in report.failed:
        print(failure.line(), file=sys.stderr)
    for source in report.sources:
        for problem in source.problems:
            print(f"problem: {source.location}: {problem}", file=sys.stderr)
    print(report.summary())
    return 0 if report.ok else 1


def _prefect_server(args: argparse.Namespace) -> int:
    from .flows.api import local_server, stop_local_server

    if args.stop:
        print("stopped" if stop_local_server() else "no local Prefect server was running")
    else:
        print(local_server())
    return 0


def iso_date(text: str) -> str:
    """An argparse type: a real calendar date as YYYY-MM-DD."""
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD, e.g. 2024-01-31)") from None


def positive(kind: type) -> object:
    def parse(text: str) -> int | float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if value <= 0:
            raise argparse.ArgumentTypeError(f"must be above 0: {text!r}")
        return value

    return parse


OCR_HELP = "OCR PDFs without a usable text layer (scans; needs OCRmyPDF and Tesseract)"
EXTRACT_OCR_HELP = ("OCR the PDF if it has no usable text layer (a scan, a broken font encoding); by default it is "
                    "OCR'd when OCRmyPDF, Tesseract and Ghostscript are installed, and --no-ocr never")
VERBOSE_HELP = "show Prefect's INFO logging (flow and task runs)"
RETRY_HELP = ("try again the files that failed before and have not changed (by default they are listed as still "
              "failing and do not make the run fail)")


def add_limits(p: argparse.ArgumentParser) -> None:
    """The per-document limits, the same for `extract` and for ingest's workers."""
    p.add_argument("--time-limit", type=positive(float), default=600, metavar="SECONDS",
                   help="stop a document's extraction after this long (default 600)")
    p.add_argument("--memory-limit", type=positive(int), default=3072, metavar="MB",
                   help="memory cap of the extraction process (default 3072)")


def alerts_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("alerts", help="saved searches: which new decisions match them (for cron, or by e-mail)")
    p.set_defaults(func=_alerts)
    commands = p.add_subparsers(dest="alerts_command", required=True, metavar="ACTION",
                                help="add, list, remove or run")
    add = commands.add_parser("add", help="save a phrase to be told about")
    add.add_argument("phrase", help="words to find, as for `minutebook search`")
    add.add_argument("--council", help="only this council's decisions")
    listing = commands.add_parser("list", help="the saved alerts")
    remove = commands.add_parser("remove", help="forget an alert")
    remove.add_argument("id", type=positive(int), help="the alert's number (see `alerts list`)")
    run = commands.add_parser("run", help="each alert's decisions not given before (the first run: all of them)")
    run.add_argument("--json", action="store_true", help='print a JSON list of {"alert", "phrase", "matches"}')
    run.add_argument("--smtp", type=smtp_server, metavar="HOST:PORT", help="also e-mail the new matches through "
                                                                          "this SMTP server (one message per run)")
    run.add_argument("--to", metavar="ADDRESS", help="where the e-mail goes (with --smtp)")
    run.add_argument("--from", dest="sender", default="minutebook@localhost", metavar="ADDRESS",
                     help="the e-mail's sender (default minutebook@localhost)")
    for command in (add, listing, remove, run):
        command.add_argument("--db", required=True, help="the archive's SQLite file")


@cache
def build_parser() -> argparse.ArgumentParser:
    """The command line, built once a process (~15 ms of argparse; parsing leaves it as it was)."""
    parser = argparse.ArgumentParser(prog="minutebook", description=__doc__, epilog=EXAMPLES,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    p = sub.add_parser("extract", help="print the records of one PDF as JSON (FORMAT.md)")
    p.add_argument("pdf", help="the PDF to read")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    p.add_argument("--ocr", action=argparse.BooleanOptionalAction, default=None, help=EXTRACT_OCR_HELP)
    add_limits(p)
    p.set_defaults(func=_extract)
    p = sub.add_parser("schema", help="print the JSON Schema of the extraction output")
    p.set_defaults(func=_schema)
    p = sub.add_parser("layout", help="print a PDF's lines with position, size and weight (for debugging)")
    p.add_argument("pdf", help="the PDF to read")
    p.set_defaults(func=_layout)
    p = sub.add_parser("ingest", help="archive PDFs (files, folders, globs) into a SQLite file")
    p.add_argument("paths", nargs="*", metavar="PATH_OR_GLOB",
                   help="PDF files, folders (searched for *.pdf) or quoted globs ('packs/**/*.pdf'); PATH=NAME "
                        "names the council of its files")
    p.add_argument("--db", required=True, help="the archive's SQLite file (created if absent)")
    p.add_argument("--council", nargs="+", action="append", metavar=("NAME", "PATH"),
                   help="the council of the paths after it (repeatable); with no paths, of every path not named "
                        "otherwise. Without one, each document's council is read from its letterhead or title")
    p.add_argument("--ocr", action="store_true", help=OCR_HELP)
    add_limits(p)
    p.add_argument("--workers", type=positive(int), default=2, metavar="N",
                   help="extraction processes on this machine (default 2)")
    p.add_argument("--dask-address", metavar="tcp://HOST:PORT", help="extract on this running Dask cluster instead")
    p.add_argument("--retry-failed", action="store_true", help=RETRY_HELP)
    p.add_argument("--follow-links", action="store_true",
                   help="follow links that lead out of the folders given (by default they are noted, not read)")
    p.add_argument("-v", "--verbose", action="store_true", help=VERBOSE_HELP)
    p.set_defaults(func=_ingest)
    p = sub.add_parser("search", help="full-text search of an archive: ranked hits with their PDF page")
    p.add_argument("phrase", help='words to find (all must match; word stems match: school finds schools); '
                                  '"a phrase", word*, OR, NOT, -word and parentheses as in SQLite FTS5')
    p.add_argument("--db", required=True, help="the archive's SQLite file")
    p.add_argument("--type", choices=["resolutions", "minutes", "pages"], help="search one kind (default: all)")
    p.add_argument("--council", help="only documents of this council")
    p.add_argument("--since", type=iso_date, metavar="YYYY-MM-DD", help="only meetings on or after this date")
    p.add_argument("--limit", type=positive(int), default=20, metavar="N", help="at most N hits (default 20)")
    p.add_argument("--json", action="store_true", help="print hits as JSON lines")
    p.set_defaults(func=_search)
    alerts_parser(sub)
    p = sub.add_parser("remove", help="take documents and what was read from them out of an archive (their "
                                      "meetings are derived again from the documents that remain)")
    p.add_argument("sources", nargs="+", metavar="SOURCE", help="a document's path or URL as archived")
    p.add_argument("--db", required=True, help="the archive's SQLite file")
    p.set_defaults(func=_remove)
    p = sub.add_parser("check", help="check an archive for damage (SQLite's full integrity_check; read-only)")
    p.add_argument("--db", required=True, help="the archive's SQLite file")
    p.set_defaults(func=_check)
    p = sub.add_parser("serve", help="browse an archive in Datasette on 127.0.0.1 (read-only)")
    p.add_argument("--db", required=True, help="the archive's SQLite file")
    p.add_argument("--port", type=positive(int), default=8001, help="port on 127.0.0.1 (default 8001)")
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
    p.add_argument("--timeout", type=positive(float), default=30.0, help="HTTP timeout in seconds (default 30)")
    p.add_argument("--workers", type=positive(int), default=2, metavar="N",
                   help="extraction processes (default 2)")
    p.add_argument("--retry-failed", action="store_true", help=RETRY_HELP)
    p.add_argument("-v", "--verbose", action="store_true", help=VERBOSE_HELP)
    p.set_defaults(func=_watch)
    p = sub.add_parser("prefect-server", help="start (or show) the local Prefect server ingest and watch reuse")
    p.add_argument("--stop", action="store_true", help="stop it instead")
    p.set_defaults(func=_prefect_server)
    return parser


def main(argv: list[str] | None = None) -> int:
    from .archive.opening import ArchiveError

    args = build_parser().parse_args(argv)
    try:
        code = args.func(args)
        sys.stdout.flush()  # here, where a closed pipe can still be caught
        return code
    except (Usage, ArchiveError) as exc:  # ArchiveError: not an archive, damaged, newer; nothing was written
        print(f"minutebook: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader went away (`| head`): nothing more to say, and nowhere to say it
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("minutebook: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug, not bad input: one line to report, never a traceback
        from .archive.show import printable
        from .pipeline.worker import crash_message

        print(f"minutebook: internal error, please report it: {printable(crash_message(exc))}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
