"""Reading a store: `dyad quotes | events | stories | actors | actor NAME | timeline NAME |
network | search TEXT | voices | stats | failures`, and `dyad export`.

Each command opens the store, makes one query and prints the rows: a readable table by
default, or JSON lines / CSV on stdout for scripts.
"""

from __future__ import annotations

import csv
import functools
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from dyad.errors import DyadError
from dyad.export import FORMATS, TABLES
from dyad.records import ACTOR_KINDS, MODALITIES, PLOVER
from dyad.render import add_row
from dyad.store import Store, open_store
from dyad.store.network import PERIODS
from dyad.store.query import check_date
from dyad.store.voices import COLUMNS as VOICE_COLUMNS
from dyad.store.voices import GROUPINGS

# Rows a table shows unless --limit says otherwise; jsonl and csv print everything.
TABLE_LIMIT = 50

QUOTE_COLUMNS = (
    "doc_id", "title", "published", "quote_id", "speaker", "speaker_country", "speaker_code",
    "role", "quote", "kind", "cue", "addressee", "speaker_entity",
)
EVENT_COLUMNS = (
    "doc_id", "title", "published", "event_id", "date", "cameo", "root", "plover", "penta",
    "quad_class", "goldstein", "source", "source_country", "source_code", "target",
    "target_country", "target_code", "trigger", "modality", "negated", "place", "place_country",
    "confidence", "evidence", "sentence", "source_entity", "target_entity",
)
ACTOR_COLUMNS = (
    "entity_id", "name", "kind", "country", "code", "documents", "mentions", "quotes", "events",
)
# `dyad actor NAME --format csv`: its quotes and events as one sheet, told apart by `row`.
PROFILE_COLUMNS = ("row", "as", *EVENT_COLUMNS, *(c for c in QUOTE_COLUMNS
                                                  if c not in EVENT_COLUMNS))


def _check_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return check_date(value, param.name or "date")
    except DyadError as exc:
        raise click.BadParameter(str(exc)) from exc


def _common(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--db, --format and --limit, shared by every command here."""
    fn = click.option("--limit", type=click.IntRange(min=0), default=None,
                      help=f"At most this many rows (default: {TABLE_LIMIT} for a table, "
                           "all otherwise; 0 for all).")(fn)
    fn = click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]),
                      default="table", show_default=True, help="How to print the rows.")(fn)
    return _db_option(fn)


def _db_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--db", default="dyad.db", show_default=True, metavar="PATH|URL",
                        help="The store to read: a SQLite path (or sqlite:///path) or a "
                             "postgresql://user@host/database URL.")(fn)


def _dates(fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def bounded(*args: Any, **kwargs: Any) -> Any:
        _check_bounds(kwargs.get("since"), kwargs.get("until"))
        return fn(*args, **kwargs)

    bounded = click.option("--until", callback=_check_date, metavar="DATE",
                           help="Up to this date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive.")(bounded)
    return click.option("--since", callback=_check_date, metavar="DATE",
                        help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")(bounded)


def _check_bounds(since: str | None, until: str | None) -> None:
    """A --since after --until matches nothing: say so rather than print no rows."""
    if not since or not until:
        return
    first = since + {4: "-01-01", 7: "-01"}.get(len(since), "")
    last = until + {4: "-12-31", 7: "-31"}.get(len(until), "")
    if first > last:
        raise click.UsageError(f"--since {since} is after --until {until}: nothing can match")


@contextmanager
def _reading(db: str) -> Iterator[Store]:
    """The store at ``db``, which must exist; library errors become usage errors (exit 2)."""
    try:
        store = open_store(db, create=False)
    except DyadError as exc:
        raise click.BadParameter(str(exc), param_hint="--db") from exc
    try:
        yield store
    except DyadError as exc:
        raise click.UsageError(str(exc)) from exc
    finally:
        store.close()


def _row_limit(fmt: str, limit: int | None) -> int | None:
    if limit == 0:
        return None
    if limit is None and fmt == "table":
        return TABLE_LIMIT
    return limit


def _fetch(query: Callable[..., list[dict[str, Any]]], fmt: str, limit: int | None,
           **filters: Any) -> tuple[list[dict[str, Any]], bool]:
    """The rows, and whether more matched than the limit let through."""
    n = _row_limit(fmt, limit)
    rows = query(**filters, limit=None if n is None else n + 1)
    if n is not None and len(rows) > n:
        return rows[:n], True
    return rows, False


def _emit(rows: list[dict[str, Any]], fmt: str, columns: Sequence[str],
          table: Callable[[list[dict[str, Any]]], Table], more: bool, what: str) -> None:
    out = sys.stdout
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore",
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        console = _console(out)
        if not rows:
            console.print(f"No {what} match.")
            return
        console.print(table(rows))
        if more:
            console.print(f"[dim]First {len(rows)} {what} shown; --limit N or --limit 0 for "
                          "all.[/dim]")


def _console(out: Any) -> Console:
    console = Console(file=out)
    if not console.is_terminal:
        # Piped into a file or a pager: no terminal width to fit, so do not squeeze columns.
        console.width = max(console.width, 160)
    return console


def _cut(text: Any, width: int) -> str:
    """A cell's text, shortened to ``width`` characters with an ellipsis."""
    if text is None:
        return ""
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[:width - 1] + "…"


def _named(name: Any, extra: Any = None) -> str:
    if not name:
        return "—"
    return f"{name} ({extra})" if extra else str(name)


def quote_table(rows: list[dict[str, Any]], title: str | None = None) -> Table:
    t = Table(title=title, show_lines=False)
    t.add_column("published", no_wrap=True)
    t.add_column("speaker")
    t.add_column("ctry", no_wrap=True)
    t.add_column("kind", no_wrap=True)
    t.add_column("quote", ratio=3)
    t.add_column("cue")
    t.add_column("document", ratio=1)
    for r in rows:
        add_row(t, r["published"] or "", _cut(_named(r["speaker"], r["role"]), 40),
                  r["speaker_country"] or "", r["kind"], _cut(r["quote"], 160),
                  _cut(r["cue"], 20), _cut(r["title"] or r["doc_id"], 40))
    return t


def event_table(rows: list[dict[str, Any]], title: str | None = None) -> Table:
    t = Table(title=title)
    t.add_column("date", no_wrap=True)
    t.add_column("source")
    t.add_column("event", no_wrap=True)
    t.add_column("target")
    t.add_column("trigger")
    t.add_column("modality", no_wrap=True)
    t.add_column("place")
    t.add_column("document", ratio=1)
    for r in rows:
        trigger = ("not " if r["negated"] else "") + r["trigger"]
        add_row(t, r["date"] or r["published"] or "",
                  _cut(_named(r["source"], r["source_code"]), 36),
                  f"{r['cameo']} {r['plover']}",
                  _cut(_named(r["target"], r["target_code"]), 36), _cut(trigger, 30),
                  r["modality"], _cut(r["place"], 24), _cut(r["title"] or r["doc_id"], 40))
    return t


def actor_table(rows: list[dict[str, Any]]) -> Table:
    t = Table()
    for name in ("name", "kind", "country", "code"):
        t.add_column(name)
    for name in ("docs", "mentions", "quotes", "events"):
        t.add_column(name, justify="right")
    for r in rows:
        add_row(t, _cut(r["name"], 50), r["kind"], r["country"] or "", r["code"] or "",
                  str(r["documents"]), str(r["mentions"]), str(r["quotes"]), str(r["events"]))
    return t


@click.command("quotes")
@_common
@_dates
@click.option("--speaker", help="Speaker's name, or a part of it (any case).")
@click.option("--actor", help="Speaker's or addressee's name, or a part of it.")
@click.option("--country", metavar="ISO3", help="Speaker's country, e.g. RUS.")
@click.option("--text", help='Words the quote contains (full text: "a phrase", a OR b, -word).')
@click.option("--doc", "doc_id", metavar="ID", help="Only this document.")
def quotes(db: str, fmt: str, limit: int | None, since: str | None,
           until: str | None, **filters: Any) -> None:
    """Who said what: the stored quotes, in publication order."""
    with _reading(db) as store:
        rows, more = _fetch(store.quotes, fmt, limit, since=since, until=until, **filters)
    _emit(rows, fmt, QUOTE_COLUMNS, quote_table, more, "quotes")


def _event_filters(fn: Callable[..., Any]) -> Callable[..., Any]:
    """The options that choose events, shared by events, stories and network."""
    options = [
        click.option("--source", help="Who acts: a name or a part of it (any case)."),
        click.option("--target", help="Who is acted on: a name or a part of it."),
        click.option("--actor", help="Either side: a name or a part of it."),
        click.option("--country", metavar="ISO3", help="Either side's country, e.g. SYR."),
        click.option("--code", metavar="CAMEO",
                     help="CAMEO event code or prefix: 19 matches 190, 193."),
        click.option("--plover", type=click.Choice(PLOVER, case_sensitive=False),
                     metavar="CATEGORY", help="PLOVER category: " + ", ".join(PLOVER) + "."),
        click.option("--quad-class", type=click.IntRange(1, 4),
                     help="1 verbal / 2 material cooperation, 3 verbal / 4 material conflict."),
        click.option("--modality", type=click.Choice(MODALITIES, case_sensitive=False)),
        click.option("--place",
                     help="Where: a part of the place's name, or its country (ISO3)."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return _dates(fn)


@click.command("events")
@_common
@_event_filters
@click.option("--doc", "doc_id", metavar="ID", help="Only this document.")
def events(db: str, fmt: str, limit: int | None, since: str | None,
           until: str | None, **filters: Any) -> None:
    """Who did what to whom: the stored events, in date order (the event's date, else its
    article's publication date; events with neither come last)."""
    with _reading(db) as store:
        rows, more = _fetch(store.events, fmt, limit, since=since, until=until, **filters)
    _emit(rows, fmt, EVENT_COLUMNS, event_table, more, "events")


@click.command("actors")
@_common
@click.option("--name", help="A name or a part of it (any case).")
@click.option("--country", metavar="ISO3", help="The actor's country, e.g. USA.")
@click.option("--kind", type=click.Choice(ACTOR_KINDS, case_sensitive=False))
@click.option("--code", metavar="CAMEO", help="CAMEO actor code or prefix: USA matches USAGOV.")
def actors(db: str, fmt: str, limit: int | None, **filters: Any) -> None:
    """The actors across all stored documents, most documented first."""
    with _reading(db) as store:
        rows, more = _fetch(store.actors, fmt, limit, **filters)
    _emit(rows, fmt, ACTOR_COLUMNS, actor_table, more, "actors")


@click.command("actor")
@click.argument("name")
@_db_option
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]),
              default="table", show_default=True,
              help="table; jsonl: the profile as one JSON object; csv: its quotes and events.")
def actor(name: str, db: str, fmt: str) -> None:
    """One actor: who it is, what it said, what it did and what was done to it.

    NAME is an actor's name or a part of it (any case); an exact name wins, else the most
    documented match (the others are listed as also matching)."""
    _need_name(name)
    with _reading(db) as store:
        profile = store.actor_profile(name)
    if profile is None:
        raise click.ClickException(f"no actor matches {name!r} (try `dyad actors --name`)")
    out = sys.stdout
    if fmt == "jsonl":
        out.write(json.dumps(profile, ensure_ascii=False) + "\n")
        return
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=list(PROFILE_COLUMNS), extrasaction="ignore",
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows({"row": "quote", "as": "speaker", **q} for q in profile["quotes"])
        writer.writerows({"row": "event", **e} for e in profile["events"])
        return
    _print_profile(_console(out), profile)


def _need_name(name: str) -> None:
    # An empty NAME is a part of every name: it would pick whichever actor comes first.
    if not name.strip():
        raise click.BadParameter("give a name or a part of one", param_hint="NAME")


def _count(n: int, plural: str) -> str:
    """'1 quote', '2 quotes'."""
    return f"{n} {plural[:-1] if n == 1 else plural}"


def _print_profile(console: Console, profile: dict[str, Any]) -> None:
    e = profile["entity"]
    console.print(f"[bold]{escape(e['name'])}[/bold]  {e['kind']}"
                  + (f", {e['country']}" if e["country"] else "")
                  + (f", {e['code']}" if e["code"] else ""))
    if profile["roles"]:
        console.print("roles: " + escape(", ".join(profile["roles"])))
    console.print(", ".join(_count(e[k], k) for k in ("documents", "mentions", "quotes",
                                                       "events")))
    if profile["also_matching"]:
        console.print("[dim]also matching: " + escape(", ".join(profile["also_matching"][:10]))
                      + "[/dim]")
    if profile["quotes"]:
        console.print(quote_table(profile["quotes"], title="said"))
    if profile["events"]:
        console.print(event_table(profile["events"], title="did and had done to it"))


STORY_COLUMNS = (
    "story_id", "date", "last_date", "cameo", "root", "plover", "quad_class", "goldstein",
    "source", "source_country", "source_code", "target", "target_country", "target_code",
    "place", "place_country", "place_lat", "place_lon", "num_articles", "num_sources",
    "num_mentions", "url", "source_entity", "target_entity", "mentions",
)
EDGE_COLUMNS = (
    "period", "source", "source_code", "source_country", "target", "target_code",
    "target_country", "quad_class", "events", "articles", "goldstein", "source_entity",
    "target_entity",
)
SEARCH_COLUMNS = ("kind", "doc_id", "title", "published", "url", "quote_id", "speaker",
                  "snippet", "score")
TIMELINE_COLUMNS = ("period", "documents", "quotes", "events", "as_source", "as_target",
                    "goldstein")
FAILURE_COLUMNS = ("doc_id", "title", "url", "origin", "error_code", "error_message",
                   "ingested_at")


def _simple_table(columns: Sequence[str], widths: dict[str, int] | None = None,
                  ) -> Callable[[list[dict[str, Any]]], Table]:
    """A table of ``columns`` with each cell cut to its width (40 unless given)."""
    def build(rows: list[dict[str, Any]]) -> Table:
        t = Table()
        for c in columns:
            t.add_column(c, overflow="fold")
        for r in rows:
            add_row(t, *(_cut(r.get(c), (widths or {}).get(c, 40)) for c in columns))
        return t

    return build


def _mentions_as_text(rows: list[dict[str, Any]], fmt: str) -> list[dict[str, Any]]:
    # A CSV cell holds text: a story's mentions as "doc/event" ids separated by spaces.
    if fmt != "csv":
        return rows
    return [{**r, "mentions": " ".join(f"{m['doc_id']}/{m['event_id']}" for m in r["mentions"])}
            for r in rows]


@click.command("stories")
@_common
@_event_filters
@click.option("--min-articles", type=click.IntRange(min=1), default=1, show_default=True,
              help="Only events reported by at least this many articles.")
def stories(db: str, fmt: str, limit: int | None, **filters: Any) -> None:
    """One event, many reports: events grouped across articles (same actors, same CAMEO root,
    within a day, same place), with how many articles and outlets report each."""
    with _reading(db) as store:
        rows, more = _fetch(store.story_events, fmt, limit, **filters)
    table = _simple_table(("date", "source", "cameo", "plover", "target", "place",
                           "num_articles", "num_sources", "url"), {"url": 50})
    _emit(_mentions_as_text(rows, fmt), fmt, STORY_COLUMNS, table, more, "story events")


@click.command("network")
@_common
@_event_filters
@click.option("--period", type=click.Choice(PERIODS), default=None,
              help="One edge per pair per day, week, month or year (default: all time), "
                   "by the event's date, else its article's publication date; events with "
                   "neither come last, as period 'undated'.")
@click.option("--min-events", type=click.IntRange(min=1), default=1, show_default=True,
              help="Only edges with at least this many events.")
@click.option("--all-classes", "merge", is_flag=True,
              help="One edge per pair, not one per QuadClass.")
@click.option("--stories", is_flag=True,
              help="Count story events (one per event, however many articles report it) "
                   "rather than mentions.")
def network(db: str, fmt: str, limit: int | None, merge: bool, **filters: Any) -> None:
    """The actor network: source → target edges weighted by events, articles and mean
    Goldstein value."""
    with _reading(db) as store:
        def edges(limit: int | None = None, **kw: Any) -> list[dict[str, Any]]:
            return store.network(by_quad_class=not merge, undated=True, **kw)[:limit]

        rows, more = _fetch(edges, fmt, limit, **filters)
    if filters.get("period"):
        rows = _undated(rows, fmt)
    _emit(rows, fmt, EDGE_COLUMNS, _simple_table(EDGE_COLUMNS[:11]), more, "edges")


def _undated(rows: list[dict[str, Any]], fmt: str) -> list[dict[str, Any]]:
    """Rows of no period, named so in a table (JSON lines and CSV keep them empty)."""
    if fmt != "table":
        return rows
    return [{**r, "period": "undated" if r["period"] is None else r["period"]} for r in rows]


@click.command("search")
@click.argument("text")
@_common
@_dates
@click.option("--kind", type=click.Choice(["article", "quote"]),
              help="Only articles or only quotes (default: both).")
def search(text: str, db: str, fmt: str, limit: int | None, **filters: Any) -> None:
    """Full-text search over articles and quotes: words (stemmed), "a phrase", a OR b,
    -word. Best matches first; the limit counts articles and quotes each."""
    with _reading(db) as store:
        rows, more = _fetch(lambda **kw: store.search(text, **kw), fmt, limit, **filters)
    table = _simple_table(("kind", "published", "doc_id", "title", "speaker", "snippet"),
                          {"snippet": 120})
    _emit(rows, fmt, SEARCH_COLUMNS, table, more, "articles or quotes")


@click.command("timeline")
@click.argument("name")
@_db_option
@click.option("--period", type=click.Choice(PERIODS), default="month",
              show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]),
              default="table", show_default=True)
def timeline(name: str, db: str, period: str, fmt: str) -> None:
    """One actor through time: documents, quotes and events per period.

    NAME is an actor's name or a part of it (any case); an exact name wins, else the most
    documented match. Documents and quotes fall in their publication's period, events in
    their own date's, else their article's; what has no date comes last, as 'undated'."""
    _need_name(name)
    with _reading(db) as store:
        found = store.timeline(name, period=period)
    if found is None:
        raise click.ClickException(f"no actor matches {name!r} (try `dyad actors --name`)")
    if fmt == "table":
        _console(sys.stdout).print(f"[bold]{escape(found['entity']['name'])}[/bold] by {period}")
    _emit(_undated(found["rows"], fmt), fmt, TIMELINE_COLUMNS, _simple_table(TIMELINE_COLUMNS),
          False, "periods")


@click.command("voices")
@_db_option
@_dates
@click.option("--by", type=click.Choice(GROUPINGS), default=None,
              help="One row per outlet (the documents' source) or per period.")
@click.option("--period", type=click.Choice(PERIODS), default="month", show_default=True,
              help="The period of --by period.")
@click.option("--country", metavar="ISO3", help="Only speakers of this country, e.g. GBR.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]),
              default="table", show_default=True)
def voices(db: str, fmt: str, **options: Any) -> None:
    """Who gets quoted: people quoted (once per article) and their quotes, by gender, with
    the share of women among those whose gender the text gives.

    Columns: the group's documents and quotes; the quotes by people (by_people), by bodies
    and groups such as "the ministry" (by_others) and by no one found (unattributed); the
    people quoted, each once per article, as women, men and unknown (neither the text nor
    the actor dictionary says; never guessed from a first name); women_share, women /
    (women + men); women_quote_share, the same over those people's quotes. A group of "(none)" holds the documents without an
    outlet (source) or a publication date.
    """
    with _reading(db) as store:
        rows = store.voices(**options)
    if fmt == "table":
        rows = [{**r, "group": "(none)" if r["group"] is None else r["group"]} for r in rows]
    _emit(rows, fmt, VOICE_COLUMNS, _simple_table(VOICE_COLUMNS), False, "groups")


@click.command("stats")
@_db_option
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table",
              show_default=True)
def stats(db: str, fmt: str) -> None:
    """How much the store holds: documents (and how many failed), actors (across documents:
    each actor once, however many articles name it), quotes, events, places."""
    with _reading(db) as store:
        counts = store.stats()
    if fmt == "jsonl":
        sys.stdout.write(json.dumps(counts) + "\n")
        return
    _console(sys.stdout).print(_simple_table(tuple(counts))([counts]))


@click.command("failures")
@_common
def failures(db: str, fmt: str, limit: int | None) -> None:
    """The documents that could not be analysed, and why."""
    with _reading(db) as store:
        rows, more = _fetch(lambda limit=None: store.failures()[:limit], fmt, limit)
    table = _simple_table(("doc_id", "origin", "error_code", "error_message"),
                          {"error_message": 80})
    _emit(rows, fmt, FAILURE_COLUMNS, table, more, "failed documents")


@click.command("export")
@_db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True,
              help="parquet or csv: one file per table; jsonl: the dyad/1 records; gdelt: "
                   "the story events as a GDELT 2.0 event table (TSV).")
@click.option("--out", required=True, metavar="DIR", help="The folder to write into.")
@click.option("--table", "tables", multiple=True, type=click.Choice(TABLES),
              help="Only this table (parquet and csv; repeat for more).")
def export(db: str, fmt: str, out: str, tables: tuple[str, ...]) -> None:
    """Write the store out as files that pandas, R, DuckDB or Spark read.

    Parquet keeps each column's type. CSV and GDELT files do not: CAMEO codes such as 057
    or 01 (cameo, root; EventCode, EventBaseCode, EventRootCode) lose their leading zero
    in a reader that guesses types, so read those columns as text, e.g. in pandas
    read_csv(path, dtype={"cameo": str, "root": str})."""
    from dyad.export import export as write

    with _reading(db) as store:
        counts = write(store, out, fmt, tables=tables or None)
    for name, n in counts.items():
        click.echo(f"{_count(n, 'rows')} → {Path(out) / name}")


COMMANDS = (quotes, events, stories, actors, actor, timeline, network, search, voices, stats,
            failures, export)
