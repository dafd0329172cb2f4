"""Speakers: the actor a cue's subject stands for.

A named mention is its actor. A pronoun takes the earlier actor it agrees with, the most recent
mention winning, subjects and a known matching gender counting as nearer. A descriptor ("the
spokesman", "the Republican nominee") is the actor an earlier mention with the same words named,
or the one actor with that role; else, for a definite description of a person, the person last
named with that role, office or party (else the person last named), and for "the campaign" the
campaign last named; else whoever the noun phrase names becomes an actor of its own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dyad.knowledge import load_knowledge
from dyad.nlp.actors import PRONOUNS, ActorInfo, ActorSet

SUBJECT_REACH, GENDER_REACH = 20, 10  # token distances, see resolve_pronoun
# Nouns that describe a person without being a role of roles.csv ("the Wisconsin Republican")
PERSON_NOUNS = {"republican", "democrat", "frontrunner", "front-runner", "magnate", "mogul",
                "incumbent", "challenger", "veteran", "newcomer", "outsider", "socialist"}
PARTIES = {"republican": ("republican", "gop"), "gop": ("republican", "gop"),
           "democrat": ("democratic", "democrat"), "democratic": ("democratic", "democrat")}
GROUP_HEADS = {"campaign", "team", "administration"}


def _np_span(tok: Token) -> tuple[int, int]:
    """Token span of a speaker's noun phrase: compounds, modifiers, apposition excluded."""
    left = tok.i
    for c in tok.lefts:
        if c.dep_ in ("compound", "amod", "det", "poss", "nmod", "prep", "pobj", "punct"):
            left = min(left, c.left_edge.i)
    return left, tok.i + 1


def resolve_speaker(doc: Doc, actors: ActorSet, tok: Token) -> tuple[ActorInfo | None, tuple]:
    """The actor a speaker token stands for, and the mention's token span."""
    if tok.lower_ in ("who", "that", "which") and tok.head.dep_ == "relcl":
        # "Christie, who said …": the relative clause's noun speaks, through "who"
        return resolve_speaker(doc, actors, tok.head.head)[0], (tok.i, tok.i + 1)
    a = actors.at(tok)
    if a is None or a.kind != "person":
        # "Russian Ambassador to the United Nations Vitaly Churkin said": the parser may head
        # the phrase on the title; the person named inside it is the speaker.
        for x in tok.subtree:
            p = actors.at(x)
            if p is not None and p.kind == "person" and x.i != tok.i:
                a, tok = p, x
                break
    if a is not None:
        span = next(((s, e) for s, e in a.mentions if s <= tok.i < e), (tok.i, tok.i + 1))
        if _untitled(a):
            # "the governor" made an actor of its own: the governor named before, if any
            named = _described_as(doc, actors, tok, span[0])
            if named is not None:
                actors.add_mention(named, *span)
                return named, span
        return a, span
    if tok.lower_ in PRONOUNS:
        a = resolve_pronoun(doc, actors, tok)
        if a is not None:
            actors.add_mention(a, tok.i, tok.i + 1)
        return a, (tok.i, tok.i + 1)
    # A descriptor: the same role or name already met ("the spokesman"); else its own actor.
    start, end = _np_span(tok)
    for inner in doc[start:end]:
        a = actors.at(inner)
        if a is not None:
            return a, (start, end)
    met = _described_before(doc, actors, start, end)
    role = tok.lemma_.lower()
    same_role = [x for x in actors.actors if x.role and x.role.split()[-1] == role]
    if met is None and len(same_role) == 1:
        met = same_role[0]
    if met is None:
        met = _described_as(doc, actors, tok, start)
    if met is not None:
        actors.add_mention(met, start, end)
        return met, (start, end)
    if tok.pos_ in ("NOUN", "PROPN"):
        # whoever a cue's subject names speaks, named or not ("Hannity", "Republican
        # strategists", "the poll"); an unnamed collective is a group, never a guessed person
        words = [t for t in doc[start:end] if t.dep_ not in ("det", "punct", "poss")
                 or _inner_hyphen(t)]
        name = "".join(t.text if i == 0 or _inner_hyphen(t) or _inner_hyphen(words[i - 1])
                       else " " + t.text for i, t in enumerate(words)) or tok.text
        same = next((x for x in actors.actors if x.key == "speaker:" + name.lower()), None)
        if same is not None:
            actors.add_mention(same, start, end)
            return same, (start, end)
        kind = "group" if tok.tag_ in ("NNS", "NNPS") else "other"
        if tok.ent_type_ == "PERSON":
            kind = "person"
        elif tok.ent_type_ in ("ORG", "NORP"):
            kind = "organization" if tok.ent_type_ == "ORG" else "group"
        a = ActorInfo(id=f"a{len(actors.actors) + 1}", name=name, kind=kind,
                      key="speaker:" + name.lower(), evidence="speaker noun phrase")
        actors.actors.append(a)
        actors.add_mention(a, start, end)
        return a, (start, end)
    return None, (tok.i, tok.i + 1)


def _inner_hyphen(t: Token) -> bool:
    """A hyphen inside a word ("self-described"), which the name keeps."""
    doc = t.doc
    return (t.text in ("-", "‐") and not t.whitespace_ and t.i > 0 and t.i + 1 < len(doc)
            and not doc[t.i - 1].whitespace_)


def _untitled(a: ActorInfo) -> bool:
    """A person known only by a description ("governor", "GOP presidential nominee")."""
    return a.kind == "person" and bool(a.name) and (
        not a.name[:1].isupper() or a.name.split()[-1].lower() in load_knowledge().roles)


def _described_as(doc: Doc, actors: ActorSet, tok: Token, start: int) -> ActorInfo | None:
    """The named actor a definite description points back to: "the campaign" to the campaign
    last named ("the Sanders campaign"); "the governor", "the billionaire businessman", "the
    Wisconsin Republican" to the person last named with that role or party, else to the person
    last named (news writing varies its references to whoever the story is about)."""
    if tok.tag_ in ("NNS", "NNPS") or not any(
            c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children):
        return None
    lemma = tok.lemma_.lower()
    before = [(max(s for s, _ in a.mentions if s < start), a) for a in actors.actors
              if any(s < start for s, _ in a.mentions)]
    if lemma in GROUP_HEADS:
        named = [(s, a) for s, a in before if a.kind in ("organization", "group")
                 and len(a.name.split()) > 1 and a.name.lower().split()[-1] == lemma]
        return max(named, key=lambda x: x[0])[1] if named else None
    if tok.is_title and lemma not in PERSON_NOUNS:
        return None  # a name ("the New Hampshire Union Leader"), not a description
    kb = load_knowledge()
    of = next((g.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"), None)
    role = kb.roles.get(lemma) or kb.roles.get(tok.lower_) or kb.roles.get(f"{lemma} of {of}")
    if not ((role is not None and role.kind == "person") or lemma in PERSON_NOUNS):
        return None
    people = [(s, a) for s, a in before if a.kind == "person" and a.name[:1].isupper()
              and not kb.roles.get(a.name.split()[-1].lower())]
    # any office the dictionary knows the person held counts: articles may predate the current one
    # "the Russian leader" is no American
    country = next((kb.adjectives.get(c.text) or kb.country_names.get(c.text)
                    for c in tok.lefts if c.text in kb.adjectives or c.text in kb.country_names),
                   None)
    if country:
        people = [(s, a) for s, a in people if a.country in (None, country)]
    pool = [(s, a) for s, a in people if any(
        lemma in r.split() for r in [a.role or "", *(e.role or "" for e in kb.by_alias.get(a.name, ()))])]
    words = {c.lower_ for c in tok.lefts} | {lemma}
    party = next((PARTIES[w] for w in words if w in PARTIES), None)
    if not pool and party:
        pool = [(s, a) for s, a in people if _in_party(actors, a, party)]
    pool = pool or people
    return max(pool, key=lambda x: x[0])[1] if pool else None


def _in_party(actors: ActorSet, a: ActorInfo, party: tuple[str, ...]) -> bool:
    org = actors.get(a.affiliation)
    return org is not None and any(w in org.name.lower() for w in party)


def _described_before(doc: Doc, actors: ActorSet, start: int, end: int) -> ActorInfo | None:
    """The actor an earlier mention with the same words named ("Donald Trump, the Republican
    nominee, …" then "the Republican nominee said"), the most recent one."""
    def words(s: int, e: int) -> list[str]:
        return [t.lower_ for t in doc[s:e] if t.dep_ not in ("det", "punct")]

    want = words(start, end)
    best: tuple[int, ActorInfo] | None = None
    for a in actors.actors:
        for s, e in a.mentions:
            if s < start and words(s, e) == want and (best is None or s > best[0]):
                best = (s, a)
    return best[1] if best else None


def resolve_pronoun(doc: Doc, actors: ActorSet, tok: Token) -> ActorInfo | None:
    """The earlier actor a pronoun most likely stands for: it must agree (a person for he, she
    and I, of the right gender where known; not a person for it, we, they); among those, the
    most recent mention wins, a subject counting as if SUBJECT_REACH tokens nearer (the
    sentence's topic is the one usually carried on) and a known matching gender as
    GENDER_REACH tokens nearer."""
    gender = PRONOUNS.get(tok.lower_)
    want_person = tok.lower_ in ("he", "him", "his", "she", "her", "hers", "i")
    best: tuple[int, ActorInfo] | None = None
    for a in actors.actors:
        if want_person != (a.kind == "person"):
            continue
        if gender and a.gender and a.gender != gender:
            continue
        for s, e in a.mentions:
            if s >= tok.i:
                break
            head = doc[s:e].root
            score = s + SUBJECT_REACH * (head.dep_ in ("nsubj", "nsubjpass"))
            score += GENDER_REACH * bool(gender and a.gender == gender)
            if best is None or score > best[0]:
                best = (score, a)
    if best is None:
        return None
    a = best[1]
    if gender and a.gender is None:
        a.gender = gender
    return a
