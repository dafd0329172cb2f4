"""Reported content beside quotations: a cue verb right after a quotation that attributes it
('“We must act,” said Lee, who …'), content that opens with a quotation closed by a comma, and
content made whole around the quotations it cuts or runs on into."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dyad.nlp.cue_phrases import cue_start
from dyad.nlp.marks import MARK_CHARS


def inverted_after_quotation(text: str, verb: Token, quotes: list[tuple[int, int]]) -> bool:
    """A finite cue verb right after a quotation's closing marks with no subject before it
    ('“We must act,” said Lee, who …'): it attributes that quotation, and what follows it is
    its speaker, not what was said."""
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBD", "VBZ", "VBP") or (
            not verb.text[:1].islower()):  # '… by then." Asked what …, she said': a new sentence
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children):
        return False
    start = verb.doc[cue_start(verb)].idx
    return any(e <= start and not text[e:start].strip(" ," + MARK_CHARS) for _, e in quotes)


def quotation_first(doc: Doc, text: str, s: int, e: int, marked: list[tuple[int, int]]) -> int:
    """Where reported content ends that opens with a whole quotation closed by a comma ('argue
    that “there is precedent,” citing …'): at the closing marks, when a participle or a
    subordinating conjunction follows (the writer's words, or a report of their own), not a
    gloss of the quoted words ('“The Sopranos,” a show that …'). ``text`` is ``doc.text``, which
    spaCy rebuilds on each access."""
    for ms, me in marked:
        if me >= e or ms < s or text[me - 1:me] != "," and text[me:me + 1] != ",":
            continue
        lead = text[s:ms].strip(" " + MARK_CHARS)
        if lead and lead.lower() != "that":
            continue
        rest = len(text[me:e]) - len(text[me:e].lstrip(" ," + MARK_CHARS))
        nxt = doc.char_span(me + rest, e, alignment_mode="expand")
        if nxt is not None and len(nxt) and (nxt[0].tag_ == "VBG" or nxt[0].pos_ == "SCONJ"):
            return me
    return e


def whole_quotations(text: str, s: int, e: int, marked: list[tuple[int, int]]
                      ) -> tuple[int, int]:
    """Reported content never cuts a quotation in two, and a quotation that goes on from where
    the clause ends is part of it ('called him “unhinged”', where the parse left it out). One
    that opens after another quotation closed there is a new one ('… the only “medicine.”
    “We …,” he said')."""
    for ms, me in marked:
        if ms < s < me:
            s = ms
        if ms < e < me or (e <= ms and not text[e:ms].strip(" " + MARK_CHARS) and not any(
                e <= oe <= ms for _, oe in marked)):
            e = me
    return s, e
