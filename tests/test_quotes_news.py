"""Quotes and speakers in news styles PolNeAR has little of (wire and local news, WikiNews):
a quotation that "according to X," opens, speakers the tagger leaves without a person entity,
and a name the tagger took for an adverb."""

import pytest


def _record(text):
    from dyad.api import analyze

    return analyze(text)


def _quotes(rec):
    acts = {a.id: a for a in rec.actors}
    out = []
    for q in rec.quotes:
        a = acts.get(q.speaker)
        out.append((q.kind, rec.text[q.start:q.end], a.name if a else None,
                    a.kind if a else None, q.cue))
    return out


@pytest.mark.slow
def test_a_quotation_opened_by_according_to_is_the_named_ones(nlp):
    text = ("Tests are going on. According to Brian Connell, an official from the council, "
            "\"Selling food made from such fluids can pass viruses on to anyone.\"\n\n"
            "Mobile teams were sent. According to the WHO, \"The symptoms of the fever are "
            "causing a high level of fear in the region.\"")
    found = _quotes(_record(text))
    assert [(k, name, cue) for k, _, name, _, cue in found] == [
        ("direct", "Brian Connell", "According to"),
        ("direct", "World Health Organization", "According to")]


@pytest.mark.slow
def test_a_bare_name_that_says_something_is_a_person_the_next_he_stands_for(nlp):
    text = ("Officials met on Monday, said Brian Connell, a council member.\n\n"
            "\"There is no danger from eating pork,\" Hartl said. \"If you cook pork well, it "
            "kills all viruses,\" he said.")
    found = _quotes(_record(text))
    hartl = [f for f in found if f[1].startswith(("There is", "If you"))]
    assert [(name, kind) for _, _, name, kind, _ in hartl] == [("Hartl", "person")] * 2


@pytest.mark.slow
def test_a_name_beside_a_persons_role_is_a_person_she_stands_for(nlp):
    text = ("\"This is a recipe for disaster,\" said a UNHCR protection officer, Yolande "
            "Ditewig. She told the Agence France-Presse news agency that \"there is a lack of "
            "everything you can imagine.\"\n\n\"One of the tips we have been given is to wear "
            "aprons,\" Banahari Saha, a stall operator on Camac Street, told UPI.")
    found = _quotes(_record(text))
    assert [(name, kind) for _, _, name, kind, _ in found] == [
        ("Yolande Ditewig", "person"), ("Yolande Ditewig", "person"),
        ("Banahari Saha", "person")]


@pytest.mark.slow
def test_a_body_a_dictionary_knows_stays_a_body(nlp):
    text = "\"The talks have failed and will not resume this year,\" Reuters said."
    found = _quotes(_record(text))
    assert [(name, kind) for _, _, name, kind, _ in found] == [("Reuters", "organization")]


@pytest.mark.slow
def test_a_name_the_tagger_takes_for_an_adverb_is_the_speaker_not_part_of_the_cue(nlp):
    text = ("The letter came on Friday.\n\nMcfeely also stated that the letter \"contained "
            "codes,\" but would not elaborate.")
    found = _quotes(_record(text))
    assert [(name, kind, cue) for _, _, name, kind, cue in found] == [
        ("Mcfeely", "person", "also stated")]


@pytest.mark.slow
def test_a_name_the_tagger_takes_for_a_verb_or_a_place_is_a_person_who_says_it(nlp):
    text = ("The bill passed second reading Tuesday by a margin of 266 to 39. \"We are moving "
            "fast on this one,\" Eyking said.\n\n\"Quality is looking good this year,\" notes "
            "Meyjes.")
    found = _quotes(_record(text))
    assert [(name, kind) for _, _, name, kind, _ in found] == [
        ("Eyking", "person"), ("Meyjes", "person")]


@pytest.mark.slow
def test_a_quotation_that_according_to_follows_is_the_named_ones(nlp):
    text = ("The car sped off.\n\n\"The vehicle, which was driven by Wilson, refused to stop,\" "
            "according to the assistant district attorney.")
    found = _quotes(_record(text))
    assert [(k, name, cue) for k, _, name, _, cue in found] == [
        ("direct", "assistant district attorney", "according to")]


@pytest.mark.slow
def test_an_abbreviated_title_between_quotation_and_cue_ends_no_sentence(nlp):
    text = ("\"This is the biggest tragedy ever to hit our department,\" Oakland police Sgt. "
            "Mark Schmid said Monday.")
    found = _quotes(_record(text))
    assert [(name, cue) for _, _, name, _, cue in found] == [("Mark Schmid", "said Monday")]


@pytest.mark.slow
def test_the_quotation_after_a_report_split_by_its_attribution_is_the_reports_speakers(nlp):
    text = ("The system is weakening, but ''the atmosphere doesn't instantaneously react,'' "
            "Cristaldi said. ``We're expected to stay dry right through the spring.''")
    found = _quotes(_record(text))
    assert [(k, name) for k, _, name, _, _ in found] == [
        ("mixed", "Cristaldi"), ("direct", "Cristaldi")]


@pytest.mark.slow
def test_what_according_to_attributes_stays_in_its_paragraph(nlp):
    text = ("\"This is the biggest tragedy ever to hit our department,\" Sgt. Mark Schmid said. "
            "\"We are just numb and walking around like zombies.\"\n\nRayford attempted to stop "
            "a car near the intersection, according to Sokolowski.")
    found = _quotes(_record(text))
    assert [(k, q, name) for k, q, name, _, _ in found if k == "indirect"] == [
        ("indirect", "Rayford attempted to stop a car near the intersection", "Sokolowski")]


@pytest.mark.slow
def test_a_name_that_reports_before_a_quotation_is_the_he_who_says_it(nlp):
    text = ("Oil giant BP has announced a rise in annual profits.\n\nSpeaking on the BBC's Today "
            "programme on Tuesday, Lord Browne said the profits were not solely down to the high "
            "oil price alone.\n\n\"The profits are up more than the price of oil is up,\" he said.")
    found = _quotes(_record(text))
    assert [(k, name) for k, _, name, _, _ in found if k == "direct"] == [("direct", "Lord Browne")]


@pytest.mark.slow
def test_a_name_after_an_honorific_the_tagger_made_a_body_is_a_person(nlp):
    text = ("The French co-head of European defence and aerospace group EADS Philippe Camus is "
            "to leave his post.\n\nMr Camus said in a statement that he "
            "has accepted the invitation to return to the Lagardere group. \"I will give up my "
            "role as soon as the board of directors asks me to do so,\" he said.")
    found = _quotes(_record(text))
    assert [(k, name, kind) for k, _, name, kind, _ in found] == [
        ("indirect", "Camus", "person"), ("direct", "Camus", "person")]


@pytest.mark.slow
def test_a_name_headed_by_a_word_of_what_it_is_stays_no_person(nlp):
    text = ("Over 1,200 cases have been reported.\n\nNyanza Province, with 750 infections and 45 "
            "deaths, has felt the brunt of the outbreak.")
    rec = _record(text)
    assert not [a for a in rec.actors if "Nyanza" in a.name and a.kind == "person"]


@pytest.mark.slow
def test_a_name_broken_over_a_line_is_named_without_the_break(nlp):
    from dyad.nlp.actors import ActorSet
    from dyad.nlp.speakers import resolve_speaker

    doc = nlp.make_doc("Drugs can be easily bought, Mr\n            Palmer said.")
    for _, proc in nlp.pipeline:
        if _ in ("dyad_actors", "dyad_quotes", "dyad_places", "dyad_events"):
            break
        doc = proc(doc)
    palmer = next(t for t in doc if t.text == "Palmer")
    actor, _ = resolve_speaker(doc, ActorSet(), palmer, [])
    assert (actor.name, actor.kind) == ("Mr Palmer", "person")


@pytest.mark.slow
def test_bodies_that_speak_stay_no_persons(nlp):
    # a brand's inner capitals, a firm's initials beside a role a person can have too, a
    # plural verb, a possessor's honorific, a participle the tagger took for a name, and the
    # end of a web address
    text = ("WebSideStory said that its sales had risen by a third.\n\n"
            "EA, a leading games developer and publisher, added that the delivery of new games "
            "was vital.\n\nColdplay have announced that they will play in Glasgow in July.\n\n"
            "Lord Woolf's Sentencing Guidelines Council said that sentences should be shorter."
            "\n\nAddressing claims that the law was unenforceable, the minister said it would "
            "work.\n\nClaude Errera, editor of fansite Halo.Bungie.Org, said: \"Bungie got "
            "everything right.\"")
    rec = _record(text)
    bodies = ("WebSideStory", "EA", "Coldplay", "Sentencing Guidelines Council", "Addressing",
              "Org")
    assert [a.name for a in rec.actors if a.kind == "person" and a.name in bodies] == []


def test_brand_shaped_names():
    from dyad.nlp.speaker_kinds import brand_shaped

    assert [w for w in ("WebSideStory", "HuffPo", "AZCentral", "McFeely", "DeVos", "MacDonald",
                        "O'Brien", "DiCaprio") if brand_shaped(w)] == [
        "WebSideStory", "HuffPo", "AZCentral"]


@pytest.mark.slow
def test_a_name_the_text_calls_a_body_elsewhere_is_no_person(nlp):
    text = ("\"If your company allows games in the office, your staff may be at risk,\" said "
            "Graham Cluley, spokesman for anti-virus firm Sophos.\n\nThe risks of further "
            "infection are very low. Sophos urged users and companies to update their anti-virus "
            "software to keep themselves protected.")
    rec = _record(text)
    assert [a.name for a in rec.actors if a.kind == "person" and a.name == "Sophos"] == []


@pytest.mark.slow
def test_one_member_of_a_group_beside_a_full_name_is_a_person(nlp):
    text = ("\"The water smells of sulphur,\" said a local health department official, Jorge "
            "Hartl Quispe.\n\n\"The crop is poor,\" said a resident, Kwabena Ofori-Atta.")
    found = _quotes(_record(text))
    assert [(name, kind) for _, _, name, kind, _ in found] == [
        ("Jorge Hartl Quispe", "person"), ("Kwabena Ofori-Atta", "person")]


def test_a_groups_word_names_one_member_not_a_body(nlp):
    from dyad.nlp.speaker_kinds import member_head

    doc = nlp("an official and the local authority and the officials")
    assert [t.text for t in doc if member_head(t)] == ["official"]


@pytest.mark.slow
def test_a_bare_surname_the_tagger_misreads_is_the_person_named_in_full(nlp):
    text = ("\"Contact was sporadic at first,\" said Lt. Wes Altom of the police department. "
            "Officers stayed outside. \"It is a waiting game at that point,\" Altom said.\n\n"
            "\"The dogs are fine,\" said Jason January, who runs the shelter in Fresno. The fire "
            "was put out by noon. \"We lost the roof,\" January said.\n\n"
            "\"The talks went well,\" said Ernest Shivers, a spokesman for the tenants. \"We will "
            "meet again,\" Shivers said.")
    found = _quotes(_record(text))
    assert [(name, kind) for _, _, name, kind, _ in found] == [
        ("Wes Altom", "person")] * 2 + [("Jason January", "person")] * 2 + [
        ("Ernest Shivers", "person")] * 2


@pytest.mark.slow
def test_a_surname_the_dictionary_gives_a_namesake_is_the_person_named_in_full(nlp):
    text = ("But East Bank Mayor Chuck Blair said Monday that he expects the road to reopen. "
            "\"They're still trying to determine how much damage there is,\" Blair said.\n\n"
            "The plant closed in May. \"We will not reopen it,\" said Joseph F. Wagner, the "
            "owner. \"It is too old,\" Wagner said.")
    found = _quotes(_record(text))
    assert [name for _, _, name, _, _ in found] == [
        "Chuck Blair", "Chuck Blair", "Joseph F. Wagner", "Joseph F. Wagner"]


@pytest.mark.slow
def test_a_name_a_bodys_description_stands_beside_is_a_body(nlp):
    text = ("In London, Corus fell 2.2%. China's Baoshan, the country's largest steel producer, "
            "said that the uncertainty has prompted it to pull its planned share sale.\n\n"
            "Sales rose last year. Allergan, the drug maker, said that its profits would rise."
            "\n\nThe video spread quickly. Mashable, a web site, reported that the clip had been "
            "viewed a million times.")
    found = _quotes(_record(text))
    assert [(name, kind) for _, _, name, kind, _ in found] == [
        ("China's Baoshan", "organization"), ("Allergan", "organization"),
        ("Mashable", "organization")]


def test_a_size_superlative_or_a_business_noun_describes_a_body(nlp):
    from dyad.nlp.speaker_kinds import body_description

    doc = nlp("the country's largest steel producer and a film producer and the world's "
              "richest man and the drug maker")
    assert [t.text for t in doc if body_description(t)] == ["producer", "maker"]


@pytest.mark.slow
def test_a_surname_the_actors_made_a_person_of_its_own_is_the_one_named_in_full(nlp):
    text = ("\"One of the tips we have been given is to wear aprons,\" Banahari Saha, a stall "
            "operator on Camac Street, told UPI. The shops were closed. \"My customers say they "
            "are happy with the changes,\" Saha told UPI.")
    found = _quotes(_record(text))
    assert [name for _, _, name, _, _ in found] == ["Banahari Saha", "Banahari Saha"]


@pytest.mark.slow
def test_a_name_tagged_a_body_beside_a_persons_role_is_no_body_elsewhere(nlp):
    text = ("\"There is no danger from eating pork,\" Hartl said. Borders stayed open. \"Border "
            "controls don't work,\" said the WHO spokesman, Hartl.")
    found = _quotes(_record(text))
    assert [(name, kind) for _, _, name, kind, _ in found] == [("Hartl", "person")] * 2


@pytest.mark.slow
def test_a_surname_the_parse_hangs_on_its_title_is_the_person_named_in_full(nlp):
    text = ("\"We get stronger as the day goes on,\" insists Scott West wrestling coach Darren "
            "Ripley. The team won. \"Our kids carried it out,\" comments coach Ripley.")
    found = _quotes(_record(text))
    assert [name for _, _, name, _, _ in found] == ["Darren Ripley", "Darren Ripley"]


@pytest.mark.slow
def test_a_titled_name_and_a_colon_lead_a_quotation(nlp):
    # sports reports list the managers' words after a match, each name with its title
    text = ("United won 2-0.\n\n- Manchester City boss Kevin Keegan: \"We had a great chance to "
            "take the lead and the first goal was always going to be crucial.\"\n")
    (found,) = _quotes(_record(text))
    assert found[2] == "Kevin Keegan" and found[3] == "person"


@pytest.mark.slow
def test_a_titled_name_told_a_quotation_is_not_who_says_it(nlp):
    # after a speech verb, a title's name before the colon is whom it was told to
    text = ("Real won.\n\nMadrid midfielder Guti told private Spanish radio station Cadena Ser: "
            "\"I have never seen this before and sport should be above it all.\"\n")
    (found,) = _quotes(_record(text))
    assert found[2] != "Cadena Ser"


@pytest.mark.slow
def test_a_description_that_gives_an_age_is_the_person_the_text_named(nlp):
    # "the 28-year-old world number one", "the 22-year-old Czech Republic international": an
    # age says the description is a person's, whatever its head noun
    text = ("Lindsay Davenport has put any talk of retirement on hold.\n\n"
            "The 28-year-old world number one had said that she would quit at the end of "
            "last year.")
    found = _quotes(_record(text))
    assert [(name, kind) for _, _, name, kind, _ in found] == [("Lindsay Davenport", "person")]
    text = ("Jan Koller scored twice for Dortmund on Saturday.\n\n"
            "The 22-year-old Czech Republic international said he was happy with the win.")
    found = _quotes(_record(text))
    assert [name for _, _, name, _, _ in found] == ["Jan Koller"]


@pytest.mark.slow
def test_a_quotation_after_someone_elses_report_is_theirs_not_the_previous_speakers(nlp):
    text = ("Council leader Ann Lee said: \"It would be prudent to wait a year.\" Police chief "
            "Bob Ray acknowledged that drinking did cause problems. \"If you come to the town "
            "on a Friday night you will see things that make you feel ashamed. \"However, I "
            "want the town to succeed.\"")
    found = _quotes(_record(text))
    assert [(kind, name) for kind, _, name, _, _ in found] == [
        ("direct", "Ann Lee"), ("mixed", "Bob Ray"), ("direct", "Bob Ray")]
    # the same speaker's report leaves the quotation after it one of its own
    text = ("Council leader Ann Lee said: \"It would be prudent to wait a year.\" She said the "
            "town had waited before. \"We can do it again.\"")
    found = _quotes(_record(text))
    assert [(kind, name) for kind, _, name, _, _ in found] == [
        ("direct", "Ann Lee"), ("indirect", "Ann Lee"), ("direct", "Ann Lee")]
    # a report inside the quotation ('“At that meeting Craig admitted …') hands nothing on
    text = ("Lee denied the claim. \"I wish to put the record straight,\" said Lee. \"When "
            "Graeme found out he ordered Craig to attend a meeting in my office. \"At that "
            "meeting Craig admitted to Graeme and I that he had told the players that he was "
            "going to \"fake\" an injury in training. \"He also agreed at that meeting to "
            "apologise to his team-mates. \"In my book this is cheating on the club.\"")
    found = _quotes(_record(text))
    assert [name for _, said, name, _, _ in found if said.startswith("In my book")] == ["Lee"]


@pytest.mark.slow
def test_a_description_after_the_cue_that_follows_a_quotation_says_it(nlp):
    # the parse hangs "a Saints spokesman" on "confirmed" as its object
    text = ("Wales may train with St Helens. \"We have had an approach from Wales,\" confirmed a "
            "Saints spokesman. \"It is in the very early stages.\"")
    found = _quotes(_record(text))
    assert [(name, cue) for _, _, name, _, cue in found] == [
        ("Saints spokesman", "confirmed"), ("Saints spokesman", None)]
    # a description that names no one the model knows for a person ("winner") is left to
    # the speaker before it
    text = ("Tom Hanks greeted the crowd. Hanks said that the new film has an \"elegant "
            "message\". \"Christmas is a special time of the year and you get out of it what "
            "you put into it,\" added the two-time Academy Award winner.")
    found = _quotes(_record(text))
    assert [name for _, _, name, _, _ in found] == ["Tom Hanks"] * 2


@pytest.mark.slow
def test_a_person_and_the_body_after_a_comma_the_person_says_it(nlp):
    # the parse makes both "Asplin" and "Association" subjects of "said"
    text = ("The party signed a two year deal with Brighton. Colin Asplin, Blackpool Hotel "
            "Association said: \"We have tried very hard to make sure they come back.\"")
    found = _quotes(_record(text))
    assert [(name, kind) for _, _, name, kind, _ in found] == [("Colin Asplin", "person")]


@pytest.mark.slow
def test_the_spokesman_is_the_unnamed_spokesman_just_met(nlp):
    text = ("The strategy is aimed at tackling racism. \"It represents a move away from the "
            "one-size-fits-all approach,\" said a Home Office spokesman. The spokesman "
            "highlighted specific issues that affect particular communities.")
    found = _quotes(_record(text))
    assert [name for _, _, name, _, _ in found] == ["Home Office spokesman"] * 2


@pytest.mark.slow
def test_a_persons_report_says_what_they_say(nlp):
    text = ("Lord Butler criticised the government on Friday.\n\n"
            "Lord Butler's report earlier this year said the weapons dossier did not make "
            "clear that the intelligence was thin.")
    found = _quotes(_record(text))
    assert [name for kind, said, name, _, _ in found if said.startswith("the weapons")] == [
        "Lord Butler"]


@pytest.mark.slow
def test_a_full_name_a_body_owns_is_the_persons_name_alone(nlp):
    # the tagger takes "Sundar Katwala" for a building; the possessor is not part of the name
    text = ("The bill would end the ban. The Fabian Society's Sundar Katwala said the change "
            "was \"long overdue\" and that he expected a \"warm response\".")
    found = _quotes(_record(text))
    assert [(name, kind) for _, _, name, kind, _ in found] == [("Sundar Katwala", "person")]


@pytest.mark.slow
def test_the_spokesman_reaches_back_over_a_long_paragraph(nlp):
    filler = "The appeal would be heard by a tribunal of three members some time next month. " * 9
    text = ("An SFA spokesman said: \"They have seven days to appeal.\" " + filler +
            "\"Once Rangers receive our letter we will comment,\" added the spokesman.")
    found = _quotes(_record(text))
    assert [name for _, _, name, _, _ in found] == ["SFA spokesman"] * 2


@pytest.mark.slow
def test_a_plurals_possessive_stays_part_of_a_bodys_name(nlp):
    text = ("Davis died on Friday. The Actors' Equity Association issued a statement calling "
            "Davis \"an icon in the American theatre\".")
    found = _quotes(_record(text))
    assert "Actors' Equity Association" in [name for _, _, name, _, _ in found]
