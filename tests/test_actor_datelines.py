"""The town and state of a dateline name no one, however the model tagged them."""

import pytest


@pytest.mark.slow
def test_a_datelines_town_and_state_are_no_actors():
    import dyad

    for text in (("EDMONTON, Ky (WBKO) -- One of the biggest fires in Metcalfe County history, "
                 "now becoming clearer to the community and investigators."),
                 "Edmonton, Ky (WBKO) -- One of the biggest fires in Metcalfe County history."):
        names = [a.name for a in dyad.analyze(text).actors]
        assert "Ky" not in names and "EDMONTON" not in names
    # an agency after the dateline's town is still a body
    rec = dyad.analyze("Tehran, March 15, IRNA - Iran said no.")
    assert "Islamic Republic News Agency" in [a.name for a in rec.actors]
