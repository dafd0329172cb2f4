"""Owners named by a pronoun: "its armed forces", "their leaders", "his spokesman". Such a phrase
belongs to whom the pronoun stands for, which a news sentence names before it ("the Syrian
government does not withdraw its armed forces", "Kenyan President Uhuru Kenyatta ..., his
spokesman said"); the phrase takes that actor's country where nothing else placed it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

if TYPE_CHECKING:
    from dyad.nlp.actors import ActorInfo, ActorSet

# The kinds of actor each possessive pronoun may stand for.
OWNER_KINDS = {"its": ("organization", "country"),
               "their": ("organization", "country", "group"),
               "his": ("person",), "her": ("person",)}
OWNED_KINDS = ("person", "group", "organization")


def owner_pronoun(a: ActorInfo, doc: Doc) -> Token | None:
    """The possessive pronoun that opens one of the actor's mentions or owns its head, if any."""
    for s, e in a.mentions:
        before = doc[s - 1] if s > 0 else None
        if before is not None and before.lower_ in OWNER_KINDS and before.tag_ == "PRP$":
            return before
        if doc[s].lower_ in OWNER_KINDS and doc[s].tag_ == "PRP$" and e - s > 1:
            return doc[s]
    return None


def owner_of(pronoun: Token, out: ActorSet, doc: Doc) -> ActorInfo | None:
    """Whom a possessive pronoun stands for: the subject of the nearest clause above it that
    has one before it of a fitting kind ("Ethiopia's government rejected accusations by the US
    that its military ..." is Ethiopia's), else the last actor of a fitting kind that the
    sentence names before it ("the Syrian army or its allied forces")."""
    kinds = OWNER_KINDS[pronoun.lower_]
    owned = out.at(pronoun.head)

    def fits(other: ActorInfo | None) -> bool:
        if other is None or other.kind not in kinds or other is owned:
            return False
        return not (other.kind == "person" and other.gender and other.gender != (
            "female" if pronoun.lower_ == "her" else "male"))

    t = pronoun
    while t.head.i != t.i:
        t = t.head
        for c in t.children:
            if c.dep_ not in ("nsubj", "nsubjpass") or c.i > pronoun.i:
                continue
            if _several_countries(c, out):
                return None  # "the German and Danish governments ... their firms": whose?
            # the subject, a name in apposition to it ("Hezbollah chief, Hassan Nasrallah") or
            # its owner ("Turkey's investment ... its biggest mobile firm")
            for x in (c, *(w for w in c.children if w.dep_ in ("appos", "poss"))):
                if fits(out.at(x)):
                    return out.at(x)
    start = pronoun.sent.start
    for i in range(pronoun.i - 1, start - 1, -1):
        if fits(other := out.at(doc[i])):
            return other
    return None


def _several_countries(phrase: Token, out: ActorSet) -> bool:
    """Whether a noun phrase names actors of more than one country."""
    return len({a.country for w in phrase.subtree if (a := out.at(w)) is not None
                and a.country}) > 1


def take_owner_countries(out: ActorSet, doc: Doc) -> None:
    """Give an actor with no country, whose mention a possessive pronoun owns, the country of
    whom the pronoun stands for (an international body's "its" gives none)."""
    for a in out.actors:
        if a.country is not None or a.kind not in OWNED_KINDS or not (a.sector or a.role):
            continue  # placed already, or no actor by its words ("its slimming products")
        pronoun = owner_pronoun(a, doc)
        owner = owner_of(pronoun, out, doc) if pronoun is not None else None
        if owner is None or owner is a or owner.country is None:
            continue
        a.country = owner.country
        a.affiliation = a.affiliation or owner.id
        a.evidence += f"; owner '{pronoun.text}'"
