"""`dyad evaluate …`: score Dyad against public gold data (see shared/data/README.md)."""

from __future__ import annotations

import json

import click

from dyad.cli_options import learned_spans_option
from dyad.errors import DyadError


def _emit(metrics: dict, fmt: str, formatter) -> None:
    if fmt == "json":
        click.echo(json.dumps(metrics, indent=2, sort_keys=True))
    else:
        click.echo(formatter(metrics))


limit_option = click.option("--limit", type=int, default=None,
                            help="Score only the first N documents or rows (quick checks).")
format_option = click.option("--format", "fmt", type=click.Choice(["text", "json"]),
                             default="text", show_default=True)


@click.group()
def evaluate() -> None:
    """Score quotes, events, places, actors or speaker gender against gold data."""


@evaluate.command("quotes")
@click.option("--polnear", "path", default=None, type=click.Path(exists=True, dir_okay=False),
              help="PolNeAR-format JSONL (e.g. ../shared/data/quotes/polnear-dev.jsonl).")
@click.option("--bbc", "offsets", default=None, type=click.Path(exists=True, dir_okay=False),
              help="Offsets-only gold over plain-text articles (evaluation/bbc-quotes.jsonl); "
                   "needs --texts.")
@click.option("--texts", default=None, type=click.Path(exists=True, file_okay=False),
              help="The folder --bbc's paths are relative to (../shared/data/bench/bbc).")
@click.option("--half", type=click.Choice(["tune", "held-out", "all"]), default="all",
              show_default=True,
              help="With --bbc: the even rows (tune), the odd rows (held-out), or both.")
@click.option("--resolution", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Speaker-resolution gold (offsets and names) for the same articles.")
@click.option("--only-resolved", is_flag=True,
              help="Score only the articles the --resolution file names.")
@click.option("--rules-only", is_flag=True,
              help="Leave out the reports of the trained cue model (data/cue_model.npz).")
@learned_spans_option
@limit_option
@format_option
def quotes_cmd(path, offsets, texts, half, resolution, only_resolved, rules_only, learned_spans,
               limit, fmt) -> None:
    """Content, cue and source scores by quote kind (direct, mixed, indirect)."""
    from dyad.evaluate.quotes import evaluate_quotes, format_report

    if bool(path) == bool(offsets):
        raise DyadError("give --polnear FILE or --bbc FILE --texts DIR")
    if offsets:
        from dyad.evaluate.quotes_texts import evaluate_text_quotes

        if not texts:
            raise DyadError("--bbc needs --texts DIR (the folder its paths are relative to)")
        if resolution or only_resolved:
            raise DyadError("--bbc carries its own speaker names; leave out --resolution")
        try:
            metrics = evaluate_text_quotes(offsets, texts, half=half, limit=limit,
                                           learned_cues=not rules_only,
                                           learned_spans=learned_spans)
        except ValueError as exc:
            raise DyadError(str(exc)) from exc
        _emit(metrics, fmt, format_report)
        return
    if only_resolved and not resolution:
        raise DyadError("--only-resolved needs --resolution FILE")
    _emit(evaluate_quotes(path, limit=limit, resolution=resolution,
                          only_resolved=only_resolved, learned_cues=not rules_only,
                          learned_spans=learned_spans),
          fmt, format_report)


@evaluate.command("events")
@click.option("--penta", "penta", type=click.Path(exists=True, dir_okay=False), default=None,
              help="sentence<TAB>pentacode file.")
@click.option("--plv", "plv", type=click.Path(exists=True, dir_okay=False), default=None,
              help="PLV TSV with marked source/target and gold PLOVER category.")
@limit_option
@format_option
def events_cmd(penta, plv, limit, fmt) -> None:
    """Pentacode macro-F1, and dyads found (with the right PLOVER category)."""
    from dyad.evaluate.events import evaluate_penta, evaluate_plv, format_report

    if not penta and not plv:
        raise DyadError("give --penta FILE or --plv FILE")
    metrics = {}
    if penta:
        metrics["penta"] = evaluate_penta(penta, limit=limit)
    if plv:
        metrics["plv"] = evaluate_plv(plv, limit=limit)
    _emit(metrics, fmt, format_report)


@evaluate.command("places")
@click.option("--lgl", "path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="LGL-format XML (lgl.xml, tr-news.xml, geovirus.xml).")
@limit_option
@format_option
def places_cmd(path, limit, fmt) -> None:
    """Toponym recognition P/R/F1, geocoding accuracy@161km and mean error."""
    from dyad.evaluate.places import evaluate_places, format_report

    _emit(evaluate_places(path, limit=limit), fmt, format_report)


@evaluate.command("actors")
@click.option("--gold", "gold", required=True, type=click.Path(exists=True, dir_okay=False),
              help="Hand-coded actor spans (evaluation/plv-actors.jsonl).")
@click.option("--plv", "plv", required=True, type=click.Path(exists=True, dir_okay=False),
              help="The PLV TSV the spans index into (../shared/data/events/plv-train.tsv).")
@click.option("--errors", is_flag=True,
              help="List every tune (even-row) span whose code is wrong, with its sentence; "
                   "held-out (odd) rows are never listed.")
@click.option("--tune-only", is_flag=True,
              help="Score the tune (even-row) spans alone; the held-out totals are not shown.")
@click.option("--overlap", is_flag=True,
              help="Score the actor overlapping each span most instead of the one holding its "
                   "head (earlier versions' scoring).")
@limit_option
@format_option
def actors_cmd(gold, plv, errors, tune_only, overlap, limit, fmt) -> None:
    """Country, sector and code accuracy of named, titled and unnamed actors."""
    from dyad.evaluate.actors import evaluate_actors, format_report

    try:
        metrics = evaluate_actors(gold, plv, limit=limit, details=errors, overlap=overlap,
                                  tune_only=tune_only)
    except ValueError as exc:
        raise DyadError(str(exc)) from exc
    _emit(metrics, fmt, format_report)


@evaluate.command("gender")
@click.option("--polnear", "path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="PolNeAR-format JSONL the gold points into "
                   "(../shared/data/quotes/polnear-train.jsonl).")
@click.option("--gold", "gold", required=True, type=click.Path(exists=True, dir_okay=False),
              help="People quoted and their sex (evaluation/polnear-train-gender.jsonl).")
@click.option("--errors", is_flag=True, help="List every person labelled differently from the gold.")
@limit_option
@format_option
def gender_cmd(path, gold, errors, limit, fmt) -> None:
    """Precision and coverage of the speaker-gender field, and the women's share it gives."""
    from dyad.evaluate.gender import evaluate_gender, format_report

    try:
        metrics = evaluate_gender(path, gold, limit=limit, details=errors)
    except ValueError as exc:
        raise DyadError(str(exc)) from exc
    _emit(metrics, fmt, format_report)
