"""`dyad train events`, `dyad train cues` and `dyad train spans`: train Dyad's models from the
development data."""

from __future__ import annotations

import json
from pathlib import Path

import click

from dyad.errors import DyadError

# Where the development data sits beside a checkout (see ../shared/data/README.md).
DEFAULT_PENTA = Path("../shared/data/events/penta-train.tsv")
DEFAULT_PLV = Path("../shared/data/events/plv-train.tsv")


class _TrainDefault(click.Option):
    """An option whose help names a default of ``dyad.train`` (``dyad.train_cues`` for the cue
    model, ``dyad.train_spans`` for the span model), read only when the help is shown:
    importing the trainer loads spaCy, which every other command would pay for."""

    def get_help_record(self, ctx: click.Context) -> tuple[str, str] | None:
        import importlib

        defaults = importlib.import_module(_MODULES.get(ctx.command.name, "dyad.train"))

        self.help = self.help.format(**{k: getattr(defaults, k) for k in dir(defaults)
                                        if k.startswith("DEFAULT_")})
        return super().get_help_record(ctx)


_MODULES = {"cues": "dyad.train_cues", "spans": "dyad.train_spans"}


def _default(given: str | None, fallback: Path) -> str | None:
    if given:
        return given
    return str(fallback) if fallback.is_file() else None


def _trainer(module: str, cv: int):
    """The trainer module, after checking the fold count; scikit-learn is a training dependency
    only, so its absence is a clear error rather than a traceback."""
    import importlib

    if cv == 1 or cv < 0:
        raise click.UsageError("--cv needs at least 2 folds")
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise click.ClickException(f"training needs scikit-learn: {exc}") from exc


@click.group()
def train() -> None:
    """Train Dyad's models from gold data."""


@train.command("events")
@click.option("--penta", "penta", type=click.Path(exists=True, dir_okay=False), default=None,
              help=f"sentence<TAB>pentacode file [default: {DEFAULT_PENTA} if present].")
@click.option("--plv", "plv", type=click.Path(exists=True, dir_okay=False), default=None,
              help=f"PLV TSV with marked source/target [default: {DEFAULT_PLV} if present].")
@click.option("--out", type=click.Path(dir_okay=False), default=None,
              help="Where to write the model [default: the package's data/event_model.npz].")
@click.option("--cv", type=int, default=0, show_default=True,
              help="Report K-fold cross-validated scores before training on everything.")
@click.option("--c", "c", type=float, default=None, cls=_TrainDefault,
              help="Inverse regularisation strength of the logistic regression "
                   "[default: {DEFAULT_C}].")
@click.option("--penta-weight", type=float, default=None, cls=_TrainDefault,
              help="Weight of the pentacode head's vote in each category's score "
                   "[default: {DEFAULT_PENTA_WEIGHT}].")
@click.option("--limit", type=int, default=None, help="Use only the first N rows of each file.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def events_cmd(penta, plv, out, cv, c, penta_weight, limit, fmt) -> None:
    """Train the event category classifier (pentacode and PLOVER heads)."""
    from dyad.evaluate.events import format_report

    penta, plv = _default(penta, DEFAULT_PENTA), _default(plv, DEFAULT_PLV)
    if not penta and not plv:
        raise click.UsageError(
            f"give --penta FILE and/or --plv FILE: the default files ({DEFAULT_PENTA}, "
            f"{DEFAULT_PLV}) are looked for from the current directory, {Path.cwd()}, and "
            "are not there")
    trainer = _trainer("dyad.train", cv)
    try:
        result = trainer.train_events(
            penta, plv, out or trainer.DEFAULT_OUT, cv=cv,
            c=trainer.DEFAULT_C if c is None else c,
            penta_weight=trainer.DEFAULT_PENTA_WEIGHT if penta_weight is None else penta_weight,
            limit=limit)
    except DyadError as exc:
        raise click.ClickException(str(exc)) from exc
    if fmt == "json":
        click.echo(json.dumps(result, indent=2, sort_keys=True))
        return
    if "cv" in result:
        click.echo(format_report(result["cv"]))
    click.echo(f"{result['examples']} examples, {result['features']} features -> "
               f"{result['model']}")


DEFAULT_POLNEAR = Path("../shared/data/quotes/polnear-train.jsonl")


def _polnear_options(model_file: str):
    """The options of a model learned from PolNeAR: its file, its parsed articles, the output,
    the regularisation, how many articles, and the report's format."""
    def wrap(f):
        for option in reversed([
            click.option("--polnear", "polnear", type=click.Path(exists=True, dir_okay=False),
                         default=None,
                         help=f"PolNeAR JSONL to learn from [default: {DEFAULT_POLNEAR} if "
                              f"present]."),
            click.option("--docs", type=click.Path(exists=True, dir_okay=False), default=None,
                         help="Its articles already parsed up to actors (a DocBin that "
                              "scripts/quote_misses.py cache writes); parsed now if not given."),
            click.option("--out", type=click.Path(dir_okay=False), default=None,
                         help=f"Where to write the model [default: the package's "
                              f"data/{model_file}]."),
            click.option("--c", "c", type=float, default=None, cls=_TrainDefault,
                         help="Inverse regularisation strength of the logistic regression "
                              "[default: {DEFAULT_C}]."),
            click.option("--limit", type=int, default=None,
                         help="Use only the first N articles."),
            click.option("--format", "fmt", type=click.Choice(["text", "json"]),
                         default="text", show_default=True),
        ]):
            f = option(f)
        return f
    return wrap


def _train_polnear(module: str, train: str, cv: int, fmt: str, summary, **kwargs) -> None:
    """Run ``module``'s ``train`` function and print its result: JSON, or the cross-validation
    table and the line ``summary`` makes of the result."""
    trainer = _trainer(module, cv)
    c = kwargs.pop("c")
    try:
        result = getattr(trainer, train)(
            kwargs.pop("polnear"), kwargs.pop("out") or trainer.DEFAULT_OUT, cv=cv,
            c=trainer.DEFAULT_C if c is None else c, **kwargs)
    except (DyadError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    if fmt == "json":
        click.echo(json.dumps(result, indent=2, sort_keys=True))
        return
    if "cv" in result:
        click.echo(trainer.format_cv(result["cv"]))
    click.echo(summary(result))


def _polnear_file(given: str | None) -> str:
    polnear = _default(given, DEFAULT_POLNEAR)
    if not polnear:
        raise click.UsageError(
            f"give --polnear FILE: the default file ({DEFAULT_POLNEAR}) is looked for from the "
            f"current directory, {Path.cwd()}, and is not there")
    return polnear


@train.command("cues")
@_polnear_options("cue_model.npz")
@click.option("--cv", type=int, default=0, show_default=True,
              help="Cross-validate over K folds of articles and take the threshold of the best "
                   "exact overall F1 before training on everything.")
@click.option("--threshold", type=float, default=None,
              help="Decision threshold [default: chosen by --cv, else 0.5].")
def cues_cmd(polnear, docs, out, c, limit, fmt, cv, threshold) -> None:
    """Train the model of the attribution cues that cues.csv and its rules leave."""
    _train_polnear(
        "dyad.train_cues", "train_cues", cv, fmt,
        lambda r: (f"{r['examples']} candidates ({r['positives']} positive), "
                   f"{r['features']} features, threshold {r['threshold']} -> {r['model']}"),
        polnear=_polnear_file(polnear), out=out, docs=docs, c=c, threshold=threshold,
        limit=limit)


@train.command("spans")
@_polnear_options("span_model.npz")
@click.option("--cv", type=int, default=0, show_default=True,
              help="Cross-validate over K folds of articles and take the margin of the best "
                   "exact overall F1 before training on everything.")
@click.option("--margin", type=float, default=None,
              help="By how much a reading must outscore the rules' span [default: chosen by "
                   "--cv, else 0].")
def spans_cmd(polnear, docs, out, c, limit, fmt, cv, margin) -> None:
    """Train the model that chooses the content edges of indirect reports."""
    _train_polnear(
        "dyad.train_spans", "train_spans", cv, fmt,
        lambda r: (f"{r['reports']} reports ({r['rule_right']} right as the rules give them, "
                   f"{r['reports_with_right_reading']} with a right reading), "
                   f"{r['examples']} readings ({r['positives']} positive), "
                   f"{r['features']} features, margin {r['margin']} -> {r['model']}"),
        polnear=_polnear_file(polnear), out=out, docs=docs, c=c, margin=margin, limit=limit)


COMMANDS = [train]
