"""minutebook: council agenda packs and minutes into a searchable archive of structured records."""

__version__ = "0.1.0"
