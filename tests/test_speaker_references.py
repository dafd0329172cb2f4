"""Speaker resolution on hand-built Docs (no model): how near a mention counts, titles the text
gives a person, and what a lead-in or a writing says about who speaks."""

from conftest import actor_set, build_doc


def filler_rows(n):
    """``n`` tokens of no one ("it rained."), heads counted from token 4 on."""
    rows = []
    for i in range(4, 4 + n - n % 3, 3):
        rows += [("It", i + 1, "nsubj", "PRON", "it"), ("rained", i + 1, "ROOT", "VERB", "rain"),
                 (".", i + 1, "punct", "PUNCT", ".")]
    return rows + [(".", i, "ROOT", "PUNCT", ".") for i in range(4 + n - n % 3, 4 + n)]


def test_a_description_in_apposition_counts_as_near_as_the_name_it_describes():
    from dyad.nlp.speaker_salience import nearness

    # "Eva Reyes, the director, said." : the description is no nearer than the name
    doc = build_doc([("Eva", 1, "compound", "PROPN", "Eva"), ("Reyes", 6, "nsubj", "PROPN", "Reyes"),
                     (",", 1, "punct", "PUNCT", ","), ("the", 4, "det", "DET", "the"),
                     ("director", 1, "appos", "NOUN", "director"), (",", 1, "punct", "PUNCT", ","),
                     ("said", 6, "ROOT", "VERB", "say"), (".", 6, "punct", "PUNCT", ".")])
    speech = frozenset({"say"})
    assert nearness(doc[4], speech, False) == nearness(doc[1], speech, False)
    # a name the parse hung on another name is no description of it: it keeps its own place
    doc = build_doc([("Ann", 1, "compound", "PROPN", "Ann"), ("Lee", 5, "nsubj", "PROPN", "Lee"),
                     (",", 1, "punct", "PUNCT", ","), ("Bo", 4, "compound", "PROPN", "Bo"),
                     ("Ray", 1, "appos", "PROPN", "Ray"), ("said", 5, "ROOT", "VERB", "say"),
                     (".", 5, "punct", "PUNCT", ".")])
    assert nearness(doc[4], speech, False) == nearness(doc[1], speech, False) + 3


def test_a_title_the_text_writes_before_a_name_counts_as_that_persons_role():
    from dyad.nlp.descriptors import described
    from dyad.nlp.speaker_names import roles_of

    # "Rules Chairman Bo Ash spoke. RNC Chairman Ann Lee left. The chairman said …": of two
    # chairmen, the one last named (whom the dictionary may know by another office)
    rows = [("Rules", 1, "compound", "PROPN", "Rules"), ("Chairman", 3, "compound", "PROPN", "Chairman"),
            ("Bo", 3, "compound", "PROPN", "Bo"), ("Ash", 4, "nsubj", "PROPN", "Ash"),
            ("spoke", 4, "ROOT", "VERB", "speak"), (".", 4, "punct", "PUNCT", "."),
            ("RNC", 7, "compound", "PROPN", "RNC"), ("Chairman", 9, "compound", "PROPN", "Chairman"),
            ("Ann", 9, "compound", "PROPN", "Ann"), ("Lee", 10, "nsubj", "PROPN", "Lee"),
            ("left", 10, "ROOT", "VERB", "leave"), (".", 10, "punct", "PUNCT", "."),
            ("The", 13, "det", "DET", "the"), ("chairman", 14, "nsubj", "NOUN", "chairman", "NN"),
            ("said", 14, "ROOT", "VERB", "say"), (".", 14, "punct", "PUNCT", ".")]
    doc = build_doc(rows)
    actors = actor_set(doc, (2, 4, "Bo Ash", "person"), (8, 10, "Ann Lee", "person"))
    actors.actors[0].role = "chairman"
    actors.actors[1].role = "chief of staff"
    assert "chairman" in roles_of(doc, actors.actors[1])
    assert described(doc, actors, doc[13], 12, 14).name == "Ann Lee"


def test_a_lead_in_whose_parsed_verb_lies_inside_a_quotation_is_the_narrations_cue():
    from dyad.nlp.speaker_leads import lead_in

    # '“They say,” said Lee. “We won.”': the parse heads the first sentence on the quoted
    # "say"; the narration's "said" introduces the next quotation, and Lee speaks
    doc = build_doc([("“", 2, "punct", "PUNCT", "“"), ("They", 2, "nsubj", "PRON", "they"),
                     ("say", 2, "ROOT", "VERB", "say"), (",", 2, "punct", "PUNCT", ","),
                     ("”", 2, "punct", "PUNCT", "”"), ("said", 2, "parataxis", "VERB", "say"),
                     ("Lee", 5, "nsubj", "PROPN", "Lee"), (".", 2, "punct", "PUNCT", "."),
                     ("“", 10, "punct", "PUNCT", "“"), ("We", 10, "nsubj", "PRON", "we"),
                     ("won", 10, "ROOT", "VERB", "win"), (".", 10, "punct", "PUNCT", "."),
                     ("”", 10, "punct", "PUNCT", "”")])
    lead = lead_in(doc, doc.text, doc[9:12], {"say"}, lambda t: t.lemma_ == "say")
    assert lead is not None and lead.i == 5


def test_a_name_a_sentence_opens_on_with_as_for_is_whom_it_is_about():
    from dyad.nlp.speaker_salience import introduced, nearness

    # "And as for Lee, he was calm." : Lee is the sentence's topic, as a subject would be
    rows = [("And", 6, "cc", "CCONJ", "and"), ("as", 6, "prep", "ADP", "as"),
            ("for", 1, "prep", "ADP", "for"), ("Lee", 2, "pobj", "PROPN", "Lee"),
            (",", 6, "punct", "PUNCT", ","), ("he", 6, "nsubj", "PRON", "he"),
            ("was", 6, "ROOT", "AUX", "be"), ("calm", 6, "acomp", "ADJ", "calm"),
            (".", 6, "punct", "PUNCT", ".")]
    doc = build_doc(rows)
    assert introduced(doc[3])
    assert nearness(doc[3], None, False) > doc[3].i
    # "as for" after other words of the sentence opens nothing ("Ray spoke as for Lee")
    doc = build_doc([("Ray", 1, "nsubj", "PROPN", "Ray"), ("spoke", 1, "ROOT", "VERB", "speak"),
                     ("as", 1, "prep", "ADP", "as"), ("for", 2, "prep", "ADP", "for"),
                     ("Lee", 3, "pobj", "PROPN", "Lee"), (".", 1, "punct", "PUNCT", ".")])
    assert not introduced(doc[4])


def test_a_participle_with_a_doer_after_by_is_that_doers():
    from dyad.nlp.speakers import subject_of

    # "Asked by Ray to respond, Lee said …": Ray asks, Lee says
    rows = [("Asked", 6, "advcl", "VERB", "ask", "VBN"), ("by", 0, "agent", "ADP", "by"),
            ("Ray", 1, "pobj", "PROPN", "Ray"), ("to", 4, "aux", "PART", "to"),
            ("respond", 0, "xcomp", "VERB", "respond"), ("Lee", 6, "nsubj", "PROPN", "Lee"),
            ("said", 6, "ROOT", "VERB", "say", "VBD"), (".", 6, "punct", "PUNCT", ".")]
    doc = build_doc(rows)
    cue = lambda t: t.lemma_ in ("ask", "say")
    assert subject_of(doc[0], cue).text == "Ray"
    # a participle that says nothing ("Owned by Ray, …") leaves its clause's subject
    assert subject_of(doc[0], lambda t: t.lemma_ == "say").text == "Lee"
    # who quotes someone passes on their words: the clause's subject still says them
    doc = build_doc([("Quoted", 6, "advcl", "VERB", "quote", "VBN"), *rows[1:]])
    assert subject_of(doc[0], lambda t: t.lemma_ in ("quote", "say")).text == "Lee"


def test_a_description_no_one_named_before_fits_is_the_one_holder_the_text_names_after_it():
    from dyad.nlp.descriptors import LATER_REACH, described
    from dyad.nlp.speaker_names import roles_of

    # "The governor said. Ann Lee, the governor, left."
    rows = [("The", 1, "det", "DET", "the"), ("governor", 2, "nsubj", "NOUN", "governor", "NN"),
            ("said", 2, "ROOT", "VERB", "say"), (".", 2, "punct", "PUNCT", "."),
            ("Ann", 5, "compound", "PROPN", "Ann"), ("Lee", 10, "nsubj", "PROPN", "Lee"),
            (",", 5, "punct", "PUNCT", ","), ("the", 8, "det", "DET", "the"),
            ("governor", 5, "appos", "NOUN", "governor", "NN"), (",", 5, "punct", "PUNCT", ","),
            ("left", 10, "ROOT", "VERB", "leave"), (".", 10, "punct", "PUNCT", ".")]
    doc = build_doc(rows)
    actors = actor_set(doc, (4, 6, "Ann Lee", "person"))
    assert "governor" in roles_of(doc, actors.actors[0])
    assert described(doc, actors, doc[1], 0, 2).name == "Ann Lee"
    # of two holders named after it, neither
    actors = actor_set(doc, (4, 6, "Ann Lee", "person"), (10, 11, "Bo Ray", "person"))
    actors.actors[1].role = "governor"
    assert described(doc, actors, doc[1], 0, 2) is None
    # nor one named paragraphs on, who may hold the role for someone else
    n = LATER_REACH
    far = rows[:4] + filler_rows(n) + [(w, h + n, *r) for w, h, *r in rows[4:]]
    doc = build_doc(far)
    actors = actor_set(doc, (4 + n, 6 + n, "Ann Lee", "person"))
    assert described(doc, actors, doc[1], 0, 2) is None


def test_an_agents_title_with_a_relative_clause_points_back_to_whom_the_text_is_about():
    from dyad.nlp.descriptors import described_as

    # "Ann Lee won. The lawyer who ran said …": a description of Lee; "The lawyer said" alone
    # speaks for someone the text does not say
    rows = [("Ann", 1, "compound", "PROPN", "Ann"), ("Lee", 2, "nsubj", "PROPN", "Lee"),
            ("won", 2, "ROOT", "VERB", "win"), (".", 2, "punct", "PUNCT", "."),
            ("The", 5, "det", "DET", "the"), ("lawyer", 8, "nsubj", "NOUN", "lawyer", "NN"),
            ("who", 7, "nsubj", "PRON", "who"), ("ran", 5, "relcl", "VERB", "run"),
            ("said", 8, "ROOT", "VERB", "say"), (".", 8, "punct", "PUNCT", ".")]
    doc = build_doc(rows)
    actors = actor_set(doc, (0, 2, "Ann Lee", "person"))
    assert described_as(doc, actors, doc[5], 4).name == "Ann Lee"
    doc = build_doc(rows[:5] + [("lawyer", 6, "nsubj", "NOUN", "lawyer", "NN"),
                                ("said", 6, "ROOT", "VERB", "say"), (".", 6, "punct", "PUNCT", ".")])
    actors = actor_set(doc, (0, 2, "Ann Lee", "person"))
    assert described_as(doc, actors, doc[5], 4) is None


def test_whose_the_subject_is_counts_as_a_subject_but_not_as_who_speaks():
    from dyad.nlp.speaker_salience import SUBJECT_REACH, nearness, owned_subject

    # "One of Lee's jeremiads came." : the sentence is about Lee
    doc = build_doc([("One", 5, "nsubj", "NUM", "one"), ("of", 0, "prep", "ADP", "of"),
                     ("Lee", 4, "poss", "PROPN", "Lee"), ("'s", 2, "case", "PART", "'s"),
                     ("jeremiads", 1, "pobj", "NOUN", "jeremiad"), ("came", 5, "ROOT", "VERB", "come"),
                     (".", 5, "punct", "PUNCT", ".")])
    assert owned_subject(doc[2]).i == 0
    assert nearness(doc[2], None, False) == 2 + SUBJECT_REACH
    # "Lee's aide said." : the aide speaks, Lee does not
    doc = build_doc([("Lee", 2, "poss", "PROPN", "Lee"), ("'s", 0, "case", "PART", "'s"),
                     ("aide", 3, "nsubj", "NOUN", "aide"), ("said", 3, "ROOT", "VERB", "say"),
                     (".", 3, "punct", "PUNCT", ".")])
    speech = frozenset({"say"})
    assert nearness(doc[0], speech, False) == 0 + 2 * SUBJECT_REACH  # a main clause's, no more
    assert nearness(doc[2], speech, False) == 2 + 3 * SUBJECT_REACH


def test_a_writing_that_speaks_is_whoever_issued_it_before():
    from dyad.nlp.speakers import resolve_speaker

    # "Acme issued a statement. The statement said talks failed."
    rows = [("Acme", 1, "nsubj", "PROPN", "Acme"), ("issued", 1, "ROOT", "VERB", "issue"),
            ("a", 3, "det", "DET", "a"), ("statement", 1, "dobj", "NOUN", "statement", "NN"),
            (".", 1, "punct", "PUNCT", "."), ("The", 6, "det", "DET", "the"),
            ("statement", 7, "nsubj", "NOUN", "statement", "NN"), ("said", 7, "ROOT", "VERB", "say"),
            ("talks", 9, "nsubj", "NOUN", "talk", "NNS"), ("failed", 7, "ccomp", "VERB", "fail"),
            (".", 7, "punct", "PUNCT", ".")]
    doc = build_doc(rows)
    actors = actor_set(doc, (0, 1, "Acme", "organization"))
    who, span = resolve_speaker(doc, actors, doc[6], [])
    assert who.name == "Acme" and span == (5, 7)
    # writings in the plural are no one statement ("Acme issued statements. The statements said")
    doc = build_doc([(w, h, d, p, lem, "NNS") if w == "statement" else (w, h, d, p, lem, *r)
                     for w, h, d, p, lem, *r in rows])
    actors = actor_set(doc, (0, 1, "Acme", "organization"))
    assert resolve_speaker(doc, actors, doc[6], [])[0].name != "Acme"
    # a statement no one was said to issue stays what it is ("A statement was found.")
    doc = build_doc([("A", 1, "det", "DET", "a"), ("statement", 3, "nsubjpass", "NOUN", "statement"),
                     ("was", 3, "auxpass", "AUX", "be"), ("found", 3, "ROOT", "VERB", "find"),
                     *rows[4:]])
    actors = actor_set(doc)
    assert resolve_speaker(doc, actors, doc[6], [])[0].name == "statement"


def test_it_stands_for_no_group_named_in_the_plural():
    from dyad.nlp.speaker_pronouns import resolve_pronoun

    # "Voters met the Acme board. It said talks failed.": the board, though the voters are the
    # subject; "they" may stand for the voters
    rows = [("Voters", 1, "nsubj", "NOUN", "voter", "NNS"), ("met", 1, "ROOT", "VERB", "meet"),
            ("the", 4, "det", "DET", "the"), ("Acme", 4, "compound", "PROPN", "Acme"),
            ("board", 1, "dobj", "NOUN", "board", "NN"), (".", 1, "punct", "PUNCT", "."),
            ("It", 7, "nsubj", "PRON", "it"), ("said", 7, "ROOT", "VERB", "say"),
            ("talks", 9, "nsubj", "NOUN", "talk", "NNS"), ("failed", 7, "ccomp", "VERB", "fail"),
            (".", 7, "punct", "PUNCT", ".")]
    doc = build_doc(rows)
    actors = actor_set(doc, (0, 1, "voters", "group"), (2, 5, "Acme board", "organization"))
    assert resolve_pronoun(doc, actors, doc[6], quoted=[]).name == "Acme board"
    doc = build_doc(rows[:6] + [("They", 7, "nsubj", "PRON", "they")] + rows[7:])
    actors = actor_set(doc, (0, 1, "voters", "group"), (2, 5, "Acme board", "organization"))
    assert resolve_pronoun(doc, actors, doc[6], quoted=[]).name == "voters"


def test_a_speakers_phrase_starts_after_a_line_break_the_parse_hung_on_it():
    from dyad.nlp.speakers import resolve_speaker

    # '“Go.” \n\nFriends say …': the speaker is "Friends", not the mark and the break before
    doc = build_doc([("“", 1, "punct", "PUNCT", "“"), ("Go", 1, "ROOT", "VERB", "go"),
                     (".", 1, "punct", "PUNCT", "."), ("”", 5, "punct", "PUNCT", "”"),
                     ("\n\n", 5, "punct", "SPACE", "\n\n"),
                     ("Friends", 6, "nsubj", "NOUN", "friend", "NNS"),
                     ("say", 6, "ROOT", "VERB", "say"), ("it", 8, "nsubj", "PRON", "it"),
                     ("works", 6, "ccomp", "VERB", "work"), (".", 6, "punct", "PUNCT", ".")])
    who, span = resolve_speaker(doc, actor_set(doc), doc[5], [])
    assert who.name == "Friends" and span == (5, 6)


def test_a_clause_with_a_speech_verb_in_parenthesis_is_reported():
    from dyad.nlp.speaker_salience import reported

    # "Ray said, Lee's jabs were wrong.": the parse hangs "said" on "were"; Lee's jabs are
    # what Ray said, not whom the narration is about
    doc = build_doc([("Ray", 1, "nsubj", "PROPN", "Ray"), ("said", 6, "parataxis", "VERB", "say"),
                     (",", 1, "punct", "PUNCT", ","), ("Lee", 5, "poss", "PROPN", "Lee"),
                     ("'s", 3, "case", "PART", "'s"), ("jabs", 6, "nsubj", "NOUN", "jab", "NNS"),
                     ("were", 6, "ROOT", "AUX", "be"), ("wrong", 6, "acomp", "ADJ", "wrong"),
                     (".", 6, "punct", "PUNCT", ".")])
    assert reported(doc[5], frozenset({"say"}))
    assert not reported(doc[5], frozenset({"tell"}))


def test_an_inverted_cue_set_off_by_commas_is_said_by_the_subject_after_it():
    from dyad.nlp.speakers import subject_of

    # "The tone, said Lee, would change." : the parse hangs "tone" on "said" as well
    doc = build_doc([("The", 1, "det", "DET", "the"), ("tone", 3, "nsubj", "NOUN", "tone"),
                     (",", 3, "punct", "PUNCT", ","), ("said", 7, "parataxis", "VERB", "say"),
                     ("Lee", 3, "nsubj", "PROPN", "Lee"), (",", 3, "punct", "PUNCT", ","),
                     ("would", 7, "aux", "AUX", "would"), ("change", 7, "ROOT", "VERB", "change"),
                     (".", 7, "punct", "PUNCT", ".")])
    assert subject_of(doc[3], lambda t: t.lemma_ == "say").text == "Lee"
    # with no mark before the cue, the subject before it says it ("Ann and Bo say Lee has …")
    doc = build_doc([("Ann", 1, "nsubj", "PROPN", "Ann"), ("say", 1, "ROOT", "VERB", "say"),
                     ("Lee", 1, "nsubj", "PROPN", "Lee"), ("left", 1, "ccomp", "VERB", "leave"),
                     (".", 1, "punct", "PUNCT", ".")])
    assert subject_of(doc[1], lambda t: t.lemma_ == "say").text == "Ann"


def test_an_office_the_text_gives_a_person_stands_for_any_other_the_dictionary_knows():
    from dyad.nlp.speaker_names import roles_of

    # "Chancellor Gordon Brown spoke.": this article's chancellor, not the later prime minister
    doc = build_doc([("Chancellor", 2, "compound", "PROPN", "Chancellor"),
                     ("Gordon", 2, "compound", "PROPN", "Gordon"), ("Brown", 3, "nsubj", "PROPN", "Brown"),
                     ("spoke", 3, "ROOT", "VERB", "speak"), (".", 3, "punct", "PUNCT", ".")])
    actors = actor_set(doc, (1, 3, "Gordon Brown", "person"))
    assert "prime minister" not in roles_of(doc, actors.actors[0])
    assert "chancellor" in roles_of(doc, actors.actors[0])
    # named with no title, every office the dictionary knows counts
    doc = build_doc([("Gordon", 1, "compound", "PROPN", "Gordon"), ("Brown", 2, "nsubj", "PROPN", "Brown"),
                     ("spoke", 2, "ROOT", "VERB", "speak"), (".", 2, "punct", "PUNCT", ".")])
    actors = actor_set(doc, (0, 2, "Gordon Brown", "person"))
    assert "prime minister" in roles_of(doc, actors.actors[0])
