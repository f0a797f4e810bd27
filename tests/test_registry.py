"""One list of record types: `Extraction`'s fields. Everything else that names record types or their fields is
made from it or agrees with it: the extractors, the archive's columns, links, delete order, indexes and full-text
indexes, and the Datasette metadata."""

from __future__ import annotations

import json

from conftest import sample_extractions

from minutebook.archive import load_extraction, topics
from minutebook.archive.columns import LINKS, RECORD_COLUMNS, SHARED, field_columns
from minutebook.archive.load import DELETE_ORDER
from minutebook.archive.rows import row_columns
from minutebook.archive.schema import FTS, INDEXES, JOINED_COLUMNS
from minutebook.archive.web.metadata import TABLES
from minutebook.extractors.pipeline import EXTRACTORS
from minutebook.schemas import RECORD_TYPES, Extraction


def test_every_record_type_has_an_extractor_a_table_and_a_description():
    assert list(RECORD_TYPES) == [name for name in Extraction.model_fields if name != "document"]
    assert set(EXTRACTORS) == set(RECORD_TYPES) == set(RECORD_COLUMNS)
    assert set(RECORD_TYPES) <= set(INDEXES) and set(RECORD_TYPES) <= set(TABLES)
    for table, description in TABLES.items():
        if table in RECORD_COLUMNS:
            assert description["description"]
            assert set(description.get("columns", {})) <= {*row_columns(table), *JOINED_COLUMNS.get(table, {}),
                                                            "document"}, table


def test_the_delete_order_takes_every_table_before_those_it_links_into():
    assert sorted(DELETE_ORDER) == sorted([*RECORD_COLUMNS, "pages"]) and DELETE_ORDER[-1] == "pages"
    for table, columns in RECORD_COLUMNS.items():
        for link in set(columns) & set(LINKS):
            assert DELETE_ORDER.index(table) < DELETE_ORDER.index(LINKS[link][1])


def test_the_archive_has_a_column_for_every_field_and_indexes_only_real_columns(archive):
    for table, model in RECORD_TYPES.items():
        assert list(archive[table].columns_dict) == ["id", "document", *row_columns(table),
                                                     *JOINED_COLUMNS.get(table, {})]
        assert set(field_columns(table, model).values()) <= set(archive[table].columns_dict)
        links = {fk.column: fk.other_table for fk in archive[table].foreign_keys if fk.column != "document"}
        joined = {"person": "people"} if "person" in JOINED_COLUMNS.get(table, {}) else {}
        shared = dict([SHARED[table]]) if table in SHARED else {}
        assert links == {c: LINKS[c][1] for c in RECORD_COLUMNS[table] if c in LINKS} | joined | shared
    for table, indexes in INDEXES.items():
        assert {c for index in indexes for c in index} <= set(archive[table].columns_dict), table
    for table, columns in FTS.items():
        assert set(columns) <= set(archive[table].columns_dict), table


def test_every_field_of_every_type_is_archived_and_a_new_version_replaces_every_row(archive, tmp_path):
    (tmp_path / "pdfs").mkdir()
    (first, pages), _ = sample_extractions(tmp_path / "pdfs")
    assert {name for name, count in first.counts().items() if count} == set(RECORD_TYPES)  # a sample of each
    load_extraction(archive, first, pages)
    for table, model in RECORD_TYPES.items():
        rows = list(archive.query(f"select * from [{table}] order by id"))
        for record, row in zip(getattr(first, table), rows, strict=True):
            data = record.model_dump(mode="json", by_alias=True)
            for field, column in field_columns(table, model).items():
                value = json.loads(row[column]) if isinstance(data[field], dict) else row[column]
                assert value == data[field], (table, field)
    counts = {table: archive[table].count for table in DELETE_ORDER}
    newer = first.model_copy(update={"document": first.document.model_copy(update={"sha256": "e" * 64})})
    load_extraction(archive, newer, pages)
    assert {table: archive[table].count for table in DELETE_ORDER} == counts  # replaced, not doubled


def test_every_table_and_view_is_described_for_datasette(archive):
    tables = {t for t in archive.table_names() if not t.startswith((*(f"{f}_fts" for f in FTS), topics.TABLE))}
    assert tables | set(archive.view_names()) == set(TABLES)
