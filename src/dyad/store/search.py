"""Full-text search over articles and quotes: SQLite FTS5 or PostgreSQL tsvector.

Both engines read the same query language, a web search box's: words must all occur (as
words, stemmed: "bombing" finds "bombed"), ``"a phrase"`` in order, ``a OR b`` either, and
``-word`` not. The text a user types reaches the engine as a parameter; for FTS5 it is first
rewritten into FTS5's own syntax with every term quoted, so no input is read as an operator
it did not mean.
"""

from __future__ import annotations

import re
from typing import Any

from dyad.errors import DyadError
from dyad.store.db import Database
from dyad.store.query import Where

_TERM = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORDLIKE = re.compile(r"\w")
# PostgreSQL's text search configuration, matched by FTS5's porter tokenizer in SQLite.
PG_CONFIG = "english"


def fts5_query(text: str) -> str:
    """A search box's text as an FTS5 MATCH expression: terms ANDed, OR between two terms,
    ``-term`` excluded, ``"..."`` a phrase, ``word*`` a prefix."""
    groups: list[list[str]] = []
    excluded: list[str] = []
    join_next = False
    for m in _TERM.finditer(text):
        negated, phrase, word = m.group(1), m.group(2), m.group(3)
        if word == "OR":
            join_next = bool(groups)
            continue
        prefix = False
        if word is not None:
            negated = "-" if word.startswith("-") and len(word) > 1 else ""
            phrase = word[1:] if negated else word
            prefix = phrase.endswith("*")
            phrase = phrase.rstrip("*")
        if not _WORDLIKE.search(phrase or ""):
            join_next = False
            continue
        term = '"' + phrase.replace('"', '""') + '"' + ("*" if prefix else "")
        if negated:
            excluded.append(term)
        elif join_next:
            groups[-1].append(term)
        else:
            groups.append([term])
        join_next = False
    if not groups:
        raise DyadError(f"search: {text!r} has no words to look for"
                        + (" (only excluded ones)" if excluded else ""))
    expr = " AND ".join(g[0] if len(g) == 1 else "(" + " OR ".join(g) + ")" for g in groups)
    for term in excluded:
        expr = f"({expr}) NOT {term}"
    return expr


def quote_text_clause(db: Database, text: str) -> tuple[str, list[Any]]:
    """A condition on quotes aliased ``q``: its text matches the search ``text``."""
    if db.dialect == "postgresql":
        check_pg_query(text)
        return f"q.search @@ websearch_to_tsquery('{PG_CONFIG}', ?)", [text]
    return ("(q.doc_id, q.id) IN (SELECT k.doc_id, k.id FROM quotes_fts"
            " JOIN quotes_search_keys k ON k.key = quotes_fts.rowid"
            " WHERE quotes_fts MATCH ?)"), [fts5_query(text)]


def check_pg_query(text: str) -> None:
    # The same words are needed on both engines; PostgreSQL would quietly match nothing.
    fts5_query(text)


_SQLITE_ARTICLES = """
SELECT 'article' AS kind, d.id AS doc_id, d.title, d.published, d.url, NULL AS quote_id,
       NULL AS speaker, snippet(documents_fts, -1, '[', ']', '…', 24) AS snippet,
       -bm25(documents_fts) AS score
FROM documents_fts
JOIN documents_search_keys k ON k.key = documents_fts.rowid
JOIN documents d ON d.id = k.id
WHERE documents_fts MATCH ?{dates}
ORDER BY bm25(documents_fts), d.id
"""

_SQLITE_QUOTES = """
SELECT 'quote' AS kind, q.doc_id, d.title, d.published, d.url, q.id AS quote_id,
       s.name AS speaker, snippet(quotes_fts, 0, '[', ']', '…', 32) AS snippet,
       -bm25(quotes_fts) AS score
FROM quotes_fts
JOIN quotes_search_keys k ON k.key = quotes_fts.rowid
JOIN quotes q ON q.doc_id = k.doc_id AND q.id = k.id
JOIN documents d ON d.id = q.doc_id
LEFT JOIN actors s ON s.doc_id = q.doc_id AND s.id = q.speaker
WHERE quotes_fts MATCH ?{dates}
ORDER BY bm25(quotes_fts), q.doc_id, q.position
"""

# The headline is worked out in the outer query, only for the rows that the limit keeps. An
# article's is its best fragment; a quote's is the quote, up to 60 words of it.
_HEADLINE = (f"ts_headline('{PG_CONFIG}', {{column}}, websearch_to_tsquery('{PG_CONFIG}', ?),"
             " 'StartSel=[, StopSel=], {options}')")
_ARTICLE_HEADLINE = "MaxWords=30, MinWords=12, MaxFragments=1, FragmentDelimiter=…"
_QUOTE_HEADLINE = "MaxWords=60, MinWords=40"

_PG_ARTICLES = f"""
SELECT 'article' AS kind, m.id AS doc_id, m.title, m.published, m.url, NULL AS quote_id,
       NULL AS speaker, {_HEADLINE.format(column="m.text", options=_ARTICLE_HEADLINE)} AS snippet,
       m.score
FROM (SELECT d.id, d.title, d.published, d.url, d.text,
             ts_rank(d.search, websearch_to_tsquery('{PG_CONFIG}', ?)) AS score
      FROM documents d
      WHERE d.search @@ websearch_to_tsquery('{PG_CONFIG}', ?){{dates}}
      ORDER BY score DESC, d.id{{limit}}) AS m
ORDER BY m.score DESC, m.id
"""

_PG_QUOTES = f"""
SELECT 'quote' AS kind, m.doc_id, m.title, m.published, m.url, m.quote_id, m.speaker,
       {_HEADLINE.format(column="m.text", options=_QUOTE_HEADLINE)} AS snippet, m.score
FROM (SELECT q.doc_id, d.title, d.published, d.url, q.id AS quote_id, s.name AS speaker,
             q.text, q.position, ts_rank(q.search, websearch_to_tsquery('{PG_CONFIG}', ?)) AS score
      FROM quotes q
      JOIN documents d ON d.id = q.doc_id
      LEFT JOIN actors s ON s.doc_id = q.doc_id AND s.id = q.speaker
      WHERE q.search @@ websearch_to_tsquery('{PG_CONFIG}', ?){{dates}}
      ORDER BY score DESC, q.doc_id, q.position{{limit}}) AS m
ORDER BY m.score DESC, m.doc_id, m.position
"""

KINDS = ("article", "quote")


def search(db: Database, text: str, *, kind: str | None = None, since: str | None = None,
           until: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Articles (title and text) and quotes that match ``text``, best first within each kind,
    articles before quotes. ``limit`` applies to each kind; ``since``/``until`` bound the
    publication date."""
    if kind is not None and kind not in KINDS:
        raise DyadError(f"search: kind must be one of {', '.join(KINDS)}, not {kind!r}")
    if limit is not None and limit < 0:
        raise DyadError(f"limit must be 0 or more, not {limit}")
    w = Where()
    w.dates("d.published", since, until)
    dates = "".join(" AND " + c for c in w.clauses)
    out: list[dict[str, Any]] = []
    for k in KINDS:
        if kind not in (None, k):
            continue
        if db.dialect == "postgresql":
            check_pg_query(text)
            sql = (_PG_ARTICLES if k == "article" else _PG_QUOTES).format(
                dates=dates, limit="" if limit is None else " LIMIT ?")
            params = [text, text, *w.params, *([] if limit is None else [limit])]
            out.extend(db.rows(sql, [text, *params]))
        else:
            sql = (_SQLITE_ARTICLES if k == "article" else _SQLITE_QUOTES).format(dates=dates)
            params = [fts5_query(text), *w.params]
            if limit is not None:
                sql, params = sql + " LIMIT ?", [*params, limit]
            out.extend(db.rows(sql, params))
    for r in out:
        r["score"] = float(r["score"])
    return out
