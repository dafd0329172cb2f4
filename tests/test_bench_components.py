"""bench/components.py: a pass may swap in another quote finder, timed under its own name."""

import importlib.util
from pathlib import Path

import spacy
from spacy.language import Language

_PATH = Path(__file__).resolve().parents[1] / "bench" / "components.py"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_components", _PATH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_RAN = []


@Language.component("bench_test_mark")
def _mark(doc):
    _RAN.append(doc.text)
    return doc


def test_a_swapped_quote_finder_runs_in_place_of_the_pipelines():
    bench = _bench()
    nlp = spacy.blank("en")
    nlp.add_pipe("bench_test_mark", name="dyad_quotes")
    seen = []

    def other(doc):
        seen.append(doc.text)
        return doc

    _RAN.clear()
    times = bench.time_once(nlp, ["one text", "another"], ["dyad_quotes"])
    assert set(times) == {"spacy", "dyad_quotes"} and not seen
    assert _RAN == ["one text", "another"]
    _RAN.clear()
    times = bench.time_once(nlp, ["one text", "another"], ["dyad_quotes"],
                            ("quotes, other", other))
    assert set(times) == {"spacy", "quotes, other"} and times["quotes, other"] >= 0.0
    assert seen == ["one text", "another"] and not _RAN
