"""The explorer's reads that the Store does not offer: paged and sorted lists, an actor by its
entity id, network edges, places on a map, and a plain search.

Portable SQL with ``?`` placeholders, as in ``dyad.store.query``: every value a user gives is a
parameter; the only SQL text chosen from a request is a column picked from a fixed table.
"""

from __future__ import annotations

import heapq
import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from dyad.errors import DyadError
from dyad.store.db import Database, first
from dyad.store.query import EVENT_DATE, EVENT_SELECT, check_date, event_from
from dyad.store.write import fold

SORTS = {
    "date": EVENT_DATE,
    "published": "d.published",
    "cameo": "ev.cameo",
    "plover": "ev.plover",
    "quad_class": "ev.quad_class",
    "goldstein": "ev.goldstein",
    "source": "sa.name",
    "target": "ta.name",
    "modality": "ev.modality",
    "confidence": "ev.confidence",
}

EVENT_COLUMNS = (
    "doc_id", "title", "published", "event_id", "date", "cameo", "root", "plover", "penta",
    "quad_class", "goldstein", "source", "source_country", "source_code", "target",
    "target_country", "target_code", "trigger", "modality", "negated", "place", "place_country",
    "confidence", "evidence", "sentence", "source_entity", "target_entity",
)


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains(text: str) -> str:
    """A LIKE pattern (with ESCAPE '\\') for ``text`` anywhere, ignoring case once lowered."""
    return "%" + escape_like(text.lower()) + "%"


@dataclass
class Where:
    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def dates(self, column: str, since: str | None, until: str | None) -> None:
        if since:
            self.add(f"{column} >= ?", check_date(since, "since"))
        if until:
            bound = check_date(until, "until")
            # A partial bound covers its whole period: until 2016-03 keeps 2016-03-31.
            self.add(f"{column} <= ?", bound + "-99" * (2 - bound.count("-")))

    def sql(self) -> str:
        return " WHERE " + " AND ".join(self.clauses) if self.clauses else ""


def _count(db: Database, sql: str, params: list[Any]) -> int:
    row = first(db.rows(f"SELECT COUNT(*) AS n FROM ({sql}) AS counted", params))
    return int(row["n"]) if row else 0


# -- articles ---------------------------------------------------------------------------------

def articles(db: Database, *, text: str | None = None, since: str | None = None,
             until: str | None = None, offset: int = 0,
             limit: int = 50) -> tuple[list[dict[str, Any]], int]:
    """Documents newest first, with how many actors, quotes and events each has; and the total."""
    w = Where()
    if text:
        w.add("(LOWER(d.title) LIKE ? ESCAPE '\\' OR LOWER(d.text) LIKE ? ESCAPE '\\')",
              contains(text), contains(text))
    w.dates("d.published", since, until)
    total = _count(db, "SELECT d.id FROM documents d" + w.sql(), w.params)
    # The page's ids first, then their details: sorting whole rows would drag every text along.
    ids = [r["id"] for r in db.rows(
        "SELECT d.id FROM documents d" + w.sql()
        + " ORDER BY d.published DESC NULLS LAST, d.id LIMIT ? OFFSET ?",
        [*w.params, limit, offset],
    )]
    if not ids:
        return [], total
    rows = db.rows(
        "SELECT d.id AS doc_id, d.title, d.published, d.source, d.url, d.error_code,"
        " (SELECT COUNT(*) FROM actors a WHERE a.doc_id = d.id) AS actors,"
        " (SELECT COUNT(*) FROM quotes q WHERE q.doc_id = d.id) AS quotes,"
        " (SELECT COUNT(*) FROM events e WHERE e.doc_id = d.id) AS events"
        f" FROM documents d WHERE d.id IN ({', '.join('?' * len(ids))})",
        ids,
    )
    order = {doc_id: i for i, doc_id in enumerate(ids)}
    return sorted(rows, key=lambda r: order[r["doc_id"]]), total


def entity_ids(db: Database, doc_id: str) -> dict[str, str]:
    """Each of a document's actor ids → its cross-document entity id."""
    rows = db.rows("SELECT id, entity_id FROM actors WHERE doc_id = ?", (doc_id,))
    return {r["id"]: r["entity_id"] for r in rows}


# -- actors -----------------------------------------------------------------------------------

def actor_list(db: Database, *, name: str | None = None, country: str | None = None,
               kind: str | None = None, offset: int = 0,
               limit: int = 50) -> tuple[list[dict[str, Any]], int]:
    """Entities by how many articles mention them, most first; and the total.

    ``documents`` counts the entity's per-article actor rows: an article merges its mentions
    of one actor, so this is the number of articles, and the count reads only an index.
    """
    w = Where()
    if name:
        w.add("e.norm LIKE ? ESCAPE '\\'", "%" + escape_like(fold(name)) + "%")
    if country:
        w.add("e.country = ?", country.upper())
    if kind:
        w.add("e.kind = ?", kind.lower())
    total = _count(db, "SELECT e.id FROM entities e" + w.sql(), w.params)
    chosen = f" WHERE a.entity_id IN (SELECT e.id FROM entities e{w.sql()})" if w.clauses else ""
    rows = db.rows(
        "SELECT e.id AS entity_id, e.name, e.kind, e.country, e.code, c.documents FROM"
        f" (SELECT a.entity_id, COUNT(*) AS documents FROM actors a{chosen}"
        "  GROUP BY a.entity_id) AS c"
        " JOIN entities e ON e.id = c.entity_id"
        " ORDER BY c.documents DESC, e.name, e.id LIMIT ? OFFSET ?",
        [*w.params, limit, offset],
    )
    return rows, total


# The events an entity takes part in, as (doc_id, id) keys: one indexed join per side, which
# engines run far faster than one join on "source or target".
ENTITY_EVENTS = (
    "SELECT ev.doc_id, ev.id FROM actors a JOIN events ev"
    " ON ev.doc_id = a.doc_id AND ev.source = a.id WHERE a.entity_id = ?"
    " UNION SELECT ev.doc_id, ev.id FROM actors a JOIN events ev"
    " ON ev.doc_id = a.doc_id AND ev.target = a.id WHERE a.entity_id = ?"
)

# How many of an entity's latest articles its aliases are read from (reading every mention's
# text in every article would read the whole store for the most mentioned actors).
ALIAS_SAMPLE = 100


def entity(db: Database, entity_id: str) -> dict[str, Any] | None:
    """One entity with its counts, roles, sectors, aliases and affiliations, or None."""
    ent = first(db.rows("SELECT id AS entity_id, name, kind, country, code FROM entities"
                        " WHERE id = ?", (entity_id,)))
    if ent is None:
        return None
    counts = first(db.rows(
        "SELECT COUNT(DISTINCT a.doc_id) AS documents,"
        " (SELECT COUNT(*) FROM quotes q JOIN actors s ON s.doc_id = q.doc_id"
        "  AND s.id = q.speaker WHERE s.entity_id = ?) AS quotes,"
        " 0 AS events FROM actors a WHERE a.entity_id = ?",
        (entity_id, entity_id),
    )) or {}
    details = db.rows("SELECT DISTINCT role, sector, gender FROM actors WHERE entity_id = ?",
                      (entity_id,))
    # What the texts call it: the distinct surface forms of its mentions (pronouns included).
    aliases = db.rows(
        "SELECT SUBSTR(d.text, m.span_start + 1, m.span_end - m.span_start) AS alias,"
        " COUNT(*) AS n FROM actors a"
        " JOIN mentions m ON m.doc_id = a.doc_id AND m.actor_id = a.id"
        " JOIN documents d ON d.id = a.doc_id WHERE a.entity_id = ? AND a.doc_id IN"
        "  (SELECT d2.id FROM actors a2 JOIN documents d2 ON d2.id = a2.doc_id"
        "   WHERE a2.entity_id = ? ORDER BY d2.published DESC NULLS LAST LIMIT ?)"
        " GROUP BY SUBSTR(d.text, m.span_start + 1, m.span_end - m.span_start)"
        " ORDER BY n DESC LIMIT 30",
        (entity_id, entity_id, ALIAS_SAMPLE),
    )
    affiliations = db.rows(
        "SELECT o.entity_id, o.name, COUNT(*) AS n FROM actors a"
        " JOIN actors o ON o.doc_id = a.doc_id AND o.id = a.affiliation"
        " WHERE a.entity_id = ? GROUP BY o.entity_id, o.name ORDER BY n DESC, o.name",
        (entity_id,),
    )
    return {
        **ent,
        "documents": int(counts.get("documents") or 0),
        "quotes": int(counts.get("quotes") or 0),
        "roles": sorted({r["role"] for r in details if r["role"]}),
        "sectors": sorted({s for r in details for s in json.loads(r["sector"])}),
        "genders": sorted({r["gender"] for r in details if r["gender"]}),
        "aliases": [r["alias"] for r in aliases if fold(r["alias"]) != fold(ent["name"])],
        "affiliations": affiliations,
    }


def activity(db: Database, entity_id: str, *, latest: int = 200,
             neighbours: int = 30) -> dict[str, Any]:
    """Everything an entity did or had done to it, in one pass over its events: how many,
    a timeline per month and QuadClass, its neighbours (the other side, with cooperation and
    conflict counts) and its ``latest`` events in full, newest first, each with ``as``.

    One indexed join per side and the counting in Python: for an actor in most of a store's
    articles this is several times faster than grouping in SQL once per question."""
    seen: dict[tuple[str, str], list[Any]] = {}  # key -> [quad_class, date, as]
    others: dict[str, list[int]] = {}  # entity id -> [cooperation, conflict]
    for side, other in (("source", "target"), ("target", "source")):
        for r in db.rows(
            "SELECT ev.doc_id, ev.id, ev.quad_class, ev.date, o.entity_id AS other"
            f" FROM actors a JOIN events ev ON ev.doc_id = a.doc_id AND ev.{side} = a.id"
            f" LEFT JOIN actors o ON o.doc_id = ev.doc_id AND o.id = ev.{other}"
            " WHERE a.entity_id = ?",
            (entity_id,),
        ):
            key = (r["doc_id"], r["id"])
            known = seen.get(key)
            if known is None:
                seen[key] = [r["quad_class"], r["date"], side]
            else:
                known[2] = "source+target"
            o = r["other"]
            if o is not None and o != entity_id:
                counts = others.get(o)
                if counts is None:
                    counts = others[o] = [0, 0]
                counts[0 if r["quad_class"] <= 2 else 1] += 1
    if any(v[1] is None for v in seen.values()):
        published = {r["id"]: r["published"] for r in db.rows(
            "SELECT id, published FROM documents WHERE id IN"
            " (SELECT doc_id FROM actors WHERE entity_id = ?)", (entity_id,))}
        for (doc_id, _), v in seen.items():
            v[1] = v[1] or published.get(doc_id)
    months = Counter((v[1][:7], v[0]) for v in seen.values() if v[1])
    newest = heapq.nlargest(latest, seen, key=lambda k: (seen[k][1] or "", k))
    rows = event_rows(db, newest)
    for r in rows:
        r["as"] = seen[(r["doc_id"], r["event_id"])][2]
    top = heapq.nsmallest(neighbours, others.items(), key=lambda kv: -sum(kv[1]))
    names = {}
    if top:
        names = {r["id"]: r["name"] for r in db.rows(
            f"SELECT id, name FROM entities WHERE id IN ({', '.join('?' * len(top))})",
            [eid for eid, _ in top])}
    near = [{"entity_id": eid, "name": names.get(eid, eid), "events": coop + conflict,
             "cooperation": coop, "conflict": conflict} for eid, (coop, conflict) in top]
    near.sort(key=lambda n: (-n["events"], n["name"]))
    return {
        "events": len(seen),
        "timeline": [{"month": m, "quad_class": q, "n": n} for (m, q), n in sorted(months.items())],
        "neighbours": near,
        "latest": rows,
    }


# -- events -----------------------------------------------------------------------------------
# Full rows are the store's (its EVENT_SELECT and event_from): the joins to the entity tables
# there are left joins on a primary key that no column here reads, which both engines drop.

@dataclass
class EventFilter:
    actor: str | None = None
    entity: str | None = None
    country: str | None = None
    code: str | None = None
    plover: str | None = None
    quad_class: int | None = None
    modality: str | None = None
    since: str | None = None
    until: str | None = None
    text: str | None = None
    doc_id: str | None = None

    def where(self) -> Where:
        w = Where()
        if self.actor:
            pattern = "%" + escape_like(fold(self.actor)) + "%"
            w.add("(LOWER(sa.name) LIKE ? ESCAPE '\\' OR LOWER(ta.name) LIKE ? ESCAPE '\\')",
                  pattern, pattern)
        if self.entity:
            w.add(f"(ev.doc_id, ev.id) IN ({ENTITY_EVENTS})", self.entity, self.entity)
        if self.country:
            w.add("(sa.country = ? OR ta.country = ?)",
                  self.country.upper(), self.country.upper())
        if self.code:
            code = self.code.strip()
            if not code.isdigit():
                raise DyadError(f"code: {code!r} is not a CAMEO event code (digits, e.g. 19)")
            w.add("ev.cameo LIKE ?", code + "%")
        if self.plover:
            w.add("ev.plover = ?", self.plover.upper())
        if self.quad_class is not None:
            w.add("ev.quad_class = ?", int(self.quad_class))
        if self.modality:
            w.add("ev.modality = ?", self.modality.lower())
        w.dates(EVENT_DATE, self.since, self.until)
        if self.text:
            # Finding the documents first spares cutting out every event's sentence.
            w.add("ev.doc_id IN (SELECT id FROM documents WHERE LOWER(text) LIKE ? ESCAPE '\\')",
                  contains(self.text))
            w.add("(LOWER(SUBSTR(d.text, ev.sentence_start + 1,"
                  " ev.sentence_end - ev.sentence_start)) LIKE ? ESCAPE '\\')",
                  contains(self.text))
        if self.doc_id:
            w.add("ev.doc_id = ?", self.doc_id)
        return w

    @property
    def names_actors(self) -> bool:
        """Whether the conditions read the actor tables (sa, ta)."""
        return bool(self.actor or self.country)


def events(db: Database, flt: EventFilter, *, sort: str = "date", descending: bool = False,
           offset: int = 0, limit: int | None = 50) -> tuple[list[dict[str, Any]], int]:
    """One page of events matching ``flt``, sorted on a column of SORTS; and the total."""
    if sort not in SORTS:
        raise DyadError(f"sort: {sort!r} is not one of {', '.join(SORTS)}")
    w = flt.where()
    column = SORTS[sort]
    direction = "DESC" if descending else "ASC"
    # Engines disagree on where NULLs sort; put them last either way.
    order = f" ORDER BY {column} {direction} NULLS LAST, ev.doc_id, ev.position"
    if limit is None:
        rows = db.rows(EVENT_SELECT + event_from() + w.sql() + order, w.params)
        return _events_out(rows), len(rows)
    # Only the joins the conditions and the order need, for the count and for choosing the
    # page's keys; the page's rows (sentences cut from texts) are read for those keys alone.
    joins = " FROM events ev JOIN documents d ON d.id = ev.doc_id"
    if flt.names_actors or sort in ("source", "target"):
        joins += (" LEFT JOIN actors sa ON sa.doc_id = ev.doc_id AND sa.id = ev.source"
                  " LEFT JOIN actors ta ON ta.doc_id = ev.doc_id AND ta.id = ev.target")
    page = " LIMIT ? OFFSET ?"
    if flt.text:
        # Cutting out sentences is the costly condition: evaluate it once, with the total
        # riding along as a window over all matching rows (a page past the end counts alone).
        found = db.rows("SELECT ev.doc_id, ev.id, COUNT(*) OVER () AS total" + joins
                        + w.sql() + order + page, [*w.params, limit, offset])
        total = int(found[0]["total"]) if found else _count(
            db, "SELECT ev.id" + joins + w.sql(), w.params)
    else:
        # Otherwise a separate count is cheap, and a plain LIMIT lets the engine keep only the
        # top rows while sorting.
        total = _count(db, "SELECT ev.id" + joins + w.sql(), w.params)
        found = db.rows("SELECT ev.doc_id, ev.id" + joins + w.sql() + order + page,
                        [*w.params, limit, offset])
    return event_rows(db, [(r["doc_id"], r["id"]) for r in found]), total


def event_rows(db: Database, keys: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """The events with these (doc_id, id) keys, in full and in the keys' order."""
    rows: list[dict[str, Any]] = []
    for i in range(0, len(keys), 100):
        chunk = keys[i:i + 100]
        pick = " OR ".join(["(ev.doc_id = ? AND ev.id = ?)"] * len(chunk))
        rows += db.rows(EVENT_SELECT + event_from() + f" WHERE {pick}",
                        [v for key in chunk for v in key])
    place = {key: i for i, key in enumerate(keys)}
    rows.sort(key=lambda r: place[(r["doc_id"], r["event_id"])])
    return _events_out(rows)


def _events_out(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for r in rows:
        r["negated"] = bool(r["negated"])
    return rows


# -- network and map --------------------------------------------------------------------------

def latest_year(db: Database, column: str, table: str) -> str | None:
    """The twelve months up to the latest value of a date column, as a ``since`` bound: what
    the network and the map show until a period is chosen (a whole archive at once is both
    slow to draw and hard to read)."""
    row = first(db.rows(f"SELECT MAX({column}) AS latest FROM {table}"))
    latest = (row or {}).get("latest")
    if not latest or len(latest) < 7 or not latest[:4].isdigit():
        return None
    year, month = int(latest[:4]), int(latest[5:7])
    return f"{year - 1:04d}-{month:02d}" if month == 12 else f"{year - 1:04d}-{month + 1:02d}"


def network(db: Database, *, since: str | None = None, until: str | None = None,
            country: str | None = None, edges: int = 150) -> dict[str, Any]:
    """Who acts on whom: the ``edges`` heaviest source→target pairs, each split into
    cooperation (QuadClass 1–2) and conflict (3–4), and the entities they join."""
    w = Where()
    w.add("sa.entity_id <> ta.entity_id")
    w.dates(EVENT_DATE, since, until)
    if country:
        w.add("(sa.country = ? OR ta.country = ?)", country.upper(), country.upper())
    rows = db.rows(
        "SELECT sa.entity_id AS source, ta.entity_id AS target, COUNT(*) AS events,"
        " SUM(CASE WHEN ev.quad_class <= 2 THEN 1 ELSE 0 END) AS cooperation,"
        " SUM(CASE WHEN ev.quad_class >= 3 THEN 1 ELSE 0 END) AS conflict,"
        " AVG(ev.goldstein) AS goldstein"
        " FROM events ev JOIN documents d ON d.id = ev.doc_id"
        " JOIN actors sa ON sa.doc_id = ev.doc_id AND sa.id = ev.source"
        " JOIN actors ta ON ta.doc_id = ev.doc_id AND ta.id = ev.target" + w.sql()
        + " GROUP BY sa.entity_id, ta.entity_id ORDER BY events DESC, source, target LIMIT ?",
        [*w.params, edges],
    )
    ids = sorted({r["source"] for r in rows} | {r["target"] for r in rows})
    nodes = []
    if ids:
        marks = ", ".join("?" * len(ids))
        nodes = db.rows(f"SELECT id, name, kind, country, code FROM entities WHERE id IN ({marks})"
                        " ORDER BY id", ids)
    weight: dict[str, int] = {}
    for r in rows:
        r["goldstein"] = round(float(r["goldstein"]), 2)
        for end in ("source", "target"):
            weight[r[end]] = weight.get(r[end], 0) + int(r["events"])
    for n in nodes:
        n["events"] = weight.get(n["id"], 0)
    return {"nodes": nodes, "edges": rows}


def places(db: Database, *, since: str | None = None, until: str | None = None,
           country: str | None = None, limit: int = 500) -> list[dict[str, Any]]:
    """Resolved places with coordinates, with how many documents mention them and how many
    events happened there, most mentioned first."""
    w = Where()
    w.add("p.lat IS NOT NULL AND p.lon IS NOT NULL")
    w.dates("d.published", since, until)
    if country:
        w.add("p.country = ?", country.upper())
    key = "p.name, p.country, p.feature, p.lat, p.lon"
    found = db.rows(
        f"SELECT {key}, COUNT(DISTINCT p.doc_id) AS documents"
        " FROM places p JOIN documents d ON d.id = p.doc_id" + w.sql()
        + f" GROUP BY {key} ORDER BY documents DESC, p.name LIMIT ?",
        [*w.params, limit],
    )
    happened = db.rows(
        f"SELECT {key}, COUNT(*) AS events FROM events ev"
        " JOIN places p ON p.doc_id = ev.doc_id AND p.id = ev.place"
        " JOIN documents d ON d.id = ev.doc_id" + w.sql() + f" GROUP BY {key}",
        w.params,
    )
    counts = {(r["name"], r["country"], r["feature"], r["lat"], r["lon"]): r["events"]
              for r in happened}
    for r in found:
        r["events"] = counts.get((r["name"], r["country"], r["feature"], r["lat"], r["lon"]), 0)
    return found


# -- search -----------------------------------------------------------------------------------

def search(db: Database, text: str, *, limit: int = 50) -> dict[str, Any]:
    """Articles whose title or text contains ``text``, with a snippet around the first hit;
    and quotes that contain it, with their speakers."""
    pattern = contains(text)
    found = db.rows(
        "SELECT d.id AS doc_id, d.title, d.published, d.text FROM documents d"
        " WHERE LOWER(d.title) LIKE ? ESCAPE '\\' OR LOWER(d.text) LIKE ? ESCAPE '\\'"
        " ORDER BY CASE WHEN d.published IS NULL THEN 1 ELSE 0 END, d.published DESC, d.id"
        " LIMIT ?",
        (pattern, pattern, limit),
    )
    arts = []
    for r in found:
        body = r.pop("text")
        at = body.lower().find(text.lower())
        r["snippet"] = (body[max(0, at - 80):at + len(text) + 120] if at >= 0 else body[:200])
        arts.append(r)
    quotes = db.rows(
        "SELECT q.doc_id, d.title, d.published, q.id AS quote_id, q.text AS quote, q.kind,"
        " s.name AS speaker, s.entity_id AS speaker_entity FROM quotes q"
        " JOIN documents d ON d.id = q.doc_id"
        " LEFT JOIN actors s ON s.doc_id = q.doc_id AND s.id = q.speaker"
        " WHERE LOWER(q.text) LIKE ? ESCAPE '\\'"
        " ORDER BY CASE WHEN d.published IS NULL THEN 1 ELSE 0 END, d.published DESC,"
        " q.doc_id, q.position LIMIT ?",
        (pattern, limit),
    )
    return {"articles": arts, "quotes": quotes}


def quotes_of(db: Database, entity_id: str, limit: int = 200) -> list[dict[str, Any]]:
    """What an entity said, newest first."""
    return db.rows(
        "SELECT q.doc_id, d.title, d.published, q.id AS quote_id, q.text AS quote, q.kind,"
        " q.cue, ad.name AS addressee, ad.entity_id AS addressee_entity"
        " FROM actors s JOIN quotes q ON q.doc_id = s.doc_id AND q.speaker = s.id"
        " JOIN documents d ON d.id = q.doc_id"
        " LEFT JOIN actors ad ON ad.doc_id = q.doc_id AND ad.id = q.addressee"
        " WHERE s.entity_id = ?"
        " ORDER BY CASE WHEN d.published IS NULL THEN 1 ELSE 0 END, d.published DESC,"
        " q.doc_id, q.position LIMIT ?",
        (entity_id, limit),
    )
