"""A group's role word before a noun makes a group only where that noun names people or a body
("refugee communities"), not where it says what a thing is about ("press release")."""

import pytest
from conftest import build_doc

from dyad.knowledge import load_knowledge
from dyad.nlp.actor_groups import group_heads
from dyad.nlp.actors import find_actors


def _groups(mod, mod_lemma, noun, noun_lemma, tag):
    rows = [("The", 2, "det", "DET", "the", "DT"), (mod, 2, "compound", "NOUN", mod_lemma, "NN"),
            (noun, 3, "nsubj", "NOUN", noun_lemma, tag),
            ("mattered", 3, "ROOT", "VERB", "matter", "VBD"), (".", 3, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["O"] * 5)
    return [a.name for a in find_actors(doc, load_knowledge()).actors if a.kind == "group"]


@pytest.mark.parametrize("mod,mod_lemma,noun,noun_lemma,tag", [
    ("press", "press", "release", "release", "NN"),
    ("voter", "voter", "turnout", "turnout", "NN"),
    ("rebel", "rebel", "control", "control", "NN"),
    ("terrorist", "terrorist", "attacks", "attack", "NNS"),
])
def test_a_role_word_before_a_thing_makes_no_group(mod, mod_lemma, noun, noun_lemma, tag):
    assert _groups(mod, mod_lemma, noun, noun_lemma, tag) == []


@pytest.mark.parametrize("mod,mod_lemma,noun,noun_lemma,tag", [
    ("refugee", "refugee", "communities", "community", "NNS"),
    ("media", "media", "outlets", "outlet", "NNS"),
    ("terrorist", "terrorist", "cells", "cell", "NNS"),
])
def test_a_role_word_before_people_or_a_body_makes_a_group(mod, mod_lemma, noun, noun_lemma, tag):
    assert _groups(mod, mod_lemma, noun, noun_lemma, tag) == [f"{mod} {noun}"]


def test_the_group_heads_are_no_roles_and_name_no_things():
    heads = group_heads()
    assert {"community", "figure", "outlet"} <= heads
    assert not heads & {"release", "turnout", "attack", "support", "conference", "camp"}
