"""What surrounds an event's trigger: negation, modality (from auxiliaries, conditionals, control
verbs, denial and quotation), and the date and place the sentence gives it."""

from __future__ import annotations

import functools

from spacy.tokens import Span, Token

from dyad import cameo
from dyad.nlp.dates import resolve_date
from dyad.nlp.quotes import QuoteInfo

HYPOTHETICAL_AUX = {"might", "could", "would", "may", "should", "must", "can"}
INTENT_HEADS = {"try", "attempt", "plan", "intend", "seek", "aim", "want", "hope", "effort",
                "bid", "push", "move", "threaten", "offer", "propose", "prepare", "ensure", "vow"}
# Readiness announces the act it is ready for ("is willing to provide", "is ready to talk").
READY = {"willing", "ready", "prepared", "eager", "keen", "determined"}
HYPOTHETICAL_MARKS = {"if", "unless", "whether"}
CLAUSE_DEPS = {"ccomp", "advcl", "conj", "relcl", "acl", "parataxis"}
# A trigger's object and complements: what it says, does or denies, not when it happens.
CONTENT_DEPS = {"ccomp", "xcomp", "dobj", "parataxis"}


def negated(t: Token) -> bool:
    if any(c.dep_ == "neg" for c in t.children):
        return True
    return t.pos_ == "NOUN" and any(c.lower_ == "no" for c in t.children)


def modality(t: Token, quotes: list[QuoteInfo]) -> str:
    cues = cameo.modality_cues()
    node, steps = t, 0
    while steps < 6:
        for c in node.children:
            w = c.lower_
            if c.dep_ in ("aux",) and (w in HYPOTHETICAL_AUX or cues.get(w) == "hypothetical"):
                return "hypothetical"
            if c.dep_ == "aux" and node is t and cues.get(c.lemma_.lower()) == "intended":
                return "intended"  # "will release"
            if c.dep_ == "mark" and (w in HYPOTHETICAL_MARKS or cues.get(w) == "hypothetical"):
                return "hypothetical"
        lemma = node.lemma_.lower()
        if node is not t:
            if lemma == "deny" or cues.get(lemma) == "denied":
                return "denied"
            if lemma in INTENT_HEADS or lemma in READY or cues.get(lemma) == "intended":
                return "intended"
            if cues.get(lemma) == "hypothetical":
                return "hypothetical"
        if node.head.i == node.i or node.dep_ in ("ROOT",):
            break
        if node.dep_ in ("ccomp",) and node.head.lemma_.lower() not in INTENT_HEADS:
            break  # reported speech: what the speaker said is judged by the quote below
        node, steps = node.head, steps + 1
    if any(q.start <= t.idx < q.end for q in quotes):
        return "reported"
    return "asserted"


def event_date(t: Token, published: str | None, sent: Span,
          doc_dates: list[Span] | None = None) -> str | None:
    """The date of the event ``t`` triggers; ``doc_dates``: the Doc's DATE entities, when the
    caller has them (the same as those of ``sent.ents``, which reads every entity anew)."""
    if doc_dates is None:
        dates = [e for e in sent.ents if e.label_ == "DATE"]
    else:
        dates = [e for e in doc_dates if e.start >= sent.start and e.end <= sent.end]
    if not dates:
        return None
    # The date phrase attached to this trigger, else the sentence's only one, unless that one
    # dates what the trigger is about: "denied reports that talks resume on 16 March".
    inner = False
    for e in dates:
        head = e.root
        # Up to the clause the date phrase belongs to; through control verbs ("tried to come
        # … over the weekend"), not into another clause.
        while head.head.i != head.i and head.i != t.i and head.dep_ not in CLAUSE_DEPS:
            head = head.head
        if head.i == t.i:
            return resolve_event_date(e.text, published)
        inner = inner or any(c.i == head.i or c.is_ancestor(head) for c in t.children
                             if c.dep_ in CONTENT_DEPS)
    return resolve_event_date(dates[0].text, published) if len(dates) == 1 and not inner else None


@functools.lru_cache(maxsize=4096)
def resolve_event_date(text: str, published: str | None) -> str | None:
    # dateparser is slow, and every event of a sentence asks about the same phrases.
    return resolve_date(text, published)


def event_place(t: Token, places: list[tuple[int, int, str]], sent: Span) -> str | None:
    inside = [p for p in places if sent.start_char <= p[0] < sent.end_char]
    if not inside:
        return None
    for s, _e, pid in inside:
        tok = t.doc.char_span(s, _e, alignment_mode="expand")
        if tok is None:
            continue
        node = tok.root
        for _ in range(4):
            if node.head.i == node.i:
                break
            if node.head.i == t.i:
                return pid
            node = node.head
    return inside[0][2] if len(inside) == 1 else None
