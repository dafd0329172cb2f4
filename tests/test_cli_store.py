"""`dyad quotes | events | stories | actors | actor | timeline | network | search | stats |
failures | export` over a real store, through click's runner."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest
import test_store
from click.testing import CliRunner

from dyad.cli_store import (
    ACTOR_COLUMNS,
    COMMANDS,
    EDGE_COLUMNS,
    EVENT_COLUMNS,
    QUOTE_COLUMNS,
    SEARCH_COLUMNS,
    STORY_COLUMNS,
    TABLE_LIMIT,
    actor,
    actors,
    events,
    export,
    failures,
    network,
    quotes,
    search,
    stats,
    stories,
    timeline,
)
from dyad.records import Actor, Article, Event, Quote, Record, failed_record
from dyad.store import open_store

# The shared PostgreSQL fixture, under its name here (see test_store for the rule it follows).
pg_schema = test_store.pg_schema

LONG = "This is a very long statement about the ceasefire " * 8


def _record(doc_id: str, published: str, speaker: str, code: str, said: str,
            target: tuple[str, str] = ("Syria", "SYR")) -> Record:
    target, target_code = target
    text = f'{speaker} said "{said}" and condemned {target}.'
    s0 = text.index(said)
    t0 = text.index("condemned")
    g0 = text.index(target)
    return Record(
        id=doc_id, text=text, title=f"Story {doc_id}", published=published,
        actors=(
            Actor("a1", speaker, "person", code[:3], (code[3:],), code, "minister",
                  mentions=((0, len(speaker)),)),
            Actor("a2", target, "country", target_code, (), target_code,
                  mentions=((g0, g0 + len(target)),)),
        ),
        quotes=(Quote("q1", said, s0, s0 + len(said), "direct", "a1", (0, len(speaker)),
                      "said", (len(speaker) + 1, len(speaker) + 5)),),
        events=(Event("e1", "122", "12", "REJECT", 3, 3, -4.0, "a1", "a2", "condemned",
                      (t0, t0 + 9), (0, len(text)), evidence="verb pattern: condemn"),),
    )


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "dyad.db"
    with open_store(str(path)) as store:
        store.write(_record("n1", "2016-03-01", "Sergei Lavrov", "RUSGOV", "We will not wait"))
        store.write(_record("n2", "2016-04-02", "Sergei Lavrov", "RUSGOV", LONG))
        store.write(_record("n3", "2016-05-03", "John Kerry", "USAGOV", "Talks go on",
                            ("Iran", "IRN")))
    return str(path)


def run(command, *args):
    result = CliRunner().invoke(command, [str(a) for a in args])
    return result


def test_quotes_table(db):
    result = run(quotes, "--db", db, "--speaker", "lavrov")
    assert result.exit_code == 0, result.output
    assert "Sergei Lavrov" in result.output and "We will not wait" in result.output
    assert "John Kerry" not in result.output
    # Long quotes are shortened in a table, never in jsonl.
    assert LONG.strip() not in " ".join(result.output.split())
    assert "…" in result.output


def test_tables_show_brackets_as_written(tmp_path):
    # Square brackets in news text ("[sic]", an editor's insertion) are text, not rich markup.
    path = str(tmp_path / "b.db")
    with open_store(path) as store:
        store.write(_record("b1", "2016-03-01", "Jane Roe", "GBRGOV",
                            "[The plan] is dead [sic]"))
    table = run(quotes, "--db", path)
    assert table.exit_code == 0 and "[The plan] is dead [sic]" in table.output
    found = run(search, "dead", "--db", path, "--kind", "quote")
    assert found.exit_code == 0 and "[dead]" in found.output
    from rich.console import Console

    from dyad.render import record_view

    console = Console(file=io.StringIO(), width=200)
    console.print(record_view(_record("b2", "2016-03-01", "Jane Roe", "GBRGOV", "[sic]")))
    assert "[sic]" in console.file.getvalue()


def test_quotes_jsonl(db):
    result = run(quotes, "--db", db, "--format", "jsonl", "--since", "2016-04")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["doc_id"] for r in rows] == ["n2", "n3"]
    assert rows[0]["quote"] == LONG and rows[0]["speaker_country"] == "RUS"
    assert list(rows[0]) == list(QUOTE_COLUMNS)


def test_quotes_csv(db):
    result = run(quotes, "--db", db, "--format", "csv", "--country", "USA")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [(r["speaker"], r["quote"]) for r in rows] == [("John Kerry", "Talks go on")]
    empty = run(quotes, "--db", db, "--format", "csv", "--speaker", "nobody")
    assert empty.output.splitlines() == [",".join(QUOTE_COLUMNS)]


@pytest.mark.parametrize("fmt", ["table", "jsonl", "csv"])
def test_events_each_format(db, fmt):
    result = run(events, "--db", db, "--format", fmt, "--target", "syria",
                 "--code", "12", "--until", "2016-03")
    assert result.exit_code == 0, result.output
    if fmt == "jsonl":
        [row] = [json.loads(line) for line in result.output.splitlines()]
        assert list(row) == list(EVENT_COLUMNS)
        assert (row["source"], row["target"], row["cameo"], row["negated"]) == (
            "Sergei Lavrov", "Syria", "122", False)
    elif fmt == "csv":
        [row] = list(csv.DictReader(io.StringIO(result.output)))
        assert (row["doc_id"], row["plover"], row["evidence"]) == (
            "n1", "REJECT", "verb pattern: condemn")
    else:
        assert "Sergei Lavrov" in result.output and "122 REJECT" in result.output
        assert "Iran" not in result.output


def test_event_filter_options(db):
    def ids(*args):
        out = run(events, "--db", db, "--format", "jsonl", *args).output
        return [json.loads(line)["doc_id"] for line in out.splitlines()]

    assert ids("--plover", "reject", "--country", "IRN") == ["n3"]
    assert ids("--actor", "KERRY") == ["n3"]
    assert ids("--source", "lavrov", "--quad-class", "3", "--modality", "asserted") == ["n1", "n2"]
    assert ids("--code", "19") == []
    assert ids("--limit", "1") == ["n1"]


@pytest.mark.parametrize("fmt", ["table", "jsonl", "csv"])
def test_actors_each_format(db, fmt):
    result = run(actors, "--db", db, "--format", fmt)
    assert result.exit_code == 0, result.output
    if fmt == "jsonl":
        rows = [json.loads(line) for line in result.output.splitlines()]
        assert list(rows[0]) == list(ACTOR_COLUMNS)
        counts = {r["name"]: (r["documents"], r["quotes"], r["events"]) for r in rows}
        assert counts == {"Sergei Lavrov": (2, 2, 2), "Syria": (2, 0, 2),
                          "John Kerry": (1, 1, 1), "Iran": (1, 0, 1)}
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(result.output)))
        assert [r["name"] for r in rows][:2] == ["Sergei Lavrov", "Syria"]
    else:
        assert "Sergei Lavrov" in result.output and "RUSGOV" in result.output


def test_actors_filters(db):
    result = run(actors, "--db", db, "--format", "jsonl", "--kind", "country",
                 "--code", "IR")
    assert [json.loads(line)["name"] for line in result.output.splitlines()] == ["Iran"]


def test_actor_profile_each_format(db):
    table = run(actor, "lavrov", "--db", db)
    assert table.exit_code == 0, table.output
    assert "Sergei Lavrov" in table.output and "minister" in table.output
    assert "We will not wait" in table.output and "condemned" in table.output

    profile = json.loads(run(actor, "sergei lavrov", "--db", db, "--format", "jsonl")
                         .output)
    assert profile["entity"]["documents"] == 2
    assert [q["title"] for q in profile["quotes"]] == ["Story n1", "Story n2"]
    assert {e["as"] for e in profile["events"]} == {"source"}

    rows = list(csv.DictReader(io.StringIO(
        run(actor, "Syria", "--db", db, "--format", "csv").output)))
    assert [(r["row"], r["as"], r["source"]) for r in rows] == [
        ("event", "target", "Sergei Lavrov"), ("event", "target", "Sergei Lavrov")]


def test_table_limit_says_there_is_more(tmp_path):
    path = str(tmp_path / "many.db")
    with open_store(path) as store:
        store.write_many(_record(f"m{i:03d}", "2016-01-01", "Sergei Lavrov", "RUSGOV", "No")
                         for i in range(TABLE_LIMIT + 1))
    result = run(quotes, "--db", path)
    assert result.exit_code == 0, result.output
    assert f"First {TABLE_LIMIT} quotes shown" in result.output
    every = run(quotes, "--db", path, "--format", "jsonl")
    assert len(every.output.splitlines()) == TABLE_LIMIT + 1
    assert len(run(quotes, "--db", path, "--limit", "0").output) > len(result.output)


def test_user_errors(tmp_path, db):
    missing = run(quotes, "--db", tmp_path / "nothing.db")
    assert missing.exit_code == 2
    assert "no store" in missing.output
    folder = run(quotes, "--db", tmp_path)
    assert folder.exit_code == 2 and "is a folder" in folder.output
    assert not (tmp_path / "nothing.db").exists()
    bad_date = run(events, "--db", db, "--since", "yesterday")
    assert bad_date.exit_code == 2 and "YYYY" in bad_date.output
    for no_such_day in ("2016-13", "2016-02-30", "2016-00-10"):
        bad_day = run(quotes, "--db", db, "--until", no_such_day)
        assert bad_day.exit_code == 2 and "is not a date" in bad_day.output
    bad_code = run(events, "--db", db, "--code", "ab")
    assert bad_code.exit_code == 2 and "CAMEO" in bad_code.output
    for command in (actor, timeline):
        blank = run(command, " ", "--db", db)
        assert blank.exit_code == 2 and "give a name" in blank.output
    unknown = run(actor, "Nobody Atall", "--db", db)
    assert unknown.exit_code == 1 and "no actor matches" in unknown.output
    empty = run(events, "--db", db, "--source", "nobody")
    assert empty.exit_code == 0 and "No events match." in empty.output


def test_voices_names_the_group_without_an_outlet(db):
    from dyad.cli_store import voices

    table = run(voices, "--db", db, "--by", "source")
    assert table.exit_code == 0 and "(none)" in table.output
    [row] = csv.DictReader(io.StringIO(run(voices, "--db", db, "--by", "source",
                                           "--format", "csv").output))
    assert (row["group"], row["people"], row["unknown"]) == ("", "3", "3")  # Lavrov in two articles, Kerry in one


def test_commands_are_listed():
    assert {c.name for c in COMMANDS} == {
        "quotes", "events", "stories", "actors", "actor", "timeline", "network", "search",
        "stats", "failures", "export", "voices"}


def test_stories(db):
    rows = [json.loads(line) for line in run(stories, "--db", db, "--format", "jsonl",
                                             "--source", "lavrov").output.splitlines()]
    # Lavrov condemned Syria in March and in April: two events, not one.
    assert [(r["date"], r["num_articles"], r["target"]) for r in rows] == [
        ("2016-03-01", 1, "Syria"), ("2016-04-02", 1, "Syria")]
    assert list(rows[0]) == list(STORY_COLUMNS)
    assert rows[0]["mentions"][0]["doc_id"] == "n1"
    [row] = list(csv.DictReader(io.StringIO(
        run(stories, "--db", db, "--format", "csv", "--country", "IRN").output)))
    assert (row["mentions"], row["cameo"]) == ("n3/e1", "122")
    table = run(stories, "--db", db)
    assert table.exit_code == 0 and "John Kerry" in table.output
    assert "No story events match." in run(stories, "--db", db, "--min-articles", "2").output


def test_network(db):
    rows = [json.loads(line) for line in run(network, "--db", db, "--format", "jsonl",
                                             "--period", "month").output.splitlines()]
    assert [(r["period"], r["source"], r["target"], r["events"], r["goldstein"])
            for r in rows] == [("2016-03", "Sergei Lavrov", "Syria", 1, -4.0),
                               ("2016-04", "Sergei Lavrov", "Syria", 1, -4.0),
                               ("2016-05", "John Kerry", "Iran", 1, -4.0)]
    assert list(rows[0]) == list(EDGE_COLUMNS)
    edges = list(csv.DictReader(io.StringIO(run(
        network, "--db", db, "--format", "csv", "--since", "2016-04", "--all-classes").output)))
    assert [(e["source"], e["events"], e["quad_class"]) for e in edges] == [
        ("John Kerry", "1", ""), ("Sergei Lavrov", "1", "")]
    told = run(network, "--db", db, "--stories", "--format", "jsonl", "--target", "syria")
    assert [json.loads(line)["events"] for line in told.output.splitlines()] == [2]
    whole = run(network, "--db", db)
    assert whole.exit_code == 0 and "Sergei Lavrov" in whole.output
    assert run(network, "--db", db, "--period", "fortnight").exit_code == 2


def test_search(db):
    rows = [json.loads(line) for line in run(search, "wait", "--db", db, "--format",
                                             "jsonl").output.splitlines()]
    assert [(r["kind"], r["doc_id"]) for r in rows] == [("article", "n1"), ("quote", "n1")]
    assert list(rows[0]) == list(SEARCH_COLUMNS) and "[wait]" in rows[1]["snippet"]
    quotes_only = run(search, "ceasefire", "--db", db, "--kind", "quote", "--format", "csv")
    assert [r["doc_id"] for r in csv.DictReader(io.StringIO(quotes_only.output))] == ["n2"]
    table = run(search, '"talks go on"', "--db", db)
    assert table.exit_code == 0 and "Story n3" in table.output
    empty = run(search, "--db", db, "--", "-talks")
    assert empty.exit_code == 2 and "no words" in empty.output


def test_timeline(db):
    rows = [json.loads(line) for line in run(timeline, "lavrov", "--db", db, "--format",
                                             "jsonl", "--period", "year").output.splitlines()]
    assert rows == [{"period": "2016", "documents": 2, "quotes": 2, "events": 2,
                     "as_source": 2, "as_target": 0, "goldstein": -4.0}]
    table = run(timeline, "syria", "--db", db)
    assert table.exit_code == 0 and "Syria by month" in table.output and "2016-04" in table.output
    assert run(timeline, "nobody", "--db", db).exit_code == 1


def test_stats_and_failures(db):
    with open_store(db) as store:
        store.write(failed_record(Article(text="", id="x9", origin="feed.jsonl:3"), "empty",
                                  "no text"), origin="feed.jsonl:3")
    assert json.loads(run(stats, "--db", db, "--format", "jsonl").output) == {
        "documents": 4, "failed": 1, "actors": 4, "quotes": 3, "events": 3, "places": 0}
    assert "documents" in run(stats, "--db", db).output
    [row] = [json.loads(line) for line in run(failures, "--db", db, "--format", "jsonl")
             .output.splitlines()]
    assert (row["doc_id"], row["origin"], row["error_code"]) == ("x9", "feed.jsonl:3", "empty")
    assert "feed.jsonl:3" in run(failures, "--db", db).output


def test_events_by_place(tmp_path):
    path = str(tmp_path / "p.db")
    with open_store(path) as store:
        store.write(test_store.report("r1", None, "2016-12-13", "193", -10.0,
                                      test_store.ALEPPO))
        store.write(test_store.report("r2", None, "2016-12-13", "193", -10.0))
    out = run(events, "--db", path, "--format", "jsonl", "--place", "aleppo").output
    assert [json.loads(line)["doc_id"] for line in out.splitlines()] == ["r1"]


def test_export(db, tmp_path):
    result = run(export, "--db", db, "--format", "parquet", "--out", tmp_path / "out",
                 "--table", "events", "--table", "quotes")
    assert result.exit_code == 0, result.output
    assert "3 rows" in result.output
    assert pq.read_table(tmp_path / "out" / "events.parquet").num_rows == 3
    assert not (tmp_path / "out" / "actors.parquet").exists()
    gdelt = run(export, "--db", db, "--format", "gdelt", "--out", tmp_path / "g")
    assert gdelt.exit_code == 0 and (tmp_path / "g" / "events.gdelt.tsv").is_file()
    assert run(export, "--db", db, "--format", "xlsx", "--out", tmp_path).exit_code == 2
    assert run(export, "--db", db, "--format", "csv").exit_code == 2
    (tmp_path / "taken.csv").write_text("x\n")
    onto_a_file = run(export, "--db", db, "--format", "csv", "--out", tmp_path / "taken.csv")
    assert onto_a_file.exit_code == 2 and "is a file" in onto_a_file.output


def test_commands_read_a_postgresql_store(pg_schema):
    url = test_store._with_schema(*pg_schema)
    with open_store(url) as store:
        store.write(_record("n1", "2016-03-01", "Sergei Lavrov", "RUSGOV", "We wait"))
    out = run(quotes, "--db", url, "--format", "jsonl").output
    assert [json.loads(line)["quote"] for line in out.splitlines()] == ["We wait"]
    assert "Sergei Lavrov" in run(network, "--db", url).output


@pytest.fixture
def undated_db(db):
    """The store plus an article with no publication date whose event has no date either."""
    import dataclasses

    with open_store(db) as store:
        store.write(dataclasses.replace(
            _record("n4", "2016-06-01", "Ban Ki-moon", "IGOUNO", "We call for calm"),
            published=None))
    return db


def test_network_by_period_keeps_undated_events_last(undated_db):
    rows = [json.loads(line) for line in run(network, "--db", undated_db, "--format", "jsonl",
                                             "--period", "year").output.splitlines()]
    assert [(r["period"], r["source"], r["events"]) for r in rows] == [
        ("2016", "Sergei Lavrov", 2), ("2016", "John Kerry", 1), (None, "Ban Ki-moon", 1)]
    table = run(network, "--db", undated_db, "--period", "month")
    assert table.exit_code == 0 and "undated" in table.output
    assert "undated" in run(network, "--help").output


def test_timeline_names_the_undated_row(undated_db):
    table = run(timeline, "ban ki", "--db", undated_db)
    assert table.exit_code == 0 and "undated" in table.output
    rows = [json.loads(line) for line in run(timeline, "ban ki", "--db", undated_db,
                                             "--format", "jsonl").output.splitlines()]
    assert [r["period"] for r in rows] == [None]


def test_actor_profile_counts_in_the_singular_and_plural(db):
    out = run(actor, "john kerry", "--db", db).output
    assert "1 document, 1 mention, 1 quote, 1 event" in out
    assert "2 documents, 2 mentions, 2 quotes, 2 events" in run(actor, "lavrov", "--db",
                                                                db).output


def test_export_help_says_how_to_keep_cameo_codes(db, tmp_path):
    # A CSV reader that guesses types turns "122" into 122 and "01" into 1.
    assert 'dtype={"cameo": str, "root": str}' in " ".join(run(export, "--help").output.split())
    run(export, "--db", db, "--format", "csv", "--out", tmp_path / "x")
    rows = list(csv.DictReader((tmp_path / "x" / "events.csv").open(encoding="utf-8")))
    assert {r["cameo"] for r in rows} == {"122"} and {r["root"] for r in rows} == {"12"}


def test_counts_of_one_are_singular(tmp_path):
    from rich.console import Console

    from dyad.report import print_store_summary

    path = str(tmp_path / "one.db")
    with open_store(path) as store:
        store.write(failed_record(Article(text="", id="x1"), "empty", "no text"))
        console = Console(width=120, record=True)
        print_store_summary(store, console)
    assert console.export_text().startswith("1 document (1 failed) · 0 actors")
    out = run(export, "--db", path, "--format", "csv", "--table", "documents",
              "--out", tmp_path / "x").output
    assert "1 row →" in out


def test_since_after_until_is_a_usage_error(db):
    for command in (events, network, quotes, stories):
        res = run(command, "--db", db, "--since", "2016-05", "--until", "2016-04")
        assert res.exit_code == 2 and "is after --until" in res.output
    # a month and a day in it, or a year and a month in it, are no contradiction
    assert run(events, "--db", db, "--since", "2016-04-02", "--until", "2016-04").exit_code == 0
    assert run(events, "--db", db, "--since", "2016-04", "--until", "2016").exit_code == 0
