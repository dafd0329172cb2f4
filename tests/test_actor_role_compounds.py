"""A role noun with the word before it names another kind of people than the noun alone: an
airline's cabin crew are its workers, not a ship's crew of civilians; a scout troop is no army's."""

import pytest


def _groups(text: str) -> list:
    import dyad

    return [a for a in dyad.analyze(text).actors if a.kind == "group"]


@pytest.mark.slow
def test_an_airlines_cabin_crew_are_its_workers():
    crew = _groups("British Airways cabin crew voted to strike over pay.")[0]
    assert crew.sector[0] == "LAB" and crew.country == "GBR"


@pytest.mark.slow
def test_a_scout_troop_is_no_military():
    groups = _groups("Members of a local Boy Scout troop cleaned the park in Ohio.")
    assert groups and not any("MIL" in g.sector for g in groups)
