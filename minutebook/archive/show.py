"""Print search hits for a terminal (highlighted) or for a program (JSON lines), with every control character and
bidi override a PDF or a file name may carry shown as an escape (`\\x1b`, `\\u202e`), never sent to the terminal."""

from __future__ import annotations

import json
import re
import sys

from rich.console import Console
from rich.markup import escape

from .search import MARK_END, MARK_START, Hit

BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
UNSAFE = re.compile(f"[\x00-\x1f\x7f-\x9f{BIDI}]")
"""What a terminal may act on: C0 and C1 controls (ESC starts colour, title and OSC sequences) and the bidi
controls that reorder what is shown."""
_JSON_UNSAFE = re.compile(f"[\x7f-\x9f{BIDI}]")


def printable(text: str, keep: str = "") -> str:
    """`text` with whitespace runs as one space and every unsafe character (but those in `keep`) escaped."""
    text = " ".join(re.split(r"[ \t\r\n\f\v]+", text)).strip()
    return UNSAFE.sub(lambda m: m[0] if m[0] in keep else m[0].encode("unicode_escape").decode("ascii"), text)


def json_line(data: dict | list) -> str:
    """One JSON line: json escapes C0 controls itself; C1 and bidi controls are escaped too."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m[0]):04x}", json.dumps(data, ensure_ascii=False))


def print_hits(hits: list[Hit], as_json: bool = False) -> None:
    if as_json:
        for hit in hits:
            sys.stdout.write(json_line(hit.to_json_dict()) + "\n")
        return
    console = Console(highlight=False, soft_wrap=True, emoji=False)
    if not hits:
        console.print("no matches")
    for number, hit in enumerate(hits, 1):
        snippet = escape(printable(hit.snippet, keep=MARK_START + MARK_END))
        snippet = snippet.replace(MARK_START, "[bold yellow]").replace(MARK_END, "[/bold yellow]")
        meeting = " ".join(printable(part) for part in (hit.body, hit.date) if part) or "meeting unknown"
        title = f" {escape(printable(hit.title))}" if hit.title else ""
        console.print(f"{number:>3}. [dim]{hit.type}[/dim]{title}")
        console.print(f"     {snippet}")
        where = " · ".join(escape(printable(part)) for part in (meeting, hit.council) if part)
        console.print(f"     {where} · [cyan]{escape(printable(hit.link))}[/cyan]")
