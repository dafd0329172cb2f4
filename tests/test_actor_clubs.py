"""Football clubs are bodies, not people ("Chelsea beat Arsenal"), but a club's name that is a
given name of a person the text names in full is that person ("Chelsea Clinton … Chelsea said");
a faith's full name at the head of a body's is no town ("Roman Catholic" is not Roman, Romania)."""

import pytest


def _actors(text: str, published: str | None = None) -> list:
    import dyad

    return dyad.analyze(text, published=published).actors


@pytest.mark.slow
def test_clubs_named_alone_are_organisations():
    actors = _actors("Chelsea beat Arsenal 2-1 on Saturday. Jose Mourinho said Chelsea deserved "
                     "the win.")
    clubs = {a.name: a for a in actors if a.kind == "organization"}
    assert {"Chelsea Football Club", "Arsenal Football Club"} <= set(clubs)
    assert clubs["Chelsea Football Club"].country == "GBR"
    assert not any(a.kind == "person" and a.name in ("Chelsea", "Arsenal") for a in actors)


@pytest.mark.slow
def test_a_club_name_that_is_a_named_persons_given_name_is_that_person():
    actors = _actors("Chelsea Clinton spoke at the event. Chelsea said she was proud of her "
                     "mother.")
    assert not any(a.kind == "organization" for a in actors)
    chelsea = next(a for a in actors if a.name == "Chelsea Clinton")
    assert len(chelsea.mentions) >= 2
    assert chelsea.country != "GBR"  # the club's country is no clue to where the text is set


@pytest.mark.slow
def test_a_faiths_full_name_heading_a_body_is_no_town():
    actors = _actors("The Roman Catholic Archbishop has criticised the plans.")
    body = next(a for a in actors if a.name.startswith("Roman Catholic"))
    assert body.country != "ROU"
    assert "REL" in body.sector
