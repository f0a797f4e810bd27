"""Council names: the kind a name's own words say, the name as shown, and the key one council is matched by.

Pure functions on the name alone, shared by the extractors (the name read from a letterhead) and the archive
(the `councils` table). The kind is what the words say and no more: 'Kent County Council' is a county,
'Dorset Council' or 'Royal Borough of X' say nothing of their tier, so they are 'other'.
"""

from __future__ import annotations

import re

KINDS = ("county", "district", "unitary", "metropolitan", "london borough", "parish/town", "combined/joint", "other")

# first match wins: the longer phrases before the words they contain
_KIND_RULES: list[tuple[str, str]] = [
    (r"\bcombined\s+authority\b|\bjoint\b", "combined/joint"),
    (r"\blondon\s+borough\b", "london borough"),
    (r"\bmetropolitan\s+borough\b", "metropolitan"),
    (r"\bcounty\s+borough\s+council\b|\bcity\s+and\s+county\b", "unitary"),  # Welsh principal councils
    (r"\b(parish|town|community|village|neighbourhood)\s+council\b|\bparish\s+meeting\b", "parish/town"),
    (r"\bcounty\s+council\b", "county"),
    (r"\b(city|borough|district)\s+council\b", "district"),
]

# words kept lower case inside a name shown in title case ("West of England", "Kingston upon Thames")
_SMALL = {"of", "and", "upon", "on", "the", "in", "under", "le", "by", "with", "en"}


def council_kind(name: str) -> str:
    """One of KINDS, from the name's words: 'X County Council' -> county, 'X Parish Council' -> parish/town..."""
    for pattern, kind in _KIND_RULES:
        if re.search(pattern, name, re.I):
            return kind
    return "other"


def display_name(printed: str) -> str:
    """The name as printed, spaces collapsed and a leading 'The' dropped; a name printed in capitals
    ('KENT COUNTY COUNCIL') in title case ('Kent County Council')."""
    name = re.sub(r"^the\s+", "", " ".join(printed.split()), flags=re.I)
    if any(c.islower() for c in name):
        return name
    words = [_title_word(word, first=i == 0) for i, word in enumerate(name.split(" "))]
    return " ".join(words)


def _title_word(word: str, first: bool) -> str:
    if not first and word.lower() in _SMALL:
        return word.lower()
    parts = word.split("-")  # "STOKE-ON-TRENT" -> "Stoke-on-Trent"
    return "-".join(p.lower() if 0 < i < len(parts) - 1 and p.lower() in _SMALL else p.capitalize()
                    for i, p in enumerate(parts))


def council_key(name: str) -> str:
    """What two spellings of one council share: case, '&'/'and', a leading 'The', punctuation and spacing
    ignored ('The Bath & North East Somerset Council' ~ 'Bath and North East Somerset Council')."""
    text = re.sub(r"^the\s+", "", name.casefold().strip()).replace("&", " and ")
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())
