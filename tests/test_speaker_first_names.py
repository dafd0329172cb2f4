"""Speakers by a given name or a surname the tagger put with something else (hand-built Docs, no
model): a one-word name after the full one, a title and name tagged a body, and a given name the
tagger tagged a body elsewhere."""

from conftest import actor_set, build_doc


def _says(name):
    """'“Prices rose,” <name> continues.' with the name at token 4."""
    return [("“", 2, "punct", "PUNCT", "“"), ("Prices", 2, "nsubj", "NOUN", "price", "NNS"),
            ("rose", 5, "ccomp", "VERB", "rise", "VBD"), (",", 5, "punct", "PUNCT", ","),
            (name, 5, "nsubj", "PROPN", name, "NNP"),
            ("continues", 5, "ROOT", "VERB", "continue", "VBZ"), (".", 5, "punct", "PUNCT", ".")]


def _lead(words, verb_at):
    """A sentence '<words> left.' whose last word heads the name, from token 0."""
    n = len(words)
    rows = [(w, n - 1, "compound", "PROPN", w, "NNP") for w in words[:-1]]
    rows += [(words[-1], verb_at, "nsubj", "PROPN", words[-1], "NNP"),
             ("left", verb_at, "ROOT", "VERB", "leave", "VBD"), (".", verb_at, "punct", "PUNCT", ".")]
    return rows


def _named(doc, i):
    """Conrad Rijnhout named in full (a person the tagger found), and "Conrad" at ``i``."""
    actors = actor_set(doc, (0, 2, "Conrad Rijnhout", "person"), (i, i + 1, "Conrad", "other"))
    actors.actors[0].key = "person:Conrad Rijnhout"
    return actors


def _person(doc, s, e, name, n):
    a = actor_set(doc, (s, e, name, "person")).actors[0]
    a.id, a.key = f"a{n}", "person:" + name
    return a


def _doc_after(words):
    rows = _lead(words, len(words))
    k = len(rows)
    rows += [(t, h + k, *rest) for t, h, *rest in _says(words[0] if words[0] in ("Conrad", "Cliff") else words[-1])]
    return build_doc(rows), k + 4


def test_a_given_name_alone_is_the_one_person_named_in_full_by_it():
    from dyad.nlp.speaker_names import person_by_surname

    doc, i = _doc_after(["Conrad", "Rijnhout"])
    actors = _named(doc, i)
    assert person_by_surname(actors, doc[i], actors.at(doc[i])).name == "Conrad Rijnhout"
    # two people of that given name: which one it is the text does not say
    actors = _named(doc, i)
    actors.actors.append(_person(doc, 0, 1, "Conrad Blom", 9))
    assert person_by_surname(actors, doc[i], actors.at(doc[i])) is None
    # a person the speakers made of a description ("an Iowa Democrat") bears no given name
    actors = _named(doc, i)
    actors.actors[0].key = "speaker:conrad rijnhout"
    assert person_by_surname(actors, doc[i], actors.at(doc[i])) is None


def test_a_word_someone_bears_as_a_surname_is_no_given_name_of_another():
    from dyad.nlp.speaker_names import person_by_surname

    doc, i = _doc_after(["Conrad", "Rijnhout"])
    actors = _named(doc, i)
    actors.actors.append(_person(doc, 1, 2, "Joseph Conrad", 9))
    # the surname alone is Joseph Conrad's, as before
    assert person_by_surname(actors, doc[i], actors.at(doc[i])).name == "Joseph Conrad"


def test_a_title_and_name_tagged_a_body_is_the_person_its_surname_stands_for():
    from dyad.nlp.speaker_names import person_by_surname

    doc, i = _doc_after(["Ontario", "Premier", "Brian", "Wexford"])
    actors = actor_set(doc, (0, 4, "Ontario Premier Brian Wexford", "organization"),
                       (i, i + 1, "Wexford", "other"))
    a = person_by_surname(actors, doc[i], actors.at(doc[i]))
    assert (a.id, a.kind, a.name, a.role) == ("a1", "person", "Brian Wexford", "premier")
    # a title that says the person's sex: "Spokeswoman Lena Okafor" is no "he"
    doc, i = _doc_after(["Spokeswoman", "Lena", "Okafor"])
    actors = actor_set(doc, (0, 3, "Spokeswoman Lena Okafor", "organization"),
                       (i, i + 1, "Okafor", "other"))
    a = person_by_surname(actors, doc[i], actors.at(doc[i]))
    assert (a.kind, a.name, a.gender) == ("person", "Lena Okafor", "female")


def test_a_body_whose_name_ends_on_a_name_with_no_title_stays_a_body():
    from dyad.nlp.speaker_names import person_by_surname

    doc, i = _doc_after(["Ontario", "Bank", "Brian", "Wexford"])
    actors = actor_set(doc, (0, 4, "Ontario Bank Brian Wexford", "organization"),
                       (i, i + 1, "Wexford", "other"))
    assert person_by_surname(actors, doc[i], actors.at(doc[i])) is None
    assert actors.actors[0].kind == "organization"


def test_a_given_name_the_tagger_tagged_a_body_elsewhere_is_still_a_bare_name_that_speaks():
    from dyad.nlp.speaker_kinds import bare_name

    # "Amber left. “Prices rose,” Amber says." with the first "Amber" tagged an organisation
    for name, expected in (("Amber", True), ("Sophos", False)):
        rows = _lead([name], 1)
        rows += [(t, h + 3, *rest) for t, h, *rest in _says(name)]
        rows[8] = (rows[8][0], 8, "ROOT", "VERB", "say", "VBZ")
        rows[7] = (name, 8, "nsubj", "PROPN", name, "NNP")
        doc = build_doc(rows, ["B-ORG"] + ["O"] * (len(rows) - 1))
        assert bare_name(doc, doc[7], 7, 8) is expected, name



def test_a_title_and_full_name_that_says_something_is_a_person_before_the_quotations():
    from dyad.nlp.actors import ActorSet
    from dyad.nlp.speakers import named_speaker

    # "Fire Marshal Doug Logan said it burned." (the tagger found no one)
    rows = [("Fire", 3, "compound", "PROPN", "Fire", "NNP"),
            ("Marshal", 3, "compound", "PROPN", "Marshal", "NNP"),
            ("Doug", 3, "compound", "PROPN", "Doug", "NNP"),
            ("Logan", 4, "nsubj", "PROPN", "Logan", "NNP"),
            ("said", 4, "ROOT", "VERB", "say", "VBD"), ("it", 6, "nsubj", "PRON", "it", "PRP"),
            ("burned", 4, "ccomp", "VERB", "burn", "VBD"), (".", 4, "punct", "PUNCT", ".")]
    doc = build_doc(rows, ["B-FAC"] * 3 + ["O"] * 5)
    actors = ActorSet()
    named_speaker(doc, actors, doc[3], [])
    assert [(a.kind, a.name) for a in actors.actors] == [("person", "Doug Logan")]
    # a title alone before a surname is a name the tagger has to find ("Fire Marshal Logan")
    from dyad.nlp.speaker_names import titled_name

    assert titled_name(["Fire", "Marshal", "Logan"]) is None
    assert titled_name(["Granville", "County", "Fire", "Marshal", "Doug", "Logan"]) == 4
    assert titled_name(["Terror", "Suspect", "Named", "By", "Police"]) is None  # a headline


def test_a_surname_joins_a_full_name_the_tagger_made_a_body_when_it_opens_on_a_given_name():
    from dyad.nlp.speaker_names import person_by_surname

    doc, i = _doc_after(["Tanya", "Rodriguez", "Ski"])
    actors = actor_set(doc, (0, 3, "Tanya Rodriguez Ski", "organization"), (i, i + 1, "Ski", "other"))
    a = person_by_surname(actors, doc[i], actors.at(doc[i]))
    assert (a.id, a.kind, a.name) == ("a1", "person", "Tanya Rodriguez Ski")
    # no given name, a body the dictionary knows by the name, or a firm named after its
    # founder: the body
    for name in (["Goldman", "Sachs", "Group"], ["Morgan", "Stanley", "Chase"],
                 ["Charles", "Schwab"]):
        doc, i = _doc_after(name)
        actors = actor_set(doc, (0, len(name), " ".join(name), "organization"),
                           (i, i + 1, name[-1], "other"))
        assert person_by_surname(actors, doc[i], actors.at(doc[i])) is None, name


def test_a_given_name_the_tagger_left_out_of_the_persons_name_is_still_theirs():
    from dyad.nlp.speaker_names import person_by_surname

    # "Cliff Mycoskie left. “Prices rose,” Cliff continues." with only "Mycoskie" the person
    doc, i = _doc_after(["Cliff", "Mycoskie"])
    actors = actor_set(doc, (1, 2, "Mycoskie", "person"), (i, i + 1, "Cliff", "other"))
    actors.actors[0].key = "person:Mycoskie"
    assert person_by_surname(actors, doc[i], actors.at(doc[i])).name == "Mycoskie"


def test_a_word_used_before_the_person_is_named_is_not_their_given_name():
    from dyad.nlp.speaker_names import person_by_surname, titled_name

    # "Ebola left. Ebola Reston left. “Prices rose,” Ebola continues."
    rows = _lead(["Ebola"], 1)
    rows += [(t, h + 3, *rest) for t, h, *rest in _lead(["Ebola", "Reston"], 2)]
    rows += [(t, h + 6, *rest) for t, h, *rest in _says("Ebola")]
    doc = build_doc(rows)
    actors = actor_set(doc, (3, 5, "Ebola Reston", "person"), (10, 11, "Ebola", "other"))
    actors.actors[0].key = "person:Ebola Reston"
    assert person_by_surname(actors, doc[10], actors.at(doc[10])) is None
    # nor is a body's common word after a word that can be a title a person's name
    assert titled_name(["Box", "Elder", "School", "District"]) is None
    assert titled_name(["Fire", "Chief", "L.", "Myers"]) == 2
