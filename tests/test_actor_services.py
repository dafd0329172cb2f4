"""A local office named after the service it is ("Mansfield Police Department", "Henderson
County Sheriff's Department") is a police force, not a ministry; a US state's highway patrol and
its troopers are police."""

import pytest


def _actors(text: str) -> dict:
    import dyad

    return {a.name: a for a in dyad.analyze(text).actors}


@pytest.mark.slow
def test_a_police_department_is_police_and_a_department_of_transport_a_ministry():
    actors = _actors("A man was arrested on Monday by the Mansfield Police Department. The "
                     "Minnesota Department of Transportation closed the road.")
    assert actors["Mansfield Police Department"].sector[:1] == ("COP",)
    assert actors["Minnesota Department of Transportation"].sector[:1] == ("GOV",)


@pytest.mark.slow
def test_a_sheriffs_department_is_police():
    actors = _actors("The McLean County Sheriff's Department said the man was arrested on "
                     "Monday.")
    body = next(a for n, a in actors.items() if "Sheriff" in n and a.kind == "organization")
    assert body.sector[:1] == ("COP",)


@pytest.mark.slow
def test_a_highway_patrol_and_its_troopers_are_police():
    actors = _actors("Eight Florida Highway Patrol troopers were monitoring conditions on the "
                     "road, the Florida Highway Patrol said.")
    assert actors["Florida Highway Patrol"].sector[:1] == ("COP",)
    assert actors["Florida Highway Patrol troopers"].sector[:1] == ("COP",)


@pytest.mark.slow
def test_members_of_the_scottish_parliament_are_legislators_and_the_lords_the_house_of_lords():
    actors = _actors("MSPs are considering the reintroduction of passenger rail services. In 1999 "
                     "Labour removed all but 92 of the Lords' 750 hereditary peers.")
    assert actors["MSPs"].sector[:1] == ("LEG",)
    assert actors["House of Lords"].country == "GBR"
