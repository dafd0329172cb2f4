"""A text given without a publication date: the years it names bound the time it speaks of, and
so which office a dictionary person holds in it."""

import pytest
from conftest import build_doc

import dyad
from dyad.knowledge import Entry, _preferred
from dyad.nlp.text_time import written_by


def test_the_latest_year_the_texts_dates_name_bounds_it_in_any_tense():
    # "Labour won in 2001. The vote will come in 2010. It won 2004 votes."
    doc = build_doc([
        ("Labour", 1, "nsubj", "PROPN", "Labour", "NNP"), ("won", 1, "ROOT", "VERB", "win", "VBD"),
        ("in", 1, "prep", "ADP", "in", "IN"), ("2001", 2, "pobj", "NUM", "2001", "CD"),
        (".", 1, "punct", "PUNCT", ".", "."),
        ("The", 6, "det", "DET", "the", "DT"), ("vote", 8, "nsubj", "NOUN", "vote", "NN"),
        ("will", 8, "aux", "AUX", "will", "MD"), ("come", 8, "ROOT", "VERB", "come", "VB"),
        ("in", 8, "prep", "ADP", "in", "IN"), ("2010", 9, "pobj", "NUM", "2010", "CD"),
        (".", 8, "punct", "PUNCT", ".", "."),
        ("It", 13, "nsubj", "PRON", "it", "PRP"), ("won", 13, "ROOT", "VERB", "win", "VBD"),
        ("2014", 15, "nummod", "NUM", "2014", "CD"), ("votes", 13, "dobj", "NOUN", "vote", "NNS"),
        (".", 13, "punct", "PUNCT", ".", "."),
    ], ["O", "O", "O", "B-DATE", "O", "O", "O", "O", "O", "O", "B-DATE", "O",
        "O", "O", "B-CARDINAL", "O", "O"])
    assert written_by(doc) == "..2011-12-31"  # a year after the latest named
    doc = build_doc([("Labour", 1, "nsubj", "PROPN", "Labour", "NNP"),
                     ("won", 1, "ROOT", "VERB", "win", "VBD"), (".", 1, "punct", "PUNCT", ".", ".")])
    assert written_by(doc) is None


def test_a_bound_rules_out_only_offices_begun_after_it():
    chancellor = Entry("Jo Roe", "person", "GBR", ("GOV",), role="chancellor",
                       start="1997-05-02", end="2007-06-27")
    premier = Entry("Jo Roe", "person", "GBR", ("GOV",), role="prime minister",
                    start="2007-06-27", end="2010-05-11")
    assert _preferred([premier, chancellor], "..2005-12-31")[0] is chancellor
    # a bound after both offices leaves the dictionary's own order, as no date does
    assert _preferred([premier, chancellor], "..2012-12-31")[0] is premier
    assert _preferred([premier, chancellor], None)[0] is premier
    # one left before the bound is still a candidate: a former official keeps that office
    assert _preferred([chancellor], "..2012-12-31") == [chancellor]


def test_a_title_may_still_name_an_office_past_the_bound():
    from dyad.knowledge import load_knowledge

    offices = load_knowledge().offices("Gordon Brown", "..2002-12-31")
    assert [e.role for e in offices] == ["chancellor of the exchequer", "prime minister"]
    assert [e.role for e in load_knowledge().offices("Gordon Brown", "2002-06-01")] == [
        "chancellor of the exchequer"]


def _brown(text, published=None):
    return next(a for a in dyad.analyze(text, published=published).actors
                if a.name == "Gordon Brown")


@pytest.mark.slow
def test_an_undated_text_holds_no_dictionary_person_in_an_office_of_its_future():
    # Gordon Brown was chancellor of the exchequer from 1997 and prime minister from 2007
    text = "Gordon Brown set out his plans on Wednesday. Labour won a second term in 2001."
    assert _brown(text).role == "chancellor of the exchequer"
    # a publication date still comes first
    assert _brown(text, "2009-01-01").role == "prime minister"
    # a text that names a year after 2007 may speak of his time as prime minister
    ahead = "Gordon Brown set out his plans on Wednesday. Labour will face the voters in 2009."
    assert _brown(ahead).role == _brown("Gordon Brown set out his plans on Wednesday.").role


def test_a_bound_does_not_choose_between_countries_or_bodies():
    minister = Entry("Jo Roe", "person", "PRT", ("GOV",), role="prime minister",
                     start="1995-10-28", end="2002-04-06")
    chief = Entry("Jo Roe", "person", None, ("IGO",), role="secretary-general",
                  start="2017-01-01")
    # the international office begun after the bound stays a candidate, in the dictionary's order
    assert _preferred([chief, minister], "..2015-12-31") == [chief, minister]
