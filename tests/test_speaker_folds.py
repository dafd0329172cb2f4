"""Descriptions folded into the named actor a speaker's resolution found they describe."""

from dyad.nlp.actors import ActorSet
from dyad.nlp.reported import QuoteInfo
from dyad.nlp.speaker_folds import fold_descriptions


def _actors(*specs):
    out = ActorSet()
    for n, (name, kind, mentions) in enumerate(specs, 1):
        a = out.new(name=name, kind=kind, key=name.lower())
        for s, e in mentions:
            out.add_mention(a, s, e)
    return out


def test_a_description_resolved_to_a_name_is_that_persons_mention_only():
    # "Kim Collins won. … The world champion said: “…”" — the actors made "world champion" a
    # person of its own; the speaker's resolution gave its words to Kim Collins too
    actors = _actors(("Kim Collins", "person", [(0, 2)]), ("world champion", "person", [(8, 11)]))
    kim, champ = actors.actors
    actors.add_mention(kim, 8, 11)
    q = QuoteInfo(start=0, end=1, kind="direct", speaker=champ.id)
    fold_descriptions(actors, [q])
    assert champ.mentions == [] and kim.mentions == [(0, 2), (8, 11)]
    assert q.speaker == kim.id and actors.by_token[9] == kim.id


def test_a_description_keeps_the_mentions_no_name_took():
    actors = _actors(("Kim Collins", "person", [(0, 2)]),
                     ("world champion", "person", [(8, 11), (20, 23)]))
    kim, champ = actors.actors
    actors.add_mention(kim, 8, 11)
    q = QuoteInfo(start=0, end=1, kind="direct", speaker=champ.id)
    fold_descriptions(actors, [q])
    assert champ.mentions == [(20, 23)] and q.speaker == champ.id


def test_words_two_names_were_given_stay_the_descriptions():
    # "the first minister" resolved once to one holder and once to another: unsure whom
    actors = _actors(("Jack McConnell", "person", [(0, 2)]), ("Nicola Sturgeon", "person", [(3, 5)]),
                     ("first minister", "person", [(8, 10)]))
    jack, nicola, fm = actors.actors
    actors.add_mention(jack, 8, 10)
    actors.add_mention(nicola, 8, 10)
    fold_descriptions(actors, [])
    assert fm.mentions == [(8, 10)]


def test_a_named_actor_keeps_a_mention_it_shares():
    # only a nameless actor gives its words up
    actors = _actors(("Acme", "organization", [(0, 1), (5, 6)]), ("Ann Lee", "person", [(5, 6)]))
    acme, lee = actors.actors
    fold_descriptions(actors, [])
    assert acme.mentions == [(0, 1), (5, 6)] and lee.mentions == [(5, 6)]


def test_a_new_actor_takes_no_id_of_one_read_back():
    # a folded description has no mention, so the actors read back by the next component lack
    # its id: a new actor there must not take the id of one that is still there
    from dyad.nlp.actors import ActorInfo

    actors = ActorSet()
    for aid in ("a1", "a3"):  # a2 was folded
        actors.actors.append(ActorInfo(id=aid, name=aid, kind="person"))
    a = actors.new(name="trust", kind="other")
    assert a.id not in ("a1", "a3") and actors.get("a3").name == "a3"
