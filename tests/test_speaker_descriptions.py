"""Descriptions of a speaker on hand-built Docs (no model): a description that names whom it
describes, a body's description that no earlier name calls by its noun, and datelines that
the model takes into a name."""

import pytest
from conftest import actor_set, build_doc


def said_no(i):
    """'said no.' as rows from token ``i`` on, the verb at ``i``."""
    return [("said", i, "ROOT", "VERB", "say"), ("no", i, "dobj", "INTJ", "no"),
            (".", i, "punct", "PUNCT", ".")]


def test_a_description_with_a_name_in_apposition_is_that_name():
    from dyad.nlp.speakers import resolve_speaker

    # "The watchdog group Acme Watch said no."
    rows = [("The", 2, "det", "DET", "the"), ("watchdog", 2, "compound", "NOUN", "watchdog"),
            ("group", 5, "nsubj", "NOUN", "group"), ("Acme", 4, "compound", "PROPN", "Acme"),
            ("Watch", 2, "appos", "PROPN", "Watch")] + said_no(5)
    doc = build_doc(rows, None)
    actors = actor_set(doc, (3, 5, "Acme Watch", "organization"))
    a, span = resolve_speaker(doc, actors, doc[2], quoted=[])
    assert a.name == "Acme Watch" and span == (0, 3)


def test_a_description_with_a_naming_clause_is_the_name_it_gives():
    from dyad.nlp.speakers import resolve_speaker

    # "The officer known as Bob said no."
    rows = [("The", 1, "det", "DET", "the"), ("officer", 5, "nsubj", "NOUN", "officer"),
            ("known", 1, "acl", "VERB", "know"), ("as", 2, "prep", "ADP", "as"),
            ("Bob", 3, "pobj", "PROPN", "Bob")] + said_no(5)
    doc = build_doc(rows, None)
    actors = actor_set(doc, (4, 5, "Bob", "person"))
    assert resolve_speaker(doc, actors, doc[1], quoted=[])[0].name == "Bob"


def test_a_body_description_no_name_calls_by_its_noun_is_the_body_just_named():
    from dyad.nlp.speakers import resolve_speaker

    # "The Acme League met. The nation's oldest group said no."
    rows = [("The", 2, "det", "DET", "the"), ("Acme", 2, "compound", "PROPN", "Acme"),
            ("League", 3, "nsubj", "PROPN", "League"), ("met", 3, "ROOT", "VERB", "meet"),
            (".", 3, "punct", "PUNCT", "."),
            ("The", 6, "det", "DET", "the"), ("nation", 9, "poss", "NOUN", "nation"),
            ("'s", 6, "case", "PART", "'s"), ("oldest", 9, "amod", "ADJ", "old"),
            ("group", 10, "nsubj", "NOUN", "group", "NN")] + said_no(10)
    doc = build_doc(rows, None)
    actors = actor_set(doc, (1, 3, "Acme League", "organization"))
    assert resolve_speaker(doc, actors, doc[9], quoted=[])[0].name == "Acme League"


def test_a_body_met_unnamed_before_is_not_the_body_named_beside_it():
    from dyad.nlp.speakers import resolve_speaker

    # "A group of farmers met the Acme League. The group said no."
    rows = [("A", 1, "det", "DET", "a"), ("group", 4, "nsubj", "NOUN", "group"),
            ("of", 1, "prep", "ADP", "of"), ("farmers", 2, "pobj", "NOUN", "farmer"),
            ("met", 4, "ROOT", "VERB", "meet"), ("the", 7, "det", "DET", "the"),
            ("Acme", 7, "compound", "PROPN", "Acme"), ("League", 4, "dobj", "PROPN", "League"),
            (".", 4, "punct", "PUNCT", "."),
            ("The", 10, "det", "DET", "the"), ("group", 11, "nsubj", "NOUN", "group", "NN")
            ] + said_no(11)
    doc = build_doc(rows, None)
    actors = actor_set(doc, (6, 8, "Acme League", "organization"))
    a, _ = resolve_speaker(doc, actors, doc[10], quoted=[])
    assert a is None or a.name != "Acme League"


def test_a_dateline_is_no_part_of_the_name_after_it():
    from conftest import _VOCAB
    from spacy.tokens import Doc

    from dyad.nlp.actor_mentions import trim as _trim

    # "DENVER - Ann Smith spoke." and "MANCHESTER, N.H. - Ann Smith spoke."
    doc = Doc(_VOCAB, words=["DENVER", "-", "Ann", "Smith", "spoke", "."],
              spaces=[True, True, True, True, False, False])
    assert _trim(doc[0:4]) == (2, 4)
    doc = Doc(_VOCAB, words=["MANCHESTER", ",", "N.H.", "-", "Ann", "Smith", "spoke"],
              spaces=[False, True, True, True, True, True, False])
    assert _trim(doc[0:6]) == (4, 6)
    # a hyphened name keeps its words
    doc = Doc(_VOCAB, words=["Ann", "Lee", "-", "Smith", "spoke"],
              spaces=[True, False, False, True, False])
    assert _trim(doc[0:4]) == (0, 4)


def test_an_acronym_spells_a_hyphened_name_word_by_word():
    from dyad.nlp.actor_mentions import acronym as _acronym

    # "Acme-Baxter … a desperate AB": the acronym joins the body named before
    assert _acronym("Acme-Baxter") == "AB"
    assert _acronym("Friends of the Earth") == "FE"


def test_a_role_right_before_a_name_is_that_person_however_the_two_were_parsed():
    from dyad.nlp.speakers import resolve_speaker

    # "Smith's lawyer Ann Lee said no." parsed with two subjects, the role first
    rows = [("Smith", 2, "poss", "PROPN", "Smith"), ("'s", 0, "case", "PART", "'s"),
            ("lawyer", 5, "nsubj", "NOUN", "lawyer"), ("Ann", 4, "compound", "PROPN", "Ann"),
            ("Lee", 5, "nsubj", "PROPN", "Lee")] + said_no(5)
    doc = build_doc(rows, None)
    actors = actor_set(doc, (0, 1, "Smith", "person"), (0, 3, "Smith's lawyer", "person"),
                       (3, 5, "Ann Lee", "person"))
    assert resolve_speaker(doc, actors, doc[2], quoted=[])[0].name == "Ann Lee"


def test_a_description_the_text_names_later_in_the_same_words_is_that_person():
    from dyad.nlp.speakers import resolve_speaker

    # "Smith's campaign manager said no. Smith's campaign manager, Ann Lee, left."
    rows = [("Smith", 3, "poss", "PROPN", "Smith"), ("'s", 0, "case", "PART", "'s"),
            ("campaign", 3, "compound", "NOUN", "campaign"),
            ("manager", 4, "nsubj", "NOUN", "manager")] + said_no(4) + [
            ("Smith", 10, "poss", "PROPN", "Smith"), ("'s", 7, "case", "PART", "'s"),
            ("campaign", 10, "compound", "NOUN", "campaign"),
            ("manager", 16, "nsubj", "NOUN", "manager"), (",", 10, "punct", "PUNCT", ","),
            ("Ann", 13, "compound", "PROPN", "Ann"), ("Lee", 10, "appos", "PROPN", "Lee"),
            (",", 10, "punct", "PUNCT", ","), ("left", 16, "ROOT", "VERB", "leave"),
            (".", 16, "punct", "PUNCT", ".")]
    doc = build_doc(rows, None)
    actors = actor_set(doc, (0, 1, "Smith", "person"), (12, 14, "Ann Lee", "person"))
    actors.add_mention(actors.actors[0], 7, 8)
    assert resolve_speaker(doc, actors, doc[3], quoted=[])[0].name == "Ann Lee"


def test_the_actor_is_the_person_just_named():
    from dyad.nlp.speakers import resolve_speaker

    # "Ann Lee left. The actor said no."
    rows = [("Ann", 1, "compound", "PROPN", "Ann"), ("Lee", 2, "nsubj", "PROPN", "Lee"),
            ("left", 2, "ROOT", "VERB", "leave"), (".", 2, "punct", "PUNCT", "."),
            ("The", 5, "det", "DET", "the"), ("actor", 6, "nsubj", "NOUN", "actor", "NN")
            ] + said_no(6)
    doc = build_doc(rows, None)
    actors = actor_set(doc, (0, 2, "Ann Lee", "person"))
    assert resolve_speaker(doc, actors, doc[5], quoted=[])[0].name == "Ann Lee"


def test_a_role_held_for_someone_else_is_its_one_holder_named_later():
    from dyad.nlp.speakers import resolve_speaker

    # "Ann Lee sat. The judge said no. Judge Cy Ortiz left."
    rows = [("Ann", 1, "compound", "PROPN", "Ann"), ("Lee", 2, "nsubj", "PROPN", "Lee"),
            ("sat", 2, "ROOT", "VERB", "sit"), (".", 2, "punct", "PUNCT", "."),
            ("The", 5, "det", "DET", "the"), ("judge", 6, "nsubj", "NOUN", "judge", "NN")
            ] + said_no(6) + [
            ("Judge", 11, "compound", "PROPN", "Judge"), ("Cy", 11, "compound", "PROPN", "Cy"),
            ("Ortiz", 12, "nsubj", "PROPN", "Ortiz"), ("left", 12, "ROOT", "VERB", "leave"),
            (".", 12, "punct", "PUNCT", ".")]
    doc = build_doc(rows, None)
    actors = actor_set(doc, (0, 2, "Ann Lee", "person"), (9, 12, "Cy Ortiz", "person"))
    actors.actors[1].role = "judge"
    assert resolve_speaker(doc, actors, doc[5], quoted=[])[0].name == "Cy Ortiz"
    # with a second judge in the text, neither
    actors = actor_set(doc, (0, 2, "Ann Lee", "person"), (9, 12, "Cy Ortiz", "person"))
    actors.actors[0].role = actors.actors[1].role = "judge"
    a, _ = resolve_speaker(doc, actors, doc[5], quoted=[])
    assert a is None or a.name != "Cy Ortiz"


def test_a_paragraph_opening_on_a_described_name_is_about_its_bearer():
    from dyad.nlp.speaker_salience import introduced, nearness

    # "For Lee, a retiree, the Acme phone bank is a joy." : Lee is whom it is about, Acme no one
    rows = [("For", 9, "prep", "ADP", "for"), ("Lee", 0, "pobj", "PROPN", "Lee"),
            (",", 1, "punct", "PUNCT", ","), ("a", 4, "det", "DET", "a"),
            ("retiree", 1, "appos", "NOUN", "retiree"), (",", 1, "punct", "PUNCT", ","),
            ("the", 8, "det", "DET", "the"), ("Acme", 8, "compound", "PROPN", "Acme"),
            ("bank", 9, "nsubj", "NOUN", "bank"), ("is", 9, "ROOT", "AUX", "be"),
            ("a", 11, "det", "DET", "a"), ("joy", 9, "attr", "NOUN", "joy"),
            (".", 9, "punct", "PUNCT", ".")]
    doc = build_doc(rows, None)
    assert introduced(doc[1]) and not introduced(doc[7])
    assert nearness(doc[1], None, False) > nearness(doc[7], None, False)


def test_a_definite_description_of_one_that_a_name_qualifies_is_someone_named():
    from dyad.nlp.speakers import resolve_speaker

    # "Ann Lee spoke. The Acme Corps veteran said no." ("Acme Corps veteran" made a group)
    rows = [("Ann", 1, "compound", "PROPN", "Ann"), ("Lee", 2, "nsubj", "PROPN", "Lee"),
            ("spoke", 2, "ROOT", "VERB", "speak"), (".", 2, "punct", "PUNCT", "."),
            ("The", 7, "det", "DET", "the"), ("Acme", 6, "compound", "PROPN", "Acme"),
            ("Corps", 7, "compound", "PROPN", "Corps"),
            ("veteran", 8, "nsubj", "NOUN", "veteran", "NN")] + said_no(8)
    doc = build_doc(rows, None)
    actors = actor_set(doc, (0, 2, "Ann Lee", "person"), (5, 8, "Acme Corps veteran", "group"))
    assert resolve_speaker(doc, actors, doc[7], quoted=[])[0].name == "Ann Lee"


def test_a_description_a_pronoun_owns_is_not_whom_that_pronoun_stands_for():
    from dyad.nlp.speaker_pronouns import resolve_pronoun

    # "Ann Lee sat. Her party's nominee won. Talks failed, she said."
    rows = [("Ann", 1, "compound", "PROPN", "Ann"), ("Lee", 2, "nsubj", "PROPN", "Lee"),
            ("sat", 2, "ROOT", "VERB", "sit"), (".", 2, "punct", "PUNCT", "."),
            ("Her", 5, "poss", "PRON", "her"), ("party", 7, "poss", "NOUN", "party"),
            ("'s", 5, "case", "PART", "'s"), ("nominee", 8, "nsubj", "NOUN", "nominee"),
            ("won", 8, "ROOT", "VERB", "win"), (".", 8, "punct", "PUNCT", "."),
            ("Talks", 11, "nsubj", "NOUN", "talk", "NNS"), ("failed", 14, "ccomp", "VERB", "fail"),
            (",", 14, "punct", "PUNCT", ","), ("she", 14, "nsubj", "PRON", "she"),
            ("said", 14, "ROOT", "VERB", "say"), (".", 14, "punct", "PUNCT", ".")]
    doc = build_doc(rows, None)
    actors = actor_set(doc, (0, 2, "Ann Lee", "person"), (4, 8, "party's nominee", "person"))
    assert resolve_pronoun(doc, actors, doc[13], quoted=[]).name == "Ann Lee"


def test_a_body_s_description_is_the_body_whose_name_it_heads():
    from dyad.nlp.descriptors import name_head
    from dyad.nlp.speakers import resolve_speaker

    assert name_head("Acme Board of Trade") == "board" and name_head("Acme Watch") == "watch"
    # "The Acme Board of Trade met. Talks failed. The board said no."
    rows = [("The", 2, "det", "DET", "the"), ("Acme", 2, "compound", "PROPN", "Acme"),
            ("Board", 5, "nsubj", "PROPN", "Board"), ("of", 2, "prep", "ADP", "of"),
            ("Trade", 3, "pobj", "PROPN", "Trade"), ("met", 5, "ROOT", "VERB", "meet"),
            (".", 5, "punct", "PUNCT", "."),
            ("Talks", 8, "nsubj", "NOUN", "talk", "NNS"), ("failed", 8, "ROOT", "VERB", "fail"),
            (".", 8, "punct", "PUNCT", "."),
            ("The", 11, "det", "DET", "the"), ("board", 12, "nsubj", "NOUN", "board", "NN")
            ] + said_no(12)
    doc = build_doc(rows, None)
    actors = actor_set(doc, (1, 5, "Acme Board of Trade", "organization"))
    assert resolve_speaker(doc, actors, doc[11], quoted=[])[0].name == "Acme Board of Trade"


def test_the_agency_may_be_a_police_force_or_an_intelligence_service():
    from dyad.nlp.speakers import resolve_speaker

    # "Data came from the Acme Police. The agency said no."
    rows = [("Data", 1, "nsubj", "NOUN", "datum", "NNS"), ("came", 1, "ROOT", "VERB", "come"),
            ("from", 1, "prep", "ADP", "from"), ("the", 4, "det", "DET", "the"),
            ("Acme", 5, "compound", "PROPN", "Acme"), ("Police", 2, "pobj", "PROPN", "Police"),
            (".", 1, "punct", "PUNCT", "."),
            ("The", 8, "det", "DET", "the"), ("agency", 9, "nsubj", "NOUN", "agency", "NN")
            ] + said_no(9)
    doc = build_doc(rows, None)
    actors = actor_set(doc, (4, 6, "Acme Police", "organization"))
    actors.actors[0].add_sector(["COP"])
    assert resolve_speaker(doc, actors, doc[8], quoted=[])[0].name == "Acme Police"


def test_a_body_named_before_a_quotation_is_the_group_that_says_it():
    from dyad.nlp.speakers import resolve_speaker

    # 'Acme Watch quit. “We won.” The group said no.': the quotation is no sentence between
    rows = [("Acme", 1, "compound", "PROPN", "Acme"), ("Watch", 2, "nsubj", "PROPN", "Watch"),
            ("quit", 2, "ROOT", "VERB", "quit"), (".", 2, "punct", "PUNCT", "."),
            ("“", 6, "punct", "PUNCT", "“"), ("We", 6, "nsubj", "PRON", "we"),
            ("won", 6, "ROOT", "VERB", "win"), (".", 6, "punct", "PUNCT", "."),
            ("”", 6, "punct", "PUNCT", "”"),
            ("The", 10, "det", "DET", "the"), ("group", 11, "nsubj", "NOUN", "group", "NN")
            ] + said_no(11)
    doc = build_doc(rows, None)
    actors = actor_set(doc, (0, 2, "Acme Watch", "organization"))
    assert resolve_speaker(doc, actors, doc[10], quoted=None)[0].name == "Acme Watch"


def test_a_body_that_qualifies_a_person_s_description_is_not_the_speaker():
    from dyad.nlp.speakers import resolve_speaker

    # "Ann Lee won. The Acme nominee said no.": Acme (a party) only says whose nominee
    rows = [("Ann", 1, "compound", "PROPN", "Ann"), ("Lee", 2, "nsubj", "PROPN", "Lee"),
            ("won", 2, "ROOT", "VERB", "win"), (".", 2, "punct", "PUNCT", "."),
            ("The", 6, "det", "DET", "the"), ("Acme", 6, "nmod", "PROPN", "Acme"),
            ("nominee", 7, "nsubj", "NOUN", "nominee", "NN")] + said_no(7)
    doc = build_doc(rows, None)
    actors = actor_set(doc, (0, 2, "Ann Lee", "person"), (5, 6, "Acme", "organization"))
    assert resolve_speaker(doc, actors, doc[6], quoted=[])[0].name == "Ann Lee"
    # "The Acme spokesman said no.": a role held for the body is the body's
    rows[6] = ("spokesman", 7, "nsubj", "NOUN", "spokesman", "NN")
    doc = build_doc(rows, None)
    actors = actor_set(doc, (0, 2, "Ann Lee", "person"), (5, 6, "Acme", "organization"))
    assert resolve_speaker(doc, actors, doc[6], quoted=[])[0].name == "Acme"


def test_a_person_s_office_speaks_for_that_person():
    from dyad.nlp.speakers import resolve_speaker

    # "Ann Lee won. Her office said no."
    rows = [("Ann", 1, "compound", "PROPN", "Ann"), ("Lee", 2, "nsubj", "PROPN", "Lee"),
            ("won", 2, "ROOT", "VERB", "win"), (".", 2, "punct", "PUNCT", "."),
            ("Her", 5, "poss", "PRON", "her"), ("office", 6, "nsubj", "NOUN", "office", "NN")
            ] + said_no(6)
    doc = build_doc(rows, None)
    actors = actor_set(doc, (0, 2, "Ann Lee", "person"))
    a, span = resolve_speaker(doc, actors, doc[5], quoted=[])
    assert a.name == "Ann Lee" and span == (4, 6)


def _span(doc, i):
    return doc[i].idx, doc[i].idx + len(doc[i])


def test_a_name_the_parse_left_without_its_cue_opens_the_cue_s_sentence():
    from dyad.nlp.speaker_spans import unparsed_subject

    # "Talks failed. Sen. Ann Lee, facing a race, said talks failed." with Lee hung on the
    # sentence before and "said" left without a subject
    rows = [("Talks", 1, "nsubj", "NOUN", "talk", "NNS"), ("failed", 1, "ROOT", "VERB", "fail"),
            (".", 1, "punct", "PUNCT", "."), ("Sen.", 5, "compound", "PROPN", "Sen."),
            ("Ann", 5, "compound", "PROPN", "Ann"), ("Lee", 1, "dobj", "PROPN", "Lee"),
            (",", 11, "punct", "PUNCT", ","), ("facing", 11, "advcl", "VERB", "face", "VBG"),
            ("a", 9, "det", "DET", "a"), ("race", 7, "dobj", "NOUN", "race"),
            (",", 11, "punct", "PUNCT", ","), ("said", 11, "ROOT", "VERB", "say", "VBD"),
            ("talks", 13, "nsubj", "NOUN", "talk", "NNS"),
            ("failed", 11, "ccomp", "VERB", "fail", "VBD"), (".", 11, "punct", "PUNCT", ".")]
    doc = build_doc(rows, None)
    named = {3, 4, 5}
    assert unparsed_subject(doc, _span(doc, 11), lambda t: t.i in named).text == "Lee"
    # not when the name is no one's who can speak, nor when the verb has a subject
    assert unparsed_subject(doc, _span(doc, 11), lambda t: False) is None
    rows[5] = ("Lee", 11, "nsubj", "PROPN", "Lee")
    doc = build_doc(rows, None)
    assert unparsed_subject(doc, _span(doc, 11), lambda t: t.i in named) is None


def test_a_name_right_before_a_cue_without_a_subject_is_its_speaker():
    from dyad.nlp.speaker_spans import unparsed_subject

    # "In Acme Lee continued to insist talks failed." with Lee taken into the phrase before
    rows = [("In", 3, "prep", "ADP", "in"), ("Acme", 2, "compound", "PROPN", "Acme"),
            ("Lee", 0, "pobj", "PROPN", "Lee"), ("continued", 3, "ROOT", "VERB", "continue", "VBD"),
            ("to", 5, "aux", "PART", "to"), ("insist", 3, "xcomp", "VERB", "insist", "VB"),
            ("talks", 7, "nsubj", "NOUN", "talk", "NNS"),
            ("failed", 5, "ccomp", "VERB", "fail", "VBD"), (".", 3, "punct", "PUNCT", ".")]
    doc = build_doc(rows, None)
    cue = (doc[4].idx, doc[5].idx + len(doc[5]))
    assert unparsed_subject(doc, cue, lambda t: t.i == 2).text == "Lee"
    # a passive report ("Lee is seen as …") has no speaker to find
    rows = [("Lee", 2, "nsubjpass", "PROPN", "Lee"), ("is", 2, "auxpass", "AUX", "be", "VBZ"),
            ("seen", 2, "ROOT", "VERB", "see", "VBN"), ("as", 2, "prep", "ADP", "as"),
            ("a", 5, "det", "DET", "a"), ("bully", 3, "pobj", "NOUN", "bully"),
            (".", 2, "punct", "PUNCT", ".")]
    doc = build_doc(rows, None)
    assert unparsed_subject(doc, (doc[1].idx, doc[3].idx + 2), lambda t: t.i == 0) is None


def test_a_person_s_own_words_speak_for_that_person():
    from dyad.nlp.speakers import resolve_speaker

    # "Ann Lee won. Her speech said no.": the pronoun is the source
    rows = [("Ann", 1, "compound", "PROPN", "Ann"), ("Lee", 2, "nsubj", "PROPN", "Lee"),
            ("won", 2, "ROOT", "VERB", "win"), (".", 2, "punct", "PUNCT", "."),
            ("Her", 5, "poss", "PRON", "her"), ("speech", 6, "nsubj", "NOUN", "speech", "NN")
            ] + said_no(6)
    doc = build_doc(rows, None)
    actors = actor_set(doc, (0, 2, "Ann Lee", "person"))
    a, span = resolve_speaker(doc, actors, doc[5], quoted=[])
    assert a.name == "Ann Lee" and span == (4, 5)


def test_a_cue_coordinated_with_the_verb_before_it_shares_that_verb_s_subject():
    from dyad.nlp.speaker_spans import unparsed_subject

    # "He pledged reform, suggested that talks failed." parsed as two clauses, the second
    # without a subject
    rows = [("He", 1, "nsubj", "PRON", "he"), ("pledged", 4, "ccomp", "VERB", "pledge", "VBD"),
            ("reform", 1, "dobj", "NOUN", "reform"), (",", 4, "punct", "PUNCT", ","),
            ("suggested", 4, "ROOT", "VERB", "suggest", "VBD"), ("that", 7, "mark", "SCONJ", "that"),
            ("talks", 7, "nsubj", "NOUN", "talk", "NNS"),
            ("failed", 4, "ccomp", "VERB", "fail", "VBD"), (".", 4, "punct", "PUNCT", ".")]
    doc = build_doc(rows, None)
    assert unparsed_subject(doc, _span(doc, 4), lambda t: False).text == "He"
    # not the subject of a clause inside a noun phrase ("the reform that Lee wrote, suggested")
    rows = [("The", 1, "det", "DET", "the"), ("reform", 6, "npadvmod", "NOUN", "reform"),
            ("that", 4, "dobj", "PRON", "that"), ("Lee", 4, "nsubj", "PROPN", "Lee"),
            ("wrote", 1, "relcl", "VERB", "write", "VBD"), (",", 6, "punct", "PUNCT", ","),
            ("suggested", 6, "ROOT", "VERB", "suggest", "VBD"),
            ("talks", 8, "nsubj", "NOUN", "talk", "NNS"),
            ("failed", 6, "ccomp", "VERB", "fail", "VBD"), (".", 6, "punct", "PUNCT", ".")]
    doc = build_doc(rows, None)
    assert unparsed_subject(doc, _span(doc, 6), lambda t: False) is None


def test_a_definite_description_right_before_a_cue_without_a_subject_is_its_speaker():
    from dyad.nlp.speaker_spans import unparsed_subject

    # "In talks with Cox, the senator stated that talks failed." with "senator" hung on Cox
    rows = [("In", 7, "prep", "ADP", "in"), ("talks", 0, "pobj", "NOUN", "talk", "NNS"),
            ("with", 1, "prep", "ADP", "with"), ("Cox", 2, "pobj", "PROPN", "Cox"),
            (",", 3, "punct", "PUNCT", ","), ("the", 6, "det", "DET", "the"),
            ("senator", 3, "appos", "NOUN", "senator"),
            ("stated", 7, "ROOT", "VERB", "state", "VBD"), ("that", 10, "mark", "SCONJ", "that"),
            ("talks", 10, "nsubj", "NOUN", "talk", "NNS"),
            ("failed", 7, "ccomp", "VERB", "fail", "VBD"), (".", 7, "punct", "PUNCT", ".")]
    doc = build_doc(rows, None)
    assert unparsed_subject(doc, _span(doc, 7), lambda t: False).text == "senator"
    # not a noun the words before take for their object
    rows[6] = ("senator", 3, "pobj", "NOUN", "senator")
    doc = build_doc(rows, None)
    assert unparsed_subject(doc, _span(doc, 7), lambda t: False) is None


def test_a_person_named_in_a_phrase_after_the_noun_is_not_who_speaks():
    from dyad.nlp.speakers import resolve_speaker

    # "The longtime aide to President Ann Lee said no.": the aide speaks, not Lee
    rows = [("The", 2, "det", "DET", "the"), ("longtime", 2, "amod", "ADJ", "longtime"),
            ("aide", 7, "nsubj", "NOUN", "aide", "NN"), ("to", 2, "prep", "ADP", "to"),
            ("President", 6, "compound", "PROPN", "President"),
            ("Ann", 6, "compound", "PROPN", "Ann"), ("Lee", 3, "pobj", "PROPN", "Lee")
            ] + said_no(7)
    doc = build_doc(rows, None)
    actors = actor_set(doc, (5, 7, "Ann Lee", "person"))
    a, _ = resolve_speaker(doc, actors, doc[2], quoted=[])
    assert a is None or a.name != "Ann Lee"
    # "Supporters of Ann Lee said no.": a plural noun is no one person either
    rows = [("Supporters", 4, "nsubj", "NOUN", "supporter", "NNS"), ("of", 0, "prep", "ADP", "of"),
            ("Ann", 3, "compound", "PROPN", "Ann"), ("Lee", 1, "pobj", "PROPN", "Lee")
            ] + said_no(4)
    doc = build_doc(rows, None)
    actors = actor_set(doc, (2, 4, "Ann Lee", "person"))
    a, _ = resolve_speaker(doc, actors, doc[0], quoted=[])
    assert a is None or a.name != "Ann Lee"


def test_a_name_the_parse_hangs_on_a_title_s_object_still_speaks():
    from dyad.nlp.speakers import resolve_speaker

    # "The ambassador to the Acme League Ann Lee said no.": the parse hangs Lee on the League
    rows = [("The", 1, "det", "DET", "the"), ("ambassador", 8, "nsubj", "NOUN", "ambassador", "NN"),
            ("to", 1, "prep", "ADP", "to"), ("the", 7, "det", "DET", "the"),
            ("Acme", 5, "compound", "PROPN", "Acme"), ("League", 7, "compound", "PROPN", "League"),
            ("Ann", 7, "compound", "PROPN", "Ann"), ("Lee", 2, "pobj", "PROPN", "Lee")
            ] + said_no(8)
    doc = build_doc(rows, None)
    actors = actor_set(doc, (4, 6, "Acme League", "organization"), (6, 8, "Ann Lee", "person"))
    assert resolve_speaker(doc, actors, doc[1], quoted=[])[0].name == "Ann Lee"


def test_a_body_introduced_by_the_noun_is_what_the_noun_stands_for_later():
    from dyad.nlp.speakers import resolve_speaker

    # "The rights group Acme met . Ann Lee spoke . Bo Ray spoke . The group said no .": Acme is
    # a group by the title before its name, though two sentences lie between
    rows = [("The", 3, "det", "DET", "the"), ("rights", 2, "compound", "NOUN", "right", "NNS"),
            ("group", 3, "compound", "NOUN", "group", "NN"), ("Acme", 4, "nsubj", "PROPN", "Acme"),
            ("met", 4, "ROOT", "VERB", "meet"), (".", 4, "punct", "PUNCT", "."),
            ("Ann", 7, "compound", "PROPN", "Ann"), ("Lee", 8, "nsubj", "PROPN", "Lee"),
            ("spoke", 8, "ROOT", "VERB", "speak"), (".", 8, "punct", "PUNCT", "."),
            ("Bo", 11, "compound", "PROPN", "Bo"), ("Ray", 12, "nsubj", "PROPN", "Ray"),
            ("spoke", 12, "ROOT", "VERB", "speak"), (".", 12, "punct", "PUNCT", "."),
            ("The", 15, "det", "DET", "the"), ("group", 16, "nsubj", "NOUN", "group", "NN")
            ] + said_no(16)
    doc = build_doc(rows, None)
    actors = actor_set(doc, (3, 4, "Acme", "organization"), (6, 8, "Ann Lee", "person"),
                       (10, 12, "Bo Ray", "person"))
    a, _ = resolve_speaker(doc, actors, doc[15], quoted=[])
    assert a is not None and a.name == "Acme"


def _group_after(first_sentence, body_rows, body_span, name):
    """``first_sentence`` rows, a paragraph break, ``body_rows`` (the body named at
    ``body_span``, relative to them), then "The group said no."; the speaker of the last."""
    from dyad.nlp.speakers import resolve_speaker

    n = len(first_sentence) + 1
    shifted = [(w, h + n, d, p, lem, *rest) for w, h, d, p, lem, *rest in body_rows]
    m = n + len(body_rows)
    rows = first_sentence + [("\n\n", n - 2, "dep", "SPACE", "\n\n", "_SP")] + shifted + [
        ("The", m + 1, "det", "DET", "the"), ("group", m + 2, "nsubj", "NOUN", "group", "NN")
    ] + said_no(m + 2)
    doc = build_doc(rows, None)
    actors = actor_set(doc, (body_span[0] + n, body_span[1] + n, name, "organization"))
    a, _ = resolve_speaker(doc, actors, doc[m + 1], quoted=[])
    return a


FARMERS = [("A", 1, "det", "DET", "a"), ("group", 4, "nsubj", "NOUN", "group", "NN"),
           ("of", 1, "prep", "ADP", "of"), ("farmers", 2, "pobj", "NOUN", "farmer", "NNS"),
           ("met", 4, "ROOT", "VERB", "meet"), (".", 4, "punct", "PUNCT", ".")]


def test_a_body_met_unnamed_paragraphs_before_does_not_stop_the_noun_pointing_to_one_named():
    # "A group of farmers met.\n\nAcme Watch quit. The group said no."
    quit_ = [("Acme", 1, "compound", "PROPN", "Acme"), ("Watch", 2, "nsubj", "PROPN", "Watch"),
             ("quit", 2, "ROOT", "VERB", "quit"), (".", 2, "punct", "PUNCT", ".")]
    a = _group_after(FARMERS, quit_, (0, 2), "Acme Watch")
    assert a is not None and a.name == "Acme Watch"


def test_a_body_named_as_the_owner_of_a_thing_is_not_what_the_noun_points_to():
    # "A group of farmers met.\n\nWe read Acme Watch's piece. The group said no."
    read = [("We", 1, "nsubj", "PRON", "we"), ("read", 1, "ROOT", "VERB", "read"),
            ("Acme", 3, "compound", "PROPN", "Acme"), ("Watch", 5, "poss", "PROPN", "Watch"),
            ("'s", 3, "case", "PART", "'s"), ("piece", 1, "dobj", "NOUN", "piece", "NN"),
            (".", 1, "punct", "PUNCT", ".")]
    a = _group_after(FARMERS, read, (2, 4), "Acme Watch")
    assert a is None or a.name != "Acme Watch"


def test_of_two_subjects_the_parse_gives_a_verb_the_nearest_says_it():
    from dyad.nlp.speakers import subject_of

    def cue(t):
        return t.lemma_ == "say"

    # "Tennis great Ann Lee said no.": the parse makes "Tennis" a subject too
    rows = [("Tennis", 4, "nsubj", "PROPN", "Tennis"), ("great", 3, "amod", "ADJ", "great"),
            ("Ann", 3, "compound", "PROPN", "Ann"), ("Lee", 4, "nsubj", "PROPN", "Lee")
            ] + said_no(4)
    doc = build_doc(rows, None)
    assert subject_of(doc[4], cue).text == "Lee"
    # "Ann Lee and Gov. Bo Ray said no.", "Ray" parsed as a second subject: the first leads
    rows = [("Ann", 1, "compound", "PROPN", "Ann"), ("Lee", 6, "nsubj", "PROPN", "Lee"),
            ("and", 1, "cc", "CCONJ", "and"), ("Gov.", 5, "compound", "PROPN", "Gov."),
            ("Bo", 5, "compound", "PROPN", "Bo"), ("Ray", 6, "nsubj", "PROPN", "Ray")
            ] + said_no(6)
    doc = build_doc(rows, None)
    assert subject_of(doc[6], cue).text == "Lee"
    # "Ann Lee (her book sold) said no.": a subject in brackets is an aside
    rows = [("Ann", 1, "compound", "PROPN", "Ann"), ("Lee", 7, "nsubj", "PROPN", "Lee"),
            ("(", 7, "punct", "PUNCT", "("), ("her", 4, "poss", "PRON", "her"),
            ("book", 7, "nsubj", "NOUN", "book", "NN"), ("sold", 4, "acl", "VERB", "sell"),
            (")", 7, "punct", "PUNCT", ")")] + said_no(7)
    doc = build_doc(rows, None)
    assert subject_of(doc[7], cue).text == "Lee"
    # "Ann Lee the realist said no.": a name and what it is, side by side
    rows = [("Ann", 1, "compound", "PROPN", "Ann"), ("Lee", 4, "nsubj", "PROPN", "Lee"),
            ("the", 3, "det", "DET", "the"), ("realist", 4, "nsubj", "NOUN", "realist", "NN")
            ] + said_no(4)
    doc = build_doc(rows, ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O"])
    assert subject_of(doc[4], cue).text == "Lee"


def test_a_body_s_noun_in_either_spelling_names_it():
    from dyad.nlp.speakers import resolve_speaker

    # "The Acme Centre met . Ann Lee spoke . Bo Ray spoke . The center said no ."
    rows = [("The", 2, "det", "DET", "the"), ("Acme", 2, "compound", "PROPN", "Acme"),
            ("Centre", 3, "nsubj", "PROPN", "Centre"), ("met", 3, "ROOT", "VERB", "meet"),
            (".", 3, "punct", "PUNCT", "."),
            ("Ann", 6, "compound", "PROPN", "Ann"), ("Lee", 7, "nsubj", "PROPN", "Lee"),
            ("spoke", 7, "ROOT", "VERB", "speak"), (".", 7, "punct", "PUNCT", "."),
            ("Bo", 10, "compound", "PROPN", "Bo"), ("Ray", 11, "nsubj", "PROPN", "Ray"),
            ("spoke", 11, "ROOT", "VERB", "speak"), (".", 11, "punct", "PUNCT", "."),
            ("The", 14, "det", "DET", "the"), ("center", 15, "nsubj", "NOUN", "center", "NN")
            ] + said_no(15)
    doc = build_doc(rows, None)
    actors = actor_set(doc, (1, 3, "Acme Centre", "organization"), (5, 7, "Ann Lee", "person"),
                       (9, 11, "Bo Ray", "person"))
    a, _ = resolve_speaker(doc, actors, doc[14], quoted=[])
    assert a is not None and a.name == "Acme Centre"


def test_a_person_s_campaign_is_named_as_news_writing_names_it():
    from dyad.nlp.speakers import resolve_speaker

    # "Ann Lee spoke . Her campaign said no ."
    rows = [("Ann", 1, "compound", "PROPN", "Ann"), ("Lee", 2, "nsubj", "PROPN", "Lee"),
            ("spoke", 2, "ROOT", "VERB", "speak"), (".", 2, "punct", "PUNCT", "."),
            ("Her", 5, "poss", "PRON", "her"), ("campaign", 6, "nsubj", "NOUN", "campaign", "NN")
            ] + said_no(6)
    doc = build_doc(rows, None)
    actors = actor_set(doc, (0, 2, "Ann Lee", "person"))
    a, span = resolve_speaker(doc, actors, doc[5], quoted=[])
    assert (a.name, a.kind, span) == ("Lee campaign", "organization", (4, 6))
    assert a.affiliation == actors.actors[0].id
    # "The campaign of Ann Lee Jr. said no .": the same campaign the text already has
    rows = [("The", 1, "det", "DET", "the"), ("campaign", 6, "nsubj", "NOUN", "campaign", "NN"),
            ("of", 1, "prep", "ADP", "of"), ("Ann", 5, "compound", "PROPN", "Ann"),
            ("Lee", 5, "compound", "PROPN", "Lee"), ("Jr.", 2, "pobj", "PROPN", "Jr.")
            ] + said_no(6)
    doc = build_doc(rows, None)
    actors = actor_set(doc, (3, 6, "Ann Lee Jr.", "person"), (8, 9, "Lee campaign", "organization"))
    assert resolve_speaker(doc, actors, doc[1], quoted=[])[0] is actors.actors[1]
    # "His campaign said no .", with no one named before: a campaign of its own, no one's
    rows = [("His", 1, "poss", "PRON", "his"), ("campaign", 2, "nsubj", "NOUN", "campaign", "NN")
            ] + said_no(2)
    doc = build_doc(rows, None)
    a, _ = resolve_speaker(doc, actor_set(doc), doc[1], quoted=[])
    assert a is not None and a.name == "campaign"


def test_a_name_joined_to_a_title_made_a_person_is_who_speaks():
    from dyad.nlp.speakers import resolve_speaker

    # "Acme Vice President and Managing Editor Ann Lee said no.", the title made a person
    rows = [("Acme", 2, "compound", "PROPN", "Acme"), ("Vice", 2, "compound", "PROPN", "Vice"),
            ("President", 8, "nsubj", "PROPN", "President"), ("and", 2, "cc", "CCONJ", "and"),
            ("Managing", 5, "compound", "PROPN", "Managing"),
            ("Editor", 7, "compound", "PROPN", "Editor"), ("Ann", 7, "compound", "PROPN", "Ann"),
            ("Lee", 2, "conj", "PROPN", "Lee")] + said_no(8)
    doc = build_doc(rows, None)
    actors = actor_set(doc, (0, 3, "Acme Vice President", "person"), (6, 8, "Ann Lee", "person"))
    assert resolve_speaker(doc, actors, doc[2], quoted=[])[0].name == "Ann Lee"
    # "A senior Lee adviser said no.": the name only says whose adviser
    rows = [("A", 3, "det", "DET", "a"), ("senior", 3, "amod", "ADJ", "senior"),
            ("Lee", 3, "compound", "PROPN", "Lee"), ("adviser", 4, "nsubj", "NOUN", "adviser", "NN")
            ] + said_no(4)
    doc = build_doc(rows, None)
    actors = actor_set(doc, (0, 4, "senior Lee adviser", "person"), (2, 3, "Ann Lee", "person"))
    a, _ = resolve_speaker(doc, actors, doc[3], quoted=[])
    assert a is not None and a.name != "Ann Lee"


@pytest.mark.slow
def test_a_sports_title_describes_the_person_the_report_is_about(nlp):
    # sports reports name their subject once and then by what they have won
    from dyad.api import analyze

    rec = analyze("Kelly Holmes has been forced out of this weekend's European Indoor "
                  "Championships after picking up a hamstring injury during training.\n\n"
                  'The double Olympic champion said: "I am really disappointed."')
    names = {a.id: a.name for a in rec.actors}
    (q,) = rec.quotes
    assert names[q.speaker] == "Kelly Holmes"
    # the description is her mention, not an actor of its own
    assert "double Olympic champion" not in names.values()


@pytest.mark.slow
def test_a_role_of_two_words_describes_by_both(nlp):
    # "holder" alone is no role; "record holder" is
    from dyad.api import analyze

    rec = analyze("Paula Radcliffe has called for all cheats to be banned. The marathon world "
                  "record holder believes more must be done.")
    names = {a.id: a.name for a in rec.actors}
    # (the call "for all cheats to be banned" is a report of its own)
    (q,) = [q for q in rec.quotes if q.cue == "believes"]
    assert names[q.speaker] == "Paula Radcliffe"


def test_a_players_position_describes_the_player_just_named():
    # sports reports name a player once and then by position: "the defender" is no "other"
    from dyad.nlp.speakers import resolve_speaker

    # "Sol Campbell played. The defender said no."
    rows = [("Sol", 1, "compound", "PROPN", "Sol"), ("Campbell", 2, "nsubj", "PROPN", "Campbell"),
            ("played", 2, "ROOT", "VERB", "play"), (".", 2, "punct", "PUNCT", "."),
            ("The", 5, "det", "DET", "the"), ("defender", 6, "nsubj", "NOUN", "defender", "NN")
            ] + said_no(6)
    doc = build_doc(rows, None)
    actors = actor_set(doc, (0, 2, "Sol Campbell", "person"))
    a, span = resolve_speaker(doc, actors, doc[5], quoted=[])
    assert a.name == "Sol Campbell" and span == (4, 6)


def test_a_position_no_one_was_named_for_is_a_person_of_its_own():
    from dyad.nlp.speakers import resolve_speaker

    # "The youngster said no."
    rows = [("The", 1, "det", "DET", "the"), ("youngster", 2, "nsubj", "NOUN", "youngster", "NN")
            ] + said_no(2)
    doc = build_doc(rows, None)
    a, _ = resolve_speaker(doc, actor_set(doc), doc[1], quoted=[])
    assert a.name == "youngster" and a.kind == "person"
