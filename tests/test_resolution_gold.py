"""The speaker-resolution gold sets over PolNeAR dev and train: their structure, and, where the
PolNeAR file is present, that every item points at an attribution the quote scorer sees."""

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from dyad.evaluate.quotes import CASES, read_polnear, read_resolution

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "data" / "quotes"
FIELDS = {"doc_id", "content_start", "content_end", "case", "name"}
# split -> (gold file, least items by case: pronoun + descriptor, descriptor, continuation,
# full name)
SETS = {
    "dev": ("polnear-dev-resolution.jsonl", (200, 40, 50, 50)),
    "train": ("polnear-train-resolution.jsonl", (200, 250, 40, 140)),
}


# train articles (numbered in read_polnear's order) read for their described and named sources;
# evaluation/README.md lists them and says how they were chosen
SOURCE_RICH = {4, 23, 38, 46, 63, 149, 153, 176, 177, 196, 216, 217, 218, 234, 254, 268, 276,
               283, 284, 303, 307, 309, 312, 333, 342, 347, 354, 357, 366, 368, 374, 378, 398,
               423, 438, 442, 447, 456, 466, 479, 606, 616, 623, 624, 628, 629, 633, 634, 637,
               638, 642, 644, 652, 653, 657, 658, 662, 667, 673, 686, 698, 699, 702, 708, 714,
               717, 718}


def gold_rows(split: str) -> list[dict]:
    with open(ROOT / "evaluation" / SETS[split][0], encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


both = pytest.mark.parametrize("split", sorted(SETS))


@both
def test_rows_hold_offsets_ids_and_names_only(split):
    for row in gold_rows(split):
        assert set(row) == FIELDS, row
        assert isinstance(row["doc_id"], str) and row["doc_id"]
        assert isinstance(row["content_start"], int) and isinstance(row["content_end"], int)
        assert 0 <= row["content_start"] < row["content_end"], row
        assert row["case"] in CASES, row
        assert isinstance(row["name"], str) and row["name"] == row["name"].strip() != ""


@both
def test_counts_by_case(split):
    counts = Counter(row["case"] for row in gold_rows(split))
    both_, descriptor, continuation, full_name = SETS[split][1]
    assert counts["pronoun"] + counts["descriptor"] >= both_
    assert counts["descriptor"] >= descriptor
    assert counts["continuation"] >= continuation
    assert counts["full_name"] >= full_name


@both
def test_each_content_span_appears_once(split):
    rows = gold_rows(split)
    spans = Counter((r["doc_id"], r["content_start"], r["content_end"]) for r in rows)
    assert [s for s, n in spans.items() if n > 1] == []


@both
def test_the_scorer_reads_every_row(split):
    items = read_resolution(str(ROOT / "evaluation" / SETS[split][0]))
    assert len(items) == len(gold_rows(split))
    assert {it["case"] for it in items} == set(CASES)


def test_train_items_come_from_the_articles_the_readme_names():
    if not (POLNEAR / "polnear-train.jsonl").exists():
        pytest.skip("PolNeAR train file not present")
    order = [a.doc_id for a in read_polnear(str(POLNEAR / "polnear-train.jsonl"))]
    rows = gold_rows("train")
    # descriptors from every 5th article and every 10th from the second, pronouns from every
    # 10th, the other cases from every 20th; descriptors and full names also from the articles
    # chosen for their many described and named sources
    for r in rows:
        n = order.index(r["doc_id"])
        if n in SOURCE_RICH:
            assert r["case"] in ("descriptor", "full_name"), r
        elif r["case"] == "descriptor":
            assert n % 5 == 0 or n % 10 == 1, r
        elif r["case"] == "pronoun":
            assert n % 10 == 0, r
        else:
            assert n % 20 == 0, r
    assert len({r["doc_id"] for r in rows}) >= 190
    assert SOURCE_RICH <= {order.index(r["doc_id"]) for r in rows}


@both
def test_items_match_attributions_the_scorer_uses(split):
    path = POLNEAR / f"polnear-{split}.jsonl"
    if not path.exists():
        pytest.skip(f"PolNeAR {split} file not present")
    articles = {a.doc_id: a for a in read_polnear(str(path))}
    for row in gold_rows(split):
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
