"""Actors written to a Doc by one component read back alike by the next."""

from __future__ import annotations

from conftest import actor_set, build_doc

from dyad.nlp.components import read_actors, write_actors


def test_actors_read_back_as_written():
    doc = build_doc([("Ana", 1, "nsubj", "PROPN", "Ana"), ("met", 1, "ROOT", "VERB", "meet"),
                     ("Oslo", 1, "dobj", "PROPN", "Oslo"), ("and", 2, "cc", "CCONJ", "and"),
                     ("Ana", 2, "conj", "PROPN", "Ana"), (".", 1, "punct", "PUNCT", ".")])
    actors = actor_set(doc, (0, 1, "Ana Lima", "person"), (2, 3, "Norway", "country"))
    actors.add_mention(actors.actors[0], 4, 5)
    actors.actors[1].country, actors.actors[1].sector = "NOR", ["GOV"]
    write_actors(doc, actors)
    back = read_actors(doc)
    assert [(a.id, a.name, a.kind, a.country, a.sector, a.mentions) for a in back.actors] == [
        (a.id, a.name, a.kind, a.country, a.sector, a.mentions) for a in actors.actors]
    assert back.at(doc[4]) is back.actors[0]
