"""Pronouns: the earlier actor a he, she, it or they stands for.

A pronoun takes the earlier actor it agrees with, the most recent mention winning, subjects and a
known matching gender counting as nearer (for a speaker, main-clause subjects more, and names
inside quotation marks not at all; how near each counts is ``dyad.nlp.speaker_salience``). The
sex a resolved pronoun suggests only helps resolve later ones (``GUESSED_GENDER``).

Split from ``dyad.nlp.speakers``, which finds who says a quote and resolves names and
descriptions through this module.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Token

from dyad.nlp.actors import PRONOUNS, ActorInfo, ActorSet
from dyad.nlp.descriptors import described_as
from dyad.nlp.speaker_names import (
    GUESSED_GENDER,
    agreed_gender,
    family_member,
    gender_of,
    honorific_person,
    mention_root,
    place_named,
    surname_holders,
    untitled,
)
from dyad.nlp.speaker_salience import (
    as_subject,
    main_subject,
    nearness,
    paragraph,
    speaks,
    within,
)

PRIOR_REACH, CHAIN = 80, 4  # how far back a pronoun carries on an earlier one, how many times
SURNAME_REACH = 150  # how far back a pronoun looks for a surname the tagger gave no actor


def resolve_pronoun(doc: Doc, actors: ActorSet, tok: Token,
                    quoted: list[tuple[int, int]] | None = None, depth: int = CHAIN
                    ) -> ActorInfo | None:
    """The earlier actor a pronoun most likely stands for: it must agree (a person for he, she
    and I, of the right gender where known; not a person for it, we, they); among those, the
    most recent mention wins, a subject counting as if SUBJECT_REACH tokens nearer (the
    sentence's topic is the one usually carried on) and a known matching gender as
    GENDER_REACH tokens nearer.

    ``quoted`` (the character spans inside quotation marks) is given when the pronoun is who
    says something ("…,” he said"). Then the subject of a main clause counts as a further
    SUBJECT_REACH nearer than one of a clause it reports ("Carson said the Post's Costa had
    reported … He hoped, he said" is Carson), the subject of a speech verb as SUBJECT_REACH
    nearer again (who was just speaking usually speaks on, unless a later paragraph has made
    someone else the subject of a main clause since), and when the pronoun is outside
    quotation marks, names inside them are what someone said, not whom the narration is about.
    A subject in the speaker pronoun's own paragraph counts as SUBJECT_REACH nearer again: a
    paragraph that opens on someone new ("Carson defied the question. “…,” he said") is about
    them, whoever spoke last in the one before.
    A speaker's he or she may also carry on the same pronoun as a subject shortly before (up to
    ``depth`` such steps back), which stands for whom that one stands for. A description made an
    actor of its own ("the GOP candidate") counts as the person it names or points back to, and
    a mention after Mr., Mrs. or Ms. has the sex the title gives (``honorific_person``)."""
    gender = PRONOUNS.get(tok.lower_)
    want_person = tok.lower_ in ("he", "him", "his", "she", "her", "hers", "i")
    singular = tok.lower_ in ("it", "its")
    speaker = quoted is not None
    starts = [s for s, _ in quoted or ()]
    speech = _speech_verbs() if speaker else frozenset()
    para = paragraph(tok) if speaker else -1
    if quoted and within(quoted, starts, tok.idx):
        quoted = []
    bound = relative_antecedent(actors, tok) if want_person else None
    if bound is not None and agreed_gender(doc, bound) in (None, gender):
        return bound
    best: tuple[int, ActorInfo] | None = None
    found: list[tuple[Token, ActorInfo, bool]] = []  # agreeing mentions: head, actor, same sex
    others = fronted_others(tok) if want_person else frozenset()
    holders = surname_holders(actors) if want_person and speaker else {}
    for cand in actors.actors:
        stand_in = None
        if want_person and cand.kind in ("organization", "other"):
            stand_in = holders.get(cand.name)  # "Sanders" taken for a body: Bernie Sanders
            if stand_in is None:
                continue
        elif want_person != (cand.kind == "person") or (want_person and place_named(doc, cand)):
            continue
        no_title = untitled(cand)
        for s, e in cand.mentions:
            if s >= tok.i:
                break
            if (quoted and within(quoted, starts, doc[s].idx)) or s in others:
                continue
            if singular and cand.kind == "group" and mention_root(doc, s, e).tag_ in ("NNS", "NNPS"):
                continue  # "reporters", "voters": they, not it
            a = stand_in or cand
            if no_title and gender and owned_by(mention_root(doc, s, e), gender):
                # "her party's nominee … she said": the pronoun carries on whose it is
                continue
            if no_title:
                # "the GOP candidate" stands for the person named before it, "Fiorina, the
                # former CEO" for Fiorina
                named = _named_by(doc, actors, mention_root(doc, s, e), s)
                if named is not None and (not gender or agreed_gender(doc, named) in (
                        None, gender)):
                    a = named
            a, titled = honorific_person(doc, actors, a, s, e)
            known = titled or agreed_gender(doc, a)
            if gender and known and known != gender:
                a = None if titled or not speaker else family_member(doc, actors, a, s, e,
                                                                      gender)
                if a is None:
                    continue
                known = gender
            found.append((mention_root(doc, s, e), a, bool(gender and known == gender)))
    for t in doc[max(0, tok.i - SURNAME_REACH):tok.i] if holders else ():
        # a bare surname the tagger left without an actor ("For Major, a retiree, …"; "Bamberg"
        # taken for the town) is the person of that surname
        p = holders.get(t.text) if t.pos_ == "PROPN" and t.dep_ != "compound" else None
        if p is None or actors.at(t) is not None or t.i in others or (
                quoted and within(quoted, starts, t.idx)):
            continue
        known = agreed_gender(doc, p)
        if not (gender and known and known != gender):
            found.append((t, p, bool(gender and known == gender)))
    # who spoke last speaks on, unless a later paragraph has since made someone else the
    # subject of a sentence ("“…,” Grayson said. / Murphy has made … / He said")
    last = max((paragraph(r) for r, _, _ in found if main_subject(r)
                or (speech and speaks(as_subject(r), speech))), default=0)
    for root, a, same in found:
        on = speech if paragraph(root) >= last else frozenset()
        score = nearness(root, on if speaker else None, same, para)
        if best is None or score > best[0]:
            best = (score, a)
    if speaker and gender and depth > 0:
        # "She appeared to imply … “…,” she said": a subject "she" before, in the narration,
        # is whom the story has carried on with since the last name
        prior = _prior_pronoun(doc, actors, tok, quoted or [], starts)
        if prior is not None:
            score = nearness(prior, speech, True, para)
            if best is None or score > best[0]:
                a = resolve_pronoun(doc, actors, prior, quoted or [], depth=depth - 1)
                if a is not None:
                    best = (score, a)
    if best is None:
        return None
    a = best[1]
    if gender and a.kind == "person" and gender_of(a) is None:
        doc.user_data.setdefault(GUESSED_GENDER, {}).setdefault(a.id, gender)
    return a


def fronted_others(tok: Token) -> frozenset[int]:
    """The tokens of a participle clause before a subject pronoun that the clause leaves
    without a subject of its own ("Responding to criticism from Hansen, he insisted …",
    "Asked by Lee about it, she said …"): the pronoun is who does what the participle says, so
    whom the clause names besides, as its object or a preposition's, is someone else. A
    possessor is not ("Responding to Lee's critics, he said" may well be Lee)."""
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or verb.i < tok.i:
        return frozenset()
    out: set[int] = set()
    for c in verb.children:
        if c.i >= tok.i or c.dep_ not in ("advcl", "prep"):
            continue
        # "Responding to …" (the participle itself), "After meeting Lee, …" (a preposition's)
        part = c if c.tag_ in ("VBG", "VBN") else next(
            (g for g in c.children if g.dep_ == "pcomp" and g.tag_ in ("VBG", "VBN")), None)
        if part is None or any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in part.children):
            continue
        owners = {x.i for t in c.subtree if t.dep_ == "poss" for x in t.subtree}
        out.update(t.i for t in c.subtree if t.i not in owners)
    return frozenset(out)


def relative_antecedent(actors: ActorSet, tok: Token) -> ActorInfo | None:
    """The person a relative clause that holds the pronoun is about ("Kingson, who worked the
    crowd, praising … as he promised …"): the clause's "who" is that person, and so is a he or
    she of the clauses within it."""
    x = tok
    while x.head.i != x.i:
        if x.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass")
                                     and c.lower_ in ("who", "that") for c in x.children):
            a = actors.at(x.head)
            if a is not None and untitled(a):
                # "an academic named Eric Kingson, who …": the person the description names
                a = next((p for t in x.head.subtree if t.i < x.i and t.i != x.head.i
                          for p in [actors.at(t)] if p is not None and p.kind == "person"
                          and not untitled(p)), a)
            return a if a is not None and a.kind == "person" and x.head.i < tok.i else None
        x = x.head
    return None


def _prior_pronoun(doc: Doc, actors: ActorSet, tok: Token, quoted: list[tuple[int, int]],
                   starts: list[int]) -> Token | None:
    """The same pronoun as the subject of a clause of the narration shortly before ``tok``,
    when no speaker has been found for it."""
    for t in reversed(doc[max(0, tok.i - PRIOR_REACH):tok.i]):
        if t.lower_ == tok.lower_ and t.dep_ in ("nsubj", "nsubjpass"):
            if actors.at(t) is not None or (quoted and within(quoted, starts, t.idx)):
                return None
            return t
    return None


def _named_by(doc: Doc, actors: ActorSet, tok: Token, start: int) -> ActorInfo | None:
    """The named person a description of someone stands for: the name it is in apposition
    with, else the one it points back to."""
    if tok.dep_ == "appos":
        a = actors.at(tok.head)
        return a if a is not None and a.kind == "person" and not untitled(a) else None
    return described_as(doc, actors, tok, start)


@functools.lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    from dyad.nlp.quotes import load_cues  # quotes imports this module

    return frozenset(k for k, c in load_cues().items() if c.kind == "speech")


def owned_by(head: Token, gender: str) -> bool:
    """Whether a description is someone's that a pronoun of ``gender`` names ("his aide", "her
    party's nominee")."""
    for _ in range(3):
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if poss is None:
            return False
        if PRONOUNS.get(poss.lower_) == gender:
            return True
        head = poss
    return False
