"""Plural speakers: whom a "they" that says something stands for when the text has just named
a pair or a list of actors ("Smith and Jones wrote to the president. “…,” they said").

The record has no field for an actor's members, so the pair becomes a group actor named as the
text names its members, each by their fullest name ("Ann Smith and Bo Jones"); the members keep
their own actors. Only a conjunction of actors the text names that is the subject of a clause
shortly before the pronoun counts: a "they" with no such pair before it is left to
``dyad.nlp.speaker_pronouns``, which takes the last collective that agrees.

The writer's own "I" and "we" in the narration (``the_writer``) are no one the text names: such
a speaker is left unresolved.

Split from ``dyad.nlp.speakers``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from dyad.nlp.actors import ActorInfo, ActorSet
from dyad.nlp.speaker_salience import paragraph, within

PLURAL = {"they"}
# How many sentences back (the pronoun's own included) a pair may be named for "they": the
# pronoun's sentence and the two before it, as a paragraph of news carries on its subject
GROUP_SENTENCES = 3
SUBJECTS = ("nsubj", "nsubjpass")


def conjoined(doc: Doc, actors: ActorSet, tok: Token,
              quoted: list[tuple[int, int]]) -> ActorInfo | None:
    """The group actor of the pair or list of actors ``tok`` ("they") stands for: the last
    conjunction joined by "and" of two or more different named actors that is the subject of a
    clause of the narration (not inside quotation marks) in the pronoun's sentence or the two
    before it, when no other subject of the narration that could be "they" (a collective, a
    body, a plural noun), nor a plural collective in any other place, comes between it and the
    pronoun."""
    if tok.lower_ not in PLURAL:
        return None
    starts = [s for s, _ in quoted]
    first = tok.sent.start
    for _ in range(GROUP_SENTENCES - 1):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    for t in reversed(doc[first:tok.i]):
        if within(quoted, starts, t.idx):
            continue
        if t.dep_ not in SUBJECTS:
            if _collective(actors, t):
                return None  # "… knock one or more of the governors out. … they all vowed"
            continue
        members = _members(doc, actors, t)
        if members:
            return _group(actors, members)
        if _could_be_they(actors, t):
            return None  # "the aides … they": a plural named since the pair
    return None


def _members(doc: Doc, actors: ActorSet, head: Token) -> list[ActorInfo]:
    """The different actors a coordination headed by ``head`` names ("Trump and Lewandowski",
    "Ryan, McConnell and Pelosi"), when each conjunct is one and "and" joins them; none for
    anything else ("Trump or Cruz", "Trump and his allies")."""
    conjuncts = [head]
    x = head
    while (nxt := next((c for c in x.children if c.dep_ == "conj"), None)) is not None:
        conjuncts.append(nxt)
        x = nxt
    if len(conjuncts) < 2:
        return []
    span = doc[head.i:conjuncts[-1].i + 1]
    if not any(t.dep_ == "cc" and t.lower_ in ("and", "&") for t in span) or any(
            t.dep_ == "cc" and t.lower_ not in ("and", "&") for t in span):
        return []
    members: list[ActorInfo] = []
    for c in conjuncts:
        a = actors.at(c)
        if a is None or a in members or a.kind not in ("person", "organization", "country"):
            return []
        members.append(a)
    return members


def _collective(actors: ActorSet, t: Token) -> bool:
    """A plural collective named in passing ("the governors", "voters"), which a "they" after
    it may carry on as well as a pair named as a subject before it."""
    a = actors.at(t)
    return a is not None and a.kind == "group" and t.tag_ in ("NNS", "NNPS")


def _could_be_they(actors: ActorSet, t: Token) -> bool:
    """A subject that a "they" could carry on: a plural noun, or a collective or a body."""
    a = actors.at(t)
    return t.tag_ in ("NNS", "NNPS") or (a is not None and a.kind in ("group", "organization"))


def _group(actors: ActorSet, members: list[ActorInfo]) -> ActorInfo:
    """The group actor of ``members``, the same one each time the text names them together:
    its country and sectors are those all members share."""
    key = "members:" + ",".join(sorted(m.id for m in members))
    same = next((a for a in actors.actors if a.key == key), None)
    if same is not None:
        return same
    names = [m.name for m in members]
    name = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    a = actors.new(name=name, kind="group", key=key, evidence="a pair or list named together")
    countries = {m.country for m in members}
    a.country = countries.pop() if len(countries) == 1 else None
    a.add_sector([s for s in members[0].sector if all(s in m.sector for m in members)])
    a.code = a.sector_code() or None
    return a


# The writer's own pronouns: in the narration, outside quotation marks, "I" and "we" are whoever
# wrote the piece ("we mocked the candidates", "I think Shapiro's argument …"), not anyone it names
WRITER = {"i", "me", "we", "us"}
# A transcript's line opens on its speaker's name and a colon ("TAPPER: … I think …")
_SPEAKER_LINE = re.compile(r"[A-Z][\w.'’ -]{0,40}:\s")


def the_writer(doc: Doc, tok: Token, quoted: list[tuple[int, int]]) -> bool:
    """Whether ``tok`` is the writer speaking of themselves in the narration: "I" or "we"
    outside quotation marks, on a line that no speaker's name and colon opens, in no passage
    a colon sets off. Such a speaker
    is no actor of the text, and is left unresolved rather than given to whoever was named
    last."""
    if tok.lower_ not in WRITER or within(quoted, [s for s, _ in quoted], tok.idx):
        return False
    line = paragraph(tok)
    # a passage set off after a colon ("Wallnau wrote:" / "I think …") is the one who wrote it
    return not _SPEAKER_LINE.match(doc.text, line) and not doc.text[:line].rstrip().endswith(":")
