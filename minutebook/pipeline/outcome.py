"""What goes into the pipeline (a `Job`) and what comes out of it (an `Outcome`), in one typed form end to end.

An outcome crosses the worker pipe as one JSON line and is validated once, on arrival (`OUTCOME.validate_json`);
from there to the archive it stays the same object.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, field_validator

from ..archive import DocumentRows

Stage = Literal["discover", "hash", "fetch", "extract", "validate", "load"]
Kind = Literal["missing", "io", "network", "unreadable", "invalid", "timeout", "memory", "crash", "died", "busy",
               "partial", "link"]
"""Why a document failed: its input (missing, io, network, unreadable, invalid), a limit (timeout, memory), our code
or the PDF library (crash, died), a busy archive (busy); `partial` is a document archived without some parts; `link`
a link in an input folder that was not followed (out of the folder, or broken)."""


@dataclass(frozen=True)
class Limits:
    """Per-document limits: wall-clock seconds for one extraction, and the worker's address space in MB."""

    seconds: float = 600.0
    memory_mb: int = 3072


DEFAULT_LIMITS = Limits()


class Job(BaseModel):
    """One document to extract: the file, its identity in the archive (`source`: a path or a URL), the name to show
    for it, its hash (taken once, before extraction) and how to read it."""

    model_config = ConfigDict(frozen=True)

    path: Path
    source: str
    file_name: str
    sha256: str | None = None
    """None until hashed (the extraction then hashes the file itself)."""
    council: str | None = None
    ocr: bool = False

    @classmethod
    def for_file(cls, path: Path, sha256: str | None = None, council: str | None = None, ocr: bool = False) -> Job:
        """A local file archived under its own path."""
        return cls(path=path, source=str(path), file_name=path.name, sha256=sha256, council=council, ocr=ocr)


class Extracted(BaseModel):
    """A document's archive rows, with what was read only in part (`warnings`) and the invalid records left out
    (`rejected`)."""

    status: Literal["extracted"] = "extracted"
    rows: DocumentRows
    warnings: list[str] = Field(default_factory=list)
    rejected: list[str] = Field(default_factory=list)


class Failed(BaseModel):
    """A document that gave no rows: the stage it stopped at, why (`kind`), and one line for a person."""

    status: Literal["failed"] = "failed"
    stage: Stage
    kind: Kind
    message: str

    @field_validator("message")
    @classmethod
    def _one_line(cls, message: str) -> str:
        return " ".join(message.split())[:500]


Outcome = Annotated[Extracted | Failed, Field(discriminator="status")]
OUTCOME: TypeAdapter[Extracted | Failed] = TypeAdapter(Outcome)
