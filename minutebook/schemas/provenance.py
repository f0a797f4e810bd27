"""Where a record was printed: every record carries its page, and its box where known."""

from pydantic import BaseModel, ConfigDict, Field


class BBox(BaseModel):
    """A box on the page in PDF points, origin top-left (x0, top, x1, bottom)."""

    model_config = ConfigDict(frozen=True)

    x0: float
    top: float
    x1: float
    bottom: float


class Provenance(BaseModel):
    """Mixin: the 1-based physical page a record starts on, its box, and whether its text came from OCR."""

    page: int | None = Field(default=None, ge=1, description="1-based physical page where the record starts")
    bbox: BBox | None = Field(default=None, description="box of the record's first line, PDF points")
    ocr: bool = Field(default=False, description="text came from OCR, not the PDF's text layer")
