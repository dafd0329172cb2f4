"""Who gets quoted (`Store.voices`, `dyad voices`), on both backends, over hand-built records.

A person counts once per article however often quoted there; bodies and unattributed quotes are
counted apart; the share of women is over the people whose gender is known.
"""

from __future__ import annotations

import json

import pytest
import test_store
from click.testing import CliRunner
from test_store import at

from dyad.cli import main
from dyad.errors import DyadError
from dyad.records import Actor, Quote, Record

store_url, store = test_store.store_url, test_store.store


def article(doc_id: str, outlet: str, published: str, speakers: list[tuple]) -> Record:
    """One quote per entry of ``speakers``: (name, kind, gender, country) or None for a
    quote with no speaker. Repeated names are one actor of the article."""
    lines = [f"{name or 'Someone'} said it was quote {i}." for i, (name, *_) in
             enumerate(s or (None,) for s in speakers)]
    text = " ".join(lines)
    actors: dict[str, Actor] = {}
    quotes = []
    offset = 0
    for i, (line, s) in enumerate(zip(lines, speakers, strict=True)):
        content = f"it was quote {i}"
        start = offset + line.index(content)
        speaker = None
        if s is not None:
            name, kind, gender, country = s
            if name not in actors:
                first = at(text, name)
                actors[name] = Actor(f"a{len(actors) + 1}", name, kind, country,
                                     mentions=(first,), gender=gender)
            speaker = actors[name].id
        quotes.append(Quote(f"q{i + 1}", content, start, start + len(content), "indirect",
                            speaker, None, "said", (offset + line.index("said"),
                                                    offset + line.index("said") + 4)))
        offset += len(line) + 1
    return Record(id=doc_id, text=text, source=outlet, published=published,
                  actors=tuple(actors.values()), quotes=tuple(quotes))


ANA = ("Ana Lima", "person", "female", "BRA")
BEA = ("Bea Cruz", "person", "female", "PHL")
TOM = ("Tom Hale", "person", "male", "GBR")
SAM = ("Sam Roe", "person", None, "GBR")
MINISTRY = ("The ministry", "organization", None, "GBR")


@pytest.fixture
def quoted(store):
    store.write_many([
        article("d1", "Daily A", "2020-01-05", [ANA, ANA, ANA, TOM, MINISTRY, None]),
        article("d2", "Daily A", "2020-02-01", [TOM, SAM]),
        article("d3", "Weekly B", "2020-02-20", [BEA, TOM, TOM]),
    ])
    return store


def test_people_count_once_per_article_and_shares_leave_unknown_out(quoted):
    [row] = quoted.voices()
    assert row["group"] == "all"
    assert (row["documents"], row["quotes"], row["by_people"], row["by_others"],
            row["unattributed"]) == (3, 11, 9, 1, 1)
    # Ana once (three quotes), Tom three times (three articles), Sam, Bea.
    assert (row["people"], row["women"], row["men"], row["unknown"]) == (6, 2, 3, 1)
    assert row["women_share"] == 0.4
    assert row["women_quote_share"] == round(4 / 8, 3)


def test_by_outlet_and_by_period(quoted):
    by_outlet = {r["group"]: r for r in quoted.voices(by="source")}
    assert by_outlet["Daily A"]["people"] == 4 and by_outlet["Daily A"]["women_share"] == 0.333
    assert by_outlet["Weekly B"]["women_share"] == 0.5
    months = quoted.voices(by="period", period="month")
    assert [(r["group"], r["people"]) for r in months] == [("2020-01", 2), ("2020-02", 4)]
    assert quoted.voices(since="2020-02-10")[0]["documents"] == 1
    assert quoted.voices(country="gbr")[0]["unknown"] == 1
    with pytest.raises(DyadError):
        quoted.voices(by="outlet")


def test_no_gender_known_gives_no_share(store):
    store.write(article("d9", "Daily A", "2020-01-01", [SAM]))
    assert store.voices()[0]["women_share"] is None


def test_cli(quoted, store_url):
    if not store_url.endswith(".db"):
        pytest.skip("the command is tested on the SQLite file")
    out = CliRunner().invoke(main, ["voices", "--db", store_url, "--by", "source",
                                    "--format", "jsonl"])
    assert out.exit_code == 0, out.output
    rows = [json.loads(line) for line in out.output.splitlines()]
    assert [r["group"] for r in rows] == ["Daily A", "Weekly B"]
    table = CliRunner().invoke(main, ["voices", "--db", store_url])
    assert "women_share" in table.output and "0.4" in table.output
