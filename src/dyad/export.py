"""A store's contents as files other tools read: Parquet, CSV, JSON Lines, GDELT-style events.

``parquet`` and ``csv`` write one table per record type (documents, actors, quotes, events,
places), the cross-document actors (entities) and the deduplicated story events (stories).
Parquet columns are typed (dates as dates, spans as integers, sectors and mentions as lists);
CSV has the same columns, with lists as JSON text. ``jsonl`` writes each document's dyad/1
record, one a line. ``gdelt`` writes the story events as a GDELT 2.0 event table
(tab-separated, with a header row), filling the columns Dyad knows.

Documents are read from the store a batch at a time, so an export's memory does not grow
with the store (the story events, grouped across the whole store, are the exception).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dyad.errors import DyadError

if TYPE_CHECKING:
    import pyarrow as pa

    from dyad.store import Store

FORMATS = ("parquet", "csv", "jsonl", "gdelt")
TABLES = ("documents", "actors", "quotes", "events", "places", "entities", "stories")
# Documents per read from the store.
BATCH = 500


@cache
def schemas() -> dict[str, pa.Schema]:
    """Each table's Arrow schema (pyarrow is imported only when an export needs it)."""
    import pyarrow as pa

    span = pa.struct([("start", pa.int32()), ("end", pa.int32())])
    return {
        "documents": pa.schema([
            ("id", pa.string()), ("schema", pa.string()), ("title", pa.string()),
            ("url", pa.string()), ("source", pa.string()), ("published", pa.date32()),
            ("text", pa.string()), ("error_code", pa.string()), ("error_message", pa.string()),
            ("content_hash", pa.string()), ("origin", pa.string()),
            ("ingested_at", pa.timestamp("us", tz="UTC")),
        ]),
        "actors": pa.schema([
            ("doc_id", pa.string()), ("id", pa.string()), ("entity_id", pa.string()),
            ("name", pa.string()), ("kind", pa.string()), ("country", pa.string()),
            ("sector", pa.list_(pa.string())), ("code", pa.string()), ("role", pa.string()),
            ("affiliation", pa.string()), ("gender", pa.string()), ("mentions", pa.list_(span)),
        ]),
        "quotes": pa.schema([
            ("doc_id", pa.string()), ("id", pa.string()), ("text", pa.string()),
            ("start", pa.int32()), ("end", pa.int32()), ("kind", pa.string()),
            ("speaker", pa.string()), ("speaker_name", pa.string()),
            ("speaker_entity", pa.string()), ("speaker_start", pa.int32()),
            ("speaker_end", pa.int32()), ("cue", pa.string()), ("cue_start", pa.int32()),
            ("cue_end", pa.int32()), ("addressee", pa.string()),
        ]),
        "events": pa.schema([
            ("doc_id", pa.string()), ("id", pa.string()), ("cameo", pa.string()),
            ("root", pa.string()), ("plover", pa.string()), ("penta", pa.int8()),
            ("quad_class", pa.int8()), ("goldstein", pa.float64()), ("source", pa.string()),
            ("source_entity", pa.string()), ("target", pa.string()),
            ("target_entity", pa.string()), ("trigger", pa.string()),
            ("trigger_start", pa.int32()), ("trigger_end", pa.int32()),
            ("sentence_start", pa.int32()), ("sentence_end", pa.int32()),
            ("negated", pa.bool_()), ("modality", pa.string()), ("date", pa.date32()),
            ("place", pa.string()), ("confidence", pa.float64()), ("evidence", pa.string()),
        ]),
        "places": pa.schema([
            ("doc_id", pa.string()), ("id", pa.string()), ("name", pa.string()),
            ("feature", pa.string()), ("country", pa.string()), ("lat", pa.float64()),
            ("lon", pa.float64()), ("geonames_id", pa.int64()), ("mentions", pa.list_(span)),
        ]),
        "entities": pa.schema([
            ("entity_id", pa.string()), ("name", pa.string()), ("kind", pa.string()),
            ("country", pa.string()), ("code", pa.string()), ("documents", pa.int64()),
            ("mentions", pa.int64()), ("quotes", pa.int64()), ("events", pa.int64()),
        ]),
        "stories": pa.schema([
            ("story_id", pa.string()), ("number", pa.int64()), ("date", pa.date32()),
            ("last_date", pa.date32()), ("cameo", pa.string()), ("root", pa.string()),
            ("plover", pa.string()), ("quad_class", pa.int8()), ("goldstein", pa.float64()),
            ("source", pa.string()), ("source_entity", pa.string()),
            ("source_country", pa.string()), ("source_code", pa.string()),
            ("target", pa.string()), ("target_entity", pa.string()),
            ("target_country", pa.string()), ("target_code", pa.string()),
            ("place", pa.string()), ("place_country", pa.string()), ("place_lat", pa.float64()),
            ("place_lon", pa.float64()), ("place_geonames_id", pa.int64()),
            ("num_articles", pa.int32()), ("num_sources", pa.int32()),
            ("num_mentions", pa.int32()), ("url", pa.string()),
            ("mentions", pa.list_(pa.struct([("doc_id", pa.string()),
                                             ("event_id", pa.string())]))),
        ]),
    }


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None  # a partial date ("2016-12") has no day to be


def _timestamp(value: str | None) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


def _spans(rows: list[dict[str, Any]], owner: str) -> dict[tuple[str, str], list[dict]]:
    out: dict[tuple[str, str], list[dict]] = {}
    for m in rows:
        out.setdefault((m["doc_id"], m[owner]), []).append(
            {"start": m["span_start"], "end": m["span_end"]})
    return out


def _in(ids: list[str]) -> str:
    return "(" + ", ".join("?" * len(ids)) + ")"


def _documents(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    rows = store.rows(
        "SELECT id, schema, title, url, source, published, text, error_code, error_message,"
        f" content_hash, origin, ingested_at FROM documents WHERE id IN {_in(ids)} ORDER BY id",
        ids)
    for r in rows:
        r["published"] = _date(r["published"])
        r["ingested_at"] = _timestamp(r["ingested_at"])
    return rows


def _actors(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    mentions = _spans(store.rows(
        "SELECT doc_id, actor_id, span_start, span_end FROM mentions"
        f" WHERE doc_id IN {_in(ids)} ORDER BY doc_id, actor_id, position", ids), "actor_id")
    rows = store.rows(
        "SELECT doc_id, id, entity_id, name, kind, country, sector, code, role, affiliation,"
        f" gender FROM actors WHERE doc_id IN {_in(ids)} ORDER BY doc_id, position", ids)
    for r in rows:
        r["sector"] = json.loads(r["sector"])
        r["mentions"] = mentions.get((r["doc_id"], r["id"]), [])
    return rows


def _quotes(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    return store.rows(
        "SELECT q.doc_id, q.id, q.text, q.span_start AS start, q.span_end AS \"end\", q.kind,"
        " q.speaker, s.name AS speaker_name, s.entity_id AS speaker_entity, q.speaker_start,"
        " q.speaker_end, q.cue, q.cue_start, q.cue_end, q.addressee FROM quotes q"
        " LEFT JOIN actors s ON s.doc_id = q.doc_id AND s.id = q.speaker"
        f" WHERE q.doc_id IN {_in(ids)} ORDER BY q.doc_id, q.position", ids)


def _events(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    rows = store.rows(
        "SELECT ev.doc_id, ev.id, ev.cameo, ev.root, ev.plover, ev.penta, ev.quad_class,"
        " ev.goldstein, ev.source, sa.entity_id AS source_entity, ev.target,"
        " ta.entity_id AS target_entity, ev.trigger, ev.trigger_start, ev.trigger_end,"
        " ev.sentence_start, ev.sentence_end, ev.negated, ev.modality, ev.date, ev.place,"
        " ev.confidence, ev.evidence FROM events ev"
        " LEFT JOIN actors sa ON sa.doc_id = ev.doc_id AND sa.id = ev.source"
        " LEFT JOIN actors ta ON ta.doc_id = ev.doc_id AND ta.id = ev.target"
        f" WHERE ev.doc_id IN {_in(ids)} ORDER BY ev.doc_id, ev.position", ids)
    for r in rows:
        r["negated"] = bool(r["negated"])
        r["date"] = _date(r["date"])
    return rows


def _places(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    mentions = _spans(store.rows(
        "SELECT doc_id, place_id, span_start, span_end FROM place_mentions"
        f" WHERE doc_id IN {_in(ids)} ORDER BY doc_id, place_id, position", ids), "place_id")
    rows = store.rows(
        "SELECT doc_id, id, name, feature, country, lat, lon, geonames_id FROM places"
        f" WHERE doc_id IN {_in(ids)} ORDER BY doc_id, position", ids)
    for r in rows:
        r["mentions"] = mentions.get((r["doc_id"], r["id"]), [])
    return rows


_PER_DOCUMENT: dict[str, Callable[[Store, list[str]], list[dict[str, Any]]]] = {
    "documents": _documents, "actors": _actors, "quotes": _quotes, "events": _events,
    "places": _places,
}


def _stories(store: Store) -> list[dict[str, Any]]:
    out = []
    for s in store.story_events():
        row = {k: s[k] for k in schemas()["stories"].names if k != "mentions"}
        row["date"], row["last_date"] = _date(s["date"]), _date(s["last_date"])
        row["mentions"] = [{"doc_id": m["doc_id"], "event_id": m["event_id"]}
                           for m in s["mentions"]]
        out.append(row)
    return out


def table_batches(store: Store, table: str, batch: int = BATCH) -> Iterator[pa.Table]:
    """One table's rows as typed Arrow tables, a batch of documents at a time."""
    import pyarrow as pa

    schema = schemas()[table]
    if table == "entities":
        yield pa.Table.from_pylist(store.actors(), schema=schema)
        return
    if table == "stories":
        yield pa.Table.from_pylist(_stories(store), schema=schema)
        return
    ids = store.document_ids()
    for i in range(0, len(ids), batch):
        yield pa.Table.from_pylist(_PER_DOCUMENT[table](store, ids[i:i + batch]),
                                   schema=schema)


def _as_csv(t: pa.Table) -> pa.Table:
    """Lists (sectors, mentions) as JSON text: CSV has no lists."""
    import pyarrow as pa

    for i, field in enumerate(t.schema):
        if pa.types.is_list(field.type):
            text = [None if v is None else json.dumps(v, ensure_ascii=False)
                    for v in t.column(i).to_pylist()]
            t = t.set_column(i, pa.field(field.name, pa.string()), pa.array(text, pa.string()))
    return t


def export(store: Store, out: str | Path, fmt: str, *,
           tables: tuple[str, ...] | None = None) -> dict[str, int]:
    """Write the store into the folder ``out`` (made if missing) as ``fmt``; return the rows
    written per file name."""
    if fmt not in FORMATS:
        raise DyadError(f"export format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    unknown = set(tables or ()) - set(TABLES)
    if unknown:
        raise DyadError(f"no such table: {', '.join(sorted(unknown))} (tables: "
                        f"{', '.join(TABLES)})")
    folder = Path(out)
    if folder.exists() and not folder.is_dir():
        raise DyadError(f"{folder} is a file: --out names the folder to write into")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DyadError(f"cannot write to {folder}: {exc}") from exc
    if fmt == "jsonl":
        return {"records.jsonl": _write_jsonl(store, folder / "records.jsonl")}
    if fmt == "gdelt":
        return {"events.gdelt.tsv": write_gdelt(store.story_events(),
                                                folder / "events.gdelt.tsv")}
    counts = {}
    for table in tables or TABLES:
        name = f"{table}.{fmt}"
        counts[name] = _write_table(store, table, folder / name, fmt)
    return counts


def _write_table(store: Store, table: str, path: Path, fmt: str) -> int:
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    n = 0
    schema = schemas()[table]
    if fmt == "parquet":
        with pq.ParquetWriter(path, schema) as writer:
            for t in table_batches(store, table):
                writer.write_table(t)
                n += t.num_rows
            if n == 0:
                writer.write_table(schema.empty_table())
        return n
    csv_schema = _as_csv(schema.empty_table()).schema
    with pacsv.CSVWriter(path, csv_schema) as writer:
        for t in table_batches(store, table):
            writer.write_table(_as_csv(t))
            n += t.num_rows
    return n


def _write_jsonl(store: Store, path: Path) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as f:
        for doc_id in store.document_ids():
            record = store.get(doc_id)
            if record is not None:
                f.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
                n += 1
    return n


def _actor_columns(prefix: str) -> list[str]:
    return [prefix + c for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                                 "Religion1Code", "Religion2Code", "Type1Code", "Type2Code",
                                 "Type3Code")]


def _geo_columns(prefix: str) -> list[str]:
    return [prefix + c for c in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code",
                                 "Lat", "Long", "FeatureID")]


# The 61 columns of a GDELT 2.0 event table, in order.
GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *_actor_columns("Actor1"), *_actor_columns("Actor2"),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *_geo_columns("Actor1Geo_"), *_geo_columns("Actor2Geo_"), *_geo_columns("ActionGeo_"),
    "DATEADDED", "SOURCEURL",
]

# CAMEO's codes for groups that belong to no country ("IGOUNO": the UN).
_KNOWN_GROUPS = ("IGO", "NGO", "NGM", "MNC", "UIS")


def _gdelt_actor(story: dict[str, Any], side: str) -> list[Any]:
    code, country = story[side + "_code"], story[side + "_country"]
    known = ""
    rest = ""
    if code:
        if country and code.startswith(country):
            rest = code[len(country):]
        elif code[:3] in _KNOWN_GROUPS:
            known, rest = code[3:6], code[6:]
    types = [rest[i:i + 3] for i in range(0, 9, 3)]
    return [code, story[side], country, known, "", "", "", *types]


def _gdelt_geo(story: dict[str, Any]) -> list[Any]:
    """GDELT's geo type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state."""
    if story["place"] is None:
        return [""] * 8
    feature, country = story.get("place_feature"), story["place_country"]
    if feature == "country":
        kind = 1
    elif feature == "admin1":
        kind = 2 if country == "USA" else 5
    else:
        kind = 3 if country == "USA" else 4
    return [kind, story["place"], country, "", "", story["place_lat"], story["place_lon"],
            story["place_geonames_id"]]


def gdelt_row(story: dict[str, Any], added: str) -> list[Any]:
    """One story event as a GDELT 2.0 event row. Country codes are ISO 3166 alpha-3 (CAMEO's
    actor country codes) where GDELT's geo columns use FIPS 10-4; a FeatureID is a GeoNames
    id; AvgTone, IsRootEvent and the actors' own locations are left empty."""
    day = _date(story["date"])
    when: list[Any] = [""] * 4
    if day is not None:
        fraction = day.year + (day.timetuple().tm_yday - 1) / 365
        when = [day.strftime("%Y%m%d"), day.strftime("%Y%m"), day.year, f"{fraction:.4f}"]
    cameo = story["cameo"]
    return [
        story["number"], *when,
        *_gdelt_actor(story, "source"), *_gdelt_actor(story, "target"),
        "", cameo, cameo[:3], story["root"], story["quad_class"], story["goldstein"],
        story["num_mentions"], story["num_sources"], story["num_articles"], "",
        *[""] * 16, *_gdelt_geo(story),
        added, story["url"] or "",
    ]


def write_gdelt(stories: list[dict[str, Any]], path: Path) -> int:
    """Story events as a tab-separated GDELT 2.0 event table with a header row."""
    added = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%d%H%M%S")
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter="\t", lineterminator="\n")
        writer.writerow(GDELT_COLUMNS)
        for story in stories:
            writer.writerow(["" if v is None else v for v in gdelt_row(story, added)])
    return len(stories)
