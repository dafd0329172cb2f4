"""Descriptions folded into whom they describe.

The actor finder makes an actor of its own of a description it cannot name ("the double
Olympic champion", "the 28-year-old", "the Chelsea boss", "the party"). Where a speaker's
resolution found that the description stands for someone the text names, it gave that
mention to them too (``dyad.nlp.speakers.resolve_speaker``): the same words were then two
actors, the person and a nameless double. The mention is the named actor's alone; a
description left with no mention of its own is no actor, and whatever quote it spoke is the
named actor's.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from dyad.nlp.actors import ActorInfo, ActorSet
from dyad.nlp.descriptors import nameless

if TYPE_CHECKING:
    from dyad.nlp.quotes import QuoteInfo


def fold_descriptions(actors: ActorSet, quotes: Iterable[QuoteInfo]) -> None:
    """Take from each nameless actor the mentions that exactly one named actor also holds;
    quotes whose speaker or addressee was a description left with no mention take that
    named actor."""
    holders: dict[tuple[int, int], list[ActorInfo]] = {}
    for a in actors.actors:
        for m in a.mentions:
            holders.setdefault(m, []).append(a)
    folded: dict[str, str] = {}
    for d in actors.actors:
        if not d.mentions or not nameless(d):
            continue
        into = None
        for m in list(d.mentions):
            named = [p for p in holders[m] if p is not d and not nameless(p)]
            # (two named actors given the same words leave it unsure whom they describe)
            if len(named) == 1:
                d.mentions.remove(m)
                into = named[0]
        if not d.mentions and into is not None:
            folded[d.id] = into.id
    if not folded:
        return
    for i, aid in list(actors.by_token.items()):
        if aid in folded:
            actors.by_token[i] = folded[aid]
    for q in quotes:
        q.speaker = folded.get(q.speaker, q.speaker)
        q.addressee = folded.get(q.addressee, q.addressee)
