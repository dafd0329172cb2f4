"""Reported speech in British news styles on hand-built Docs (no model): what was told that a
parse hangs on the programme it was told to ("told BBC Radio 4's Today programme he hoped …"), and
an object coordinated with the reported one that the parse made a conjunct of the verb, a call
"for" someone to act whose "for" the parse makes a clause's mark, a parenthetical report that
stops before a report of its own after it, and a thing that "sees" something happen."""

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


def test_a_call_for_someone_to_act_reports_the_clause_that_for_marks():
    # "called for the United States to step up efforts": the parse makes "for" the mark of an
    # infinitive clause (advcl) with a subject of its own, not a preposition
    rows = [("Clinton", 1, "nsubj", "PROPN", "Clinton", "NNP"), ("called", 1, "ROOT", "VERB", "call", "VBD"),
            ("for", 7, "mark", "SCONJ", "for", "IN"), ("the", 5, "det", "DET", "the", "DT"),
            ("United", 5, "compound", "PROPN", "United", "NNP"), ("States", 7, "nsubj", "PROPN", "States", "NNP"),
            ("to", 7, "aux", "PART", "to", "TO"), ("step", 1, "advcl", "VERB", "step", "VB"),
            ("up", 7, "prt", "ADP", "up", "RP"), ("efforts", 7, "dobj", "NOUN", "effort", "NNS"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    quotes = analyse(rows, ["B-PERSON", "O", "B-GPE", "I-GPE", "I-GPE"] + ["O"] * 6)
    assert ("indirect", "the United States to step up efforts", "called for", "Clinton") in quotes


def formality(rest: list[tuple]) -> list[tuple]:
    """"Approval should be a formality, analysts said, and REST ." with REST (from token 10) a
    clause the parse coordinates with the statement the parenthetical cue interrupts."""
    return [
        ("Approval", 2, "nsubj", "NOUN", "approval", "NN"), ("should", 2, "aux", "AUX", "should", "MD"),
        ("be", 2, "ROOT", "AUX", "be", "VB"), ("a", 4, "det", "DET", "a", "DT"),
        ("formality", 2, "attr", "NOUN", "formality", "NN"), (",", 7, "punct", "PUNCT", ",", ","),
        ("analysts", 7, "nsubj", "NOUN", "analyst", "NNS"), ("said", 2, "parataxis", "VERB", "say", "VBD"),
        (",", 7, "punct", "PUNCT", ",", ","), ("and", 2, "cc", "CCONJ", "and", "CC"),
        *rest, (".", 2, "punct", "PUNCT", ".", "."),
    ]


def test_a_parenthetical_report_stops_before_a_report_of_its_own_after_it():
    # "…, analysts said, and the company expects approval": the company's, not the analysts'
    expects = [("the", 11, "det", "DET", "the", "DT"), ("company", 12, "nsubj", "NOUN", "company", "NN"),
               ("expects", 2, "conj", "VERB", "expect", "VBZ"), ("approval", 12, "dobj", "NOUN", "approval", "NN")]
    quotes = analyse(formality(expects), ["O"] * 15)
    assert [q[1] for q in quotes if q[2] == "said"] == ["Approval should be a formality"]


def test_a_parenthetical_report_goes_on_through_a_clause_that_reports_nothing():
    # "…, she argued, and he still signed the Act": PolNeAR's content holds both clauses
    gets = [("it", 11, "nsubj", "PRON", "it", "PRP"), ("passes", 2, "conj", "VERB", "pass", "VBZ"),
            ("soon", 11, "advmod", "ADV", "soon", "RB")]
    quotes = analyse(formality(gets), ["O"] * 14)
    assert [q[1] for q in quotes if q[2] == "said"] == [
        "Approval should be a formality, analysts said, and it passes soon"]


def sees(holder: list[tuple], ents: list[str]) -> list[str]:
    """The lemmas of the learned-cue candidates in "HOLDER sees the factions competing ." with
    HOLDER two tokens whose second is the subject of "sees"."""
    from dyad.nlp.cue_phrases import load_cues
    from dyad.nlp.learned_cues import candidates

    rows = [*holder, ("sees", 2, "ROOT", "VERB", "see", "VBZ"), ("the", 4, "det", "DET", "the", "DT"),
            ("factions", 5, "nsubj", "NOUN", "faction", "NNS"), ("competing", 2, "ccomp", "VERB", "compete", "VBG"),
            (".", 2, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ents + ["O"] * 5)
    actors = find_actors(doc, load_knowledge())
    return [t.lemma_ for t, _, _ in candidates(doc, doc.text, actors, load_cues(), set(), [])]


def test_a_thing_that_sees_something_happen_holds_no_stance():
    # "The game sees the factions competing": what it goes through, no one's view
    game = [("The", 1, "det", "DET", "the", "DT"), ("game", 2, "nsubj", "NOUN", "game", "NN")]
    assert "see" not in sees(game, ["O", "O"])
    # "Many voters see the factions competing": people's view, PolNeAR's attribution
    voters = [("Many", 1, "amod", "ADJ", "many", "JJ"), ("voters", 2, "nsubj", "NOUN", "voter", "NNS")]
    assert "see" in sees(voters, ["O", "O"])


def test_a_for_clause_after_a_verb_that_only_says_is_why_not_what():
    # "said for Russia to make progress (the government must …)": a purpose, not a demand
    rows = [("Lee", 1, "nsubj", "PROPN", "Lee", "NNP"), ("said", 1, "ROOT", "VERB", "say", "VBD"),
            ("for", 5, "mark", "SCONJ", "for", "IN"), ("Russia", 5, "nsubj", "PROPN", "Russia", "NNP"),
            ("to", 5, "aux", "PART", "to", "TO"), ("progress", 1, "advcl", "VERB", "progress", "VB"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    assert not [q for q in analyse(rows, ["B-PERSON", "O", "O", "B-GPE", "O", "O", "O"])
                if q[2].startswith("said")]


def test_what_a_cue_reports_under_a_heading_the_parse_hangs_on_it():
    # "Few ready for act\n\nThousands are unprepared, say MPs.": the small model makes the
    # heading the complement of "say" and the paragraph's clause the heading's
    rows = [
        ("Few", 1, "amod", "ADJ", "few", "JJ"), ("ready", 9, "ccomp", "ADJ", "ready", "JJ"),
        ("for", 1, "prep", "ADP", "for", "IN"), ("act", 2, "pobj", "NOUN", "act", "NN"),
        ("\n\n", 3, "dep", "SPACE", "\n\n", "_SP"),
        ("Thousands", 6, "nsubj", "NOUN", "thousand", "NNS"), ("are", 1, "ccomp", "AUX", "be", "VBP"),
        ("unprepared", 6, "acomp", "ADJ", "unprepared", "JJ"), (",", 9, "punct", "PUNCT", ",", ","),
        ("say", 9, "ROOT", "VERB", "say", "VBP"), ("MPs", 9, "nsubj", "PROPN", "MPs", "NNP"),
        (".", 9, "punct", "PUNCT", ".", "."),
    ]
    quotes = analyse(rows, ["O"] * 10 + ["B-ORG", "O"])
    assert [(k, c, cue) for k, c, cue, _ in quotes] == [
        ("indirect", "Thousands are unprepared", "say")]


def inverted(verb_tag: str, comma_before_verb: bool = False) -> list[tuple]:
    """"The department for the change suffered losses, said the committee ." parsed as the
    small model parses BBC text: "department" a subject of "said", "suffered" a clause of
    "change"."""
    rows = [
        ("The", 1, "det", "DET", "the", "DT"), ("department", "V", "nsubj", "NOUN", "department", "NN"),
        ("for", 1, "prep", "ADP", "for", "IN"), ("the", 4, "det", "DET", "the", "DT"),
        ("change", 2, "pobj", "NOUN", "change", "NN"),
        ("suffered", 4, "acl", "VERB", "suffer", verb_tag),
        ("losses", 5, "dobj", "NOUN", "loss", "NNS"), (",", "V", "punct", "PUNCT", ",", ","),
    ]
    if comma_before_verb:
        rows.insert(5, (",", 4, "punct", "PUNCT", ",", ","))
        rows = [(w, h + 1 if h != "V" and h >= 5 else h, *rest) for w, h, *rest in rows]
    n = len(rows)
    rows = [(w, n if h == "V" else h, *rest) for w, h, *rest in rows]
    return rows + [("said", n, "ROOT", "VERB", "say", "VBD"), ("the", n + 2, "det", "DET", "the", "DT"),
                   ("committee", n, "nsubj", "NOUN", "committee", "NN"),
                   (".", n, "punct", "PUNCT", ".", ".")]


def test_a_closing_inverted_cue_whose_parse_took_the_statement_subject():
    rows = inverted("VBD")
    quotes = analyse(rows, ["O"] * len(rows))
    assert [(k, c, cue) for k, c, cue, _ in quotes] == [
        ("indirect", "The department for the change suffered losses", "said")]
    rows = inverted("VBN")  # the past form the tagger may give a clause of a noun
    assert [c for _, c, _, _ in analyse(rows, ["O"] * len(rows))] == [
        "The department for the change suffered losses"]


def test_a_reduced_relative_set_off_by_commas_is_no_statement():
    rows = inverted("VBN", comma_before_verb=True)
    assert analyse(rows, ["O"] * len(rows)) == []
