"""Gold records tied to HTML anchors, and the render step that reads each anchor's page back from weasyprint."""

from __future__ import annotations

import html
import json
import os
import re
from pathlib import Path

os.environ.setdefault("SOURCE_DATE_EPOCH", "1735689600")

KINDS = ("meetings", "attendance", "agenda_items", "minutes", "resolutions", "indicators", "risks", "votes")
OUTCOMES = ("resolved", "agreed", "noted", "recommended", "deferred", "other")


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def visible(fragment: str) -> str:
    """The text a reader sees in an HTML fragment: tags dropped, entities decoded, whitespace folded."""
    text = re.sub(r"<br\s*/?>|</(?:p|li|div|td|th)>", " ", fragment)
    text = re.sub(r"<[^>]+>", "", text)
    text = " ".join(html.unescape(text).split())
    return re.sub(r"\s+([,.;:)])", r"\1", text).replace("( ", "(")


class Ledger:
    """Collects gold records; each `mark` returns an empty anchor element to place where the record is printed."""

    def __init__(self) -> None:
        self.entries: list[tuple[str, str, dict]] = []

    def mark(self, kind: str, *, optional: bool = False, **fields) -> str:
        assert kind in KINDS, kind
        key = f"rec{len(self.entries) + 1:04d}"
        record = dict(fields)
        if optional:
            record["optional"] = True
        self.entries.append((kind, key, record))
        return f'<a id="{key}"></a>'

    # one helper per record type keeps field names in one place
    def meeting(self, body, date, time=None, venue=None):
        return self.mark("meetings", body=body, date=date, time=time, venue=venue)

    def person(self, date, name, status, role=None, optional=False):
        assert status in ("member", "present", "apologies", "absent", "in_attendance"), status
        return self.mark("attendance", optional=optional, meeting_date=date, name=name, status=status, role=role)

    def agenda(self, date, number, title, optional=False):
        return self.mark("agenda_items", optional=optional, meeting_date=date, number=number, title=visible(title))

    def minute(self, date, number, title, optional=False):
        return self.mark("minutes", optional=optional, meeting_date=date, number=number,
                         title=visible(title) if title else None)

    def decision(self, date, minute_number, outcome, text_html, optional=False):
        assert outcome in OUTCOMES, outcome
        return self.mark("resolutions", optional=optional, meeting_date=date, minute_number=minute_number,
                         outcome=outcome, text=visible(text_html))

    def indicator(self, code, name, period, value, unit=None, optional=False):
        return self.mark("indicators", optional=optional, code=code, name=visible(name), period=period,
                         value=value, unit=unit)

    def risk(self, risk_id, title, level, trend, optional=False):
        return self.mark("risks", optional=optional, risk_id=risk_id, title=visible(title), level=level,
                         trend=trend)

    def vote(self, date, minute_number, motion, n_for, n_against, n_abstain, result, names=None):
        fields = {"meeting_date": date, "minute_number": minute_number, "motion": motion,
                  "for": n_for, "against": n_against, "abstain": n_abstain, "result": result}
        if names is not None:
            fields["names"] = names
        return self.mark("votes", **fields)


def render(ledger: Ledger, body_html: str, css: str, out_stem: Path, title: str = "Minutes",
           extra: dict | None = None) -> int:
    """Lay the document out, write OUT.pdf and OUT.gold.json (each record's page from its anchor); return pages."""
    from weasyprint import HTML

    page = (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>{esc(title)}</title>"
            f"<style>{css}</style></head><body>{body_html}</body></html>")
    laid_out = HTML(string=page).render()
    found: dict[str, int] = {}
    for number, pg in enumerate(laid_out.pages, start=1):
        for key in pg.anchors:
            found.setdefault(key, number)
    gold: dict = dict(extra or {})
    for kind in KINDS:
        gold[kind] = []
    for kind, key, record in ledger.entries:
        if key not in found:
            raise RuntimeError(f"{out_stem.name}: {kind} record {key} was not laid out on any page")
        out = {k: v for k, v in record.items() if k != "optional"}
        out["page"] = found[key]
        if record.get("optional"):
            out["optional"] = True
        gold[kind].append(out)
    out_stem.parent.mkdir(parents=True, exist_ok=True)
    laid_out.write_pdf(str(out_stem) + ".pdf")
    Path(str(out_stem) + ".gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")
    return len(laid_out.pages)
