"""The pipeline in plain Python: a `Job` in, an `Outcome` (`Extracted` rows or `Failed`) out, then loaded and
recorded. The flows submit batches of these steps; nothing here knows about Prefect."""

from .outcome import OUTCOME, Extracted, Failed, Job, Limits, Outcome
from .report import Failure, IngestReport, StillFailing
from .steps import close_workers, extract_rows, hash_file, load, plan, prestart, record, repeated, triage

__all__ = ["OUTCOME", "Extracted", "Failed", "Failure", "IngestReport", "Job", "Limits", "Outcome", "StillFailing",
           "close_workers", "extract_rows", "hash_file", "load", "plan", "prestart", "record", "repeated", "triage"]
