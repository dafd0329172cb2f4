"""Names that are no actor: titles of works, products, awards and events; and bands read as people.

The model tags many titles as people or bodies ("her gritty drama Wasp", "family comedy The
Pacifier", "Counter-Strike, by far the most popular online game"), and the names of awards and
contests as bodies ("this year's Oscars", "the Audience Award", "the Champions League" is left
to the dictionary). Such a name acts for no one: it becomes no actor at all (the schema's actors
are those who act; kind ``other`` is left for the things an event's parties name), and its words
are claimed so that no other reader makes an actor of them. The text's own words say so, read
from ``data/works.csv``: a noun of a work or product right before the title, in apposition to it
or heading a list it stands in; the last word of an award's or contest's name; an award's own
name standing alone. A name a band noun stands before ("the band Travis") or a band member's
noun after ("Keane singer Tom Chaplin") is an organisation, not a person.

Quotation marks alone say nothing here: nicknames ("Chemical Ali"), placeholders ("John Doe")
and scare quotes stand in them too; a work noun before the quoted title says it ("the film
"Wasp"").

spaCy's WORK_OF_ART, EVENT and PRODUCT labels are not used: those names are never taken as actors,
and on BBC news a seeded sample of each found WORK_OF_ART right in about 25 of 30 (bands and
people among the rest), EVENT about 26 of 30, PRODUCT only about 14 of 30 (firms such as Sophos
and Technorati, people, towns).
"""

from __future__ import annotations

import functools

from spacy.attrs import LEMMA, LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from dyad.knowledge import data_rows

# Small words a title holds between its capitalised words ("When a Man Loves a Woman", "Door in
# the Mountain"), and quotation marks around it ("the film "Wasp"").
# Words that join a work to its maker or place ("the novel by Frances Hodgson Burnett", "the films
# of Steven Spielberg", "a show at the NEC") are left out, and a title opens with a capital.
TITLE_SMALL = {"a", "an", "the", "of", "and", "in", "on", "'s", "&", '"', "'", "\u201c",
               "\u201d", "\u2018", "\u2019"}
QUOTES = {'"', "'", "\u201c", "\u2018"}
# Words that list examples of a kind ("films such as X and Y", "hits like X", "games including X").
LISTING = {"as", "like", "including"}
# How far back a title may reach from the name to the work noun before it.
TITLE_WORDS = 8


@functools.lru_cache(maxsize=1)
def work_words() -> dict[str, frozenset[str]]:
    """``data/works.csv``: kind -> its terms (lowercase)."""
    out: dict[str, set[str]] = {}
    for r in data_rows("works.csv"):
        out.setdefault(r["kind"], set()).add(r["term"].lower())
    return {k: frozenset(v) for k, v in out.items()}


def _is(t: Token, *kinds: str) -> bool:
    """Whether a noun of the text is one of these kinds of ``works.csv`` ("hit" as a noun, not
    a verb)."""
    words = work_words()  # the word first: it rules out nearly every token, and cheaply
    low = t.lower_
    if not any(low in words.get(k, ()) for k in kinds):
        lemma = t.lemma_.lower()
        if not any(lemma in words.get(k, ()) for k in kinds):
            return False
    return t.pos_ in ("NOUN", "PROPN") and bool(t.is_lower or t.is_sent_start)


def _sent_start(doc: Doc, i: int, reach: int) -> int:
    """Where the sentence of token ``i`` starts, or ``i - reach`` if it starts further back
    (``Token.sent`` reads the whole sentence; these readers look only a few words away)."""
    j = i
    while j > 0 and i - j < reach and not doc[j].is_sent_start:
        j -= 1
    return j


def _sent_end(doc: Doc, i: int, reach: int) -> int:
    """Where the sentence of token ``i`` ends, or ``i + reach`` if it ends further on."""
    j = i + 1
    while j < len(doc) and j - i < reach and not doc[j].is_sent_start:
        j += 1
    return j


def _before_title(doc: Doc, s: int) -> Token | None:
    """The word before the title that the name at ``s`` opens or stands in: back over the
    capitalised and small words of a title ("hit When a Man …", "the films Ray and Sideways"),
    within its sentence; past a word that lists examples ("films such as Raging Bull")."""
    start = _sent_start(doc, s, TITLE_WORDS + 5)  # as far back as the walk below may look
    i = s - 1
    while i >= start and s - i <= TITLE_WORDS and (
            doc[i].lower_ in TITLE_SMALL or (doc[i].is_title and not doc[i].is_sent_start)
            or (doc[i].like_num and i > start and doc[i - 1].is_title)):
        if doc[i].lower_ == "'s" and i > start and doc[i - 1].ent_type_ in (
                "GPE", "NORP", "ORG", "PERSON"):
            break  # "the Group B game Cameroon's Sable Batie": a country's player, no title
        i -= 1
    if i + 1 < s and not (doc[i + 1].is_title or doc[i + 1].text in QUOTES):
        return None  # "Mel Gibson's biblical epic and Michael Moore's …": no title opens there
    if i > start and doc[i].lower_ in LISTING:
        # "films such as", "such films as", "hits like": a kind of many, not "the title as X"
        such = doc[i - 1].lower_ == "such" and i - 1 > start
        i -= 2 if such else 1
        if not (such or doc[i].tag_ == "NNS" or (i > start and doc[i - 1].lower_ == "such")):
            return None
    return doc[i] if i >= start else None


# Dependents that give a verb its object or complement: a verb after a name that has none of
# them lacks its object, which the noun before the name is ("the film Tom Cruise made").
OBJECTS = {"dobj", "attr", "ccomp", "xcomp", "dative", "oprd", "acomp", "auxpass", "nsubjpass"}


def _relative_subject(doc: Doc, s: int, e: int) -> bool:
    """Whether the name is the subject of a relative clause on the noun before it ("the film Tom
    Cruise made last year", "the game Arsenal lost"): the verb after it lacks its object. A
    capitalised "The" opens a title, never a person's name ("family comedy The Pacifier")."""
    if s > 0 and doc[s - 1].text == "The" and not doc[s - 1].is_sent_start:
        return False
    i = e
    while i < len(doc) and doc[i].pos_ in ("AUX", "PART", "ADV"):
        i += 1
    if i >= len(doc) or doc[i].pos_ != "VERB":
        return False
    return not any(c.dep_ in OBJECTS for c in doc[i].children) and not any(
        doc[j].dep_ == "auxpass" for j in range(e, i))


def _title_after(w: Token | None) -> bool:
    return w is not None and _is(w, "work", "product")


def _appositive(doc: Doc, e: int) -> bool:
    """Whether a phrase in commas after the name is a work's or product's description: "X, by
    far the most popular online game, …", "X, the BBC drama"."""
    if e >= len(doc) or doc[e].text != ",":
        return False
    sent_end = _sent_end(doc, e, 12)
    j = e + 1
    while j < min(sent_end, e + 12) and doc[j].text not in (",", ";", "(", ")"):
        j += 1
    words = doc[e + 1:j]
    # a description, not a clause on the name ("Rockstar, which is behind the GTA title") nor
    # what it makes ("Pyra Labs, makers of the Blogger software")
    return len(words) > 1 and _is(words[-1], "work", "product") and any(
        w.lower_ in ("the", "a", "an") or w.dep_ == "poss" for w in words) and not any(
        w.pos_ in ("VERB", "AUX") or w.lower_ in ("which", "who", "that", "of") for w in words)


def is_work(doc: Doc, s: int, e: int, first_name=None) -> bool:
    """Whether the name ``doc[s:e]`` is the title of a work or product: a work or product noun
    right before its title ("the film Goodfellas", "his album "Misunderstood"", "the hit When a
    Man Loves a Woman"), heading the list it stands in ("films such as Raging Bull and
    Goodfellas") or in apposition after it ("Counter-Strike, by far the most popular online
    game"); not a name that is the subject of a clause on that noun ("the film Tom Cruise
    made"). A person the model tagged who opens with a given name (``first_names.csv``, or
    ``first_name``, a word -> bool, where given) is no product's name ("the game Andre Nzame III was on target": a
    match in sports news); a work's title may be a person's name ("the film Mary Poppins")."""
    root = doc[s:e].root
    if e + 1 < len(doc) and doc[e].text in ("'s", "'") and doc[e + 1].is_lower:
        return False  # an owner: "Michael Moore's political documentary"
    from dyad.nlp.speaker_names import is_given_name  # that module reads ActorInfo from actors

    w = _before_title(doc, s)
    if _title_after(w):
        if not _is(w, "work") and doc[s].ent_type_ == "PERSON" and (
                is_given_name(doc[s].text) or (first_name is not None and first_name(
                    doc[s].text))):
            return False
        return not _relative_subject(doc, s, e)
    if root.dep_ == "appos" and root.head.i < s and _is(root.head, "work", "product"):
        return True  # "the film, Wasp"
    return _appositive(doc, e) or any(
        c.dep_ == "appos" and _is(c, "work", "product") for c in root.children)


@functools.lru_cache(maxsize=1)
def _work_hashes() -> frozenset[int]:
    """The hashes of the work and product nouns, as written and capitalised."""
    words = work_words()
    terms = words.get("work", frozenset()) | words.get("product", frozenset())
    return frozenset(hash_string(v) for t in terms for v in (t, t.capitalize()))


def _maybe_work_nouns(doc: Doc) -> list[int]:
    """The tokens whose word or lemma is a work or product noun, found over the Doc's array
    rather than token by token (most Docs hold none): ``_is`` then decides."""
    if not len(doc):
        return []
    hashes = _work_hashes()
    return [i for i, (low, lemma) in enumerate(doc.to_array([LOWER, LEMMA]).tolist())
            if low in hashes or lemma in hashes]


def title_words(doc: Doc) -> set[int]:
    """The tokens of every title a work or product noun stands right before ("his hit When a Man
    Loves a Woman"), whatever the model tagged them: no group or role noun is read in them."""
    out: set[int] = set()
    for k in _maybe_work_nouns(doc):
        w = doc[k]
        if not _is(w, "work", "product") or w.i + 1 >= len(doc):
            continue
        i = w.i + 1
        while i < len(doc) and doc[i].text in QUOTES:
            i += 1
        if i >= len(doc) or not doc[i].is_title or doc[i].is_sent_start:
            continue
        j, last = i, i
        while j < len(doc) and j - i < TITLE_WORDS and (
                doc[j].is_title or doc[j].lower_ in TITLE_SMALL) and not doc[j].is_sent_start:
            if doc[j].is_title:
                last = j
            j += 1
        if not _relative_subject(doc, i, last + 1):
            out.update(range(i, last + 1))
    return out


def is_award_or_event(doc: Doc, s: int, e: int) -> bool:
    """Whether the name ``doc[s:e]`` is an award's, prize's, contest's or event's: one its last
    word ("Audience Award", "Orange Prize", "Davis Cup", "Brit Awards") ends, or an award's own
    name standing alone ("this year's Oscars", "a Grammy"), not the first name of a person it
    opens ("Oscar Wilde")."""
    words = work_words()
    last = doc[e - 1]
    two = f"{doc[e - 2].lower_} {last.lower_}" if e - s > 1 else ""
    if not last.is_lower and (last.lower_ in words.get("head", ()) or two in words.get("head", ())):
        return True
    name = doc[s:e].text.lower()
    if name in words.get("award", ()):
        return not (e < len(doc) and doc[e].is_title and doc[e].ent_type_ == "PERSON")
    return False


def no_actor(doc: Doc, s: int, e: int, first_name=None) -> bool:
    """Whether the name ``doc[s:e]`` that the model tagged a person or body names no actor."""
    return is_award_or_event(doc, s, e) or is_work(doc, s, e, first_name)


def is_band(doc: Doc, s: int, e: int, is_place=None) -> bool:
    """Whether a name the model tagged a person is a band's: a band noun right before it ("the
    band Travis", "rock group The Darkness"), or a band member's noun it
    modifies ("Coldplay frontman Chris Martin", "Keane singer Tom Chaplin"; not "Madonna's
    singer", whose owner may be a solo singer's), that ``is_place`` (a name -> bool), where
    given, does not find a place ("Devon singer Joss Stone" says where she is from)."""
    root = doc[s:e].root
    if s > 0 and not _relative_subject(doc, s, e):
        w = doc[s - 1] if doc[s - 1].lower_ != "the" or s < 2 else doc[s - 2]
        if _is(w, "band"):
            return True
    head = root.head
    return root.dep_ in ("compound", "nmod") and head.i >= e and _is(head, "member") and not (
        is_place is not None and is_place(doc[s:e].text))
