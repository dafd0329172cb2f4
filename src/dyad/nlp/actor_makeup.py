"""What the words around an unnamed group say it is made of, read after the groups and collectives
of ``dyad.nlp.actor_groups`` and ``dyad.nlp.actor_collectives``:

- people named only as people, whom an apposition says are mostly of one kind, are of that kind
  ("110 individuals, mostly soldiers": MIL; "dozens of people, many of them police officers");
- members of a people's community are that people ("members of Myanmar's Rohingya community": a
  group of Myanmar's civilians);
- people who seek refuge or asylum are refugees ("116 people arrived seeking refuge", "members of
  the community have sought refuge in Bangladesh"), and so not of the country they reach.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from dyad.nlp.actor_phrases import PhraseReader
    from dyad.nlp.actors import ActorInfo

# Sectors that say no more of a group than that its people are private people.
PLAIN = ("CVL",)
# Nouns of the people a community is ("the Rohingya community", "the Serb population").
COMMUNITIES = frozenset({"community", "population", "minority", "diaspora"})
# What people seek who are refugees: "seeking refuge", "sought asylum".
REFUGE = frozenset({"refuge", "asylum", "sanctuary"})
REFUGEE_SECTOR = "REF"


def take_makeup(r: PhraseReader) -> None:
    """Read the makeup of the unnamed groups ``r`` has found, as the module doc says."""
    doc = r.doc
    for t in doc:
        if t.lemma_.lower() == "member" and t.tag_ == "NNS" and r.out.at(t) is None:
            _community_members(r, t)
    for a in list(r.out.actors):
        if a.kind != "group" or not a.mentions:
            continue
        head = _head(doc, a)
        if head is None:
            continue
        if tuple(a.sector) == PLAIN:
            _mostly(r, a, head)
        if _seeks_refuge(head):
            a.put_first((REFUGEE_SECTOR,))


def _head(doc, a: ActorInfo) -> Token | None:
    """The word that heads a group's first mention (the one whose head lies outside it)."""
    s, e = a.mentions[0]
    heads = [w for w in doc[s:e] if not s <= w.head.i < e or w.head.i == w.i]
    return heads[0] if len(heads) == 1 else None


def _mostly(r: PhraseReader, a: ActorInfo, head: Token) -> None:
    """"110 individuals, mostly soldiers": the apposition's group says what they are."""
    for c in head.rights:
        if c.dep_ != "appos":
            continue
        other = r.out.at(c)
        if other is not None and other is not a and other.kind == "group" and other.sector and (
                other.sector[0] not in PLAIN):
            a.put_first(other.sector[:1])
            a.country = a.country or other.country
            return


def _community_members(r: PhraseReader, t: Token) -> None:
    """"members of Myanmar's Rohingya community": a group of the people the community is, of the
    country that owns or qualifies it."""
    prep = next((c for c in t.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == t.i + 1),
                None)
    body = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep else None
    if body is None or body.lemma_.lower() not in COMMUNITIES:
        return
    doc = r.doc
    s = t.i
    while s > 0 and doc[s - 1].head.i == t.i and doc[s - 1].dep_ in ("nummod", "amod", "quantmod"):
        s -= 1  # "Over 720,000 members"
    while s > 0 and doc[s - 1].dep_ == "quantmod" and doc[s - 1].head.i >= s:
        s -= 1
    e = body.i + 1
    if any(r.out.at(w) is not None and r.out.at(w).kind != "country" for w in doc[s:e]):
        return
    a = r.actor("members:" + " ".join(w.lemma_.lower() for w in doc[t.i:e]), doc[s:e].text,
                "group", s, e)
    a.evidence = a.evidence or f"members of a {body.lemma_.lower()}"
    a.add_sector(PLAIN)
    r.qualify(a, list(doc[t.i + 1:e]))


def _seeks_refuge(head: Token) -> bool:
    """Whether the group headed by ``head`` seeks refuge: it is the subject of "seek refuge" or of
    a verb whose clause seeks it ("arrived … seeking refuge"), or "seeking refuge" qualifies it."""
    verbs = [c for c in head.children if c.dep_ == "acl"]
    if head.dep_ in ("nsubj", "nsubjpass"):
        verbs.append(head.head)
        verbs += [c for c in head.head.children if c.dep_ in ("advcl", "xcomp", "conj")]
    return any(v.lemma_.lower() == "seek" and any(
        o.dep_ == "dobj" and o.lemma_.lower() in REFUGE for o in v.children) for v in verbs)
