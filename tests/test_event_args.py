"""Event arguments: who acts on whom, over hand-built parses."""

from __future__ import annotations

from conftest import actor_set, build_doc, names, verb

from dyad import cameo
from dyad.nlp.event_args import arguments
from dyad.nlp.events import event_candidates


def returned(lemma: str):
    # "ICE returned skulls that date back to A.D. 640 to Peru": the parser hangs both
    # to-phrases on the relative clause
    return build_doc([
        ("ICE", 1, "nsubj", "PROPN", "ICE"), ("returned", 1, "ROOT", "VERB", lemma),
        ("skulls", 1, "dobj", "NOUN", "skull"), ("that", 4, "nsubj", "PRON", "that"),
        ("date", 2, "relcl", "VERB", "date"), ("back", 4, "advmod", "ADV", "back"),
        ("to", 5, "prep", "ADP", "to"), ("A.D.", 6, "pobj", "PROPN", "A.D."),
        ("640", 7, "nummod", "NUM", "640"), ("to", 4, "prep", "ADP", "to"),
        ("Peru", 9, "pobj", "PROPN", "Peru"), (".", 1, "punct", "PUNCT", ".")],
        ["B-ORG", "O", "O", "O", "O", "O", "O", "B-GPE", "O", "O", "B-GPE", "O"])


def test_a_recipient_hung_inside_the_thing_given_is_still_the_target():
    doc = returned("return")
    actors = actor_set(doc, (0, 1, "ICE", "organization"), (10, 11, "Peru", "country"))
    src, tgt = arguments(doc[1], verb("return", "0841"), actors)
    assert (names(src), names(tgt)) == (["ICE"], ["Peru"])
    # a verb that gives nothing keeps its object ("seized skulls that date back … to Peru")
    doc = returned("seize")
    actors = actor_set(doc, (0, 1, "ICE", "organization"), (10, 11, "Peru", "country"))
    src, tgt = arguments(doc[1], verb("seize", "1711"), actors)
    assert names(tgt) == ["skulls"]


def test_armed_forces_moved_are_the_doer_s_and_helped_ones_are_the_target():
    doc = build_doc([
        ("Israel", 1, "nsubj", "PROPN", "Israel"), ("mobilized", 1, "ROOT", "VERB", "mobilize"),
        ("the", 3, "det", "DET", "the"), ("army", 1, "dobj", "NOUN", "army"),
        ("for", 1, "prep", "ADP", "for"), ("an", 6, "det", "DET", "an"),
        ("assault", 4, "pobj", "NOUN", "assault"), ("against", 6, "prep", "ADP", "against"),
        ("Hamas", 7, "pobj", "PROPN", "Hamas"), (".", 1, "punct", "PUNCT", ".")],
        ["B-GPE", "O", "O", "O", "O", "O", "O", "O", "B-ORG", "O"])
    actors = actor_set(doc, (0, 1, "Israel", "country"), (3, 4, "army", "organization"),
                       (8, 9, "Hamas", "organization"))
    assert names(arguments(doc[1], verb("mobilize", "154"), actors)[1]) == ["Hamas"]
    # helping the army is done to the army
    assert names(arguments(doc[1], verb("help", "070"), actors)[1]) == ["army"]


def test_aid_is_aimed_at_the_party_its_purpose_clause_names():
    doc = build_doc([
        ("Germany", 1, "nsubj", "PROPN", "Germany"), ("gave", 1, "ROOT", "VERB", "give"),
        ("euros", 1, "dobj", "NOUN", "euro"), ("to", 4, "aux", "PART", "to"),
        ("promote", 1, "advcl", "VERB", "promote"), ("investment", 4, "dobj", "NOUN", "investment"),
        ("in", 5, "prep", "ADP", "in"), ("Ethiopia", 6, "pobj", "PROPN", "Ethiopia"),
        (".", 1, "punct", "PUNCT", ".")], ["B-GPE", "O", "O", "O", "O", "O", "O", "B-GPE", "O"])
    actors = actor_set(doc, (0, 1, "Germany", "country"), (7, 8, "Ethiopia", "country"))
    assert names(arguments(doc[1], verb("give", "070"), actors)[1]) == ["Ethiopia"]
    # only aid: a concession is made over what it gives
    assert names(arguments(doc[1], verb("give", "080"), actors)[1]) == ["euros"]


def test_the_with_party_of_a_consultation_beats_its_topic():
    doc = build_doc([
        ("Erdogan", 1, "nsubj", "PROPN", "Erdogan"), ("discussed", 1, "ROOT", "VERB", "discuss"),
        ("Libya", 1, "dobj", "PROPN", "Libya"), ("with", 1, "prep", "ADP", "with"),
        ("Trump", 3, "pobj", "PROPN", "Trump"), (".", 1, "punct", "PUNCT", ".")],
        ["B-PERSON", "O", "B-GPE", "O", "B-PERSON", "O"])
    actors = actor_set(doc, (0, 1, "Erdogan", "person"), (2, 3, "Libya", "country"),
                       (4, 5, "Donald Trump", "person"))
    assert names(arguments(doc[1], verb("discuss", "040"), actors)[1]) == ["Donald Trump"]
    # a criticism is about its object, whoever it is voiced with
    assert names(arguments(doc[1], verb("discuss", "111"), actors)[1]) == ["Libya"]


def test_an_expulsion_with_no_doer_named_is_the_state_s_it_puts_out_of():
    doc = build_doc([
        ("Inspectors", 3, "nsubjpass", "NOUN", "inspector"), ("have", 3, "aux", "AUX", "have"),
        ("been", 3, "auxpass", "AUX", "be"), ("expelled", 3, "ROOT", "VERB", "expel", "VBN"),
        ("from", 3, "prep", "ADP", "from"), ("Pyongyang", 4, "pobj", "PROPN", "Pyongyang"),
        (".", 3, "punct", "PUNCT", ".")], ["O", "O", "O", "O", "O", "B-GPE", "O"])
    actors = actor_set(doc, (0, 1, "inspectors", "group"), (5, 6, "North Korea", "country"))
    src, tgt = arguments(doc[3], verb("expel", "1662"), actors)
    assert (names(src), names(tgt)) == (["North Korea"], ["inspectors"])


def test_the_maker_of_a_thing_rejected_is_the_target():
    doc = build_doc([
        ("Bush", 1, "nsubj", "PROPN", "Bush"), ("rejected", 1, "ROOT", "VERB", "reject"),
        ("an", 3, "det", "DET", "an"), ("offer", 1, "dobj", "NOUN", "offer"),
        ("made", 3, "acl", "VERB", "make", "VBN"), ("by", 4, "agent", "ADP", "by"),
        ("the", 7, "det", "DET", "the"), ("Taliban", 5, "pobj", "PROPN", "Taliban"),
        (".", 1, "punct", "PUNCT", ".")], ["B-PERSON", "O", "O", "O", "O", "O", "O", "B-ORG", "O"])
    actors = actor_set(doc, (0, 1, "George Bush", "person"), (7, 8, "Taliban", "organization"))
    assert names(arguments(doc[1], verb("reject", "120"), actors)[1]) == ["Taliban"]


def test_a_refusal_is_aimed_at_whoever_must_meet_its_condition():
    doc = build_doc([
        ("Teachers", 3, "nsubj", "NOUN", "teacher"), ("will", 3, "aux", "AUX", "will"),
        ("not", 3, "neg", "PART", "not"), ("end", 3, "ROOT", "VERB", "end"),
        ("the", 5, "det", "DET", "the"), ("strike", 3, "dobj", "NOUN", "strike"),
        ("until", 10, "mark", "SCONJ", "until"), ("their", 8, "poss", "PRON", "their"),
        ("demands", 10, "nsubjpass", "NOUN", "demand"), ("are", 10, "auxpass", "AUX", "be"),
        ("met", 3, "advcl", "VERB", "meet", "VBN"), ("by", 10, "agent", "ADP", "by"),
        ("the", 13, "det", "DET", "the"), ("ministry", 11, "pobj", "NOUN", "ministry"),
        (".", 3, "punct", "PUNCT", ".")])
    actors = actor_set(doc, (0, 1, "teachers", "group"), (13, 14, "ministry", "organization"))
    assert names(arguments(doc[3], verb("end", "12"), actors)[1]) == ["ministry"]
    # the doer's own condition ("until they are satisfied") names no other party
    actors = actor_set(doc, (0, 1, "teachers", "group"), (13, 14, "teachers", "group"))
    actors.by_token[13] = "a1"
    assert names(arguments(doc[3], verb("end", "12"), actors)[1]) == ["strike"]


def test_an_inquiry_into_claims_is_into_whom_they_are_about():
    doc = build_doc([
        ("Police", 1, "nsubj", "NOUN", "police"), ("launched", 1, "ROOT", "VERB", "launch"),
        ("an", 3, "det", "DET", "an"), ("investigation", 1, "dobj", "NOUN", "investigation"),
        ("into", 3, "prep", "ADP", "into"), ("claims", 4, "pobj", "NOUN", "claim"),
        ("that", 8, "mark", "SCONJ", "that"), ("servicemen", 8, "nsubj", "NOUN", "serviceman"),
        ("abused", 5, "acl", "VERB", "abuse"), ("children", 8, "dobj", "NOUN", "child"),
        (".", 1, "punct", "PUNCT", ".")])
    actors = actor_set(doc, (0, 1, "police", "group"))
    assert names(arguments(doc[1], verb("launch", "090"), actors)[1]) == ["servicemen"]


def test_counted_forces_are_the_party_and_arrive_where_they_are_sent():
    doc = build_doc([
        ("Contingents", 4, "nsubj", "NOUN", "contingent"), ("of", 0, "prep", "ADP", "of"),
        ("African", 3, "amod", "ADJ", "african"), ("troops", 1, "pobj", "NOUN", "troop"),
        ("arrive", 4, "ROOT", "VERB", "arrive"), ("in", 4, "prep", "ADP", "in"),
        ("Monrovia", 5, "pobj", "PROPN", "Monrovia"), (".", 4, "punct", "PUNCT", ".")],
        ["O", "O", "B-NORP", "O", "O", "O", "B-GPE", "O"])
    actors = actor_set(doc, (0, 1, "Contingents", "group"), (2, 4, "African troops", "group"))
    src, _ = arguments(doc[4], verb("arrive", "0743"), actors)
    assert names(src) == ["African troops"]


def test_readiness_to_act_is_the_act_s_event():
    doc = build_doc([
        ("Vietnam", 1, "nsubj", "PROPN", "Vietnam"), ("is", 1, "ROOT", "AUX", "be"),
        ("ready", 1, "acomp", "ADJ", "ready"), ("to", 4, "aux", "PART", "to"),
        ("contribute", 2, "xcomp", "VERB", "contribute"), ("troops", 4, "dobj", "NOUN", "troop"),
        (".", 1, "punct", "PUNCT", ".")], ["B-GPE", "O", "O", "O", "O", "O", "O"])
    actors = actor_set(doc, (0, 1, "Vietnam", "country"))
    found = [t.text for t, _ in event_candidates(doc, actors)]
    assert found == ["contribute"]


def test_what_is_received_from_a_party_is_that_party_s_act():
    doc = build_doc([
        ("Iran", 1, "nsubj", "PROPN", "Iran"), ("faces", 1, "ROOT", "VERB", "face"),
        ("criticism", 1, "dobj", "NOUN", "criticism"), ("from", 2, "prep", "ADP", "from"),
        ("the", 5, "det", "DET", "the"), ("UN", 3, "pobj", "PROPN", "UN"),
        (".", 1, "punct", "PUNCT", ".")], ["B-GPE", "O", "O", "O", "O", "B-ORG", "O"])
    actors = actor_set(doc, (0, 1, "Iran", "country"), (5, 6, "United Nations", "organization"))
    for t, pos in ((doc[1], "verb"), (doc[2], "noun")):
        pattern = cameo.Pattern(cameo="111", pos=pos, lemma=t.lemma_)
        src, tgt = arguments(t, pattern, actors)
        assert (names(src), names(tgt)) == (["United Nations"], ["Iran"])


def test_doers_of_a_joint_act_act_with_each_other():
    from dyad.nlp.events import find_events

    def held(adjective: str):
        return build_doc([
            ("Jordan", 3, "nsubj", "PROPN", "Jordan"), ("and", 0, "cc", "CCONJ", "and"),
            ("Egypt", 0, "conj", "PROPN", "Egypt"), ("held", 3, "ROOT", "VERB", "hold"),
            (adjective, 5, "amod", "ADJ", adjective), ("exercises", 3, "dobj", "NOUN", "exercise"),
            (".", 3, "punct", "PUNCT", ".")], ["B-GPE", "O", "B-GPE", "O", "O", "O", "O"])

    for adjective, expected in (("joint", {("Jordan", "Egypt"), ("Egypt", "Jordan")}),
                                ("naval", {("Jordan", "naval exercises"),
                                           ("Egypt", "naval exercises")})):
        doc = held(adjective)
        actors = actor_set(doc, (0, 1, "Jordan", "country"), (2, 3, "Egypt", "country"))
        events = find_events(doc, actors, [], model=None)
        names_of = {a.id: a.name for a in actors.actors}
        assert {(names_of[e.source], names_of[e.target]) for e in events} == expected
