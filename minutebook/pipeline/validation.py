"""Check the extractors' output against the schemas before it reaches the archive.

A document needs a valid `document` part; an invalid record is left out (and described) rather than costing
the document all its other records.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from ..schemas import RECORD_TYPES, Document, Extraction


class InvalidDocument(ValueError):
    """The document part itself is invalid: nothing of it can be archived."""


@dataclass
class Validated:
    extraction: Extraction
    rejected: list[str]

    def rejected_summary(self) -> str:
        return f"{len(self.rejected)} invalid record(s) left out; first: {self.rejected[0]}"


def describe(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    return f"{where}: {first['msg']}" + (f" (+{exc.error_count() - 1} more)" if exc.error_count() > 1 else "")


def validate_extraction(payload: dict[str, Any]) -> Validated:
    """The extraction (as JSON-typed data) with its valid records; raises InvalidDocument."""
    try:
        document = Document.model_validate(payload["document"])
    except ValidationError as exc:
        raise InvalidDocument(f"invalid document: {describe(exc)}") from exc
    records: dict[str, list] = {}
    rejected: list[str] = []
    for name, model in RECORD_TYPES.items():
        records[name] = []
        for index, raw in enumerate(payload.get(name, [])):
            try:
                records[name].append(model.model_validate(raw))
            except ValidationError as exc:
                rejected.append(f"{name}[{index}].{describe(exc)}")
    return Validated(Extraction(document=document, **records), rejected)
