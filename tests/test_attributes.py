"""The compiled attribute ruler must annotate exactly as spaCy's AttributeRuler does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.vocab import Vocab

from dyad.nlp.attributes import compile_ruler, use_compiled_ruler

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
COLUMNS = [POS, MORPH, LEMMA, TAG, DEP]

PATTERNS = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "VBZ"}]], "attrs": {"POS": "VERB", "MORPH": "Tense=Pres"}},
    {"patterns": [[{"TAG": "VBZ", "LOWER": "is"}]], "attrs": {"POS": "AUX"}},
    {"patterns": [[{"LOWER": {"IN": ["there", "here"]}, "DEP": "expl"}]],
     "attrs": {"POS": "PRON"}},
    {"patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "was"]}}]], "attrs": {"POS": "VERB"},
     "index": 1},
    {"patterns": [[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]], "attrs": {"LEMMA": "you"},
     "index": -2},
    {"patterns": [[{"TAG": {"NOT_IN": ["NN", "VBZ"]}, "IS_SPACE": False}]],
     "attrs": {"POS": "X"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE"}},
]


def _doc(vocab: Vocab) -> Doc:
    words = ["there", "is", "a", "dog", "and", "y'", "all", "know", "\n", "It", "is", "there"]
    tags = ["EX", "VBZ", "DT", "NN", "CC", "PRP", "DT", "VBP", "_SP", "PRP", "VBZ", "RB"]
    deps = ["expl", "ROOT", "det", "attr", "cc", "nsubj", "appos", "conj", "dep", "nsubj",
            "ROOT", "advmod"]
    heads = [1, 1, 3, 1, 1, 7, 5, 1, 7, 10, 10, 10]
    return Doc(vocab, words=words, tags=tags, deps=deps, heads=heads)


def _pair(patterns: list[dict]):
    nlp = spacy.blank("en")
    ruler = AttributeRuler(nlp.vocab)
    ruler.add_patterns(patterns)
    return nlp, ruler, compile_ruler(ruler)


def test_compiled_ruler_matches_spacy_on_hand_built_doc():
    nlp, ruler, compiled = _pair(PATTERNS)
    assert compiled is not None
    expected, got = ruler(_doc(nlp.vocab)), compiled(_doc(nlp.vocab))
    assert (expected.to_array(COLUMNS) == got.to_array(COLUMNS)).all()
    assert [t.pos_ for t in got] == ["X", "VERB", "X", "NOUN", "X", "X", "X", "X", "SPACE",
                                     "X", "AUX", "X"]
    assert got[5].lemma_ == "you"  # index -2 of the two-token match
    assert str(got[3].morph) == "Number=Sing"


def test_later_rules_win_and_cache_is_reused():
    nlp, _, compiled = _pair(PATTERNS)
    for _ in range(2):  # the second pass reads the cached keys
        doc = compiled(_doc(nlp.vocab))
        assert doc[1].pos_ == "VERB"  # rule 4 (expl + is) wins over rule 2 (is → AUX)
        assert doc[10].pos_ == "AUX"
        assert doc[0].pos_ == "X"  # rule 6 (any tag but NN, VBZ) comes after rule 3 (PRON)


def test_empty_doc():
    nlp, _, compiled = _pair(PATTERNS)
    assert len(compiled(nlp.make_doc(""))) == 0


@pytest.mark.parametrize("pattern", [
    [{"TAG": "NN", "OP": "+"}],
    [{"ORTH": "Dog"}],
    [{"LOWER": {"FUZZY": "dog"}}],
])
def test_patterns_it_cannot_reproduce_are_refused(pattern):
    _, _, compiled = _pair([{"patterns": [pattern], "attrs": {"POS": "NOUN"}}])
    assert compiled is None


@pytest.mark.slow
def test_real_model_annotations_identical():
    from dyad.nlp.pipeline import DEFAULT_MODEL

    texts = [(EXAMPLES / "aleppo-2016-12.txt").read_text(encoding="utf-8"), "", "  \n\t ",
             "There's gonna be trouble, y'all. Let's go! I ain't gotta. C'mon, there were 2."]
    with open(EXAMPLES / "wikinews.jsonl", encoding="utf-8") as f:
        texts += [json.loads(line)["text"] for line in f]
    spacy_nlp = spacy.load(DEFAULT_MODEL, exclude=["senter"])
    fast_nlp = spacy.load(DEFAULT_MODEL, exclude=["senter"])
    assert use_compiled_ruler(fast_nlp)
    assert fast_nlp.pipe_names == spacy_nlp.pipe_names
    for a, b in zip(spacy_nlp.pipe(texts), fast_nlp.pipe(texts)):
        assert (a.to_array(COLUMNS) == b.to_array(COLUMNS)).all()
        assert [str(t.morph) for t in a] == [str(t.morph) for t in b]
