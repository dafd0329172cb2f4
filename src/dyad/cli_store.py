"""`dyad quotes`, `dyad events`, `dyad actors` and `dyad actor NAME`: reading a store.

Each command opens the store, makes one query and prints the rows: a readable table by
default, or JSON lines / CSV on stdout for scripts.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from dyad.errors import DyadError
from dyad.records import ACTOR_KINDS, MODALITIES, PLOVER
from dyad.store import Store, open_store
from dyad.store.query import check_date

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
    fn = click.option("--db", default="dyad.db", show_default=True, metavar="PATH",
                      help="The store to read (a path or sqlite:///path).")(fn)
    return fn


def _dates(fn: Callable[..., Any]) -> Callable[..., Any]:
    fn = click.option("--until", callback=_check_date, metavar="DATE",
                      help="Up to this date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive.")(fn)
    fn = click.option("--since", callback=_check_date, metavar="DATE",
                      help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")(fn)
    return fn


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
        t.add_row(r["published"] or "", _cut(_named(r["speaker"], r["role"]), 40),
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
        t.add_row(r["date"] or r["published"] or "",
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
        t.add_row(_cut(r["name"], 50), r["kind"], r["country"] or "", r["code"] or "",
                  str(r["documents"]), str(r["mentions"]), str(r["quotes"]), str(r["events"]))
    return t


@click.command("quotes")
@_common
@_dates
@click.option("--speaker", help="Speaker's name, or a part of it (any case).")
@click.option("--actor", help="Speaker's or addressee's name, or a part of it.")
@click.option("--country", metavar="ISO3", help="Speaker's country, e.g. RUS.")
@click.option("--text", help="Words the quote contains.")
@click.option("--doc", "doc_id", metavar="ID", help="Only this document.")
def quotes(db: str, fmt: str, limit: int | None, since: str | None,
                   until: str | None, **filters: Any) -> None:
    """Who said what: the stored quotes, in publication order."""
    with _reading(db) as store:
        rows, more = _fetch(store.quotes, fmt, limit, since=since, until=until, **filters)
    _emit(rows, fmt, QUOTE_COLUMNS, quote_table, more, "quotes")


@click.command("events")
@_common
@_dates
@click.option("--source", help="Who acts: a name or a part of it (any case).")
@click.option("--target", help="Who is acted on: a name or a part of it.")
@click.option("--actor", help="Either side: a name or a part of it.")
@click.option("--country", metavar="ISO3", help="Either side's country, e.g. SYR.")
@click.option("--code", metavar="CAMEO", help="CAMEO event code or prefix: 19 matches 190, 193.")
@click.option("--plover", type=click.Choice(PLOVER, case_sensitive=False), metavar="CATEGORY",
              help="PLOVER category: " + ", ".join(PLOVER) + ".")
@click.option("--quad-class", type=click.IntRange(1, 4),
              help="1 verbal / 2 material cooperation, 3 verbal / 4 material conflict.")
@click.option("--modality", type=click.Choice(MODALITIES, case_sensitive=False))
@click.option("--doc", "doc_id", metavar="ID", help="Only this document.")
def events(db: str, fmt: str, limit: int | None, since: str | None,
                   until: str | None, **filters: Any) -> None:
    """Who did what to whom: the stored events, in date order."""
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
@click.option("--db", default="dyad.db", show_default=True, metavar="PATH",
              help="The store to read (a path or sqlite:///path).")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]),
              default="table", show_default=True,
              help="table; jsonl: the profile as one JSON object; csv: its quotes and events.")
def actor(name: str, db: str, fmt: str) -> None:
    """One actor: who it is, what it said, what it did and what was done to it."""
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


def _print_profile(console: Console, profile: dict[str, Any]) -> None:
    e = profile["entity"]
    console.print(f"[bold]{e['name']}[/bold]  {e['kind']}"
                  + (f", {e['country']}" if e["country"] else "")
                  + (f", {e['code']}" if e["code"] else ""))
    if profile["roles"]:
        console.print("roles: " + ", ".join(profile["roles"]))
    console.print(f"{e['documents']} documents, {e['mentions']} mentions, "
                  f"{e['quotes']} quotes, {e['events']} events")
    if profile["also_matching"]:
        console.print("[dim]also matching: " + ", ".join(profile["also_matching"][:10])
                      + "[/dim]")
    if profile["quotes"]:
        console.print(quote_table(profile["quotes"], title="said"))
    if profile["events"]:
        console.print(event_table(profile["events"], title="did and had done to it"))


COMMANDS = (quotes, events, actors, actor)
