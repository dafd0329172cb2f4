"""What a title says of its holder: a self-proclaimed one is of the opposition, not the
government; a candidate for an office does not hold it (the title nearest the name wins:
"senatorial candidate" is PTY, not LEG); the president's own lawyer is of the government
(roles.csv's "White House counsel": GOV, not the JUD of a counsel)."""

import pytest


def _person(text):
    import dyad

    return next(a for a in dyad.analyze(text).actors if a.kind == "person")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The court dismissed the protest filed by losing senatorial candidate Jane Roe.",
    "Gubernatorial candidate Jane Roe conceded on Tuesday.",
])
def test_a_candidate_for_an_office_is_of_a_party_not_the_office(text):
    assert _person(text).sector[0] == "PTY"


@pytest.mark.slow
def test_the_white_house_counsel_is_of_the_government():
    counsel = _person("White House counsel Jane Roe rejected the subpoena.")
    assert (counsel.country, counsel.sector[0]) == ("USA", "GOV")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Venezuela's self-proclaimed interim president called for protests.",
    "Bolivia's self-declared president called for new elections.",
])
def test_a_self_proclaimed_office_holder_is_of_the_opposition(text):
    claimant = _person(text)
    assert claimant.sector[0] == "OPP"
    assert "GOV" not in claimant.sector


@pytest.mark.slow
def test_an_office_holder_not_self_proclaimed_keeps_the_office():
    assert _person("Bolivia's interim president called for new elections.").sector[0] == "GOV"


def test_a_title_outside_public_office_says_a_namesake_not_the_dictionarys_minister():
    from conftest import build_doc

    from dyad.knowledge import load_knowledge
    from dyad.nlp.actors import find_actors

    def johnston(title_rows, title_ents):
        n = len(title_rows)
        rows = title_rows + [("David", n + 1, "compound", "PROPN", "David", "NNP"),
                             ("Johnston", n + 2, "nsubj", "PROPN", "Johnston", "NNP"),
                             ("spoke", n + 2, "ROOT", "VERB", "speak", "VBD"),
                             (".", n + 2, "punct", "PUNCT", ".", ".")]
        doc = build_doc(rows, title_ents + ["B-PERSON", "I-PERSON", "O", "O"])
        return find_actors(doc, load_knowledge(), published="2014-01-01").at(doc[n + 1])

    # "Lyric chairman David Johnston spoke.": a theatre's chairman, of no country the text gives
    a = johnston([("Lyric", 1, "compound", "PROPN", "Lyric", "NNP"),
                  ("chairman", 3, "compound", "NOUN", "chairman", "NN")], ["O", "O"])
    assert a.country is None and "GOV" not in a.sector
    # "Defence Minister David Johnston spoke.": the dictionary's minister
    a = johnston([("Defence", 1, "compound", "PROPN", "Defence", "NNP"),
                  ("Minister", 3, "compound", "PROPN", "Minister", "NNP")], ["O", "O"])
    assert a.country == "AUS"
