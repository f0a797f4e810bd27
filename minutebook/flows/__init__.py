"""Prefect 3 flows joining the extractors and the archive."""
