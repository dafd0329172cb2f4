"""Whether a speaker the tagger left without a person entity is a person.

The tagger takes many names for works, bodies or nothing at all ("Hartl said", "Banahari Saha,
a stall operator, told UPI", "said a UNHCR protection officer, Yolande Ditewig"), and a speaker
that is not a person cannot be the "he" or "she" who goes on to speak. Two clues say it is one:
the name stands in apposition with what a person is (an officer, a spokesman), or it is a bare
proper name that says something and that neither the tagger nor a dictionary takes for a body
or a place. Organisations speak too ("Reuters said", "Hamas said"): a name a dictionary knows
as a body, or the tagger tags as one, keeps its kind unless a person's role is set beside it.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Token

from dyad.knowledge import load_knowledge
from dyad.nlp.cue_phrases import is_speech, misread_name
from dyad.nlp.descriptors import (
    COMPANY_HEADS,
    GOVERNMENT_HEADS,
    GROUP_HEADS,
    MEDIA_HEADS,
    person_noun,
)
from dyad.nlp.english import english_token
from dyad.nlp.speaker_names import gazetteer, is_given_name

# what the tagger says of a name that makes it a body, a people or a place, not someone
BODY_ENTS = {"ORG", "NORP", "FAC", "PRODUCT", "EVENT", "LAW", "LANGUAGE"}
# what it says of a name that makes it a place if the gazetteer knows one so named (the tagger
# takes many an unknown surname for a place: '“…,” notes Meyjes')
PLACE_ENTS = {"GPE", "LOC"}


@functools.lru_cache(maxsize=1)
def _person_heads() -> frozenset[str]:
    """The nouns that head the roles of people in ``roles.csv`` ("officer" of "police officer")
    and head no role of a body."""
    roles = load_knowledge().roles
    heads = {term.split()[-1] for term, r in roles.items() if r.kind == "person"}
    bodies = {term.split()[-1] for term, r in roles.items() if r.kind == "organization"}
    return frozenset(heads - bodies)


@functools.lru_cache(maxsize=1)
def _body_heads() -> frozenset[str]:
    """The nouns that head the roles of bodies in ``roles.csv`` ("company", "agency")."""
    roles = load_knowledge().roles
    return frozenset(term.split()[-1] for term, r in roles.items() if r.kind == "organization")


def body_head(tok: Token) -> bool:
    """Whether a common noun says what a body is ("a Denver-based company", "the union")."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (lemma in _body_heads() or lemma in COMPANY_HEADS or (
        lemma in GOVERNMENT_HEADS or lemma in MEDIA_HEADS or lemma in GROUP_HEADS))


def person_head(tok: Token) -> bool:
    """Whether a common noun says what a person is ("spokesman", "officer", "analyst")."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and (
        person_noun(tok) or tok.lemma_.lower() in _person_heads())


def is_name(t: Token) -> bool:
    """A proper name, or a name the tagger took for an adverb ("Mcfeely also stated") or, as
    the subject of a verb, for some other word ("Eyking said"): capitalised, and no English
    word."""
    if t.pos_ == "PROPN":
        return True
    if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "VERB", "ADJ", "ADV") and (
            _name_shaped(t.text) and not english_token(t)):
        return True
    misread = misread_name(t.head) if t.dep_ == "advmod" else None
    return misread is not None and misread.i == t.i


def role_beside(tok: Token) -> bool:
    """Whether the speaker's word and a person's role stand in apposition, a name on one side
    ("Banahari Saha, a stall operator", "a protection officer, Yolande Ditewig")."""
    pairs = [(tok, c) for c in tok.children if c.dep_ == "appos"]
    if tok.dep_ == "appos":
        pairs.append((tok.head, tok))
    # side by side, only a comma between (not "the actor, whose films include …, X"); the
    # name a person's, not a firm's ("EA, a leading games developer")
    return any(b.left_edge.i <= a.i + 2 and (
        (_person_name(a) and person_head(b)) or (person_head(a) and _person_name(b)))
        for a, b in pairs)


def _person_name(t: Token) -> bool:
    glued = t.i > 0 and not t.doc[t.i - 1].whitespace_ and t.doc[t.i - 1].text in "./@"
    # (glued to a point: the end of a web address, "Halo.Bungie.Org")
    return is_name(t) and _name_shaped(t.text) and not brand_shaped(t.text) and not glued


def bare_name(doc: Doc, tok: Token, start: int, end: int) -> bool:
    """Whether the speaker's phrase is a proper name and nothing else ("Hartl", "Banahari Saha")
    that says or thinks something, that neither the tagger nor a dictionary takes for a body
    or a place, and that ends on no English word ("Video showed", "Unite argues", "Nyanza
    Province has felt"), or holds a given name ("Logan said"); not one that a plural verb
    says is many ("Coldplay have announced"); set beside something it is ("X, a Denver-based
    company"), the phrase says what it is."""
    words = [t for t in doc[start:end] if not t.is_punct and not t.is_space]
    if not words or tok.i not in [t.i for t in words] or not says(tok) or not all(
            _person_name(t) for t in words) or _plural_verb(tok.head):
        return False
    if any(t.ent_type_ in BODY_ENTS for t in words) or any(
            c.dep_ in ("conj", "cc") or (c.dep_ == "appos" and body_head(c))
            for c in tok.children):
        return False
    if not any(is_given_name(t.text) for t in words) and english_token(words[-1]):
        return False  # "Nyanza Province", "Rift Valley": headed by a word of what it is
    if _body_elsewhere(doc, words[-1]):
        return False
    name = " ".join(t.text for t in words)
    if any(t.ent_type_ in PLACE_ENTS for t in words) and name in gazetteer():
        return False
    entry = load_knowledge().entry(name)
    return entry is None or entry.kind == "person"


def _body_elsewhere(doc: Doc, last: Token) -> bool:
    """Whether the text names a body by the same word elsewhere: the tagger tags it one there,
    or a noun of what bodies are stands before it ("anti-virus firm Sophos … Sophos urged")."""
    return any(t.text == last.text and t.i != last.i and (t.ent_type_ in BODY_ENTS or (
        t.i > 0 and body_head(doc[t.i - 1]) and doc[t.i - 1].head.i == t.i)) for t in doc)


def says(tok: Token) -> bool:
    """Whether ``tok`` is who a cue of speech or belief says something ("Hartl said", "said
    Logan", "according to Sajed")."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        return True
    if tok.dep_ == "dobj" and tok.i > head.i and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return is_speech(head)  # '“…,” notes Meyjes': the parse took the subject for an object
    return tok.dep_ in ("nsubj", "advmod") and is_speech(head)


def _plural_verb(verb: Token) -> bool:
    """Whether a verb or its auxiliary agrees with a plural subject ("have announced")."""
    return any(x.tag_ == "VBP" for x in (verb, *(c for c in verb.children
                                                 if c.dep_ in ("aux", "auxpass"))))


def brand_shaped(word: str) -> bool:
    """Capitals inside a word as a brand has them ("WebSideStory", "HuffPo", "AZCentral"),
    not as a surname's prefix does ("McFeely", "DeVos", "MacDonald")."""
    inner = [i for i, ch in enumerate(word) if ch.isupper() and i > 0]
    if len(inner) >= 2 or (word[:2].isalpha() and word[:2].isupper()):
        return True
    return any(word[i - 3:i].islower() and len(word[:i]) > 3 for i in inner)


def _name_shaped(word: str) -> bool:
    """Capitalised, of letters, not all capitals ("LEBANON" of a dateline, "DNA")."""
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) >= 2 and word[0].isupper() and not word.isupper() and all(
        ch.isalpha() or ch in "'’-." for ch in word)
