"""Where a state body acts: the country of the place its sentence says it acts in.

A body the dictionary gives one country's name to ("the Foreign Office" the United Kingdom's)
is another country's where the sentence has it act in that country: "The Foreign Office during
a weekly briefing in Islamabad welcomed…" is Pakistan's, "The Supreme Court in Manila ruled…"
the Philippines'. The place counts only where it says where the body itself is or acts: an "in"
or "at" phrase on the body, or on the verb it is the subject of, directly or through a chain
of prepositional phrases ("during a briefing in Islamabad"); not a place inside what it acts on
("condemned the attack in Kabul") or inside another clause ("offered to mediate in Kashmir").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# Prepositions whose object is where someone is or acts.
VENUE_PREPS = {"in", "at"}
# Prepositions that chain a noun to the verb without making it what is acted on ("during a
# briefing in Islamabad", "at a news conference in Kabul").
CHAIN_PREPS = {"in", "at", "during", "after", "before", "on", "from"}
# Sectors of a state's own bodies, which sit in their state.
STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP", "MIL", "SPY"})
# How many prepositional phrases may lie between the verb and the place.
MAX_CHAIN = 3


def _chained_to(place: Token, top: Token) -> bool:
    """Whether ``place`` hangs from ``top`` through "in"/"at" and prepositional phrases only."""
    t = place
    if t.dep_ != "pobj" or t.head.lower_ not in VENUE_PREPS:
        return False
    for _ in range(MAX_CHAIN):
        prep = t.head
        if prep.head.i == top.i:
            return True
        noun = prep.head
        if noun.dep_ != "pobj" or noun.head.lower_ not in CHAIN_PREPS or noun.pos_ not in (
                "NOUN", "PROPN"):
            return False
        t = noun
    return False


def _places(top: Token, skip: set[int]) -> list[Token]:
    """The last word of each place name hung in a prepositional chain from ``top``."""
    out = []
    for w in top.subtree:
        if w.i in skip or w.ent_type_ not in ("GPE", "LOC") or (
                w.i + 1 < len(w.doc) and w.doc[w.i + 1].ent_iob_ == "I"):
            continue
        head = w
        while head.dep_ == "compound" and head.head.ent_type_ == w.ent_type_:
            head = head.head
        if _chained_to(head, top):
            out.append(w)
    return out


def venue_country(reader, span: Span, own: str | None) -> str | None:
    """The one country other than ``own`` that the places where the body at ``span`` acts lie
    in; None where there is no such place, or places of several countries."""
    root = span.root
    skip = {w.i for w in span}
    tops = [root]
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ in ("VERB", "AUX"):
        tops.append(root.head)
        skip |= {w.i for w in root.subtree}
    found: set[str] = set()
    for top in tops:
        for w in _places(top, skip if top.i != root.i else {w.i for w in span}):
            start = w.i
            while start > 0 and w.doc[start].ent_iob_ == "I":
                start -= 1
            name = w.doc[start:w.i + 1].text
            kb = reader.kb
            iso3 = kb.country_names.get(name) or kb.capitals.get(name) or (
                reader._place_country_named(name))
            if iso3:
                found.add(iso3)
    others = found - {own}
    return next(iter(others)) if len(found) == 1 and others else None
