"""When a text with no publication date was written, as far as its own years tell.

A dictionary person holds offices at different times (Gordon Brown was chancellor until 2007,
then prime minister); the publication date picks the office held then. A text given without a
date still says when it was written: what it tells in the past tense ("Labour won in 2001",
"has led since 2003") happened before it was written, so the latest such year bounds its date
from below. Years in what the text looks ahead to ("the election due in 2010", "by 2008") bound
nothing and are left out, as are years that are no dates ("2,004 votes" is no DATE entity).
The bound stands as the last day of that year: the office held then is the one the text most
likely means, and one begun later in that year is still nearer the writing than one left earlier.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# Past tense, or a participle after a form of "have" ("has led since 2003").
PERFECT = {"has", "have", "had", "'s", "'ve", "'d"}


def written_after(doc: Doc) -> str | None:
    """``YYYY-12-31`` of the latest year the text puts in the past, or None."""
    years = [int(m.group(1)) for ent in doc.ents if ent.label_ == "DATE" and _past(ent)
             for m in YEAR.finditer(ent.text)]
    return f"{max(years)}-12-31" if years else None


def _past(ent: Span) -> bool:
    before = ent.doc[ent.start - 1].lower_ if ent.start else ""
    if "since" in (before, ent[0].lower_):
        return True  # "since 2003": the time from then until the writing
    verb = _verb(ent.root)
    return verb is not None and _past_verb(verb)


def _verb(t: Token) -> Token | None:
    """The verb the date hangs from: the first verb up its chain of heads."""
    while t.pos_ not in ("VERB", "AUX"):
        if t.head.i == t.i:
            return None
        t = t.head
    return t


def _past_verb(verb: Token) -> bool:
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" for c in aux):
        return False  # "will hold the vote in 2010", "would end by 2008"
    if any(c.lower_ in PERFECT for c in aux):
        return True
    if verb.tag_ == "VBD":
        return True
    return any(c.tag_ == "VBD" for c in aux)  # "was elected in 2001"
