"""Where documents come from: the sources file, the polite HTTP fetcher and the ModernGov discovery (plain Python,
no Prefect)."""
