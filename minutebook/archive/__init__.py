"""The SQLite archive: schema, atomic per-document loading, full-text search (sqlite-utils)."""

from .load import LoadStatus, archived_sha256, load_extraction, record_error
from .schema import open_archive
from .search import SEARCH_TYPES, Hit, search

__all__ = ["SEARCH_TYPES", "Hit", "LoadStatus", "archived_sha256", "load_extraction", "open_archive",
           "record_error", "search"]
