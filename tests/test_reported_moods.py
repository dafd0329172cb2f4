"""Cue words whose mood or clause reports nothing, on hand-built Docs (parses as the small model
gives them): the writer's instruction to the reader, what a finder came upon; and reported
content that keeps the bracket it opens; whom a question was put to, who is not its speaker."""

from conftest import build_doc

from dyad.knowledge import load_knowledge
from dyad.nlp.actors import find_actors
from dyad.nlp.quotes import find_quotes


def analyse(rows, ents=None):
    doc = build_doc(rows, ents or ["O"] * len(rows))
    quotes = find_quotes(doc, find_actors(doc, load_knowledge()), cue_model=None)
    return [(doc.text[q.start:q.end], q.cue) for q in quotes]


# "For appointments, call the Edwards Center." / "Doctors call the center often."
def calls(imperative: bool) -> list[tuple]:
    lead = [("For", 3, "prep", "ADP", "for", "IN"),
            ("appointments", 0, "pobj", "NOUN", "appointment", "NNS"),
            (",", 3, "punct", "PUNCT", ",", ",")] if imperative else [
        ("Doctors", 1, "nsubj", "NOUN", "doctor", "NNS")]
    n = len(lead)
    return lead + [
        ("call", n, "ROOT", "VERB", "call", "VB" if imperative else "VBP"),
        ("the", n + 3, "det", "DET", "the", "DT"),
        ("Edwards", n + 3, "compound", "PROPN", "Edwards", "NNP"),
        ("Center", n, "dobj", "PROPN", "Center", "NNP"),
        (".", n, "punct", "PUNCT", ".", ".")]


def test_an_instruction_to_the_reader_reports_nothing():
    assert analyse(calls(imperative=True)) == []
    assert analyse(calls(imperative=False)) == [("the Edwards Center", "call")]


# "To find the schedule, go to the site." (purpose of an imperative)
TO_FIND = [
    ("To", 1, "aux", "PART", "to", "TO"), ("find", 5, "advcl", "VERB", "find", "VB"),
    ("the", 3, "det", "DET", "the", "DT"), ("schedule", 1, "dobj", "NOUN", "schedule", "NN"),
    (",", 5, "punct", "PUNCT", ",", ","), ("go", 5, "ROOT", "VERB", "go", "VB"),
    ("to", 5, "prep", "ADP", "to", "IN"), ("the", 8, "det", "DET", "the", "DT"),
    ("site", 6, "pobj", "NOUN", "site", "NN"), (".", 5, "punct", "PUNCT", ".", "."),
]


def test_the_purpose_of_an_instruction_reports_nothing():
    from dyad.nlp.report_moods import to_the_reader

    doc = build_doc(TO_FIND)
    assert to_the_reader(doc[1]) and to_the_reader(doc[5])
    assert not to_the_reader(build_doc(calls(imperative=False))[1])


# "Workers found debris blocking a line." / "The survey found debris blocking a line."
def found(finder: str, lemma: str, tag: str = "VBG") -> list[tuple]:
    return [
        (finder, 1, "nsubj", "NOUN", lemma, "NNS"), ("found", 1, "ROOT", "VERB", "find", "VBD"),
        ("debris", 3, "nsubj", "NOUN", "debris", "NN"),
        ("blocking", 1, "ccomp", "VERB", "block", tag),
        ("a", 5, "det", "DET", "a", "DT"), ("line", 3, "dobj", "NOUN", "line", "NN"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_what_a_finder_came_upon_is_no_finding_reported():
    assert analyse(found("Workers", "worker")) == []
    # a poll's or a survey's finding is what it reports (PolNeAR: "the poll found X leading")
    assert analyse(found("Surveys", "survey")) == [("debris blocking a line", "found")]


def test_a_finite_clause_after_found_is_a_finding():
    rows = found("Workers", "worker", tag="VBD")
    rows[3] = ("blocked", 1, "ccomp", "VERB", "block", "VBD")
    assert analyse(rows) == [("debris blocked a line", "found")]


# "Analysts said sales of $600m (£309m) were possible." as the model hangs the ")" on "said"
SALES = [
    ("Analysts", 1, "nsubj", "NOUN", "analyst", "NNS"), ("said", 1, "ROOT", "VERB", "say", "VBD"),
    ("sales", 1, "dobj", "NOUN", "sale", "NNS"), ("of", 2, "prep", "ADP", "of", "IN"),
    ("$600m", 3, "pobj", "NUM", "$600m", "CD"), ("(", 4, "punct", "PUNCT", "(", "-LRB-"),
    ("£309m", 4, "appos", "NUM", "£309m", "CD"), (")", 1, "punct", "PUNCT", ")", "-RRB-"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_reported_content_closes_the_bracket_it_opens():
    assert analyse(SALES) == [("sales of $600m ( £309m )", "said")]
    assert analyse(SALES[:7] + SALES[8:]) == [("sales of $600m ( £309m", "said")]


def speakers(rows, ents):
    doc = build_doc(rows, ents)
    actors = find_actors(doc, load_knowledge())
    name = {a.id: a.name for a in actors.actors}
    return [(doc.text[q.start:q.end], name.get(q.speaker), name.get(q.addressee))
            for q in find_quotes(doc, actors, cue_model=None)]


# "Fox was asked if he would stay."
ASKED = [
    ("Fox", 2, "nsubjpass", "PROPN", "Fox", "NNP"), ("was", 2, "auxpass", "AUX", "be", "VBD"),
    ("asked", 2, "ROOT", "VERB", "ask", "VBN"), ("if", 6, "mark", "SCONJ", "if", "IN"),
    ("he", 6, "nsubj", "PRON", "he", "PRP"), ("would", 6, "aux", "AUX", "would", "MD"),
    ("stay", 2, "ccomp", "VERB", "stay", "VB"), (".", 2, "punct", "PUNCT", ".", "."),
]


def test_whom_a_question_was_put_to_is_no_speaker():
    ents = ["B-PERSON"] + ["O"] * 7
    assert speakers(ASKED, ents) == [("if he would stay", None, "Fox")]
    # ("The senator was told by Ann Lee that …" stays Lee's: tests/test_quotes_direct.py)


# "When asked about the deal, Lee said it was good."
WHEN_ASKED = [
    ("When", 1, "advmod", "SCONJ", "when", "WRB"), ("asked", 7, "advcl", "VERB", "ask", "VBN"),
    ("about", 1, "prep", "ADP", "about", "IN"), ("the", 4, "det", "DET", "the", "DT"),
    ("deal", 2, "pobj", "NOUN", "deal", "NN"), (",", 7, "punct", "PUNCT", ",", ","),
    ("Lee", 7, "nsubj", "PROPN", "Lee", "NNP"), ("said", 7, "ROOT", "VERB", "say", "VBD"),
    ("it", 9, "nsubj", "PRON", "it", "PRP"), ("was", 7, "ccomp", "AUX", "be", "VBD"),
    ("good", 9, "acomp", "ADJ", "good", "JJ"), (".", 7, "punct", "PUNCT", ".", "."),
]


def test_when_asked_the_one_who_answers_is_not_who_asked():
    ents = ["O"] * 6 + ["B-PERSON"] + ["O"] * 5
    found = {text: who for text, who, _ in speakers(WHEN_ASKED, ents)}
    assert found == {"the deal": None, "it was good": "Lee"}


# "Anyone is asked to call police."
ASKED_TO = [
    ("Anyone", 2, "nsubjpass", "PRON", "anyone", "NN"), ("is", 2, "auxpass", "AUX", "be", "VBZ"),
    ("asked", 2, "ROOT", "VERB", "ask", "VBN"), ("to", 4, "aux", "PART", "to", "TO"),
    ("call", 2, "xcomp", "VERB", "call", "VB"), ("police", 4, "dobj", "NOUN", "police", "NN"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def test_what_someone_is_asked_to_do_is_no_report_of_theirs():
    assert [cue for _, cue in analyse(ASKED_TO)] == ["is asked"]


# "Airlines saw profits fall." (the tagger's "VBP" for "fall"), held by a body or by a person
def saw(ent: str) -> list[tuple]:
    return [
        ("Airlines", 1, "nsubj", "PROPN", "Airlines", "NNP"), ("saw", 1, "ROOT", "VERB", "see", "VBD"),
        ("profits", 3, "nsubj", "NOUN", "profit", "NNS"), ("fall", 1, "ccomp", "VERB", "fall", "VBP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], [ent, "O", "O", "O", "O"]


def test_what_a_body_saw_happen_is_no_candidate_for_the_learned_cues():
    from dyad.nlp.learned_cues import report_of

    rows, ents = saw("B-ORG")
    doc = build_doc(rows, ents)
    assert report_of(doc.text, doc[1]) is None
    rows, ents = saw("B-PERSON")
    doc = build_doc(rows, ents)
    assert report_of(doc.text, doc[1])[0] is not None  # people who saw it are PolNeAR's sources
