"""The store's read side: quotes, events and actors as plain dicts, filtered in portable SQL.

Every value a user gives reaches the database as a parameter, never as SQL text.
"""

from __future__ import annotations

import json
import re
from typing import Any

from dyad.errors import DyadError
from dyad.store.db import Database, first
from dyad.store.write import fold


def _quote_text(db: Database, text: str) -> tuple[str, Any]:
    from dyad.store.search import quote_text_clause

    clause, params = quote_text_clause(db, text)
    return (clause, *params)

_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


class Where:
    """Conditions joined with AND, and their parameters in order."""

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.params: list[Any] = []

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def name(self, columns: tuple[str, ...], value: str | None) -> None:
        """Any of the folded-name columns contains ``value``, ignoring case."""
        if value is None:
            return
        pattern = "%" + _escape_like(fold(value)) + "%"
        self.add("(" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in columns) + ")",
                 *([pattern] * len(columns)))

    def dates(self, column: str, since: str | None, until: str | None) -> None:
        if since is not None:
            self.add(f"{column} >= ?", check_date(since, "since"))
        if until is not None:
            # A partial bound covers its whole period: until 2016-03 keeps 2016-03-31.
            bound = check_date(until, "until")
            self.add(f"{column} <= ?", bound + "-99" * (2 - bound.count("-")))

    def sql(self) -> str:
        return " WHERE " + " AND ".join(self.clauses) if self.clauses else ""


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def check_date(value: str, what: str = "date") -> str:
    """A date bound as YYYY, YYYY-MM or YYYY-MM-DD."""
    value = value.strip()
    if not _DATE.fullmatch(value) or not _on_calendar(value):
        raise DyadError(f"{what}: {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return value


def _on_calendar(value: str) -> bool:
    """Whether a YYYY, YYYY-MM or YYYY-MM-DD bound names a real month and day."""
    import datetime as dt

    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        dt.date(*parts[:3])
    except ValueError:
        return False
    return True


def _limit(sql: str, params: list[Any], limit: int | None) -> tuple[str, list[Any]]:
    if limit is None:
        return sql, params
    if limit < 0:
        raise DyadError(f"limit must be 0 or more, not {limit}")
    return sql + " LIMIT ?", [*params, limit]


def _nulls_last(expr: str) -> str:
    # Engines disagree on where NULLs sort; say it explicitly.
    return f"CASE WHEN {expr} IS NULL THEN 1 ELSE 0 END, {expr}"


_QUOTE_SQL = """
SELECT q.doc_id, d.title, d.published, q.id AS quote_id,
       s.name AS speaker, s.country AS speaker_country, s.code AS speaker_code, s.role AS role,
       q.text AS quote, q.kind, q.cue, ad.name AS addressee, s.entity_id AS speaker_entity
FROM quotes q
JOIN documents d ON d.id = q.doc_id
LEFT JOIN actors s ON s.doc_id = q.doc_id AND s.id = q.speaker
LEFT JOIN entities se ON se.id = s.entity_id
LEFT JOIN actors ad ON ad.doc_id = q.doc_id AND ad.id = q.addressee
LEFT JOIN entities ae ON ae.id = ad.entity_id
"""


def quotes(db: Database, *, speaker: str | None = None, actor: str | None = None,
           country: str | None = None, since: str | None = None, until: str | None = None,
           text: str | None = None, doc_id: str | None = None, limit: int | None = None,
           entity: str | None = None) -> list[dict[str, Any]]:
    """Quotes with their speaker; ``actor`` matches the speaker or the addressee."""
    w = Where()
    w.name(("se.norm",), speaker)
    w.name(("se.norm", "ae.norm"), actor)
    if country is not None:
        w.add("s.country = ?", country.upper())
    w.dates("d.published", since, until)
    if text is not None:
        w.add(*_quote_text(db, text))
    if doc_id is not None:
        w.add("q.doc_id = ?", doc_id)
    if entity is not None:
        # The document condition is redundant but lets the engine start from the entity's
        # documents (by index) rather than from every quote.
        w.add("s.entity_id = ? AND q.doc_id IN (SELECT doc_id FROM actors WHERE entity_id = ?)",
              entity, entity)
    sql = (_QUOTE_SQL + w.sql()
           + f" ORDER BY {_nulls_last('d.published')}, q.doc_id, q.position")
    return db.rows(*_limit(sql, w.params, limit))


_EVENT_FROM = """
FROM events ev
JOIN documents d ON d.id = ev.doc_id
LEFT JOIN actors sa ON sa.doc_id = ev.doc_id AND sa.id = ev.source
LEFT JOIN entities se ON se.id = sa.entity_id
LEFT JOIN actors ta ON ta.doc_id = ev.doc_id AND ta.id = ev.target
LEFT JOIN entities te ON te.id = ta.entity_id
LEFT JOIN places p ON p.doc_id = ev.doc_id AND p.id = ev.place
"""

# An event's columns as every reader shows them, written against `event_from`'s tables.
EVENT_SELECT = """
SELECT ev.doc_id, d.title, d.published, ev.id AS event_id, ev.date, ev.cameo, ev.root,
       ev.plover, ev.penta, ev.quad_class, ev.goldstein,
       sa.name AS source, sa.country AS source_country, sa.code AS source_code,
       ta.name AS target, ta.country AS target_country, ta.code AS target_code,
       ev.trigger, ev.modality, ev.negated, p.name AS place, p.country AS place_country,
       ev.confidence, ev.evidence,
       SUBSTR(d.text, ev.sentence_start + 1, ev.sentence_end - ev.sentence_start) AS sentence,
       sa.entity_id AS source_entity, ta.entity_id AS target_entity"""

_EVENT_SQL = EVENT_SELECT + """,
       d.url, d.source AS outlet, ev.place AS place_id, p.lat AS place_lat, p.lon AS place_lon,
       p.geonames_id AS place_geonames_id, p.feature AS place_feature
""" + _EVENT_FROM

# When an event happened: its own date, else its article's publication date.
EVENT_DATE = "COALESCE(ev.date, d.published)"
_EVENT_DATE = EVENT_DATE


def event_from() -> str:
    """The FROM clause that `event_where`'s conditions are written against (``ev``, ``d``,
    ``sa``/``se``, ``ta``/``te``, ``p``)."""
    return _EVENT_FROM


def events(db: Database, *, limit: int | None = None, **filters: Any) -> list[dict[str, Any]]:
    """Events with both sides named, in date order; the filters are `event_where`'s."""
    w = event_where(**filters)
    sql = (_EVENT_SQL + w.sql()
           + f" ORDER BY {_nulls_last(_EVENT_DATE)}, ev.doc_id, ev.position")
    rows = db.rows(*_limit(sql, w.params, limit))
    for r in rows:
        r["negated"] = bool(r["negated"])
    return rows


def event_where(*, source: str | None = None, target: str | None = None,
                actor: str | None = None, country: str | None = None, code: str | None = None,
                plover: str | None = None, quad_class: int | None = None,
                modality: str | None = None, since: str | None = None,
                until: str | None = None, doc_id: str | None = None,
                entity: str | None = None, place: str | None = None,
                negated: bool | None = None) -> Where:
    """Conditions on events: ``actor`` and ``country`` match either side; ``place``
    is a part of the place's name or its ISO3 country; ``negated`` False keeps only events
    that happened (not "did not attack")."""
    w = Where()
    w.name(("se.norm",), source)
    w.name(("te.norm",), target)
    w.name(("se.norm", "te.norm"), actor)
    if country is not None:
        w.add("(sa.country = ? OR ta.country = ?)", country.upper(), country.upper())
    if code is not None:
        code = code.strip()
        if not code.isdigit():
            raise DyadError(f"code: {code!r} is not a CAMEO event code (digits, e.g. 19 or 193)")
        w.add("ev.cameo LIKE ?", code + "%")
    if plover is not None:
        w.add("ev.plover = ?", plover.upper())
    if quad_class is not None:
        w.add("ev.quad_class = ?", int(quad_class))
    if modality is not None:
        w.add("ev.modality = ?", modality.lower())
    w.dates(_EVENT_DATE, since, until)
    if place is not None:
        w.add("(LOWER(p.name) LIKE ? ESCAPE '\\' OR p.country = ?)",
              "%" + _escape_like(place.strip().lower()) + "%", place.strip().upper())
    if negated is not None:
        w.add("ev.negated = ?", int(negated))
    if doc_id is not None:
        w.add("ev.doc_id = ?", doc_id)
    if entity is not None:
        w.add("(sa.entity_id = ? OR ta.entity_id = ?)"
              " AND ev.doc_id IN (SELECT doc_id FROM actors WHERE entity_id = ?)",
              entity, entity, entity)
    return w


# Counts per entity, each aggregated once over the chosen entities (not per row) so that listing
# every actor stays one pass over each table; `IN (SELECT id FROM chosen)` lets the engine start
# from the chosen entities' actor rows (by index) instead of scanning all actors.
_ACTOR_SQL = """
WITH chosen AS (SELECT * FROM entities{where}),
doc_counts AS (
    SELECT a.entity_id, COUNT(DISTINCT a.doc_id) AS documents
    FROM actors a WHERE a.entity_id IN (SELECT id FROM chosen) GROUP BY a.entity_id),
mention_counts AS (
    SELECT a.entity_id, COUNT(*) AS mentions
    FROM actors a JOIN mentions m ON m.doc_id = a.doc_id AND m.actor_id = a.id
    WHERE a.entity_id IN (SELECT id FROM chosen) GROUP BY a.entity_id),
quote_counts AS (
    SELECT a.entity_id, COUNT(*) AS quotes
    FROM actors a JOIN quotes q ON q.doc_id = a.doc_id AND q.speaker = a.id
    WHERE a.entity_id IN (SELECT id FROM chosen) GROUP BY a.entity_id),
event_counts AS (
    SELECT entity_id, COUNT(*) AS events FROM (
        SELECT DISTINCT a.entity_id, ev.doc_id, ev.id
        FROM actors a JOIN events ev
            ON ev.doc_id = a.doc_id AND (ev.source = a.id OR ev.target = a.id)
        WHERE a.entity_id IN (SELECT id FROM chosen)) AS involved
    GROUP BY entity_id)
SELECT c.id AS entity_id, c.name, c.kind, c.country, c.code,
       COALESCE(dc.documents, 0) AS documents, COALESCE(mc.mentions, 0) AS mentions,
       COALESCE(qc.quotes, 0) AS quotes, COALESCE(ec.events, 0) AS events
FROM chosen c
LEFT JOIN doc_counts dc ON dc.entity_id = c.id
LEFT JOIN mention_counts mc ON mc.entity_id = c.id
LEFT JOIN quote_counts qc ON qc.entity_id = c.id
LEFT JOIN event_counts ec ON ec.entity_id = c.id
ORDER BY documents DESC, mentions DESC, c.name, c.id
"""


def actors(db: Database, *, name: str | None = None, country: str | None = None,
           kind: str | None = None, code: str | None = None, limit: int | None = None,
           exact: bool = False) -> list[dict[str, Any]]:
    """Cross-document actors with how often they appear, speak and act or are acted on.

    ``code`` is a CAMEO actor code prefix ("USA" matches "USAGOV"); ``exact`` makes ``name``
    match the whole name rather than a part of it.
    """
    w = Where()
    if exact and name is not None:
        w.add("norm = ?", fold(name))
    else:
        w.name(("norm",), name)
    if country is not None:
        w.add("country = ?", country.upper())
    if kind is not None:
        w.add("kind = ?", kind.lower())
    if code is not None:
        w.add("code LIKE ? ESCAPE '\\'", _escape_like(code.strip().upper()) + "%")
    sql = _ACTOR_SQL.format(where=w.sql())
    return db.rows(*_limit(sql, w.params, limit))


def actor_profile(db: Database, name: str) -> dict[str, Any] | None:
    """The best-matching actor (whole name first, else the most documented partial match),
    with its roles, sectors, documents, quotes and events."""
    found = actors(db, name=name, exact=True) or actors(db, name=name)
    if not found:
        return None
    entity = found[0]
    eid = entity["entity_id"]
    details = db.rows(
        "SELECT DISTINCT a.role, a.sector, a.gender FROM actors a WHERE a.entity_id = ?", (eid,)
    )
    genders = sorted({r["gender"] for r in details if r["gender"]})
    event_rows = events(db, entity=eid)
    for r in event_rows:
        r["as"] = "+".join(s for s in ("source", "target") if r[f"{s}_entity"] == eid)
    return {
        "entity": entity,
        "roles": sorted({r["role"] for r in details if r["role"]}),
        "sectors": sorted({s for r in details for s in json.loads(r["sector"])}),
        "gender": genders[0] if len(genders) == 1 else None,
        "also_matching": [a["name"] for a in found[1:]],
        "documents": db.rows(
            "SELECT d.id AS doc_id, d.title, d.published, d.url FROM documents d"
            " WHERE d.id IN (SELECT doc_id FROM actors WHERE entity_id = ?)"
            f" ORDER BY {_nulls_last('d.published')}, d.id",
            (eid,),
        ),
        "quotes": quotes(db, entity=eid),
        "events": event_rows,
    }


def failures(db: Database) -> list[dict[str, Any]]:
    return db.rows(
        "SELECT id AS doc_id, title, url, origin, error_code, error_message, ingested_at"
        " FROM documents WHERE error_code IS NOT NULL OR error_message IS NOT NULL"
        " ORDER BY ingested_at, id"
    )


def stats(db: Database) -> dict[str, int]:
    row = first(db.rows(
        "SELECT (SELECT COUNT(*) FROM documents) AS documents,"
        " (SELECT COUNT(*) FROM documents"
        "  WHERE error_code IS NOT NULL OR error_message IS NOT NULL) AS failed,"
        " (SELECT COUNT(*) FROM entities) AS actors,"
        " (SELECT COUNT(*) FROM quotes) AS quotes,"
        " (SELECT COUNT(*) FROM events) AS events,"
        " (SELECT COUNT(*) FROM places) AS places"
    ))
    return {k: int(v) for k, v in (row or {}).items()}
