"""Event arguments as actors: the actor a token names, the parties of a coordinated group
("British and EU negotiators"), and new actors for named arguments the actor finder left out."""

from __future__ import annotations

from spacy.tokens import Token

from dyad.nlp.actors import DETERMINERS, PRONOUNS, ActorInfo, ActorSet
from dyad.nlp.quotes import resolve_pronoun

# Words that count a party rather than name it ("hundreds of prisoners").
QUANTITIES = {"hundred", "thousand", "dozen", "million", "number", "score", "some", "many",
              "most", "all", "majority", "several", "few", "ten", "tens"}
# Entity types that never stand for a party.
NOT_ACTORS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
# Nouns too vague to stand as an actor when an event needs a target.
ABSTRACT = {"series", "news", "kind", "lot", "way", "part", "number", "one", "thing", "time",
            "fore", "end", "need", "control", "hand", "place", "issue", "matter", "question",
            "knowledge", "indication", "arrangement", "weaponry", "weapon", "step", "fact",
            "agreement", "deal", "ceasefire", "fire", "truce", "plan", "talk", "negotiation",
            "process", "effort", "law", "policy", "decision", "call", "right", "access"}


def expand(toks: list[Token], actors: ActorSet, create: bool = False) -> list[ActorInfo]:
    """The actors argument tokens name, their conjuncts' and a coordinated group's parties
    included, each once; ``create`` makes actors of named arguments the finder left out."""
    out: list[ActorInfo] = []
    seen = set()
    for tok in toks:
        for x in [tok] + [c for c in tok.conjuncts if c.i > tok.i]:
            for a in _coordinated_parties(x, actors) or [actor_of(x, actors, create=create)]:
                if a is not None and a.id not in seen:
                    seen.add(a.id)
                    out.append(a)
    return out


def _coordinated_parties(tok: Token, actors: ActorSet) -> list[ActorInfo]:
    """"British and EU negotiators", "Pakistan and Afghanistan's intelligence services": two
    parties that share a head noun, one for each coordinated modifier."""
    whole = actor_of(tok, actors)
    # Only a collective named by its members' noun: "the Food and Agriculture Organisation" and
    # "Economy and Labour Minister Wolfgang Clement" are one party each.
    if whole is None or whole.kind not in ("group", "other") or tok.pos_ != "NOUN":
        return []
    mod = next((c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")
                and c.i < tok.i and any(g.dep_ == "cc" and g.lower_ in ("and", "&")
                                        for g in c.children)), None)
    if mod is None:
        return []
    conjs = [g for g in mod.children if g.dep_ == "conj" and mod.i < g.i < tok.i]
    if not conjs:
        return []
    doc = tok.doc
    evidence = "event argument" if whole.evidence == "event argument" else (
        f"a party of '{whole.name}'")
    spans = [(mod.left_edge.i, mod.i + 1, f"{doc[mod.left_edge.i:mod.i + 1].text} {tok.text}")]
    spans += [(c.left_edge.i, tok.i + 1, doc[c.left_edge.i:tok.i + 1].text) for c in conjs]
    out = []
    first = actors.at(mod)
    if first is not None and first is not whole and _party(actors, mod, tok, whole.kind) is None:
        out.append(first)  # "House and Senate negotiators": the House is an actor already
        spans = spans[1:]
    for (start, end, name), c in zip(spans, [mod, *conjs][-len(spans):]):
        while start < end - 1 and doc[start].lower_ in DETERMINERS:
            start += 1
        known = _party(actors, c, tok, whole.kind)
        if known is not None:  # the actor finder split the group already ("U.S. officials")
            out.append(known)
            continue
        key = "other:" + name.lower()
        a = next((x for x in actors.actors if x.key == key), None)
        if a is None:
            # "British" in "British and EU negotiators": the party is the UK's
            land = next((x.country for x in actors.actors if x.kind == "country"
                         and any(s <= c.i < e for s, e in x.mentions)), None)
            a = ActorInfo(id=f"a{len(actors.actors) + 1}", name=name, kind=whole.kind, key=key,
                          evidence=evidence, sector=list(whole.sector), country=land)
            if a.country or a.sector:
                a.code = (a.country or "") + "".join(a.sector[:2])  # as the actor finder codes
            actors.actors.append(a)
        actors.add_mention(a, start, end)
        out.append(a)
    return out


def _party(actors: ActorSet, mod: Token, head: Token, kind: str) -> ActorInfo | None:
    """An actor of ``kind`` named by one coordinated modifier, with or without the shared head:
    "Ethiopian" or "South African troops" in "Ethiopian and South African troops"."""
    start = mod.left_edge.i
    while start < mod.i and mod.doc[start].lower_ in DETERMINERS:
        start += 1
    ends = {mod.i + 1, head.i + 1}
    joins = [t.i for t in mod.head.subtree if t.dep_ == "cc" and t.i < head.i]
    # a mention over the whole coordination is the collective, not this party
    return next((a for a in actors.actors if a.kind == kind and any(
        s == start and e in ends and not any(s <= j < e for j in joins) for s, e in a.mentions)),
        None)


def actor_of(tok: Token, actors: ActorSet, create: bool = False) -> ActorInfo | None:
    a = actors.at(tok)
    if a is not None:
        return a
    for c in tok.children:  # "the convoy of Russia": no; "groups of rebels": the head's modifier
        if c.dep_ == "compound" and actors.at(c) is not None:
            return actors.at(c)
    if tok.lemma_.lower() in QUANTITIES or tok.ent_type_ == "CARDINAL":
        # "Hundreds of political prisoners": the party is what is counted.
        counted = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]
        if counted:
            return actor_of(counted[0], actors, create)
    if tok.lower_ in PRONOUNS and tok.lower_ not in ("it", "its"):
        return resolve_pronoun(tok.doc, actors, tok)
    if tok.lower_ in ("it", "its") and tok.pos_ == "PRON":
        # "Russia said it had expelled …": "it" as a party is a country or organisation.
        a = resolve_pronoun(tok.doc, actors, tok)
        return a if a is not None and a.kind in ("country", "organization") else None
    if (create and tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() not in ABSTRACT
            and tok.ent_type_ not in NOT_ACTORS):
        start = min([c.i for c in tok.lefts if c.dep_ in ("amod", "compound", "det", "nummod")]
                    + [tok.i])
        while start < tok.i and tok.doc[start].lower_ in DETERMINERS:
            start += 1
        name = tok.doc[start:tok.i + 1].text
        key = "other:" + name.lower()
        a = next((x for x in actors.actors if x.key == key), None)
        if a is None:
            a = ActorInfo(id=f"a{len(actors.actors) + 1}", name=name, kind="other", key=key,
                          evidence="event argument")
            actors.actors.append(a)
        actors.add_mention(a, start, tok.i + 1)
        return a
    return None
