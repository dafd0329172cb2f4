"""Football clubs are bodies, not people ("Chelsea FC beat Arsenal"), a club named as its town
is the town's ("Chelsea, Mass."), and a club's name that is a given name of a person the text
names in full is that person ("Chelsea Clinton … Chelsea said");
a faith's full name at the head of a body's is no town ("Roman Catholic" is not Roman, Romania)."""

import pytest


def _actors(text: str, published: str | None = None, actors_files=()) -> list:
    import dyad

    return dyad.analyze(text, published=published, actors_files=actors_files).actors


@pytest.mark.slow
def test_clubs_named_alone_are_organisations():
    actors = _actors("Chelsea FC beat Arsenal 2-1 on Saturday. Arsene Wenger said Arsenal "
                     "deserved more.")
    clubs = {a.name: a for a in actors if a.kind == "organization"}
    assert {"Chelsea Football Club", "Arsenal Football Club"} <= set(clubs)
    assert clubs["Arsenal Football Club"].country == "GBR"
    assert not any(a.kind == "person" and a.name in ("Chelsea FC", "Arsenal") for a in actors)


@pytest.mark.slow
def test_a_club_named_as_its_town_is_no_clue_in_that_towns_news():
    # Chelsea is a London district and a Massachusetts city: the bare name stays the place's
    actors = _actors("CHELSEA, Mass. (AP) - Chelsea police arrested a man on Friday after a "
                     "stabbing on Broadway.\n\nChelsea Police Chief Brian Kyes said the victim "
                     "was taken to Massachusetts General Hospital.")
    assert not any(a.name == "Chelsea Football Club" for a in actors)
    assert next(a for a in actors if a.name == "Brian Kyes").country == "USA"


@pytest.mark.slow
def test_a_club_name_that_is_a_named_persons_given_name_is_that_person(tmp_path):
    # a user's file may name the club by the word alone, as sports desks do
    clubs = tmp_path / "clubs.csv"
    clubs.write_text("name,aliases,kind,country,sector,code\n"
                     "Chelsea Football Club,Chelsea,organization,GBR,BUS,\n", encoding="utf-8")
    assert any(a.name == "Chelsea Football Club" for a in _actors(
        "Chelsea beat Arsenal 2-1 on Saturday. Jose Mourinho said Chelsea deserved the win.",
        actors_files=[str(clubs)]))
    actors = _actors("Chelsea Clinton spoke at the event. Chelsea said she was proud of her "
                     "mother.", actors_files=[str(clubs)])
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
