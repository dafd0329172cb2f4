"""Which actors that nothing else places take the country a text is set in."""

from dyad.nlp.actors import ActorInfo, ActorSet
from dyad.nlp.home_country import domestic


def _group(*sector: str) -> ActorInfo:
    return ActorInfo(id="a1", name="x", kind="group", sector=list(sector), evidence="role noun")


def test_an_opposition_that_is_also_civil_society_is_its_own_country_s():
    out = ActorSet()
    assert domestic(_group("OPP", "NGO"), out)  # "activists"
    assert not domestic(_group("NGO"), out)  # "aid groups"
    assert not domestic(_group("NGO", "HRI"), out)  # "rights groups"
    assert not domestic(_group("GOV", "IGO"), out)  # "UN officials"
