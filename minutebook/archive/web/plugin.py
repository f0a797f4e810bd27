"""Datasette plugin: render a record's `page` as a link to that page of its source PDF.

Active only where the metadata configures `plugins.minutebook` (so other Datasette instances are untouched):
`pdf_dir` is the folder served at `pdf_mount`; a document under it links to `<mount><relative path>#page=N`.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import markupsafe
from datasette import hookimpl

PLUGIN = "minutebook"


def pdf_url(source: str, page: int, pdf_dir: str, mount: str) -> str | None:
    """The served URL of `source` at `page`, or None when `source` is not under the served folder."""
    try:
        relative = Path(source).resolve().relative_to(Path(pdf_dir).resolve())
    except ValueError:
        return None
    return f"{mount.rstrip('/')}/{quote(relative.as_posix())}#page={page}"


@hookimpl
def render_cell(row, value, column, datasette):
    config = datasette.plugin_config(PLUGIN)
    if column != "page" or not config or not isinstance(value, int) or "document" not in row.keys():  # noqa: SIM118 (sqlite3.Row: `in` tests values)
        return None
    document = row["document"]
    document = document["value"] if isinstance(document, dict) else document

    async def link():
        db = datasette.get_database(config["database"])
        found = (await db.execute("select source, file_name from documents where id = ?", [document])).first()
        url = found and pdf_url(found["source"], value, config["pdf_dir"], config["pdf_mount"])
        if not url:
            return None
        return markupsafe.Markup('<a href="{}" title="{} page {}">p. {}</a>').format(
            datasette.urls.path(url), found["file_name"], value, value
        )

    return link
