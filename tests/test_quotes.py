"""Quote finding and attribution on hand-built Docs (no model)."""

from conftest import build_doc

from dyad.knowledge import load_knowledge
from dyad.nlp.actors import find_actors
from dyad.nlp.quotes import find_quotes, load_cues, quote_spans


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


def test_two_apostrophe_and_backtick_marks():
    text = "''This isn't reform,'' said Holtz. ``It's anti-reform.''\nDon't 'scare' me."
    assert spans_text(text) == ["This isn't reform", "It's anti-reform."]


def test_unbalanced_apostrophe_marks_never_swallow():
    text = "He said ''this is open.\nNarration goes on here, with it's and 'single' marks."
    assert spans_text(text) == []


def test_split_quote_joined_when_asked():
    doc = build_doc(BARNARD, BARNARD_ENTS)
    actors = find_actors(doc, load_knowledge())
    quotes = [q for q in find_quotes(doc, actors, join_split=True) if q.kind == "direct"]
    assert [doc.text[q.start:q.end] for q in quotes] == [
        ("So far nobody has been evacuated,” the reporter Anne Barnard told NPR. "
         "“The convoy was stopped.")]
    assert quotes[0].cue == "told"


def analyse(rows, ents=None, **kw):
    doc = build_doc(rows, ents or ["O"] * len(rows))
    actors = find_actors(doc, load_knowledge())
    quotes = find_quotes(doc, actors, **kw)
    name = {a.id: a.name for a in actors.actors}
    return doc, [(q.kind, doc.text[q.start:q.end], q.cue, name.get(q.speaker)) for q in quotes]


MIXED = [
    ("Kirby", 1, "nsubj", "PROPN", "Kirby"), ("said", 1, "ROOT", "VERB", "say"),
    ("the", 3, "det", "DET", "the"), ("talks", 4, "nsubj", "NOUN", "talk", "NNS"),
    ("were", 1, "ccomp", "AUX", "be"), ("“", 8, "punct", "PUNCT", "“"),
    ("a", 8, "det", "DET", "a"), ("welcome", 8, "amod", "ADJ", "welcome"),
    ("step", 4, "attr", "NOUN", "step"), ("”", 8, "punct", "PUNCT", "”"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_mixed_quote_is_the_whole_complement():
    _, quotes = analyse(MIXED, ["B-PERSON"] + ["O"] * 10)
    assert quotes == [("mixed", "the talks were “a welcome step”", "said", "Kirby")]


CALLED_FOR = [
    ("Sanders", 1, "nsubj", "PROPN", "Sanders"), ("called", 1, "ROOT", "VERB", "call"),
    ("for", 1, "prep", "ADP", "for"), ("an", 4, "det", "DET", "an"),
    ("inquiry", 2, "pobj", "NOUN", "inquiry"), (".", 1, "punct", "PUNCT", "."),
]


def test_cue_with_a_preposition_from_the_lexicon():
    _, quotes = analyse(CALLED_FOR, ["B-PERSON"] + ["O"] * 5)
    assert quotes == [("indirect", "an inquiry", "called for", "Sanders")]


ACCORDING = [
    ("The", 1, "det", "DET", "the"), ("talks", 2, "nsubj", "NOUN", "talk", "NNS"),
    ("failed", 2, "ROOT", "VERB", "fail"), (",", 2, "punct", "PUNCT", ","),
    ("according", 2, "prep", "VERB", "accord"), ("to", 4, "prep", "ADP", "to"),
    ("officials", 5, "pobj", "NOUN", "official", "NNS"), (".", 2, "punct", "PUNCT", "."),
]


def test_according_to_at_the_end_is_left_out_of_the_content():
    _, quotes = analyse(ACCORDING)
    assert [q[:3] for q in quotes] == [("indirect", "The talks failed", "according to")]


PARTICIPLE = [
    ("Trump", 1, "nsubj", "PROPN", "Trump"), ("spoke", 1, "ROOT", "VERB", "speak"),
    (",", 1, "punct", "PUNCT", ","), ("saying", 1, "advcl", "VERB", "say", "VBG"),
    ("that", 6, "mark", "SCONJ", "that"), ("he", 6, "nsubj", "PRON", "he"),
    ("won", 3, "ccomp", "VERB", "win"), (".", 1, "punct", "PUNCT", "."),
]


def test_participle_cue_takes_the_subject_of_its_clause():
    _, quotes = analyse(PARTICIPLE, ["B-PERSON"] + ["O"] * 7)
    assert quotes == [("indirect", "he won", "saying", "Trump")]


PASSIVE = [
    ("The", 1, "det", "DET", "the"), ("bank", 3, "nsubjpass", "NOUN", "bank"),
    ("is", 3, "auxpass", "AUX", "be"), ("expected", 3, "ROOT", "VERB", "expect", "VBN"),
    ("to", 5, "aux", "PART", "to"), ("raise", 3, "xcomp", "VERB", "raise"),
    ("rates", 5, "dobj", "NOUN", "rate", "NNS"), (".", 3, "punct", "PUNCT", "."),
]


def test_passive_expectation_includes_its_subject_and_has_no_speaker():
    _, quotes = analyse(PASSIVE)
    assert quotes == [("indirect", "The bank is expected to raise rates", "is expected", None)]


PARENTHETICAL = [
    ("The", 1, "det", "DET", "the"), ("talks", 6, "nsubj", "NOUN", "talk", "NNS"),
    (",", 6, "punct", "PUNCT", ","), ("he", 4, "nsubj", "PRON", "he"),
    ("said", 6, "parataxis", "VERB", "say"), (",", 6, "punct", "PUNCT", ","),
    ("failed", 6, "ROOT", "VERB", "fail"), (".", 6, "punct", "PUNCT", "."),
]


def test_parenthetical_cue_attributes_the_clause_around_it():
    _, quotes = analyse(PARENTHETICAL)
    assert [q[:3] for q in quotes] == [("indirect", "The talks, he said, failed", "said")]


ASKED = [
    ("“", 5, "punct", "PUNCT", "“"), ("Why", 5, "advmod", "ADV", "why", "WRB"),
    ("?", 5, "punct", "PUNCT", "?"), ("”", 5, "punct", "PUNCT", "”"),
    ("Trump", 5, "nsubj", "PROPN", "Trump"), ("asked", 5, "ROOT", "VERB", "ask"),
    (".", 5, "punct", "PUNCT", "."),
]


def test_cue_after_a_quote_that_ends_its_own_sentence():
    _, quotes = analyse(ASKED, ["O"] * 4 + ["B-PERSON", "O", "O"])
    assert quotes == [("direct", "Why ?", "asked", "Trump")]


WORD_IS = [
    ("“", 2, "punct", "PUNCT", "“"), ("Word", 2, "nsubj", "NOUN", "word"),
    ("is", 6, "ccomp", "AUX", "be"), (",", 2, "punct", "PUNCT", ","),
    ("”", 6, "punct", "PUNCT", "”"), ("Trump", 6, "nsubj", "PROPN", "Trump"),
    ("said", 6, "ROOT", "VERB", "say"), (",", 6, "punct", "PUNCT", ","),
    ("“", 12, "punct", "PUNCT", "“"), ("that", 12, "mark", "SCONJ", "that"),
    ("Ford", 12, "nsubj", "PROPN", "Ford"), ("will", 12, "aux", "AUX", "will"),
    ("stay", 6, "ccomp", "VERB", "stay"), (".", 6, "punct", "PUNCT", "."),
    ("”", 6, "punct", "PUNCT", "”"),
]
WORD_IS_ENTS = ["O"] * 5 + ["B-PERSON"] + ["O"] * 9


def test_quote_split_mid_sentence_shares_one_cue():
    _, quotes = analyse(WORD_IS, WORD_IS_ENTS)
    assert quotes == [("direct", "Word is", "said", "Trump"),
                      ("direct", "that Ford will stay.", None, "Trump")]
    _, joined = analyse(WORD_IS, WORD_IS_ENTS, join_split=True)
    assert joined == [("direct", "Word is,” Trump said, “that Ford will stay.", "said", "Trump")]


SUNDAY = [
    ("Kirby", 2, "nsubj", "PROPN", "Kirby"), ("has", 2, "aux", "AUX", "have"),
    ("said", 2, "ROOT", "VERB", "say"), ("Sunday", 2, "npadvmod", "PROPN", "Sunday"),
    ("that", 6, "mark", "SCONJ", "that"), ("talks", 6, "nsubj", "NOUN", "talk", "NNS"),
    ("failed", 2, "ccomp", "VERB", "fail"), (".", 2, "punct", "PUNCT", "."),
]


def test_cue_span_takes_auxiliaries_and_the_day():
    _, quotes = analyse(SUNDAY, ["B-PERSON", "O", "O", "B-DATE"] + ["O"] * 4)
    assert quotes == [("indirect", "talks failed", "has said Sunday", "Kirby")]


LEAD_IN = [
    ("Trump", 1, "nsubj", "PROPN", "Trump"), ("had", 1, "ROOT", "VERB", "have"),
    ("a", 3, "det", "DET", "a"), ("message", 1, "dobj", "NOUN", "message"),
    (":", 1, "punct", "PUNCT", ":"), ("“", 8, "punct", "PUNCT", "“"),
    ("We", 8, "nsubj", "PRON", "we"), ("will", 8, "aux", "AUX", "will"),
    ("win", 8, "ROOT", "VERB", "win"), ("this", 10, "det", "DET", "this"),
    ("time", 8, "npadvmod", "NOUN", "time"), (".", 8, "punct", "PUNCT", "."),
    ("”", 8, "punct", "PUNCT", "”"),
]


def test_quote_after_a_colon_takes_the_subject_of_the_sentence_before():
    _, quotes = analyse(LEAD_IN, ["B-PERSON"] + ["O"] * 12)
    assert quotes == [("direct", "We will win this time.", None, "Trump")]


SLOGAN = [
    ("“", 2, "punct", "PUNCT", "“"), ("Great", 2, "amod", "ADJ", "great"),
    ("Again", 2, "ROOT", "ADV", "again"), (".", 2, "punct", "PUNCT", "."),
    ("”", 2, "punct", "PUNCT", "”"),
]


def test_short_quotation_with_no_speaker_is_not_a_quote():
    assert analyse(SLOGAN)[1] == []


def test_cue_lexicon_rows_are_well_formed():
    cues = load_cues()
    assert {"say", "according to", "show", "call"} <= set(cues)
    for cue in cues.values():
        assert cue.kind in ("speech", "belief", "report", "phrase", "noun", "adjective"), cue
        if cue.kind in ("noun", "adjective"):  # and its preposition: "criticism of", "critical of"
            assert len(cue.term.split()) == 2 and not cue.complements, cue
        for comp in cue.complements:
            dep, _, word = comp.partition(":")
            assert dep in ("ccomp", "xcomp", "dobj", "oprd", "prep", "intj", "advcl", "as-it"), cue
            assert (dep == "prep") == bool(word), cue
    assert ("prep:for" in cues["call"].complements) and cues["tell"].takes_addressee


def analyse_speakers(rows, ents):
    doc = build_doc(rows, ents)
    actors = find_actors(doc, load_knowledge())
    quotes = find_quotes(doc, actors)
    by_id = {a.id: a for a in actors.actors}
    return doc, [(doc.text[q.start:q.end], by_id.get(q.speaker),
                  q.speaker_span and doc.text[q.speaker_span[0]:q.speaker_span[1]])
                 for q in quotes]


SUBJECT_FIRST = [
    ("Lee", 1, "nsubj", "PROPN", "Lee"), ("met", 1, "ROOT", "VERB", "meet"),
    ("Smith", 1, "dobj", "PROPN", "Smith"), (".", 1, "punct", "PUNCT", "."),
    ("He", 5, "nsubj", "PRON", "he"), ("said", 5, "ROOT", "VERB", "say"),
    ("talks", 7, "nsubj", "NOUN", "talk", "NNS"), ("failed", 5, "ccomp", "VERB", "fail"),
    (".", 5, "punct", "PUNCT", "."),
]


def test_pronoun_prefers_the_subject_of_the_sentence_before():
    _, quotes = analyse_speakers(SUBJECT_FIRST, ["B-PERSON", "O", "B-PERSON"] + ["O"] * 6)
    [(content, speaker, span)] = quotes
    # he could be Smith as well: the pick says nothing of Lee's sex
    assert (content, speaker.name, speaker.gender, span) == ("talks failed", "Lee", None, "He")


WHO_SAID = [
    ("Smith", 7, "nsubj", "PROPN", "Smith"), (",", 0, "punct", "PUNCT", ","),
    ("who", 3, "nsubj", "PRON", "who"), ("said", 0, "relcl", "VERB", "say"),
    ("talks", 5, "nsubj", "NOUN", "talk", "NNS"), ("failed", 3, "ccomp", "VERB", "fail"),
    (",", 0, "punct", "PUNCT", ","), ("left", 7, "ROOT", "VERB", "leave"),
    (".", 7, "punct", "PUNCT", "."),
]


def test_relative_pronoun_speaker_is_the_noun_it_refers_to():
    _, quotes = analyse_speakers(WHO_SAID, ["B-PERSON"] + ["O"] * 8)
    [(content, speaker, span)] = quotes
    assert (content, speaker.name, span) == ("talks failed", "Smith", "who")


CRITICS = [
    ("Critics", 1, "nsubj", "NOUN", "critic", "NNS"), ("said", 1, "ROOT", "VERB", "say"),
    ("talks", 3, "nsubj", "NOUN", "talk", "NNS"), ("failed", 1, "ccomp", "VERB", "fail"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_unnamed_speakers_become_a_group_actor_never_a_person():
    _, quotes = analyse_speakers(CRITICS, ["O"] * 5)
    [(content, speaker, span)] = quotes
    assert (content, speaker.name, speaker.kind, span) == (
        "talks failed", "Critics", "group", "Critics")


NOMINEE = [
    ("Trump", 5, "nsubj", "PROPN", "Trump"), (",", 0, "punct", "PUNCT", ","),
    ("the", 3, "det", "DET", "the"), ("nominee", 0, "appos", "NOUN", "nominee"),
    (",", 0, "punct", "PUNCT", ","), ("spoke", 5, "ROOT", "VERB", "speak"),
    (".", 5, "punct", "PUNCT", "."), ("The", 8, "det", "DET", "the"),
    ("nominee", 9, "nsubj", "NOUN", "nominee"), ("said", 9, "ROOT", "VERB", "say"),
    ("talks", 11, "nsubj", "NOUN", "talk", "NNS"), ("failed", 9, "ccomp", "VERB", "fail"),
    (".", 9, "punct", "PUNCT", "."),
]


def test_definite_descriptor_resolves_to_the_actor_it_described_before():
    _, quotes = analyse_speakers(NOMINEE, ["B-PERSON"] + ["O"] * 12)
    [(content, speaker, span)] = quotes
    assert (content, speaker.name, span) == ("talks failed", "Trump", "The nominee")


HEADLINE = [
    ("Graham", 0, "ROOT", "PROPN", "Graham"), (":", 0, "punct", "PUNCT", ":"),
    ("Trump", 3, "compound", "PROPN", "Trump"), ("rhetoric", 4, "nsubj", "NOUN", "rhetoric"),
    ("destroys", 4, "ROOT", "VERB", "destroy"), ("party", 4, "dobj", "NOUN", "party"),
]


def test_name_and_colon_opening_a_line_report_the_rest_of_it():
    _, quotes = analyse(HEADLINE, ["B-PERSON", "O", "B-PERSON", "O", "O", "O"])
    assert quotes == [("indirect", "Trump rhetoric destroys party", ":", "Graham")]


BY_SAYING = [
    ("Lee", 1, "nsubj", "PROPN", "Lee"), ("began", 1, "ROOT", "VERB", "begin"),
    ("by", 1, "prep", "ADP", "by"), ("saying", 2, "pcomp", "VERB", "say", "VBG"),
    ("talks", 5, "nsubj", "NOUN", "talk", "NNS"), ("failed", 3, "ccomp", "VERB", "fail"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_cue_under_a_preposition_takes_the_subject_of_the_verb_above():
    _, quotes = analyse(BY_SAYING, ["B-PERSON"] + ["O"] * 6)
    assert quotes == [("indirect", "talks failed", "saying", "Lee")]


def contents(rows, ents):
    _, quotes = analyse_speakers(rows, ents)
    return [(content, speaker and speaker.name, span) for content, speaker, span in quotes]


CRITICISM = [
    ("Trump", 2, "poss", "PROPN", "Trump"), ("’s", 0, "case", "PART", "’s"),
    ("criticism", 6, "nsubj", "NOUN", "criticism"), ("of", 2, "prep", "ADP", "of"),
    ("the", 5, "det", "DET", "the"), ("deal", 3, "pobj", "NOUN", "deal"),
    ("grew", 6, "ROOT", "VERB", "grow"), (".", 6, "punct", "PUNCT", "."),
]


def test_noun_cue_reports_its_object_for_its_possessor():
    doc, _ = analyse_speakers(CRITICISM, ["B-PERSON"] + ["O"] * 7)
    [q] = find_quotes(doc, find_actors(doc, load_knowledge()))
    assert (doc.text[q.start:q.end], q.cue, q.kind) == ("the deal", "criticism of", "indirect")
    assert contents(CRITICISM, ["B-PERSON"] + ["O"] * 7) == [("the deal", "Trump", "Trump")]


URGED = [
    ("Obama", 1, "nsubj", "PROPN", "Obama"), ("urged", 1, "ROOT", "VERB", "urge"),
    ("him", 1, "dobj", "PRON", "he"), ("to", 4, "aux", "PART", "to"),
    ("resign", 1, "xcomp", "VERB", "resign"), (".", 1, "punct", "PUNCT", "."),
]


def test_whom_a_cue_reports_about_is_part_of_the_content():
    assert contents(URGED, ["B-PERSON"] + ["O"] * 5) == [("him to resign", "Obama", "Obama")]


NESTED = [
    ("Voters", 1, "nsubj", "NOUN", "voter", "NNS"), ("say", 1, "ROOT", "VERB", "say"),
    ("they", 3, "nsubj", "PRON", "they"), ("think", 1, "ccomp", "VERB", "think"),
    ("she", 5, "nsubj", "PRON", "she"), ("won", 3, "ccomp", "VERB", "win"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_a_report_inside_another_report_is_part_of_it():
    assert [c for c, _, _ in contents(NESTED, None)] == ["they think she won"]


QUOTED_NAME = [
    ("Lee", 1, "nsubj", "PROPN", "Lee"), ("spoke", 1, "ROOT", "VERB", "speak"),
    (".", 1, "punct", "PUNCT", "."), ("“", 10, "punct", "PUNCT", "“"),
    ("Smith", 5, "nsubj", "PROPN", "Smith"), ("is", 10, "ccomp", "AUX", "be"),
    ("wrong", 5, "acomp", "ADJ", "wrong"), (",", 10, "punct", "PUNCT", ","),
    ("”", 10, "punct", "PUNCT", "”"), ("he", 10, "nsubj", "PRON", "he"),
    ("said", 10, "ROOT", "VERB", "say"), (".", 10, "punct", "PUNCT", "."),
]


def test_speaker_pronoun_looks_past_names_inside_quotation_marks():
    ents = ["B-PERSON", "O", "O", "O", "B-PERSON"] + ["O"] * 7
    assert contents(QUOTED_NAME, ents) == [("Smith is wrong", "Lee", "he")]


ABBREVIATION = [
    ("“", 8, "punct", "PUNCT", "“"), ("They", 2, "nsubj", "PRON", "they"),
    ("benefited", 8, "ccomp", "VERB", "benefit"), ("from", 2, "prep", "ADP", "from"),
    ("the", 5, "det", "DET", "the"), ("A.C.A.", 3, "pobj", "PROPN", "A.C.A."),
    (",", 8, "punct", "PUNCT", ","), ("”", 8, "punct", "PUNCT", "”"),
    ("said", 8, "ROOT", "VERB", "say"), ("Rosenberg", 8, "nsubj", "PROPN", "Rosenberg"),
    (".", 8, "punct", "PUNCT", "."),
]


def test_a_final_point_followed_by_a_comma_does_not_close_the_quote_sentence():
    ents = ["O"] * 9 + ["B-PERSON", "O"]
    assert contents(ABBREVIATION, ents) == [
        ("They benefited from the A.C.A.", "Rosenberg", "Rosenberg")]


AND_SAID = [
    ("Lee", 1, "nsubj", "PROPN", "Lee"), ("said", 1, "ROOT", "VERB", "say"),
    ("the", 3, "det", "DET", "the"), ("plan", 4, "nsubj", "NOUN", "plan"),
    ("works", 1, "ccomp", "VERB", "work"), ("and", 4, "cc", "CCONJ", "and"),
    ("said", 4, "conj", "VERB", "say"), ("that", 9, "mark", "SCONJ", "that"),
    ("taxes", 9, "nsubj", "NOUN", "tax", "NNS"), ("fell", 6, "ccomp", "VERB", "fall"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_a_second_report_joined_to_the_first_clause_is_its_own_with_the_same_speaker():
    assert contents(AND_SAID, ["B-PERSON"] + ["O"] * 10) == [
        ("the plan works", "Lee", "Lee"), ("taxes fell", "Lee", "Lee")]


SPOKESMAN = [
    ("Smith", 1, "nsubj", "PROPN", "Smith"), ("spoke", 1, "ROOT", "VERB", "speak"),
    (".", 1, "punct", "PUNCT", "."), ("The", 4, "det", "DET", "the"),
    ("spokesman", 5, "nsubj", "NOUN", "spokesman"), ("said", 5, "ROOT", "VERB", "say"),
    ("talks", 7, "nsubj", "NOUN", "talk", "NNS"), ("failed", 5, "ccomp", "VERB", "fail"),
    (".", 5, "punct", "PUNCT", "."),
]


def test_a_spokesman_is_not_the_person_last_named():
    [(content, name, span)] = contents(SPOKESMAN, ["B-PERSON"] + ["O"] * 8)
    assert (content, span) == ("talks failed", "The spokesman") and name != "Smith"


ACCORDING_INSIDE = [
    ("Since", 8, "prep", "SCONJ", "since"), ("November", 0, "pobj", "PROPN", "November"),
    (",", 8, "punct", "PUNCT", ","), ("according", 8, "prep", "VERB", "accord"),
    ("to", 3, "prep", "ADP", "to"), ("Zorbax", 4, "pobj", "PROPN", "Zorbax"),
    (",", 8, "punct", "PUNCT", ","), ("forces", 8, "nsubj", "NOUN", "force", "NNS"),
    ("killed", 8, "ROOT", "VERB", "kill"), ("400", 10, "nummod", "NUM", "400"),
    ("protesters", 8, "dobj", "NOUN", "protester", "NNS"), (".", 8, "punct", "PUNCT", "."),
]


def test_according_to_inside_a_clause_attributes_all_of_it():
    ents = ["O"] * 5 + ["B-ORG"] + ["O"] * 6
    assert contents(ACCORDING_INSIDE, ents) == [
        ("Since November, according to Zorbax, forces killed 400 protesters", "Zorbax", "Zorbax")]


IN_AN_ARTICLE = [
    ("Forbes", 1, "nsubj", "PROPN", "Forbes"), ("replied", 1, "ROOT", "VERB", "reply"),
    ("in", 1, "prep", "ADP", "in"), ("an", 4, "det", "DET", "an"),
    ("article", 2, "pobj", "NOUN", "article"), ("stating", 4, "acl", "VERB", "state", "VBG"),
    ("that", 8, "mark", "SCONJ", "that"), ("it", 8, "nsubj", "PRON", "it"),
    ("erred", 5, "ccomp", "VERB", "err"), (".", 1, "punct", "PUNCT", "."),
]


def test_what_a_writing_states_is_its_writers():
    ents = ["B-ORG"] + ["O"] * 9
    assert contents(IN_AN_ARTICLE, ents) == [("it erred", "Forbes", "Forbes")]


ON_THURSDAY = [
    ("Smith", 1, "nsubj", "PROPN", "Smith"), ("announced", 1, "ROOT", "VERB", "announce"),
    ("his", 3, "poss", "PRON", "his"), ("support", 1, "dobj", "NOUN", "support"),
    ("on", 1, "prep", "ADP", "on"), ("Thursday", 4, "pobj", "PROPN", "Thursday"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_when_something_was_said_is_not_part_of_it():
    ents = ["B-PERSON", "O", "O", "O", "O", "B-DATE", "O"]
    assert contents(ON_THURSDAY, ents) == [("his support", "Smith", "Smith")]


SPOKE_BEFORE = [
    ("Lee", 1, "nsubj", "PROPN", "Lee"), ("said", 1, "ROOT", "VERB", "say"),
    ("talks", 3, "nsubj", "NOUN", "talk", "NNS"), ("failed", 1, "ccomp", "VERB", "fail"),
    (".", 1, "punct", "PUNCT", "."), ("Smith", 6, "nsubj", "PROPN", "Smith"),
    ("arrived", 6, "ROOT", "VERB", "arrive"), (".", 6, "punct", "PUNCT", "."),
    ("“", 14, "punct", "PUNCT", "“"), ("We", 10, "nsubj", "PRON", "we"),
    ("won", 14, "ccomp", "VERB", "win"), (",", 14, "punct", "PUNCT", ","),
    ("”", 14, "punct", "PUNCT", "”"), ("he", 14, "nsubj", "PRON", "he"),
    ("said", 14, "ROOT", "VERB", "say"), (".", 14, "punct", "PUNCT", "."),
]


def test_speaker_pronoun_prefers_who_was_just_speaking():
    ents = ["B-PERSON"] + ["O"] * 4 + ["B-PERSON"] + ["O"] * 10
    assert contents(SPOKE_BEFORE, ents)[-1] == ("We won", "Lee", "he")


PARAGRAPH_BEFORE = [
    ("“", 2, "punct", "PUNCT", "“"), ("We", 2, "nsubj", "PRON", "we"),
    ("won", 7, "ccomp", "VERB", "win"), (".", 2, "punct", "PUNCT", "."),
    ("”", 2, "punct", "PUNCT", "”"), ("\n\n", 4, "dep", "SPACE", "\n\n"),
    ("Lee", 7, "nsubj", "PROPN", "Lee"), ("said", 7, "ROOT", "VERB", "say"),
    ("talks", 9, "nsubj", "NOUN", "talk", "NNS"), ("failed", 7, "ccomp", "VERB", "fail"),
    (".", 7, "punct", "PUNCT", "."),
]


def test_a_paragraph_hung_on_the_cue_is_not_what_it_reports():
    ents = ["O"] * 6 + ["B-PERSON"] + ["O"] * 4
    assert ("talks failed", "Lee", "Lee") in contents(PARAGRAPH_BEFORE, ents)


SPLIT_CLAUSE = [
    ("Lee", 1, "nsubj", "PROPN", "Lee"), ("says", 1, "ROOT", "VERB", "say"),
    ("they", 3, "nsubj", "PRON", "they"), ("do", 1, "ccomp", "AUX", "do"),
    ("n't", 3, "neg", "PART", "not"), ("know", 1, "ccomp", "VERB", "know"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_a_clause_parsed_as_two_complements_is_reported_whole():
    ents = ["B-PERSON"] + ["O"] * 6
    assert contents(SPLIT_CLAUSE, ents) == [("they do n't know", "Lee", "Lee")]


SAID_TUESDAY = [
    ("Lee", 1, "nsubj", "PROPN", "Lee"), ("said", 1, "ROOT", "VERB", "say"),
    ("Tuesday", 4, "npadvmod", "PROPN", "Tuesday"), ("talks", 4, "nsubj", "NOUN", "talk"),
    ("failed", 1, "ccomp", "VERB", "fail"), (".", 1, "punct", "PUNCT", "."),
]


def test_a_time_right_after_the_cue_is_when_it_was_said():
    ents = ["B-PERSON", "O", "B-DATE", "O", "O", "O"]
    assert contents(SAID_TUESDAY, ents) == [("talks failed", "Lee", "Lee")]


SUPPORTED = [
    ("Lee", 1, "nsubj", "PROPN", "Lee"), ("supported", 1, "ROOT", "VERB", "support"),
    ("the", 3, "det", "DET", "the"), ("bill", 1, "dobj", "NOUN", "bill"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_what_someone_supports_is_reported():
    assert contents(SUPPORTED, ["B-PERSON"] + ["O"] * 4) == [("the bill", "Lee", "Lee")]


LEAD_IN_MERGED = [
    ("Lee", 1, "nsubj", "PROPN", "Lee"), ("had", 7, "parataxis", "VERB", "have"),
    ("a", 3, "det", "DET", "a"), ("message", 1, "dobj", "NOUN", "message"),
    (":", 7, "punct", "PUNCT", ":"), ("“", 7, "punct", "PUNCT", "“"),
    ("Smith", 7, "nsubj", "PROPN", "Smith"), ("is", 7, "ROOT", "AUX", "be"),
    ("wrong", 7, "acomp", "ADJ", "wrong"), ("about", 8, "prep", "ADP", "about"),
    ("it", 9, "pobj", "PRON", "it"), (".", 7, "punct", "PUNCT", "."),
    ("”", 7, "punct", "PUNCT", "”"),
]


def test_a_lead_in_parsed_into_the_quotation_still_gives_its_speaker():
    ents = ["B-PERSON"] + ["O"] * 5 + ["B-PERSON"] + ["O"] * 6
    [(content, speaker, span)] = contents(LEAD_IN_MERGED, ents)
    assert (content, speaker, span) == ("Smith is wrong about it.", "Lee", "Lee")


WANTS = [
    ("Lee", 1, "nsubj", "PROPN", "Lee"), ("wants", 1, "ROOT", "VERB", "want"),
    ("to", 3, "aux", "PART", "to"), ("win", 1, "xcomp", "VERB", "win"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_what_someone_wants_is_reported():
    assert contents(WANTS, ["B-PERSON"] + ["O"] * 4) == [("to win", "Lee", "Lee")]


LEAD_IN_AFTER_QUOTE = [
    ("“", 1, "punct", "PUNCT", "“"), ("Go", 1, "ROOT", "VERB", "go"),
    (".", 1, "punct", "PUNCT", "."), ("”", 1, "punct", "PUNCT", "”"),
    ("\n\n", 3, "dep", "SPACE", "\n\n"), ("Smith", 6, "nsubj", "PROPN", "Smith"),
    ("echoed", 1, "conj", "VERB", "echo"), (":", 6, "punct", "PUNCT", ":"),
    ("\n\n", 7, "dep", "SPACE", "\n\n"), ("“", 11, "punct", "PUNCT", "“"),
    ("We", 11, "nsubj", "PRON", "we"), ("won", 1, "parataxis", "VERB", "win"),
    ("the", 13, "det", "DET", "the"), ("vote", 11, "dobj", "NOUN", "vote"),
    ("today", 11, "npadvmod", "NOUN", "today"), (".", 11, "punct", "PUNCT", "."),
    ("”", 11, "punct", "PUNCT", "”"),
]


def test_a_lead_in_parsed_into_the_paragraph_before_still_gives_its_speaker():
    ents = ["O"] * 5 + ["B-PERSON"] + ["O"] * 11
    assert contents(LEAD_IN_AFTER_QUOTE, ents)[-1] == ("We won the vote today.", "Smith", "Smith")


TITLED = [
    ("WASHINGTON", 4, "compound", "PROPN", "Washington"), ("—", 4, "punct", "PUNCT", "—"),
    ("Sen.", 4, "compound", "PROPN", "Sen."), ("Bernie", 4, "compound", "PROPN", "Bernie"),
    ("Sanders", 5, "nsubj", "PROPN", "Sanders"), ("said", 5, "ROOT", "VERB", "say"),
    ("talks", 7, "nsubj", "NOUN", "talk", "NNS"), ("failed", 5, "ccomp", "VERB", "fail"),
    (".", 5, "punct", "PUNCT", "."),
]


def test_source_span_is_the_titled_name_without_the_dateline():
    # the parse hangs the dateline on the subject; the source starts after its dash
    ents = ["B-GPE", "O", "O", "B-PERSON", "I-PERSON"] + ["O"] * 4
    assert contents(TITLED, ents) == [("talks failed", "Bernie Sanders", "Sen. Bernie Sanders")]


ASKED_IF = [
    ("Lee", 1, "nsubj", "PROPN", "Lee"), ("asked", 1, "ROOT", "VERB", "ask"),
    ("Smith", 1, "dobj", "PROPN", "Smith"), ("if", 5, "mark", "SCONJ", "if"),
    ("talks", 5, "nsubj", "NOUN", "talk", "NNS"), ("failed", 1, "advcl", "VERB", "fail"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_asked_if_reports_the_question_without_whom_was_asked():
    ents = ["B-PERSON", "O", "B-PERSON"] + ["O"] * 4
    assert contents(ASKED_IF, ents) == [("if talks failed", "Lee", "Lee")]
    # an adverbial clause with another conjunction is not what was asked
    when = [*ASKED_IF[:3], ("when", 5, "advmod", "SCONJ", "when"), *ASKED_IF[4:]]
    assert contents(when, ents) == []


WHICH_SAID = [
    ("Rules", 7, "nsubj", "NOUN", "rule", "NNS"), (",", 0, "punct", "PUNCT", ","),
    ("which", 5, "nsubj", "PRON", "which", "WDT"), ("Lee", 4, "nsubj", "PROPN", "Lee"),
    ("said", 0, "relcl", "VERB", "say"), ("start", 4, "ccomp", "VERB", "start"),
    (",", 0, "punct", "PUNCT", ","), ("apply", 7, "ROOT", "VERB", "apply"),
    (".", 7, "punct", "PUNCT", "."),
]


def test_relative_clause_reports_what_is_said_of_its_noun():
    # the clause's span holds its own cue and speaker: "which Lee said start"
    assert contents(WHICH_SAID, ["O"] * 3 + ["B-PERSON"] + ["O"] * 5) == [
        ("which Lee said start", "Lee", "Lee")]


LOWER_GOES_ON = [
    ("Bolton", 1, "nsubj", "PROPN", "Bolton"), ("said", 1, "ROOT", "VERB", "say"),
    ("that", 11, "mark", "SCONJ", "that"), ("whatever", 4, "det", "DET", "whatever"),
    ("voters", 5, "nsubj", "NOUN", "voter"), ("decide", 11, "advcl", "VERB", "decide"),
    (",", 11, "punct", "PUNCT", ","), ("“", 11, "punct", "PUNCT", "“"),
    ("they", 11, "nsubj", "PRON", "they"), ("should", 11, "aux", "AUX", "should"),
    ("not", 11, "neg", "PART", "not"), ("fear", 1, "ccomp", "VERB", "fear"),
    (".", 1, "punct", "PUNCT", "."), ("”", 1, "punct", "PUNCT", "”"),
]


def test_a_quotation_carrying_on_the_sentence_before_is_part_of_its_report():
    _, quotes = analyse(LOWER_GOES_ON, ["B-PERSON"] + ["O"] * 13)
    assert quotes == [("mixed", "whatever voters decide, “they should not fear.", "said", "Bolton")]


SPLIT_LOWER = [
    ("“", 2, "punct", "PUNCT", "“"), ("We", 2, "nsubj", "PRON", "we"),
    ("lost", 6, "ccomp", "VERB", "lose"), (",", 6, "punct", "PUNCT", ","),
    ("”", 6, "punct", "PUNCT", "”"), ("Lee", 6, "nsubj", "PROPN", "Lee"),
    ("said", 6, "ROOT", "VERB", "say"), (",", 6, "punct", "PUNCT", ","),
    ("“", 12, "punct", "PUNCT", "“"), ("but", 12, "cc", "CCONJ", "but"),
    ("we", 12, "nsubj", "PRON", "we"), ("will", 12, "aux", "AUX", "will"),
    ("fight", 6, "ccomp", "VERB", "fight"), (".", 6, "punct", "PUNCT", "."),
    ("”", 6, "punct", "PUNCT", "”"),
]


def test_the_lower_case_second_half_of_a_split_quote_stays_a_quote():
    _, quotes = analyse(SPLIT_LOWER, ["O"] * 5 + ["B-PERSON"] + ["O"] * 9)
    assert quotes == [("direct", "We lost", "said", "Lee"),
                      ("direct", "but we will fight.", None, "Lee")]


def declared(verb, lemma):
    return [
        ("Ms.", 1, "compound", "PROPN", "Ms."), ("Lee", 2, "nsubj", "PROPN", "Lee"),
        (verb, 2, "ROOT", "VERB", lemma), ("“", 2, "punct", "PUNCT", "“"),
        ("What", 6, "det", "PRON", "what"), ("a", 6, "det", "DET", "a"),
        ("night", 2, "oprd", "NOUN", "night"), ("!", 2, "punct", "PUNCT", "!"),
        ("”", 2, "punct", "PUNCT", "”"),
    ]


def test_a_sentence_quoted_right_after_a_speech_verb_is_its_quote():
    _, quotes = analyse(declared("declared", "declare"), ["O", "B-PERSON"] + ["O"] * 7)
    assert quotes == [("direct", "What a night !", "declared", "Lee")]


def test_a_quotation_after_a_verb_of_feeling_is_no_quote():
    _, quotes = analyse(declared("felt", "feel"), ["O", "B-PERSON"] + ["O"] * 7)
    assert [q for q in quotes if q[0] == "direct"] == []


CALLS_TOO = [
    ("He", 1, "nsubj", "PRON", "he"), ("says", 1, "ROOT", "VERB", "say"),
    ("he", 3, "nsubj", "PRON", "he"), ("respects", 1, "ccomp", "VERB", "respect"),
    ("her", 3, "dobj", "PRON", "she"), ("and", 3, "cc", "CCONJ", "and"),
    ("he", 7, "nsubj", "PRON", "he"), ("calls", 3, "conj", "VERB", "call"),
    ("her", 7, "dobj", "PRON", "she"), ("“", 12, "punct", "PUNCT", "“"),
    ("a", 12, "det", "DET", "a"), ("wonderful", 12, "amod", "ADJ", "wonderful"),
    ("woman", 7, "oprd", "NOUN", "woman"), (".", 1, "punct", "PUNCT", "."),
    ("”", 1, "punct", "PUNCT", "”"),
]


def test_a_partial_quotation_in_a_report_joined_to_another_is_a_quote_of_its_own():
    _, quotes = analyse(CALLS_TOO)
    assert [(q[0], q[1], q[2]) for q in quotes] == [
        ("mixed", "he respects her and he calls her “a wonderful woman.", "says"),
        ("mixed", "her “a wonderful woman.", "calls")]


QUESTION_THEN_CUE = [
    ("Lee", 1, "nsubj", "PROPN", "Lee"), ("frowned", 1, "ROOT", "VERB", "frown"),
    (".", 1, "punct", "PUNCT", "."), ("“", 9, "punct", "PUNCT", "“"),
    ("But", 5, "cc", "CCONJ", "but"), ("why", 9, "advmod", "SCONJ", "why"),
    ("?", 9, "punct", "PUNCT", "?"), ("”", 9, "punct", "PUNCT", "”"),
    ("he", 9, "nsubj", "PRON", "he"), ("asked", 9, "ROOT", "VERB", "ask"),
    (".", 9, "punct", "PUNCT", "."),
]


def test_a_question_goes_on_with_its_lower_case_attribution():
    _, quotes = analyse(QUESTION_THEN_CUE, ["B-PERSON"] + ["O"] * 10)
    assert [(q[0], q[1], q[2]) for q in quotes] == [("direct", "But why ?", "asked")]


ADDING_THAT = [
    ("Lee", 1, "nsubj", "PROPN", "Lee"), ("said", 1, "ROOT", "VERB", "say"),
    (",", 1, "punct", "PUNCT", ","), ("“", 5, "punct", "PUNCT", "“"),
    ("I", 5, "nsubj", "PRON", "I"), ("lost", 1, "ccomp", "VERB", "lose"),
    (",", 5, "punct", "PUNCT", ","), ("”", 5, "punct", "PUNCT", "”"),
    ("adding", 1, "advcl", "VERB", "add", "VBG"), ("that", 13, "mark", "SCONJ", "that"),
    ("“", 13, "punct", "PUNCT", "“"), ("we", 13, "nsubj", "PRON", "we"),
    ("will", 13, "aux", "AUX", "will"), ("fight", 8, "ccomp", "VERB", "fight"),
    (".", 1, "punct", "PUNCT", "."), ("”", 1, "punct", "PUNCT", "”"),
]


def test_a_cue_after_a_quote_that_reports_its_own_clause_is_not_the_quotes():
    _, quotes = analyse(ADDING_THAT, ["B-PERSON"] + ["O"] * 15)
    assert quotes == [("direct", "I lost", "said", "Lee"),
                      ("direct", "we will fight.", "adding", "Lee")]


TITLE = [
    ("The", 1, "det", "DET", "the"), ("movie", 12, "nsubjpass", "NOUN", "movie"),
    (",", 1, "punct", "PUNCT", ","), ("“", 5, "punct", "PUNCT", "“"),
    ("Thirteen", 5, "nummod", "NUM", "thirteen"), ("Hours", 1, "appos", "PROPN", "Hours"),
    ("in", 5, "prep", "ADP", "in"), ("the", 8, "det", "DET", "the"),
    ("City", 6, "pobj", "PROPN", "City"), (",", 1, "punct", "PUNCT", ","),
    ("”", 1, "punct", "PUNCT", "”"), ("is", 12, "auxpass", "AUX", "be"),
    ("based", 12, "ROOT", "VERB", "base"), ("on", 12, "prep", "ADP", "on"),
    ("a", 15, "det", "DET", "a"), ("book", 13, "pobj", "NOUN", "book"),
    (".", 12, "punct", "PUNCT", "."),
]


def test_the_quoted_title_of_a_work_is_no_quote():
    _, quotes = analyse(TITLE)
    assert quotes == []
    # the same words, no longer beside a work, stay a quotation
    rows = [TITLE[0], ("crowd", 12, "nsubjpass", "NOUN", "crowd"), *TITLE[2:]]
    _, quotes = analyse(rows)
    assert [q[:2] for q in quotes] == [("direct", "Thirteen Hours in the City")]


REMEMBERED = [
    ("“", 6, "punct", "PUNCT", "“"), ("We", 2, "nsubj", "PRON", "we"),
    ("were", 6, "ccomp", "AUX", "be"), ("broke", 2, "acomp", "ADJ", "broke"),
    (",", 6, "punct", "PUNCT", ","), ("”", 6, "punct", "PUNCT", "”"),
    ("remembered", 6, "ROOT", "VERB", "remember"), ("Ada", 8, "compound", "PROPN", "Ada"),
    ("Quill", 6, "nsubj", "PROPN", "Quill"), (".", 6, "punct", "PUNCT", "."),
]


def test_remembered_after_a_quotation_attributes_it():
    _, quotes = analyse(REMEMBERED, ["O"] * 7 + ["B-PERSON", "I-PERSON", "O"])
    assert [(q[1], q[3]) for q in quotes] == [("We were broke", "Ada Quill")]


TOOK_THE_STEP = [
    ("Lee", 1, "nsubj", "PROPN", "Lee"), ("took", 1, "ROOT", "VERB", "take"),
    ("the", 3, "det", "DET", "the"), ("step", 1, "dobj", "NOUN", "step"),
    ("of", 3, "prep", "ADP", "of"), ("saying", 4, "pcomp", "VERB", "say", "VBG"),
    ("talks", 7, "nsubj", "NOUN", "talk", "NNS"), ("failed", 5, "ccomp", "VERB", "fail"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_cue_under_an_object_s_preposition_takes_the_subject_of_the_verb_above():
    # "Lee took the step of saying talks failed."
    _, quotes = analyse(TOOK_THE_STEP, ["B-PERSON"] + ["O"] * 8)
    assert quotes == [("indirect", "talks failed", "saying", "Lee")]


EMAIL_TO_VOTERS = [
    ("Lee", 1, "nsubj", "PROPN", "Lee"), ("sent", 1, "ROOT", "VERB", "send"),
    ("an", 3, "det", "DET", "an"), ("email", 1, "dobj", "NOUN", "email"),
    ("to", 1, "prep", "ADP", "to"), ("voters", 4, "pobj", "NOUN", "voter", "NNS"),
    ("saying", 5, "acl", "VERB", "say", "VBG"),
    ("talks", 8, "nsubj", "NOUN", "talk", "NNS"), ("failed", 6, "ccomp", "VERB", "fail"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_a_writing_s_participle_hung_on_its_addressee_is_the_writer_s():
    # "Lee sent an email to voters saying talks failed."
    _, quotes = analyse(EMAIL_TO_VOTERS, ["B-PERSON"] + ["O"] * 9)
    assert quotes == [("indirect", "talks failed", "saying", "Lee")]


UNPARSED_SUBJECT = [
    ("Talks", 1, "nsubj", "NOUN", "talk", "NNS"), ("stalled", 1, "ROOT", "VERB", "stall"),
    (".", 1, "punct", "PUNCT", "."), ("Ann", 4, "compound", "PROPN", "Ann"),
    ("Lee", 1, "dobj", "PROPN", "Lee"), (",", 10, "punct", "PUNCT", ","),
    ("facing", 10, "advcl", "VERB", "face", "VBG"), ("a", 8, "det", "DET", "a"),
    ("race", 6, "dobj", "NOUN", "race"), (",", 10, "punct", "PUNCT", ","),
    ("said", 10, "ROOT", "VERB", "say", "VBD"), ("talks", 12, "nsubj", "NOUN", "talk", "NNS"),
    ("failed", 10, "ccomp", "VERB", "fail", "VBD"), (".", 10, "punct", "PUNCT", "."),
]


def test_a_cue_the_parse_left_without_a_subject_takes_the_name_opening_its_sentence():
    # "Talks stalled. Ann Lee, facing a race, said talks failed." with Lee hung on "stalled"
    _, quotes = analyse(UNPARSED_SUBJECT, ["O"] * 3 + ["B-PERSON", "I-PERSON"] + ["O"] * 9)
    assert quotes == [("indirect", "talks failed", "said", "Ann Lee")]


SAID_LEE_MISHUNG = [
    ("“", 3, "punct", "PUNCT", "“"), ("We", 2, "nsubj", "PRON", "we"),
    ("lost", 5, "ccomp", "VERB", "lose"), (",", 5, "punct", "PUNCT", ","),
    ("”", 5, "punct", "PUNCT", "”"), ("said", 5, "ROOT", "VERB", "say", "VBD"),
    ("Lee", 5, "advmod", "PROPN", "Lee"), (".", 5, "punct", "PUNCT", "."),
]


def test_the_name_after_said_that_the_parse_hung_on_the_verb_says_the_quotation():
    # '“We lost,” said Lee.' with Lee taken for an adverb of "said"
    _, quotes = analyse(SAID_LEE_MISHUNG, ["O"] * 6 + ["B-PERSON", "O"])
    assert quotes == [("direct", "We lost", "said", "Lee")]


NAME_COLON = [
    ("Lee", 0, "ROOT", "PROPN", "Lee"), (":", 0, "punct", "PUNCT", ":"),
    ("“", 4, "punct", "PUNCT", "“"), ("Talks", 4, "nsubj", "NOUN", "talk", "NNS"),
    ("failed", 4, "ROOT", "VERB", "fail"), ("badly", 4, "advmod", "ADV", "badly"),
    ("here", 4, "advmod", "ADV", "here"), ("today", 4, "npadvmod", "NOUN", "today"),
    (".", 4, "punct", "PUNCT", "."), ("”", 4, "punct", "PUNCT", "”"),
]


def test_a_name_and_a_colon_before_a_quotation_say_who_says_it():
    # 'Lee: “Talks failed badly here today.”'
    _, quotes = analyse(NAME_COLON, ["B-PERSON"] + ["O"] * 9)
    assert quotes == [("direct", "Talks failed badly here today.", None, "Lee")]
    # 'On Acme: “…”': a name after a preposition is no one who speaks
    rows = [("On", 0, "ROOT", "ADP", "on"), ("Acme", 0, "pobj", "PROPN", "Acme")] + [
        (t, h + 1, d, p, l, *x) for t, h, d, p, l, *x in NAME_COLON[1:]]
    _, quotes = analyse(rows, ["O", "B-ORG"] + ["O"] * 9)
    assert [q[3] for q in quotes] == [None]


APPOSED_SPEAKER = [
    ("In", 9, "prep", "ADP", "in"), ("talks", 0, "pobj", "NOUN", "talk", "NNS"),
    (",", 2, "punct", "PUNCT", ","), ("his", 4, "poss", "PRON", "his"),
    ("aide", 1, "appos", "NOUN", "aide"), (",", 4, "punct", "PUNCT", ","),
    ("Ann", 7, "compound", "PROPN", "Ann"), ("Lee", 4, "appos", "PROPN", "Lee"),
    (",", 9, "punct", "PUNCT", ","), ("said", 9, "ROOT", "VERB", "say", "VBD"),
    (":", 9, "punct", "PUNCT", ":"), ("“", 13, "punct", "PUNCT", "“"),
    ("We", 13, "nsubj", "PRON", "we"), ("lost", 9, "ccomp", "VERB", "lose", "VBD"),
    ("badly", 13, "advmod", "ADV", "badly"), (".", 13, "punct", "PUNCT", "."),
    ("”", 13, "punct", "PUNCT", "”"),
]


def test_a_cue_the_parse_left_without_a_subject_takes_the_name_set_off_by_commas_before_it():
    # 'In talks, his aide, Ann Lee, said: “We lost badly.”' with Lee hung on "talks"
    _, quotes = analyse(APPOSED_SPEAKER, ["O"] * 6 + ["B-PERSON", "I-PERSON"] + ["O"] * 9)
    assert quotes == [("direct", "We lost badly.", "said", "Ann Lee")]


def test_a_quotation_yelled_is_said():
    _, quotes = analyse(declared("yelled", "yell"), ["O", "B-PERSON"] + ["O"] * 7)
    assert quotes == [("direct", "What a night !", "yelled", "Lee")]


def test_a_quotation_someone_interjected_is_said():
    _, quotes = analyse(declared("interjected", "interject"), ["O", "B-PERSON"] + ["O"] * 7)
    assert quotes == [("direct", "What a night !", "interjected", "Lee")]


REPORT_THEN_QUOTATION = [
    ("Lee", 1, "nsubj", "PROPN", "Lee"), ("met", 1, "ROOT", "VERB", "meet", "VBD"),
    ("Cox", 1, "dobj", "PROPN", "Cox"), ("but", 1, "cc", "CCONJ", "but"),
    ("said", 1, "conj", "VERB", "say", "VBD"), ("talks", 6, "nsubj", "NOUN", "talk", "NNS"),
    ("failed", 4, "ccomp", "VERB", "fail", "VBD"), ("badly", 6, "advmod", "ADV", "badly"),
    (".", 1, "punct", "PUNCT", "."), ("\n\n", 8, "dep", "SPACE", "\n\n"),
    ("“", 13, "punct", "PUNCT", "“"), ("We", 13, "nsubj", "PRON", "we"),
    ("will", 13, "aux", "AUX", "will"), ("go", 13, "ROOT", "VERB", "go"),
    ("on", 13, "prt", "ADP", "on"), ("fighting", 13, "xcomp", "VERB", "fight"),
    ("here", 15, "advmod", "ADV", "here"), (".", 13, "punct", "PUNCT", "."),
    ("”", 13, "punct", "PUNCT", "”"),
]


def test_a_quotation_paragraph_after_a_report_is_the_report_s_speaker_s():
    # 'Lee met Cox but said talks failed badly.\n\n“We will go on fighting here.”': the
    # sentence before the quotation is no lead-in ("met" says nothing)
    _, quotes = analyse(REPORT_THEN_QUOTATION, ["B-PERSON", "O", "B-PERSON"] + ["O"] * 16)
    assert [q[3] for q in quotes if q[0] == "direct"] == ["Lee"]


def narrated(pronoun):
    """'“We won big,” Ann Lee said.\\n\\nPRONOUN pauses.\\n\\n“We will go on fighting.”'"""
    return [
        ("“", 5, "punct", "PUNCT", "“"), ("We", 2, "nsubj", "PRON", "we"),
        ("won", 5, "ccomp", "VERB", "win", "VBD"), ("big", 2, "advmod", "ADV", "big"),
        (",", 5, "punct", "PUNCT", ","), ("”", 7, "punct", "PUNCT", "”"),
        ("Ann", 7, "compound", "PROPN", "Ann"), ("Lee", 8, "nsubj", "PROPN", "Lee"),
        ("said", 8, "ROOT", "VERB", "say", "VBD"), (".", 8, "punct", "PUNCT", "."),
        ("\n\n", 9, "dep", "SPACE", "\n\n"),
        (pronoun, 12, "nsubj", "PRON", pronoun.lower()), ("pauses", 12, "ROOT", "VERB", "pause"),
        (".", 12, "punct", "PUNCT", "."), ("\n\n", 13, "dep", "SPACE", "\n\n"),
        ("“", 18, "punct", "PUNCT", "“"), ("We", 18, "nsubj", "PRON", "we"),
        ("will", 18, "aux", "AUX", "will"), ("go", 18, "ROOT", "VERB", "go"),
        ("on", 18, "prt", "ADP", "on"), ("fighting", 18, "xcomp", "VERB", "fight"),
        (".", 18, "punct", "PUNCT", "."), ("”", 18, "punct", "PUNCT", "”"),
    ]


def test_a_quotation_after_narration_about_the_last_speaker_is_still_theirs():
    ents = ["O"] * 6 + ["B-PERSON", "I-PERSON"] + ["O"] * 15
    _, quotes = analyse(narrated("She"), ents)
    assert [q[3] for q in quotes] == ["Ann Lee", "Ann Lee"]
    # narration about someone of the other sex is no sign the speaker goes on
    _, quotes = analyse(narrated("He"), ents)
    assert [q[3] for q in quotes] == ["Ann Lee", None]


def test_a_focus_adverb_is_no_part_of_who_speaks():
    # "Even Clinton said …": the speaker's phrase is "Clinton"
    rows = [("Even", 1, "advmod", "ADV", "even"), ("Clinton", 2, "nsubj", "PROPN", "Clinton"),
            ("said", 2, "ROOT", "VERB", "say"), ("the", 4, "det", "DET", "the"),
            ("plan", 5, "nsubj", "NOUN", "plan"), ("failed", 2, "ccomp", "VERB", "fail", "VBD"),
            (".", 2, "punct", "PUNCT", ".")]
    _, quotes = analyse_speakers(rows, ["O", "B-PERSON", "O", "O", "O", "O", "O"])
    assert [(text, span) for text, _, span in quotes] == [("the plan failed", "Clinton")]


def test_a_mark_set_apart_by_spaces_opens_after_a_sentence_and_closes_an_open_quote():
    # archives that pad their marks: '. '' Being …,'' he said' and '" We won," he said'
    assert spans_text("Weller spoke. '' Being this dry makes it hard,'' he said.") == [
        "Being this dry makes it hard"]
    assert spans_text('" We won," he said.') == ["We won"]
    assert spans_text('He said: "We won. " Then he left.') == ["We won."]
    assert spans_text('The odds were 3 " to 1 against it.') == []


def test_a_mark_right_after_a_colon_opens():
    assert spans_text('Rep. Lee (R-S.C.):"Who told you that?" The room fell silent.') == [
        "Who told you that?"]
