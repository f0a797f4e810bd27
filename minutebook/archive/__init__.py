"""The SQLite archive: schema, atomic per-document loading, full-text search (sqlite-utils)."""

from .load import LoadStatus, PastFailure, archived_sha256, load_extraction, load_rows, past_failure, record_error
from .opening import ArchiveError, open_archive, open_readonly
from .rows import DocumentRows, document_rows
from .search import SEARCH_TYPES, Hit, search

__all__ = ["SEARCH_TYPES", "ArchiveError", "DocumentRows", "Hit", "LoadStatus", "PastFailure", "archived_sha256",
           "document_rows", "load_extraction", "load_rows", "open_archive", "open_readonly", "past_failure",
           "record_error", "search"]
