"""What to watch: ModernGov sites and local folders, from a TOML file or the command line.

```toml
[[moderngov]]
url = "https://democracy.example.gov.uk/"
committees = ["Cabinet", 144]     # names or ids; all committees when absent
council = "Example Borough Council"
weeks_back = 8                    # the rolling window of meetings
weeks_ahead = 4
allow_origins = ["https://docs.example.gov.uk"]   # documents hosted on a second domain; only the site's own
                                                 # origin (scheme, host, port of `url`) otherwise

[[folder]]
path = "/data/packs"
council = "Example Borough Council"
```
"""

from __future__ import annotations

import re
import tomllib
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator


class SourceError(ValueError):
    """A sources file or option that cannot be used, with a one-line reason."""


class ModernGovSource(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: Literal["moderngov"] = "moderngov"
    url: str
    committees: list[str] = Field(default_factory=list)
    council: str | None = None
    weeks_back: int = Field(default=8, ge=0)
    weeks_ahead: int = Field(default=4, ge=0)
    allow_origins: list[str] = Field(default_factory=list)
    """Origins (scheme://host[:port]) besides the site's own that its documents may be fetched from."""

    @field_validator("url")
    @classmethod
    def _base_url(cls, url: str) -> str:
        """The site's base URL, ending in '/' so that service paths join under it."""
        if not re.match(r"^https?://[^/]+", url):
            raise ValueError(f"not an http(s) URL: {url!r}")
        return url if url.endswith("/") else url + "/"

    @field_validator("allow_origins")
    @classmethod
    def _origins(cls, origins: list[str]) -> list[str]:
        for origin in origins:
            if not re.match(r"^https?://[^/]+/?$", origin):
                raise ValueError(f"not an origin (scheme://host[:port]): {origin!r}")
        return origins

    @field_validator("committees", mode="before")
    @classmethod
    def _as_strings(cls, names: list) -> list[str]:
        return [str(name).strip() for name in names]

    @property
    def location(self) -> str:
        return self.url

    @property
    def origins(self) -> list[str]:
        """Where the site's pages and documents may be fetched from: its own origin and the allowed ones."""
        return [self.url, *self.allow_origins]


class FolderSource(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: Literal["folder"] = "folder"
    path: str
    council: str | None = None

    @field_validator("path")
    @classmethod
    def _absolute(cls, path: str) -> str:
        return str(Path(path).expanduser().resolve())

    @property
    def location(self) -> str:
        return self.path


Source = Annotated[ModernGovSource | FolderSource, Field(discriminator="kind")]


def load_config(path: str | Path) -> list[ModernGovSource | FolderSource]:
    """The sources listed in a TOML file (`[[moderngov]]` and `[[folder]]` tables)."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SourceError(f"{path}: {exc}") from exc
    unknown = set(data) - {"moderngov", "folder"}
    if unknown:
        raise SourceError(f"{path}: unknown section(s) {', '.join(sorted(unknown))} (use [[moderngov]], [[folder]])")
    return [make_source(kind, entry, str(path)) for kind in ("moderngov", "folder") for entry in data.get(kind, [])]


def make_source(kind: str, entry: dict, where: str = "option") -> ModernGovSource | FolderSource:
    model = ModernGovSource if kind == "moderngov" else FolderSource
    try:
        return model.model_validate({**entry, "kind": kind})
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(part) for part in first["loc"])
        raise SourceError(f"{where}: [{kind}] {field}: {first['msg']}") from exc


def parse_interval(text: str) -> timedelta:
    """`90s`, `10m`, `6h`, `1d` (or plain seconds) as a timedelta."""
    found = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", text.lower())
    if not found or float(found[1]) <= 0:
        raise SourceError(f"not an interval: {text!r} (use e.g. 90s, 10m, 6h, 1d)")
    unit = {"": "seconds", "s": "seconds", "m": "minutes", "h": "hours", "d": "days"}[found[2]]
    return timedelta(**{unit: float(found[1])})


def from_options(sites: list[str], committees: list[str], folders: list[str], config: str | None,
                 council: str | None) -> list[ModernGovSource | FolderSource]:
    """The sources of a sources file and of command-line options (`committees` and `council` apply to the
    command line's sites and folders)."""
    sources = load_config(config) if config else []
    sources += [make_source("moderngov", {"url": url, "committees": committees, "council": council}, "--moderngov")
                for url in sites]
    sources += [make_source("folder", {"path": path, "council": council}, "--folder") for path in folders]
    return sources
