"""Exports: typed Parquet read back by pyarrow, CSV, the dyad/1 records, a GDELT event table."""

from __future__ import annotations

import datetime as dt
import json

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest
import test_store
from test_store import ALEPPO, kirby_accuses, kirby_talks, report, undated

from dyad.errors import DyadError
from dyad.export import FORMATS, GDELT_COLUMNS, TABLES, export, schemas
from dyad.records import Article, Record, failed_record

# The store fixtures (each test runs on SQLite and on PostgreSQL), under their names here.
store_url, store = test_store.store_url, test_store.store


@pytest.fixture
def filled(store):
    store.write_many([
        kirby_talks(), kirby_accuses(), undated(),
        report("s1", "Agency A", "2016-12-13", "193", -10.0, ALEPPO),
        report("s2", "Paper B", "2016-12-14", "195", -9.0, ALEPPO),
        failed_record(Article(text="", id="bad", title="Empty"), "empty", "no text"),
    ])
    return store


@pytest.fixture
def out(tmp_path):
    """An export folder apart from the store's own files."""
    return tmp_path / "export"


def test_every_table_has_a_schema():
    assert tuple(schemas()) == TABLES
    assert FORMATS == ("parquet", "csv", "jsonl", "gdelt")


def test_parquet_tables_are_typed(filled, out):
    counts = export(filled, out, "parquet")
    assert counts == {"documents.parquet": 6, "actors.parquet": 12, "quotes.parquet": 2,
                      "events.parquet": 6, "places.parquet": 3, "entities.parquet": 7,
                      "stories.parquet": 4}
    for table in TABLES:
        assert pq.read_schema(out / f"{table}.parquet").equals(schemas()[table])
    events = pq.read_table(out / "events.parquet")
    assert events.schema.field("date").type == pa.date32()
    assert events.schema.field("goldstein").type == pa.float64()
    assert events.schema.field("negated").type == pa.bool_()
    rows = {(r["doc_id"], r["id"]): r for r in events.to_pylist()}
    g1 = rows[("d3", "g1")]
    assert (g1["date"], g1["negated"], g1["source_entity"]) == (
        dt.date(2017, 1, 5), True, "TURGOV|mevlüt çavuşoğlu")
    actors = pq.read_table(out / "actors.parquet").to_pylist()
    kirby = next(a for a in actors if a["doc_id"] == "d1" and a["id"] == "a1")
    assert kirby["sector"] == ["GOV"]
    assert kirby["mentions"] == [{"start": 0, "end": 10}, {"start": 53, "end": 55}]
    docs = {d["id"]: d for d in pq.read_table(out / "documents.parquet").to_pylist()}
    assert docs["d1"]["published"] == dt.date(2016, 10, 3)
    assert docs["d3"]["published"] is None and docs["bad"]["error_code"] == "empty"
    assert docs["d1"]["ingested_at"].tzinfo is not None
    places = pq.read_table(out / "places.parquet").to_pylist()
    assert places[0]["geonames_id"] == 170063 and places[0]["lat"] == 36.20124
    stories = pq.read_table(out / "stories.parquet").to_pylist()
    aleppo = next(s for s in stories if s["num_articles"] == 2)
    assert aleppo["mentions"] == [{"doc_id": "s1", "event_id": "e1"},
                                  {"doc_id": "s2", "event_id": "e1"}]
    assert aleppo["last_date"] == dt.date(2016, 12, 14)
    entities = pq.read_table(out / "entities.parquet").to_pylist()
    assert entities[0]["name"] == "Russia" and entities[0]["documents"] == 4


def test_export_reads_in_batches(filled, out, monkeypatch):
    import dyad.export

    monkeypatch.setattr(dyad.export, "BATCH", 2)
    export(filled, out, "parquet", tables=("quotes", "events"))
    assert sorted(p.name for p in out.iterdir()) == ["events.parquet", "quotes.parquet"]
    events = pq.read_table(out / "events.parquet")
    assert events.num_rows == 6 and len(set(events.column("doc_id").to_pylist())) == 5


def test_csv_tables(filled, out):
    counts = export(filled, out, "csv", tables=("actors", "quotes"))
    assert counts == {"actors.csv": 12, "quotes.csv": 2}
    actors = pacsv.read_csv(out / "actors.csv")
    assert actors.column_names == schemas()["actors"].names
    kirby = actors.to_pylist()[0]
    assert json.loads(kirby["sector"]) == ["GOV"]
    assert json.loads(kirby["mentions"])[0] == {"start": 0, "end": 10}
    quotes = pacsv.read_csv(out / "quotes.csv")
    assert quotes.schema.field("start").type == pa.int64()
    assert quotes.column("text").to_pylist() == ["the talks had failed", "We are done,"]


def test_jsonl_is_the_records(filled, out):
    assert export(filled, out, "jsonl") == {"records.jsonl": 6}
    lines = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    records = {r.id: r for r in (Record.from_dict(json.loads(line)) for line in lines)}
    assert records["d1"] == kirby_talks() and records["d3"] == undated()
    assert records["bad"].error == {"code": "empty", "message": "no text"}


def test_gdelt_event_table(filled, out):
    assert export(filled, out, "gdelt") == {"events.gdelt.tsv": 4}
    path = out / "events.gdelt.tsv"
    assert path.read_text().splitlines()[0].split("\t") == GDELT_COLUMNS
    assert len(GDELT_COLUMNS) == 61
    t = pacsv.read_csv(path, parse_options=pacsv.ParseOptions(delimiter="\t"),
                       convert_options=pacsv.ConvertOptions(
                           strings_can_be_null=True, column_types={"EventCode": pa.string(),
                                         "EventBaseCode": pa.string(),
                                         "EventRootCode": pa.string()}))
    types = {f.name: f.type for f in t.schema}
    assert types["GLOBALEVENTID"] == types["SQLDATE"] == types["NumArticles"] == pa.int64()
    assert types["GoldsteinScale"] == types["ActionGeo_Lat"] == pa.float64()
    rows = {(r["SQLDATE"], r["EventCode"]): r for r in t.to_pylist()}
    aleppo = rows[20161213, "193"]
    assert (aleppo["Actor1Code"], aleppo["Actor1Name"], aleppo["Actor2CountryCode"]) == (
        "RUS", "Russia", "SYR")
    assert (aleppo["EventCode"], aleppo["EventBaseCode"], aleppo["EventRootCode"]) == (
        "193", "193", "19")
    assert (aleppo["QuadClass"], aleppo["GoldsteinScale"], aleppo["NumArticles"],
            aleppo["NumSources"], aleppo["NumMentions"]) == (4, -10.0, 2, 2, 2)
    assert (aleppo["ActionGeo_Type"], aleppo["ActionGeo_FullName"],
            aleppo["ActionGeo_FeatureID"]) == (4, "Aleppo", 170063)
    assert (aleppo["MonthYear"], aleppo["Year"], aleppo["FractionDate"]) == (
        201612, 2016, 2016.9507)
    assert aleppo["SOURCEURL"] == "https://x.org/s1"
    kirby = rows[20161120, "112"]
    assert (kirby["Actor1Code"], kirby["Actor1CountryCode"], kirby["Actor1Type1Code"]) == (
        "USAGOV", "USA", "GOV")
    assert kirby["ActionGeo_Type"] is None and kirby["SOURCEURL"] is None
    assert len({r["GLOBALEVENTID"] for r in t.to_pylist()}) == 4


def test_empty_store_exports_empty_typed_tables(store, out):
    export(store, out, "parquet")
    for table in TABLES:
        t = pq.read_table(out / f"{table}.parquet")
        assert t.num_rows == 0 and t.schema.equals(schemas()[table])


def test_export_errors(filled, out):
    with pytest.raises(DyadError, match="format"):
        export(filled, out, "xlsx")
    with pytest.raises(DyadError, match="no such table"):
        export(filled, out, "csv", tables=("tweets",))
    out.mkdir()
    (out / "file").write_text("x")
    with pytest.raises(DyadError, match="cannot write"):
        export(filled, out / "file" / "more", "csv")
