"""Roads, parks and natural features named after people are no people, no bodies and no clue to
where a text is set ("Francis Street", "Haddad Riverfront Park", "the Salinas Valley"); a body
the dictionary knows by such a name is still that body ("Downing Street")."""

import pytest
from conftest import build_doc

from dyad.nlp.actor_roads import road_name


def _doc(words: list[str]):
    return build_doc([(w, 0, "dep", "PROPN", w) for w in words])


def test_a_name_ending_in_or_followed_by_a_road_word_is_a_road():
    doc = _doc(["Crash", "on", "Francis", "Street", "near", "Haddad", "Riverfront", "Park"])
    assert road_name(doc, 2, 4)  # "Francis Street"
    assert road_name(doc, 2, 3)  # "Francis" of it
    assert road_name(doc, 5, 6)  # "Haddad" of "Haddad Riverfront Park"
    assert not road_name(doc, 0, 1)
    herman = _doc(["between", "First", "and", "Herman", "streets"])
    assert road_name(herman, 3, 4)


def test_a_lone_word_before_a_road_word_needs_the_road_word_after_it():
    doc = _doc(["Mr", "Park", "said", "so"])
    assert not road_name(doc, 1, 2)  # "Park" alone is a surname


def test_a_road_word_that_is_a_surname_ends_a_road_only_where_something_is_on_it():
    actor = _doc(["starring", "Nathan", "Lane", "and", "Lee", "Evans"])
    assert not road_name(actor, 1, 3)  # the actor Nathan Lane
    assert road_name(_doc(["lives", "on", "Jay", "Lane"]), 2, 4)
    assert road_name(_doc(["the", "500", "block", "of", "Lou", "Lane"]), 4, 6)


@pytest.mark.slow
def test_no_person_nor_setting_comes_from_a_road_named_after_one():
    import dyad

    rec = dyad.analyze("Traffic was closed between First and Herman streets. The crash happened "
                       "on Francis Street. Volunteers met at Haddad Riverfront Park.")
    assert [a for a in rec.actors if a.kind == "person"] == []
    assert all(a.country is None for a in rec.actors)  # Fernando Haddad's Brazil is not named
    valley = dyad.analyze("The spinach had been traced to the Salinas Valley region of California.")
    assert not any(a.kind == "person" for a in valley.actors)
    downing = dyad.analyze("Downing Street said the talks failed.")
    assert [a.code for a in downing.actors if a.name == "Downing Street"] == ["GBRGOV"]


@pytest.mark.slow
def test_a_body_named_after_a_person_the_text_names_is_not_placed_by_a_namesake_town():
    import dyad

    rec = dyad.analyze("\"It was ten minutes later,\" said Dr. Harold Garcia, from the Garcia "
                       "Memorial Provincial Hospital.")
    hospital = next(a for a in rec.actors if a.name.endswith("Hospital"))
    assert hospital.country is None  # not García, Nuevo León
