"""Which actors that nothing else places take the country a text is set in."""

import pytest

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


def test_one_private_person_known_by_a_title_is_local_as_a_group_of_them_is():
    from dyad.nlp.home_country import local_people

    inmate = ActorInfo(id="a1", name="inmate", kind="person", sector=["CVL", "CRM"],
                       evidence="title 'inmate'")
    assert local_people(inmate) and local_people(_group("CVL"))
    named = ActorInfo(id="a2", name="Jane Roe", kind="person", sector=["CVL"],
                      evidence="named entity")
    assert not local_people(named)  # a named person is placed by other rules
    assert not local_people(ActorInfo(id="a3", name="migrant", kind="person", sector=["REF"],
                                      evidence="title 'migrant'"))


def test_an_unnamed_body_of_private_people_is_local_as_a_group_of_them_is():
    from dyad.nlp.home_country import local_people

    union = ActorInfo(id="a1", name="civil service union", kind="organization",
                      sector=["LAB"], evidence="role noun 'union'")
    assert local_people(union)
    named = ActorInfo(id="a2", name="Unite", kind="organization", sector=["LAB"],
                      evidence="named entity")
    assert not local_people(named)  # a named body is placed by other rules


@pytest.mark.slow
def test_an_unnamed_body_takes_the_country_of_a_text_set_in_one():
    import dyad

    rec = dyad.analyze("Cyclone Larry has wrecked banana farms in Queensland, Australia. The "
                       "building industry estimated the cost at billions of dollars.")
    industry = next(a for a in rec.actors if a.name.endswith("industry"))
    assert industry.country == "AUS"


@pytest.mark.slow
def test_a_private_person_a_state_sends_away_is_not_of_the_text():
    import dyad

    placed = dyad.analyze("Iranian police tortured an inmate to death in a prison in Iran.")
    inmate = next(a for a in placed.actors if a.name.endswith("inmate"))
    assert inmate.country == "IRN"
    sent = dyad.analyze("Authorities in the U.S. have deported a 95-year-old man on Friday.")
    man = next(a for a in sent.actors if a.name.endswith("man"))
    assert man.country is None


@pytest.mark.slow
def test_a_people_that_only_leads_a_body_keeps_it_in_the_texts_country():
    import dyad

    rec = dyad.analyze("Iraq's vice-president accused the Shia-led government of persecution.")
    government = next(a for a in rec.actors if a.name.endswith("government"))
    assert government.country == "IRQ"
    korean = dyad.analyze("Japan's prime minister said the Korean government had erred.")
    assert next(a for a in korean.actors if a.name.endswith("government")).country != "JPN"
