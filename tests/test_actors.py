"""Actor finding, merging and coding on hand-built Docs with the built-in dictionary."""

from conftest import build_doc

from dyad.knowledge import load_knowledge
from dyad.nlp.actors import find_actors

KIRBY = [
    ("State", 1, "compound", "PROPN", "State", "NNP"),
    ("Department", 2, "compound", "PROPN", "Department", "NNP"),
    ("spokesman", 4, "compound", "NOUN", "spokesman", "NN"),
    ("John", 4, "compound", "PROPN", "John", "NNP"),
    ("Kirby", 5, "nsubj", "PROPN", "Kirby", "NNP"),
    ("said", 5, "ROOT", "VERB", "say", "VBD"),
    ("Russian", 7, "amod", "ADJ", "russian", "JJ"),
    ("officials", 8, "nsubj", "NOUN", "official", "NNS"),
    ("left", 5, "ccomp", "VERB", "leave", "VBD"),
    (".", 5, "punct", "PUNCT", ".", "."),
    ("Kirby", 11, "nsubj", "PROPN", "Kirby", "NNP"),
    ("smiled", 11, "ROOT", "VERB", "smile", "VBD"),
    (".", 11, "punct", "PUNCT", ".", "."),
]
KIRBY_ENTS = ["B-ORG", "I-ORG", "O", "B-PERSON", "I-PERSON", "O", "B-NORP", "O", "O", "O",
              "B-PERSON", "O", "O"]


def by_name(actors):
    return {a.name: a for a in actors.actors}


def test_title_gives_role_country_affiliation_and_surname_merges():
    doc = build_doc(KIRBY, KIRBY_ENTS)
    actors = by_name(find_actors(doc, load_knowledge()))
    kirby, state = actors["John Kirby"], actors["State Department"]
    assert (kirby.country, kirby.role, kirby.affiliation) == ("USA", "spokesman", state.id)
    assert "GOV" in kirby.sector and kirby.code == "USAGOV"
    assert kirby.mentions == [(3, 5), (10, 11)]  # "Kirby" alone is the same person
    assert (state.kind, state.code) == ("organization", "USAGOV")


def test_unnamed_collective_is_a_coded_group():
    doc = build_doc(KIRBY, KIRBY_ENTS)
    actors = by_name(find_actors(doc, load_knowledge()))
    group = actors["Russian officials"]
    assert (group.kind, group.country, group.sector) == ("group", "RUS", ["GOV"])
    assert actors["Russia"].id == group.affiliation


MILITIAS = [
    ("Iranian", 2, "npadvmod", "ADJ", "iranian", "JJ"), ("-", 2, "punct", "PUNCT", "-", "HYPH"),
    ("backed", 4, "amod", "VERB", "back", "VBN"), ("Shiite", 4, "amod", "ADJ", "shiite", "JJ"),
    ("militias", 5, "nsubj", "NOUN", "militia", "NNS"), ("fought", 5, "ROOT", "VERB", "fight", "VBD"),
    ("in", 5, "prep", "ADP", "in", "IN"), ("Moscow", 6, "pobj", "PROPN", "Moscow", "NNP"),
    (".", 5, "punct", "PUNCT", ".", "."),
]


def test_backed_by_is_affiliation_not_nationality_and_capital_is_no_actor_in_a_place():
    doc = build_doc(MILITIAS, ["B-NORP", "O", "O", "B-NORP", "O", "O", "O", "B-GPE", "O"])
    actors = by_name(find_actors(doc, load_knowledge()))
    militias = actors["Iranian-backed Shiite militias"]
    assert militias.kind == "group" and militias.country is None
    assert militias.affiliation == actors["Iran"].id
    assert "REB" in militias.sector
    assert "Russia" not in actors  # "in Moscow" is a place, not Russia acting


METONYM = [
    ("Moscow", 1, "nsubj", "PROPN", "Moscow", "NNP"), ("said", 1, "ROOT", "VERB", "say", "VBD"),
    ("no", 1, "dobj", "INTJ", "no", "UH"), (".", 1, "punct", "PUNCT", ".", "."),
]


def test_capital_as_subject_is_its_government():
    doc = build_doc(METONYM, ["B-GPE", "O", "O", "O"])
    actors = by_name(find_actors(doc, load_knowledge()))
    assert actors["Russia"].mentions == [(0, 1)]


def test_user_file_wins_over_builtin(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text("actors:\n  - name: State Department\n    kind: organization\n"
                 "    country: GBR\n    sector: [GOV]\n")
    kb = load_knowledge((str(f),))
    assert kb.entry("State Department").country == "GBR"
    assert load_knowledge().entry("State Department").country == "USA"


def test_dated_entries_follow_publication_date(tmp_path):
    f = tmp_path / "dated.yaml"
    f.write_text(
        "- {name: Pat Doe, kind: person, country: USA, sector: [GOV], role: president,"
        " start: 2001-01-20, end: 2009-01-20}\n"
        "- {name: Pat Doe, kind: person, country: USA, sector: [BUS], role: executive,"
        " start: 2009-01-21}\n")
    kb = load_knowledge((str(f),))
    assert kb.entry("Pat Doe", "2005-06-01").role == "president"
    assert kb.entry("Pat Doe", "2012-06-01").role == "executive"
