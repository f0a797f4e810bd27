"""The record tables' columns, made from the record models (`schemas.RECORD_TYPES`), so a new field or type reaches
the archive without a second list to keep in step.

A record table holds `id`, `document`, `page`, then its links, its model's fields, the columns derived from them,
then `bbox` and `ocr`. A record with a meeting date links to its meeting, and one with a minute number to its
minute, by id within the document.
"""

from __future__ import annotations

import types
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel

from ..schemas import RECORD_TYPES, Provenance

LINKS = {"meeting": ("meeting_date", "meetings"), "minute": ("minute_number", "minutes")}
"""Link column -> (the field that implies it, the table it points into)."""
RENAMED = {"votes": {"for": "votes_for", "against": "votes_against", "abstain": "votes_abstain"}}
"""Fields whose column has another name (`for` is an SQL keyword; `votes_for` reads better beside it)."""
DERIVED: dict[str, dict[str, type]] = {
    "indicators": {"series": int, "period_start": str, "period_end": str},
    "risks": {"register": int, "trend_normalised": str},
}
"""Columns after a table's fields that the archive derives (`derived.derived_values`, `series.linked`)."""
SHARED = {"indicators": ("series", "indicator_series"), "risks": ("register", "risk_registers")}
"""Record table -> (its derived link column, the table of what it shares with other documents' rows)."""
_PROVENANCE = set(Provenance.model_fields)


def field_columns(table: str, model: type[BaseModel]) -> dict[str, str]:
    """Each of the model's own fields (by its alias, as in FORMAT.md) -> its column."""
    names = [field.alias or name for name, field in model.model_fields.items() if name not in _PROVENANCE]
    return {name: RENAMED.get(table, {}).get(name, name) for name in names}


def _sql_type(annotation: Any) -> type:
    """int and float stay numbers; text, dates, enums and nested models (stored as JSON) are text."""
    while get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    if get_origin(annotation) in (Union, types.UnionType):
        (annotation,) = [arg for arg in get_args(annotation) if arg is not type(None)]
        return _sql_type(annotation)
    if annotation is bool:
        return int
    return annotation if annotation in (int, float) else str


def _columns(table: str, model: type[BaseModel]) -> dict[str, type]:
    fields = {field.alias or name: field for name, field in model.model_fields.items() if name not in _PROVENANCE}
    links = {link: int for link, (implied_by, _) in LINKS.items() if implied_by in fields}
    renamed = field_columns(table, model)
    return {**links, **{renamed[name]: _sql_type(field.annotation) for name, field in fields.items()}}


RECORD_COLUMNS: dict[str, dict[str, type]] = {table: {**_columns(table, model), **DERIVED.get(table, {})}
                                              for table, model in RECORD_TYPES.items()}
"""Columns of each record table besides id, document, page, bbox and ocr."""


def delete_order() -> list[str]:
    """The record tables, each before every table it links into (so deleting in this order never breaks a foreign
    key), then `pages`."""
    targets = {table: {LINKS[c][1] for c in columns if c in LINKS} for table, columns in RECORD_COLUMNS.items()}
    order: list[str] = []
    while len(order) < len(targets):
        order += [table for table in targets if table not in order
                  and not any(table in targets[other] for other in targets if other not in order and other != table)]
    return [*order, "pages"]
