"""One event, many reports: event mentions across articles grouped into story events.

Mentions are one event when they have the same source and the same target (as
cross-document actors: "Putin" in one article and "Vladimir Putin" coded the same way in
another are one entity), the same CAMEO root, dates within a day of the story's first date,
and the same place where both name one. The story keeps every mention, counts its articles
and outlets, and takes the most reported CAMEO code as its own.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from typing import Any

from dyad.store import query
from dyad.store.db import Database
from dyad.store.write import fold

# How far after a story's first date a report may date the same event (in days).
WINDOW_DAYS = 1

_MENTION_FIELDS = ("doc_id", "event_id", "title", "published", "url", "outlet", "date",
                   "cameo", "trigger", "modality", "confidence", "sentence")


def _day(date: str | None) -> dt.date | None:
    if date is None or len(date) < 10:
        return None
    try:
        return dt.date.fromisoformat(date[:10])
    except ValueError:
        return None


def _place_key(row: dict[str, Any]) -> tuple[Any, ...] | None:
    if row["place_id"] is None:
        return None
    if row["place_geonames_id"] is not None:
        return ("geonames", row["place_geonames_id"])
    return ("name", fold(row["place"]), row["place_country"])


def story_id_number(story_id: str) -> int:
    """A stable positive 63-bit integer for a story id (GDELT's GLOBALEVENTID is a number)."""
    return int.from_bytes(hashlib.sha1(story_id.encode()).digest()[:8], "big") >> 1


class _Story:
    def __init__(self, first: dict[str, Any], day: dt.date | None) -> None:
        self.day = day
        self.place = _place_key(first)
        self.mentions = [first]

    def accepts(self, row: dict[str, Any], day: dt.date | None) -> bool:
        if self.day is None or day is None or (day - self.day).days > WINDOW_DAYS:
            return False
        place = _place_key(row)
        return self.place is None or place is None or place == self.place

    def add(self, row: dict[str, Any]) -> None:
        self.mentions.append(row)
        if self.place is None:
            self.place = _place_key(row)

    def as_dict(self) -> dict[str, Any]:
        ms = self.mentions
        first = ms[0]
        # The most reported code, the more specific one on a tie.
        counts = Counter(m["cameo"] for m in ms)
        cameo = min(counts, key=lambda c: (-counts[c], -len(c), c))
        coded = next(m for m in ms if m["cameo"] == cameo)
        placed = next((m for m in ms if m["place_id"] is not None), None)
        dates = sorted(d for m in ms if (d := m["date"] or m["published"]))
        story_id = f"{first['doc_id']}/{first['event_id']}"
        story = {
            "story_id": story_id, "number": story_id_number(story_id),
            "date": dates[0] if dates else None, "last_date": dates[-1] if dates else None,
            "cameo": cameo, "root": coded["root"], "plover": coded["plover"],
            "penta": coded["penta"], "quad_class": coded["quad_class"],
            "goldstein": coded["goldstein"],
        }
        for side in ("source", "target"):
            for f in ("", "_entity", "_country", "_code"):
                story[side + f] = first[side + f]
        for f in ("", "_country", "_lat", "_lon", "_geonames_id", "_feature"):
            story["place" + f] = placed["place" + f] if placed else None
        published = sorted(ms, key=lambda m: (m["published"] is None, m["published"] or ""))
        story.update({
            "num_articles": len({m["doc_id"] for m in ms}),
            "num_sources": len({m["outlet"] or m["doc_id"] for m in ms}),
            "num_mentions": len(ms),
            "url": next((m["url"] for m in published if m["url"]), None),
            "mentions": [{f: m[f] for f in _MENTION_FIELDS} for m in ms],
        })
        return story


def story_events(db: Database, *, min_articles: int = 1, include_negated: bool = False,
                 limit: int | None = None, **filters: Any) -> list[dict[str, Any]]:
    """Story events, in date order (undated last), each with its ``mentions``.

    ``filters`` are `query.event_where`'s and choose the mentions before they are grouped.
    Negated mentions ("did not attack") are left out unless ``include_negated``; a story
    keeps only if ``min_articles`` articles or more report it.
    """
    if not include_negated:
        filters.setdefault("negated", False)
    rows = query.events(db, **filters)
    groups: dict[tuple[Any, ...], list[_Story]] = {}
    stories: list[_Story] = []
    # In date order, so a story's first mention is its earliest and the window runs forward.
    rows.sort(key=lambda r: (_day(r["date"] or r["published"]) or dt.date.max,
                             r["doc_id"], r["event_id"]))
    for r in rows:
        day = _day(r["date"] or r["published"])
        open_stories = groups.setdefault((r["source_entity"], r["target_entity"], r["root"]), [])
        story = next((s for s in open_stories if s.accepts(r, day)), None)
        if story is not None:
            story.add(r)
            continue
        story = _Story(r, day)
        stories.append(story)
        if day is not None:
            # Stories that this day's window has left behind take no more mentions.
            open_stories[:] = [s for s in open_stories
                               if s.day is not None and (day - s.day).days <= WINDOW_DAYS]
            open_stories.append(story)
    out = [s.as_dict() for s in stories]
    out = [s for s in out if s["num_articles"] >= min_articles]
    out.sort(key=lambda s: (s["date"] is None, s["date"] or "", -s["num_articles"],
                            s["story_id"]))
    return out if limit is None else out[:limit]
