"""What introduces a quotation that has no cue of its own: the sentence before it, when its verb
is a cue or it ends with a colon (``lead_in``), or, in a dialogue of quoted paragraphs, whose
turn it is (``turn_taker``)."""

from __future__ import annotations

from collections.abc import Callable, Container

from spacy.tokens import Doc, Span, Token

from dyad.nlp.marks import MARK_CHARS
from dyad.nlp.reported import QuoteInfo
from dyad.nlp.speaker_salience import quoted_spans, within
from dyad.nlp.speakers import next_paragraph, own_paragraph, subject_of


def lead_in(doc: Doc, text: str, span: Span, cues: Container[str],
            is_cue: Callable[[Token], bool]) -> Token | None:
    """The verb of the sentence just before a quotation, when it introduces it: it ends with a
    colon, or its verb is one of ``cues``, and its subject names someone."""
    start = span.start
    while start > 0 and (doc[start - 1].is_punct or doc[start - 1].is_space):
        start -= 1
    if start == 0 or start < span.start - 3:
        return None
    prev = doc[start - 1].sent
    root = prev.root
    lo = next((t.i + 1 for t in reversed(doc[prev.start:start]) if "\n" in t.text), prev.start)
    if not lo <= root.i < start:
        # the parse ran the lead-in into the quotation or the paragraph before: the lead-in's
        # own head is its verb ('Cruz continued: “You look at …”')
        root = next((t for t in doc[lo:start] if t.pos_ in ("VERB", "AUX") and (
            t.head.i == t.i or not lo <= t.head.i < start)), None)
        if root is None:
            return None
    quoted = quoted_spans(doc)
    starts = [s for s, _ in quoted]
    if within(quoted, starts, root.idx):
        # the sentence's verb is in what someone said ("''Sometimes they say …,'' said Mr. Lee,
        # who … ''…''"): the narration's own cue, if any, introduces the quotation
        root = next((t for t in doc[lo:start] if t.lemma_.lower() in cues and is_cue(t)
                     and not within(quoted, starts, t.idx)), None)
        if root is None:
            return None
    colon = doc[start - 1].text == ":" or text[doc[start - 1].idx:span.start_char].count(":")
    if not colon and root.lemma_.lower() not in cues:
        return None
    if root.lemma_.lower() not in cues:
        # 'As Pollak observed, the winner was the stage itself: “…”': the aside says who
        root = next((t for t in doc[lo:start] if t.dep_ == "advcl" and t.lemma_.lower() in cues
                     and is_cue(t) and any(c.lower_ == "as" for c in t.children)), root)
    subj = subject_of(root, is_cue)
    if subj is None or subj.pos_ not in ("PROPN", "PRON", "NOUN") or subj.lower_ in ("it", "i"):
        return None
    return root


def turn_taker(text: str, quotes: list[QuoteInfo], q: QuoteInfo) -> QuoteInfo | None:
    """In a dialogue of quoted paragraphs ("“…?” X asked. / “…,” Y said. / “…?” / “…”) a
    quotation that is a paragraph of its own is the turn of whoever spoke before the last
    speaker, when the last two quotes are the paragraphs just before it, by two different
    speakers, one asking and one answering, and this one asks or answers in turn."""
    if len(quotes) < 2 or not own_paragraph(text, q.start, q.end):
        return None
    last, before = quotes[-1], quotes[-2]
    if not (last.speaker and before.speaker and last.speaker != before.speaker):
        return None
    # one asks, the other answers: the turn goes to whoever asked, or answered, like this one
    asks = [text[x.start:x.end].rstrip(" ," + MARK_CHARS).endswith("?") for x in (before, last, q)]
    if not (asks[0] == asks[2] != asks[1]):
        return None
    return before if next_paragraph(text, before, last) and next_paragraph(text, last, q) else None
