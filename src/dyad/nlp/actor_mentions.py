"""The bounds of a named mention: the words the model took into a name that are not its own (a
dateline, an article, a bracket), and an "ex-" the tokenizer split off before a title."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from dyad.nlp.actor_phrases import DETERMINERS
from dyad.nlp.marks import DASHES

if TYPE_CHECKING:
    from dyad.nlp.actors import ActorInfo, ActorSet


def trim(span: Span) -> tuple[int, int]:
    s, e = span.start, span.end
    doc = span.doc
    # a dateline the model took into the name ("CLEVELAND - Donald Trump", "MANCHESTER, N.H. -
    # Bernie Sanders"): the name starts after its dash
    dash = next((t.i for t in span if t.text in DASHES and t.whitespace_), None)
    if dash is not None and dash + 1 < e and all(
            t.is_upper or t.is_punct or t.is_space for t in doc[s:dash]):
        s = dash + 1
    while s < e and doc[s].lower_ in DETERMINERS:
        s += 1
    if e - s > 2 and doc[s].lower_ == "ex" and doc[s + 1].text == "-":  # "ex-Ecuadorian" is former
        s += 2
    # a name the model ran into the bracket of its acronym ("Foreign Office (FO") ends before it
    opened = next((i for i in range(s, e) if doc[i].text == "("), None)
    if opened is not None and not any(doc[i].text == ")" for i in range(opened, e)):
        e = opened
    while e > s and (doc[e - 1].tag_ == "POS" or doc[e - 1].lower_ in ("'s", "’s", "'", "’")
                     or doc[e - 1].is_punct):
        e -= 1
    return s, e


def ex_prefix(a: ActorInfo, out: ActorSet, doc: Doc) -> None:
    """"ex-ministers", split by the tokenizer: the mention takes in "ex-", a former holder."""
    for s, e in list(a.mentions):
        if s > 1 and doc[s - 1].text == "-" and doc[s - 2].lower_ == "ex" and not (
                doc[s - 2].whitespace_ or doc[s - 1].whitespace_):
            a.former = True
            a.mentions.remove((s, e))
            out.add_mention(a, s - 2, e)
