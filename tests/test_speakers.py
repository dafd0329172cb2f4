"""Speaker resolution on hand-built Docs (no model): descriptors and dialogue turns."""

import pytest
from conftest import build_doc
from test_quotes import SUBJECT_FIRST, analyse_speakers
from test_speaker_resolution import filler, talks_failed


def descriptor_speaker(rows, people):
    """The actor the subject of rows' "said" resolves to, given named people as (name, token
    index, role, party[, country])."""
    from dyad.nlp.actors import ActorInfo, ActorSet
    from dyad.nlp.speakers import resolve_speaker

    doc = build_doc(rows, ["O"] * len(rows))
    actors = ActorSet()
    for name, i, role, party, *country in people:
        org = None
        if party:
            org = ActorInfo(id=f"a{len(actors.actors) + 1}", name=party, kind="organization")
            actors.actors.append(org)
        a = ActorInfo(id=f"a{len(actors.actors) + 1}", name=name, kind="person", role=role,
                      affiliation=org.id if org else None, key="person:" + name,
                      country=country[0] if country else None)
        actors.actors.append(a)
        actors.add_mention(a, i, i + 1)
    said = next(t for t in doc if t.lemma_ == "say")
    subject = next(t for t in said.children if t.dep_ == "nsubj")
    actor, (s, e) = resolve_speaker(doc, actors, subject)
    return actor and actor.name, doc[s:e].text


def described(words):
    """Rows for "Smith met Jones and Brown. <words> said talks failed." (words: a descriptor
    of (text, dep, pos, lemma) modifiers then its head noun)."""
    rows = [("Smith", 1, "nsubj", "PROPN", "Smith"), ("met", 1, "ROOT", "VERB", "meet"),
            ("Jones", 1, "dobj", "PROPN", "Jones"), ("and", 2, "cc", "CCONJ", "and"),
            ("Brown", 2, "conj", "PROPN", "Brown"), (".", 1, "punct", "PUNCT", ".")]
    head = len(rows) + len(words) - 1
    for text, dep, pos, lemma in words[:-1]:
        rows.append((text, head, dep, pos, lemma))
    text, _, pos, lemma = words[-1]
    said = head + 1
    rows += [(text, said, "nsubj", pos, lemma), ("said", said, "ROOT", "VERB", "say"),
             ("talks", said + 2, "nsubj", "NOUN", "talk", "NNS"),
             ("failed", said, "ccomp", "VERB", "fail"), (".", said, "punct", "PUNCT", ".")]
    return rows


THE = ("The", "det", "DET", "the")


def test_role_descriptor_resolves_to_the_person_named_with_that_role():
    rows = described([THE, ("governor", "", "NOUN", "governor")])
    people = [("Smith", 0, "mayor", None), ("Jones", 2, "governor", None),
              ("Brown", 4, "senator", None)]
    assert descriptor_speaker(rows, people) == ("Jones", "The governor")
    # of two governors, the one named last, where neither is the sentence's subject
    people = [("Smith", 0, "mayor", None), ("Jones", 2, "governor", None),
              ("Brown", 4, "governor", None)]
    assert descriptor_speaker(rows, people) == ("Brown", "The governor")


def test_party_descriptor_resolves_to_the_person_of_that_party():
    rows = described([THE, ("Wisconsin", "compound", "PROPN", "Wisconsin"),
                      ("Republican", "", "PROPN", "Republican")])
    people = [("Smith", 0, None, "Republican Party"), ("Jones", 2, None, "Democratic Party"),
              ("Brown", 4, None, None)]
    assert descriptor_speaker(rows, people) == ("Smith", "The Wisconsin Republican")


def test_person_descriptor_without_a_match_is_whom_the_text_was_about():
    rows = described([THE, ("billionaire", "compound", "NOUN", "billionaire"),
                      ("businessman", "", "NOUN", "businessman")])
    # the subject of the sentence before, else the person last named
    people = [("Smith", 0, None, None), ("Jones", 2, "senator", None), ("Brown", 4, None, None)]
    assert descriptor_speaker(rows, people) == ("Smith", "The billionaire businessman")
    people = [("Jones", 2, "senator", None), ("Brown", 4, None, None)]
    assert descriptor_speaker(rows, people) == ("Brown", "The billionaire businessman")


def test_nationality_of_a_descriptor_rules_out_people_of_other_countries():
    rows = described([THE, ("Russian", "amod", "ADJ", "russian"), ("leader", "", "NOUN", "leader")])
    people = [("Smith", 0, None, None, "USA"), ("Jones", 2, None, None),
              ("Brown", 4, None, None, "USA")]
    assert descriptor_speaker(rows, people) == ("Jones", "The Russian leader")


def test_capitalised_descriptor_is_a_name_not_a_person():
    rows = described([THE, ("Union", "compound", "PROPN", "Union"),
                      ("Leader", "", "PROPN", "Leader")])
    assert descriptor_speaker(rows, [("Smith", 0, None, None)]) == ("Union Leader",
                                                                    "The Union Leader")


def test_descriptor_of_a_thing_is_never_a_person():
    rows = described([THE, ("poll", "", "NOUN", "poll")])
    people = [("Smith", 0, None, None)]
    assert descriptor_speaker(rows, people) == ("poll", "The poll")


def test_the_campaign_is_the_campaign_named_before():
    rows = described([THE, ("campaign", "", "NOUN", "campaign")])
    from dyad.nlp.actors import ActorInfo, ActorSet
    from dyad.nlp.speakers import resolve_speaker

    doc = build_doc(rows, ["O"] * len(rows))
    actors = ActorSet()
    team = ActorInfo(id="a1", name="Jones campaign", kind="organization")
    actors.actors.append(team)
    actors.add_mention(team, 2, 3)
    actor, _ = resolve_speaker(doc, actors, doc[7])
    assert actor is team


def test_descriptor_keeps_the_hyphens_of_its_words():
    rows = described([THE, ("self", "npadvmod", "NOUN", "self"), ("-", "punct", "PUNCT", "-"),
                      ("described", "amod", "VERB", "describe"),
                      ("pollster", "", "NOUN", "pollster")])
    # "self" and "-" hang from "described"
    rows[7] = ("self", 9, "npadvmod", "NOUN", "self")
    rows[8] = ("-", 9, "punct", "PUNCT", "-")
    assert descriptor_speaker(rows, []) == ("self-described pollster",
                                            "The self-described pollster")


DIALOGUE = [
    ("“", 3, "punct", "PUNCT", "“"), ("Will", 3, "aux", "AUX", "will"),
    ("you", 3, "nsubj", "PRON", "you"), ("run", 3, "ROOT", "VERB", "run"),
    ("?", 3, "punct", "PUNCT", "?"), ("”", 3, "punct", "PUNCT", "”"),
    ("Smith", 7, "nsubj", "PROPN", "Smith"), ("asked", 7, "ROOT", "VERB", "ask"),
    (".", 7, "punct", "PUNCT", "."), ("\n", 7, "dep", "SPACE", "\n"),
    ("“", 15, "punct", "PUNCT", "“"), ("No", 15, "intj", "INTJ", "no"),
    (",", 15, "punct", "PUNCT", ","), ("”", 15, "punct", "PUNCT", "”"),
    ("Jones", 15, "nsubj", "PROPN", "Jones"), ("said", 15, "ROOT", "VERB", "say"),
    (".", 15, "punct", "PUNCT", "."), ("\n", 15, "dep", "SPACE", "\n"),
    ("“", 21, "punct", "PUNCT", "“"), ("Why", 21, "advmod", "ADV", "why"),
    ("not", 21, "neg", "PART", "not"), ("run", 21, "ROOT", "VERB", "run"),
    ("again", 21, "advmod", "ADV", "again"), ("now", 21, "advmod", "ADV", "now"),
    ("?", 21, "punct", "PUNCT", "?"), ("”", 21, "punct", "PUNCT", "”"),
    ("\n", 21, "dep", "SPACE", "\n"),
    ("“", 29, "punct", "PUNCT", "“"), ("I", 29, "nsubj", "PRON", "I"),
    ("am", 29, "ROOT", "AUX", "be"), ("too", 31, "advmod", "ADV", "too"),
    ("old", 29, "acomp", "ADJ", "old"), ("now", 29, "advmod", "ADV", "now"),
    (".", 29, "punct", "PUNCT", "."), ("”", 29, "punct", "PUNCT", "”"),
]
DIALOGUE_ENTS = ["O"] * 6 + ["B-PERSON"] + ["O"] * 7 + ["B-PERSON"] + ["O"] * 20


def test_dialogue_paragraphs_alternate_between_its_two_speakers():
    _, quotes = analyse_speakers(DIALOGUE, DIALOGUE_ENTS)
    assert [(content, speaker and speaker.name) for content, speaker, _ in quotes] == [
        ("Will you run ?", "Smith"), ("No", "Jones"), ("Why not run again now ?", "Smith"),
        ("I am too old now.", "Jones")]


def test_without_a_question_the_next_quote_paragraph_continues_the_last_speaker():
    rows = [r if i != 4 else (".", 3, "punct", "PUNCT", ".") for i, r in enumerate(DIALOGUE)]
    rows[24] = (".", 21, "punct", "PUNCT", ".")
    _, quotes = analyse_speakers(rows, DIALOGUE_ENTS)
    assert [speaker and speaker.name for _, speaker, _ in quotes][2:] == ["Jones", "Jones"]


def test_an_unnamed_body_is_the_one_of_that_kind_named_before():
    from dyad.nlp.actors import ActorInfo, ActorSet
    from dyad.nlp.speakers import resolve_speaker

    doc = build_doc(described([THE, ("campaign", "", "NOUN", "campaign")]), None)
    actors = ActorSet()
    named = ActorInfo(id="a1", name="Smith campaign", kind="organization", key="org:smith")
    unnamed = ActorInfo(id="a2", name="campaign", kind="organization", key="org:campaign")
    actors.actors += [named, unnamed]
    actors.add_mention(named, 0, 1)
    actors.add_mention(unnamed, 6, 8)
    actor, (s, e) = resolve_speaker(doc, actors, doc[7])
    assert (actor.name, doc[s:e].text) == ("Smith campaign", "The campaign")


def test_a_source_phrase_keeps_an_apposition_but_not_a_clause_set_off_by_commas():
    def span_of(words):
        rows = [("Trump", 5, "nsubj", "PROPN", "Trump"), (",", 0, "punct", "PUNCT", ",")]
        rows += [(w, 0 if dep in ("appos", "relcl") else h, dep, pos, w.lower())
                 for w, h, dep, pos in words]
        rows += [(",", 0, "punct", "PUNCT", ","), ("said", 5, "ROOT", "VERB", "say"),
                 ("talks", 7, "nsubj", "NOUN", "talk", "NNS"),
                 ("failed", 5, "ccomp", "VERB", "fail"), (".", 5, "punct", "PUNCT", ".")]
        _, [(_, speaker, span)] = analyse_speakers(rows, ["B-PERSON"] + ["O"] * 8)
        return speaker.name, span

    assert span_of([("who", 3, "nsubj", "PRON"), ("leads", 0, "relcl", "VERB")]) == (
        "Trump", "Trump")
    assert span_of([("the", 3, "det", "DET"), ("nominee", 0, "appos", "NOUN")]) == (
        "Trump", "Trump, the nominee")


def test_a_speaker_pronoun_carries_on_the_same_pronoun_of_the_narration_before():
    from dyad.nlp.actors import ActorInfo, ActorSet
    from dyad.nlp.speaker_pronouns import resolve_pronoun

    rows = filler([("Lee", 1, "nsubj", "PROPN", "Lee"), ("said", 1, "ROOT", "VERB", "say"),
                   (".", 1, "punct", "PUNCT", ".")])
    i = len(rows)  # "She argued and Smith erred. Talks failed, she said."
    rows += [("She", i + 1, "nsubj", "PRON", "she"), ("argued", i + 1, "ROOT", "VERB", "argue"),
             ("and", i + 1, "cc", "CCONJ", "and"), ("Smith", i + 4, "nsubj", "PROPN", "Smith"),
             ("erred", i + 1, "conj", "VERB", "err"),
             (".", i + 1, "punct", "PUNCT", ".")] + talks_failed(i + 6, "she")
    doc = build_doc(rows, None)
    actors = ActorSet()
    for k, (name, at) in enumerate([("Lee", 0), ("Smith", i + 3)]):
        a = ActorInfo(id=f"a{k + 1}", name=name, kind="person", key="person:" + name)
        actors.actors.append(a)
        actors.add_mention(a, at, at + 1)
    she = doc[i + 9]
    assert resolve_pronoun(doc, actors, she, quoted=[]).name == "Lee"
    assert resolve_pronoun(doc, actors, she, quoted=[], depth=0).name == "Smith"


def test_first_names_that_several_known_people_share_tell_a_persons_sex():
    from dyad.nlp.actors import ActorInfo
    from dyad.nlp.speaker_names import gender_of

    def person(name):
        return ActorInfo(id="a1", name=name, kind="person")

    assert gender_of(person("Nancy Ortega")) == "female"
    assert gender_of(person("John Ortega")) == "male"
    assert gender_of(person("Ortega")) is None


def genders_after_quotes(rows, ents):
    """Each person's sex once the quotes of ``rows`` are found, and who said the first one."""
    from dyad.knowledge import load_knowledge
    from dyad.nlp.actors import find_actors
    from dyad.nlp.quotes import find_quotes

    doc = build_doc(rows, ents)
    actors = find_actors(doc, load_knowledge())
    quotes = find_quotes(doc, actors)
    by_id = {a.id: a for a in actors.actors}
    return {a.name: a.gender for a in actors.actors}, by_id[quotes[0].speaker].name


def test_a_pronoun_that_could_mean_two_people_says_neither_ones_sex():
    # "Lee met Smith. He said talks failed.": he is taken to be Lee, but could be Smith
    genders, speaker = genders_after_quotes(SUBJECT_FIRST, ["B-PERSON", "O", "B-PERSON"]
                                            + ["O"] * 6)
    assert speaker == "Lee"
    assert genders == {"Lee": None, "Smith": None}


def test_a_pronoun_after_the_only_person_named_says_that_persons_sex():
    rows = [("Lee", 1, "nsubj", "PROPN", "Lee"), ("spoke", 1, "ROOT", "VERB", "speak"),
            ("in", 1, "prep", "ADP", "in"), ("Ohio", 2, "pobj", "PROPN", "Ohio"),
            *[(w, h + 1, d, p, lem, *rest) for w, h, d, p, lem, *rest in SUBJECT_FIRST[3:]]]
    genders, speaker = genders_after_quotes(rows, ["B-PERSON", "O", "O", "B-GPE"] + ["O"] * 6)
    assert (genders["Lee"], speaker) == ("male", "Lee")


def test_a_reflexive_says_the_sex_of_its_clauses_subject():
    # "Lee met Smith. Lee defended herself, she said."
    rows = [*SUBJECT_FIRST[:4],
            ("Lee", 5, "nsubj", "PROPN", "Lee"), ("defended", 9, "ccomp", "VERB", "defend"),
            ("herself", 5, "dobj", "PRON", "herself"), (",", 9, "punct", "PUNCT", ","),
            ("she", 9, "nsubj", "PRON", "she"), ("said", 9, "ROOT", "VERB", "say"),
            (".", 9, "punct", "PUNCT", ".")]
    genders, _ = genders_after_quotes(rows, ["B-PERSON", "O", "B-PERSON", "O", "B-PERSON"]
                                      + ["O"] * 6)
    assert genders == {"Lee": "female", "Smith": None}


def test_a_gendered_noun_beside_a_name_says_the_sex():
    # "Spokeswoman Lee met Smith. He said talks failed."
    rows = [("Spokeswoman", 1, "compound", "NOUN", "spokeswoman"),
            *[(w, h + 1, d, p, lem, *rest) for w, h, d, p, lem, *rest in SUBJECT_FIRST]]
    genders, _ = genders_after_quotes(rows, ["O", "B-PERSON", "O", "B-PERSON"] + ["O"] * 6)
    assert genders == {"Lee": "female", "Smith": None}


def test_a_quote_paragraph_after_a_closed_quote_is_its_speakers():
    # “We won,” Lee said. / “We will win again.”
    rows = [("“", 2, "punct", "PUNCT", "“"), ("We", 2, "nsubj", "PRON", "we"),
            ("won", 6, "ccomp", "VERB", "win"), (",", 6, "punct", "PUNCT", ","),
            ("”", 6, "punct", "PUNCT", "”"), ("Lee", 6, "nsubj", "PROPN", "Lee"),
            ("said", 6, "ROOT", "VERB", "say"), (".", 6, "punct", "PUNCT", "."),
            ("\n", 6, "dep", "SPACE", "\n"),
            ("“", 12, "punct", "PUNCT", "“"), ("We", 12, "nsubj", "PRON", "we"),
            ("will", 12, "aux", "AUX", "will"), ("win", 12, "ROOT", "VERB", "win"),
            ("again", 12, "advmod", "ADV", "again"), ("now", 12, "advmod", "ADV", "now"),
            (".", 12, "punct", "PUNCT", "."), ("”", 12, "punct", "PUNCT", "”")]
    _, quotes = analyse_speakers(rows, ["O"] * 5 + ["B-PERSON"] + ["O"] * 11)
    assert [(content, speaker and speaker.name) for content, speaker, _ in quotes] == [
        ("We won", "Lee"), ("We will win again now.", "Lee")]


def test_a_bare_surname_taken_for_a_body_is_the_person_of_that_name():
    # "Brent Bozell met Smith. Bozell said talks failed.": the tagger made "Bozell" a company
    from dyad.nlp.actors import ActorInfo, ActorSet
    from dyad.nlp.speakers import resolve_speaker

    rows = [("Brent", 1, "compound", "PROPN", "Brent"), ("Bozell", 2, "nsubj", "PROPN", "Bozell"),
            ("met", 2, "ROOT", "VERB", "meet"), ("Smith", 2, "dobj", "PROPN", "Smith"),
            (".", 2, "punct", "PUNCT", "."),
            ("Bozell", 6, "nsubj", "PROPN", "Bozell"), ("said", 6, "ROOT", "VERB", "say"),
            ("talks", 8, "nsubj", "NOUN", "talk", "NNS"), ("failed", 6, "ccomp", "VERB", "fail"),
            (".", 6, "punct", "PUNCT", ".")]
    doc = build_doc(rows, None)
    actors = ActorSet()
    for k, (name, kind, s, e) in enumerate([("Brent Bozell III", "person", 0, 2),
                                            ("Smith", "person", 3, 4),
                                            ("Bozell", "organization", 5, 6)]):
        a = ActorInfo(id=f"a{k + 1}", name=name, kind=kind, key=name)
        actors.actors.append(a)
        actors.add_mention(a, s, e)
    actor, (s, e) = resolve_speaker(doc, actors, doc[5])
    assert (actor.name, doc[s:e].text) == ("Brent Bozell III", "Bozell")
    # a name of its own ("the Heritage Foundation") is not a person's
    actors.actors[2].name = "Bozell Foundation"
    assert resolve_speaker(doc, actors, doc[5])[0].name == "Bozell Foundation"


def test_a_speaker_pronoun_takes_the_subject_of_its_own_paragraph_over_the_last_speaker():
    from dyad.nlp.actors import ActorInfo, ActorSet
    from dyad.nlp.speaker_pronouns import resolve_pronoun

    # "Lee said talks failed. / Smith left. Talks failed, he said."
    rows = [("Lee", 1, "nsubj", "PROPN", "Lee"), ("said", 1, "ROOT", "VERB", "say"),
            ("talks", 3, "nsubj", "NOUN", "talk", "NNS"), ("failed", 1, "ccomp", "VERB", "fail"),
            (".", 1, "punct", "PUNCT", "."), ("\n", 1, "dep", "SPACE", "\n"),
            ("Smith", 7, "nsubj", "PROPN", "Smith"), ("left", 7, "ROOT", "VERB", "leave"),
            (".", 7, "punct", "PUNCT", "."),
            ("Talks", 10, "nsubj", "NOUN", "talk", "NNS"), ("failed", 13, "ccomp", "VERB", "fail"),
            (",", 13, "punct", "PUNCT", ","), ("he", 13, "nsubj", "PRON", "he"),
            ("said", 13, "ROOT", "VERB", "say"), (".", 13, "punct", "PUNCT", ".")]

    def speaker(rows):
        doc = build_doc(rows, None)
        actors = ActorSet()
        for k, at in enumerate((0, 6 if len(rows) > 14 else 5)):
            a = ActorInfo(id=f"a{k + 1}", name=doc[at].text, kind="person", key=doc[at].text)
            actors.actors.append(a)
            actors.add_mention(a, at, at + 1)
        he = next(t for t in doc if t.text == "he")
        return resolve_pronoun(doc, actors, he, quoted=[]).name

    assert speaker(rows) == "Smith"
    # in one paragraph, who was just speaking speaks on
    assert speaker([(w, h - (h > 5), *rest) for k, (w, h, *rest) in enumerate(rows)
                    if k != 5]) == "Lee"


def test_a_headline_name_run_into_the_words_after_it_is_the_person_named():
    # "Clinton Wades In Urges Britain / Hillary Clinton spoke ."
    from dyad.nlp.actors import ActorInfo, ActorSet
    from dyad.nlp.speakers import resolve_speaker

    rows = [("Clinton", 1, "compound", "PROPN", "Clinton"),
            ("Wades", 3, "nsubj", "PROPN", "Wades"),
            ("In", 1, "prep", "ADP", "in"), ("Urges", 3, "ROOT", "VERB", "urge"),
            ("Britain", 3, "dobj", "PROPN", "Britain"), ("\n", 3, "dep", "SPACE", "\n"),
            ("Hillary", 7, "compound", "PROPN", "Hillary"),
            ("Clinton", 8, "nsubj", "PROPN", "Clinton"), ("spoke", 8, "ROOT", "VERB", "speak"),
            (".", 8, "punct", "PUNCT", ".")]
    doc = build_doc(rows, None)
    actors = ActorSet()
    for k, (name, s, e) in enumerate([("Clinton Wades", 0, 2), ("Hillary Clinton", 6, 8)]):
        a = ActorInfo(id=f"a{k + 1}", name=name, kind="person", key=name)
        actors.actors.append(a)
        actors.add_mention(a, s, e)
    actor, (s, e) = resolve_speaker(doc, actors, doc[1])
    assert (actor.name, doc[s:e].text) == ("Hillary Clinton", "Clinton")
    # in a sentence of running text the name is the tagger's to give
    doc = build_doc([(w.lower() if k in (2, 3) else w, *rest) for k, (w, *rest) in enumerate(rows)],
                    None)
    assert resolve_speaker(doc, actors, doc[1])[0].name == "Clinton Wades"


def test_a_name_in_apposition_to_a_subject_counts_as_the_subject():
    # "Lee met Smith. The chairman, Jones, left. Talks failed, he said."
    from dyad.nlp.actors import ActorInfo, ActorSet
    from dyad.nlp.speaker_pronouns import resolve_pronoun

    rows = [("Lee", 1, "nsubj", "PROPN", "Lee"), ("met", 1, "ROOT", "VERB", "meet"),
            ("Smith", 1, "dobj", "PROPN", "Smith"), (".", 1, "punct", "PUNCT", "."),
            ("The", 5, "det", "DET", "the"), ("chairman", 9, "nsubj", "NOUN", "chairman"),
            (",", 5, "punct", "PUNCT", ","), ("Jones", 5, "appos", "PROPN", "Jones"),
            (",", 5, "punct", "PUNCT", ","), ("left", 9, "ROOT", "VERB", "leave"),
            (".", 9, "punct", "PUNCT", "."),
            ("Talks", 12, "nsubj", "NOUN", "talk", "NNS"), ("failed", 15, "ccomp", "VERB", "fail"),
            (",", 15, "punct", "PUNCT", ","), ("he", 15, "nsubj", "PRON", "he"),
            ("said", 15, "ROOT", "VERB", "say"), (".", 15, "punct", "PUNCT", ".")]
    doc = build_doc(rows, None)
    actors = ActorSet()
    for k, at in enumerate((0, 2, 7)):
        a = ActorInfo(id=f"a{k + 1}", name=doc[at].text, kind="person", key=doc[at].text)
        actors.actors.append(a)
        actors.add_mention(a, at, at + 1)
    assert resolve_pronoun(doc, actors, doc[14], quoted=[]).name == "Jones"


def test_mrs_or_mr_before_a_shared_surname_picks_the_person_of_that_sex():
    # "Hillary Clinton left. Bill Clinton stayed. Mrs. Clinton said talks failed."
    from dyad.nlp.actors import ActorInfo, ActorSet
    from dyad.nlp.speakers import resolve_speaker

    rows = [("Hillary", 1, "compound", "PROPN", "Hillary"),
            ("Clinton", 2, "nsubj", "PROPN", "Clinton"),
            ("left", 2, "ROOT", "VERB", "leave"), (".", 2, "punct", "PUNCT", "."),
            ("Bill", 5, "compound", "PROPN", "Bill"), ("Clinton", 6, "nsubj", "PROPN", "Clinton"),
            ("stayed", 6, "ROOT", "VERB", "stay"), (".", 6, "punct", "PUNCT", "."),
            ("Mrs.", 9, "compound", "PROPN", "Mrs."), ("Clinton", 10, "nsubj", "PROPN", "Clinton"),
            ("said", 10, "ROOT", "VERB", "say"), ("talks", 12, "nsubj", "NOUN", "talk", "NNS"),
            ("failed", 10, "ccomp", "VERB", "fail"), (".", 10, "punct", "PUNCT", ".")]
    doc = build_doc(rows, None)
    actors = ActorSet()
    hillary = ActorInfo(id="a1", name="Hillary Clinton", kind="person", key="h")
    bill = ActorInfo(id="a2", name="Bill Clinton", kind="person", key="b", gender="male")
    actors.actors += [hillary, bill]
    actors.add_mention(hillary, 0, 2)
    actors.add_mention(bill, 4, 6)
    actors.add_mention(bill, 8, 10)  # the tagger put "Mrs. Clinton" with Bill
    actor, (s, e) = resolve_speaker(doc, actors, doc[9])
    assert (actor.name, doc[s:e].text) == ("Hillary Clinton", "Mrs. Clinton")


def test_whose_someone_is_does_not_make_them_the_speaker():
    # "Smith's spokesman said talks failed." is not Smith speaking
    from dyad.nlp.actors import ActorInfo, ActorSet
    from dyad.nlp.speakers import resolve_speaker

    rows = [("Smith", 2, "poss", "PROPN", "Smith"), ("'s", 0, "case", "PART", "'s"),
            ("spokesman", 3, "nsubj", "NOUN", "spokesman"), ("said", 3, "ROOT", "VERB", "say"),
            ("talks", 5, "nsubj", "NOUN", "talk", "NNS"), ("failed", 3, "ccomp", "VERB", "fail"),
            (".", 3, "punct", "PUNCT", ".")]
    doc = build_doc(rows, None)
    actors = ActorSet()
    smith = ActorInfo(id="a1", name="Smith", kind="person", key="smith")
    actors.actors.append(smith)
    actors.add_mention(smith, 0, 1)
    actor, (s, e) = resolve_speaker(doc, actors, doc[2])
    assert actor is not smith
    assert (actor.name, doc[s:e].text) == ("Smith's spokesman", "Smith's spokesman")


def test_the_last_speaker_speaks_on_only_until_a_later_paragraph_has_a_new_subject():
    from dyad.nlp.actors import ActorInfo, ActorSet
    from dyad.nlp.speaker_pronouns import resolve_pronoun

    # "Lee said talks failed. / Smith left. / Talks failed, he said."
    rows = [("Lee", 1, "nsubj", "PROPN", "Lee"), ("said", 1, "ROOT", "VERB", "say"),
            ("talks", 3, "nsubj", "NOUN", "talk", "NNS"), ("failed", 1, "ccomp", "VERB", "fail"),
            (".", 1, "punct", "PUNCT", "."), ("\n", 1, "dep", "SPACE", "\n"),
            ("Smith", 7, "nsubj", "PROPN", "Smith"), ("left", 7, "ROOT", "VERB", "leave"),
            (".", 7, "punct", "PUNCT", "."), ("\n", 7, "dep", "SPACE", "\n"),
            ("Talks", 11, "nsubj", "NOUN", "talk", "NNS"), ("failed", 14, "ccomp", "VERB", "fail"),
            (",", 14, "punct", "PUNCT", ","), ("he", 14, "nsubj", "PRON", "he"),
            ("said", 14, "ROOT", "VERB", "say"), (".", 14, "punct", "PUNCT", ".")]

    def speaker(rows, at):
        doc = build_doc(rows, None)
        actors = ActorSet()
        for k, i in enumerate(at):
            a = ActorInfo(id=f"a{k + 1}", name=doc[i].text, kind="person", key=doc[i].text)
            actors.actors.append(a)
            actors.add_mention(a, i, i + 1)
        return resolve_pronoun(doc, actors, next(t for t in doc if t.text == "he"),
                               quoted=[]).name

    assert speaker(rows, (0, 6)) == "Smith"
    # with no new paragraph between them, who was just speaking speaks on
    one = [(w, h - (h > 5) - (h > 9), *rest) for k, (w, h, *rest) in enumerate(rows)
           if k not in (5, 9)]
    assert speaker(one, (0, 5)) == "Lee"


def test_a_subject_the_parse_took_from_the_line_before_is_the_noun_of_the_verbs_line():
    # "4:40 p.m. / Rubio says talks failed.": the parse made "p.m." the subject of "says"
    rows = [("4:40", 1, "nummod", "NUM", "4:40"), ("p.m.", 4, "nsubj", "NOUN", "p.m."),
            ("\n", 1, "dep", "SPACE", "\n"), ("Rubio", 4, "npadvmod", "PROPN", "Rubio"),
            ("says", 4, "ROOT", "VERB", "say"), ("talks", 6, "nsubj", "NOUN", "talk", "NNS"),
            ("failed", 4, "ccomp", "VERB", "fail"), (".", 4, "punct", "PUNCT", ".")]
    _, [(_, speaker, span)] = analyse_speakers(rows, ["O"] * 3 + ["B-PERSON"] + ["O"] * 4)
    assert (speaker.name, span) == ("Rubio", "Rubio")


def test_a_bare_surname_a_family_shares_is_the_one_named_first():
    # "Carly Fiorina met Frank Fiorina. Fiorina said talks failed.": the tagger made the
    # second "Fiorina" a company; the surname alone is whom the story is about
    from dyad.nlp.actors import ActorInfo, ActorSet
    from dyad.nlp.speakers import resolve_speaker

    rows = [("Carly", 1, "compound", "PROPN", "Carly"), ("Fiorina", 2, "nsubj", "PROPN", "Fiorina"),
            ("met", 2, "ROOT", "VERB", "meet"), ("Frank", 4, "compound", "PROPN", "Frank"),
            ("Fiorina", 2, "dobj", "PROPN", "Fiorina"), (".", 2, "punct", "PUNCT", "."),
            ("Fiorina", 7, "nsubj", "PROPN", "Fiorina"), ("said", 7, "ROOT", "VERB", "say"),
            ("talks", 9, "nsubj", "NOUN", "talk", "NNS"), ("failed", 7, "ccomp", "VERB", "fail"),
            (".", 7, "punct", "PUNCT", ".")]
    doc = build_doc(rows, None)
    actors = ActorSet()
    for k, (name, kind, s, e) in enumerate([("Carly Fiorina", "person", 0, 2),
                                            ("Frank Fiorina", "person", 3, 5),
                                            ("Fiorina", "organization", 6, 7)]):
        a = ActorInfo(id=f"a{k + 1}", name=name, kind=kind, key=name)
        actors.actors.append(a)
        actors.add_mention(a, s, e)
    assert resolve_speaker(doc, actors, doc[6])[0].name == "Carly Fiorina"


@pytest.mark.slow
def test_a_described_speaker_is_coded_from_its_title_and_whose_it_is():
    import dyad

    rec = dyad.analyze("The government's spokesman said the army would withdraw.")
    speaker = rec.actor(rec.quotes[0].speaker)
    body = next(a for a in rec.actors if a.name == "government")
    assert (speaker.kind, speaker.role, speaker.affiliation) == ("person", "spokesman", body.id)
    assert speaker.sector[0] == "GOV"
    rec = dyad.analyze("Putin's spokesman said the meeting went well.")
    speaker = rec.actor(rec.quotes[0].speaker)
    assert (speaker.name, speaker.country, speaker.code) == ("Putin's spokesman", "RUS", "RUSGOV")
    rec = dyad.analyze("Her husband said the talks had failed.")
    assert rec.actor(rec.quotes[0].speaker).country is None  # a relation, not an office


def test_an_office_held_of_somewhere_is_held_for_the_descriptor_of_the_office():
    # "Governor of New Jersey" Jones is a governor too: not Smith, the subject, as whom the
    # text was about with no governor named
    rows = described([THE, ("governor", "", "NOUN", "governor")])
    people = [("Smith", 0, "mayor", None), ("Jones", 2, "governor of new jersey", None),
              ("Brown", 4, "senator", None)]
    assert descriptor_speaker(rows, people) == ("Jones", "The governor")


def test_a_title_made_an_actor_of_its_own_is_who_the_same_words_named_before():
    from dyad.nlp.actors import ActorInfo, ActorSet
    from dyad.nlp.speakers import resolve_speaker

    rows = [("Brown", 5, "nsubj", "PROPN", "Brown"), (",", 0, "punct", "PUNCT", ","),
            ("the", 3, "det", "DET", "the"), ("nominee", 0, "appos", "NOUN", "nominee", "NN"),
            (",", 0, "punct", "PUNCT", ","), ("met", 5, "ROOT", "VERB", "meet"),
            ("voters", 5, "dobj", "NOUN", "voter", "NNS"), (".", 5, "punct", "PUNCT", "."),
            ("Smith", 9, "nsubj", "PROPN", "Smith"), ("spoke", 9, "ROOT", "VERB", "speak"),
            (".", 9, "punct", "PUNCT", "."), ("The", 12, "det", "DET", "the"),
            ("nominee", 13, "nsubj", "NOUN", "nominee", "NN"), ("said", 13, "ROOT", "VERB", "say"),
            ("talks", 15, "nsubj", "NOUN", "talk", "NNS"), ("failed", 13, "ccomp", "VERB", "fail"),
            (".", 13, "punct", "PUNCT", ".")]
    doc = build_doc(rows, ["O"] * len(rows))
    actors = ActorSet()
    for n, (name, spans) in enumerate([("Brown", [(0, 1), (2, 4)]), ("Smith", [(8, 9)]),
                                       ("nominee", [(11, 13)])], 1):
        a = ActorInfo(id=f"a{n}", name=name, kind="person", key="person:" + name)
        actors.actors.append(a)
        for s, e in spans:
            actors.add_mention(a, s, e)
    actor, span = resolve_speaker(doc, actors, doc[12])
    assert (actor.name, span) == ("Brown", (11, 13))  # not Smith, just spoken of


def test_an_indefinite_title_made_an_actor_of_its_own_is_someone_new():
    from dyad.nlp.actors import ActorInfo, ActorSet
    from dyad.nlp.speakers import resolve_speaker

    rows = described([("A", "det", "DET", "a"), ("governor", "", "NOUN", "governor")])
    doc = build_doc(rows, ["O"] * len(rows))
    actors = ActorSet()
    smith = ActorInfo(id="a1", name="Smith", kind="person", role="governor", key="person:Smith")
    new = ActorInfo(id="a2", name="governor", kind="person", role="governor", key="title:a gov")
    actors.actors += [smith, new]
    actors.add_mention(smith, 0, 1)
    actors.add_mention(new, 6, 8)
    assert resolve_speaker(doc, actors, doc[7])[0] is new


def test_a_place_in_a_descriptor_is_the_one_named_beside_that_holder_of_the_role():
    rows = [("Florida", 2, "compound", "PROPN", "Florida"), ("Sen.", 2, "compound", "PROPN", "Sen."),
            ("Smith", 3, "nsubj", "PROPN", "Smith"), ("met", 3, "ROOT", "VERB", "meet"),
            ("Jones", 3, "dobj", "PROPN", "Jones"), ("and", 4, "cc", "CCONJ", "and"),
            ("Brown", 4, "conj", "PROPN", "Brown"), (".", 3, "punct", "PUNCT", "."),
            ("The", 10, "det", "DET", "the"), ("Florida", 10, "compound", "PROPN", "Florida"),
            ("senator", 11, "nsubj", "NOUN", "senator"), ("said", 11, "ROOT", "VERB", "say"),
            ("talks", 13, "nsubj", "NOUN", "talk", "NNS"), ("failed", 11, "ccomp", "VERB", "fail"),
            (".", 11, "punct", "PUNCT", ".")]
    people = [("Smith", 2, "senator", None), ("Jones", 4, "senator", None),
              ("Brown", 6, None, None)]
    assert descriptor_speaker(rows, people) == ("Smith", "The Florida senator")  # not Jones
