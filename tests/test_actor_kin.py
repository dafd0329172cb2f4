"""Kin are people of their own: "the son of former Prime Minister X" is a private person of X's
country, neither X nor a former office holder; a two-word title before the relative's name
("Prime Minister") does not make the kin noun the relative."""

import pytest


def _actor(text, fragment):
    import dyad

    i = text.index(fragment)
    return next((a for a in dyad.analyze(text).actors
                 if any(s <= i < e for s, e in a.mentions)), None)


@pytest.mark.slow
def test_kin_of_a_titled_person_are_a_private_person_of_their_country():
    text = ("A court has ordered the son of former Prime Minister Vladimir Filat to hand over "
            "$650 million.")
    son = _actor(text, "son")
    assert (son.kind, son.country, son.sector[0]) == ("person", "MDA", "CVL")
    assert son.name != "Vladimir Filat"
    father = _actor("The father of Prime Minister Imran Khan said he was proud.", "father")
    assert (father.name, father.country, father.sector[0]) == ("father", "PAK", "CVL")


def test_a_word_of_a_two_word_title_is_a_title_word():
    from conftest import build_doc

    from dyad.knowledge import load_knowledge
    from dyad.nlp.actor_mentions import _title_word

    doc = build_doc([("Prime", 1, "compound", "PROPN", "Prime"),
                     ("Minister", 2, "compound", "PROPN", "Minister"),
                     ("Khan", 2, "ROOT", "PROPN", "Khan"), ("Rome", 2, "npadvmod", "PROPN", "Rome")])
    kb = load_knowledge()
    assert _title_word(kb, doc[0]) and _title_word(kb, doc[1])
    assert not _title_word(kb, doc[3])
