"""Who acts on whom over time: the actor network, and one actor's timeline.

The database groups events by day, pair and QuadClass; folding days into weeks, months or
years happens here, because engines disagree on how to name an ISO week.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from dyad.errors import DyadError
from dyad.store import query
from dyad.store.db import Database

PERIODS = ("day", "week", "month", "year")


def period_of(date: str | None, period: str | None) -> str | None:
    """The period a ``YYYY-MM-DD`` date falls in: ``2016-12-14``, ``2016-W50``, ``2016-12``,
    ``2016``; None without a date or a period, or for a date too partial for the period."""
    if date is None or period is None:
        return None
    if period == "year":
        return date[:4]
    if period == "month":
        return date[:7] if len(date) >= 7 else None
    if len(date) < 10:
        return None
    if period == "day":
        return date[:10]
    try:
        year, week, _ = dt.date.fromisoformat(date[:10]).isocalendar()
    except ValueError:
        return None
    return f"{year}-W{week:02d}"


def check_period(period: str | None) -> None:
    if period is not None and period not in PERIODS:
        raise DyadError(f"period must be one of {', '.join(PERIODS)}, not {period!r}")


_NETWORK_SQL = """
SELECT {date} AS day, se.id AS source_entity, se.name AS source, se.code AS source_code,
       se.country AS source_country, te.id AS target_entity, te.name AS target,
       te.code AS target_code, te.country AS target_country, ev.quad_class, ev.doc_id,
       COUNT(*) AS n, SUM(ev.goldstein) AS goldstein
{frm}{where}
GROUP BY {date}, se.id, se.name, se.code, se.country, te.id, te.name, te.code, te.country,
         ev.quad_class, ev.doc_id
"""


def network(db: Database, *, period: str | None = None, by_quad_class: bool = True,
            include_negated: bool = False, min_events: int = 1, stories: bool = False,
            undated: bool = False, **filters: Any) -> list[dict[str, Any]]:
    """Edges source → target between cross-document actors, weighted by how many events
    (``events``), in how many articles (``articles``), and their mean Goldstein value.

    One edge per pair, per QuadClass (unless ``by_quad_class`` is False) and per ``period``
    (day, week, month or year; None for all time, where undated events count too). Under a
    period, events with no date (neither their own nor their article's publication date, or
    one too partial for the period) are left out, or with ``undated`` kept as edges of period
    None, after the dated ones, so that the periods add up to the all-time network. Negated
    events ("did not attack") are left out unless ``include_negated``. ``filters`` are
    `query.event_where`'s: source, target, actor, country, code, plover, quad_class,
    modality, since, until, place. With ``stories`` an edge counts story events (one event
    however many articles report it; see `dyad.store.stories`) rather than mentions.
    """
    check_period(period)
    if stories:
        rows = _story_rows(db, include_negated, filters)
    else:
        if not include_negated:
            filters.setdefault("negated", False)
        rows = _mention_rows(db, filters)
    edges: dict[tuple[Any, ...], dict[str, Any]] = {}
    docs: dict[tuple[Any, ...], set[str]] = defaultdict(set)
    for r in rows:
        when = period_of(r["day"], period)
        if period is not None and when is None and not undated:
            continue
        quad = r["quad_class"] if by_quad_class else None
        key = (when, r["source_entity"], r["target_entity"], quad)
        edge = edges.get(key)
        if edge is None:
            edge = edges[key] = {
                "period": when, "source_entity": r["source_entity"], "source": r["source"],
                "source_code": r["source_code"], "source_country": r["source_country"],
                "target_entity": r["target_entity"], "target": r["target"],
                "target_code": r["target_code"], "target_country": r["target_country"],
                "quad_class": quad, "events": 0, "articles": 0, "goldstein": 0.0,
            }
        edge["events"] += int(r["n"])
        edge["goldstein"] += float(r["goldstein"])
        docs[key].update(r["doc_ids"])
    out = []
    for key, edge in edges.items():
        if edge["events"] < min_events:
            continue
        edge["articles"] = len(docs[key])
        edge["goldstein"] = round(edge["goldstein"] / edge["events"], 3)
        out.append(edge)
    out.sort(key=lambda e: (e["period"] is None, e["period"] or "", -e["events"],
                            e["source"], e["target"], e["quad_class"] or 0))
    return out


def _mention_rows(db: Database, filters: dict[str, Any]) -> list[dict[str, Any]]:
    w = query.event_where(**filters)
    w.add("se.id IS NOT NULL AND te.id IS NOT NULL")
    sql = _NETWORK_SQL.format(date=query.EVENT_DATE, frm=query.event_from(), where=w.sql())
    rows = db.rows(sql, w.params)
    for r in rows:
        r["doc_ids"] = (r["doc_id"],)
    return rows


def _story_rows(db: Database, include_negated: bool,
                filters: dict[str, Any]) -> list[dict[str, Any]]:
    from dyad.store.stories import story_events

    rows = []
    for s in story_events(db, include_negated=include_negated, **filters):
        if s["source_entity"] is None or s["target_entity"] is None:
            continue
        rows.append({**s, "day": s["date"], "n": 1,
                     "doc_ids": {m["doc_id"] for m in s["mentions"]}})
    return rows


def timeline(db: Database, name: str, *, period: str = "month") -> dict[str, Any] | None:
    """One actor (the best match for ``name``, as `query.actor_profile` picks it) through
    time: per period, the documents that mention it, the quotes it said, the events it did
    and had done to it, and their mean Goldstein value. Undated rows come last, as period
    None."""
    check_period(period)
    found = query.actors(db, name=name, exact=True) or query.actors(db, name=name)
    if not found:
        return None
    entity = found[0]
    eid = entity["entity_id"]
    rows: dict[str | None, dict[str, Any]] = {}

    def bucket(date: str | None) -> dict[str, Any]:
        when = period_of(date, period)
        if when not in rows:
            rows[when] = {"period": when, "documents": 0, "quotes": 0, "as_source": 0,
                          "as_target": 0, "events": 0, "goldstein": 0.0}
        return rows[when]

    for d in db.rows("SELECT published FROM documents"
                     " WHERE id IN (SELECT doc_id FROM actors WHERE entity_id = ?)", (eid,)):
        bucket(d["published"])["documents"] += 1
    for q in query.quotes(db, entity=eid):
        bucket(q["published"])["quotes"] += 1
    for e in query.events(db, entity=eid, negated=False):
        b = bucket(e["date"] or e["published"])
        b["events"] += 1
        b["goldstein"] += e["goldstein"]
        b["as_source"] += e["source_entity"] == eid
        b["as_target"] += e["target_entity"] == eid
    out = sorted(rows.values(), key=lambda r: (r["period"] is None, r["period"] or ""))
    for r in out:
        r["goldstein"] = round(r["goldstein"] / r["events"], 3) if r["events"] else None
    return {"entity": entity, "period": period, "rows": out}
