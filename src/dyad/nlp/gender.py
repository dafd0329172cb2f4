"""A person's sex, only where the text leaves no doubt about it (``Actor.gender``).

Who gets quoted, by gender, is one of the questions quote data is most asked. A wrong label is
worse than none, so a pronoun counts only where no one else could be meant; the pronouns that
speaker resolution links to people are guesses and are never evidence here.
"""

from __future__ import annotations

import functools

import numpy
from spacy.attrs import LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from dyad.knowledge import data_rows, load_knowledge
from dyad.nlp.actors import PRONOUNS, ActorInfo, ActorSet
from dyad.nlp.speaker_names import HONORIFICS, given_name_sex, mention_root
from dyad.nlp.speakers import (
    AGENT_ROLES,
    NOUN_GENDER,
    PERSON_NOUNS,
    untitled,
    within,
)

REFLEXIVES = {"himself": "male", "herself": "female"}
GENDERED_PRONOUNS = {**{k: v for k, v in PRONOUNS.items() if v}, **REFLEXIVES}
_PRONOUN_HASHES = numpy.array([hash_string(w) for w in GENDERED_PRONOUNS], dtype=numpy.uint64)
# "told his supporters": the possessor in the object of these verbs is their subject
TELLING = {"say", "tell", "write", "post", "tweet", "announce", "explain", "add", "insist"}
# user_data key: actor id -> what gave a person their sex, for measuring (never in the record):
# "people" (the people dictionary), "honorific" (Mr., Ms.), "noun" ("congresswoman"),
# "pronoun". A first name alone gives no label: the people dictionary is mostly men, so first
# names it agrees on are nearly all men's, and labels from them lower the women's share.
GENDER_BY = "dyad.gender_by"


def assign_genders(doc: Doc, actors: ActorSet, quoted: list[tuple[int, int]]) -> None:
    """Give each named person whose sex is unknown the sex the text leaves no doubt about: a
    gendered noun in or beside a mention ("Assemblywoman Claudia Tenney", "spokeswoman Jane
    Doe", "Doe, the congresswoman"), or he, she, his or her where no one else could be meant: the only person named in the
    pronoun's sentence and the one before it, named as a subject before the pronoun, the
    subject of the clause whose reflexive ("defended herself") or possessor of what is said or
    told ("said in her speech", "told his supporters") the pronoun is, or the named subject of
    the saying whose reported clause it is the subject of ("Doe said she voted"). Nouns that
    say a sex come from the speaker finder's and ``gender_nouns.csv``. A person the pronouns
    point to with both sexes keeps none, nor one whose first name is of the other sex
    (``first_names.csv``: "Larry" is no "she"). ``quoted``: character spans inside quotation marks,
    whose pronouns may stand for people the narration never names."""
    people = [a for a in actors.actors if _named(doc, a)]
    by: dict[str, str] = doc.user_data.setdefault(GENDER_BY, {})
    for a in actors.actors:
        if a.kind != "person":
            continue
        if a.gender is not None:
            by[a.id] = "honorific" if any(
                s > 0 and HONORIFICS.get(doc[s - 1].lower_) == a.gender
                for s, _ in a.mentions) else "people"
            continue
        # a Mr, Mrs or Ms inside or right before a mention the speaker finder made of a title
        # and a name ("said Mr Clump"), unless the first name says the other sex
        found = _titled_gender(doc, a)
        if found is not None and given_name_sex(a) in (None, found):
            a.gender, by[a.id] = found, "honorific"
            continue
        # "the woman" made an actor of its own says its sex; its first word is no name. A
        # noun that a first name of the other sex contradicts ("Felicia Sanders' son" misread
        # as in apposition) is more likely misread than the name: no label
        found = _noun_gender(doc, a)
        if found is not None and given_name_sex(a) in (None, found):
            a.gender, by[a.id] = found, "noun"
    starts = [s for s, _ in quoted]
    # found on the lower-case hashes in one pass: few tokens are pronouns
    at = numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), _PRONOUN_HASHES)).tolist()
    pronouns = [t for t in (doc[i] for i in at) if not within(quoted, starts, t.idx)]
    for _ in range(2):  # a sex learnt tells the people of the next sentences apart
        votes: dict[str, set[str]] = {}
        for tok in pronouns:
            a = (_sole_person(doc, actors, tok) or _clause_subject(actors, tok)
                 or _reporter(doc, actors, tok))
            if a is not None and _named(doc, a):
                votes.setdefault(a.id, set()).add(GENDERED_PRONOUNS[tok.lower_])
        for a in people:
            found = votes.get(a.id, set())
            # a first name of the other sex ("Larry") says the pronoun meant someone else
            if a.gender is None and len(found) == 1 and given_name_sex(a) in (None, *found):
                a.gender, by[a.id] = next(iter(found)), "pronoun"


def _named(doc: Doc, a: ActorInfo) -> bool:
    """A person known by name, not only by a description; a name whose last word is also a
    role ("Jane Seaman") counts where the tagger took it for a person's name and its first
    word is no role."""
    if a.kind != "person":
        return False
    if not untitled(a):
        return True
    words = a.name.split()
    return (len(words) > 1 and a.name[:1].isupper()
            and words[0].lower() not in load_knowledge().roles
            and any(t.ent_type_ == "PERSON" for s, e in a.mentions for t in doc[s:e]))


@functools.lru_cache(maxsize=1)
def _gender_nouns() -> dict[str, str]:
    """Noun -> sex: the speaker finder's kin and role nouns, and ``gender_nouns.csv``."""
    return {**{r["term"].lower(): r["gender"] for r in data_rows("gender_nouns.csv")},
            **NOUN_GENDER}


def _titles_before(root: Token, s: int) -> list[Token]:
    """The chain of compound words before a mention that hang on its head ("Committee
    Chairman Rep. Jane Doe"), not what they own ("Lee's wife Ann")."""
    out, todo = [], [c for c in root.lefts if c.dep_ == "compound" and c.i < s]
    while todo:
        t = todo.pop()
        out.append(t)
        todo += [c for c in t.lefts if c.dep_ == "compound"]
    return out


def _titled_gender(doc: Doc, a: ActorInfo) -> str | None:
    """The sex a Mr, Mrs or Ms opening a mention or just before it says ("said Mr Clump", a
    person the speaker finder made of the title and a name the tagger missed); none where the
    titles of its mentions disagree ("Mrs. Clinton" put with Bill Clinton). Only a title the
    name itself follows: not "Ms. Merkel's spokesman, Steffen Seibert"."""
    found = {HONORIFICS[t.lower_] for s, e in a.mentions
             for t in doc[max(0, s - 1):min(e, s + 1)]
             if t.lower_ in HONORIFICS and t.text[:1].isupper() and t.i + 1 < e
             and all(w.pos_ == "PROPN" and w.tag_ != "POS" for w in doc[t.i + 1:e])}
    return next(iter(found)) if len(found) == 1 else None


def _noun_gender(doc: Doc, a: ActorInfo) -> str | None:
    """The sex a noun in, just before or in apposition with a mention says."""
    nouns = _gender_nouns()
    found = set()
    for s, e in a.mentions:
        root = mention_root(doc, s, e)
        # "Sanders' son" that the parser took for an apposition is the person's son
        owner = e < len(doc) and (doc[e].tag_ == "POS" or doc[e].text in ("'", "’"))
        near = [*doc[s:e], *([doc[s - 1]] if s > 0 else []),
                *(c for c in root.children if c.dep_ == "appos" and not (owner and c.i >= e)),
                *([root.head] if root.dep_ == "appos" else []),
                *_titles_before(root, s)]
        for t in near:
            g = nouns.get(t.lower_) or nouns.get(t.lemma_.lower())
            if g is None and t.lower_.endswith("woman") and t.is_alpha:
                g = "female"  # "assemblywoman", "chairwoman"
            if g:
                found.add(g)
    return next(iter(found)) if len(found) == 1 else None


def _sole_person(doc: Doc, actors: ActorSet, tok: Token) -> ActorInfo | None:
    """The one person named in the sentence of a subject pronoun and the one before, when it
    is named there as a subject before ``tok`` and no one else could be meant: no other person
    named, unless known to be of the other sex ("Anderson said she backs Sanders") and not
    titled as of the pronoun's ("Mrs. Clinton" put with Bill Clinton), no noun for a person,
    no name that no actor took, no pronoun of the other sex for someone unnamed."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None  # "Trump attacked her", "… her record": another person's
    gender = GENDERED_PRONOUNS[tok.lower_]
    sent = tok.sent
    lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    found: set[str] = set()
    subject_before: set[str] = set()
    other_sex = other_named = False
    for t in doc[lo:sent.end]:
        if t.lower_ in PRONOUNS or t.lower_ in REFLEXIVES:
            # whom a pronoun was resolved to is a guess, no evidence
            other_sex = other_sex or GENDERED_PRONOUNS.get(t.lower_, gender) != gender
            continue
        a = actors.at(t)
        if a is not None and a.kind == "person":
            if _titled_as(doc, t, gender, a):
                return None  # "Mrs. Clinton" put with Bill Clinton: she may be meant
            if a.gender not in (None, gender):
                other_named = True
                continue
            found.add(a.id)
            if t.i < tok.i and t.dep_ in ("nsubj", "nsubjpass"):
                subject_before.add(a.id)
        elif a is None and (t.ent_type_ == "PERSON" or (
                t.pos_ == "NOUN" and _person_noun(t) and _someone_else(t, tok))):
            return None  # someone else: a name no actor took, "a woman", "the teacher"
    if other_sex and not other_named:
        return None
    if len(found) == 1 and found == subject_before:
        return actors.get(next(iter(found)))
    return None


def _titled_as(doc: Doc, t: Token, gender: str, a: ActorInfo) -> bool:
    """Whether ``t`` follows a Mr., Mrs. or Ms. of ``gender`` while the person its mention was
    put with is known to be of the other sex ("Mrs. Clinton" put with Bill Clinton): a mention
    of someone the pronoun may mean after all."""
    return (t.i > 0 and HONORIFICS.get(doc[t.i - 1].lower_) == gender
            and a.gender not in (None, gender))


def _someone_else(t: Token, tok: Token) -> bool:
    """A noun for a person who may be the one a pronoun stands for: a subject, or named
    before it in its sentence other than as what a name is ("Anderson, a junior, …")."""
    return t.dep_ in ("nsubj", "nsubjpass") or (
        t.sent.start == tok.sent.start and t.i < tok.i
        and t.dep_ not in ("appos", "attr", "compound", "npadvmod"))


def _person_noun(t: Token) -> bool:
    lemma = t.lemma_.lower()
    role = load_knowledge().roles.get(lemma)
    return (lemma in NOUN_GENDER or lemma in PERSON_NOUNS or lemma in AGENT_ROLES
            or (role is not None and role.kind == "person"))


def _clause_subject(actors: ActorSet, tok: Token) -> ActorInfo | None:
    """The subject of the clause a reflexive is the object of, or whose saying or telling
    a possessor's noun is the object or setting of ("told his supporters", "said in her
    speech")."""
    if tok.lower_ in REFLEXIVES:
        verb = tok.head
    elif tok.dep_ == "poss":
        noun = tok.head
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
        if noun.dep_ not in ("dobj", "pobj", "dative") or verb.lemma_.lower() not in TELLING:
            return None
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return actors.at(subj) if subj is not None and subj.lower_ not in PRONOUNS else None


def _reporter(doc: Doc, actors: ActorSet, tok: Token) -> ActorInfo | None:
    """The named subject of the saying whose reported clause ``tok`` is the subject of ("Jane
    Doe, 40, a nurse, said she voted"), or the possessor of that subject ("said her group
    will"), when no one else could be meant: no other person named in the pronoun's sentence
    before it or in the sentence before ("Doe attacked Smith. Brown said she lied"; a
    description there only as a subject), and no noun for a person between the two but the
    speaker's own description ("Doe, the woman's lawyer, said she …")."""
    clause_subject = tok.head if tok.dep_ == "poss" else tok  # "said his group will …"
    verb = clause_subject.head
    if clause_subject.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp":
        return None
    say = verb.head
    subj = next((c for c in say.children if c.dep_ == "nsubj"), None)
    if (say.lemma_.lower() not in TELLING or subj is None or subj.i > tok.i
            or subj.lower_ in PRONOUNS):
        return None
    a = actors.at(subj)
    if a is None or not _named(doc, a):
        return None
    gender = GENDERED_PRONOUNS[tok.lower_]
    sent = tok.sent
    lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for t in doc[lo:tok.i]:
        other = actors.at(t)
        if other is not None and other.kind == "person" and _titled_as(doc, t, gender, other):
            return None  # "Mrs. Clinton", whoever the mention was put with
        if other is not None and other is not a and other.kind == "person" and (
                other.gender in (None, gender)) and (
                t.i >= sent.start or t.dep_ in ("nsubj", "nsubjpass") or _named(doc, other)):
            return None  # another person it may be; not "… for the party's nominee."
        if other is None and t.ent_type_ == "PERSON":
            return None  # a name no actor took
        if (t.i > subj.i and other is None and t.pos_ == "NOUN" and t.dep_ != "appos"
                and _person_noun(t)):
            return None  # "Doe, the woman's lawyer, said she …"
    return a
