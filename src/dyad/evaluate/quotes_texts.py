"""Quote gold kept apart from its articles: offsets into plain-text files (``evaluation/bbc-quotes.jsonl``).

PolNeAR's JSONL carries each article's text; a set annotated by the project on a corpus it may
not copy (the BBC news of ``../shared/data/bench/bbc``) carries offsets only. One row per
article::

    {"path": "politics/295.txt", "sha256": "<first 12 hex digits of the text's SHA-256>",
     "attributions": [{"id", "source": [{start, end}], "cue": [...], "content": [...],
                       "no_source": bool, "name"?: str, "case"?: str}]}

``path`` is relative to the texts folder; the text is read as UTF-8, and its hash must equal the
row's, so an edited or different file is an error, not silently wrong offsets. ``name`` (the
speaker's full name as the article gives it, where the source is a person) and ``case`` (how the
source names them: full_name, descriptor, pronoun) make the speaker-resolution gold.

Halves. Rows with an even index (0-based) are the tune half, odd rows the held-out half: errors
are read and fixed on the tune half only.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from dyad.evaluate.gold import gold_lines
from dyad.evaluate.quotes import GoldArticle, GoldAttribution, quote_kind, score_articles
from dyad.nlp import LEARNED_SPANS
from dyad.records import Record

HALVES = ("tune", "held-out", "all")


def text_hash(text: str) -> str:
    """The short hash a row keeps of its article's text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def in_half(index: int, half: str) -> bool:
    if half not in HALVES:
        raise ValueError(f"half must be one of {', '.join(HALVES)}, not {half!r}")
    return half == "all" or (index % 2 == 0) == (half == "tune")


def read_text_gold(path: str, texts: str, half: str = "all", limit: int | None = None
                   ) -> tuple[list[GoldArticle], list[dict[str, Any]]]:
    """The gold articles of ``half`` (texts read from ``texts``) and their speaker-resolution
    items (``read_resolution``'s shape, ``doc_id`` being the row's path)."""
    articles: list[GoldArticle] = []
    items: list[dict[str, Any]] = []
    rows = gold_lines(path, {"path", "sha256", "attributions"})
    for index, (n, row) in enumerate(rows):
        if not in_half(index, half):
            continue
        file = Path(texts) / row["path"]
        if not file.is_file():
            raise ValueError(f"{path}:{n}: no text file {file}")
        text = file.read_text(encoding="utf-8")
        if text_hash(text) != row["sha256"]:
            raise ValueError(f"{path}:{n}: {file} is not the text annotated (hash "
                             f"{text_hash(text)}, the gold has {row['sha256']})")
        for a in row["attributions"]:
            for key in ("source", "cue", "content", "content2"):
                for p in a.get(key) or ():
                    if not 0 <= p["start"] < p["end"] <= len(text):
                        raise ValueError(f"{path}:{n}: {key} offsets {p['start']}-{p['end']} "
                                         f"outside {row['path']} ({len(text)} characters)")
            if a.get("name") and a.get("content"):
                items.append({"doc_id": row["path"], "case": a.get("case", "full_name"),
                              "content_start": min(p["start"] for p in a["content"]),
                              "content_end": max(p["end"] for p in a["content"]),
                              "name": a["name"]})
        articles.append(GoldArticle(row["path"], "dyad", text,
                                    tuple(_attribution(text, a) for a in row["attributions"])))
        if limit is not None and len(articles) >= limit:
            break
    return articles, items


def _attribution(text: str, a: dict) -> GoldAttribution:
    """The row's pieces as they stand: unlike PolNeAR's tool, which cuts a span at each sentence
    (``quotes._merged`` joins those), this gold cuts a content only where the original article
    had a paragraph break, which the corpus has run together ('… to go. "I think …': a mark
    opening again without one closing)."""
    def spans(key: str) -> tuple[tuple[int, int], ...]:
        return tuple(sorted((p["start"], p["end"]) for p in a.get(key) or ()))

    content = tuple(sorted(spans("content") + spans("content2")))
    kind = quote_kind(" ".join(text[s:e] for s, e in content))
    return GoldAttribution(str(a.get("id", "")), content, spans("cue"), spans("source"), kind)


def evaluate_text_quotes(path: str, texts: str, *, half: str = "all", limit: int | None = None,
                         nlp_records: Mapping[str, Record] | Iterable[Record] | None = None,
                         learned_cues: bool = True,
                         learned_spans: bool = LEARNED_SPANS) -> dict:
    """``evaluate_quotes``'s figures on an offsets-only gold file, the resolution included."""
    articles, items = read_text_gold(path, texts, half, limit)
    out = score_articles(f"{path} ({half})", articles, items, nlp_records, learned_cues,
                         learned_spans)
    out["half"] = half
    return out
