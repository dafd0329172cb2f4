"""Reported attitudes: an adjective that states what its holder thinks or feels about something
("Kasich is critical of the plan", "she was eager to debate", "they are hopeful that it
passes", "he made it clear that he would run"), as PolNeAR counts them among attributions.

An adjective row of ``cues.csv`` names the adjective and the word that introduces what it is
about: a preposition ("critical of"), "that" for its clause, "to" for its infinitive. The
adjective must be predicated of its holder ("X is / seems / remains critical of"), or be what
someone makes of something ("made it clear that"); the holder is the subject of that verb, and
an adjective with no subject, or the expletive "it" ("it is not clear whether"), attributes
nothing. The cue runs from the verb (with its auxiliaries) to the adjective, and its
preposition if any; the content is the preposition's object, or the clause.

A noun of attitude that a verb voices ("expressed concern about X", "voiced support for X")
is part of the cue in the same way, and X is the content (``attitude_object``).
"""

from __future__ import annotations

from spacy.tokens import Token

from dyad.nlp.cue_phrases import Cue, cue_start
from dyad.nlp.reported import (
    EXPRESS,
    SHOW,
    _clause_span,
    _clause_word,
    _noun_report,
    _prep_object,
    speaker_of,
)

# verbs that make an adjective something said of their object ("made it clear that …")
MAKING = {"make"}


def attitude_report(text: str, adj: Token, cues: dict[str, Cue]
                    ) -> tuple[tuple[int, int], tuple[int, int], Token | None] | None:
    """(content span, cue token span, holder token) of the attitude ``adj`` states."""
    head = adj.head
    if head.i == adj.i or head.pos_ not in ("VERB", "AUX"):
        return None
    making = head.lemma_.lower() in MAKING and adj.dep_ in ("ccomp", "oprd", "acomp", "xcomp")
    if adj.dep_ != "acomp" and not making:
        return None  # "a critical report of …": no one is said to hold it
    holder = speaker_of(head)
    if holder is None or holder.dep_ == "expl" or (holder.lower_ == "it" and not making):
        return None
    lemma = adj.lemma_.lower()
    # what it is about hangs from the adjective, or, after it, from the verb ("made it clear
    # that …" is parsed either way)
    places = list(adj.rights) + ([c for c in head.rights if c.i > adj.i] if making else [])
    for p in places:
        if p.dep_ == "prep":
            word = p.lower_
        elif p.dep_ in ("ccomp", "advcl") and not any(c.dep_ == "mark" for c in p.children):
            word = "that"  # "glad he came": a clause with no marker is its that-clause
        else:
            word = _clause_word(p)
        cue = cues.get(f"{lemma} {word}") if word else None
        if cue is None or cue.kind != "adjective":
            continue
        if p.dep_ == "prep":
            if (found := _prep_object(text, p)) is None:
                continue
            content, last = found
        else:
            content, last = _clause_span(text, p), adj.i
        if not content:
            return None
        return content, (cue_start(head), last + 1), holder
    return None


def attitude_object(text: str, verb: Token, noun: Token, cues: dict[str, Cue]
                     ) -> tuple[tuple[int, int] | None, Token] | None:
    """What the object of a verb of EXPRESS or SHOW is about ("voiced concern about X",
    "expressed support for X", "expressed confidence it will hold"): the words of the object's
    first prepositional object or clause, with the token the cue ends on (the preposition, or
    the noun). After SHOW, only where the object is a cue noun ("showed no interest in X", "a
    plan to X"): what a poll shows ("a lead for Lee") is no attitude. None where the object
    holds neither, or has a determiner or possessor of its own."""
    lemma = verb.lemma_.lower()
    if noun.dep_ != "dobj" or noun.pos_ != "NOUN" or lemma not in EXPRESS | SHOW:
        return None
    if lemma in SHOW:
        found = _noun_report(text, noun, cues)
        return None if found is None else (found[0], noun.doc[found[1][1] - 1])
    if any(c.dep_ in ("det", "poss") for c in noun.children):
        return None  # "voiced his disapproval of X": a thing of its own, which PolNeAR reports
    for c in noun.rights:
        if c.dep_ == "prep":
            found = _prep_object(text, c)
            return None if found is None else (found[0], c)
        if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX"):
            return _clause_span(text, c), noun
    return None
