"""Records into rows and rows back into records, with no engine-specific SQL."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from dyad.records import Actor, Event, Place, Quote, Record
from dyad.store.db import Database, first

# Child tables of a document, in an order that deletes referencing rows before referenced ones.
_CHILD_TABLES = ("events", "quotes", "place_mentions", "places", "mentions", "actors")


def fold(name: str) -> str:
    """The form names are matched in: case-folded, whitespace collapsed."""
    return " ".join(name.split()).casefold()


def entity_id(actor: Actor) -> str:
    """The cross-document identity of an actor: its CAMEO code (or kind) and folded name.

    "John Kirby" coded USAGOV in two articles is one entity; a "Georgia" coded GEO and one
    coded USA are two.
    """
    return f"{actor.code or actor.kind}|{fold(actor.name)}"


# What makes a stored document the same as a record: its text, error state and metadata (a
# publication date given again, corrected, changes the events' dates).
_SAME = ("content_hash", "error_code", "error_message", "title", "url", "source", "published")


def write_record(db: Database, record: Record, origin: str | None) -> str:
    """Store one record inside the caller's transaction; return the outcome.

    "unchanged" when the same text is stored with the same error state and metadata (nothing
    is written), "updated" when the document's rows are replaced, "inserted" when it is new.
    """
    error = record.error or {}
    code, message = error.get("code"), error.get("message")
    old = first(db.rows(
        "SELECT content_hash, error_code, error_message, title, url, source, published"
        " FROM documents WHERE id = ?",
        (record.id,),
    ))
    if old is not None and tuple(old[k] for k in _SAME) == (
        record.content_hash, code, message, record.title, record.url, record.source,
        record.published,
    ):
        return "unchanged"
    doc_row = (
        record.content_hash, record.schema, record.title, record.url, record.source,
        record.published, record.text, code, message, origin,
        datetime.now(timezone.utc).isoformat(timespec="seconds"), record.id,
    )
    if old is None:
        db.execute(
            "INSERT INTO documents (content_hash, schema, title, url, source, published, text,"
            " error_code, error_message, origin, ingested_at, id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            doc_row,
        )
        stale_entities: list[str] = []
    else:
        stale_entities = [r["entity_id"] for r in db.rows(
            "SELECT DISTINCT entity_id FROM actors WHERE doc_id = ?", (record.id,)
        )]
        for table in _CHILD_TABLES:
            db.execute(f"DELETE FROM {table} WHERE doc_id = ?", (record.id,))
        db.execute(
            "UPDATE documents SET content_hash = ?, schema = ?, title = ?, url = ?, source = ?,"
            " published = ?, text = ?, error_code = ?, error_message = ?, origin = ?,"
            " ingested_at = ? WHERE id = ?",
            doc_row,
        )
    if not record.error:
        _insert_rows(db, record)
    for eid in sorted(stale_entities):
        db.execute(
            "DELETE FROM entities WHERE id = ? AND NOT EXISTS"
            " (SELECT 1 FROM actors WHERE actors.entity_id = entities.id)",
            (eid,),
        )
    return "inserted" if old is None else "updated"


def _insert_rows(db: Database, record: Record) -> None:
    doc = record.id
    # In a fixed order, so that two writers sharing entities lock them in the same order
    # (PostgreSQL) instead of each waiting on a row the other holds.
    db.executemany(
        "INSERT INTO entities (id, name, norm, kind, country, code) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE"
        " SET country = COALESCE(entities.country, excluded.country)",
        [(entity_id(a), a.name, fold(a.name), a.kind, a.country, a.code)
         for a in sorted(record.actors, key=entity_id)],
    )
    db.executemany(
        "INSERT INTO actors (doc_id, id, position, entity_id, name, kind, country, sector, code,"
        " role, affiliation, gender) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(doc, a.id, i, entity_id(a), a.name, a.kind, a.country, json.dumps(list(a.sector)),
          a.code, a.role, a.affiliation, a.gender) for i, a in enumerate(record.actors)],
    )
    db.executemany(
        "INSERT INTO mentions (doc_id, actor_id, position, span_start, span_end)"
        " VALUES (?, ?, ?, ?, ?)",
        [(doc, a.id, i, s, e) for a in record.actors for i, (s, e) in enumerate(a.mentions)],
    )
    db.executemany(
        "INSERT INTO places (doc_id, id, position, name, feature, country, lat, lon, geonames_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(doc, p.id, i, p.name, p.feature, p.country, p.lat, p.lon, p.geonames_id)
         for i, p in enumerate(record.places)],
    )
    db.executemany(
        "INSERT INTO place_mentions (doc_id, place_id, position, span_start, span_end)"
        " VALUES (?, ?, ?, ?, ?)",
        [(doc, p.id, i, s, e) for p in record.places for i, (s, e) in enumerate(p.mentions)],
    )
    db.executemany(
        "INSERT INTO quotes (doc_id, id, position, text, span_start, span_end, kind, speaker,"
        " speaker_start, speaker_end, cue, cue_start, cue_end, addressee)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(doc, q.id, i, q.text, q.start, q.end, q.kind, q.speaker, *_pair(q.speaker_span),
          q.cue, *_pair(q.cue_span), q.addressee) for i, q in enumerate(record.quotes)],
    )
    db.executemany(
        "INSERT INTO events (doc_id, id, position, cameo, root, plover, penta, quad_class,"
        " goldstein, source, target, trigger, trigger_start, trigger_end, sentence_start,"
        " sentence_end, negated, modality, date, place, confidence, evidence)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(doc, e.id, i, e.cameo, e.root, e.plover, e.penta, e.quad_class, e.goldstein,
          e.source, e.target, e.trigger, *e.trigger_span, *e.sentence_span, int(e.negated),
          e.modality, e.date, e.place, e.confidence, e.evidence)
         for i, e in enumerate(record.events)],
    )


def _pair(span: tuple[int, int] | None) -> tuple[int | None, int | None]:
    return (None, None) if span is None else (span[0], span[1])


def _span(start: int | None, end: int | None) -> tuple[int, int] | None:
    return None if start is None or end is None else (start, end)


def read_record(db: Database, doc_id: str) -> Record | None:
    """The record exactly as it was written, or None."""
    doc = first(db.rows("SELECT * FROM documents WHERE id = ?", (doc_id,)))
    if doc is None:
        return None
    mentions: dict[str, list[tuple[int, int]]] = {}
    for m in db.rows("SELECT actor_id, span_start, span_end FROM mentions WHERE doc_id = ?"
                     " ORDER BY actor_id, position", (doc_id,)):
        mentions.setdefault(m["actor_id"], []).append((m["span_start"], m["span_end"]))
    actors = tuple(
        Actor(id=a["id"], name=a["name"], kind=a["kind"], country=a["country"],
              sector=tuple(json.loads(a["sector"])), code=a["code"], role=a["role"],
              affiliation=a["affiliation"], mentions=tuple(mentions.get(a["id"], ())),
              gender=a["gender"])
        for a in db.rows("SELECT * FROM actors WHERE doc_id = ? ORDER BY position", (doc_id,))
    )
    place_mentions: dict[str, list[tuple[int, int]]] = {}
    for m in db.rows("SELECT place_id, span_start, span_end FROM place_mentions"
                     " WHERE doc_id = ? ORDER BY place_id, position", (doc_id,)):
        place_mentions.setdefault(m["place_id"], []).append((m["span_start"], m["span_end"]))
    places = tuple(
        Place(id=p["id"], name=p["name"], feature=p["feature"], country=p["country"],
              lat=p["lat"], lon=p["lon"], geonames_id=p["geonames_id"],
              mentions=tuple(place_mentions.get(p["id"], ())))
        for p in db.rows("SELECT * FROM places WHERE doc_id = ? ORDER BY position", (doc_id,))
    )
    quotes = tuple(
        Quote(id=q["id"], text=q["text"], start=q["span_start"], end=q["span_end"],
              kind=q["kind"], speaker=q["speaker"],
              speaker_span=_span(q["speaker_start"], q["speaker_end"]), cue=q["cue"],
              cue_span=_span(q["cue_start"], q["cue_end"]), addressee=q["addressee"])
        for q in db.rows("SELECT * FROM quotes WHERE doc_id = ? ORDER BY position", (doc_id,))
    )
    events = tuple(_event(e) for e in db.rows(
        "SELECT * FROM events WHERE doc_id = ? ORDER BY position", (doc_id,)
    ))
    error = None
    if doc["error_code"] is not None or doc["error_message"] is not None:
        error = {"code": doc["error_code"], "message": doc["error_message"]}
    return Record(
        id=doc["id"], text=doc["text"], title=doc["title"], url=doc["url"],
        source=doc["source"], published=doc["published"], actors=actors, quotes=quotes,
        events=events, places=places, error=error, schema=doc["schema"],
    )


def _event(e: dict[str, Any]) -> Event:
    return Event(
        id=e["id"], cameo=e["cameo"], root=e["root"], plover=e["plover"], penta=e["penta"],
        quad_class=e["quad_class"], goldstein=e["goldstein"], source=e["source"],
        target=e["target"], trigger=e["trigger"],
        trigger_span=(e["trigger_start"], e["trigger_end"]),
        sentence_span=(e["sentence_start"], e["sentence_end"]), negated=bool(e["negated"]),
        modality=e["modality"], date=e["date"], place=e["place"], confidence=e["confidence"],
        evidence=e["evidence"],
    )
