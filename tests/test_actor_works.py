"""Names that are no actor (titles of works and products, awards and events) and bands the model
takes for people (``dyad.nlp.actor_works``, ``data/works.csv``)."""

import pytest


def _actors(text: str) -> dict:
    import dyad

    return {a.name: a for a in dyad.analyze(text).actors if a.kind in ("person", "organization")}


@pytest.mark.slow
def test_a_title_after_a_work_noun_is_no_actor():
    actors = _actors("The UK's Andrea Arnold won the short film award for her gritty drama Wasp. "
                     "Vin Diesel's family comedy The Pacifier fell to the number two spot.")
    assert "Andrea Arnold" in actors and "Vin Diesel" in actors
    assert not any("Wasp" in n or "Pacifier" in n for n in actors)


@pytest.mark.slow
def test_titles_listed_after_a_work_noun_or_described_after_are_no_actors():
    actors = _actors("He was nominated for such films as Raging Bull and Goodfellas. "
                     "Counter-Strike, by far the most popular online game, pits teams against "
                     "each other.")
    assert not actors


@pytest.mark.slow
def test_the_words_of_a_title_make_no_group():
    actors = _actors("Britain's Rod Stewart introduced Percy Sledge, citing his best-known hit "
                     "When a Man Loves a Woman as one of the best performances.")
    assert set(actors) == {"Rod Stewart", "Percy Sledge"}


@pytest.mark.slow
def test_awards_and_their_ceremonies_are_no_actors():
    actors = _actors("The film won the Audience Award, and is the favourite at this year's "
                     "Oscars and at the Orange British Academy Film Awards.")
    assert not actors


@pytest.mark.slow
def test_a_person_a_work_noun_stands_before_in_a_relative_clause_stays():
    actors = _actors("The film Tom Cruise made last year was a hit.")
    assert actors["Tom Cruise"].kind == "person"


@pytest.mark.slow
def test_a_maker_or_owner_of_a_work_stays_an_actor():
    actors = _actors("The institute hailed Mel Gibson's biblical epic and Michael Moore's "
                     "political documentary. She found that elusive track by Elvis Presley.")
    assert {"Mel Gibson", "Michael Moore", "Elvis Presley"} <= set(actors)


@pytest.mark.slow
def test_a_band_is_an_organisation_not_a_person():
    actors = _actors("The band Travis will release a new album in May, singer Fran Healy said. "
                     "Keane singer Tom Chaplin said the band was delighted.")
    assert actors["Travis"].kind == "organization" and actors["Keane"].kind == "organization"
    assert actors["Fran Healy"].kind == "person" and actors["Tom Chaplin"].kind == "person"


def test_works_file_has_known_kinds():
    from dyad.nlp.actor_works import work_words

    words = work_words()
    assert set(words) == {"work", "product", "head", "award", "band", "member"}
    assert "film" in words["work"] and "awards" in words["head"] and "frontman" in words["member"]
