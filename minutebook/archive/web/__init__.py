"""Browse the archive in Datasette: the metadata, a plugin that links records to their PDF page, the server."""
