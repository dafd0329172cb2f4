"""A report whose opening names one country and the other side of a contest with it (a match, a
visit) gives neither to the people nothing places."""

import pytest


def _country(text: str, name: str) -> str | None:
    import dyad

    return next(a.country for a in dyad.analyze(text).actors if a.name == name)


@pytest.mark.slow
def test_the_other_side_of_a_contest_holds_back_the_texts_country():
    text = ("Ronan O'Gara scored all Ireland's points as the home side claimed only their second "
            "ever win over South Africa on an emotional day at Lansdowne Road.\n\nTwo Percy "
            "Montgomery penalties set up a frantic finish but Ireland held out to claim a famous "
            "victory.")
    assert _country(text, "Percy Montgomery") is None
    # without the other side the opening names one country only, and he is taken for its own
    alone = ("Ronan O'Gara scored all Ireland's points as the home side claimed a famous win on an "
             "emotional day at Lansdowne Road.\n\nTwo Percy Montgomery penalties set up a frantic "
             "finish but Ireland held out.")
    assert _country(alone, "Percy Montgomery") == "IRL"


def test_the_object_of_a_contest_is_its_other_side():
    from conftest import build_doc

    from dyad.nlp.actor_countries import _contested

    rows = [("Ireland", 1, "nsubj", "PROPN", "Ireland", "NNP"), ("won", 1, "ROOT", "VERB", "win", "VBD"),
            ("over", 1, "prep", "ADP", "over", "IN"), ("France", 2, "pobj", "PROPN", "France", "NNP"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    assert _contested(build_doc(rows)[3])
    rows[1] = ("imposed", 1, "ROOT", "VERB", "impose", "VBD")
    rows[2] = ("sanctions", 1, "dobj", "NOUN", "sanction", "NNS")
    rows[3] = ("France", 1, "dobj", "PROPN", "France", "NNP")
    assert not _contested(build_doc(rows)[3])


def test_a_body_met_on_a_place_is_no_other_side():
    from conftest import build_doc

    from dyad.nlp.actor_countries import _contested

    rows = [("She", 1, "nsubj", "PRON", "she", "PRP"), ("faced", 1, "ROOT", "VERB", "face", "VBD"),
            ("on", 1, "prep", "ADP", "on", "IN"), ("Twitter", 2, "pobj", "PROPN", "Twitter", "NNP"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    assert not _contested(build_doc(rows)[3])  # "comments she faced on Twitter"
    rows[2] = ("against", 1, "prep", "ADP", "against", "IN")
    assert _contested(build_doc(rows)[3])


@pytest.mark.slow
def test_a_dateline_sets_the_text_whatever_the_contest():
    text = ("TBILISI, Georgia -- Georgian police arrested several opposition members on Monday. "
            "The opposition has pressed President Mikheil Saakashvili since Georgia's defeat by "
            "Russia in a war last August. Party member Shota Utiashvili said the arrests were "
            "political.")
    assert _country(text, "Shota Utiashvili") == "GEO"
