"""Members, aides and negotiators of a body the words name have the body's sector first."""

import pytest
from conftest import build_doc

from dyad.knowledge import load_knowledge
from dyad.nlp.actors import find_actors


@pytest.mark.parametrize("body,lemma,noun,noun_lemma,sector", [
    ("Military", "military", "officials", "official", "MIL"),
    ("Congressional", "congressional", "aides", "aide", "LEG"),
    ("Church", "church", "leaders", "leader", "REL"),
    ("Parliamentary", "parliamentary", "negotiators", "negotiator", "LEG"),
    ("Jewish", "jewish", "leaders", "leader", "REL"),
])
def test_members_of_a_body_named_by_a_role_word_take_its_sector(body, lemma, noun, noun_lemma,
                                                                 sector):
    rows = [(body, 1, "amod", "ADJ", lemma, "JJ"), (noun, 2, "nsubj", "NOUN", noun_lemma, "NNS"),
            ("objected", 2, "ROOT", "VERB", "object", "VBD"), (".", 2, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["O"] * 4)
    group = find_actors(doc, load_knowledge()).actors[0]
    assert (group.name, group.kind, group.sector[0]) == (f"{body} {noun}", "group", sector)


def test_a_state_request_is_its_governments_and_a_congressional_one_the_legislatures():
    from dyad.nlp.thing_actors import load_means

    means = load_means()
    assert means["proposal"] == means["request"] == means["resolution"] == "GOV"
    assert load_knowledge().roles["congressional"].sector == ("LEG",)
