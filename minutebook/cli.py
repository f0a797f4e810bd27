"""The `minutebook` command: a thin wrapper over the library."""

from __future__ import annotations

import argparse
import json
import sys

from .extractors.errors import UnreadablePDF


def _extract(args: argparse.Namespace) -> int:
    from .extractors.pipeline import extract_pdf

    try:
        extraction = extract_pdf(args.pdf)
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="minutebook", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="print the records of one PDF as JSON (FORMAT.md)")
    p.add_argument("pdf")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    p.set_defaults(func=_extract)
    p = sub.add_parser("schema", help="print the JSON Schema of the extraction output")
    p.set_defaults(func=_schema)
    p = sub.add_parser("layout", help="print a PDF's lines with position, size and weight (for debugging)")
    p.add_argument("pdf")
    p.set_defaults(func=_layout)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
