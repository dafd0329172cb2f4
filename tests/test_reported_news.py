"""Reported speech in British news styles on hand-built Docs (no model): what was told that a
parse hangs on the programme it was told to ("told BBC Radio 4's Today programme he hoped …"), and
an object coordinated with the reported one that the parse made a conjunct of the verb."""

from conftest import build_doc

from dyad.knowledge import load_knowledge
from dyad.nlp.actors import find_actors
from dyad.nlp.quotes import find_quotes


def analyse(rows, ents):
    doc = build_doc(rows, ents)
    actors = find_actors(doc, load_knowledge())
    name = {a.id: a.name for a in actors.actors}
    return [(q.kind, doc.text[q.start:q.end], q.cue, name.get(q.speaker))
            for q in find_quotes(doc, actors)]


def told(clause: list[tuple], dep: str) -> list[tuple]:
    """"Falconer told the Today programme CLAUSE ." with CLAUSE (from token 5) hung on
    "programme" as ``dep``, the parse the small model gives on BBC text."""
    return [
        ("Falconer", 1, "nsubj", "PROPN", "Falconer", "NNP"), ("told", 1, "ROOT", "VERB", "tell", "VBD"),
        ("the", 4, "det", "DET", "the", "DT"), ("Today", 4, "compound", "PROPN", "Today", "NNP"),
        ("programme", 1, "dobj", "NOUN", "programme", "NN"),
        *clause, (".", 1, "punct", "PUNCT", ".", "."),
    ]


HOPED = [("he", 6, "nsubj", "PRON", "he", "PRP"), ("hoped", 4, "relcl", "VERB", "hope", "VBD"),
         ("mediation", 9, "nsubj", "NOUN", "mediation", "NN"), ("would", 9, "aux", "AUX", "would", "MD"),
         ("help", 6, "ccomp", "VERB", "help", "VB"), ("families", 9, "dobj", "NOUN", "family", "NNS")]
THAT = [("that", 8, "mark", "SCONJ", "that", "IN"), ("the", 7, "det", "DET", "the", "DT"),
        ("church", 8, "nsubj", "NOUN", "church", "NN"), ("wanted", 4, "acl", "VERB", "want", "VBD"),
        ("reform", 8, "dobj", "NOUN", "reform", "NN")]
MET = [("he", 6, "nsubj", "PRON", "he", "PRP"), ("met", 4, "relcl", "VERB", "meet", "VBD"),
       ("there", 6, "advmod", "ADV", "there", "RB")]


def test_what_was_told_is_the_clause_hung_on_the_programme():
    quotes = analyse(told(HOPED, "relcl"), ["B-PERSON"] + ["O"] * 11)
    assert ("indirect", "he hoped mediation would help families", "told", "Falconer") in quotes


def test_a_that_clause_hung_on_the_programme_is_what_was_told():
    quotes = analyse(told(THAT, "acl"), ["B-PERSON"] + ["O"] * 10)
    assert ("indirect", "the church wanted reform", "told", "Falconer") in quotes


def test_a_relative_clause_lacking_its_object_is_about_the_addressee():
    # "told the programme he met there": the clause says which programme, not what was told
    quotes = analyse(told(MET, "relcl"), ["B-PERSON"] + ["O"] * 8)
    assert not [q for q in quotes if q[1] == "he met there"]


def wants(rest: list[tuple]) -> list[tuple]:
    """"The Tories want quotas for migrants and REST ." with REST (from token 7) the parse's
    conjunct of "want", as the small model makes a coordinated object."""
    return [
        ("The", 1, "det", "DET", "the", "DT"), ("Tories", 2, "nsubj", "PROPN", "Tories", "NNPS"),
        ("want", 2, "ROOT", "VERB", "want", "VBP"), ("quotas", 2, "dobj", "NOUN", "quota", "NNS"),
        ("for", 3, "prep", "ADP", "for", "IN"), ("migrants", 4, "pobj", "NOUN", "migrant", "NNS"),
        ("and", 2, "cc", "CCONJ", "and", "CC"), *rest, (".", 2, "punct", "PUNCT", ".", "."),
    ]


def test_an_object_coordinated_as_the_verbs_conjunct_goes_with_the_content():
    rest = [("those", 2, "conj", "PRON", "those", "DT"), ("wanting", 7, "acl", "VERB", "want", "VBG"),
            ("work", 8, "dobj", "NOUN", "work", "NN")]
    quotes = analyse(wants(rest), ["O", "B-NORP"] + ["O"] * 9)
    assert [q[1] for q in quotes if q[2] == "want"] == ["quotas for migrants and those wanting work"]


def test_a_conjunct_noun_that_is_a_cue_or_has_a_subject_stays_out():
    # "… and praises Lee": the tagger's noun is the second verb of the speaker
    praises = [("praises", 2, "conj", "NOUN", "praise", "NNS"), ("Lee", 7, "dobj", "PROPN", "Lee", "NNP")]
    quotes = analyse(wants(praises), ["O", "B-NORP"] + ["O"] * 8)
    assert [q[1] for q in quotes if q[2] == "want"] == ["quotas for migrants"]
    # "… and voters who … filed suit": a clause of its own
    filed = [("voters", 2, "conj", "NOUN", "voter", "NNS"), ("filed", 7, "conj", "VERB", "file", "VBD"),
             ("suit", 8, "dobj", "NOUN", "suit", "NN")]
    quotes = analyse(wants(filed), ["O", "B-NORP"] + ["O"] * 9)
    assert [q[1] for q in quotes if q[2] == "want"] == ["quotas for migrants"]


def doubled(obj: list[tuple], ents: list[str]) -> list[tuple]:
    """"Lee doubled … on OBJ ." (OBJ from token 5): "double" reports what its "on" phrase holds."""
    rows = [("Lee", 1, "nsubj", "PROPN", "Lee", "NNP"), ("doubled", 1, "ROOT", "VERB", "double", "VBD"),
            ("the", 3, "det", "DET", "the", "DT"), ("lead", 1, "dobj", "NOUN", "lead", "NN"),
            ("on", 1, "prep", "ADP", "on", "IN"), *obj, (".", 1, "punct", "PUNCT", ".", ".")]
    return analyse(rows, ["B-PERSON", "O", "O", "O", "O", *ents, "O"])


def test_a_time_in_the_reporting_phrase_is_when_not_what():
    minutes = [("27", 6, "nummod", "NUM", "27", "CD"), ("minutes", 4, "pobj", "NOUN", "minute", "NNS")]
    assert not [q for q in doubled(minutes, ["B-TIME", "I-TIME"]) if q[2].startswith("doubled")]
    plan = [("the", 6, "det", "DET", "the", "DT"), ("plan", 4, "pobj", "NOUN", "plan", "NN")]
    assert [q[1] for q in doubled(plan, ["O", "O"]) if q[2].startswith("doubled")] == [
        "the lead on the plan"]
