"""Print search hits for a terminal (highlighted) or for a program (JSON lines)."""

from __future__ import annotations

import json
import sys

from rich.console import Console
from rich.markup import escape

from .search import MARK_END, MARK_START, Hit


def print_hits(hits: list[Hit], as_json: bool = False) -> None:
    if as_json:
        for hit in hits:
            sys.stdout.write(json.dumps(hit.to_json_dict(), ensure_ascii=False) + "\n")
        return
    console = Console(highlight=False, soft_wrap=True)
    if not hits:
        console.print("no matches")
    for number, hit in enumerate(hits, 1):
        snippet = escape(hit.snippet).replace(MARK_START, "[bold yellow]").replace(MARK_END, "[/bold yellow]")
        meeting = " ".join(part for part in (hit.body, hit.date) if part) or "meeting unknown"
        title = f" {escape(hit.title)}" if hit.title else ""
        console.print(f"{number:>3}. [dim]{hit.type}[/dim]{title}")
        console.print(f"     {' '.join(snippet.split())}")
        where = " · ".join(escape(part) for part in (meeting, hit.council) if part)
        console.print(f"     {where} · [cyan]{escape(hit.link)}[/cyan]")
