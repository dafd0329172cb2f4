"""Reported speech on hand-built Docs (no model): cue nouns with clauses, polls, "according to"
after the verb, closing glosses, "called on", "as X noted", colon lines."""

import pytest
from conftest import build_doc

from dyad.knowledge import load_knowledge
from dyad.nlp.actors import find_actors
from dyad.nlp.cue_phrases import load_cues
from dyad.nlp.quotes import find_quotes


def analyse(rows, ents=None, **kw):
    doc = build_doc(rows, ents or ["O"] * len(rows))
    actors = find_actors(doc, load_knowledge())
    quotes = find_quotes(doc, actors, **kw)
    name = {a.id: a.name for a in actors.actors}
    return [(q.kind, doc.text[q.start:q.end], q.cue, name.get(q.speaker)) for q in quotes]


EXPRESSED = [
    ("Byrne", 1, "nsubj", "PROPN", "Byrne", "NNP"), ("expressed", 1, "ROOT", "VERB", "express", "VBD"),
    ("concern", 1, "dobj", "NOUN", "concern", "NN"), ("that", 6, "mark", "SCONJ", "that", "IN"),
    ("Clinton", 6, "nsubj", "PROPN", "Clinton", "NNP"), ("may", 6, "aux", "AUX", "may", "MD"),
    ("win", 2, "acl", "VERB", "win", "VB"), (".", 1, "punct", "PUNCT", ".", "."),
]


def test_an_expressed_attitude_reports_its_that_clause():
    quotes = analyse(EXPRESSED, ["B-PERSON", "O", "O", "O", "B-PERSON", "O", "O", "O"])
    assert quotes == [("indirect", "Clinton may win", "expressed concern", "Byrne")]


def claim(holder: bool) -> list[tuple]:
    head = [("Trump", 2, "poss", "PROPN", "Trump", "NNP"), ("’s", 0, "case", "PART", "’s", "POS"),
            ] if holder else [("The", 2, "det", "DET", "the", "DT"), ("very", 0, "advmod", "ADV",
                                                                            "very", "RB")]
    return head + [
        ("claim", 8, "nsubj", "NOUN", "claim", "NN"), ("that", 7, "mark", "SCONJ", "that", "IN"),
        ("the", 5, "det", "DET", "the", "DT"), ("vote", 7, "nsubjpass", "NOUN", "vote", "NN"),
        ("was", 7, "auxpass", "AUX", "be", "VBD"), ("rigged", 2, "acl", "VERB", "rig", "VBN"),
        ("drew", 8, "ROOT", "VERB", "draw", "VBD"), ("scorn", 8, "dobj", "NOUN", "scorn", "NN"),
        (".", 8, "punct", "PUNCT", ".", "."),
    ]


def test_a_claim_that_reports_its_clause_for_its_holder():
    quotes = analyse(claim(True), ["B-PERSON"] + ["O"] * 10)
    assert quotes == [("indirect", "the vote was rigged", "claim", "Trump")]


def test_a_claim_of_no_one_is_a_thing_talked_about():
    assert analyse(claim(False)) == []


def test_cue_nouns_with_clauses_are_well_formed():
    cues = load_cues()
    assert cues["claim that"].kind == "noun" and cues["pledge to"].kind == "noun"
    assert {c.term.split()[1] for c in cues.values() if c.kind == "noun"} >= {"that", "to", "of"}


def poll(tag: str, word: str) -> list[tuple]:
    return [
        ("Trump", 1, "nsubj", "PROPN", "Trump", "NNP"), ("leads", 1, "ROOT", "VERB", "lead", "VBZ"),
        ("by", 1, "prep", "ADP", "by", "IN"), ("9", 4, "nummod", "NUM", "9", "CD"),
        ("points", 2, "pobj", "NOUN", "point", "NNS"), ("in", 1, "prep", "ADP", "in", "IN"),
        ("the", 8, "det", "DET", "the", "DT"), ("latest", 8, "amod", "ADJ", "late", "JJS"),
        (word, 5, "pobj", "NOUN", "poll", tag), (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_a_poll_reports_what_it_found():
    assert [q[:3] for q in analyse(poll("NN", "poll"))] == [
        ("indirect", "Trump leads by 9 points", "in")]


def test_polls_in_general_report_nothing():
    assert analyse(poll("NNS", "polls")) == []


ACCORDING_THEN_BUT = [
    ("Trump", 2, "nsubj", "PROPN", "Trump", "NNP"), ("has", 2, "aux", "AUX", "have", "VBZ"),
    ("won", 2, "ROOT", "VERB", "win", "VBN"), ("758", 4, "nummod", "NUM", "758", "CD"),
    ("delegates", 2, "dobj", "NOUN", "delegate", "NNS"), (",", 2, "punct", "PUNCT", ",", ","),
    ("according", 2, "prep", "VERB", "accord", "VBG"), ("to", 6, "prep", "ADP", "to", "IN"),
    ("a", 9, "det", "DET", "a", "DT"), ("tally", 7, "pobj", "NOUN", "tally", "NN"),
    (",", 2, "punct", "PUNCT", ",", ","), ("but", 2, "cc", "CCONJ", "but", "CC"),
    ("his", 13, "poss", "PRON", "his", "PRP$"), ("path", 15, "nsubj", "NOUN", "path", "NN"),
    ("is", 15, "aux", "AUX", "be", "VBZ"), ("narrowing", 2, "conj", "VERB", "narrow", "VBG"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def test_according_to_after_the_verb_closes_what_it_attributes():
    assert [q[:3] for q in analyse(ACCORDING_THEN_BUT)] == [
        ("indirect", "Trump has won 758 delegates", "according to")]


GLOSS = [
    ("He", 1, "nsubj", "PRON", "he", "PRP"), ("said", 1, "ROOT", "VERB", "say", "VBD"),
    ("the", 3, "det", "DET", "the", "DT"), ("plan", 4, "nsubj", "NOUN", "plan", "NN"),
    ("failed", 1, "ccomp", "VERB", "fail", "VBD"), (",", 4, "punct", "PUNCT", ",", ","),
    ("reflecting", 4, "advcl", "VERB", "reflect", "VBG"),
    ("doubts", 6, "dobj", "NOUN", "doubt", "NNS"), (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_closing_participle_is_the_writers_gloss():
    assert [q[:3] for q in analyse(GLOSS)] == [("indirect", "the plan failed", "said")]


CALLED_ON = [
    ("Sanders", 1, "nsubj", "PROPN", "Sanders", "NNP"), ("called", 1, "ROOT", "VERB", "call", "VBD"),
    ("on", 1, "prep", "ADP", "on", "IN"), ("the", 4, "det", "DET", "the", "DT"),
    ("administration", 2, "pobj", "NOUN", "administration", "NN"),
    ("to", 6, "aux", "PART", "to", "TO"), ("block", 1, "xcomp", "VERB", "block", "VB"),
    ("the", 8, "det", "DET", "the", "DT"), ("deal", 6, "dobj", "NOUN", "deal", "NN"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_call_on_someone_includes_whom_it_is_on():
    quotes = analyse(CALLED_ON, ["B-PERSON"] + ["O"] * 9)
    assert quotes == [("indirect", "the administration to block the deal", "called on", "Sanders")]


AS_NOTED = [
    ("As", 3, "mark", "SCONJ", "as", "IN"), ("a", 2, "det", "DET", "a", "DT"),
    ("reporter", 3, "nsubj", "NOUN", "reporter", "NN"), ("noted", 7, "advcl", "VERB", "note", "VBD"),
    (",", 7, "punct", "PUNCT", ",", ","), ("the", 6, "det", "DET", "the", "DT"),
    ("rally", 7, "nsubj", "NOUN", "rally", "NN"), ("was", 7, "ROOT", "AUX", "be", "VBD"),
    ("small", 7, "acomp", "ADJ", "small", "JJ"), (".", 7, "punct", "PUNCT", ".", "."),
]

AFTER_SAID = [
    ("Prices", 1, "nsubj", "NOUN", "price", "NNS"), ("rose", 1, "ROOT", "VERB", "rise", "VBD"),
    ("after", 4, "mark", "SCONJ", "after", "IN"), ("officials", 4, "nsubj", "NOUN", "official", "NNS"),
    ("said", 1, "advcl", "VERB", "say", "VBD"), (".", 1, "punct", "PUNCT", ".", "."),
]


def test_as_someone_noted_attributes_the_clause_it_opens():
    assert [q[:3] for q in analyse(AS_NOTED)] == [("indirect", "the rally was small", "noted")]


STILL_AS_NOTED = [
    ("Still", 9, "advmod", "ADV", "still", "RB"), (",", 9, "punct", "PUNCT", ",", ","),
    ("as", 5, "mark", "SCONJ", "as", "IN"), ("a", 4, "det", "DET", "a", "DT"),
    ("reporter", 5, "nsubj", "NOUN", "reporter", "NN"), ("noted", 9, "advcl", "VERB", "note", "VBD"),
    (",", 9, "punct", "PUNCT", ",", ","), ("the", 8, "det", "DET", "the", "DT"),
    ("rally", 9, "nsubj", "NOUN", "rally", "NN"), ("was", 9, "ROOT", "AUX", "be", "VBD"),
    ("small", 9, "acomp", "ADJ", "small", "JJ"), (".", 9, "punct", "PUNCT", ".", "."),
]


def test_words_before_a_fronted_as_clause_are_not_what_was_noted():
    assert [q[:3] for q in analyse(STILL_AS_NOTED)] == [
        ("indirect", "the rally was small", "noted")]


def test_a_subordinate_clause_is_no_parenthetical_attribution():
    assert analyse(AFTER_SAID) == []


STATEMENT = [
    ("The", 1, "det", "DET", "the", "DT"), ("campaign", 2, "nsubj", "NOUN", "campaign", "NN"),
    ("published", 2, "ROOT", "VERB", "publish", "VBD"), ("a", 4, "det", "DET", "a", "DT"),
    ("statement", 2, "dobj", "NOUN", "statement", "NN"),
    ("condemning", 4, "acl", "VERB", "condemn", "VBG"), ("the", 7, "det", "DET", "the", "DT"),
    ("attacks", 5, "dobj", "NOUN", "attack", "NNS"), (".", 2, "punct", "PUNCT", ".", "."),
]


def test_a_statement_is_reported_by_its_own_cue():
    # the cue phrase runs from the verb that puts the statement out, as PolNeAR marks it
    assert [q[:3] for q in analyse(STATEMENT)] == [
        ("indirect", "the attacks", "published a statement condemning")]


def colon_line(label: str) -> list[tuple]:
    return [
        (label, 1, "nsubj", "NOUN", label.lower(), "NNS"), (":", 1, "punct", "PUNCT", ":", ":"),
        ("Clinton", 4, "compound", "PROPN", "Clinton", "NNP"),
        ("email", 4, "compound", "NOUN", "email", "NN"), ("story", 6, "nsubj", "NOUN", "story", "NN"),
        ("has", 6, "aux", "AUX", "have", "VBZ"), ("moved", 6, "ROOT", "VERB", "move", "VBN"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ]


@pytest.mark.parametrize(("label", "found"), [("Sanders", True), ("Note", False),
                                              ("Breaking", False)])
def test_a_capitalised_name_and_a_colon_open_a_report(label, found):
    expected = [("indirect", "Clinton email story has moved", ":")] if found else []
    assert [q[:3] for q in analyse(colon_line(label))] == expected


def test_a_colon_line_holds_the_reports_inside_it():
    rows = [("Rubio", 1, "nsubj", "PROPN", "Rubio", "NNP"), (":", 1, "punct", "PUNCT", ":", ":"),
            ("I", 3, "nsubj", "PRON", "I", "PRP"), ("believe", 3, "ROOT", "VERB", "believe", "VBP"),
            ("Trump", 5, "nsubj", "PROPN", "Trump", "NNP"), ("lied", 3, "ccomp", "VERB", "lie", "VBD"),
            (".", 3, "punct", "PUNCT", ".", ".")]
    quotes = analyse(rows, ["B-PERSON", "O", "O", "O", "B-PERSON", "O", "O"])
    assert [q[:3] for q in quotes] == [("indirect", "I believe Trump lied", ":")]


SLOW_TEXT = ("Byrne expressed concern that Clinton may become the next president. "
             "Trump has won 758 delegates, according to a CNN tally, but his path is narrowing.")


@pytest.mark.slow
def test_reports_with_the_real_model(nlp):
    from dyad.api import analyze

    rec = analyze(SLOW_TEXT)
    spans = {(SLOW_TEXT[q.start:q.end], q.cue) for q in rec.quotes}
    assert ("Clinton may become the next president", "expressed concern") in spans
    assert ("Trump has won 758 delegates", "according to") in spans


@pytest.mark.slow
def test_a_quoted_object_complement_keeps_its_object(nlp):
    # "calling him a “total loser”": the quotation mark is no boundary between object and
    # complement, so the content is the whole predication, as PolNeAR marks it
    from dyad.api import analyze

    text = "Trump attacked his rival on Tuesday, calling him a “total loser” in front of voters."
    rec = analyze(text)
    (q,) = [q for q in rec.quotes if q.cue == "calling"]
    assert text[q.start:q.end].startswith("him a “total loser”") and q.kind == "mixed"


def _rows(spec: str) -> list[tuple]:
    """Rows from 'word/head/dep/POS/lemma/TAG' items separated by spaces."""
    return [tuple(int(x) if k == 1 else x for k, x in enumerate(item.split("/")))
            for item in spec.split()]


def test_a_clause_the_parse_hangs_on_the_cue_goes_on_with_what_was_said():
    rows = _rows("Briggs/1/nsubj/PROPN/Briggs/NNP said/1/ROOT/VERB/say/VBD "
                 "Sanders/5/nsubjpass/PROPN/Sanders/NNP has/5/aux/AUX/have/VBZ "
                 "been/5/auxpass/AUX/be/VBN tested/1/ccomp/VERB/test/VBN ,/1/punct/PUNCT/,/, "
                 "so/10/mark/SCONJ/so/IN he/10/nsubj/PRON/he/PRP will/10/aux/AUX/will/MD "
                 "win/1/advcl/VERB/win/VB ./1/punct/PUNCT/./.")
    quotes = analyse(rows, ["B-PERSON", "O", "B-PERSON"] + ["O"] * 9)
    assert quotes == [("indirect", "Sanders has been tested, so he will win", "said", "Briggs")]


def test_a_report_of_its_own_ends_the_clause_before_it():
    rows = _rows("Kim/1/nsubj/PROPN/Kim/NNP said/1/ROOT/VERB/say/VBD Lee/3/nsubj/PROPN/Lee/NNP "
                 "won/1/ccomp/VERB/win/VBD and/1/cc/CCONJ/and/CC Park/6/nsubj/PROPN/Park/NNP "
                 "said/1/conj/VERB/say/VBD Moon/8/nsubj/PROPN/Moon/NNP lost/6/ccomp/VERB/lose/VBD "
                 "./1/punct/PUNCT/./.")
    quotes = analyse(rows, ["B-PERSON", "O", "B-PERSON", "O", "O", "B-PERSON", "O", "B-PERSON",
                            "O", "O"])
    assert [q[1] for q in quotes] == ["Lee won", "Moon lost"]


def test_an_object_report_goes_on_to_the_reason_given():
    rows = _rows("Clinton/1/nsubj/PROPN/Clinton/NNP portrayed/1/ROOT/VERB/portray/VBD "
                 "Sanders/1/dobj/PROPN/Sanders/NNP as/1/prep/ADP/as/IN a/5/det/DET/a/DT "
                 "hypocrite/3/pobj/NOUN/hypocrite/NN because/8/mark/SCONJ/because/IN "
                 "he/8/nsubj/PRON/he/PRP took/1/advcl/VERB/take/VBD money/8/dobj/NOUN/money/NN "
                 "./1/punct/PUNCT/./.")
    quotes = analyse(rows, ["B-PERSON", "O", "B-PERSON"] + ["O"] * 8)
    assert [q[1] for q in quotes] == ["Sanders as a hypocrite because he took money"]


def test_what_a_passive_cue_says_opens_with_its_subject():
    rows = _rows("Rubio/2/nsubjpass/PROPN/Rubio/NNP is/2/auxpass/AUX/be/VBZ seen/2/ROOT/VERB/see/VBN "
                 "by/2/agent/ADP/by/IN voters/3/pobj/NOUN/voter/NNS as/2/prep/ADP/as/IN "
                 "the/8/det/DET/the/DT choice/5/pobj/NOUN/choice/NN ./2/punct/PUNCT/./.")
    quotes = analyse(rows, ["B-PERSON"] + ["O"] * 8)
    assert [q[:3] for q in quotes] == [
        ("indirect", "Rubio is seen by voters as the choice", "is seen by voters as")]


def test_an_object_report_stops_at_when_it_was_said():
    rows = _rows("Cruz/1/nsubj/PROPN/Cruz/NNP defended/1/ROOT/VERB/defend/VBD "
                 "the/3/det/DET/the/DT remarks/1/dobj/NOUN/remark/NNS when/6/advmod/SCONJ/when/WRB "
                 "he/6/nsubj/PRON/he/PRP came/1/advcl/VERB/come/VBD under/6/prep/ADP/under/IN "
                 "attack/7/pobj/NOUN/attack/NN ./1/punct/PUNCT/./.")
    quotes = analyse(rows, ["B-PERSON"] + ["O"] * 9)
    assert [q[1] for q in quotes] == ["the remarks"]


def test_whom_a_passive_cue_was_said_to_is_not_what_was_said():
    rows = _rows("Cruz/2/nsubjpass/PROPN/Cruz/NNP was/2/auxpass/AUX/be/VBD asked/2/ROOT/VERB/ask/VBN "
                 "about/2/prep/ADP/about/IN the/5/det/DET/the/DT plan/3/pobj/NOUN/plan/NN "
                 "./2/punct/PUNCT/./.")
    quotes = analyse(rows, ["B-PERSON"] + ["O"] * 6)
    assert [q[1] for q in quotes] == ["the plan"]


def test_a_clause_with_an_attribution_of_its_own_is_not_part_of_the_report_before():
    rows = _rows("Kim/1/nsubj/PROPN/Kim/NNP said/1/ROOT/VERB/say/VBD Lee/3/nsubj/PROPN/Lee/NNP "
                 "won/1/ccomp/VERB/win/VBD ,/1/punct/PUNCT/,/, but/1/cc/CCONJ/but/CC "
                 "Park/7/nsubj/PROPN/Park/NNP lost/1/conj/VERB/lose/VBD ,/7/punct/PUNCT/,/, "
                 "according/7/prep/VERB/accord/VBG to/9/prep/ADP/to/IN the/12/det/DET/the/DT "
                 "count/10/pobj/NOUN/count/NN ./1/punct/PUNCT/./.")
    quotes = analyse(rows, ["B-PERSON", "O", "B-PERSON", "O", "O", "O", "B-PERSON"] + ["O"] * 7)
    assert not [q for q in quotes if q[2] == "said" and "Park lost" in q[1]]


def test_where_it_was_said_closes_no_report():
    rows = _rows("Cruz/1/nsubj/PROPN/Cruz/NNP called/1/ROOT/VERB/call/VBD the/3/det/DET/the/DT "
                 "group/1/dobj/NOUN/group/NN abhorrent/3/amod/ADJ/abhorrent/JJ in/4/prep/ADP/in/IN "
                 "a/7/det/DET/a/DT tweet/5/pobj/NOUN/tweet/NN ./1/punct/PUNCT/./.")
    quotes = analyse(rows, ["B-PERSON"] + ["O"] * 8)
    assert [q[1] for q in quotes] == ["the group abhorrent"]


def test_a_cue_after_a_quotation_before_its_subject_reports_nothing_after_it():
    # '“…,” said Lee, who leads …' parsed with the relative clause as the cue's complement:
    # the cue attributes the quotation before it; its speaker is not what was said
    rows = _rows("“/4/punct/PUNCT/“/`` We/4/nsubj/PRON/we/PRP must/4/aux/AUX/must/MD "
                 "not/4/neg/PART/not/RB wait/9/ccomp/VERB/wait/VB any/6/det/DET/any/DT "
                 "longer/4/advmod/ADV/long/RBR ,/9/punct/PUNCT/,/, ”/9/punct/PUNCT/”/'' "
                 "said/9/ROOT/VERB/say/VBD Lee/13/nsubj/PROPN/Lee/NNP ,/10/punct/PUNCT/,/, "
                 "who/13/nsubj/PRON/who/WP leads/9/ccomp/VERB/lead/VBZ the/15/det/DET/the/DT "
                 "group/13/dobj/NOUN/group/NN ./9/punct/PUNCT/./.")
    quotes = analyse(rows, ["O"] * 10 + ["B-PERSON"] + ["O"] * 6)
    assert [q[:2] for q in quotes] == [("direct", "We must not wait any longer")]


def test_a_complement_that_is_wholly_a_quotation_ends_at_its_closing_marks():
    # 'argued that “…,” citing …': the participle after the quotation is the writer's
    rows = _rows("Lee/1/nsubj/PROPN/Lee/NNP argued/1/ROOT/VERB/argue/VBD that/6/mark/SCONJ/that/IN "
                 "“/6/punct/PUNCT/“/`` the/5/det/DET/the/DT plan/6/nsubj/NOUN/plan/NN "
                 "is/1/ccomp/AUX/be/VBZ fair/6/acomp/ADJ/fair/JJ ,/6/punct/PUNCT/,/, "
                 "”/6/punct/PUNCT/”/'' citing/6/advcl/VERB/cite/VBG a/12/det/DET/a/DT "
                 "study/10/dobj/NOUN/study/NN ./1/punct/PUNCT/./.")
    quotes = analyse(rows, ["B-PERSON"] + ["O"] * 13)
    assert ("direct", "the plan is fair", "argued", "Lee") in quotes


def test_heralding_something_as_a_quoted_word_is_a_mixed_report():
    rows = _rows("Lee/1/nsubj/PROPN/Lee/NNP heralded/1/ROOT/VERB/herald/VBD the/3/det/DET/the/DT "
                 "deal/1/dobj/NOUN/deal/NN as/1/prep/ADP/as/IN a/7/det/DET/a/DT "
                 "“/7/punct/PUNCT/“/`` breakthrough/4/pobj/NOUN/breakthrough/NN "
                 "”/7/punct/PUNCT/”/'' ./1/punct/PUNCT/./.")
    quotes = analyse(rows, ["B-PERSON"] + ["O"] * 9)
    assert quotes == [("mixed", "the deal as a “breakthrough”", "heralded", "Lee")]


def test_so_after_a_verb_of_saying_stands_for_what_was_said():
    rows = _rows("Most/1/nsubj/ADJ/most/JJS agreed/1/ROOT/VERB/agree/VBD ,/1/punct/PUNCT/,/, "
                 "after/5/mark/SCONJ/after/IN Kim/5/nsubj/PROPN/Kim/NNP said/1/advcl/VERB/say/VBD "
                 "so/5/advmod/ADV/so/RB ./1/punct/PUNCT/./.")
    quotes = analyse(rows, ["O", "O", "O", "O", "B-PERSON", "O", "O", "O"])
    assert quotes == [("indirect", "so", "said", "Kim")]


def test_so_opening_a_phrase_of_its_own_is_not_what_was_said():
    rows = _rows("Kim/1/nsubj/PROPN/Kim/NNP said/1/ROOT/VERB/say/VBD so/3/advmod/ADV/so/RB "
                 "many/4/amod/ADJ/many/JJ things/1/dobj/NOUN/thing/NNS ./1/punct/PUNCT/./.")
    quotes = analyse(rows, ["B-PERSON"] + ["O"] * 5)
    assert [q[1] for q in quotes] != ["so"]


def test_whom_a_question_was_put_to_is_not_what_it_was_about():
    rows = _rows("Lee/1/nsubj/PROPN/Lee/NNP asked/1/ROOT/VERB/ask/VBD Park/1/dobj/PROPN/Park/NNP "
                 "about/1/prep/ADP/about/IN the/5/det/DET/the/DT budget/3/pobj/NOUN/budget/NN "
                 "./1/punct/PUNCT/./.")
    quotes = analyse(rows, ["B-PERSON", "O", "B-PERSON", "O", "O", "O", "O"])
    assert [q[:3] for q in quotes] == [("indirect", "the budget", "asked Park about")]


def test_where_someone_spoke_is_not_what_they_spoke_about():
    rows = _rows("Lee/1/nsubj/PROPN/Lee/NNP spoke/1/ROOT/VERB/speak/VBD on/1/prep/ADP/on/IN "
                 "radio/2/pobj/NOUN/radio/NN about/1/prep/ADP/about/IN taxes/4/pobj/NOUN/tax/NNS "
                 "./1/punct/PUNCT/./.")
    quotes = analyse(rows, ["B-PERSON"] + ["O"] * 6)
    assert [q[1] for q in quotes] == ["taxes"]


def test_a_cue_in_a_when_clause_is_no_parenthetical_attribution():
    rows = _rows("The/1/det/DET/the/DT crowd/2/nsubj/NOUN/crowd/NN cheered/2/ROOT/VERB/cheer/VBD "
                 "when/5/advmod/SCONJ/when/WRB Kim/5/nsubj/PROPN/Kim/NNP told/2/advcl/VERB/tell/VBD "
                 "reporters/5/dobj/NOUN/reporter/NNS ./2/punct/PUNCT/./.")
    assert analyse(rows, ["O", "O", "O", "O", "B-PERSON", "O", "O", "O"]) == []


def test_a_subordinate_cue_with_an_object_is_no_parenthetical_attribution():
    rows = _rows("Lee/1/nsubj/PROPN/Lee/NNP smiled/1/ROOT/VERB/smile/VBD ,/1/punct/PUNCT/,/, "
                 "Kim/4/nsubj/PROPN/Kim/NNP telling/1/advcl/VERB/tell/VBG them/4/dobj/PRON/they/PRP "
                 "./1/punct/PUNCT/./.")
    assert analyse(rows, ["B-PERSON", "O", "O", "B-PERSON", "O", "O", "O"]) == []


def test_a_cue_inside_a_question_reports_nothing():
    rows = _rows("The/1/det/DET/the/DT vote/2/nsubj/NOUN/vote/NN depends/2/ROOT/VERB/depend/VBZ "
                 "on/2/prep/ADP/on/IN whether/6/mark/SCONJ/whether/IN Kim/6/nsubj/PROPN/Kim/NNP "
                 "supports/3/pcomp/VERB/support/VBZ the/8/det/DET/the/DT deal/6/dobj/NOUN/deal/NN "
                 "./2/punct/PUNCT/./.")
    assert analyse(rows, ["O"] * 5 + ["B-PERSON"] + ["O"] * 4) == []


def test_what_alone_is_not_what_was_said():
    rows = _rows("The/1/det/DET/the/DT crowd/2/nsubj/NOUN/crowd/NN cheered/2/ROOT/VERB/cheer/VBD "
                 "what/5/dobj/PRON/what/WP Lee/5/nsubj/PROPN/Lee/NNP said/2/ccomp/VERB/say/VBD "
                 "./2/punct/PUNCT/./.")
    # the rules alone: "what" is no content of "said" (whether the crowd's cheering reports
    # something is the learned cue model's call, dyad.nlp.learned_cues)
    assert analyse(rows, ["O", "O", "O", "O", "B-PERSON", "O", "O"], cue_model=None) == []


def test_an_editors_note_with_a_curly_apostrophe_opens_no_report():
    rows = [("Editor", 2, "poss", "PROPN", "Editor", "NNP"), ("’s", 0, "case", "PART", "’s", "POS"),
            *[(w, h + 2, d, p, lem, t) for w, h, d, p, lem, t in colon_line("note")]]
    rows[2] = ("note", 3, "nsubj", "NOUN", "note", "NN")
    assert analyse(rows) == []


def test_line_labels_are_written_as_they_are_matched():
    from dyad.nlp.report_lines import _labels

    assert all(label == " ".join(label.lower().split()) and "’" not in label
               for label in _labels())


def test_a_claim_by_someone_is_theirs():
    rows = _rows("Claims/6/nsubj/NOUN/claim/NNS by/0/prep/ADP/by/IN officials/1/pobj/NOUN/official/NNS "
                 "that/5/mark/SCONJ/that/IN taxes/5/nsubj/NOUN/tax/NNS rose/0/acl/VERB/rise/VBD "
                 "spread/6/ROOT/VERB/spread/VBD ./6/punct/PUNCT/./.")
    quotes = analyse(rows)
    assert [q[:3] for q in quotes] == [("indirect", "taxes rose", "Claims")]


@pytest.mark.slow
def test_a_mixed_report_ends_with_a_quotation_a_gloss_follows(nlp):
    # what the writer adds after a quotation closed by a comma or a dash is no part of what was
    # said: a relative clause, a participle, an aside after a dash
    from dyad.api import analyze

    for text, gloss in (
            ("The mayor said the new bridge was “a gift to the city,” which pleased its builders.",
             "which"),
            ("The mayor said the new bridge was “a gift to the city” — a phrase she often uses.",
             "phrase"),
    ):
        rec = analyze(text)
        (q,) = [q for q in rec.quotes if q.cue == "said"]
        assert q.kind == "mixed" and "a gift to the city" in q.text and gloss not in q.text


@pytest.mark.slow
def test_reports_and_sources_speak_as_what_the_text_names_them(nlp):
    # a report, a poll or an unnamed source is no collective that speaks: the quote keeps its
    # content and cue, and its speaker is named as the text names it, of kind "other"
    from dyad.api import analyze

    text = ("The harbour bridge will close for repairs next spring, according to reports. "
            "Sources said the work could take a year. Three engineers said it was overdue.")
    rec = analyze(text)
    kinds = {a.id: (a.name, a.kind) for a in rec.actors}
    by_text = {q.text: kinds.get(q.speaker) for q in rec.quotes}
    assert by_text["The harbour bridge will close for repairs next spring"] == ("reports", "other")
    assert by_text["the work could take a year"] == ("Sources", "other")
    assert by_text["it was overdue"] == ("engineers", "group")


def test_content_ending_with_a_quotation_takes_the_rest_of_its_list():
    from dyad.nlp.report_spans import quoted_list

    text = "They accused the board of “neglect,” “waste” and “worse” last week."
    marked = [(text.index(w), text.index(w) + len(w)) for w in ("neglect", "waste", "worse")]
    end = text.index("neglect") + len("neglect")
    assert text[:quoted_list(text, end, marked)].endswith("“worse")
    # a quotation after other words is no part of the list
    text2 = "They accused the board of “neglect,” and then praised its “candour”."
    marked2 = [(text2.index(w), text2.index(w) + len(w)) for w in ("neglect", "candour")]
    end2 = text2.index("neglect") + len("neglect")
    assert quoted_list(text2, end2, marked2) == end2


def test_a_quotation_that_ends_a_sentence_ends_the_list():
    from dyad.nlp.report_spans import quoted_list

    text = "She said it was the only “remedy left.” “We must act,” she said."
    marked = [(text.index("remedy"), text.index("left.") + 5), (text.index("We"), text.index(",”"))]
    end = text.index("left") + len("left")
    assert quoted_list(text, end, marked) == marked[0][1]


def test_a_quotation_opened_after_the_content_closed_one_is_not_its_own():
    from dyad.nlp.report_quotations import whole_quotations

    text = "She said it was the only “remedy left.” “We must act,” she said."
    first = (text.index("remedy"), text.index("left.") + 5)
    second = (text.index("We"), text.index(",”"))
    start = text.index("it was")
    assert whole_quotations(text, start, first[1], [first, second]) == (start, first[1])
    # one that goes on right where the clause ends is taken in ('called him “unhinged”')
    text2 = "He called him “unhinged” and left."
    marked2 = [(text2.index("unhinged"), text2.index("unhinged") + 8)]
    end2 = text2.index(" “")
    assert whole_quotations(text2, 3, end2, marked2) == (3, marked2[0][1])


@pytest.mark.slow
def test_a_mixed_quote_before_a_direct_one_keeps_its_own_end(nlp):
    from dyad.api import analyze

    text = ("Councilwoman Rhonda Rogers said the manager’s plan “is an adequate beginning.” "
            "“I think we continue to develop a plan 10 years out,” she added.")
    rec = analyze(text)
    kinds = {q.kind: q.text for q in rec.quotes}
    assert kinds["mixed"].endswith("adequate beginning.") and "I think" not in kinds["mixed"]
    assert kinds["direct"].startswith("I think we continue")


AS_PUT_IT = [
    ("As", 3, "mark", "SCONJ", "as", "IN"), ("the", 2, "det", "DET", "the", "DT"),
    ("mayor", 3, "nsubj", "NOUN", "mayor", "NN"), ("put", 9, "advcl", "VERB", "put", "VBD"),
    ("it", 3, "dobj", "PRON", "it", "PRP"), (",", 9, "punct", "PUNCT", ",", ","),
    ("the", 7, "det", "DET", "the", "DT"), ("ferry", 9, "nsubj", "NOUN", "ferry", "NN"),
    ("will", 9, "aux", "AUX", "will", "MD"), ("run", 9, "ROOT", "VERB", "run", "VB"),
    (".", 9, "punct", "PUNCT", ".", "."),
]

PUT_ON_HOLD = [
    ("Kim", 1, "nsubj", "PROPN", "Kim", "NNP"), ("put", 1, "ROOT", "VERB", "put", "VBD"),
    ("the", 3, "det", "DET", "the", "DT"), ("plan", 1, "dobj", "NOUN", "plan", "NN"),
    ("on", 1, "prep", "ADP", "on", "IN"), ("hold", 4, "pobj", "NOUN", "hold", "NN"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_as_someone_put_it_attributes_the_clause_it_opens():
    assert [q[:3] for q in analyse(AS_PUT_IT)] == [("indirect", "the ferry will run", "put it")]


def test_put_reports_nothing_outside_as_someone_put_it():
    assert analyse(PUT_ON_HOLD, ["B-PERSON"] + ["O"] * 6) == []


def set_off(after: list[tuple]) -> list[tuple]:
    """'It is no surprise, Garin said, …': an attribution set off inside what it reports."""
    return [
        ("It", 1, "nsubj", "PRON", "it", "PRP"), ("is", 6, "ccomp", "AUX", "be", "VBZ"),
        ("no", 3, "det", "DET", "no", "DT"), ("surprise", 1, "attr", "NOUN", "surprise", "NN"),
        (",", 6, "punct", "PUNCT", ",", ","), ("Garin", 6, "nsubj", "PROPN", "Garin", "NNP"),
        ("said", 6, "ROOT", "VERB", "say", "VBD"), (",", 6, "punct", "PUNCT", ",", ","),
        *after, (".", 6, "punct", "PUNCT", ".", "."),
    ]


def test_a_cue_set_off_inside_its_report_reports_both_sides():
    rows = set_off([("that", 10, "mark", "SCONJ", "that", "IN"),
                    ("Clinton", 10, "nsubj", "PROPN", "Clinton", "NNP"),
                    ("won", 6, "ccomp", "VERB", "win", "VBD")])
    quotes = analyse(rows, ["O"] * 5 + ["B-PERSON"] + ["O"] * 3 + ["B-PERSON", "O", "O"])
    assert quotes == [("indirect", "It is no surprise, Garin said, that Clinton won", "said",
                       "Garin")]


def test_a_participle_after_a_set_off_cue_is_not_what_was_said():
    rows = set_off([("citing", 6, "advcl", "VERB", "cite", "VBG"),
                    ("polls", 8, "dobj", "NOUN", "poll", "NNS")])
    quotes = analyse(rows, ["O"] * 5 + ["B-PERSON"] + ["O"] * 5)
    assert ("indirect", "It is no surprise", "said", "Garin") in quotes


def glossed(opener: str, mark: str = ",") -> list[tuple]:
    """'Lee said the plan failed, a charge that Kim denies.'"""
    return [
        ("Lee", 1, "nsubj", "PROPN", "Lee", "NNP"), ("said", 1, "ROOT", "VERB", "say", "VBD"),
        ("the", 3, "det", "DET", "the", "DT"), ("plan", 4, "nsubj", "NOUN", "plan", "NN"),
        ("failed", 1, "ccomp", "VERB", "fail", "VBD"), (mark, 3, "punct", "PUNCT", mark, ","),
        (opener, 7, "det", "DET", opener.lower(), "DT"), ("charge", 3, "appos", "NOUN", "charge", "NN"),
        ("that", 10, "dobj", "PRON", "that", "WDT"), ("Kim", 10, "nsubj", "PROPN", "Kim", "NNP"),
        ("denies", 7, "relcl", "VERB", "deny", "VBZ"), (".", 1, "punct", "PUNCT", ".", "."),
    ]


@pytest.mark.parametrize("mark", [",", "—"])
def test_a_glossing_noun_phrase_after_a_report_is_the_writers(mark):
    quotes = analyse(glossed("a", mark), ["B-PERSON"] + ["O"] * 8 + ["B-PERSON", "O", "O"])
    assert quotes == [("indirect", "the plan failed", "said", "Lee")]


def test_a_defined_noun_phrase_after_a_report_may_be_part_of_it():
    quotes = analyse(glossed("the"), ["B-PERSON"] + ["O"] * 8 + ["B-PERSON", "O", "O"])
    assert quotes == [("indirect", "the plan failed, the charge that Kim denies", "said", "Lee")]


def test_the_relative_word_a_report_opens_with_is_part_of_it():
    """'the vote, which Lee said was a mistake': the parse hangs "which" on the cue."""
    rows = [
        ("Kim", 1, "nsubj", "PROPN", "Kim", "NNP"), ("made", 1, "ROOT", "VERB", "make", "VBD"),
        ("the", 3, "det", "DET", "the", "DT"), ("vote", 1, "dobj", "NOUN", "vote", "NN"),
        ("which", 6, "dobj", "PRON", "which", "WDT"), ("Lee", 6, "nsubj", "PROPN", "Lee", "NNP"),
        ("said", 3, "relcl", "VERB", "say", "VBD"), ("was", 6, "ccomp", "AUX", "be", "VBD"),
        ("a", 9, "det", "DET", "a", "DT"), ("mistake", 7, "attr", "NOUN", "mistake", "NN"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    quotes = analyse(rows, ["B-PERSON"] + ["O"] * 4 + ["B-PERSON"] + ["O"] * 5)
    assert quotes == [("indirect", "which Lee said was a mistake", "said", "Lee")]


def test_a_voiced_attitude_reports_what_it_is_about():
    rows = _rows("Park/1/nsubj/PROPN/Park/NNP voiced/1/ROOT/VERB/voice/VBD "
                 "support/1/dobj/NOUN/support/NN for/2/prep/ADP/for/IN the/5/det/DET/the/DT "
                 "tax/3/pobj/NOUN/tax/NN ./1/punct/PUNCT/./.")
    quotes = analyse(rows, ["B-PERSON"] + ["O"] * 6)
    assert quotes == [("indirect", "the tax", "voiced support for", "Park")]


def test_a_voiced_attitude_with_its_holder_is_part_of_what_was_said():
    rows = _rows("Park/1/nsubj/PROPN/Park/NNP voiced/1/ROOT/VERB/voice/VBD her/3/poss/PRON/her/PRP$ "
                 "support/1/dobj/NOUN/support/NN for/3/prep/ADP/for/IN the/6/det/DET/the/DT "
                 "tax/4/pobj/NOUN/tax/NN ./1/punct/PUNCT/./.")
    quotes = analyse(rows, ["B-PERSON"] + ["O"] * 7)
    assert [q[1:3] for q in quotes] == [("her support for the tax", "voiced")]


def test_a_cue_noun_shown_reports_what_it_is_about():
    rows = _rows("Lee/2/nsubj/PROPN/Lee/NNP has/2/aux/AUX/have/VBZ shown/2/ROOT/VERB/show/VBN "
                 "no/4/det/DET/no/DT interest/2/dobj/NOUN/interest/NN in/4/prep/ADP/in/IN "
                 "the/7/det/DET/the/DT deal/5/pobj/NOUN/deal/NN ./2/punct/PUNCT/./.")
    quotes = analyse(rows, ["B-PERSON"] + ["O"] * 8)
    assert quotes == [("indirect", "the deal", "has shown no interest in", "Lee")]


def test_what_a_poll_shows_keeps_its_object():
    rows = _rows("The/1/det/DET/the/DT poll/2/nsubj/NOUN/poll/NN showed/2/ROOT/VERB/show/VBD "
                 "a/4/det/DET/a/DT lead/2/dobj/NOUN/lead/NN for/4/prep/ADP/for/IN "
                 "Lee/5/pobj/PROPN/Lee/NNP ./2/punct/PUNCT/./.")
    quotes = analyse(rows, ["O"] * 6 + ["B-PERSON", "O"])
    assert [q[1:3] for q in quotes] == [("a lead for Lee", "showed")]


def test_an_object_the_parse_took_from_a_subjectless_clause_is_its_subject():
    # a parse may read "life" as the object of "said" and leave the clause with no subject
    rows = _rows("Kim/1/nsubj/PROPN/Kim/NNP said/1/ROOT/VERB/say/VBD life/1/dobj/NOUN/life/NN "
                 "here/2/advmod/ADV/here/RB would/5/aux/AUX/would/MD be/1/ccomp/AUX/be/VB "
                 "worse/5/acomp/ADJ/bad/JJR ./1/punct/PUNCT/./.")
    quotes = analyse(rows, ["B-PERSON"] + ["O"] * 7)
    assert [q[1:3] for q in quotes] == [("life here would be worse", "said")]


def test_an_object_before_a_clause_with_its_own_subject_stays_out():
    rows = _rows("Kim/1/nsubj/PROPN/Kim/NNP showed/1/ROOT/VERB/show/VBD "
                 "voters/1/dobj/NOUN/voter/NNS the/4/det/DET/the/DT plan/5/nsubj/NOUN/plan/NN "
                 "works/1/ccomp/VERB/work/VBZ ./1/punct/PUNCT/./.")
    quotes = analyse(rows, ["B-PERSON"] + ["O"] * 6)
    assert [q[1:3] for q in quotes] == [("the plan works", "showed")]


def _said_with_brackets(inside: str) -> list[tuple]:
    return _rows("Lee/1/nsubj/PROPN/Lee/NNP said/1/ROOT/VERB/say/VBD the/3/det/DET/the/DT "
                 "city/4/nsubj/NOUN/city/NN lost/1/ccomp/VERB/lose/VBD 500/6/nummod/NUM/500/CD "
                 "jobs/4/dobj/NOUN/job/NNS (/6/punct/PUNCT/(/-LRB- " + inside
                 + " )/6/punct/PUNCT/)/-RRB- ./1/punct/PUNCT/./.")


def test_a_closing_clause_in_brackets_is_the_writers_aside():
    rows = _said_with_brackets("the/10/det/DET/the/DT real/10/amod/ADJ/real/JJ "
                               "number/11/nsubj/NOUN/number/NN was/6/appos/AUX/be/VBD "
                               "higher/11/acomp/ADJ/high/JJR")
    quotes = analyse(rows, ["B-PERSON"] + ["O"] * (len(rows) - 1))
    assert [q[1] for q in quotes] == ["the city lost 500 jobs"]


def test_a_closing_bracket_with_no_clause_is_part_of_what_was_said():
    rows = _said_with_brackets("net/9/amod/ADJ/net/JJ loss/6/appos/NOUN/loss/NN")
    quotes = analyse(rows, ["B-PERSON"] + ["O"] * (len(rows) - 1))
    assert [q[1] for q in quotes] == ["the city lost 500 jobs ( net loss )"]  # a built Doc spaces every token


def fronted(opener: list[tuple]) -> list[tuple]:
    """'<opener>, Taylor warned, supporters will leave.': a parse hangs the opener on the cue,
    and the cue, set off by commas, on the statement (parataxis). ``opener`` is two tokens."""
    return [
        *opener, (",", 4, "punct", "PUNCT", ",", ","),
        ("Taylor", 4, "nsubj", "PROPN", "Taylor", "NNP"),
        ("warned", 8, "parataxis", "VERB", "warn", "VBD"), (",", 4, "punct", "PUNCT", ",", ","),
        ("supporters", 8, "nsubj", "NOUN", "supporter", "NNS"),
        ("will", 8, "aux", "AUX", "will", "MD"), ("leave", 8, "ROOT", "VERB", "leave", "VB"),
        (".", 8, "punct", "PUNCT", ".", "."),
    ]


def test_what_opens_a_statement_before_a_parenthetical_cue_is_part_of_it():
    rows = fronted([("If", 1, "mark", "SCONJ", "if", "IN"),
                    ("rejected", 4, "advcl", "VERB", "reject", "VBN")])
    quotes = analyse(rows, ["O"] * 3 + ["B-PERSON"] + ["O"] * 6, cue_model=None,
                     span_model=None)
    assert quotes == [("indirect", "If rejected, Taylor warned, supporters will leave", "warned",
                       "Taylor")]


def test_when_a_parenthetical_cue_was_said_is_not_part_of_its_statement():
    rows = fronted([("On", 4, "prep", "ADP", "on", "IN"),
                    ("Monday", 0, "pobj", "PROPN", "Monday", "NNP")])
    quotes = analyse(rows, ["O", "B-DATE", "O", "B-PERSON"] + ["O"] * 6, cue_model=None,
                     span_model=None)
    assert quotes == [("indirect", "supporters will leave", "warned", "Taylor")]


def stray_subject(subject: bool) -> list[tuple]:
    """'Lee left and the permit, Kim said, was late.': a parse takes the statement's subject for a
    conjunct of the clause before, and hangs the cue, set off by commas, on the statement."""
    rest = [("it", 10, "nsubj", "PRON", "it", "PRP")] if subject else []
    k = len(rest)
    return [
        ("Lee", 1, "nsubj", "PROPN", "Lee", "NNP"), ("left", 1, "ROOT", "VERB", "leave", "VBD"),
        ("and", 1, "cc", "CCONJ", "and", "CC"), ("the", 4, "det", "DET", "the", "DT"),
        ("permit", 1, "conj", "NOUN", "permit", "NN"), (",", 7, "punct", "PUNCT", ",", ","),
        ("Kim", 7, "nsubj", "PROPN", "Kim", "NNP"),
        ("said", 9 + k, "parataxis", "VERB", "say", "VBD"), (",", 7, "punct", "PUNCT", ",", ","),
        *rest, ("was", 1, "conj", "AUX", "be", "VBD"),
        ("late", 9 + k, "acomp", "ADJ", "late", "JJ"), (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_a_parenthetical_cue_after_the_subject_of_its_statement_reports_it_too():
    ents = ["B-PERSON"] + ["O"] * 5 + ["B-PERSON"] + ["O"] * 5
    quotes = analyse(stray_subject(False), ents, cue_model=None, span_model=None)
    assert quotes == [("indirect", "the permit, Kim said, was late", "said", "Kim")]


def test_a_statement_with_a_subject_of_its_own_leaves_the_noun_before_the_cue_out():
    ents = ["B-PERSON"] + ["O"] * 5 + ["B-PERSON"] + ["O"] * 6
    quotes = analyse(stray_subject(True), ents, cue_model=None, span_model=None)
    assert quotes == [("indirect", "it was late", "said", "Kim")]


def test_a_span_edge_never_splits_a_hyphened_word():
    from dyad.nlp.report_spans import whole_words

    text = "seen as a U-turn by Microsoft, a well-known firm"
    s = text.index("a U")
    assert text[slice(*whole_words(text, s, s + 3))] == "a U-turn"
    s = text.index("known")
    assert text[slice(*whole_words(text, s, len(text)))] == "well-known firm"
    # a dash between spaced words is no hyphen
    text = "a plan - then more"
    assert whole_words(text, 0, 6) == (0, 6)


def test_a_cue_stops_short_of_the_content_it_reports():
    # "accused Russia of meddling": Russia opens what is reported, so the cue is the verb alone
    rows = _rows("Clinton/1/nsubj/PROPN/Clinton/NNP accused/1/ROOT/VERB/accuse/VBD "
                 "Russia/1/dobj/PROPN/Russia/NNP of/1/prep/ADP/of/IN "
                 "meddling/3/pcomp/VERB/meddle/VBG in/4/prep/ADP/in/IN the/7/det/DET/the/DT "
                 "vote/5/pobj/NOUN/vote/NN ./1/punct/PUNCT/./.")
    quotes = analyse(rows, ["B-PERSON", "O", "B-GPE", "O", "O", "O", "O", "O", "O"])
    assert [q[:3] for q in quotes] == [("indirect", "Russia of meddling in the vote", "accused")]


@pytest.mark.slow
def test_a_cue_runs_from_the_verb_its_clause_completes(nlp):
    # PolNeAR's cue is "went on to say"; "prompted him to say" is his saying, cued by "to say"
    from dyad.api import analyze

    cues = {}
    for text in ("The senator went on to say that the plan would fail.",
                 "Ann Lee continued to insist that the vote was rigged.",
                 "The question prompted him to say that the plan would fail.",
                 "The campaign issued a statement saying that the vote was rigged.",
                 "The man held up a sign saying that the vote was rigged."):
        cues[text.split()[1]] = [q.cue for q in analyze(text).quotes]
    assert cues["senator"] == ["went on to say"]
    assert cues["Lee"] == ["continued to insist"]
    assert cues["question"] == ["to say"]
    assert cues["campaign"] == ["issued a statement saying"]
    assert cues["man"] == ["saying"]


def test_content_before_its_cue_keeps_its_relative_clause():
    # "A, which B, she said": the clause before the cue is all the speaker's; after the cue a
    # closing relative clause is the writer's gloss
    rows = _rows("The/1/det/DET/the/DT plant/3/nsubj/NOUN/plant/NN is/3/aux/AUX/be/VBZ "
                 "safe/9/ccomp/ADJ/safe/JJ ,/3/punct/PUNCT/,/, which/6/nsubj/PRON/which/WDT "
                 "opened/3/relcl/VERB/open/VBD ,/9/punct/PUNCT/,/, Lee/9/nsubj/PROPN/Lee/NNP "
                 "said/9/ROOT/VERB/say/VBD ./9/punct/PUNCT/./.")
    quotes = analyse(rows, ["O"] * 8 + ["B-PERSON", "O", "O"])
    assert quotes == [("indirect", "The plant is safe, which opened", "said", "Lee")]
    rows = _rows("Lee/1/nsubj/PROPN/Lee/NNP said/1/ROOT/VERB/say/VBD the/3/det/DET/the/DT "
                 "plant/4/nsubj/NOUN/plant/NN opened/1/ccomp/VERB/open/VBD ,/4/punct/PUNCT/,/, "
                 "which/7/nsubj/PRON/which/WDT helps/4/relcl/VERB/help/VBZ ./1/punct/PUNCT/./.")
    quotes = analyse(rows, ["B-PERSON"] + ["O"] * 8)
    assert quotes == [("indirect", "the plant opened", "said", "Lee")]


def test_two_clauses_before_the_cue_are_one_statement():
    # "A but B, she said": a parse may hang both clauses on the cue
    rows = _rows("Sales/1/nsubj/NOUN/sale/NNS rose/7/ccomp/VERB/rise/VBD but/1/cc/CCONJ/but/CC "
                 "costs/4/nsubj/NOUN/cost/NNS fell/7/ccomp/VERB/fall/VBD ,/7/punct/PUNCT/,/, "
                 "Lee/7/nsubj/PROPN/Lee/NNP said/7/ROOT/VERB/say/VBD ./7/punct/PUNCT/./.")
    quotes = analyse(rows, ["O"] * 6 + ["B-PERSON", "O", "O"])
    assert quotes == [("indirect", "Sales rose but costs fell", "said", "Lee")]


def test_a_cue_inside_what_another_cue_reports_is_no_parenthetical():
    # "An officer responded and he heard it, Nelson said": "responded" reports nothing of its
    # own (not "Nelson said"); the whole clause is Nelson's
    rows = _rows("An/1/det/DET/an/DT officer/2/nsubj/NOUN/officer/NN "
                 "responded/9/ccomp/VERB/respond/VBD and/2/cc/CCONJ/and/CC he/6/nsubj/PRON/he/PRP "
                 "heard/2/conj/VERB/hear/VBD it/5/dobj/PRON/it/PRP ,/9/punct/PUNCT/,/, "
                 "Nelson/9/nsubj/PROPN/Nelson/NNP said/9/ROOT/VERB/say/VBD ./9/punct/PUNCT/./.")
    quotes = analyse(rows, ["O"] * 8 + ["B-PERSON", "O", "O"])
    assert quotes == [("indirect", "An officer responded and he heard it", "said", "Nelson")]


def test_a_cue_in_the_imperative_reports_nothing():
    # "Tell them the school is closed": the writer to the reader, no one's statement
    rows = _rows("Tell/0/ROOT/VERB/tell/VB them/0/dative/PRON/they/PRP the/3/det/DET/the/DT "
                 "school/5/nsubjpass/NOUN/school/NN is/5/auxpass/AUX/be/VBZ "
                 "closed/0/ccomp/VERB/close/VBN ./0/punct/PUNCT/./.")
    assert analyse(rows) == []
    rows = _rows("Lee/1/nsubj/PROPN/Lee/NNP told/1/ROOT/VERB/tell/VBD them/1/dative/PRON/they/PRP "
                 "the/4/det/DET/the/DT school/6/nsubjpass/NOUN/school/NN is/6/auxpass/AUX/be/VBZ "
                 "closed/1/ccomp/VERB/close/VBN ./1/punct/PUNCT/./.")
    assert analyse(rows, ["B-PERSON"] + ["O"] * 7) == [
        ("indirect", "the school is closed", "told", "Lee")]


@pytest.mark.slow
def test_a_quotation_closed_by_a_comma_before_the_cue_goes_on_to_the_cue(nlp):
    # before its cue, what follows '“…,”' is still the speaker's, not the writer's gloss
    from dyad.api import analyze

    text = ('Cheaper non-surgical "liquid facelifts," combining Botox and dermal filler, are '
            'popular and can offer "instantaneous results, a real wow factor," says Ellis.')
    (q,) = analyze(text).quotes
    assert q.kind == "mixed" and q.text.startswith("Cheaper") and q.text.endswith("wow factor")


def test_a_phrase_coordinated_with_the_reported_one_goes_with_it():
    # "accused Blair of lying and of cheating": both charges are what he was accused of
    rows = _rows("Howard/1/nsubj/PROPN/Howard/NNP accused/1/ROOT/VERB/accuse/VBD "
                 "Blair/1/dobj/PROPN/Blair/NNP of/1/prep/ADP/of/IN lying/3/pcomp/VERB/lie/VBG "
                 "and/3/cc/CCONJ/and/CC of/3/conj/ADP/of/IN cheating/6/pcomp/VERB/cheat/VBG "
                 "./1/punct/PUNCT/./.")
    quotes = analyse(rows, ["B-PERSON", "O", "B-PERSON"] + ["O"] * 6)
    assert quotes == [("indirect", "Blair of lying and of cheating", "accused", "Howard")]


def test_an_attribution_parsed_as_a_conjunct_attributes_what_stands_before_its_comma():
    # "Sales rose, Lee said" where the parse makes "said" a conjunct of "rose"
    rows = _rows("Sales/1/nsubj/NOUN/sale/NNS rose/1/ROOT/VERB/rise/VBD ,/1/punct/PUNCT/,/, "
                 "Lee/4/nsubj/PROPN/Lee/NNP said/1/conj/VERB/say/VBD ./1/punct/PUNCT/./.")
    assert analyse(rows, ["O", "O", "O", "B-PERSON", "O", "O"]) == [
        ("indirect", "Sales rose", "said", "Lee")]
    # with a conjunction the second clause is one of its own
    rows = _rows("Sales/1/nsubj/NOUN/sale/NNS rose/1/ROOT/VERB/rise/VBD ,/1/punct/PUNCT/,/, "
                 "and/1/cc/CCONJ/and/CC Lee/5/nsubj/PROPN/Lee/NNP said/1/conj/VERB/say/VBD "
                 "./1/punct/PUNCT/./.")
    assert analyse(rows, ["O", "O", "O", "O", "B-PERSON", "O", "O"]) == []


@pytest.mark.slow
def test_a_quotation_before_a_cue_with_no_comma_is_attributed(nlp):
    # '… by “our common values” he added.': the parse leaves the cue with nothing to hang on it
    from dyad.api import analyze

    rec = analyze('Foreign Secretary Jack Straw spoke in Brussels. But there was a need to '
                  'recognise it would not be defeated by "military might alone but also by '
                  'demonstrating the strength of our common values" he added.')
    names = {a.id: a.name for a in rec.actors}
    (q,) = rec.quotes
    assert q.cue == "added" and names[q.speaker] == "Jack Straw" and q.text.endswith("common values")


def test_a_participle_hung_on_what_a_cue_reports_shares_the_cues_speaker():
    # "Lee said progress had been made, adding that it helps": Lee adds it, not "progress"
    rows = _rows("Lee/1/nsubj/PROPN/Lee/NNP said/1/ROOT/VERB/say/VBD "
                 "progress/5/nsubjpass/NOUN/progress/NN had/5/aux/AUX/have/VBD "
                 "been/5/auxpass/AUX/be/VBN made/1/ccomp/VERB/make/VBN ,/5/punct/PUNCT/,/, "
                 "adding/5/advcl/VERB/add/VBG that/10/mark/SCONJ/that/IN it/10/nsubj/PRON/it/PRP "
                 "helps/7/ccomp/VERB/help/VBZ ./1/punct/PUNCT/./.")
    quotes = analyse(rows, ["B-PERSON"] + ["O"] * 11)
    assert ("indirect", "it helps", "adding", "Lee") in quotes
