"""Datasette plugin: record pages link to their PDF page, the PDF folder is served (PDFs only), the archive stays
read-only, and a search Datasette cannot parse is answered with a readable message.

Active only where the metadata configures `plugins.minutebook` (so other Datasette instances are untouched):
`database` is the archive; `pdf_dir`, when given, is the folder served at `pdf_mount`, and a document under it
links to `<mount><relative path>#page=N`.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote, unquote

import markupsafe
from datasette import hookimpl
from datasette.utils.asgi import AsgiFileDownload, Response
from datasette.views.base import DatasetteError

PLUGIN = "minutebook"
PDF_MAGIC = b"%PDF-"
READ_METHODS = {"GET", "HEAD", "OPTIONS"}


def pdf_url(source: str, page: int, pdf_dir: str, mount: str) -> str | None:
    """The served URL of `source` at `page`, or None when `source` is not under the served folder."""
    try:
        relative = Path(source).resolve().relative_to(Path(pdf_dir).resolve())
    except ValueError:
        return None
    return f"{mount.rstrip('/')}/{quote(relative.as_posix())}#page={page}"


def served_pdf(pdf_dir: str, relative: str) -> Path | None:
    """The file to serve for `relative` under `pdf_dir`: a regular file inside the folder (links out of it,
    dotfiles and dot-folders refused) whose bytes start with `%PDF-`; else None."""
    root = Path(pdf_dir).resolve()
    parts = Path(relative).parts
    if not parts or any(part.startswith(".") for part in parts):
        return None
    path = (root / relative).resolve()
    try:
        path.relative_to(root)
        with path.open("rb") as fh:
            head = fh.read(len(PDF_MAGIC))
    except (ValueError, OSError):
        return None
    return path if path.is_file() and head == PDF_MAGIC else None


@hookimpl
def register_routes(datasette):
    config = datasette.plugin_config(PLUGIN)
    if not config or not config.get("pdf_dir"):
        return []
    mount = config["pdf_mount"].strip("/")

    async def pdf(request):
        path = served_pdf(config["pdf_dir"], unquote(request.url_vars["path"]))
        if path is None:
            return Response.text("Not found: only the archive's PDFs are served here", status=404)
        return AsgiFileDownload(path, content_type="application/pdf",
                                headers={"X-Content-Type-Options": "nosniff",
                                         "Content-Disposition": f"inline; filename*=UTF-8''{quote(path.name)}"})

    return [(rf"^/{mount}/(?P<path>.+)$", pdf)]


@hookimpl
def asgi_wrapper(datasette):
    """Only reading methods reach Datasette: the archive is served read-only, so anything else (a POST to any
    route) is a plain 405, never a 500."""

    def wrap(app):
        async def guarded(scope, receive, send):
            if scope["type"] == "http" and scope["method"] not in READ_METHODS and datasette.plugin_config(PLUGIN):
                response = Response.text("This archive is read-only: only GET requests are answered", status=405,
                                         headers={"Allow": ", ".join(sorted(READ_METHODS))})
                await response.asgi_send(send)
                return
            await app(scope, receive, send)

        return guarded

    return wrap


@hookimpl
def startup(datasette):
    """Datasette's default error handler prints every exception's traceback, locals and all, to the server's
    console through rich; an archive's visitor's malformed search must not fill the operator's terminal."""
    from datasette import handle_exception as default  # here: importing it first thing breaks Datasette's loading

    if datasette.plugin_config(PLUGIN):
        default.rich = None


@hookimpl(tryfirst=True)
def handle_exception(datasette, request, exception):
    """A full-text search SQLite cannot parse (an unbalanced quote, a bare operator) as a 400 that says so."""
    searching = any(key.startswith("_search") for key in request.args)
    if not datasette.plugin_config(PLUGIN) or not searching or not isinstance(exception, DatasetteError):
        return None
    message = ("The search could not be understood: use plain words, or put a phrase in double quotes "
               f"(SQLite said: {exception})")
    if request.path.endswith(".json"):
        return Response.json({"ok": False, "error": message, "status": 400, "title": "Search not understood"},
                             status=400)
    return Response.html(f"<!DOCTYPE html><html><head><title>Search not understood</title></head><body>"
                         f"<h1>Search not understood</h1><p>{markupsafe.escape(message)}</p>"
                         f'<p><a href="{markupsafe.escape(request.path)}">Back to the table</a></p></body></html>',
                         status=400)


@hookimpl
def render_cell(row, value, column, datasette):
    config = datasette.plugin_config(PLUGIN)
    if column != "page" or not config or not config.get("pdf_dir") or not isinstance(value, int) \
            or "document" not in row.keys():  # noqa: SIM118 (sqlite3.Row: `in` tests values)
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
