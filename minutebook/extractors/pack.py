"""A pack as the extractors see it: its layout, its lines, and the meetings it is about."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from .layout import Layout, Line


@dataclass
class Pack:
    layout: Layout
    ocr: bool = False
    cache: dict = field(default_factory=dict)

    @cached_property
    def lines(self) -> list[Line]:
        from .columns import linearise
        from .regions import read_regions
        from .sideheads import read_side_headings

        return linearise(read_side_headings(read_regions(self.layout.lines)))

    @cached_property
    def forms(self):
        from .forms import decision_forms

        return decision_forms(self.lines)

    @cached_property
    def parts(self):
        from .forms import date_parts
        from .parts import split_parts

        parts = split_parts(self.lines)
        date_parts(parts, self.forms, len(self.lines))
        return parts
