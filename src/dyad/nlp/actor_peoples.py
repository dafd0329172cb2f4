"""Peoples and persons named by their nation: a demonym that names people rather than qualifying
another actor.

- A plural demonym is a people, coded with its country as civilians ("the Palestinians", "South
  Koreans").
- A demonym right before "people", "public" or "populace" is the nation's people as a whole ("the
  Syrian people", "the British public"), the same civilian group.
- A singular demonym after "a", "an", "another" or "one" is one person of that nation ("killed a
  Briton", "another ethnic Chechen").
- The plural of a faith's adjective is its believers, civilians of no country ("Muslims",
  "Catholics"); their leaders and bodies are religious ones ("Muslim clerics").
- A people or faith of no country of its own that a nation's adjective qualifies is that nation's
  civilians ("Iraqi Kurds", "British Muslims", "Coptic Christians").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

if TYPE_CHECKING:
    from dyad.nlp.actors import ActorInfo

# Nouns for a nation's people as a whole ("the Syrian people", "the British public").
NATION_PEOPLE = {"people", "public", "populace"}
# Words before a singular demonym that make it one person ("a Briton", "another Chechen").
ONE = {"a", "an", "another", "one"}


def take_people(b, span: Span, origin: str) -> bool:
    """Make the people or person a demonym at ``span`` names, for the actor builder ``b``;
    whether it named one. ``origin``: the named-entity label the span came with."""
    iso3 = b.kb.adjectives.get(span.text)
    if iso3 is None:
        if origin != "NORP" or not plural_people(span):
            return False
        nation = _nation_of(b, span)
        if nation is not None:  # "Iraqi Kurds", "British Muslims", "Coptic Christians"
            a = b.actor(f"people:{nation}:{span.root.lemma_.lower()}", span.text, "group",
                        span.start, span.end)
            a.country = nation
            a.add_sector(("CVL",))
            a.evidence = a.evidence or "people of a nation"
            return True
        return _believers(b, span)
    s, e = span.start, span.end
    if origin in ("NORP", "PERSON") and plural_people(span):
        # the model tags a plural demonym as people at times ("The Britons were detained")
        _people(b, iso3, span.text, s, e)
        return True
    if origin in ("NORP", "PERSON") and one_of_a_people(span):
        a = b.actor(f"title:{span.text.lower()}@{s}", span.text, "person", s, e)
        a.country = iso3
        a.evidence = a.evidence or "demonym"
        return True
    if origin == "NORP" and people_of(span):
        _people(b, iso3, span.doc[s:e + 1].text, s, e + 1)
        b.claims.add(e)  # "people" is this group's word, not a group of its own
        return True
    return False


def untagged_peoples(doc, kb) -> list[tuple[int, int, str]]:
    """Plural demonyms the model tagged as no entity ("the four Britons"), as candidates of the
    actor finder with the label a tagged one has: a people as a tagged one is."""
    return [(t.i, t.i + 1, "NORP") for t in doc if not t.ent_type_
            and t.tag_ in ("NNS", "NNPS") and t.text in kb.adjectives]


def _people(b, iso3: str, name: str, s: int, e: int) -> ActorInfo:
    a = b.actor("people:" + iso3, name, "group", s, e)
    a.country = iso3
    a.add_sector(("CVL",))
    a.evidence = a.evidence or "demonym"
    return a


def _nation_of(b, span: Span) -> str | None:
    """The one country whose adjective qualifies a people or faith of no country of its own, in
    the span or right before it ("Iraqi Kurds", "British Muslims"); None where there is none."""
    root = span.root
    if b.kb.country_of(root.text) is not None:
        return None  # "Bosnian Serbs", "Turkish Cypriots": two nations, neither sure
    words = [w for w in span if w.i < root.i] + [
        c for c in root.lefts if c.i < span.start and c.dep_ in ("amod", "compound")]
    nations = {n for w in words if (n := b.kb.adjectives.get(w.text))}
    return next(iter(nations)) if len(nations) == 1 else None


def _believers(b, span: Span) -> bool:
    """Make the believers a faith's plural names ("Christians"): a civilian group."""
    role = b.kb.role(span.text.lower()[:-1]) if span.text.endswith("s") else None
    if role is None or "REL" not in role.sector:
        return False
    a = b.actor("faith:" + role.term, span.text, "group", span.start, span.end)
    a.add_sector(("CVL",))
    a.evidence = a.evidence or "believers"
    return True


def plural_people(span: Span) -> bool:
    root = span.root
    return root.tag_ in ("NNPS", "NNS") and root.dep_ not in ("amod", "compound")


def one_of_a_people(span: Span) -> bool:
    """Whether a demonym names one person of its nation: a singular noun of its own, after "a",
    "an", "another" or "one" ("a Briton", "another ethnic Chechen")."""
    root = span.root
    if root.tag_ not in ("NN", "NNP") or root.dep_ in ("amod", "compound", "nmod", "poss") or (
            root.i != span.end - 1):
        return False
    return any(c.dep_ in ("det", "nummod") and c.lower_ in ONE for c in root.lefts)


def people_of(span: Span) -> bool:
    """Whether a nationality stands right before the people or public it is the nation of."""
    root = span.root
    head = root.head
    return root.dep_ in ("amod", "compound", "nmod") and head.i == span.end and (
        head.lemma_.lower() in NATION_PEOPLE or head.lower_ in NATION_PEOPLE)
