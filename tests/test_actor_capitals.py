"""A capital that acts stands for its state, the capitals news of the 1990s used included ("Bonn",
"Rangoon") and the city news uses for a state whose capital it does not name ("Tel Aviv"); where
something merely happens there it is a place."""

import pytest


def _countries(text):
    import dyad

    return {a.country for a in dyad.analyze(text).actors if a.kind == "country"}


@pytest.mark.slow
@pytest.mark.parametrize("text,iso3", [
    ("Bonn rejected the proposal on Monday.", "DEU"),
    ("Rangoon rejected the proposal.", "MMR"),
    ("Tel Aviv and Washington agreed to resume talks.", "ISR"),
])
def test_a_capital_that_acts_is_its_state(text, iso3):
    assert iso3 in _countries(text)


@pytest.mark.slow
def test_a_capital_where_something_happens_is_a_place():
    assert _countries("The summit in Bonn ended on Friday.") == set()


@pytest.mark.slow
def test_a_capital_acting_under_its_description_is_its_country():
    import dyad

    rec = dyad.analyze("Pltavchenko cancelled a planned visit to Montevideo after the Uruguayan "
                       "capital withdrew its plan to honor him as an illustrious citizen.")
    assert any(a.country == "URY" and any(rec.text[s:e] == "Montevideo" for s, e in a.mentions)
               for a in rec.actors)
    place = dyad.analyze("He flew to Montevideo, the Uruguayan capital.")
    assert not any(a.kind == "country" for a in place.actors)  # a place where no one acts
