"""Datasette plugin: finding decisions by topic in a served archive.

- Every full-text search of the archive reads FTS5 syntax as `minutebook search` does (`search.fts_query` in place
  of Datasette's `escape_fts`, which quotes `OR` as a word), and a malformed one is answered with a message.
- A table's page and its exports are served from its view with `pdf_url` (linked.py), bbox and ocr left out of
  the page unless asked for; a search of decisions, minutes or pages is ranked: answered by its `*_found` view
  sorted by relevance (bm25; for decisions the title weighted above the wording), its cursor column hidden.
- `/-/search` (search all) is one server-rendered page: decisions, minutes and pages in that order, each ranked,
  with highlighted snippets and links to the PDF page (in a new tab) and to the meeting.
- SQL functions for canned queries: `pdf_url(source, page)`, the served URL of a PDF page, so exports carry it;
  `decision_key(sha256, page, text)`, a decision's identity across re-derivations (as alerts know it).
- A `snippet` column keeps its <mark> highlights in HTML; an Atom feed with no entries is an empty feed, not a 500.

Active only where the metadata configures `plugins.minutebook` (see plugin.py).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from urllib.parse import parse_qsl, urlencode

import markupsafe
from datasette import hookimpl
from datasette.filters import FilterArguments
from datasette.utils.asgi import Response
from sqlite_utils import Database

from ..alerts import decision_key
from ..search import MARK_END, MARK_START, QueryError, fts_query, query_problem, search
from . import linked
from .linked import FOUND, HIDDEN_COLUMNS, LINKED, SHOWN
from .metadata import QUERIES, TABLES
from .plugin import PLUGIN, pdf_url

SECTIONS = {"resolutions": "Decisions", "minutes": "Minutes", "pages": "Pages"}
"""Search-all's sections, in the order shown."""
SECTION_TABLES = {"resolutions": "decisions", "minutes": "minutes", "pages": "pages"}
PER_SECTION = 10
PHRASE_QUERIES = [name for name, query in QUERIES.items() if "escape_fts(:phrase)" in query["sql"]]
"""The canned queries that search for a `phrase`."""
_MARKS = re.compile(r"&lt;(/?)mark&gt;")


def _config(datasette) -> dict | None:
    return datasette.plugin_config(PLUGIN)


def page_url(config: dict, source: str | None, page: int | None) -> str | None:
    """The URL of a PDF page: served from the PDF folder, else the source's own web address; None for neither."""
    if not source or not page:
        return None
    if config.get("pdf_dir"):
        url = pdf_url(source, page, config["pdf_dir"], config["pdf_mount"])
        if url:
            return url
    return f"{source}#page={page}" if source.startswith(("https://", "http://")) else None


@hookimpl(trylast=True)
def prepare_connection(conn, database, datasette):
    """Last, so this `escape_fts` replaces Datasette's own for the archive."""
    config = _config(datasette)
    if not config or database != config["database"]:
        return
    conn.create_function("escape_fts", 1, lambda text: fts_query(text or "") or '""', deterministic=True)
    conn.create_function("pdf_url", 2, lambda source, page: page_url(config, source, page), deterministic=True)
    conn.create_function("decision_key", 3, decision_key, deterministic=True)
    linked.create(conn)


@hookimpl(trylast=True)
def filters_from_request(request, database, table, datasette):
    """A `*_found` view's search: the match that gives it its relevance, and the page's search box. Its metadata
    names no fts_table, so Datasette adds no match of its own (a second one, in a subquery of every match's id, took
    a third of the time of a common word's search over a million records). Last, so its search box stays."""
    config = _config(datasette)
    if not config or database != config["database"] or table not in FOUND.values():
        return None
    search = request.args.get("_search", "")
    page = {"supports_search": True, "search": search}
    if not search:
        return FilterArguments([], extra_context=page)
    return FilterArguments(["search match escape_fts(:search)"], {"search": search}, [f'search matches "{search}"'],
                           page)


def table_request(scope: dict, database: str) -> dict:
    """A request for a table's page or export as one for the view it is shown through (linked.py): its rows with
    `pdf_url`, or, for a search of decisions, minutes or pages, their ranked view sorted by relevance (unless a
    sort is asked for) without its cursor column. A table page leaves bbox and ocr out unless columns are chosen.
    A view pages by offset: a table's own `_next` (a key) is dropped; `_shape=object` (keyed rows) stays the table's.
    A blank search of any table is no search (an empty search box lists every row). Other requests unchanged."""
    path = scope.get("path", "")
    if not path.startswith(f"/{database}/"):
        return scope
    args = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
    kept = [(key, value) for key, value in args if not (key.startswith("_search") and not value.strip())]
    if kept != args:
        scope = {**scope, "query_string": urlencode(kept).encode("latin-1")}
        args = kept
    match = re.fullmatch(rf"/{re.escape(database)}/(\w+?)(\.\w+)?", path)
    table = SHOWN.get(match[1]) if match else None
    if table is None or ("_shape", "object") in args:  # rows keyed by primary key: a table's alone
        return scope
    args = [(key, value) for key, value in _unsorted_form(table, args) if key != "_next" or value.isdigit()]
    keys = {key for key, _ in args}
    view = FOUND[table] if table in FOUND and "_search" in keys else LINKED[table]
    if view == FOUND.get(table):
        args += [] if keys & {"_sort", "_sort_desc"} else [("_sort", "relevance")]
        args += [] if "_col" in keys or ("_nocol", "search") in args else [("_nocol", "search")]
    if not match[2] and not keys & {"_col", "_nocol"}:
        args += [("_nocol", column) for column in HIDDEN_COLUMNS.get(table, ())]
    path = f"/{database}/{view}{match[2] or ''}"
    return {**scope, "path": path, "raw_path": path.encode(), "query_string": urlencode(args).encode("latin-1")}


def _unsorted_form(table: str, args: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Datasette's table form sends the page's sort with every search (its sort box is only hidden on wide
    screens): the table's default sort sent so is no sort asked for."""
    metadata = TABLES.get(table, {})
    default = metadata.get("sort_desc") or metadata.get("sort")
    descending = "_sort_by_desc" in {key for key, _ in args}
    if ("_sort", default) in args and descending == bool(metadata.get("sort_desc")):
        return [(key, value) for key, value in args if key not in ("_sort", "_sort_by_desc")]
    return args


def phrase_problem(scope: dict, database: str) -> str | None:
    """Why a canned query's `phrase` cannot be searched for (Datasette would show SQLite's bare complaint)."""
    if not re.fullmatch(rf"/{re.escape(database)}/({'|'.join(PHRASE_QUERIES)})(\.\w+)?", scope.get("path", "")):
        return None
    args = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True))
    return query_problem(args.get("phrase", ""))


def _problem_response(path: str, problem: str) -> Response:
    message = f"The search could not be understood: {problem}"
    if path.endswith(".json"):
        return Response.json({"ok": False, "error": message, "status": 400, "title": "Search not understood"},
                             status=400)
    if "." in path.rsplit("/", 1)[-1]:  # .atom, .csv
        return Response.text(message, status=400)
    return Response.html(f"<!DOCTYPE html><html><head><title>Search not understood</title></head><body>"
                         f"<h1>Search not understood</h1><p>{markupsafe.escape(message)}</p>"
                         f'<p><a href="{markupsafe.escape(path)}">Back to the query</a></p></body></html>', status=400)


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def ranked(scope, receive, send):
            config = _config(datasette)
            if scope["type"] == "http" and config:
                problem = phrase_problem(scope, config["database"])
                if problem:
                    await _problem_response(scope["path"], problem).asgi_send(send)
                    return
                scope = table_request(scope, config["database"])
            await app(scope, receive, send)

        return ranked

    return wrap


@hookimpl(tryfirst=True)
def register_routes(datasette):
    """Before datasette-search-all's /-/search."""
    config = _config(datasette)
    if not config:
        return []

    async def search_all(request):
        return await _search_all(datasette, config, request)

    return [(r"^/-/search$", search_all)]


async def _search_all(datasette, config: dict, request) -> Response:
    query = request.args.get("q", "").strip()
    sections, error = [], None
    if query:
        db = datasette.get_database(config["database"])
        try:
            for kind, heading in SECTIONS.items():
                hits = await db.execute_fn(lambda conn, kind=kind: search(Database(conn), query, (kind,),
                                                                          limit=PER_SECTION))
                table = datasette.urls.table(config["database"], SECTION_TABLES[kind])
                sections.append({"heading": heading, "hits": [_shown(datasette, config, hit) for hit in hits],
                                 "more": f"{table}?{urlencode({'_search': query})}"})
        except QueryError as exc:
            error = str(exc)
    html = await datasette.render_template(datasette.jinja_env.from_string(SEARCH_ALL), {
        "q": query, "sections": sections, "error": error}, request=request)
    return Response.html(html, status=400 if error else 200)


def _shown(datasette, config: dict, hit) -> dict:
    url = page_url(config, hit.source, hit.page)
    snippet = str(markupsafe.escape(hit.snippet)).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
    return {"title": hit.title, "snippet": markupsafe.Markup(snippet), "file_name": hit.file_name, "page": hit.page,
            "where": " · ".join(str(part) for part in (hit.body, hit.date, hit.council) if part),
            "pdf": datasette.urls.path(url) if url and url.startswith("/") else url,
            "meeting": datasette.urls.path(f"/meeting/{hit.meeting}") if hit.meeting else None}


SEARCH_ALL = """{% extends "base.html" %}
{% block title %}Search the archive{% if q %}: {{ q }}{% endif %}{% endblock %}
{% block content %}
<h1>Search the archive</h1>
<form action="" method="get"><p>
  <input type="search" name="q" value="{{ q }}" size="50" aria-label="Search">
  <input type="submit" value="Search"></p>
  <p class="search-help">All words must match (word stems: school finds schools); use "a phrase", word*,
  OR, NOT and parentheses.</p>
</form>
{% if error %}<p class="message-error">{{ error }}</p>{% endif %}
{% for section in sections %}
<section class="search-section">
  <h2>{{ section.heading }}{% if section.hits %} <small>(best first)</small>{% endif %}</h2>
  {% if not section.hits %}<p>No matches.</p>{% endif %}
  <ol>
  {% for hit in section.hits %}
    <li>{% if hit.title %}<strong>{{ hit.title }}</strong><br>{% endif %}
      <span class="snippet">{{ hit.snippet }}</span><br>
      <small>{{ hit.where }}{% if hit.meeting %} · <a href="{{ hit.meeting }}">meeting</a>{% endif %} ·
      {% if hit.pdf %}<a href="{{ hit.pdf }}" target="_blank" rel="noopener">{{ hit.file_name }} p. {{ hit.page }}</a>
      {% else %}{{ hit.file_name }}{% if hit.page %} p. {{ hit.page }}{% endif %}{% endif %}</small></li>
  {% endfor %}
  </ol>
  {% if section.hits %}<p><a href="{{ section.more }}">All matching {{ section.heading|lower }}</a></p>{% endif %}
</section>
{% endfor %}
{% endblock %}"""


@hookimpl
def render_cell(value, column, datasette):
    """A snippet's highlights (SQL snippet() with <mark>) shown as highlights, everything else in it escaped."""
    if column != "snippet" or not isinstance(value, str) or not _config(datasette):
        return None
    return markupsafe.Markup(_MARKS.sub(r"<\1mark>", str(markupsafe.escape(value))))


@hookimpl
def handle_exception(datasette, request, exception):
    """datasette-atom cannot make a feed of no rows (max() of nothing): an empty feed is the answer."""
    if not _config(datasette) or not request.path.endswith(".atom") or not isinstance(exception, ValueError):
        return None
    from feedgen.feed import FeedGenerator

    feed = FeedGenerator()
    feed.id(request.url)
    feed.title("No matching decisions yet")
    feed.author({"name": "minutebook"})
    feed.link(href=request.url, rel="self")
    feed.updated(datetime.now(UTC))
    return Response(feed.atom_str(pretty=True), content_type="application/xml; charset=utf-8")
