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
    NOUN_GENDER,
    person_noun,
)
from dyad.nlp.english import english_token
from dyad.nlp.speaker_names import gazetteer, is_given_name, role_heads

# what the tagger says of a name that makes it a body, a people or a place, not someone
BODY_ENTS = {"ORG", "NORP", "FAC", "PRODUCT", "EVENT", "LAW", "LANGUAGE"}
# what it says of a name that makes it a place if the gazetteer knows one so named (the tagger
# takes many an unknown surname for a place: '“…,” notes Meyjes')
PLACE_ENTS = {"GPE", "LOC"}
# what the tagger makes of many a surname that stands alone ("Altom" a place, "January" a date,
# "French" a people)
SURNAME_MISREAD = {"GPE", "LOC", "NORP", "DATE"}


@functools.cache
def _person_heads() -> frozenset[str]:
    """The nouns that head the roles of people and head no role of a body."""
    return role_heads("person") - role_heads("organization")


def body_head(tok: Token) -> bool:
    """Whether a common noun says what a body is ("a Denver-based company", "the union")."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (lemma in role_heads("organization") or lemma in COMPANY_HEADS or (
        lemma in GOVERNMENT_HEADS or lemma in MEDIA_HEADS or lemma in GROUP_HEADS))


# nouns of what a business or a publication is that head no role of a person ("the drug maker",
# "a web site", "the country's largest steel producer"): beside a name the tagger left alone,
# they make it a body's
BUSINESS_NOUNS = {"maker", "supplier", "exporter", "importer", "distributor", "site", "website",
                  "blog", "chain", "brand", "provider"}
# a size only a body has ("the country's largest steel producer"), not a person
SIZE_SUPERLATIVES = {"large", "big", "largest", "biggest"}


def body_description(tok: Token) -> bool:
    """Whether a description set beside a name says it is a body: headed by a noun of what a
    body or a business is ("Allergan, the drug maker",
    "Mashable, a web site"), or by a noun a size superlative qualifies ("Baoshan, the
    country's largest steel producer"), unless a person's sex is in the noun ("the world's
    richest man")."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() in NOUN_GENDER:
        return False
    lemma = tok.lemma_.lower()
    if body_head(tok) or lemma in BUSINESS_NOUNS:
        return True
    return any(c.dep_ == "amod" and c.tag_ == "JJS" and c.lemma_.lower() in SIZE_SUPERLATIVES
               for c in tok.children)


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
    return any(b.left_edge.i <= a.i + 2 and not body_description(a) and not body_description(
        b) and ((_person_name(a) and person_head(b)) or (person_head(a) and _person_name(b)) or (
            _full_name(a) and member_head(b)) or (member_head(a) and _full_name(b)))
        for a, b in pairs)


def member_head(tok: Token) -> bool:
    """Whether a singular common noun names one member of a group of people ("a local health
    department official", "a resident"), not a body ("the local authority")."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.lemma_.lower() in role_heads(
        "group") and not body_head(tok)


def _full_name(t: Token) -> bool:
    """A person's name of a given name and a surname at least ("Kwabena Ofori-Atta"): beside
    it, a group's word names one of its members (a collective's word, "the crew", names no
    one person)."""
    given = [c for c in t.children if c.dep_ == "compound" and c.i < t.i]
    return _person_name(t) and bool(given) and all(_person_name(c) for c in given)


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
            c.dep_ in ("conj", "cc") or (c.dep_ == "appos" and body_description(c))
            for c in tok.children):
        return False
    if not any(is_given_name(t.text) for t in words) and english_token(words[-1]):
        return False  # "Nyanza Province", "Rift Valley": headed by a word of what it is
    if _body_elsewhere(doc, words[-1], tagged=not (len(words) == 1 and is_given_name(tok.text))):
        return False
    name = " ".join(t.text for t in words)
    if any(t.ent_type_ in PLACE_ENTS for t in words) and name in gazetteer():
        return False
    entry = load_knowledge().entry(name)
    return entry is None or entry.kind == "person"


def _body_elsewhere(doc: Doc, last: Token, tagged: bool = True) -> bool:
    """Whether the text names a body by the same word elsewhere: the tagger tags it one there,
    or a noun of what bodies are stands before it ("anti-virus firm Sophos … Sophos urged");
    not where a person's role stands beside it ("the WHO spokesman, Hartl", tagged a body).
    ``tagged``: whether the tagger's word counts; of a given name standing alone ("Amber said",
    tagged a body in one sentence and a product in another) it does not, only a noun's."""
    return any(t.text == last.text and t.i != last.i and not role_beside(t) and (
        (tagged and t.ent_type_ in BODY_ENTS) or (
            t.i > 0 and body_head(doc[t.i - 1]) and doc[t.i - 1].head.i == t.i)) for t in doc)


def surname_word(doc: Doc, tok: Token) -> bool:
    """Whether a speaker's word may be a person's surname standing alone, to be joined to the
    full name the text gave ("Wes Altom … Altom said"): a proper name the tagger tags as no
    place, people or date, or a capitalised word though the tagger made a place, a people or
    a date of it ("Altom said", "January said") or a common noun of it
    ("Banks announced", "Heath wrote"), when no country has that name and the text never
    writes it in lower case ("Police said" … "police")."""
    if tok.pos_ == "PROPN" and tok.ent_type_ not in SURNAME_MISREAD | {"FAC"}:
        return True
    if tok.ent_type_ not in SURNAME_MISREAD | {""} or not _name_shaped(tok.text) or (
            brand_shaped(tok.text)):
        return False
    kb = load_knowledge()
    if tok.text in kb.country_names or tok.text in kb.capitals:
        return False
    return tok.pos_ == "PROPN" or is_name(tok) or not any(t.text == tok.lower_ for t in doc)


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


def owner_dropped(tok: Token, start: int) -> int:
    """Where a full name a body owns speaks ("The Fabian Society's Sundar Katwala", "the
    Observer's Philip French"), the name's first token: the person is not the body's."""
    owner = next((c for c in tok.lefts if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is not None and not any(c.dep_ == "case" and c.lower_ in ("'s", "’s")
                                     for c in owner.children):
        owner = None  # "The Actors' Equity Association": a plural's mark is part of the name
    if tok.pos_ != "PROPN" or owner is None or not any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.i > owner.i and c.is_title
            for c in tok.lefts):
        return start
    return max(start, owner.right_edge.i + 1)
