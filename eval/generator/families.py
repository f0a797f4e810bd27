"""Layout families: each is one combination of layout dimensions. A dimension given as a list is drawn per
document (by seed); a single value is fixed for the family. Content (names, numbers, dates, wording, counts)
always varies by seed."""

from __future__ import annotations

ALL_MARKERS = ["marker_colon", "marker_dash", "marker_to"]

FAMILIES: dict[str, dict] = {
    "word-gap-indent": dict(
        kind="minutes", render="word", heading="gap_indent", numbering="plain", attendance="inline",
        decisions=["marker_dash", "marker_to"], furniture=["signed"], font="sans", size=[10.5, 11],
        name_form="cllr_initial"),
    "numcol-yy-side": dict(
        kind="minutes", render="word", heading="numcol", numbering="yy_nnn", attendance="side_columns",
        decisions=["embedded_agreed", "embedded_resolved"], furniture=["page_of"], font="serif", size=10,
        name_form=["cllr_full", "cllr_initial"]),
    "item-decision-table": dict(
        kind="minutes", render="letterhead", heading="table_item_decision", numbering="min_slash",
        attendance="initials_lines", decisions=["marker_to", "agreed"], parts="same", furniture=[],
        font="condensed", size=9.5, committee=True, landscape=None),
    "min-subject-action": dict(
        kind="minutes", render="word", heading="table_min_subject_action", numbering="mm_yy_nn",
        attendance="tick_table", decisions=["proposer_before", "proposer_after"], actions=True,
        furniture=["page_n"], font="sans", size=9.5, name_form="hon_initial"),
    "title-then-number": dict(
        kind="minutes", render="letterhead", heading="title_number", numbering="plain", attendance="name_columns",
        decisions=["present_tense"], columns=[2, 3], furniture=["bare_number"], font="serif", size=10,
        committee=True),
    "moderngov-prefix-votes": dict(
        kind="minutes", render="moderngov", heading="gap_indent", gap="2.2cm", numbering="prefix",
        attendance="inline", decisions=["marker_colon", "marker_dash"], votes="counts", furniture=["page_n"],
        font="sans", size=10, committee=True, name_form="cllr_full", council_kind="District Council"),
    "caps-misprint-shortvote": dict(
        kind="minutes", render="caps", heading="caps", numbering="plain", misprint=True, attendance="inline",
        decisions=["marker_to", "embedded_resolved"], votes="short", furniture=["signed", "page_of"],
        font="serif", size=11, name_form="cllr_initial", apologies_in_minute=True),
    "summons-parish": dict(
        kind="agenda", agenda="summons", furniture=[], font=["sans", "serif"], size=11,
        name_form="cllr_initial"),
    "summons-letter-table": dict(
        kind="agenda", agenda="letter", furniture=["page_n"], font="serif", size=10.5, committee=True),
    "frontsheet-item-subject-page": dict(
        kind="agenda", agenda="front_sheet", furniture=["page_n"], font="sans", size=10, committee=True,
        name_form="cllr_full", council_kind="Borough Council", sub_items=True),
    "report-stats-months": dict(
        kind="report", table="stats", furniture=["bare_number"], font="sans", size=10, committee=True,
        council_kind="District Council"),
    "report-coded-kpi-landscape": dict(
        kind="report", table="kpi_code_in_name", landscape="all", furniture=["page_of"], font="condensed",
        size=9, committee=True, council_kind="Borough Council"),
    "risk-id-in-title": dict(
        kind="report", table="risk_title", landscape="table", furniture=["page_n"], font="sans", size=9.5,
        committee=True, council_kind="District Council"),
    "risk-columns-serif": dict(
        kind="report", table="risk_cols", furniture=["bare_number"], font="serif", size=10, committee=True,
        risk_words=["hml", "rag"], council_kind="Borough Council"),
    "named-vote-council": dict(
        kind="minutes", render="moderngov", heading="inline", numbering="plain", attendance="inline",
        decisions=["marker_colon"], votes="named", members=(11, 15), furniture=["page_n", "running_head"],
        font="sans", size=10,
        name_form="cllr_full", council_kind="Town Council"),
    "pack-summons-minutes": dict(
        kind="pack", agenda="summons", render="word", heading="inline", numbering="plain",
        attendance="side_columns", decisions=["marker_dash", "agreed"], furniture=["signed"], font="sans",
        size=10.5, name_form="cllr_initial"),
    "clerk-prose-correspondence": dict(
        kind="minutes", render="word", heading="inline", numbering="yy_nnn", attendance="inline",
        officer_style="name_dash", apologies_in_minute=True, correspondence=True,
        decisions=["embedded_agreed", "embedded_resolved", "proposer_after"], furniture=["initials"],
        font="light", size=10.5, name_form="cllr_full"),
    "pack-letter-twocol": dict(
        kind="pack", agenda="letter", render="letterhead", heading="gap_indent", gap="1.8cm",
        numbering="min_slash", attendance="name_columns", decisions=["present_tense", "marker_to"], columns=2,
        furniture=["page_of"], font="serif_condensed", size=9.5, committee=True),
    "tick-table-kpi-minutes": dict(
        kind="minutes", render="moderngov", heading="numcol", numbering="prefix", attendance="tick_table",
        decisions=ALL_MARKERS, table="kpi_in_minutes", furniture=["page_n"], font="sans", size=9.5,
        committee=True, name_form="cllr_full", council_kind="District Council",
        orgs=["Upland District Council", "Riverside Borough Council", "County Council"]),
    "parts-across-break": dict(
        kind="minutes", render="letterhead", heading="numcol", numbering="plain", dot=False,
        attendance="initials_lines", decisions=["marker_to", "agreed"], parts="break", votes="counts",
        furniture=["signed"], font="condensed", size=10, committee=True),
    "frontsheet-pack-caps": dict(
        kind="pack", agenda="front_sheet", render="caps", heading="caps", numbering="mm_yy_nn",
        attendance="role_first", decisions=["marker_colon", "proposer_before"], furniture=["page_n", "running_head"],
        font="serif", size=10, name_form="cllr_initial", council_kind="Town Council"),
    "word-misprint-actions": dict(
        kind="minutes", render="word", heading="table_item_decision", numbering="yy_nnn", misprint=True,
        attendance="side_columns", decisions=["embedded_agreed", "marker_dash"], actions=True,
        furniture=["signed", "page_of"], font="light", size=10, name_form="cllr_initial"),
    "stats-in-minutes-named": dict(
        kind="minutes", render="caps", heading="title_number", numbering="yy_nnn", attendance="initials_lines",
        decisions=["embedded_agreed", "marker_colon"], votes="named", members=(9, 12), table="stats_in_minutes",
        furniture=["initials", "page_of"], font="serif", size=[9.5, 10], council_kind="Town Council"),
    "subject-action-moderngov": dict(
        kind="minutes", render="moderngov", heading="table_min_subject_action", numbering="min_slash",
        attendance="role_first", decisions=["present_tense", "marker_colon"], votes="short", actions=True,
        furniture=["page_of"], font="serif", size=9.5, committee=True, council_kind="Borough Council",
        name_form="cllr_full"),
    "frontsheet-sidebar": dict(
        kind="agenda", agenda="sidebar", landscape="all", furniture=[], font=["sans", "serif"], size=[9.5, 10],
        committee=True, council_kind="Borough Council", sub_items=False, members=(5, 8)),
    "report-kpi-codes-portrait": dict(
        kind="report", table="kpi", second_table=True, furniture=["running_head", "page_n"], font="light",
        size=9, committee=True, council_kind="District Council"),
    "pack-frontsheet-risk-appendix": dict(
        kind="pack", agenda="front_sheet", render="moderngov", heading="gap_indent", gap="1.6cm",
        numbering="plain", attendance="tick_table", decisions=["marker_dash", "embedded_resolved"],
        appendix=["risk_title", "risk_cols"], landscape="table", furniture=["page_n"], font="condensed", size=9.5,
        committee=True, council_kind="District Council", name_form="cllr_full",
        orgs=["Conservative", "Liberal Democrat", "Independent", "Labour"]),
}

DIMENSIONS = ("kind", "render", "agenda", "heading", "numbering", "attendance", "decisions", "votes", "table",
              "appendix", "furniture", "columns", "font", "size", "landscape")


def describe(name: str) -> str:
    f = FAMILIES[name]
    bits = []
    for key in DIMENSIONS:
        if key not in f or f[key] in (None, [], False):
            continue
        value = f[key]
        value = "|".join(map(str, value)) if isinstance(value, list) else str(value)
        bits.append(f"{key}={value}")
    for flag in ("misprint", "actions", "correspondence", "parts", "apologies_in_minute", "committee"):
        if f.get(flag):
            bits.append(flag if f[flag] is True else f"{flag}={f[flag]}")
    return ", ".join(bits)
