"""General causes of actor coding faults found on unlabelled news: a title owned by a town or
region, an acronym's plural, and the like."""

import pytest
from conftest import build_doc


def _actor(text, fragment):
    import dyad

    i = text.index(fragment)
    return next(a for a in dyad.analyze(text).actors
                if any(s <= i < e for s, e in a.mentions))


def test_an_acronyms_plural_takes_the_acronym_as_lemma():
    from dyad.nlp.actor_mentions import acronym_plurals

    doc = build_doc([("MPs", 1, "nsubj", "PROPN", "mps"), ("voted", 1, "ROOT", "VERB", "vote"),
                     ("on", 1, "prep", "ADP", "on"), ("IDs", 2, "pobj", "NOUN", "ids"),
                     ("Ms", 1, "dobj", "PROPN", "Ms"), ("NEWS", 1, "dobj", "NOUN", "news")])
    acronym_plurals(doc)
    assert [t.lemma_ for t in doc] == ["MP", "vote", "on", "ID", "Ms", "news"]


@pytest.mark.slow
def test_an_acronyms_plural_is_a_group_of_its_role():
    mps = _actor("Mr Cable told MPs about the plan on Tuesday.", "MPs")
    assert (mps.kind, tuple(mps.sector[:1])) == ("group", ("LEG",))


@pytest.mark.slow
def test_a_title_owned_by_a_town_or_region_is_a_person_of_its_country():
    minister = _actor("Scotland's justice minister has warned fans.", "justice")
    assert (minister.kind, minister.country, tuple(minister.sector[:1])) == ("person", "GBR", ("GOV",))
    chief = _actor("Lagos's police chief has warned traders.", "police chief")
    assert (chief.kind, chief.country, tuple(chief.sector[:1])) == ("person", "NGA", ("COP",))


@pytest.mark.slow
def test_private_people_are_civilian_groups_and_name_no_one_as_modifiers():
    import dyad

    killed = _actor("A suicide bomber in Mogadishu killed at least six people on Saturday.",
                    "people")
    assert (killed.kind, tuple(killed.sector)) == ("group", ("CVL",))
    creditors = _actor("The firm gained protection from creditors in 2003.", "creditors")
    assert tuple(creditors.sector[:1]) == ("BUS",)
    rec = dyad.analyze("Consumer spending fell as the parent company cut jobs.")
    assert not any(a.kind == "group" and "spending" in a.name for a in rec.actors)
    company = next(a for a in rec.actors if "company" in a.name)
    assert tuple(company.sector[:1]) == ("BUS",)


@pytest.mark.slow
def test_a_nations_people_is_one_group():
    import dyad

    rec = dyad.analyze("The Syrian people rejected the plan.")
    groups = [a for a in rec.actors if a.kind == "group"]
    assert [(a.country, tuple(a.sector)) for a in groups] == [("SYR", ("CVL",))]


@pytest.mark.slow
def test_a_colon_dateline_in_capitals_sets_the_text_in_its_country():
    assert _actor("ISLAMABAD: Police detained 20 protesters on Friday.", "Police").country == "PAK"
    assert _actor("NEW DELHI: Police detained 20 protesters on Friday.", "Police").country == "IND"
    assert _actor("Update: Police detained 20 protesters on Friday.", "Police").country is None


def test_a_demonym_and_the_name_it_titles_are_one_clue():
    from dyad.nlp.actor_countries import _phrase_head

    doc = build_doc([("Russian", 1, "amod", "ADJ", "russian"),
                     ("President", 3, "compound", "PROPN", "President"),
                     ("Vladimir", 3, "compound", "PROPN", "Vladimir"),
                     ("Putin", 4, "nsubj", "PROPN", "Putin"), ("met", 4, "ROOT", "VERB", "meet"),
                     ("Syrian", 6, "amod", "ADJ", "syrian"), ("troops", 4, "dobj", "NOUN", "troop")])
    assert _phrase_head(doc[0]).i == 3 and _phrase_head(doc[3]).i == 3
    assert _phrase_head(doc[5]).i == 6


@pytest.mark.slow
def test_a_leader_with_his_nationality_does_not_set_the_text_twice():
    # Russia once (the president and his nationality), the US once: no country leads, and the
    # troops sent home are not Russia's
    text = ("Russian President Vladimir Putin has welcomed US President Donald Trump's decision "
            "to send troops home from Syria.")
    assert _actor(text, "troops").country != "RUS"


@pytest.mark.slow
def test_a_demonym_in_lower_case_places_the_group_it_qualifies():
    text = "The strike went on until the palestinian authorities met the demands."
    assert _actor(text, "authorities").country == "PSE"


def test_a_lower_case_demonym_is_read_only_as_a_modifier_and_not_a_common_word():
    from dyad.knowledge import load_knowledge
    from dyad.nlp.actor_phrases import lower_demonym

    kb = load_knowledge(())
    doc = build_doc([("israeli", 1, "amod", "ADJ", "israeli"), ("troops", 1, "ROOT", "NOUN", "troop"),
                     ("polish", 3, "amod", "ADJ", "polish"), ("shoes", 1, "dobj", "NOUN", "shoe"),
                     ("Israeli", 5, "amod", "ADJ", "Israeli"), ("police", 1, "conj", "NOUN", "police")])
    assert [lower_demonym(kb, t) for t in doc] == ["ISR", None, None, None, None, None]


@pytest.mark.slow
def test_the_doer_after_by_sets_the_text_unless_what_it_did_is_acted_on():
    doer = ("Junior Doctors Association has warned that it will not end the strike till its "
            "demands are fulfilled by the Indian government.")
    assert _actor(doer, "Junior").country == "IND"
    aimed = "The Heads of State condemned the continuing threats made by the United States Government."
    assert _actor(aimed, "Heads").country is None
    backer = "Rebel fighters attacked the town, which was shelled by warplanes supported by Russia."
    assert _actor(backer, "Rebel").country is None


def test_a_capitalised_plural_of_a_role_noun_is_read_as_its_singular():
    from dyad.nlp.actor_mentions import role_lemma

    roles = {"minister": 1, "authority": 1, "witness": 1, "woman": 1}
    doc = build_doc([("Ministers", 5, "nsubj", "PROPN", "Ministers", "NNPS"),
                     ("Authorities", 5, "conj", "PROPN", "Authorities", "NNPS"),
                     ("Witnesses", 5, "conj", "PROPN", "Witnesses", "NNPS"),
                     ("Women", 5, "conj", "PROPN", "Women", "NNPS"),
                     ("Wales", 5, "conj", "PROPN", "Wales", "NNP"),
                     ("spoke", 5, "ROOT", "VERB", "speak", "VBD"),
                     ("Children", 5, "dobj", "PROPN", "Children", "NNPS")],
                    ents=["O", "O", "O", "O", "O", "O", "B-LAW"])
    assert [role_lemma(t, roles) for t in doc] == ["minister", "authority", "witness", "woman",
                                                   "wales", "speak", "children"]
    assert doc[0].lemma_ == "Ministers"  # the Doc keeps the model's lemma


@pytest.mark.slow
def test_a_plural_demonym_the_model_left_untagged_or_took_for_a_person_is_a_people():
    for text in ("The four Britons freed from US custody are expected to be allowed a visit.",
                 "The Britons were detained as part of the war on terror."):
        britons = _actor(text, "Britons")
        assert (britons.kind, britons.country, tuple(britons.sector)) == ("group", "GBR", ("CVL",))


@pytest.mark.slow
def test_who_leads_a_body_takes_the_bodys_sector_and_joins_the_name():
    text = "The chairman of the African Union Commission Moussa Faki Mahamat condemned the attacks."
    chair = _actor(text, "chairman")
    assert chair.name == "Moussa Faki Mahamat" and chair.sector[0] == "IGO"
    director = _actor("The director of the FBI told Congress the inquiry was open.", "director")
    assert (director.kind, director.country, director.sector[0]) == ("person", "USA", "COP")
    party = _actor("The party's chairman in Kenya resigned after the election.", "chairman")
    assert party.sector[0] == "PTY"


def test_a_surname_the_dictionarys_people_share_gives_their_shared_sector():
    from dyad.knowledge import load_knowledge

    kb = load_knowledge(())
    people = kb.surname_people("Clinton")
    assert {p.name for p in people} >= {"Bill Clinton", "Hillary Clinton"}
    assert kb.surname_countries("Clinton") == {"USA"}
    assert kb.surname_people("clinton") == []


def test_shared_sector_reads_each_persons_first_office():
    from dyad.knowledge import Entry, shared_sector

    def e(name, sector):
        return Entry(name=name, kind="person", country="USA", sector=sector)

    assert shared_sector([e("A B", ("GOV",)), e("C B", ("GOV",)), e("C B", ("LEG",))]) == "GOV"
    assert shared_sector([e("A B", ("GOV",)), e("C B", ("LEG",))]) is None
    assert shared_sector([e("A B", ())]) is None


@pytest.mark.slow
def test_a_bare_surname_takes_the_office_its_namesakes_share():
    clinton = _actor("Clinton has said he will not lift the embargo on Vietnam.", "Clinton")
    assert (clinton.country, tuple(clinton.sector[:1])) == ("USA", ("GOV",))


@pytest.mark.slow
def test_an_industry_is_business_and_the_countrys_is_the_texts_countrys():
    text = ("Textile workers in Haiti went on strike over working conditions in the country's "
            "export industry.")
    industry = _actor(text, "industry")
    assert (industry.kind, industry.country, tuple(industry.sector)) == (
        "organization", "HTI", ("BUS",))
    police = _actor("Thousands protested in Kenya on Friday as the country's police fired tear gas.",
                    "police")
    assert police.country == "KEN"


@pytest.mark.slow
def test_a_title_a_person_owns_takes_that_persons_country_and_sector_first():
    # written for this test: a director who serves a politician is no firm's director
    text = ("Barack Obama spoke in Ohio. Jane Roe, Obama's communications director, said "
            "the speech went well.")
    roe = _actor(text, "Jane Roe")
    assert (roe.country, tuple(roe.sector[:1]), roe.role) == ("USA", ("GOV",), "director")
    firm = _actor("Jane Roe, the director of Acme, said sales rose.", "Jane Roe")
    assert tuple(firm.sector[:1]) != ("GOV",)
