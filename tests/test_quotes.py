"""Quote finding and attribution on hand-built Docs (no model)."""

from conftest import build_doc

from dyad.knowledge import load_knowledge
from dyad.nlp.actors import find_actors
from dyad.nlp.quotes import find_quotes, quote_spans


def spans_text(text):
    return [text[s:e] for s, e in quote_spans(text)]


def test_curly_and_straight_marks():
    text = 'He said: "We will stay." Then “we leave,” she said.'
    assert spans_text(text) == ["We will stay.", "we leave"]


def test_multi_paragraph_quote_reopens_and_continues():
    text = "“First part of it.\n“Second part, still quoted.”\nNarration."
    assert spans_text(text) == ["First part of it.", "Second part, still quoted."]


def test_unbalanced_mark_never_swallows_the_rest():
    text = "He said “this is open.\nThe next paragraph is narration, not a quote.\nMore."
    assert spans_text(text) == []


def test_nested_single_quotes_stay_inside():
    text = "“They called it ‘a farce’ and left,” she said."
    assert spans_text(text) == ["They called it ‘a farce’ and left"]


def test_apostrophe_is_not_a_quote():
    assert spans_text("It’s the country’s first plan.") == []


BARNARD = [
    ("“", 13, "punct", "PUNCT", "“"), ("So", 2, "advmod", "ADV", "so"),
    ("far", 6, "advmod", "ADV", "far"), ("nobody", 6, "nsubjpass", "PRON", "nobody"),
    ("has", 6, "aux", "AUX", "have"), ("been", 6, "auxpass", "AUX", "be"),
    ("evacuated", 13, "ccomp", "VERB", "evacuate"), (",", 13, "punct", "PUNCT", ","),
    ("”", 13, "punct", "PUNCT", "”"), ("the", 12, "det", "DET", "the"),
    ("reporter", 12, "compound", "NOUN", "reporter"), ("Anne", 12, "compound", "PROPN", "Anne"),
    ("Barnard", 13, "nsubj", "PROPN", "Barnard"), ("told", 13, "ROOT", "VERB", "tell"),
    ("NPR", 13, "dobj", "PROPN", "NPR"), (".", 13, "punct", "PUNCT", "."),
    ("“", 20, "punct", "PUNCT", "“"), ("The", 18, "det", "DET", "the"),
    ("convoy", 20, "nsubjpass", "NOUN", "convoy"), ("was", 20, "auxpass", "AUX", "be"),
    ("stopped", 20, "ROOT", "VERB", "stop"), (".", 20, "punct", "PUNCT", "."),
    ("”", 20, "punct", "PUNCT", "”"),
]
BARNARD_ENTS = ["O"] * 11 + ["B-PERSON", "I-PERSON", "O", "B-ORG"] + ["O"] * 8


def test_cue_after_quote_and_continuation():
    doc = build_doc(BARNARD, BARNARD_ENTS)
    actors = find_actors(doc, load_knowledge())
    quotes = find_quotes(doc, actors)
    direct = [q for q in quotes if q.kind == "direct"]
    assert [doc.text[q.start:q.end] for q in direct] == [
        "So far nobody has been evacuated", "The convoy was stopped."]
    barnard = next(a for a in actors.actors if a.name == "Anne Barnard")
    assert [q.speaker for q in direct] == [barnard.id, barnard.id]
    assert direct[0].cue == "told" and direct[1].cue is None
    npr = next(a for a in actors.actors if a.name == "NPR")
    assert direct[0].addressee == npr.id


PRONOUN = [
    ("Ms.", 1, "compound", "PROPN", "Ms."), ("Lee", 2, "nsubj", "PROPN", "Lee"),
    ("spoke", 2, "ROOT", "VERB", "speak"), (".", 2, "punct", "PUNCT", "."),
    ("“", 6, "punct", "PUNCT", "“"), ("We", 6, "nsubj", "PRON", "we"),
    ("won", 10, "ccomp", "VERB", "win"), (",", 10, "punct", "PUNCT", ","),
    ("”", 10, "punct", "PUNCT", "”"), ("she", 10, "nsubj", "PRON", "she"),
    ("said", 10, "ROOT", "VERB", "say"), (".", 10, "punct", "PUNCT", "."),
]


def test_pronoun_speaker_resolves_to_person_with_gender():
    doc = build_doc(PRONOUN, ["O", "B-PERSON"] + ["O"] * 10)
    actors = find_actors(doc, load_knowledge())
    quotes = find_quotes(doc, actors)
    lee = next(a for a in actors.actors if a.name == "Lee")
    assert quotes[0].speaker == lee.id
    assert lee.gender == "female"
    assert (9, 10) in lee.mentions  # the pronoun became a mention


REPORTED = [
    ("Officials", 1, "nsubj", "NOUN", "official", "NNS"), ("said", 1, "ROOT", "VERB", "say"),
    ("that", 4, "mark", "SCONJ", "that"), ("talks", 4, "nsubj", "NOUN", "talk"),
    ("failed", 1, "ccomp", "VERB", "fail"), (".", 1, "punct", "PUNCT", "."),
]


def test_reported_speech_content_excludes_that():
    doc = build_doc(REPORTED, ["O"] * 6)
    actors = find_actors(doc, load_knowledge())
    quotes = find_quotes(doc, actors)
    assert [(q.kind, doc.text[q.start:q.end], q.cue) for q in quotes] == [
        ("indirect", "talks failed", "said")]
