"""The words around a name that say who someone is, on hand-built Docs with the built-in dictionary:
descriptions of bodies, titled names the model took for bodies, the sector a speaker takes from the
body it speaks for, US party-state labels, place names inside titles, and offices of the text's
country."""

import pytest
from conftest import build_doc

from dyad.knowledge import load_knowledge
from dyad.nlp.actors import find_actors


@pytest.fixture(scope="module")
def places():
    from dyad.nlp.gazetteer import load_gazetteer

    return load_gazetteer()


def by_name(actors):
    return {a.name: a for a in actors.actors}


def at(text, fragment):
    """The first actor ``dyad.analyze`` finds in ``text`` with a mention holding ``fragment``'s
    first character; None if there is none."""
    import dyad

    i = text.index(fragment)
    return next((a for a in dyad.analyze(text).actors
                 if any(s <= i < e for s, e in a.mentions)), None)


def test_apposition_saying_what_a_body_is_gives_its_country_and_sector():
    rows = [("Acme", 1, "compound", "PROPN", "Acme", "NNP"),
            ("Holdings", 8, "nsubj", "PROPN", "Holdings", "NNP"),
            (",", 1, "punct", "PUNCT", ",", ","), ("a", 6, "det", "DET", "a", "DT"),
            ("Nigerian", 6, "amod", "ADJ", "nigerian", "JJ"),
            ("oil", 6, "compound", "NOUN", "oil", "NN"),
            ("company", 1, "appos", "NOUN", "company", "NN"),
            (",", 1, "punct", "PUNCT", ",", ","), ("said", 8, "ROOT", "VERB", "say", "VBD"),
            (".", 8, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-ORG", "I-ORG", "O", "O", "B-NORP", "O", "O", "O", "O", "O"])
    acme = by_name(find_actors(doc, load_knowledge()))["Acme Holdings"]
    assert (acme.kind, acme.country, acme.sector[0]) == ("organization", "NGA", "BUS")


def test_title_before_a_body_describes_it_and_belongs_to_its_mention():
    rows = [("Indian", 1, "amod", "ADJ", "indian", "JJ"),
            ("telecoms", 2, "compound", "NOUN", "telecom", "NNS"),
            ("firm", 4, "compound", "NOUN", "firm", "NN"),
            ("Acme", 4, "compound", "PROPN", "Acme", "NNP"),
            ("Holdings", 5, "nsubj", "PROPN", "Holdings", "NNP"),
            ("said", 5, "ROOT", "VERB", "say", "VBD"), (".", 5, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-NORP", "O", "O", "B-ORG", "I-ORG", "O", "O"])
    actors = find_actors(doc, load_knowledge())
    acme = by_name(actors)["Acme Holdings"]
    assert (acme.country, acme.sector[0]) == ("IND", "BUS")
    assert acme.mentions == [(0, 3), (3, 5)]
    assert actors.at(doc[2]) is acme  # no second actor for "firm"


def test_a_titled_name_the_model_took_for_a_body_is_a_person():
    rows = [("Cuban", 1, "amod", "ADJ", "cuban", "JJ"),
            ("Parliament", 2, "compound", "PROPN", "Parliament", "NNP"),
            ("President", 4, "compound", "PROPN", "President", "NNP"),
            ("Esteban", 4, "compound", "PROPN", "Esteban", "NNP"),
            ("Lazo", 5, "nsubj", "PROPN", "Lazo", "NNP"),
            ("spoke", 5, "ROOT", "VERB", "speak", "VBD"), (".", 5, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "O", "O"])
    lazo = by_name(find_actors(doc, load_knowledge()))["Esteban Lazo"]
    assert (lazo.kind, lazo.country, lazo.role) == ("person", "CUB", "president")

    rows = [("Dr", 2, "compound", "PROPN", "Dr", "NNP"),
            ("Ada", 2, "compound", "PROPN", "Ada", "NNP"),
            ("Obi", 3, "nsubj", "PROPN", "Obi", "NNP"),
            ("spoke", 3, "ROOT", "VERB", "speak", "VBD"), (".", 3, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-ORG", "I-ORG", "I-ORG", "O", "O"])
    assert by_name(find_actors(doc, load_knowledge()))["Ada Obi"].kind == "person"

    rows = [("Acme", 1, "compound", "PROPN", "Acme", "NNP"),
            ("Holdings", 2, "nsubj", "PROPN", "Holdings", "NNP"),
            ("spoke", 2, "ROOT", "VERB", "speak", "VBD"), (".", 2, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-ORG", "I-ORG", "O", "O"])
    assert by_name(find_actors(doc, load_knowledge()))["Acme Holdings"].kind == "organization"


def _general(first: str):
    rows = [("General", 2, "compound", "PROPN", "General", "NNP"),
            (first, 2, "compound", "PROPN", first, "NNP"),
            ("Bajwa", 3, "nsubj", "PROPN", "Bajwa", "NNP"),
            ("spoke", 3, "ROOT", "VERB", "speak", "VBD"), (".", 3, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["O", "B-PERSON", "I-PERSON", "O", "O"])
    return by_name(find_actors(doc, load_knowledge(), published="2019-05-01"))[f"{first} Bajwa"]


def test_a_name_without_its_middle_name_is_the_dictionary_person():
    bajwa = _general("Qamar")  # Qamar Javed Bajwa, army chief 2016-2022
    assert (bajwa.country, bajwa.sector[0]) == ("PAK", "MIL")
    assert _general("Hunter").country is None  # same surname, another first name


def _party_state(state: str, places):
    rows = [("Debbie", 1, "compound", "PROPN", "Debbie", "NNP"),
            ("Stabenow", 7, "nsubj", "PROPN", "Stabenow", "NNP"),
            ("(", 1, "punct", "PUNCT", "(", "-LRB-"), ("D", 5, "compound", "PROPN", "D", "NNP"),
            ("-", 5, "punct", "PUNCT", "-", "HYPH"), (state, 1, "appos", "PROPN", state, "NNP"),
            (")", 1, "punct", "PUNCT", ")", "-RRB-"), ("said", 7, "ROOT", "VERB", "say", "VBD"),
            (".", 7, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O"])
    return by_name(find_actors(doc, load_knowledge(), places=places))["Debbie Stabenow"]


def test_us_party_and_state_after_a_name_place_the_politician(places):
    assert _party_state("Mich.", places).country == "USA"
    assert _party_state("Zzyzzx", places).country is None


def _spokesman(body: str, ent: str, places=None):
    rows = [(body, 1, "compound", "PROPN", body.lower(), "NNP"),
            ("spokesman", 3, "compound", "NOUN", "spokesman", "NN"),
            ("Joe", 3, "compound", "PROPN", "Joe", "NNP"),
            ("Bloggs", 4, "nsubj", "PROPN", "Bloggs", "NNP"),
            ("spoke", 4, "ROOT", "VERB", "speak", "VBD"), (".", 4, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, [ent, "O", "B-PERSON", "I-PERSON", "O", "O"])
    return by_name(find_actors(doc, load_knowledge(), places=places))["Joe Bloggs"]


def test_a_spokesman_takes_the_sector_of_the_body_he_speaks_for(places):
    rebel = _spokesman("Rebel", "O")
    assert (rebel.role, rebel.sector[:2]) == ("spokesman", ["REB", "GOV"])
    hamas = _spokesman("Hamas", "B-ORG", places)
    # a body the dictionary knows gives its own country, not that of a town spelt like it
    assert (hamas.country, hamas.sector[0]) == ("PSE", "REB")


def test_words_for_kinds_of_places_place_nothing_and_a_whole_place_name_does(places):
    rows = [("The", 2, "det", "DET", "the", "DT"), ("City", 2, "compound", "PROPN", "City", "NNP"),
            ("Court", 3, "nsubj", "PROPN", "Court", "NNP"), ("ruled", 3, "ROOT", "VERB", "rule", "VBD"),
            (".", 3, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["O", "B-ORG", "I-ORG", "O", "O"])
    assert find_actors(doc, load_knowledge(), places=places).at(doc[1]).country is None

    rows = [("The", 4, "det", "DET", "the", "DT"), ("New", 3, "compound", "PROPN", "New", "NNP"),
            ("South", 3, "compound", "PROPN", "South", "NNP"),
            ("Wales", 4, "compound", "PROPN", "Wales", "NNP"),
            ("government", 5, "nsubj", "NOUN", "government", "NN"),
            ("agreed", 5, "ROOT", "VERB", "agree", "VBD"), (".", 5, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["O"] * 7)
    assert find_actors(doc, load_knowledge(), places=places).at(doc[4]).country == "AUS"


def _arrest(subject: list[tuple], ents: list[str]):
    n = len(subject)
    rows = subject + [("arrested", n, "ROOT", "VERB", "arrest", "VBD"),
                      ("opposition", n + 2, "compound", "NOUN", "opposition", "NN"),
                      ("leader", n + 4, "compound", "NOUN", "leader", "NN"),
                      ("Joe", n + 4, "compound", "PROPN", "Joe", "NNP"),
                      ("Bloggs", n, "dobj", "PROPN", "Bloggs", "NNP"),
                      (".", n, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ents + ["O", "O", "O", "B-PERSON", "I-PERSON", "O"])
    return by_name(find_actors(doc, load_knowledge()))["Joe Bloggs"]


def test_an_opposition_leader_takes_the_one_country_the_text_names_and_no_guess():
    kenyan = [("Kenyan", 1, "amod", "ADJ", "kenyan", "JJ"),
              ("police", 2, "nsubj", "NOUN", "police", "NNS")]
    bloggs = _arrest(kenyan, ["B-NORP", "O"])
    assert (bloggs.country, bloggs.sector[0]) == ("KEN", "OPP")
    assert _arrest([("Police", 1, "nsubj", "NOUN", "police", "NNS")], ["O"]).country is None


def test_the_country_s_title_is_the_text_s_country_and_a_country_name_owns_a_body(places):
    kenya = [("Kenya", 1, "nsubj", "PROPN", "Kenya", "NNP"),
             ("protested", 1, "ROOT", "VERB", "protest", "VBD"), (".", 1, "punct", "PUNCT", ".", ".")]
    minister = [("The", 4, "det", "DET", "the", "DT"), ("country", 9, "poss", "NOUN", "country", "NN"),
                ("'s", 4, "case", "PART", "'s", "POS"), ("foreign", 7, "amod", "ADJ", "foreign", "JJ"),
                ("minister", 9, "compound", "NOUN", "minister", "NN"),
                ("Joe", 9, "compound", "PROPN", "Joe", "NNP"),
                ("Bloggs", 10, "nsubj", "PROPN", "Bloggs", "NNP"),
                ("resigned", 10, "ROOT", "VERB", "resign", "VBD"), (".", 10, "punct", "PUNCT", ".", ".")]
    ents = ["O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    doc = build_doc(kenya + minister, ["B-GPE", "O", "O"] + ents)
    actors = find_actors(doc, load_knowledge(), places=places)
    assert by_name(actors)["Joe Bloggs"].country == "KEN"
    alone = [(w, h - 3, d, p, lemma, tag) for w, h, d, p, lemma, tag in minister]
    doc = build_doc(alone, ents)
    assert by_name(find_actors(doc, load_knowledge(), places=places))["Joe Bloggs"].country is None

    rows = [("U.S.", 2, "compound", "PROPN", "U.S.", "NNP"),
            ("Acme", 2, "compound", "PROPN", "Acme", "NNP"),
            ("Council", 3, "nsubj", "PROPN", "Council", "NNP"),
            ("said", 3, "ROOT", "VERB", "say", "VBD"), (".", 3, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-GPE", "B-ORG", "I-ORG", "O", "O"])
    assert by_name(find_actors(doc, load_knowledge()))["Acme Council"].country == "USA"


def test_an_office_named_by_its_title_alone_is_a_person_but_a_bare_spokesman_is_not():
    rows = [("The", 2, "det", "DET", "the", "DT"), ("prime", 2, "amod", "ADJ", "prime", "JJ"),
            ("minister", 3, "nsubj", "NOUN", "minister", "NN"),
            ("resigned", 3, "ROOT", "VERB", "resign", "VBD"), (".", 3, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["O"] * 5)
    pm = find_actors(doc, load_knowledge()).at(doc[2])
    assert (pm.kind, pm.country, pm.sector, pm.role) == ("person", None, ["GOV"], "prime minister")
    rows = [("The", 1, "det", "DET", "the", "DT"),
            ("spokesman", 2, "nsubj", "NOUN", "spokesman", "NN"),
            ("resigned", 2, "ROOT", "VERB", "resign", "VBD"), (".", 2, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["O"] * 4)
    assert find_actors(doc, load_knowledge()).at(doc[1]) is None  # the quotes say whose it is


@pytest.mark.slow
def test_a_relative_clause_naming_an_office_places_the_person_and_one_naming_an_act_does_not():
    text = "Joe Bloggs, who leads Nigeria's electoral commission, said the vote would go ahead."
    bloggs = at(text, "Bloggs")
    assert (bloggs.country, bloggs.sector[0]) == ("NGA", "GOV")
    text = "Joe Bloggs, who is Kenya's interior minister, said the vote would go ahead."
    assert at(text, "Bloggs").country == "KEN"
    # meeting someone's minister says nothing of whose the person is
    text = "Joe Bloggs, who met Russia's foreign minister, said the talks went well."
    assert at(text, "Bloggs").country is None


@pytest.mark.slow
def test_a_region_named_like_a_country_is_not_that_country():
    text = "New Mexico's chief justice defended state judges."
    mexico = at(text, "Mexico")  # inside the justice's mention, and no country of its own
    assert at(text, "chief justice").country == "USA" and (mexico is None or mexico.kind != "country")
    text = "Northern Ireland's First Minister condemned the attack."
    assert at(text, "First Minister").country == "GBR"
    text = "Georgia Governor Joe Bloggs signed the bill."
    assert at(text, "Bloggs").country == "USA"
    text = "ATLANTA -- Georgia election officials rejected the claims."
    assert at(text, "officials").country == "USA"
    text = "Georgia's president accused Russia of aggression."  # the country, in any other text
    assert at(text, "president").country == "GEO"


@pytest.mark.slow
def test_the_country_an_envoy_is_sent_to_is_not_the_envoy_s():
    import dyad

    def person(text):
        return next(a for a in dyad.analyze(text).actors if a.kind == "person")

    un = person("The UN special envoy for Yemen, Joe Bloggs, arrived in Sanaa.")
    assert (un.country, un.sector[0]) == (None, "IGO")
    assert person("The U.N. envoy to Libya, Joe Bloggs, said talks would resume.").country is None
    assert person("The U.S. ambassador to Israel, Joe Bloggs, said talks would resume.").country == "USA"


def test_an_office_named_by_its_title_alone_is_the_holder_named_before_of_a_fitting_country():
    rows = [("Indian", 1, "amod", "ADJ", "indian", "JJ"),
            ("Prime", 2, "compound", "PROPN", "Prime", "NNP"),
            ("Minister", 4, "compound", "PROPN", "Minister", "NNP"),
            ("Jane", 4, "compound", "PROPN", "Jane", "NNP"),
            ("Roe", 5, "nsubj", "PROPN", "Roe", "NNP"),
            ("resigned", 5, "ROOT", "VERB", "resign", "VBD"), (".", 5, "punct", "PUNCT", ".", "."),
            ("The", 9, "det", "DET", "the", "DT"), ("prime", 9, "amod", "ADJ", "prime", "JJ"),
            ("minister", 10, "nsubj", "NOUN", "minister", "NN"),
            ("left", 10, "ROOT", "VERB", "leave", "VBD"), (".", 10, "punct", "PUNCT", ".", "."),
            ("The", 15, "det", "DET", "the", "DT"),
            ("British", 15, "amod", "ADJ", "british", "JJ"),
            ("prime", 15, "amod", "ADJ", "prime", "JJ"),
            ("minister", 16, "nsubj", "NOUN", "minister", "NN"),
            ("stayed", 16, "ROOT", "VERB", "stay", "VBD"), (".", 16, "punct", "PUNCT", ".", ".")]
    ents = ["B-NORP", "O", "O", "B-PERSON", "I-PERSON"] + ["O"] * 8 + ["B-NORP"] + ["O"] * 4
    doc = build_doc(rows, ents)
    actors = find_actors(doc, load_knowledge())
    roe = actors.at(doc[4])
    assert (roe.name, roe.role) == ("Jane Roe", "prime minister")
    assert actors.at(doc[9]) is roe  # one actor however the article names it
    other = actors.at(doc[15])  # another country's office is someone else's
    assert other is not roe and (other.kind, other.country) == ("person", "GBR")
    assert [a.name for a in actors.actors if a.kind == "person"] == ["Jane Roe", "British prime minister"]


@pytest.mark.slow
def test_a_phrase_with_an_owner_is_one_mention_and_the_owner_stays_its_own_actor():
    import dyad

    def mention(text, head):
        rec = dyad.analyze(text)
        i = text.index(head)
        a = next(a for a in rec.actors if any(s <= i < e for s, e in a.mentions)
                 and a.kind != "country")
        s, e = next((s, e) for s, e in a.mentions if s <= i < e)
        return a, text[s:e]

    text = "Norway's government rejected the offer on Monday."
    gov, said = mention(text, "government")
    assert said == "Norway's government" and (gov.country, gov.sector[0]) == ("NOR", "GOV")
    assert any(a.kind == "country" and a.country == "NOR" for a in dyad.analyze(text).actors)
    pm, said = mention("Chile's prime minister said the talks would resume.", "prime minister")
    assert said == "Chile's prime minister" and pm.country == "CHL"


@pytest.mark.slow
def test_role_nouns_of_opponents_airlines_managers_and_commanders_of_a_body():
    assert at("Her opponents walked out of the hall.", "opponents").sector[0] == "OPP"
    assert at("The Kenyan airline cut its flights.", "airline").sector[0] == "BUS"
    manager = at("The campaign manager resigned on Friday.", "manager")
    assert (manager.kind, manager.sector[0]) == ("person", "PTY")
    # a body's commanders are of the body's sector, not generals of an army
    commanders = at("Troops captured two Taliban commanders.", "commanders")
    assert commanders.sector[0] == "REB"


@pytest.mark.slow
def test_a_body_where_something_is_based_does_not_make_it_that_body_s():
    import dyad

    rec = dyad.analyze("Russia barred two EU-based airlines from landing.")
    airlines = next(a for a in rec.actors if "airlines" in a.name)
    assert airlines.sector[0] == "BUS" and "IGO" not in airlines.sector


@pytest.mark.slow
def test_one_of_a_body_with_no_title_takes_the_body_s_sector_and_a_national_red_crescent_is_one():
    doe = at("Jane Doe, the head of the Ghana Red Cross, said aid was coming.", "Jane Doe")
    assert (doe.country, doe.sector[0]) == ("GHA", "NGO")
    crescent = at("The Jordanian Red Crescent sent tents to the camp.", "Red Crescent")
    assert (crescent.country, crescent.sector[0]) == ("JOR", "NGO")


def test_an_owner_the_model_tagged_a_common_noun_still_owns_the_phrase():
    rows = [("The", 1, "det", "DET", "the", "DT"),
            ("UNICEF", 3, "poss", "NOUN", "unicef", "NN"),
            ("'s", 1, "case", "PART", "'s", "POS"),
            ("official", 4, "nsubj", "NOUN", "official", "NN"),
            ("spoke", 4, "ROOT", "VERB", "speak", "VBD"),
            (".", 4, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["O", "B-ORG", "O", "O", "O", "O"])
    official = next(a for a in find_actors(doc, load_knowledge()).actors
                    if a.name == "official")
    assert official.sector[0] == "IGO" and official.mentions == [(1, 4)]


@pytest.mark.slow
def test_an_unnamed_group_of_private_people_is_of_the_one_country_the_text_is_set_in():
    import dyad

    def group(text):
        return next(a for a in dyad.analyze(text).actors if a.kind == "group")

    assert group("LIMA, Peru -- Striking workers blocked the main road on Monday.").country == "PER"
    assert group("Striking workers blocked the main road on Monday.").country is None
    # refugees cross borders: where the text is set says nothing of theirs
    assert group("LIMA, Peru -- The refugees crossed the border on Monday.").country is None


@pytest.mark.slow
def test_members_of_a_named_body_are_a_group_of_its_country_and_sector():
    import dyad

    rec = dyad.analyze("Members of the Taliban attacked a checkpoint on Monday.")
    members = next(a for a in rec.actors if a.name == "Members")
    assert (members.kind, members.country, members.sector[0]) == ("group", "AFG", "REB")


@pytest.mark.slow
def test_scottish_and_welsh_bodies_are_british():
    import dyad

    rec = dyad.analyze("The Welsh Development Agency criticised the plan.")
    agency = next(a for a in rec.actors if a.kind == "organization")
    assert agency.country == "GBR"


def test_a_place_the_model_tagged_a_person_is_no_person_unless_something_says_so(places):
    # "Fans in Glasgow cheered.": a big town with nothing of a person about it
    rows = [("Fans", 3, "nsubj", "NOUN", "fan", "NNS"), ("in", 0, "prep", "ADP", "in", "IN"),
            ("Glasgow", 1, "pobj", "PROPN", "Glasgow", "NNP"),
            ("cheered", 3, "ROOT", "VERB", "cheer", "VBD"), (".", 3, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["O", "O", "B-PERSON", "O", "O"])
    assert "Glasgow" not in by_name(find_actors(doc, load_knowledge(), places=places))
    # "Mayor Glasgow cheered.": a title makes the same name a person's
    rows = [("Mayor", 1, "compound", "PROPN", "Mayor", "NNP"),
            ("Glasgow", 2, "nsubj", "PROPN", "Glasgow", "NNP"),
            ("cheered", 2, "ROOT", "VERB", "cheer", "VBD"), (".", 2, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["O", "B-PERSON", "O", "O"])
    assert by_name(find_actors(doc, load_knowledge(), places=places))["Glasgow"].kind == "person"
    # a small town is a place only where the text names it as one: "Keighley cheered." alone is
    # someone; "Keighley cheered fans from Keighley." is the town
    rows = [("Keighley", 1, "nsubj", "PROPN", "Keighley", "NNP"),
            ("cheered", 1, "ROOT", "VERB", "cheer", "VBD"), (".", 1, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-PERSON", "O", "O"])
    assert by_name(find_actors(doc, load_knowledge(), places=places))["Keighley"].kind == "person"
    rows = [("Keighley", 1, "nsubj", "PROPN", "Keighley", "NNP"),
            ("cheered", 1, "ROOT", "VERB", "cheer", "VBD"), ("fans", 1, "dobj", "NOUN", "fan", "NNS"),
            ("from", 2, "prep", "ADP", "from", "IN"),
            ("Keighley", 3, "pobj", "PROPN", "Keighley", "NNP"), (".", 1, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-PERSON", "O", "O", "O", "B-GPE", "O"])
    assert "Keighley" not in by_name(find_actors(doc, load_knowledge(), places=places))


def test_a_word_the_model_tagged_no_name_before_a_title_in_apposition_is_that_person():
    # "Moreau, French embassy counsel, said." with "Moreau" tagged a common noun
    rows = [("Moreau", 6, "nsubj", "NOUN", "moreau", "NN"), (",", 0, "punct", "PUNCT", ",", ","),
            ("French", 3, "amod", "ADJ", "french", "JJ"),
            ("embassy", 4, "compound", "NOUN", "embassy", "NN"),
            ("counsel", 0, "appos", "NOUN", "counsel", "NN"), (",", 0, "punct", "PUNCT", ",", ","),
            ("said", 6, "ROOT", "VERB", "say", "VBD"), (".", 6, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["O", "O", "B-NORP", "O", "O", "O", "O", "O"])
    moreau = find_actors(doc, load_knowledge()).at(doc[0])
    assert (moreau.name, moreau.kind, moreau.country) == ("Moreau", "person", "FRA")
    assert moreau.mentions == [(0, 1), (2, 5)]
    # "Yesterday, the embassy counsel said.": a common word is no one's name
    rows = [("Yesterday", 5, "npadvmod", "NOUN", "yesterday", "NN"),
            (",", 5, "punct", "PUNCT", ",", ","), ("the", 4, "det", "DET", "the", "DT"),
            ("embassy", 4, "compound", "NOUN", "embassy", "NN"),
            ("counsel", 0, "appos", "NOUN", "counsel", "NN"),
            ("said", 5, "ROOT", "VERB", "say", "VBD"), (".", 5, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["O", "O", "O", "O", "O", "O", "O"])
    assert find_actors(doc, load_knowledge()).at(doc[0]) is None


def test_a_sentence_start_read_from_the_array_is_the_tokens_sentences():
    from dyad.nlp.actors import _Builder

    rows = [("Rebels", 1, "nsubj", "NOUN", "rebel", "NNS"), ("left", 1, "ROOT", "VERB", "leave"),
            (".", 1, "punct", "PUNCT", "."), ("Police", 4, "nsubj", "NOUN", "police", "NNS"),
            ("stayed", 4, "ROOT", "VERB", "stay"), (".", 4, "punct", "PUNCT", ".")]
    doc = build_doc(rows, ["O"] * len(rows))
    builder = _Builder(doc, load_knowledge(), None)
    assert [builder._sentence_start(i) for i in range(len(doc))] == [
        doc[i].sent.start for i in range(len(doc))] == [0, 0, 0, 3, 3, 3]


@pytest.mark.slow
def test_a_partys_name_opening_a_title_is_a_portfolio():
    text = "Labour Minister Wolfgang Clement said unemployment had risen."
    minister = at(text, "Wolfgang")
    assert minister is not None and minister.country != "GBR"  # no Labour Party here
    assert at(text, "Labour") is None or at(text, "Labour") is minister
    leader = at("Labour leader Keir Starmer criticised the plan.", "Labour")
    assert leader is not None and leader.country == "GBR"  # the party leads here


@pytest.mark.slow
def test_ethnic_before_a_nationality_names_a_people_not_a_state():
    text = "Ethnic Russian separatists in eastern Ukraine shelled the town."
    assert at(text, "separatists").country == "UKR"
    guerrillas = at("Ethnic Albanian guerrillas attacked Macedonian police.", "guerrillas")
    assert guerrillas.country != "ALB"


@pytest.mark.slow
def test_an_apposition_with_from_places_the_person():
    text = "Police in Kenya arrested Ahmed Musa, a businessman from Somalia."
    assert at(text, "Ahmed").country == "SOM"


@pytest.mark.slow
def test_a_title_for_someone_named_after_it_is_not_that_person_but_takes_their_country():
    text = "A spokesman for President Ann Lee of Kenya said the talks would resume."
    spokesman = at(text, "spokesman")
    assert spokesman is not None and spokesman.name != "Ann Lee"
    assert (spokesman.country, spokesman.sector[0]) == ("KEN", "GOV")
    # a title in capitals that the parse hangs on its body's name still titles the name after it
    assert at("Kenyan Ambassador to the United Nations Joe Bloggs said talks would resume.",
              "Ambassador").name == "Joe Bloggs"
