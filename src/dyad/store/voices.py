"""Who gets quoted: quotes and the people quoted, by the speaker's gender, per outlet or period.

The measure follows the Gender Gap Tracker's: a person quoted in an article counts once for that
article, however many quotes they have there, and the share of women is taken over the people
whose gender the text gives (``Actor.gender``), with the rest counted as unknown, never guessed.
Quotes by bodies and groups ("the ministry said") and quotes with no speaker are counted apart,
so the shares speak of people only.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from dyad.errors import DyadError
from dyad.store.db import Database
from dyad.store.network import check_period, period_of
from dyad.store.query import Where

GROUPINGS = ("source", "period")

COLUMNS = ("group", "documents", "quotes", "by_people", "by_others", "unattributed",
           "people", "women", "men", "unknown", "women_share", "women_quote_share")

# One row per document and speaker: the database does the counting of quotes.
_SQL = """
SELECT q.doc_id, d.source, d.published, s.entity_id, s.kind, s.gender, COUNT(*) AS n
FROM quotes q
JOIN documents d ON d.id = q.doc_id
LEFT JOIN actors s ON s.doc_id = q.doc_id AND s.id = q.speaker
{where}
GROUP BY q.doc_id, d.source, d.published, s.entity_id, s.kind, s.gender
"""


def voices(db: Database, *, by: str | None = None, period: str = "month",
           since: str | None = None, until: str | None = None,
           country: str | None = None) -> list[dict[str, Any]]:
    """Rows of quote and people counts by gender: one row for the whole store, or one per
    outlet (``by="source"``, the document's ``source``) or per ``period`` of publication
    (``by="period"``). ``women_share`` is women / (women + men) among the people quoted,
    ``women_quote_share`` the same over their quotes; both None where no gender is known.
    ``country`` keeps only speakers of that ISO3 country."""
    if by is not None and by not in GROUPINGS:
        raise DyadError(f"by must be one of {', '.join(GROUPINGS)}, not {by!r}")
    check_period(period)
    w = Where()
    w.dates("d.published", since, until)
    if country is not None:
        w.add("s.country = ?", country.upper())
    groups: dict[str | None, dict[str, Any]] = {}
    docs: dict[str | None, set[str]] = defaultdict(set)
    gender_quotes: dict[str | None, Counter] = defaultdict(Counter)  # "women"/"men" -> quotes
    for r in db.rows(_SQL.format(where=w.sql()), w.params):
        key = _group(r, by, period)
        g = groups.setdefault(key, {c: 0 for c in COLUMNS} | {"group": key})
        docs[key].add(r["doc_id"])
        n = int(r["n"])
        g["quotes"] += n
        if r["entity_id"] is None:
            g["unattributed"] += n
        elif r["kind"] != "person":
            g["by_others"] += n
        else:
            g["by_people"] += n
            g["people"] += 1
            who = {"female": "women", "male": "men"}.get(r["gender"], "unknown")
            g[who] += 1
            gender_quotes[key][who] += n
    out = list(groups.values())
    for g in out:
        key, q = g["group"], gender_quotes[g["group"]]
        g["documents"] = len(docs[key])
        g["women_share"] = _share(g["women"], g["men"])
        g["women_quote_share"] = _share(q["women"], q["men"])
    # Periods in time order; outlets by how many people they quote.
    if by == "period":
        out.sort(key=lambda g: (g["group"] is None, g["group"] or ""))
    else:
        out.sort(key=lambda g: (-g["people"], str(g["group"])))
    return out


def _group(row: dict[str, Any], by: str | None, period: str) -> str | None:
    if by == "source":
        return row["source"]
    if by == "period":
        return period_of(row["published"], period)
    return "all"


def _share(women: int, men: int) -> float | None:
    return round(women / (women + men), 3) if women + men else None
