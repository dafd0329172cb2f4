"""Names the dictionary knows inside names it does not: one part of a double-barrelled name
("Valls" of "Navarro-Valls") and the surname of a person the text names in full ("Mayor Chuck
Blair … Blair said") are that person, not the dictionary's namesake, and no clue to where the
text is set."""

import pytest
from conftest import build_doc

from dyad.nlp.actor_mentions import hyphen_name_end, in_hyphen_name


def _doc(words: list[str]):
    rows = [(w, 0, "dep", "PROPN" if w[:1].isupper() else "PUNCT", w) for w in words]
    return build_doc(rows)


def test_a_part_of_a_double_barrelled_name_is_inside_it():
    doc = _doc(["Joaquin", "Navarro", "-", "Valls", "spoke"])
    assert in_hyphen_name(doc, 3, 4) and in_hyphen_name(doc, 1, 2)
    assert hyphen_name_end(doc, 0, 2) == 4  # the model's "Joaquin Navarro" runs on to "Valls"
    assert not in_hyphen_name(doc, 0, 1)


def test_a_prefix_before_a_hyphen_makes_no_double_barrelled_name():
    doc = _doc(["Anti", "-", "Putin", "rally"])
    assert not in_hyphen_name(doc, 2, 3)
    assert hyphen_name_end(doc, 2, 3) == 3


@pytest.mark.slow
def test_a_double_barrelled_name_is_one_person_and_no_namesake_of_its_part():
    import dyad

    rec = dyad.analyze("Spokesman Joaquin Navarro-Valls said the Pope was better.")
    people = [a for a in rec.actors if a.kind == "person"]
    assert "Joaquin Navarro-Valls" in [a.name for a in people]
    assert all(a.country != "FRA" for a in rec.actors)  # no Manuel Valls, so no French text


@pytest.mark.slow
def test_a_surname_alone_is_the_person_the_text_named_in_full():
    import dyad

    rec = dyad.analyze("East Bank Mayor Chuck Blair said Monday that he expects the road to "
                       "reopen. \"We are still trying,\" Blair said.")
    people = [a for a in rec.actors if a.kind == "person"]
    assert [a.name for a in people] == ["Chuck Blair"] and len(people[0].mentions) >= 2
    assert people[0].country is None  # Tony Blair's surname sets the text in no country
    both = dyad.analyze("Prime Minister Tony Blair met Mayor Chuck Blair. Blair said it was bad.")
    assert "Tony Blair" in [a.name for a in both.actors]  # the dictionary's person named in full


@pytest.mark.slow
def test_a_surname_alone_is_the_dictionary_person_the_text_named_in_full():
    import dyad

    # the dictionary gives "McConnell" alone to Mitch McConnell; the text named Jack McConnell
    rec = dyad.analyze("Scotland's First Minister Jack McConnell visited Glasgow on Monday. "
                       "Mr McConnell said the plan would help families.")
    people = [a for a in rec.actors if a.kind == "person"]
    assert [a.name for a in people] == ["Jack McConnell"] and len(people[0].mentions) == 2
    assert people[0].country == "GBR"
    # named in full, the dictionary's own person keeps the surname
    rec = dyad.analyze("Senator Mitch McConnell met reporters. McConnell said no.")
    people = [a for a in rec.actors if a.kind == "person"]
    assert [a.name for a in people] == ["Mitch McConnell"] and len(people[0].mentions) == 2


@pytest.mark.slow
def test_a_title_of_another_country_says_a_name_is_not_the_dictionarys_person():
    import dyad

    # "Michael Martin" spells the name of Ireland's taoiseach, but the Commons is Britain's
    rec = dyad.analyze("Commons Speaker Michael Martin said the rules would change.",
                       published="2005-06-01")
    martin = next(a for a in rec.actors if a.name == "Michael Martin")
    assert martin.country == "GBR" and martin.role != "taoiseach"
    # a title of the person's own country keeps the dictionary's person
    rec = dyad.analyze("Irish Prime Minister Micheal Martin said the rules would change.")
    martin = next(a for a in rec.actors if a.kind == "person")
    assert (martin.country, martin.role) == ("IRL", "taoiseach")
