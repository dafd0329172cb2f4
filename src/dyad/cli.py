"""The ``dyad`` command: a thin layer over the library. Exit codes: 0 all documents analysed,
3 some documents failed (each still has its record), 2 usage error, 1 anything else."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator

import click
from rich.console import Console

from dyad.cli_options import (
    actors_option,
    learned_spans_option,
    model_option,
    published_option,
)
from dyad.errors import DyadError
from dyad.records import Record

EXIT_SOME_FAILED = 3
ERR = Console(stderr=True, highlight=False)


class DyadGroup(click.Group):
    """Turns a DyadError anywhere below into one clean line and exit code 2."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except DyadError as exc:
            click.echo(f"dyad: error: {exc}", err=True)
            ctx.exit(2)


@click.group(cls=DyadGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="dyad-events", prog_name="dyad")
def main() -> None:
    """Dyad: who did what to whom, from news text — actors, quotes, events and places."""


def _articles(paths: tuple[str, ...], published: str | None = None):
    from dyad.ingest import read_inputs, with_published

    return with_published(read_inputs(list(paths)), published)


class _ProgressBar:
    """Documents done and elapsed time on stderr, only when stderr is a terminal."""

    def __init__(self) -> None:
        self.bar = self.task = None

    def __enter__(self):
        if sys.stderr.isatty():
            from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

            self.bar = Progress(TextColumn("analysing"), BarColumn(),
                                TextColumn("{task.completed} docs"), TimeElapsedColumn(),
                                console=ERR, transient=True)
            self.bar.__enter__()
            self.task = self.bar.add_task("docs", total=None)
        return self

    def advance(self, *_) -> None:
        if self.bar is not None:
            self.bar.advance(self.task)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)


def _progress(records: Iterable[Record], enabled: bool) -> Iterator[Record]:
    if not enabled:
        yield from records
        return
    with _ProgressBar() as bar:
        for rec in records:
            bar.advance()
            yield rec


def _finish(total: int, failures: Counter, failed: Iterable[tuple[str, str, str]] = (),
            hint: str = "") -> None:
    """The run's summary line on stderr, then each failed document (where it was read from,
    code and message) or ``hint`` on where to find them; exit 3 if any failed."""
    from dyad.render import failure_lines, run_summary

    click.echo(run_summary(total, failures), err=True)
    for line in failure_lines(failed):
        click.echo(line, err=True)
    if failures and hint:
        click.echo(hint, err=True)
    if not total:
        click.echo("dyad: no documents in the input: files are read by their extension (.txt, "
                   ".html, .htm, .jsonl, .ndjson, .csv, each also .gz), and a directory's other "
                   "files are passed over", err=True)
    if failures:
        raise SystemExit(EXIT_SOME_FAILED)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "pretty"]), default=None,
              help="jsonl: one dyad/1 record per line; pretty: tables (default on a terminal).")
@model_option
@actors_option
@published_option
@learned_spans_option
def analyze(paths, fmt, model, actors_files, published, learned_spans) -> None:
    """Analyse articles and write their records to standard output.

    PATHS are .txt, .html, .jsonl, .csv files (optionally .gz), directories, or - for stdin.
    A .jsonl line or .csv row gives text (or html) and may give id, title, url, source and
    published; a .csv has a header row and is separated by commas, semicolons or tabs.

    Every input document gives one record; one that cannot be analysed gives a record with
    an error naming the file (and line) it came from. The run ends with a count on stderr
    and a line for each failed document; the exit status is 3 if any failed.
    """
    from dyad.api import analyze_many

    fmt = fmt or ("pretty" if sys.stdout.isatty() else "jsonl")
    console = Console(highlight=False)
    total, failures, failed = 0, Counter(), []
    records = analyze_many(_articles(paths, published), model=model, actors_files=actors_files,
                           learned_spans=learned_spans)
    for rec in _progress(records, enabled=fmt == "jsonl"):
        total += 1
        if rec.error:
            failures[rec.error["code"]] += 1
            failed.append((rec.error.get("origin") or rec.id, rec.error["code"],
                           rec.error["message"]))
        if fmt == "jsonl":
            sys.stdout.write(json.dumps(rec.to_dict(), ensure_ascii=False) + "\n")
        else:
            from dyad.render import print_record

            print_record(rec, console)
    sys.stdout.flush()
    _finish(total, failures, failed)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default="dyad.db", show_default=True, metavar="PATH|URL",
              help="Store: a SQLite file path (created if need be), or "
                   "postgresql://user@host/db.")
@click.option("--processes", type=click.IntRange(min=1), default=1, show_default=True,
              help="Analyse on this many local processes (spaCy's n_process).")
@model_option
@actors_option
@published_option
@click.option("--summary/--no-summary", default=False,
              help="Print the store's actors, quotes and events afterwards.")
@learned_spans_option
def ingest(paths, db, processes, model, actors_files, published, summary, learned_spans) -> None:
    """Analyse articles and store their records; re-running the same input changes nothing.

    A document already stored with the same text, title, url, source and publication date is
    not analysed again, so an interrupted run started again does only the rest; given again with
    a corrected --published, it is analysed again and replaced.
    """
    from dyad.batch import ingest_paths
    from dyad.store import open_store

    bar = _ProgressBar()
    with bar:
        result = ingest_paths(list(paths), db, n_process=processes, model=model,
                              actors_files=actors_files, published=published,
                              on_record=bar.advance, learned_spans=learned_spans)
    click.echo(f"stored in {db}: " + ", ".join(
        f"{n} {k}" for k, n in sorted(result.stored.items())), err=True)
    if summary:
        from dyad.report import print_store_summary

        with open_store(db) as store:
            print_store_summary(store, Console(highlight=False))
    _finish(result.documents, result.failures,
            hint=f"dyad failures --db {db} lists the failed documents with their files")


@main.command()
@click.option("--db", default="dyad.db", show_default=True, metavar="PATH|URL",
              help="The store to read: a SQLite path or a postgresql://user@host/db URL.")
@click.option("--limit", type=click.IntRange(min=1), default=15, show_default=True,
              help="Rows per table.")
def summary(db, limit) -> None:
    """Show what a store holds: top actors, quotes with speakers, events."""
    from dyad.report import print_store_summary
    from dyad.store import open_store

    with open_store(db, create=False) as store:
        print_store_summary(store, Console(highlight=False), limit=limit)


def _register_commands() -> None:
    from dyad import cli_batch, cli_store, cli_train, cli_web
    from dyad.evaluate.cli import evaluate

    for module in (cli_store, cli_batch, cli_train, cli_web):
        for cmd in module.COMMANDS:
            main.add_command(cmd)
    main.add_command(evaluate)


_register_commands()


if __name__ == "__main__":
    main()
