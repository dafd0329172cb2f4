"""The speaker-resolution gold set over PolNeAR dev: its structure, and, where the PolNeAR file
is present, that every item points at an attribution the quote scorer sees."""

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from dyad.evaluate.quotes import CASES, read_polnear, read_resolution

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "evaluation" / "polnear-dev-resolution.jsonl"
POLNEAR_DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "quotes" / "polnear-dev.jsonl"
FIELDS = {"doc_id", "content_start", "content_end", "case", "name"}


def gold_rows() -> list[dict]:
    with open(GOLD, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def test_rows_hold_offsets_ids_and_names_only():
    for row in gold_rows():
        assert set(row) == FIELDS, row
        assert isinstance(row["doc_id"], str) and row["doc_id"]
        assert isinstance(row["content_start"], int) and isinstance(row["content_end"], int)
        assert 0 <= row["content_start"] < row["content_end"], row
        assert row["case"] in CASES, row
        assert isinstance(row["name"], str) and row["name"] == row["name"].strip() != ""


def test_counts_by_case():
    counts = Counter(row["case"] for row in gold_rows())
    assert counts["pronoun"] + counts["descriptor"] >= 200
    assert counts["descriptor"] >= 40
    assert counts["continuation"] >= 50
    assert counts["full_name"] >= 50


def test_each_content_span_appears_once():
    spans = Counter((r["doc_id"], r["content_start"], r["content_end"]) for r in gold_rows())
    assert [s for s, n in spans.items() if n > 1] == []


def test_the_scorer_reads_every_row():
    items = read_resolution(str(GOLD))
    assert len(items) == len(gold_rows())
    assert {it["case"] for it in items} == set(CASES)


@pytest.mark.skipif(not POLNEAR_DEV.exists(), reason="PolNeAR dev file not present")
def test_items_match_attributions_the_scorer_uses():
    articles = {a.doc_id: a for a in read_polnear(str(POLNEAR_DEV))}
    for row in gold_rows():
        art = articles.get(row["doc_id"])
        assert art is not None, row
        span = (row["content_start"], row["content_end"])
        # the scorer reads sentence pieces of one paragraph as one piece: an item lies in one
        owners = [(g, k) for g in art.attributions for k, (s, e) in enumerate(g.content)
                  if s <= span[0] and span[1] <= e]
        assert len(owners) == 1, row
        owner, k = owners[0]
        # a continuation is a later part of a split attribution; the other cases its start
        if row["case"] == "continuation":
            assert k > 0 or owner.content[0][0] < span[0], row
        else:
            assert k == 0 and owner.content[0][0] == span[0], row
            assert owner.source, row
        # the name is written as the article writes it
        words = set(re.findall(r"\w+", art.text))
        assert set(re.findall(r"\w+", row["name"])) <= words, row
