"""`make bench`: ingest speed against pdfplumber, memory on a 2,000-page pack, Dask speed-up, search at 1M records."""
