"""``dyad batch``: a corpus on Dask, partition by partition, resumable (see dyad.batch)."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import click

from dyad.batch import PARTITION_SIZE, BatchResult, ProgressCallback, run_batch
from dyad.cli_options import actors_option, model_option, published_option
from dyad.errors import DyadError

EXIT_SOME_FAILED = 3
EXIT_INCOMPLETE = 1


@contextmanager
def _progress_bar() -> Iterator[ProgressCallback | None]:
    """Documents per second and time left on stderr, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    # Partitions finish in steps of hundreds of documents: a long window smooths the rate.
    with Progress(TextColumn("analysing"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("docs · {task.fields[rate]} docs/s · ETA"), TimeRemainingColumn(),
                  TimeElapsedColumn(), console=Console(stderr=True), transient=True,
                  speed_estimate_period=600) as bar:
        task = bar.add_task("docs", total=None, rate="…")

        def advance(done: int, total: int) -> None:
            bar.update(task, advance=done, total=total)
            speed = bar.tasks[task].speed
            bar.update(task, rate=f"{speed:.1f}" if speed else "…")

        yield advance


def report(result: BatchResult, db: str | None) -> str:
    """The lines a run ends with: documents and failures by reason, the store, what is left."""
    from dyad.render import run_summary

    lines = [run_summary(result.documents, result.failures)]
    if db:
        stored = ", ".join(f"{n} {k}" for k, n in sorted(result.stored.items())) or "nothing new"
        shown = re.sub(r"//([^:/@]+):[^@/]*@", r"//\1:***@", db)  # no password on screen
        lines.append(f"stored in {shown}: {stored}")
    if result.failures:
        lines.append(f"dyad failures --db {shown} lists the failed documents with their files"
                     if db else "the failed documents are the rows of the run's Parquet files "
                     "with an error_code; their origin column names the file")
    for i, why in sorted(result.broken.items()):
        lines.append(f"partition {i} not done: {why}")
    if result.broken:
        lines.append(f"{len(result.broken)} of {result.partitions} partitions not done; "
                     "run the same command again to finish them")
    return "\n".join(lines)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", required=True, type=click.Path(file_okay=False),
              help="Run directory: the plan, one Parquet file per partition; reuse it to resume.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Local worker processes (default: one per core).")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Use a running Dask cluster (tcp://host:8786) instead of a local one.")
@click.option("--db", metavar="URL", default=None,
              help="Load the records into this store as partitions finish.")
@click.option("--partition-size", type=click.IntRange(min=1), default=PARTITION_SIZE,
              show_default=True, help="Documents per partition.")
@model_option
@actors_option
@published_option
def batch(paths, out, workers, scheduler, db, partition_size, model, actors_files,
          published) -> None:
    """Analyse a large corpus on Dask into per-partition Parquet files and the store.

    PATHS are files or directories: .txt .html .jsonl .csv (optionally .gz), .parquet (a text
    or html column) and .warc/.warc.gz. Killed at any point, the same command finishes the rest.
    """
    if workers and scheduler:
        raise click.UsageError("give --workers or --scheduler, not both")
    try:
        with _progress_bar() as progress:
            result = run_batch(list(paths), out, db=db, workers=workers, scheduler=scheduler,
                               partition_size=partition_size, model=model,
                               actors_files=actors_files, published=published,
                               progress=progress)
    except DyadError as exc:
        click.echo(f"dyad: error: {exc}", err=True)
        sys.exit(2)
    click.echo(report(result, db), err=True)
    if result.broken:
        sys.exit(EXIT_INCOMPLETE)
    if result.failures:
        sys.exit(EXIT_SOME_FAILED)


COMMANDS = [batch]
