"""The store's reads on both backends: quote, event and actor filters, actor profiles and
full-text search, over the records of test_store.

Like test_store's, every test here runs on a SQLite file and on PostgreSQL (skipped without
$DYAD_TEST_POSTGRES, failed under CI).
"""

from __future__ import annotations

import dataclasses
import sqlite3
from contextlib import ExitStack

import pytest
import test_store
from test_store import (
    _with_schema,
    at,
    kirby_accuses,
    kirby_talks,
    pg_fresh_schema,
    undated,
)

from dyad.errors import DyadError
from dyad.records import Actor, Record
from dyad.store import StoreError, open_store

# The per-test store fixtures, shared with test_store.
store_url, store = test_store.store_url, test_store.store


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def full(request, tmp_path_factory):
    """One store per backend with test_store's three records, shared by the tests that only
    read it."""
    with ExitStack() as stack:
        if request.param == "sqlite":
            url = str(tmp_path_factory.mktemp("full") / "dyad.db")
        else:
            url = _with_schema(*stack.enter_context(pg_fresh_schema()))
        s = stack.enter_context(open_store(url))
        s.write_many([kirby_talks(), kirby_accuses(), undated()])
        yield s


# --- filters --------------------------------------------------------------------------------

def test_quote_rows_are_readable(full):
    row = full.quotes(doc_id="d1")[1]
    assert row == {
        "doc_id": "d1", "title": "Talks collapse", "published": "2016-10-03", "quote_id": "q2",
        "speaker": "John Kirby", "speaker_country": "USA", "speaker_code": "USAGOV",
        "role": "spokesman", "quote": "We are done,", "kind": "direct", "cue": "told",
        "addressee": "reporters", "speaker_entity": "USAGOV|john kirby",
    }


@pytest.mark.parametrize("filters, expected", [
    ({}, ["q1", "q2"]),
    ({"speaker": "kirby"}, ["q1", "q2"]),
    ({"speaker": "JOHN KIRBY"}, ["q1", "q2"]),
    ({"speaker": "russia"}, []),
    ({"actor": "reporters"}, ["q2"]),
    ({"country": "usa"}, ["q1", "q2"]),
    ({"country": "RUS"}, []),
    ({"text": "DONE"}, ["q2"]),
    ({"since": "2016-10-03"}, ["q1", "q2"]),
    ({"since": "2016-10-04"}, []),
    ({"until": "2016-10"}, ["q1", "q2"]),
    ({"until": "2016-09"}, []),
    ({"doc_id": "d2"}, []),
    ({"limit": 1}, ["q1"]),
])
def test_quote_filters(full, filters, expected):
    assert [r["quote_id"] for r in full.quotes(**filters)] == expected


def test_event_rows_are_readable(full):
    [row] = full.events(code="195")
    assert row["source"] == "Russia" and row["source_code"] == "RUS"
    assert row["target"] is None
    assert row["place"] == "Aleppo" and row["place_country"] == "SYR"
    assert row["sentence"] == "Russia bombed Aleppo on Monday."
    assert (row["cameo"], row["plover"], row["quad_class"], row["goldstein"]) == (
        "195", "ASSAULT", 4, -10.0)
    assert row["negated"] is False and row["title"] == "Talks collapse"
    [met] = full.events(doc_id="d3")
    assert met["negated"] is True and met["published"] is None


@pytest.mark.parametrize("filters, expected", [
    ({}, ["e1", "f1", "f2", "g1"]),
    ({"source": "russia"}, ["e1", "f2"]),
    ({"target": "Kirby"}, ["f2"]),
    ({"actor": "kirby"}, ["f1", "f2"]),
    ({"actor": "ÇAVUŞOĞLU"}, ["g1"]),
    ({"country": "tur"}, ["g1"]),
    ({"country": "RUS"}, ["e1", "f1", "f2", "g1"]),
    ({"code": "19"}, ["e1"]),
    ({"code": "1"}, ["e1", "f1", "f2"]),
    ({"code": "12"}, ["f2"]),
    ({"plover": "reject"}, ["f2"]),
    ({"quad_class": 3}, ["f1", "f2"]),
    ({"modality": "reported"}, ["f2"]),
    # An event's own date counts; without one, its document's publication date.
    ({"since": "2016-11"}, ["f1", "f2", "g1"]),
    ({"since": "2017"}, ["g1"]),
    ({"until": "2016-10-03"}, ["e1"]),
    ({"until": "2016"}, ["e1", "f1", "f2"]),
    ({"since": "2016-11-01", "until": "2016-11-30"}, ["f1", "f2"]),
    ({"doc_id": "d2", "limit": 1}, ["f1"]),
])
def test_event_filters(full, filters, expected):
    assert [r["event_id"] for r in full.events(**filters)] == expected


@pytest.mark.parametrize("bad", [{"since": "last week"}, {"until": "2016-1"}, {"code": "1x"}])
def test_bad_filter_values_are_user_errors(full, bad):
    with pytest.raises(DyadError):
        full.events(**bad)


def test_filter_values_are_data_not_sql(full):
    assert full.quotes(speaker="'; DROP TABLE quotes; --") == []
    assert full.quotes(speaker="%") == []
    assert full.events(source="_") == []
    assert len(full.quotes()) == 2


# --- actors ---------------------------------------------------------------------------------

def test_same_actor_in_two_documents_is_one_entity(full):
    [kirby] = full.actors(name="kirby")
    assert kirby == {
        "entity_id": "USAGOV|john kirby", "name": "John Kirby", "kind": "person",
        "country": "USA", "code": "USAGOV", "documents": 2, "mentions": 3, "quotes": 2,
        "events": 2,
    }
    [russia] = full.actors(name="russia")
    assert (russia["documents"], russia["mentions"], russia["events"]) == (2, 3, 3)
    # Most documented first, then most mentioned, then by name.
    assert [a["name"] for a in full.actors(limit=3)] == [
        "John Kirby", "Russia", "Mevlüt Çavuşoğlu"]


@pytest.mark.parametrize("filters, expected", [
    ({"country": "usa"}, {"John Kirby", "State Department"}),
    ({"kind": "organization"}, {"State Department"}),
    ({"code": "usa"}, {"John Kirby", "State Department"}),
    ({"code": "RUSGOV"}, {"Sergei Lavrov"}),
    ({"name": "çavuşoğlu"}, {"Mevlüt Çavuşoğlu"}),
    ({"name": "nobody"}, set()),
])
def test_actor_filters(full, filters, expected):
    assert {a["name"] for a in full.actors(**filters)} == expected


def test_actor_profile(full):
    profile = full.actor_profile("john kirby")
    assert profile["entity"]["name"] == "John Kirby"
    assert profile["roles"] == ["spokesman"] and profile["sectors"] == ["GOV"]
    assert [d["title"] for d in profile["documents"]] == ["Talks collapse", "Kirby accuses Moscow"]
    assert [q["quote"] for q in profile["quotes"]] == ["the talks had failed", "We are done,"]
    assert [(e["event_id"], e["as"], e["title"]) for e in profile["events"]] == [
        ("f1", "source", "Kirby accuses Moscow"), ("f2", "target", "Kirby accuses Moscow")]
    assert full.actor_profile("zzz") is None


def test_actor_profile_prefers_a_whole_name(store):
    t = "Russia and Russia Today."
    store.write(Record(id="x", text=t, actors=(
        Actor("a1", "Russia Today", "organization", "RUS", ("MED",), "RUSMED",
              mentions=(at(t, "Russia Today"),)),
        Actor("a2", "Russia", "country", "RUS", (), "RUS", mentions=(at(t, "Russia"),)),
    )))
    profile = store.actor_profile("RUSSIA")
    assert profile["entity"]["name"] == "Russia"
    assert store.actor_profile("today")["entity"]["name"] == "Russia Today"


# --- full-text search -----------------------------------------------------------------------

def test_search_articles_and_quotes(full):
    rows = full.search("talks failed")
    assert [(r["kind"], r["doc_id"], r["quote_id"]) for r in rows] == [
        ("article", "d1", None), ("quote", "d1", "q1")]
    quote = rows[1]
    assert quote["speaker"] == "John Kirby" and "[failed]" in quote["snippet"]
    assert "[" in rows[0]["snippet"] and rows[0]["title"] == "Talks collapse"
    # Stemmed words, a title word, phrases, OR, exclusion, diacritics in the text.
    assert [r["doc_id"] for r in full.search("accusing", kind="article")] == ["d2"]
    assert [r["doc_id"] for r in full.search("collapse", kind="article")] == ["d1"]
    assert [r["doc_id"] for r in full.search('"war crimes"')] == ["d2"]
    assert full.search('"crimes war"') == []
    assert {r["doc_id"] for r in full.search("Aleppo OR Lavrov")} == {"d1", "d3"}
    assert [r["doc_id"] for r in full.search("russia -moscow", kind="article")] == ["d1"]
    assert [r["doc_id"] for r in full.search("çavuşoğlu")] == ["d3"]
    assert full.search("kirby", kind="quote") == []
    assert [r["doc_id"] for r in full.search("Russia", since="2016-11")] == ["d2"]
    assert len(full.search("russia", kind="article", limit=1)) == 1


@pytest.mark.parametrize("text", ['"unclosed phrase', "NEAR(a b)", "a AND OR", "col:word",
                                  "'; DROP TABLE quotes; --", "*", "^start"])
def test_search_input_is_words_not_syntax(full, text):
    # Whatever a user types is words to find (or a clear error), never an engine error.
    try:
        full.search(text)
    except DyadError as exc:
        assert not isinstance(exc, StoreError)
    assert full.stats()["quotes"] == 2


def test_search_needs_words(full):
    for text in ("", "   ", "-russia", "!!"):
        with pytest.raises(DyadError, match="no words"):
            full.search(text)
    with pytest.raises(DyadError, match="kind"):
        full.search("russia", kind="tweet")


def test_search_follows_updates(store):
    store.write(kirby_talks())
    assert [r["quote_id"] for r in store.quotes(text="done")] == ["q2"]
    old = kirby_talks()
    new = dataclasses.replace(old, text=old.text.replace("done", "gone"), title="Talks ended",
                              quotes=(old.quotes[0], dataclasses.replace(old.quotes[1],
                                                                         text="We are gone,")))
    store.write(new)
    assert store.quotes(text="done") == [] and store.search("done") == []
    assert store.search("collapse") == []
    assert [r["quote_id"] for r in store.quotes(text="gone")] == ["q2"]
    assert [r["doc_id"] for r in store.search("ended", kind="article")] == ["d1"]


def test_sqlite_search_survives_vacuum(tmp_path):
    path = str(tmp_path / "dyad.db")
    with open_store(path) as s:
        s.write_many([kirby_talks(), kirby_accuses(), undated()])
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("DELETE FROM documents WHERE id = 'd3'")  # leaves a gap in the rowids
    conn.commit()
    conn.execute("VACUUM")
    conn.close()
    with open_store(path) as s:
        assert [r["doc_id"] for r in s.search('"war crimes"')] == ["d2"]
        assert s.search("Lavrov") == []
        assert s.write(undated()) == "inserted"
        assert [r["doc_id"] for r in s.search("Lavrov")] == ["d3"]
        old = kirby_talks()
        assert s.write(dataclasses.replace(old, text=old.text.replace("failed", "stalled"),
                                           quotes=())) == "updated"
        assert [r["doc_id"] for r in s.search("stalled")] == ["d1"]
        assert s.search("failed") == []
