"""Datasette plugin: record pages link to their PDF page, the PDF folder is served (PDFs only), the archive stays
read-only, and a search Datasette cannot parse is answered with a readable message.

Active only where the metadata configures `plugins.minutebook` (so other Datasette instances are untouched):
`database` is the archive; `pdf_dir`, when given, is the folder served at `pdf_mount`, and a document under it
links to `<mount><relative path>#page=N`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from urllib.parse import quote, unquote

import markupsafe
from datasette import hookimpl
from datasette.utils.asgi import AsgiFileDownload, Response
from datasette.views.base import DatasetteError

from . import linked, pages

PLUGIN = "minutebook"
PDF_MAGIC = b"%PDF-"
READ_METHODS = {"GET", "HEAD", "OPTIONS"}


def pdf_url(source: str, page: int, pdf_dir: str, mount: str) -> str | None:
    """The served URL of `source` at `page`, or None when `source` is not under the served folder."""
    served = _served(source, pdf_dir, mount)
    return f"{served}#page={page}" if served else None


@lru_cache(maxsize=4096)
def _served(source: str, pdf_dir: str, mount: str) -> str | None:
    """Kept: an export asks for each row's, and resolving a path asks the file system."""
    try:
        relative = Path(source).resolve().relative_to(Path(pdf_dir).resolve())
    except ValueError:
        return None
    return f"{mount.rstrip('/')}/{quote(relative.as_posix())}"


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


def page_link(datasette, config: dict) -> pages.PageLink:
    """(source, page) -> the URL of the PDF page: served from the PDF folder, else the source's own web address."""

    def link(source: str, page: int) -> str | None:
        url = pdf_url(source, page, config["pdf_dir"], config["pdf_mount"]) if config.get("pdf_dir") else None
        if url:
            return datasette.urls.path(url)
        return f"{source}#page={page}" if source.startswith(("https://", "http://")) else None

    return link


@hookimpl
def register_routes(datasette):
    config = datasette.plugin_config(PLUGIN)
    if not config:
        return []
    routes = pages.routes(config["database"], page_link(datasette, config))
    if not config.get("pdf_dir"):
        return routes
    mount = config["pdf_mount"].strip("/")

    async def pdf(request):
        path = served_pdf(config["pdf_dir"], unquote(request.url_vars["path"]))
        if path is None:
            return Response.text("Not found: only the archive's PDFs are served here", status=404)
        return AsgiFileDownload(path, content_type="application/pdf",
                                headers={"X-Content-Type-Options": "nosniff",
                                         "Content-Disposition": f"inline; filename*=UTF-8''{quote(path.name)}"})

    return [(rf"^/{mount}/(?P<path>.+)$", pdf), *routes]


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

    config = datasette.plugin_config(PLUGIN)
    if config:
        default.rich = None
        pages.add_templates(datasette)
        _find_temp_views(datasette.get_database(config["database"]))


def _find_temp_views(db) -> None:
    """Datasette looks a view up in sqlite_master only: the archive's are also looked for among the TEMP views
    each connection makes (linked.py)."""
    if getattr(db, "finds_temp_views", False):
        return
    own = db.get_view_definition

    async def view_definition(view: str) -> str | None:
        return await own(view) or await db.execute_fn(lambda conn: linked.temp_view_sql(conn, view))

    db.get_view_definition = view_definition
    db.finds_temp_views = True


@hookimpl
def menu_links(datasette):
    return [{"href": datasette.urls.path("/councils"), "label": "Councils, meetings and people"}] \
        if datasette.plugin_config(PLUGIN) else None


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


PAGE_LINKS = {("meetings", "body"): "meeting", ("meetings", "date"): "meeting", ("people", "name"): "person",
              ("councils", "name"): "council", ("indicator_series", "name"): "series",
              ("indicator_series", "code"): "series"}
"""(table, column) whose cells link to their row's page."""
FOREIGN_LINKS = {"meeting": "meeting", "person": "person", "council_id": "council", "series": "series",
                 "first_meeting": "meeting"}
"""Columns holding a meeting's, person's, council's or series' id: linked to its page."""


def _row_page(row, value, column: str, table: str | None, datasette):
    """A cell as a link to the page of its row (a meeting's body) or of the row it refers to (a meeting id)."""
    if (table, column) in PAGE_LINKS and value not in (None, "") and "id" in row.keys():  # noqa: SIM118
        id_, label, kind = row["id"], value, PAGE_LINKS[table, column]
    elif column in FOREIGN_LINKS:  # an expanded foreign key is {"value": id, "label": its label column}
        id_ = value["value"] if isinstance(value, dict) else value
        label, kind = (value.get("label") or id_) if isinstance(value, dict) else value, FOREIGN_LINKS[column]
    else:
        return None
    if not isinstance(id_, int):
        return None
    return markupsafe.Markup('<a href="{}">{}</a>').format(datasette.urls.path(f"/{kind}/{id_}"), label)


REFERENCES = {"document": ("documents", "file_name"), "person": ("people", "name"), "meeting": ("meetings", "body"),
              "minute": ("minutes", "title"), "series": ("indicator_series", "name"),
              "register": ("risk_registers", "name")}
"""A record's column holding another row's id -> (that table, the column it is labelled by), as Datasette labels a
table's foreign keys (a view has none)."""


def _view_cell(value, column: str, table: str, database: str, datasette):
    """What Datasette shows for a table's own page and no view's: its row's link on the id, another row it refers to
    by its label; and a pdf_url as the link it is."""
    if column == "pdf_url" and isinstance(value, str) and value.startswith(("/", "https://", "http://")):
        return markupsafe.Markup('<a href="{}" target="_blank" rel="noopener">{}</a>').format(value, value)
    base = linked.SHOWN.get(table, table)
    if not isinstance(value, int) or table == base:
        return None
    if column == "id" and base != "decisions":
        return markupsafe.Markup('<a href="{}">{}</a>').format(datasette.urls.row(database, base, value), value)
    if column not in REFERENCES:
        return None
    other, label_column = REFERENCES[column]

    async def reference():
        found = (await datasette.get_database(database).execute(
            f"select [{label_column}] from [{other}] where id = ?", [value])).first()
        label = found[0] if found and found[0] not in (None, "") else value
        return _row_page({}, {"value": value, "label": label}, column, base, datasette) or markupsafe.Markup(
            '<a href="{}">{}</a>').format(datasette.urls.row(database, other, value), label)

    return reference


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    config = datasette.plugin_config(PLUGIN)
    if not config or database != config["database"]:
        return None
    shown = _view_cell(value, column, table, database, datasette)
    if shown:
        return shown
    table = linked.SHOWN.get(table, table)
    linked_page = _row_page(row, value, column, table, datasette)
    if linked_page:
        return linked_page
    if column != "page" or not config.get("pdf_dir") or not isinstance(value, int) \
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
        return markupsafe.Markup('<a href="{}" title="{} page {}" target="_blank" rel="noopener">p. {}</a>').format(
            datasette.urls.path(url), found["file_name"], value, value
        )

    return link
