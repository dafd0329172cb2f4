"""A text given without a publication date: its own years in the past bound when it was written,
and so which office a dictionary person holds in it."""

import dyad
import pytest
from conftest import build_doc

from dyad.nlp.text_time import written_after


def test_the_latest_year_told_in_the_past_bounds_the_writing():
    # "Labour won in 2001. The vote will come in 2010."
    doc = build_doc([
        ("Labour", 1, "nsubj", "PROPN", "Labour", "NNP"), ("won", 1, "ROOT", "VERB", "win", "VBD"),
        ("in", 1, "prep", "ADP", "in", "IN"), ("2001", 2, "pobj", "NUM", "2001", "CD"),
        (".", 1, "punct", "PUNCT", ".", "."),
        ("The", 6, "det", "DET", "the", "DT"), ("vote", 8, "nsubj", "NOUN", "vote", "NN"),
        ("will", 8, "aux", "AUX", "will", "MD"), ("come", 8, "ROOT", "VERB", "come", "VB"),
        ("in", 8, "prep", "ADP", "in", "IN"), ("2010", 9, "pobj", "NUM", "2010", "CD"),
        (".", 8, "punct", "PUNCT", ".", "."),
    ], ["O", "O", "O", "B-DATE", "O", "O", "O", "O", "O", "O", "B-DATE", "O"])
    assert written_after(doc) == "2001-12-31"


def test_since_and_the_perfect_are_the_past_and_a_future_alone_bounds_nothing():
    # "He has led the party since 2003."
    doc = build_doc([
        ("He", 2, "nsubj", "PRON", "he", "PRP"), ("has", 2, "aux", "AUX", "have", "VBZ"),
        ("led", 2, "ROOT", "VERB", "lead", "VBN"), ("the", 4, "det", "DET", "the", "DT"),
        ("party", 2, "dobj", "NOUN", "party", "NN"), ("since", 2, "prep", "ADP", "since", "IN"),
        ("2003", 5, "pobj", "NUM", "2003", "CD"), (".", 2, "punct", "PUNCT", ".", "."),
    ], ["O", "O", "O", "O", "O", "O", "B-DATE", "O"])
    assert written_after(doc) == "2003-12-31"
    # "The party will hold a conference in 2006."
    doc = build_doc([
        ("The", 1, "det", "DET", "the", "DT"), ("party", 3, "nsubj", "NOUN", "party", "NN"),
        ("will", 3, "aux", "AUX", "will", "MD"), ("hold", 3, "ROOT", "VERB", "hold", "VB"),
        ("a", 5, "det", "DET", "a", "DT"), ("conference", 3, "dobj", "NOUN", "conference", "NN"),
        ("in", 3, "prep", "ADP", "in", "IN"), ("2006", 6, "pobj", "NUM", "2006", "CD"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ], ["O", "O", "O", "O", "O", "O", "O", "B-DATE", "O"])
    assert written_after(doc) is None


def _brown(text, published=None):
    return next(a for a in dyad.analyze(text, published=published).actors
                if a.name == "Gordon Brown")


@pytest.mark.slow
def test_an_undated_text_holds_a_dictionary_person_in_the_office_of_its_own_years():
    text = "Gordon Brown set out his plans on Wednesday. Labour won a second term in 2001."
    # Gordon Brown was chancellor of the exchequer from 1997 and prime minister from 2007
    assert _brown(text).role == "chancellor of the exchequer"
    # a publication date still comes first
    assert _brown(text, "2009-01-01").role == "prime minister"
    # a year the text looks ahead to says nothing of when it was written
    ahead = "Gordon Brown set out his plans on Wednesday. Labour will face the voters in 2009."
    assert _brown(ahead).role == _brown("Gordon Brown set out his plans on Wednesday.").role


def test_a_date_in_a_sentence_with_no_verb_bounds_nothing():
    # a heading: "Elections 2004"
    doc = build_doc([("Elections", 0, "ROOT", "NOUN", "election", "NNS"),
                     ("2004", 0, "nummod", "NUM", "2004", "CD")], ["O", "B-DATE"])
    assert written_after(doc) is None
