"""A person noun of no office capitalised inside a sentence is a word of a proper name ("Man
Utd", "the Scottish Executive"), not a title or a person; offices' titles, and any word that
opens its sentence, are capitalised anyway."""

import pytest
from conftest import build_doc

from dyad.nlp.actor_mentions import capitalised_common_role

PRIVATE = frozenset({"CVL"})


def _doc(words: list[str]):
    rows = [(w, 0, "dep", "PROPN" if w[:1].isupper() else "NOUN", w.lower()) for w in words]
    return build_doc(rows)


def test_a_capitalised_noun_for_anyone_inside_a_sentence_is_a_name_word():
    doc = _doc(["the", "board", "of", "Man", "Utd"])
    assert capitalised_common_role(doc[3], PRIVATE)
    assert capitalised_common_role(_doc(["the", "Scottish", "Executive"])[2],
                                   frozenset({"BUS"}))


def test_an_office_a_lower_case_noun_or_a_sentence_start_says_nothing():
    doc = _doc(["the", "board", "of", "Man", "Utd"])
    assert not capitalised_common_role(doc[3], frozenset({"GOV"}))  # "Prime Minister"
    assert not capitalised_common_role(doc[3], frozenset({"CVL", "GOV"}))
    assert not capitalised_common_role(_doc(["right", "man", "Archie"])[1], PRIVATE)
    assert not capitalised_common_role(_doc(["Man", "Utd", "won"])[0], PRIVATE)


@pytest.mark.slow
def test_a_capitalised_noun_for_anyone_names_no_person():
    import dyad

    rec = dyad.analyze("The board of Man Utd is expected to meet on Monday.")
    assert all(a.role != "man" for a in rec.actors)
    rec = dyad.analyze("Shares rose on Monday. The Scottish Executive said ministers would be "
                       "notified.")
    # (the dictionary knows it by its later name, the Scottish Government)
    body = next(a for a in rec.actors if a.name in ("Scottish Executive", "Scottish Government"))
    assert body.kind == "organization" and "BUS" not in body.sector
    # a business's title still names its holder: "the chief executive" is a person
    rec = dyad.analyze("Shares rose on Monday. The company's chief executive said sales fell.")
    assert any(a.kind == "person" and a.role == "chief executive" for a in rec.actors)
    # a capitalised title in apposition still names its holder
    rec = dyad.analyze("Earlier, David Rose, Chief Executive of Hereford Hospitals NHS Trust, "
                       "said patients were safe.")
    assert all(a.kind != "organization" or "Executive" not in a.name for a in rec.actors)


@pytest.mark.slow
def test_a_party_shared_by_countries_says_no_country_of_a_title():
    import dyad

    # "BNP" is Bangladesh's party too; the dictionary's Nick Griffin keeps his office
    rec = dyad.analyze("BNP leader Nick Griffin told the Independent he expected gains.")
    griffin = next(a for a in rec.actors if a.name == "Nick Griffin")
    assert griffin.country == "GBR"
