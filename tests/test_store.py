"""The store on both backends: round trips, idempotent writes, rollback, migrations, story
events, the network and timelines (test_store_queries has the filters and full-text search).

Every test that takes the ``store`` or ``store_url`` fixture runs twice: on a SQLite file and
on PostgreSQL (in a schema of its own, dropped afterwards). The PostgreSQL run needs a server
named by $DYAD_TEST_POSTGRES; without one it is skipped, except under CI, where it fails.
"""

from __future__ import annotations

import dataclasses
import itertools
import os
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyad.errors import DyadError
from dyad.records import Actor, Article, Event, Place, Quote, Record, failed_record
from dyad.store import SCHEMA_VERSION, StoreError, open_store
from dyad.store.schema import MIGRATIONS, migrate, schema_version
from dyad.store.sqlite import SQLiteDatabase
from dyad.store.write import write_record


def at(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    """The span of the nth occurrence of ``part`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return (start, start + len(part))


def event(text: str, eid: str, trigger: str, cameo: str, plover: str, quad: int,
          goldstein: float, source: str | None, target: str | None, **kw) -> Event:
    ts = at(text, trigger)
    sent_start = text.rfind(".", 0, ts[0]) + 1
    sent_end = text.index(".", ts[1]) + 1
    while text[sent_start] == " ":
        sent_start += 1
    penta = 0 if quad == 1 and cameo[:2] in ("01", "02") else quad
    return Event(id=eid, cameo=cameo, root=cameo[:2], plover=plover, penta=penta,
                 quad_class=quad, goldstein=goldstein, source=source, target=target,
                 trigger=trigger, trigger_span=ts, sentence_span=(sent_start, sent_end),
                 evidence=kw.pop("evidence", "test pattern"), **kw)


def kirby_talks() -> Record:
    t = ('John Kirby said the talks had failed. "We are done," he told reporters. '
         "Russia bombed Aleppo on Monday.")
    q2 = at(t, "We are done,")
    return Record(
        id="d1", text=t, title="Talks collapse", url="https://example.org/d1",
        source="Example News", published="2016-10-03",
        actors=(
            Actor("a1", "John Kirby", "person", "USA", ("GOV",), "USAGOV", "spokesman",
                  mentions=(at(t, "John Kirby"), at(t, "he", 1)), gender="male"),
            Actor("a2", "Russia", "country", "RUS", (), "RUS", mentions=(at(t, "Russia"),)),
            Actor("a3", "reporters", "group", None, ("MED",), None,
                  mentions=(at(t, "reporters"),)),
        ),
        quotes=(
            Quote("q1", "the talks had failed", *at(t, "the talks had failed"), "indirect",
                  "a1", at(t, "John Kirby"), "said", at(t, "said")),
            Quote("q2", "We are done,", *q2, "direct", "a1", at(t, "he", 1), "told",
                  at(t, "told"), addressee="a3"),
        ),
        events=(event(t, "e1", "bombed", "195", "ASSAULT", 4, -10.0, "a2", None,
                      date="2016-10-03", place="p1", confidence=0.8),),
        places=(Place("p1", "Aleppo", "city", "SYR", 36.20124, 37.16117, 170063,
                      (at(t, "Aleppo"),)),),
    )


def kirby_accuses() -> Record:
    t = ("State Department spokesman John Kirby accused Russia of war crimes. "
         "Moscow rejected the charge.")
    return Record(
        id="d2", text=t, title="Kirby accuses Moscow", published="2016-11-20",
        actors=(
            Actor("b1", "John Kirby", "person", "USA", ("GOV",), "USAGOV", "spokesman",
                  affiliation="b3", mentions=(at(t, "John Kirby"),)),
            Actor("b2", "Russia", "country", "RUS", (), "RUS",
                  mentions=(at(t, "Russia"), at(t, "Moscow"))),
            Actor("b3", "State Department", "organization", "USA", ("GOV",), "USAGOV",
                  mentions=(at(t, "State Department"),)),
        ),
        events=(
            event(t, "f1", "accused", "112", "ACCUSE", 3, -2.0, "b1", "b2"),
            event(t, "f2", "rejected", "12", "REJECT", 3, -4.0, "b2", "b1", modality="reported"),
        ),
    )


def undated() -> Record:
    t = "Mevlüt Çavuşoğlu met Sergei Lavrov in Moscow."
    return Record(
        id="d3", text=t, title=None,
        actors=(
            Actor("c1", "Mevlüt Çavuşoğlu", "person", "TUR", ("GOV",), "TURGOV",
                  mentions=(at(t, "Mevlüt Çavuşoğlu"),)),
            Actor("c2", "Sergei Lavrov", "person", "RUS", ("GOV",), "RUSGOV",
                  mentions=(at(t, "Sergei Lavrov"),)),
        ),
        events=(event(t, "g1", "met", "040", "CONSULT", 1, 1.0, "c1", "c2", date="2017-01-05",
                      negated=True),),
    )


def postgres_server() -> str:
    """The test PostgreSQL server's URL; skips the test without one (fails it under CI)."""
    url = os.environ.get("DYAD_TEST_POSTGRES")
    if not url:
        message = "DYAD_TEST_POSTGRES is not set: no PostgreSQL server to test against"
        if os.environ.get("CI"):
            pytest.fail(message + " (CI must run these tests)")
        pytest.skip(message)
    return url


def _with_schema(server: str, schema: str) -> str:
    return server + ("&" if "?" in server else "?") + "schema=" + schema


@contextmanager
def pg_fresh_schema() -> Iterator[tuple[str, str]]:
    """A new, empty schema on the test server (server URL, schema name), dropped with
    everything in it afterwards."""
    import psycopg

    server = postgres_server()
    name = "dyad_t" + uuid.uuid4().hex[:12]
    try:
        yield server, name
    finally:
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {name} CASCADE")


@pytest.fixture
def pg_schema():
    with pg_fresh_schema() as found:
        yield found


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    """A URL for a new store with no documents, on each backend."""
    if request.param == "sqlite":
        yield str(tmp_path / "dyad.db")
        return
    with pg_fresh_schema() as (server, name):
        yield _with_schema(server, name)


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request, tmp_path):
    """A URL where no store is yet (no tables at all), on each backend."""
    if request.param == "sqlite":
        return str(tmp_path / "dyad.db")
    return _with_schema(*request.getfixturevalue("pg_schema"))


@pytest.fixture
def store(store_url):
    with open_store(store_url) as s:
        yield s


# --- writing and reading back ---------------------------------------------------------------

def test_records_round_trip_exactly(store):
    for record in (kirby_talks(), kirby_accuses(), undated()):
        assert store.write(record) == "inserted"
    for record in (kirby_talks(), kirby_accuses(), undated()):
        assert store.get(record.id) == record
    assert store.get("nope") is None


_ids = itertools.count()


# PostgreSQL cannot hold NUL in text (test_store_pg covers it); Dyad's readers reject it.
_CHARS = st.characters(exclude_categories=("Cs",), exclude_characters="\x00")


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(_CHARS, min_size=1, max_size=60),
       title=st.one_of(st.none(), st.text(_CHARS, max_size=20)),
       sector=st.lists(st.sampled_from(["GOV", "MIL", "REB"]), max_size=3),
       lat=st.one_of(st.none(), st.floats(-90, 90)))
def test_any_text_round_trips(store, text, title, sector, lat):
    # A fresh id each time: the same id and text again would rightly be "unchanged".
    doc_id = f"r{next(_ids)}"
    record = Record(
        id=doc_id, text=text, title=title,
        actors=(Actor("a1", "Someone", "person", sector=tuple(sector),
                      mentions=((0, len(text)), (0, 0))),),
        places=(Place("p1", "Somewhere", "other", lat=lat, mentions=((0, 1),)),),
    )
    assert store.write(record) == "inserted"
    assert store.get(doc_id) == record


def test_failed_record_is_stored_without_rows(store):
    bad = failed_record(Article(text="<html>", id="bad", title="Broken"), "extract",
                        "no main text")
    assert store.write(bad, origin="feed.jsonl:7") == "inserted"
    assert store.get("bad") == bad
    assert store.stats() == {"documents": 1, "failed": 1, "actors": 0, "quotes": 0,
                             "events": 0, "places": 0}
    [failure] = store.failures()
    assert (failure["doc_id"], failure["error_code"], failure["origin"]) == (
        "bad", "extract", "feed.jsonl:7")
    # A failure is worth retrying: has() says no, and a good analysis of it replaces it.
    assert not store.has("bad", bad.content_hash)
    assert store.write(bad) == "unchanged"
    fixed = dataclasses.replace(bad, error=None)
    assert store.write(fixed) == "updated"
    assert store.has("bad", bad.content_hash)
    assert store.failures() == []


# --- idempotence ----------------------------------------------------------------------------

def test_same_record_twice_is_unchanged(store):
    assert store.write(kirby_talks()) == "inserted"
    assert store.write(kirby_talks()) == "unchanged"
    assert store.write_many([kirby_talks(), kirby_accuses()]) == {
        "inserted": 1, "updated": 0, "unchanged": 1}
    assert store.stats()["documents"] == 2
    assert len(store.quotes(doc_id="d1")) == 2
    assert store.has("d1", kirby_talks().content_hash)
    assert not store.has("d1", "0" * 40)


def test_corrected_metadata_updates_the_document(store):
    # The same text given again with its publication date (or another title) is not the same
    # input: dyad ingest analyses it again and the store takes the new record.
    undated = dataclasses.replace(kirby_talks(), published=None)
    assert store.write(undated) == "inserted"
    h = undated.content_hash
    assert store.has("d1", h, published=None)
    assert not store.has("d1", h, published=kirby_talks().published)
    assert store.write(kirby_talks()) == "updated"
    assert store.get("d1").published == kirby_talks().published
    assert store.has("d1", h, title=kirby_talks().title, published=kirby_talks().published)
    assert store.write(dataclasses.replace(kirby_talks(), title="Other")) == "updated"


def test_changed_text_replaces_the_document(store):
    store.write(kirby_talks())
    t = "Russia bombed Aleppo again."
    new = Record(
        id="d1", text=t, published="2016-10-04",
        actors=(Actor("x1", "Russia", "country", "RUS", (), "RUS", mentions=(at(t, "Russia"),)),),
        events=(event(t, "e1", "bombed", "195", "ASSAULT", 4, -10.0, "x1", None),),
    )
    assert store.write(new) == "updated"
    assert store.get("d1") == new
    assert store.quotes(doc_id="d1") == []
    assert [e["trigger"] for e in store.events(doc_id="d1")] == ["bombed"]
    # Entities only this document's old version named are gone with it.
    assert store.actors(name="kirby") == []
    assert store.actors(name="reporters") == []
    assert store.stats() == {"documents": 1, "failed": 0, "actors": 1, "quotes": 0,
                             "events": 1, "places": 0}


# --- transactions ---------------------------------------------------------------------------

def test_a_broken_record_leaves_no_trace(store):
    t = "Iran threatened Israel."
    broken = Record(
        id="d9", text=t,
        actors=(Actor("a1", "Iran", "country", "IRN", (), "IRN", mentions=(at(t, "Iran"),)),),
        events=(event(t, "e1", "threatened", "13", "THREATEN", 3, -4.4, "a1", "a2"),),
    )
    with pytest.raises(StoreError, match="d9"):
        store.write(broken)
    assert store.get("d9") is None
    assert store.actors() == []
    assert store.stats()["documents"] == 0
    # The connection is usable afterwards.
    assert store.write(kirby_talks()) == "inserted"


def test_a_broken_update_keeps_the_old_version(store):
    store.write(kirby_talks())
    old = store.get("d1")
    bad_quote = dataclasses.replace(old.quotes[0], speaker="a9")
    broken = dataclasses.replace(old, text=old.text + " More.", quotes=(bad_quote,))
    with pytest.raises(StoreError):
        store.write(broken)
    dup = dataclasses.replace(old, text=old.text + " Again.", actors=old.actors + old.actors[:1])
    with pytest.raises(StoreError):
        store.write(dup)
    bad_affiliation = dataclasses.replace(
        old, text=old.text + " Once more.",
        actors=(dataclasses.replace(old.actors[0], affiliation="zz"), *old.actors[1:]))
    with pytest.raises(StoreError):
        store.write(bad_affiliation)
    assert store.get("d1") == old
    assert len(store.quotes(doc_id="d1")) == 2
    assert store.write(kirby_talks()) == "unchanged"


# --- opening and migrating -----------------------------------------------------------------

def _database(url: str):
    """The bare backend for ``url``, with no migration run."""
    from dyad.store.postgres import PostgresDatabase, is_postgres_url

    return PostgresDatabase(url) if is_postgres_url(url) else SQLiteDatabase(url)


def test_reopening_a_store_keeps_its_data(store_url):
    with open_store(store_url) as s:
        s.write(kirby_talks())
        assert s.dialect in ("sqlite", "postgresql")
    with open_store(store_url, create=False) as s:
        assert s.get("d1") == kirby_talks()
        assert s.write(kirby_talks()) == "unchanged"
    db = _database(store_url)
    assert schema_version(db) == SCHEMA_VERSION
    db.close()


def test_sqlite_store_is_in_wal_mode(tmp_path):
    path = tmp_path / "dyad.db"
    with open_store(f"sqlite:///{path}") as s:
        s.write(kirby_talks())
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (
        str(SCHEMA_VERSION),)
    conn.close()


def test_writers_that_open_a_new_sqlite_file_at_once_all_get_it(tmp_path):
    # Switching a new file to WAL takes a lock SQLite's busy timeout does not wait for; every
    # opener must still get the store (the race is rare, so it is run many times)
    import threading

    for n in range(30):
        path, errors = tmp_path / f"{n}.db", []

        def open_one(path=path, errors=errors) -> None:
            try:
                open_store(str(path)).close()
            except BaseException as exc:  # noqa: BLE001  (reported below)
                errors.append(exc)

        threads = [threading.Thread(target=open_one) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == [], n


def test_a_version_1_store_gains_search_without_losing_data(empty_url):
    store_url = empty_url
    # A store as the first release wrote it: the version-1 tables only, with data in them.
    db = _database(store_url)
    assert migrate(db, MIGRATIONS[:1]) == 1
    with db.transaction():
        write_record(db, kirby_talks(), "old.jsonl")
        write_record(db, kirby_accuses(), None)
    assert schema_version(db) == 1
    assert "quotes_fts" not in db.table_names()
    db.close()
    with open_store(store_url) as s:
        assert s.get("d1") == kirby_talks() and s.get("d2") == kirby_accuses()
        # What was there before the upgrade is searchable, and so is what comes after.
        assert [r["quote_id"] for r in s.quotes(text="done")] == ["q2"]
        assert [r["doc_id"] for r in s.search("war crimes", kind="article")] == ["d2"]
        s.write(undated())
        assert [r["doc_id"] for r in s.search("Lavrov")] == ["d3"]
        assert s.stats()["documents"] == 3
    db = _database(store_url)
    assert schema_version(db) == SCHEMA_VERSION == 2
    db.close()


def test_a_later_migration_adds_a_column_without_losing_data(store_url):
    with open_store(store_url) as s:
        s.write(kirby_talks())
    db = _database(store_url)
    later = [*MIGRATIONS, ["ALTER TABLE documents ADD COLUMN language TEXT"]]
    assert migrate(db, later) == SCHEMA_VERSION + 1
    assert migrate(db, later) == SCHEMA_VERSION + 1
    assert db.rows("SELECT id, language FROM documents") == [{"id": "d1", "language": None}]
    db.close()
    # This version cannot know what a newer schema means, so it refuses rather than guess.
    with pytest.raises(StoreError, match="newer"):
        open_store(store_url)


def test_opening_errors(tmp_path):
    with pytest.raises(StoreError, match="no store"):
        open_store(str(tmp_path / "missing.db"), create=False)
    assert not (tmp_path / "missing.db").exists()
    junk = tmp_path / "junk.db"
    junk.write_text("not a database at all, just some text " * 100)
    with pytest.raises(StoreError):
        open_store(str(junk))
    with pytest.raises(StoreError):
        open_store(str(tmp_path / "no" / "such" / "dir.db"))
    with pytest.raises(StoreError, match="sqlite:///"):
        open_store("sqlite://relative.db")


# --- story events, network, timeline ---------------------------------------------------------

ALEPPO = ("Aleppo", "SYR", 36.20124, 37.16117, 170063)
IDLIB = ("Idlib", "SYR", 35.93062, 36.63393, 169389)


def report(doc_id: str, outlet: str | None, published: str, cameo: str, goldstein: float,
           place: tuple | None = None, target: tuple[str, str] = ("Syria", "SYR"),
           negated: bool = False, date: str | None = None) -> Record:
    """A one-event article: Russia did ``cameo`` to ``target`` (in ``place``)."""
    t = f"Russia struck {target[0]}" + (f" near {place[0]}." if place else ".")
    places = ()
    if place:
        places = (Place("p1", place[0], "city", *place[1:], mentions=(at(t, place[0]),)),)
    return Record(
        id=doc_id, text=t, source=outlet, published=published, url=f"https://x.org/{doc_id}",
        actors=(Actor("a1", "Russia", "country", "RUS", (), "RUS", mentions=(at(t, "Russia"),)),
                Actor("a2", target[0], "country", target[1], (), target[1],
                      mentions=(at(t, target[0]),))),
        places=places,
        events=(event(t, "e1", "struck", cameo, "ASSAULT", 4, goldstein, "a1", "a2",
                      place="p1" if place else None, negated=negated, date=date),),
    )


@pytest.fixture
def reports(store):
    store.write_many([
        report("s1", "Agency A", "2016-12-13", "193", -10.0, ALEPPO),
        report("s2", "Paper B", "2016-12-14", "195", -9.0, ALEPPO),
        report("s3", "Paper B", "2016-12-15", "193", -10.0, date="2016-12-14"),
        report("s4", None, "2016-12-14", "193", -10.0, IDLIB),
        report("s5", "Agency A", "2016-12-16", "190", -10.0, ALEPPO),
        report("s6", "Agency A", "2016-12-13", "193", -10.0, target=("Turkey", "TUR")),
        report("s7", "Paper B", "2016-12-13", "193", -10.0, ALEPPO, negated=True),
    ])
    return store


def test_story_events_group_reports(reports):
    stories = reports.story_events()
    assert [sorted(m["doc_id"] for m in s["mentions"]) for s in stories] == [
        ["s1", "s2", "s3"], ["s6"], ["s4"], ["s5"]]
    aleppo = stories[0]
    assert (aleppo["num_articles"], aleppo["num_sources"], aleppo["num_mentions"]) == (3, 2, 3)
    assert (aleppo["cameo"], aleppo["root"], aleppo["goldstein"]) == ("193", "19", -10.0)
    assert (aleppo["date"], aleppo["last_date"]) == ("2016-12-13", "2016-12-14")
    assert (aleppo["source"], aleppo["target"], aleppo["place"]) == ("Russia", "Syria", "Aleppo")
    assert aleppo["source_entity"] == "RUS|russia" and aleppo["place_geonames_id"] == 170063
    assert aleppo["url"] == "https://x.org/s1" and aleppo["story_id"] == "s1/e1"
    assert isinstance(aleppo["number"], int) and aleppo["number"] > 0
    assert stories[2]["num_sources"] == 1  # an article without an outlet is its own source
    # Both views: every mention stays queryable, negated ones included.
    assert len(reports.events(code="19")) == 7
    assert len(reports.events(code="19", negated=False)) == 6
    assert [s["num_articles"] for s in reports.story_events(min_articles=2)] == [3]
    with_negated = reports.story_events(include_negated=True)
    assert sorted(m["doc_id"] for m in with_negated[0]["mentions"]) == ["s1", "s2", "s3", "s7"]
    assert [len(s["mentions"]) for s in reports.story_events(place="idlib")] == [1]
    assert reports.story_events(limit=2)[1]["target"] == "Turkey"


def test_network_edges(reports):
    edges = reports.network()
    assert [(e["source"], e["target"], e["quad_class"], e["events"], e["articles"])
            for e in edges] == [("Russia", "Syria", 4, 5, 5), ("Russia", "Turkey", 4, 1, 1)]
    assert edges[0]["goldstein"] == -9.8 and edges[0]["period"] is None
    days = reports.network(period="day", target="syria")
    assert [(e["period"], e["events"], e["goldstein"]) for e in days] == [
        ("2016-12-13", 1, -10.0), ("2016-12-14", 3, -9.667), ("2016-12-16", 1, -10.0)]
    assert [(e["period"], e["events"]) for e in reports.network(period="week")] == [
        ("2016-W50", 5), ("2016-W50", 1)]
    assert [e["period"] for e in reports.network(period="month")] == ["2016-12", "2016-12"]
    assert [e["period"] for e in reports.network(period="year", since="2016-12-14")] == ["2016"]
    assert reports.network(include_negated=True)[0]["events"] == 6
    # Counted as story events: s1, s2 and s3 report one event.
    told = reports.network(stories=True, period="week")
    assert [(e["target"], e["events"], e["articles"], e["goldstein"]) for e in told] == [
        ("Syria", 3, 5, -10.0), ("Turkey", 1, 1, -10.0)]
    assert reports.network(stories=True, include_negated=True)[0]["articles"] == 6
    assert reports.network(min_events=2, by_quad_class=False)[0]["quad_class"] is None
    assert reports.network(quad_class=1) == []
    with pytest.raises(DyadError, match="period"):
        reports.network(period="fortnight")


def test_actor_timeline(reports):
    line = reports.timeline("russia", period="day")
    assert line["entity"]["name"] == "Russia"
    assert [(r["period"], r["documents"], r["events"], r["as_source"], r["as_target"])
            for r in line["rows"]] == [
        ("2016-12-13", 3, 2, 2, 0), ("2016-12-14", 2, 3, 3, 0),
        ("2016-12-15", 1, 0, 0, 0), ("2016-12-16", 1, 1, 1, 0)]
    assert line["rows"][2]["goldstein"] is None
    syria = reports.timeline("Syria", period="month")
    assert syria["rows"] == [{"period": "2016-12", "documents": 6, "quotes": 0, "as_source": 0,
                              "as_target": 5, "events": 5, "goldstein": -9.8}]
    assert reports.timeline("nobody") is None


def test_undated_reports_stay_apart(store):
    undated_a = dataclasses.replace(report("u1", None, "2016-12-13", "193", -10.0),
                                    published=None)
    undated_b = dataclasses.replace(report("u2", None, "2016-12-13", "193", -10.0),
                                    published=None)
    store.write_many([undated_a, undated_b, report("u3", None, "2016-12-13", "193", -10.0)])
    found = store.story_events()
    assert [(s["date"], s["num_articles"]) for s in found] == [
        ("2016-12-13", 1), (None, 1), (None, 1)]
    # Undated events have no period, but count in the all-time network.
    assert [e["events"] for e in store.network()] == [3]
    assert [e["events"] for e in store.network(period="year")] == [1]
    # ... unless asked for: then they come last, with no period, and the periods add up.
    assert [(e["period"], e["events"]) for e in store.network(period="year", undated=True)] \
        == [("2016", 1), (None, 2)]
