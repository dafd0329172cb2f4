"""The cue that attributes a quotation: a speech verb right after it ("…,” X told NPR") or right
before it ("X said: “…”"), the verb a whole quoted sentence is the object of ('She declared
“What a night!”'), and whom the cue says it was said to."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dyad.nlp.actors import ActorSet
from dyad.nlp.cue_phrases import Cue, cue_end, cue_start, is_cue
from dyad.nlp.marks import MARK_CHARS
from dyad.nlp.quote_marks import OPENERS
from dyad.nlp.reported import QuoteInfo, speaker_of
from dyad.nlp.speakers import set_speaker

# the dependents that make a cue's phrase up to a quotation: whom it was said to, when, where
# and who ("said the Florida senator,")
CUE_PHRASE = {"dobj", "dative", "pobj", "prep", "npadvmod", "relcl", "compound", "amod", "det",
              "poss", "advmod", "nummod", "appos", "pcomp", "conj", "cc", "nsubj"}


def char_after(text: str, e: int) -> str:
    """The first character after a quotation's closing marks and the spaces that follow."""
    j = e
    while j < len(text) and text[j] in MARK_CHARS:
        j += 1
    while j < len(text) and text[j] in " \t\u00a0":
        j += 1
    return text[j] if j < len(text) else ""


def goes_on_from(doc: Doc, text: str, span: Span, cues: dict[str, Cue]) -> bool:
    """A quotation that opens in lower case after a comma, dash or abbreviation carries on the
    sentence before it ('X said that whatever voters decide, “they should not …”', 'the U.S.
    “does not have …”'): part of what that sentence reports. After its own cue ('…,” he said,
    “but …”', 'told his supporters, “our …”') it is a quote of its own."""
    i = span.start_char
    while i < len(text) and text[i] in MARK_CHARS:
        i += 1
    if i >= len(text) or not text[i].islower():
        return False
    j = span.start_char - 1
    while j >= 0 and (text[j] in MARK_CHARS or text[j] in " \t\u00a0"):
        j -= 1
    if j < 0 or text[j] not in ",;—–-.":
        return False
    before = doc.char_span(j, j + 1, alignment_mode="expand")
    if before is None or before.start == 0:
        return False
    tok = doc[before.start - 1] if before[0].is_punct else before[0]
    # up through the cue's own phrase ("told the mayors who gathered in Indianapolis,")
    while not is_cue(tok, cues) and tok.dep_ in CUE_PHRASE and tok.head.i != tok.i:
        tok = tok.head
    return not (is_cue(tok, cues) and speaker_of(tok) is not None)


def cue_before(doc: Doc, text: str, span: Span, cues: dict[str, Cue]) -> Token | None:
    """The speech verb right before a quotation that is all it reports ('She declared “What a Super
    Tuesday!”', 'a man yelled “Stay there!”'): the quotation opens a sentence of its own, in
    upper case, and ends where the clause does."""
    i = span.start_char
    while i < len(text) and text[i] in MARK_CHARS:
        i += 1
    k = span.end_char
    while k < len(text) and text[k] in MARK_CHARS:
        k += 1
    if i >= len(text) or not text[i].isupper() or not (
            text[span.end_char - 1] in ".!?" or k >= len(text) or text[k] in ".!?,;:\n"):
        return None
    first = span.start
    while first > 0 and all(ch in MARK_CHARS or ch.isspace() for ch in doc[first - 1].text):
        first -= 1
    if first == 0:
        return None
    t = doc[first - 1]
    c = cues.get(t.lemma_.lower())
    # a verb of saying, not of belief: 'feel “Invisible”' names a feeling
    return t if is_cue(t, cues) and c.kind == "speech" and speaker_of(t) is not None else None


def all_marks(t: Token) -> bool:
    return all(ch in MARK_CHARS for ch in t.text)


def _reopens(doc: Doc, t: Token) -> bool:
    """A straight mark that opens the next quotation ('… levels. "I feel …'): it sticks to the
    word after it, where a closing one stands apart ('… levels." I feel …'); what follows is
    said inside that quotation, not a cue of this one."""
    return (t.text in ('"', "``") and not t.whitespace_ and t.i + 1 < len(doc)
            and doc[t.i + 1].is_alpha and t.i > 0 and bool(doc[t.i - 1].whitespace_))


def cue_near(doc: Doc, text: str, span: Span, cues: dict[str, Cue], floor: int
              ) -> Token | None:
    """The speech verb attributing a direct quote: right after it, else right before it.

    After: "…,” X told NPR." — not after a quote that closes its own sentence ("….” Next…).
    Before: "X said: “…”" — only a colon or comma between the cue and the quote.
    """
    # "… the A.C.A.,'' said X": a comma after the final point means the sentence goes on, and
    # so does a lower-case word after a question or exclamation ("“But why?” he asked her")
    end = text[span.end_char - 1:span.end_char]
    closed = len(span) > 0 and end in ".!?" and (
        text[span.end_char:span.end_char + 1] != ",") and not (
        end in "!?" and char_after(text, span.end_char).islower())
    for t in doc[span.end:min(len(doc), span.end + 20)]:
        if "\n" in t.text or t.text in OPENERS or (
                t.text in ('"', "''", "``") and t.i > span.end + 1) or _reopens(doc, t):
            break
        if t.text in ".!?" and t.i > span.end + 1 and not _abbreviation_point(t):
            break
        if is_cue(t, cues) and speaker_of(t) is not None:
            # after a quote that ends its own sentence, only a bare "… ?” Trump asked." (not
            # "….” Later, the spokesman urged …", "….” The vote is expected in May", "….”
            # He urged them to act" or "….” The firm will announce …": a sentence of its own)
            if closed and (any(c.dep_ in ("ccomp", "auxpass") or (
                    c.dep_ == "xcomp" and c.tag_ == "VB") or (
                    c.dep_ == "aux" and c.tag_ == "MD") for c in t.children) or not (
                    _opens_with(doc, span.end, t))):
                break
            if any(c.dep_ == "ccomp" and c.i > t.i and any(
                    m.dep_ == "mark" and m.lower_ == "that" and not all_marks(doc[m.i - 1])
                    for m in c.children) for c in t.children):
                # '“…,” adding that …' reports what follows it ('“…,” X said, “that …”'
                # goes on with the quote)
                break
            return t
    start = span.start
    while start > 0 and doc[start - 1].is_punct and "\n" not in doc[start - 1].text:
        start -= 1
    gap = text[doc[start].idx if start < len(doc) else 0:span.start_char]
    lo = max(doc[start - 1].sent.start if start > 0 else 0, start - 25)
    for t in reversed(doc[lo:start]):
        if t.idx < floor or "\n" in t.text:
            break
        if t.dep_ == "advcl" and span.start <= t.head.i < span.end and any(
                c.dep_ == "mark" and c.lower_ != "as" for c in t.children):
            # 'while no impact could be expected, “it is …”': a clause of the quote's own ('as X
            # said, “…”' and '…, adding, “…”' attribute it)
            continue
        if is_cue(t, cues) and speaker_of(t) is not None:
            between = text[t.idx + len(t.text):span.start_char]
            if (":" in gap or "," in gap or ":" in between) and len(between) < 40:
                return t
            return None
    return None


# how far "according to X," may stand before the quotation it attributes
ACCORDING_REACH = 120


def according_before(doc: Doc, text: str, span: Span) -> tuple[Token, Token] | None:
    """'According to Brian Connell, an official, “…”': the phrase that opens the sentence and
    ends, after a comma or colon, right where a quotation opens attributes the quotation to
    whom it names; ("according", its object), or None."""
    start = span.start
    while start > 0 and doc[start - 1].is_punct and "\n" not in doc[start - 1].text:
        start -= 1
    gap = text[doc[start].idx if start < len(doc) else 0:span.start_char]
    if start == 0 or not (gap.strip().startswith((",", ":"))):
        return None
    lo = doc[start - 1].sent.start
    for t in reversed(doc[max(lo, start - 30):start]):
        if "\n" in t.text or any(ch in MARK_CHARS for ch in t.text) or t.text in ".!?;":
            return None
        if t.lower_ != "according" or t.i + 1 >= len(doc) or doc[t.i + 1].lower_ != "to":
            continue
        # the phrase opens its sentence (or line), no more than a word or two of the
        # writer's before it ("But according to X, “…”")
        first = t.i
        while first > lo and "\n" not in doc[first - 1].text_with_ws and (
                doc[first - 1].is_punct or doc[first - 1].dep_ in ("cc", "advmod")):
            first -= 1
        source = next((c for c in doc[t.i + 1].children if c.dep_ == "pobj"), None)
        if first > lo and "\n" not in doc[first - 1].text_with_ws or source is None or (
                span.start_char - t.idx > ACCORDING_REACH):
            return None
        return t, source
    return None


def _abbreviation_point(t: Token) -> bool:
    """'“…,” Oakland police Sgt. Mark Schmid said': a point the tokenizer split from a short
    capitalised word, before a name, abbreviates it and ends no sentence."""
    doc = t.doc
    if t.text != "." or t.i == 0 or t.i + 1 >= len(doc):
        return False
    word = doc[t.i - 1]
    return not word.whitespace_ and word.is_alpha and word.is_title and len(word) <= 4 and (
        doc[t.i + 1].pos_ == "PROPN")


def according_after(doc: Doc, span: Span) -> tuple[Token, Token] | None:
    """'“The vehicle refused to stop,” according to the district attorney': the phrase right
    after a quotation that its sentence goes on into attributes it; ("according", its object),
    or None."""
    i = span.end
    while i < len(doc) and (all_marks(doc[i]) or doc[i].text == ",") and "\n" not in doc[i].text:
        i += 1
    if i + 1 >= len(doc) or i == span.end or doc[i].lower_ != "according" or (
            doc[i + 1].lower_ != "to"):
        return None
    if not any(doc[j].text == "," for j in range(span.end - 1, i)):
        return None  # '“….” According to X, …' opens a sentence of its own
    source = next((c for c in doc[i + 1].children if c.dep_ == "pobj"), None)
    return (doc[i], source) if source is not None else None


def _opens_with(doc: Doc, i: int, cue: Token) -> bool:
    """Whether the first word from token ``i`` on is ``cue`` or a word of who says it."""
    first = next((t for t in doc[i:cue.i + 1] if not t.is_punct), cue)
    who = speaker_of(cue)
    return first.i == cue.i or (who is not None and who.left_edge.i <= first.i <= who.right_edge.i)


def attribute(doc: Doc, text: str, actors: ActorSet, q: QuoteInfo, cue: Token, cues,
               marked: list[tuple[int, int]]) -> None:
    first, last = doc[cue_start(cue)], doc[cue_end(cue)]
    q.cue_span = (first.idx, last.idx + len(last.text))
    q.cue = text[q.cue_span[0]:q.cue_span[1]]
    set_speaker(doc, actors, q, speaker_of(cue), marked)
    c = cues.get(cue.lemma_.lower())
    if c is not None and c.takes_addressee:
        for ch in cue.children:
            target = None
            if ch.dep_ in ("dobj", "dative") and ch.pos_ in ("PROPN", "NOUN", "PRON"):
                target = ch
            elif ch.dep_ in ("prep", "dative") and ch.lower_ == "to":
                target = next((g for g in ch.children if g.dep_ == "pobj"), None)
            if target is not None:
                a = actors.at(target)
                if a is not None:
                    q.addressee = a.id
                    break
