"""The worker's side of the pipeline: a job's PDF -> extraction -> validated records -> the archive's rows."""

from __future__ import annotations

from ..archive import document_rows
from ..extractors.errors import UnreadablePDF
from ..extractors.pipeline import extract_document, preload
from .outcome import Extracted, Failed, Job
from .validation import InvalidDocument, validate_extraction

__all__ = ["extracted", "preload"]


def extracted(job: Job) -> Extracted | Failed:
    """The outcome of one job, for input the extractors can or cannot read; a bug in them raises."""
    try:
        result = extract_document(job.path, source=job.source, council=job.council, ocr=job.ocr, sha256=job.sha256)
    except UnreadablePDF as exc:
        return Failed(stage="extract", kind="unreadable", message=exc.reason)
    document = result.extraction.document.model_copy(update={"file_name": job.file_name})
    try:  # the extractors' models, checked as the archive will read them
        validated = validate_extraction(result.extraction.model_copy(update={"document": document})
                                        .model_dump(mode="json", by_alias=True))
    except InvalidDocument as exc:
        return Failed(stage="validate", kind="invalid", message=str(exc))
    rejected = [validated.rejected_summary()] if validated.rejected else []
    return Extracted(rows=document_rows(validated.extraction, result.pages, result.ocr), warnings=result.warnings,
                     rejected=rejected)
