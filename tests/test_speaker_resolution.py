"""Speaker resolution on hand-built Docs (no model): who a pronoun or a description stands for
when the tagger or the parse leaves the obvious reading out."""

from conftest import actor_set, build_doc


def people(doc, *named):
    """Actors at token spans: (start, end, name, kind[, gender[, sector]])."""
    out = actor_set(doc, *(spec[:4] for spec in named))
    for a, spec in zip(out.actors, named):
        rest = spec[4:]
        a.gender = rest[0] if rest else None
        if len(rest) > 1:
            a.add_sector([rest[1]])
    return out


def filler(rows, n=20):
    """``n`` sentences about no one, to put distance between mentions."""
    for _ in range(n):
        i = len(rows)
        rows += [("It", i + 1, "nsubj", "PRON", "it"), ("rained", i + 1, "ROOT", "VERB", "rain"),
                 (".", i + 1, "punct", "PUNCT", ".")]
    return rows


def talks_failed(i, pronoun, verb=("said", "say")):
    """'Talks failed, <pronoun> said.' as rows from token ``i`` on: the pronoun at ``i + 3``."""
    word, lemma = verb
    return [("Talks", i + 1, "nsubj", "NOUN", "talk", "NNS"),
            ("failed", i + 4, "ccomp", "VERB", "fail"), (",", i + 4, "punct", "PUNCT", ","),
            (pronoun, i + 4, "nsubj", "PRON", pronoun), (word, i + 4, "ROOT", "VERB", lemma),
            (".", i + 4, "punct", "PUNCT", ".")]


def test_a_bare_surname_taken_for_a_body_counts_as_the_person_for_a_pronoun():
    from dyad.nlp.speaker_pronouns import resolve_pronoun

    # "Paul Vance left. … Vance complained to Tom Reyes. Talks failed, he said."
    rows = filler([("Paul", 1, "compound", "PROPN", "Paul"), ("Vance", 2, "nsubj", "PROPN", "Vance"),
                   ("left", 2, "ROOT", "VERB", "leave"), (".", 2, "punct", "PUNCT", ".")])
    i = len(rows)
    rows += [("Vance", i + 1, "nsubj", "PROPN", "Vance"),
             ("complained", i + 1, "ROOT", "VERB", "complain"), ("to", i + 1, "prep", "ADP", "to"),
             ("Tom", i + 4, "compound", "PROPN", "Tom"), ("Reyes", i + 2, "pobj", "PROPN", "Reyes"),
             (".", i + 1, "punct", "PUNCT", ".")] + talks_failed(i + 6, "he")
    doc = build_doc(rows, None)
    actors = people(doc, (0, 2, "Paul Vance", "person", "male"),
                    (i, i + 1, "Vance", "organization"),  # the tagger's company "Vance"
                    (i + 3, i + 5, "Tom Reyes", "person", "male"))
    assert resolve_pronoun(doc, actors, doc[i + 9], quoted=[]).name == "Paul Vance"
    # a body of a name no one named bears is still no one a "he" stands for
    actors.actors[1].name = "Vanceco"
    assert resolve_pronoun(doc, actors, doc[i + 9], quoted=[]).name == "Tom Reyes"


def test_a_bare_surname_the_tagger_left_without_an_actor_is_the_person_of_that_surname():
    from dyad.nlp.speaker_pronouns import resolve_pronoun

    # "Gloria Major left. Eva Reyes spoke. … Major smiled. Talks failed, she said."
    rows = filler([("Gloria", 1, "compound", "PROPN", "Gloria"),
                   ("Major", 2, "nsubj", "PROPN", "Major"), ("left", 2, "ROOT", "VERB", "leave"),
                   (".", 2, "punct", "PUNCT", "."), ("Eva", 5, "compound", "PROPN", "Eva"),
                   ("Reyes", 6, "nsubj", "PROPN", "Reyes"), ("spoke", 6, "ROOT", "VERB", "speak"),
                   (".", 6, "punct", "PUNCT", ".")], 10)
    i = len(rows)
    rows += [("Major", i + 1, "nsubj", "PROPN", "Major"), ("smiled", i + 1, "ROOT", "VERB", "smile"),
             (".", i + 1, "punct", "PUNCT", ".")] + talks_failed(i + 3, "she")
    doc = build_doc(rows, None)
    actors = people(doc, (0, 2, "Gloria Major", "person", "female"),
                    (4, 6, "Eva Reyes", "person", "female"))
    assert resolve_pronoun(doc, actors, doc[i + 6], quoted=[]).name == "Gloria Major"


def test_a_bare_surname_put_with_the_wrong_one_of_a_family_is_the_one_of_the_pronouns_sex():
    from dyad.nlp.speaker_pronouns import resolve_pronoun

    # "Ann Ruiz and Carl Ruiz left. … Ruiz met Dana Kim. Talks failed, she said."
    rows = filler([("Ann", 1, "compound", "PROPN", "Ann"), ("Ruiz", 5, "nsubj", "PROPN", "Ruiz"),
                   ("and", 1, "cc", "CCONJ", "and"), ("Carl", 4, "compound", "PROPN", "Carl"),
                   ("Ruiz", 1, "conj", "PROPN", "Ruiz"), ("left", 5, "ROOT", "VERB", "leave"),
                   (".", 5, "punct", "PUNCT", ".")])
    i = len(rows)
    rows += [("Ruiz", i + 1, "nsubj", "PROPN", "Ruiz"), ("met", i + 1, "ROOT", "VERB", "meet"),
             ("Dana", i + 3, "compound", "PROPN", "Dana"), ("Kim", i + 1, "dobj", "PROPN", "Kim"),
             (".", i + 1, "punct", "PUNCT", ".")] + talks_failed(i + 5, "she")
    doc = build_doc(rows, None)
    actors = people(doc, (0, 2, "Ann Ruiz", "person", "female"),
                    (3, 5, "Carl Ruiz", "person", "male"),
                    (i + 2, i + 4, "Dana Kim", "person", "female"))
    actors.add_mention(actors.actors[1], i, i + 1)  # the tagger put "Ruiz" with Carl
    assert resolve_pronoun(doc, actors, doc[i + 8], quoted=[]).name == "Ann Ruiz"


def test_a_paragraph_opens_on_the_subject_of_its_main_clause_not_of_a_clause_within_it():
    from dyad.nlp.speaker_pronouns import resolve_pronoun

    # "Lee spoke. / Kent pushed very … very hard for Moss to win. Talks failed, he wrote."
    rows = [("Lee", 1, "nsubj", "PROPN", "Lee"), ("spoke", 1, "ROOT", "VERB", "speak"),
            (".", 1, "punct", "PUNCT", "."), ("\n", 1, "dep", "SPACE", "\n"),
            ("Kent", 5, "nsubj", "PROPN", "Kent"), ("pushed", 5, "ROOT", "VERB", "push")]
    rows += [("very", 5, "advmod", "ADV", "very")] * 30
    i = len(rows)
    rows += [("for", i + 3, "mark", "SCONJ", "for"), ("Moss", i + 3, "nsubj", "PROPN", "Moss"),
             ("to", i + 3, "aux", "PART", "to"), ("win", 5, "advcl", "VERB", "win"),
             (".", 5, "punct", "PUNCT", ".")] + talks_failed(i + 5, "he", ("wrote", "write"))
    doc = build_doc(rows, None)
    actors = people(doc, (0, 1, "Lee", "person"), (4, 5, "Kent", "person"),
                    (i + 1, i + 2, "Moss", "person"))
    assert resolve_pronoun(doc, actors, doc[i + 8], quoted=[]).name == "Kent"


def test_a_description_that_points_back_passes_over_names_inside_quotation_marks():
    from dyad.nlp.speakers import resolve_speaker

    # 'Reid spoke. “Rubio erred.” the veteran said.'
    rows = [("Reid", 1, "nsubj", "PROPN", "Reid"), ("spoke", 1, "ROOT", "VERB", "speak"),
            (".", 1, "punct", "PUNCT", "."), ("“", 5, "punct", "PUNCT", "“"),
            ("Rubio", 5, "nsubj", "PROPN", "Rubio"), ("erred", 5, "ROOT", "VERB", "err"),
            (".", 5, "punct", "PUNCT", "."), ("”", 5, "punct", "PUNCT", "”"),
            ("the", 9, "det", "DET", "the"), ("veteran", 10, "nsubj", "NOUN", "veteran"),
            ("said", 10, "ROOT", "VERB", "say"), (".", 10, "punct", "PUNCT", ".")]
    doc = build_doc(rows, None)
    actors = people(doc, (0, 1, "Harry Reid", "person"), (4, 5, "Marco Rubio", "person"))
    actor, (s, e) = resolve_speaker(doc, actors, doc[9])
    assert (actor.name, doc[s:e].text) == ("Harry Reid", "the veteran")


def described_body(words, *named, roles=()):
    """The actor "Smith met Jones and Brown. <words> said talks failed." resolves its subject
    to, with ``named`` actors at Smith (0), Jones (2) and Brown (4); ``roles``: the role of
    each named actor, in order."""
    from dyad.nlp.speakers import resolve_speaker

    rows = [("Smith", 1, "nsubj", "PROPN", "Smith"), ("met", 1, "ROOT", "VERB", "meet"),
            ("Jones", 1, "dobj", "PROPN", "Jones"), ("and", 2, "cc", "CCONJ", "and"),
            ("Brown", 2, "conj", "PROPN", "Brown"), (".", 1, "punct", "PUNCT", ".")]
    head = len(rows) + len(words) - 1
    rows += [(text, head, dep, pos, lemma) for text, dep, pos, lemma in words[:-1]]
    said = head + 1
    rows += [(words[-1][0], said, "nsubj", "NOUN", words[-1][3]),
             ("said", said, "ROOT", "VERB", "say"), ("talks", said + 2, "nsubj", "NOUN", "talk"),
             ("failed", said, "ccomp", "VERB", "fail"), (".", said, "punct", "PUNCT", ".")]
    doc = build_doc(rows, None)
    actors = people(doc, *named)
    for a, role in zip(actors.actors, roles):
        a.role = role
    actor, _ = resolve_speaker(doc, actors, doc[head])
    return actor and actor.name


def test_the_agency_is_the_government_body_named_before():
    the = ("the", "det", "DET", "the")
    bodies = ((0, 1, "Foreign Office", "organization", None, "GOV"),
              (2, 3, "Acme Holdings", "organization", None, "BUS"))
    assert described_body([the, ("agency", "", "NOUN", "agency")], *bodies) == "Foreign Office"
    # a body of no government is not "the agency"
    assert described_body([the, ("agency", "", "NOUN", "agency")], bodies[1]) != "Acme Holdings"


def test_the_editorial_board_speaks_for_the_newspaper_named_before():
    the = ("the", "det", "DET", "the")
    papers = ((0, 1, "Valley Courier", "organization", None, "MED"),
              (2, 3, "Acme Holdings", "organization", None, "BUS"))
    board = [the, ("editorial", "amod", "ADJ", "editorial"), ("board", "", "NOUN", "board")]
    assert described_body(board, *papers) == "Valley Courier"


AS_OBSERVED = [
    ("As", 2, "mark", "SCONJ", "as"), ("Lee", 2, "nsubj", "PROPN", "Lee"),
    ("observed", 6, "advcl", "VERB", "observe"), (",", 6, "punct", "PUNCT", ","),
    ("the", 5, "det", "DET", "the"), ("stage", 6, "nsubj", "NOUN", "stage"),
    ("won", 6, "ROOT", "VERB", "win"), (":", 6, "punct", "PUNCT", ":"),
    ("\n\n", 6, "dep", "SPACE", "\n\n"),
    ("“", 12, "punct", "PUNCT", "“"), ("The", 11, "det", "DET", "the"),
    ("debate", 12, "nsubj", "NOUN", "debate"), ("was", 12, "ROOT", "AUX", "be"),
    ("fair", 12, "acomp", "ADJ", "fair"), (".", 12, "punct", "PUNCT", "."),
    ("”", 12, "punct", "PUNCT", "”"),
]


def test_a_lead_in_whose_aside_says_who_observed_gives_the_quotations_speaker():
    from test_quotes import analyse_speakers

    ents = ["O", "B-PERSON"] + ["O"] * 14
    _, quotes = analyse_speakers(AS_OBSERVED, ents)
    said = [(content, speaker and speaker.name) for content, speaker, _ in quotes]
    assert ("The debate was fair.", "Lee") in said


def test_a_surname_in_apposition_with_a_description_is_the_person_not_the_description():
    from dyad.nlp.speakers import resolve_speaker

    # "Juan Ortiz left. Ortiz, the former adviser, said talks failed." (the tagger took the
    # second "Ortiz" for a body)
    rows = [("Juan", 1, "compound", "PROPN", "Juan"), ("Ortiz", 2, "nsubj", "PROPN", "Ortiz"),
            ("left", 2, "ROOT", "VERB", "leave"), (".", 2, "punct", "PUNCT", "."),
            ("Ortiz", 10, "nsubj", "PROPN", "Ortiz"), (",", 4, "punct", "PUNCT", ","),
            ("the", 8, "det", "DET", "the"), ("former", 8, "amod", "ADJ", "former"),
            ("adviser", 4, "appos", "NOUN", "adviser"), (",", 4, "punct", "PUNCT", ","),
            ("said", 10, "ROOT", "VERB", "say"), ("talks", 12, "nsubj", "NOUN", "talk", "NNS"),
            ("failed", 10, "ccomp", "VERB", "fail"), (".", 10, "punct", "PUNCT", ".")]
    doc = build_doc(rows, None)
    actors = people(doc, (0, 2, "Juan Ortiz", "person", "male"), (4, 5, "Ortiz", "organization"),
                    (6, 9, "former adviser", "person"))
    assert resolve_speaker(doc, actors, doc[4], quoted=[])[0].name == "Juan Ortiz"


def test_the_chairman_with_no_one_named_so_is_whom_the_text_was_about():
    the = ("the", "det", "DET", "the")
    named = ((0, 1, "Ann Smith", "person"),)
    assert described_body([the, ("chairman", "", "NOUN", "chairman")], *named) == "Ann Smith"
    assert described_body([the, ("retired", "amod", "ADJ", "retired"),
                           ("neurosurgeon", "", "NOUN", "neurosurgeon")], *named) == "Ann Smith"


def test_a_title_stored_abbreviated_is_the_title_a_description_names():
    the = ("the", "det", "DET", "the")
    named = ((0, 1, "Ann Smith", "person"), (2, 3, "Bo Jones", "person"))
    governor = [the, ("governor", "", "NOUN", "governor")]
    # "Sen. Ann Smith met Gov. Bo Jones. The governor said …" is Jones, not the subject Smith
    assert described_body(governor, *named, roles=("sen.", "gov.")) == "Bo Jones"
    assert described_body([the, ("senator", "", "NOUN", "senator")], *named,
                          roles=("sen.", "gov.")) == "Ann Smith"
    # "gov." is no abbreviation of "general"
    assert described_body([the, ("general", "", "NOUN", "general")], *named,
                          roles=("sen.", "gov.")) != "Bo Jones"


def test_the_newspaper_is_the_paper_whose_staff_the_text_named():
    from dyad.nlp.speakers import resolve_speaker

    # "Newspaper Faults Mayor. Lee wrote to the editors of The Courier. The newspaper said …"
    # (a headline's bare "Newspaper" is no paper's name)
    rows = [("Newspaper", 1, "nsubj", "PROPN", "Newspaper"), ("Faults", 1, "ROOT", "VERB", "fault"),
            ("Mayor", 1, "dobj", "PROPN", "Mayor"), (".", 1, "punct", "PUNCT", "."),
            ("Lee", 5, "nsubj", "PROPN", "Lee"), ("wrote", 5, "ROOT", "VERB", "write"),
            ("to", 5, "prep", "ADP", "to"), ("the", 8, "det", "DET", "the"),
            ("editors", 6, "pobj", "NOUN", "editor", "NNS"), ("of", 8, "prep", "ADP", "of"),
            ("The", 11, "det", "DET", "the"), ("Courier", 9, "pobj", "PROPN", "Courier"),
            (".", 5, "punct", "PUNCT", "."),
            ("The", 14, "det", "DET", "the"), ("newspaper", 15, "nsubj", "NOUN", "newspaper", "NN"),
            ("said", 15, "ROOT", "VERB", "say"), ("no", 17, "det", "DET", "no"),
            ("more", 15, "dobj", "ADJ", "more"), (".", 15, "punct", "PUNCT", ".")]
    doc = build_doc(rows, None)
    actors = people(doc, (4, 5, "Lee", "person"), (0, 1, "Newspaper", "organization", None, "MED"))
    actors.add_mention(actors.actors[1], 13, 15)
    actor, _ = resolve_speaker(doc, actors, doc[14], quoted=[])
    assert actor.name == "Courier"
    assert "MED" in actor.sector


def test_the_candidate_is_the_figure_the_story_named_most_not_the_last_named():
    from dyad.nlp.speakers import resolve_speaker

    # "Smith won. Smith spoke. Smith left. Jones stayed. The candidate said no."
    rows = []
    for name, verb in (("Smith", "won"), ("Smith", "spoke"), ("Smith", "left"),
                       ("Jones", "stayed")):
        i = len(rows)
        rows += [(name, i + 1, "nsubj", "PROPN", name), (verb, i + 1, "ROOT", "VERB", verb),
                 (".", i + 1, "punct", "PUNCT", ".")]
    i = len(rows)
    rows += [("The", i + 1, "det", "DET", "the"), ("candidate", i + 2, "nsubj", "NOUN", "candidate"),
             ("said", i + 2, "ROOT", "VERB", "say"), ("no", i + 2, "dobj", "INTJ", "no"),
             (".", i + 2, "punct", "PUNCT", ".")]
    doc = build_doc(rows, None)

    def speaker(noun):
        d = build_doc([r if r[0] != "candidate" else (noun, *r[1:4], noun) for r in rows], None)
        # a first name no listed person bears, so that no sex is known for her or him
        actors = people(d, (0, 1, "Quill Smith", "person"), (9, 10, "Bo Jones", "person"))
        for s in (3, 6):
            actors.add_mention(actors.actors[0], s, s + 1)
        return resolve_speaker(d, actors, d[i + 1], quoted=[])[0].name

    assert doc[i + 1].text == "candidate"
    assert speaker("candidate") == "Quill Smith"
    assert speaker("businessman") == "Quill Smith"
    # a description of no campaign figure carries on whom the text was just about
    assert speaker("veteran") == "Bo Jones"


def test_a_bare_name_the_text_uses_as_a_place_is_no_he():
    from dyad.nlp.speakers import resolve_speaker

    def speaker(place_uses):
        # "Lee moved in Dayton. Kids play in Dayton.\n\nDayton became his home. “Fine,” he
        # said." (the tagger took "Dayton" for a person)
        prep = ("in", "prep", "ADP", "in") if place_uses > 1 else ("near", "prep", "ADP", "near")
        rows = [("Lee", 1, "nsubj", "PROPN", "Lee"), ("moved", 1, "ROOT", "VERB", "move"),
                ("in", 1, "prep", "ADP", "in"), ("Dayton", 2, "pobj", "PROPN", "Dayton"),
                (".", 1, "punct", "PUNCT", "."),
                ("Kids", 6, "nsubj", "NOUN", "kid", "NNS"), ("play", 6, "ROOT", "VERB", "play"),
                (prep[0], 6, *prep[1:]), ("Dayton", 7, "pobj", "PROPN", "Dayton"),
                (".", 6, "punct", "PUNCT", "."), ("\n\n", 9, "dep", "SPACE", "\n\n"),
                ("Dayton", 12, "nsubj", "PROPN", "Dayton"), ("became", 12, "ROOT", "VERB", "become"),
                ("his", 14, "poss", "PRON", "his"), ("home", 12, "attr", "NOUN", "home"),
                (".", 12, "punct", "PUNCT", "."),
                ("“", 21, "punct", "PUNCT", "“"), ("Fine", 21, "ccomp", "ADJ", "fine"),
                (",", 21, "punct", "PUNCT", ","), ("”", 21, "punct", "PUNCT", "”"),
                ("he", 21, "nsubj", "PRON", "he"), ("said", 21, "ROOT", "VERB", "say"),
                (".", 21, "punct", "PUNCT", ".")]
        doc = build_doc(rows, None)
        actors = people(doc, (0, 1, "Lee", "person", "male"), (3, 4, "Dayton", "person"))
        for s in (8, 11):
            actors.add_mention(actors.actors[1], s, s + 1)
        return resolve_speaker(doc, actors, doc[20], quoted=[])[0].name

    assert speaker(place_uses=2) == "Lee"
    # named "in Dayton" once only, the name may still be a person's
    assert speaker(place_uses=1) == "Dayton"


def test_a_role_holder_named_only_after_the_description_is_not_whom_it_stands_for():
    from dyad.nlp.speakers import resolve_speaker

    # "Quill Smith spoke. The governor said no. Gov. Bo Jones left."
    rows = [("Quill", 1, "compound", "PROPN", "Quill"), ("Smith", 2, "nsubj", "PROPN", "Smith"),
            ("spoke", 2, "ROOT", "VERB", "speak"), (".", 2, "punct", "PUNCT", "."),
            ("The", 5, "det", "DET", "the"), ("governor", 6, "nsubj", "NOUN", "governor"),
            ("said", 6, "ROOT", "VERB", "say"), ("no", 6, "dobj", "INTJ", "no"),
            (".", 6, "punct", "PUNCT", "."), ("Gov.", 11, "compound", "PROPN", "Gov."),
            ("Bo", 11, "compound", "PROPN", "Bo"), ("Jones", 12, "nsubj", "PROPN", "Jones"),
            ("left", 12, "ROOT", "VERB", "leave"), (".", 12, "punct", "PUNCT", ".")]
    doc = build_doc(rows, None)
    actors = people(doc, (0, 2, "Quill Smith", "person"), (10, 12, "Bo Jones", "person"))
    actors.actors[1].role = "governor"
    assert resolve_speaker(doc, actors, doc[5], quoted=[])[0].name == "Quill Smith"


def test_of_two_holders_of_the_role_the_subject_counts_as_nearer():
    the = ("the", "det", "DET", "the")
    named = ((0, 1, "Ann Smith", "person"), (2, 3, "Bo Jones", "person"))
    # "Sen. Smith met Sen. Jones. The senator said …": the sentence was about Smith
    assert described_body([the, ("senator", "", "NOUN", "senator")], *named,
                          roles=("senator", "senator")) == "Ann Smith"


def test_a_description_made_an_actor_inside_a_longer_one_gives_way_to_its_head():
    from dyad.nlp.speakers import resolve_speaker

    # "Quill Smith spoke. The billionaire property magnate said no." (the actors took
    # "billionaire" for a person of its own)
    rows = [("Quill", 1, "compound", "PROPN", "Quill"), ("Smith", 2, "nsubj", "PROPN", "Smith"),
            ("spoke", 2, "ROOT", "VERB", "speak"), (".", 2, "punct", "PUNCT", "."),
            ("The", 7, "det", "DET", "the"), ("billionaire", 7, "amod", "ADJ", "billionaire"),
            ("property", 7, "compound", "NOUN", "property"),
            ("magnate", 8, "nsubj", "NOUN", "magnate"), ("said", 8, "ROOT", "VERB", "say"),
            ("no", 8, "dobj", "INTJ", "no"), (".", 8, "punct", "PUNCT", ".")]
    doc = build_doc(rows, None)
    actors = people(doc, (0, 2, "Quill Smith", "person"), (5, 6, "billionaire", "person"))
    actor, (s, e) = resolve_speaker(doc, actors, doc[7], quoted=[])
    assert (actor.name, doc[s:e].text) == ("Quill Smith", "The billionaire property magnate")


def test_a_bare_surname_put_with_a_longer_name_is_the_person_of_that_surname():
    from dyad.nlp.speakers import resolve_speaker

    # "Quill Smith won.\nSmith Rising\nSmith said no." (a headline's "Smith Rising" took the
    # later bare "Smith" as its mention)
    rows = [("Quill", 1, "compound", "PROPN", "Quill"), ("Smith", 2, "nsubj", "PROPN", "Smith"),
            ("won", 2, "ROOT", "VERB", "win"), (".", 2, "punct", "PUNCT", "."),
            ("Smith", 5, "compound", "PROPN", "Smith"), ("Rising", 5, "ROOT", "PROPN", "Rising"),
            ("Smith", 7, "nsubj", "PROPN", "Smith"), ("said", 7, "ROOT", "VERB", "say"),
            ("no", 7, "dobj", "INTJ", "no"), (".", 7, "punct", "PUNCT", ".")]
    doc = build_doc(rows, None)
    actors = people(doc, (0, 2, "Quill Smith", "person"), (4, 6, "Smith Rising", "person"))
    actors.add_mention(actors.actors[1], 6, 7)
    assert resolve_speaker(doc, actors, doc[6], quoted=[])[0].name == "Quill Smith"
    # the actor's own surname stays its own
    actors.actors[1].name = "Rising Smith"
    assert resolve_speaker(doc, actors, doc[6], quoted=[])[0].name == "Rising Smith"


def test_a_writing_someone_released_speaks_for_them():
    from dyad.nlp.speakers import resolve_speaker

    # "Lee released a video that accuses Smith." / "Lee praised a man who accuses Smith."
    def speaker(noun):
        rows = [("Lee", 1, "nsubj", "PROPN", "Lee"), ("released", 1, "ROOT", "VERB", "release"),
                ("a", 3, "det", "DET", "a"), (noun, 1, "dobj", "NOUN", noun),
                ("that", 5, "nsubj", "PRON", "that"), ("accuses", 3, "relcl", "VERB", "accuse"),
                ("Smith", 5, "dobj", "PROPN", "Smith"), (".", 1, "punct", "PUNCT", ".")]
        doc = build_doc(rows, None)
        actors = people(doc, (0, 1, "Lee", "person"), (6, 7, "Smith", "person"))
        actor, _ = resolve_speaker(doc, actors, doc[4], quoted=[])
        return actor and actor.name

    assert speaker("video") == "Lee"
    assert speaker("man") == "man"


def test_a_hyphened_description_is_read_whole():
    the = ("the", "det", "DET", "the")
    named = ((0, 1, "Ann Smith", "person"),)
    hyphen = ("-", "punct", "PUNCT", "-")
    # "the front-runner", "the 46-year-old": people the text was about
    assert described_body([the, ("front", "amod", "ADJ", "front"), hyphen,
                           ("runner", "", "NOUN", "runner")], *named) == "Ann Smith"
    assert described_body([the, ("46", "nummod", "NUM", "46"), hyphen,
                           ("year", "npadvmod", "NOUN", "year"), hyphen,
                           ("old", "", "ADJ", "old")], *named) == "Ann Smith"


def test_one_of_a_people_is_a_person_the_text_named():
    from dyad.nlp.speakers import resolve_speaker

    # "Quill Smith spoke. The Texan said no."
    rows = [("Quill", 1, "compound", "PROPN", "Quill"), ("Smith", 2, "nsubj", "PROPN", "Smith"),
            ("spoke", 2, "ROOT", "VERB", "speak"), (".", 2, "punct", "PUNCT", "."),
            ("The", 5, "det", "DET", "the"), ("Texan", 6, "nsubj", "PROPN", "Texan", "NNP"),
            ("said", 6, "ROOT", "VERB", "say"), ("no", 6, "dobj", "INTJ", "no"),
            (".", 6, "punct", "PUNCT", ".")]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "B-NORP", "O", "O", "O"]
    doc = build_doc(rows, ents)
    actors = people(doc, (0, 2, "Quill Smith", "person"))
    assert resolve_speaker(doc, actors, doc[5], quoted=[])[0].name == "Quill Smith"
    # the plural is a group of its own, no one named
    rows[5] = ("Texans", 6, "nsubj", "PROPN", "Texan", "NNPS")
    doc = build_doc(rows, ents)
    actors = people(doc, (0, 2, "Quill Smith", "person"))
    assert resolve_speaker(doc, actors, doc[5], quoted=[])[0].name != "Quill Smith"


def test_a_description_pointed_back_once_is_no_evidence_for_the_same_words_later():
    from dyad.nlp.speakers import resolve_speaker

    # "Ann Smith spoke. The actress said no. Cy Jones arrived. The actress said yes."
    rows = [("Ann", 1, "compound", "PROPN", "Ann"), ("Smith", 2, "nsubj", "PROPN", "Smith"),
            ("spoke", 2, "ROOT", "VERB", "speak"), (".", 2, "punct", "PUNCT", "."),
            ("The", 5, "det", "DET", "the"), ("actress", 6, "nsubj", "NOUN", "actress"),
            ("said", 6, "ROOT", "VERB", "say"), ("no", 6, "dobj", "INTJ", "no"),
            (".", 6, "punct", "PUNCT", "."),
            ("Cy", 10, "compound", "PROPN", "Cy"), ("Jones", 11, "nsubj", "PROPN", "Jones"),
            ("arrived", 11, "ROOT", "VERB", "arrive"), (".", 11, "punct", "PUNCT", "."),
            ("The", 14, "det", "DET", "the"), ("actress", 15, "nsubj", "NOUN", "actress"),
            ("said", 15, "ROOT", "VERB", "say"), ("yes", 15, "dobj", "INTJ", "yes"),
            (".", 15, "punct", "PUNCT", ".")]
    doc = build_doc(rows, None)
    actors = people(doc, (0, 2, "Ann Smith", "person"), (9, 11, "Cy Jones", "person"))
    assert resolve_speaker(doc, actors, doc[5], quoted=[])[0].name == "Ann Smith"
    assert resolve_speaker(doc, actors, doc[14], quoted=[])[0].name == "Cy Jones"


def test_a_party_noun_is_no_abbreviated_office():
    the = ("the", "det", "DET", "the")
    named = ((0, 1, "Ann Smith", "person"), (2, 3, "Bo Jones", "person"))
    # "Smith met Rep. Jones. The Republican said …": "Rep." is no "Republican"; the subject,
    # whose party the text does not say, is whom it was about
    assert described_body([the, ("Republican", "", "PROPN", "republican")], *named,
                          roles=(None, "rep.")) == "Ann Smith"


def test_a_body_named_by_a_lone_role_noun_is_a_description():
    from dyad.nlp.speakers import resolve_speaker

    # "Quill Smith won. Candidate Rises. The candidate said no." (the tagger made
    # "Candidate" a body, and put the later "candidate" with it)
    rows = [("Quill", 1, "compound", "PROPN", "Quill"), ("Smith", 2, "nsubj", "PROPN", "Smith"),
            ("won", 2, "ROOT", "VERB", "win"), (".", 2, "punct", "PUNCT", "."),
            ("Candidate", 5, "nsubj", "PROPN", "Candidate"), ("Rises", 5, "ROOT", "VERB", "rise"),
            (".", 5, "punct", "PUNCT", "."),
            ("The", 8, "det", "DET", "the"), ("candidate", 9, "nsubj", "NOUN", "candidate"),
            ("said", 9, "ROOT", "VERB", "say"), ("no", 9, "dobj", "INTJ", "no"),
            (".", 9, "punct", "PUNCT", ".")]
    doc = build_doc(rows, None)
    actors = people(doc, (0, 2, "Quill Smith", "person"), (4, 5, "Candidate", "organization"))
    actors.add_mention(actors.actors[1], 8, 9)
    assert resolve_speaker(doc, actors, doc[8], quoted=[])[0].name == "Quill Smith"


def test_whoever_was_prompted_to_say_something_spoke_last():
    from dyad.nlp.speaker_pronouns import resolve_pronoun

    # "Cruz said no.\n\nIt was calm so Trump was prompted to say yes.\n\nHe was challenged, but
    # he said no."
    rows = [("Cruz", 1, "nsubj", "PROPN", "Cruz"), ("said", 1, "ROOT", "VERB", "say"),
            ("no", 1, "dobj", "INTJ", "no"), (".", 1, "punct", "PUNCT", "."),
            ("\n\n", 3, "dep", "SPACE", "\n\n"),
            ("It", 6, "nsubj", "PRON", "it"), ("was", 6, "ROOT", "AUX", "be"),
            ("calm", 6, "acomp", "ADJ", "calm"), ("so", 11, "mark", "SCONJ", "so"),
            ("Trump", 11, "nsubjpass", "PROPN", "Trump"), ("was", 11, "auxpass", "AUX", "be"),
            ("prompted", 6, "advcl", "VERB", "prompt"), ("to", 13, "aux", "PART", "to"),
            ("say", 11, "xcomp", "VERB", "say"), ("yes", 13, "dobj", "INTJ", "yes"),
            (".", 6, "punct", "PUNCT", "."), ("\n\n", 15, "dep", "SPACE", "\n\n"),
            ("He", 19, "nsubjpass", "PRON", "he"), ("was", 19, "auxpass", "AUX", "be"),
            ("challenged", 19, "ROOT", "VERB", "challenge"), (",", 19, "punct", "PUNCT", ","),
            ("but", 19, "cc", "CCONJ", "but"), ("he", 23, "nsubj", "PRON", "he"),
            ("said", 19, "conj", "VERB", "say"), ("no", 23, "dobj", "INTJ", "no"),
            (".", 19, "punct", "PUNCT", ".")]
    doc = build_doc(rows, None)
    actors = people(doc, (0, 1, "Cruz", "person", "male"), (9, 10, "Trump", "person", "male"))
    assert resolve_pronoun(doc, actors, doc[22], quoted=[]).name == "Trump"


def test_a_pronoun_in_a_relative_clause_is_whom_the_clause_is_about():
    from dyad.nlp.speaker_pronouns import resolve_pronoun

    # "Quill Ray introduced Zeb Kim, who praised him as he promised reform."
    rows = [("Quill", 1, "compound", "PROPN", "Quill"), ("Ray", 2, "nsubj", "PROPN", "Ray"),
            ("introduced", 2, "ROOT", "VERB", "introduce"), ("Zeb", 4, "compound", "PROPN", "Zeb"),
            ("Kim", 2, "dobj", "PROPN", "Kim"), (",", 4, "punct", "PUNCT", ","),
            ("who", 7, "nsubj", "PRON", "who"), ("praised", 4, "relcl", "VERB", "praise"),
            ("him", 7, "dobj", "PRON", "he"), ("as", 11, "mark", "SCONJ", "as"),
            ("he", 11, "nsubj", "PRON", "he"), ("promised", 7, "advcl", "VERB", "promise"),
            ("reform", 11, "dobj", "NOUN", "reform"), (".", 2, "punct", "PUNCT", ".")]
    doc = build_doc(rows, None)
    actors = people(doc, (0, 2, "Quill Ray", "person", "male"), (3, 5, "Zeb Kim", "person", "male"))
    assert resolve_pronoun(doc, actors, doc[10], quoted=[]).name == "Zeb Kim"
    # a clause about a woman binds no "he"
    actors.actors[1].gender = "female"
    assert resolve_pronoun(doc, actors, doc[10], quoted=[]).name == "Quill Ray"


def test_a_name_after_the_verb_of_a_quotation_speaks_where_the_parse_took_it_away():
    from test_quotes import analyse_speakers

    # '“We won,” declared Jane Roe, 29.\n\nVoters agreed.' (the parse made Roe the subject of
    # the next paragraph's verb)
    rows = [("“", 5, "punct", "PUNCT", "“"), ("We", 2, "nsubj", "PRON", "we"),
            ("won", 5, "ccomp", "VERB", "win", "VBD"), (",", 5, "punct", "PUNCT", ","),
            ("”", 5, "punct", "PUNCT", "”"), ("declared", 13, "ccomp", "VERB", "declare", "VBD"),
            ("Jane", 7, "compound", "PROPN", "Jane", "NNP"),
            ("Roe", 13, "nsubj", "PROPN", "Roe", "NNP"), (",", 7, "punct", "PUNCT", ","),
            ("29", 7, "appos", "NUM", "29"), (".", 7, "punct", "PUNCT", "."),
            ("\n\n", 10, "dep", "SPACE", "\n\n"),
            ("Voters", 13, "nsubj", "NOUN", "voter", "NNS"),
            ("agreed", 13, "ROOT", "VERB", "agree", "VBD"), (".", 13, "punct", "PUNCT", ".")]
    ents = ["O"] * 6 + ["B-PERSON", "I-PERSON"] + ["O"] * 7
    _, quotes = analyse_speakers(rows, ents)
    said = {content: speaker and speaker.name for content, speaker, _ in quotes}
    assert said.get("We won") == "Jane Roe", said


def test_a_subject_within_what_someone_recalled_counts_as_no_subject_for_a_speaker():
    from dyad.nlp.speaker_salience import SUBJECT_REACH, nearness

    # "Lee recalled that Obama was snubbed." / "Lee argued and Obama erred."
    recalled = build_doc([("Lee", 1, "nsubj", "PROPN", "Lee"),
                          ("recalled", 1, "ROOT", "VERB", "recall"),
                          ("that", 5, "mark", "SCONJ", "that"),
                          ("Obama", 5, "nsubjpass", "PROPN", "Obama"),
                          ("was", 5, "auxpass", "AUX", "be"),
                          ("snubbed", 1, "ccomp", "VERB", "snub"), (".", 1, "punct", "PUNCT", ".")])
    speech = frozenset({"recall", "argue", "say"})
    obama = recalled[3]
    assert nearness(obama, speech, False) == obama.i
    assert nearness(obama, None, False) == obama.i + SUBJECT_REACH  # not for other pronouns
    argued = build_doc([("Lee", 1, "nsubj", "PROPN", "Lee"), ("argued", 1, "ROOT", "VERB", "argue"),
                        ("and", 1, "cc", "CCONJ", "and"), ("Obama", 4, "nsubj", "PROPN", "Obama"),
                        ("erred", 1, "conj", "VERB", "err"), (".", 1, "punct", "PUNCT", ".")])
    assert nearness(argued[3], speech, False) > argued[3].i + SUBJECT_REACH


def test_the_subject_a_paragraph_opens_on_counts_however_its_verb_was_parsed():
    from dyad.nlp.speaker_salience import SUBJECT_REACH, nearness, paragraph

    # "It rained.\n\nRoe, a nurse, is calm, Lee thinks." (the parse hung "is" below "thinks")
    doc = build_doc([("It", 1, "nsubj", "PRON", "it"), ("rained", 1, "ROOT", "VERB", "rain"),
                     (".", 1, "punct", "PUNCT", "."), ("\n\n", 2, "dep", "SPACE", "\n\n"),
                     ("Roe", 9, "nsubj", "PROPN", "Roe"), (",", 4, "punct", "PUNCT", ","),
                     ("a", 7, "det", "DET", "a"), ("nurse", 4, "appos", "NOUN", "nurse"),
                     (",", 4, "punct", "PUNCT", ","), ("is", 13, "ccomp", "AUX", "be"),
                     ("calm", 9, "acomp", "ADJ", "calm"), (",", 13, "punct", "PUNCT", ","),
                     ("Lee", 13, "nsubj", "PROPN", "Lee"), ("thinks", 13, "ROOT", "VERB", "think"),
                     (".", 13, "punct", "PUNCT", ".")])
    roe, para = doc[4], paragraph(doc[4])
    assert nearness(roe, frozenset(), False, para) == roe.i + 2 * SUBJECT_REACH
    assert nearness(roe, frozenset(), False, -1) == roe.i + SUBJECT_REACH


def test_one_named_among_a_subjects_number_stands_as_the_subject():
    from dyad.nlp.speaker_salience import SUBJECT_REACH, nearness

    def ray(prep):
        # "Critics, including Ray, doubt it." / "Critics, with Ray, doubt it."
        doc = build_doc([("Critics", 5, "nsubj", "NOUN", "critic", "NNS"),
                         (",", 0, "punct", "PUNCT", ","), (prep, 0, "prep", "ADP", prep),
                         ("Ray", 2, "pobj", "PROPN", "Ray"), (",", 0, "punct", "PUNCT", ","),
                         ("doubt", 5, "ROOT", "VERB", "doubt"), ("it", 5, "dobj", "PRON", "it"),
                         (".", 5, "punct", "PUNCT", ".")])
        return nearness(doc[3], frozenset(), False) - doc[3].i

    assert ray("including") == 2 * SUBJECT_REACH  # a subject, of the main clause
    assert ray("with") == 0


def test_a_given_name_of_one_sex_tells_a_persons_sex_for_resolution():
    from dyad.nlp.actors import ActorInfo
    from dyad.nlp.speaker_names import gender_of

    # women's names the people dictionary, mostly of men, gives no sex
    assert gender_of(ActorInfo(id="a1", name="Gloria Acme", kind="person", key="x")) == "female"
    assert gender_of(ActorInfo(id="a2", name="Howard Acme", kind="person", key="y")) == "male"
    # a name borne by men and women alike says nothing
    assert gender_of(ActorInfo(id="a3", name="Dana Acme", kind="person", key="z")) is None


def test_who_asks_in_a_clause_about_someone_else_does_not_speak_on():
    from dyad.nlp.speaker_salience import nearness

    # "Lee did not smile when Cox asked whether …": Cox asks, but the sentence is Lee's
    rows = [("Lee", 3, "nsubj", "PROPN", "Lee"), ("did", 3, "aux", "AUX", "do"),
            ("not", 3, "neg", "PART", "not"), ("smile", 3, "ROOT", "VERB", "smile"),
            ("when", 6, "advmod", "SCONJ", "when"), ("Cox", 6, "nsubj", "PROPN", "Cox"),
            ("asked", 3, "advcl", "VERB", "ask"), ("whether", 9, "mark", "SCONJ", "whether"),
            ("talks", 9, "nsubj", "NOUN", "talk", "NNS"), ("failed", 6, "ccomp", "VERB", "fail"),
            (".", 3, "punct", "PUNCT", ".")]
    doc = build_doc(rows, None)
    speech = frozenset({"ask", "say"})
    assert nearness(doc[0], speech, False) > nearness(doc[5], speech, False)
    # "… so Cox said whether …": who said something in the clause still speaks on
    rows[4] = ("so", 6, "mark", "SCONJ", "so")
    rows[6] = ("said", 3, "advcl", "VERB", "say")
    doc = build_doc(rows, None)
    assert nearness(doc[5], speech, False) > nearness(doc[0], speech, False)


def test_a_share_of_people_that_speaks_is_a_group_named_by_its_number():
    from dyad.nlp.actors import ActorSet
    from dyad.nlp.speakers import resolve_speaker

    # "Some 40% think she should go."
    doc = build_doc([("Some", 1, "quantmod", "DET", "some"), ("40", 2, "nummod", "NUM", "40"),
                     ("%", 3, "nsubj", "NOUN", "%", "NN"), ("think", 3, "ROOT", "VERB", "think"),
                     ("she", 6, "nsubj", "PRON", "she"), ("should", 6, "aux", "AUX", "should"),
                     ("go", 3, "ccomp", "VERB", "go"), (".", 3, "punct", "PUNCT", ".")])
    actors = ActorSet()
    a, span = resolve_speaker(doc, actors, doc[2])
    assert (a.name, a.kind) == (doc[0:3].text, "group")  # as written
    assert span == (0, 3)


def test_a_name_in_a_hyphened_modifier_of_a_description_is_not_who_speaks():
    from dyad.nlp.speakers import resolve_speaker

    # "Ann Lee arrived. The Ballymena-born actor said so."
    doc = build_doc([("Ann", 1, "compound", "PROPN", "Ann"), ("Lee", 2, "nsubj", "PROPN", "Lee"),
                     ("arrived", 2, "ROOT", "VERB", "arrive"), (".", 2, "punct", "PUNCT", "."),
                     ("The", 8, "det", "DET", "the"), ("Ballymena", 7, "npadvmod", "PROPN", "Ballymena"),
                     ("-", 7, "punct", "PUNCT", "-"), ("born", 8, "amod", "VERB", "bear"),
                     ("actor", 9, "nsubj", "NOUN", "actor", "NN"), ("said", 9, "ROOT", "VERB", "say"),
                     ("so", 9, "advmod", "ADV", "so"), (".", 9, "punct", "PUNCT", ".")])
    actors = people(doc, (0, 2, "Ann Lee", "person", "female"), (5, 6, "Ballymena", "organization"))
    a, _ = resolve_speaker(doc, actors, doc[8])
    assert a is not None and a.name == "Ann Lee"


def test_the_company_of_a_story_about_one_is_that_one_though_another_was_named_since():
    from dyad.nlp.speakers import resolve_speaker

    # "Acme rose. Acme fell. Acme gained. Shell cut. The company said talks failed."
    rows = []
    for name, verb in (("Acme", "rose"), ("Acme", "fell"), ("Acme", "gained"), ("Shell", "cut")):
        i = len(rows)
        rows += [(name, i + 1, "nsubj", "PROPN", name), (verb, i + 1, "ROOT", "VERB", verb),
                 (".", i + 1, "punct", "PUNCT", ".")]
    rows += [("The", 13, "det", "DET", "the"), ("company", 14, "nsubj", "NOUN", "company", "NN"),
             ("said", 14, "ROOT", "VERB", "say"), ("talks", 16, "nsubj", "NOUN", "talk"),
             ("failed", 14, "ccomp", "VERB", "fail"), (".", 14, "punct", "PUNCT", ".")]
    doc = build_doc(rows)
    actors = people(doc, (0, 1, "Acme Holdings", "organization", None, "BUS"),
                    (9, 10, "Royal Dutch Shell", "organization", None, "BUS"))
    for s in (3, 6):
        actors.add_mention(actors.actors[0], s, s + 1)
    actor, _ = resolve_speaker(doc, actors, doc[13])
    assert actor.name == "Acme Holdings"


def test_a_speaker_phrase_the_tagger_missed_is_a_person_by_its_title_or_role():
    from dyad.nlp.actors import ActorSet
    from dyad.nlp.speakers import resolve_speaker

    for words in ([("Lord", "compound", "PROPN", "Lord"), ("Nicholls", "nsubj", "PROPN", "Nicholls")],
                  [("The", "det", "DET", "the"), ("minister", "nsubj", "NOUN", "minister")]):
        head = len(words) - 1
        rows = [(w, head, dep, pos, lemma) for w, dep, pos, lemma in words[:-1]]
        rows += [(words[-1][0], head + 1, "nsubj", words[-1][2], words[-1][3]),
                 ("spoke", head + 1, "ROOT", "VERB", "speak"), (".", head + 1, "punct", "PUNCT", ".")]
        doc = build_doc(rows)
        a, _ = resolve_speaker(doc, ActorSet(), doc[head])
        assert a.kind == "person", words


def test_a_hyphen_the_parse_took_for_the_subject_gives_the_whole_word():
    from dyad.nlp.speakers import _np_span, subject_of

    # "The Tory co-chairman attacked it.": "co" and "-" both hung on the verb as subjects
    doc = build_doc([("The", 2, "det", "DET", "the"), ("Tory", 2, "compound", "PROPN", "Tory"),
                     ("co", 5, "nsubj", "NOUN", "co"), ("-", 5, "nsubj", "NOUN", "-"),
                     ("chairman", 3, "appos", "NOUN", "chairman"), ("attacked", 5, "ROOT", "VERB", "attack"),
                     ("it", 5, "dobj", "PRON", "it"), (".", 5, "punct", "PUNCT", ".")])
    # build_doc spaces words apart; a hyphened word has none
    from spacy.tokens import Doc
    doc = Doc(doc.vocab, words=[t.text for t in doc], spaces=[True, True, False, False, True, True, False, False],
              heads=[t.head.i for t in doc], deps=[t.dep_ for t in doc], pos=[t.pos_ for t in doc],
              lemmas=[t.lemma_ for t in doc])
    subj = subject_of(doc[5], lambda t: t.lemma_ == "attack")
    assert subj.text == "chairman"
    assert doc[slice(*_np_span(subj))].text == "The Tory co-chairman"


def _responding(i, owner=False):
    """'Responding to criticism from Tom Hansen, he insisted.' from token ``i``, the pronoun at
    ``i + 7``; with ``owner``, 'Responding to Tom Hansen's critics, he insisted.' (at ``i + 7``)."""
    if owner:
        rows = [("Responding", i + 8, "advcl", "VERB", "respond", "VBG"),
                ("to", i, "prep", "ADP", "to"), ("Tom", i + 3, "compound", "PROPN", "Tom"),
                ("Hansen", i + 5, "poss", "PROPN", "Hansen"), ("'s", i + 3, "case", "PART", "'s"),
                ("critics", i + 1, "pobj", "NOUN", "critic", "NNS")]
    else:
        rows = [("Responding", i + 8, "advcl", "VERB", "respond", "VBG"),
                ("to", i, "prep", "ADP", "to"), ("criticism", i + 1, "pobj", "NOUN", "criticism"),
                ("from", i + 2, "prep", "ADP", "from"), ("Tom", i + 5, "compound", "PROPN", "Tom"),
                ("Hansen", i + 3, "pobj", "PROPN", "Hansen")]
    return rows + [(",", i + 8, "punct", "PUNCT", ","), ("he", i + 8, "nsubj", "PRON", "he"),
                   ("insisted", i + 8, "ROOT", "VERB", "insist", "VBD"),
                   (".", i + 8, "punct", "PUNCT", ".")]


def test_whom_a_fronted_participle_clause_names_is_not_the_he_who_does_it():
    from dyad.nlp.speaker_pronouns import fronted_others, resolve_pronoun

    # "Lee Park spoke. Responding to criticism from Tom Hansen, he insisted."
    rows = [("Lee", 1, "compound", "PROPN", "Lee"), ("Park", 2, "nsubj", "PROPN", "Park"),
            ("spoke", 2, "ROOT", "VERB", "speak", "VBD"), (".", 2, "punct", "PUNCT", ".")]
    doc = build_doc(rows + _responding(4))
    actors = people(doc, (0, 2, "Lee Park", "person", "male"),
                    (8, 10, "Tom Hansen", "person", "male"))
    assert resolve_pronoun(doc, actors, doc[11], quoted=[]).name == "Lee Park"
    # whose critics they are may be who responds: the possessor stays a candidate
    doc = build_doc(rows + _responding(4, owner=True))
    assert 7 not in fronted_others(doc[11]) and {5, 9} <= fronted_others(doc[11])
