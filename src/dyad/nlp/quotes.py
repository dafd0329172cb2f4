"""Quotes: direct, mixed and reported statements, attributed to their speakers.

1. Quotation marks are paired per paragraph (curly and straight; a paragraph that leaves a quote
   open continues it only when the next paragraph reopens it; a stray mark never swallows text).
2. A direct quote takes the speaker of a speech cue next to it ("…,” X told NPR" / "X said: “…”"),
   or, with no cue of its own, continues the previous quote of the same paragraph.
3. Reported speech is a cue verb with a clausal complement ("X said (that) …") or "according to X".
   A short quotation inside that complement makes it a mixed quote.
4. Speakers that are pronouns or descriptors are resolved to actors (``resolve_speaker``).
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Doc, Span, Token

from dyad.nlp.actors import PRONOUNS, ActorInfo, ActorSet

OPENERS = {"“": "”", "„": "”", "«": "»", "‹": "›"}
CLOSERS = {"”", "»", "›"}
EDGE_PUNCT = " \t\n,;:—–-"


@dataclass(frozen=True)
class Cue:
    term: str
    kind: str
    takes_addressee: bool


@functools.lru_cache(maxsize=1)
def load_cues() -> dict[str, Cue]:
    text = resources.files("dyad.data").joinpath("cues.csv").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return {r["cue"]: Cue(r["cue"], r["kind"], r["takes_addressee"] == "yes")
            for r in csv.DictReader(lines)}


@dataclass
class QuoteInfo:
    start: int  # character offsets of the content
    end: int
    kind: str
    speaker: str | None = None
    speaker_span: tuple[int, int] | None = None  # character offsets
    cue: str | None = None
    cue_span: tuple[int, int] | None = None
    addressee: str | None = None
    evidence: str = ""


# -- quotation marks ---------------------------------------------------------------------------
def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the text inside paired quotation marks, one per paragraph piece."""
    out: list[tuple[int, int]] = []
    paragraphs = []
    pos = 0
    for line in text.split("\n"):
        paragraphs.append((pos, pos + len(line)))
        pos += len(line) + 1
    for pi, (ps, pe) in enumerate(paragraphs):
        open_at: int | None = None
        for i in range(ps, pe):
            ch = text[i]
            if ch in OPENERS or (ch == '"' and _opens(text, i, ps) and open_at is None):
                open_at = i  # an opener while open: the earlier one was stray
            elif ch in CLOSERS or ch == '"':
                if open_at is not None:
                    if i > open_at + 1:
                        out.append((open_at + 1, i))
                    open_at = None
        if open_at is not None and pi + 1 < len(paragraphs):
            ns, ne = paragraphs[pi + 1]
            nxt = text[ns:ne].lstrip()
            if nxt[:1] in OPENERS or nxt[:1] == '"':
                out.append((open_at + 1, pe))  # multi-paragraph quote, continued below
    return [_strip(text, s, e) for s, e in out if _strip(text, s, e)[0] < _strip(text, s, e)[1]]


def _opens(text: str, i: int, para_start: int) -> bool:
    before = text[i - 1] if i > para_start else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/") and not after.isspace()


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in EDGE_PUNCT:
        s += 1
    while e > s and text[e - 1] in EDGE_PUNCT:
        e -= 1
    return s, e


# -- attribution -------------------------------------------------------------------------------
def find_quotes(doc: Doc, actors: ActorSet) -> list[QuoteInfo]:
    cues = load_cues()
    text = doc.text
    quotes: list[QuoteInfo] = []
    directs = []
    for s, e in quote_spans(text):
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or not len(span):
            continue
        if _is_partial(doc, span, text, s, e):
            continue
        directs.append((s, e, span))
    prev: QuoteInfo | None = None
    used_cues: set[int] = set()
    for s, e, span in directs:
        q = QuoteInfo(start=s, end=e, kind="direct")
        cue = _cue_near(doc, span, cues, prev.end if prev else 0)
        if cue is not None:
            used_cues.add(cue.i)
            _attribute(doc, actors, q, cue, cues)
            q.evidence = "quotation marks + adjacent cue"
        elif prev is not None and prev.speaker and _same_paragraph_or_continued(text, prev, q):
            q.speaker = prev.speaker
            q.evidence = "quotation marks + continuation of the previous quote"
        else:
            q.evidence = "quotation marks, no cue"
        quotes.append(q)
        prev = q
    quotes.extend(_reported(doc, actors, cues, used_cues, [(q.start, q.end) for q in quotes]))
    quotes.sort(key=lambda q: q.start)
    return quotes


def _is_partial(doc: Doc, span: Span, text: str, s: int, e: int) -> bool:
    """A quotation inside a sentence ('would “welcome” news'), not a free-standing quote."""
    if len(span) >= 8 or any(t.pos_ in ("VERB", "AUX") for t in span) and len(span) >= 4:
        return False
    before = text[max(0, s - 3):s - 1].strip()
    after = text[e + 1:e + 3].strip()
    if text[e - 1:e] in ".!?" or text[e:e + 1] in ",.!?":
        return not (before == "" or before[-1:] in ":,\n")
    return True


def _same_paragraph_or_continued(text: str, prev: QuoteInfo, q: QuoteInfo) -> bool:
    between = text[prev.end:q.start]
    if "\n" not in between:
        return True
    # A continued quote: the previous paragraph ends inside the quote, the next reopens it.
    return between.strip(" \t,.!?”\"»") in ("", "“", '"', "«") and between.count("\n") == 1


def _cue_near(doc: Doc, span: Span, cues: dict[str, Cue], floor: int) -> Token | None:
    """The speech verb attributing a direct quote: right after it, else right before it.

    After: "…,” X told NPR." — not after a quote that closes its own sentence ("….” Next…).
    Before: "X said: “…”" — only a colon or comma between the cue and the quote.
    """
    text = doc.text
    closed = text[span.end_char - 1:span.end_char] in ".!?" if len(span) else False
    if not closed:
        for t in doc[span.end:min(len(doc), span.end + 20)]:
            if "\n" in t.text or t.text in OPENERS or (t.text == '"' and t.i > span.end + 1):
                break
            if t.text in ".!?" and t.i > span.end + 1:
                break
            if _is_cue(t, cues) and _subject(t) is not None:
                return t
    start = span.start
    while start > 0 and doc[start - 1].is_punct and "\n" not in doc[start - 1].text:
        start -= 1
    gap = text[doc[start].idx if start < len(doc) else 0:span.start_char]
    lo = max(doc[start - 1].sent.start if start > 0 else 0, start - 25)
    for t in reversed(doc[lo:start]):
        if t.idx < floor or "\n" in t.text:
            break
        if _is_cue(t, cues) and _subject(t) is not None:
            between = text[t.idx + len(t.text):span.start_char]
            if (":" in gap or "," in gap or ":" in between) and len(between) < 40:
                return t
            return None
    return None


def _is_cue(t: Token, cues: dict[str, Cue]) -> bool:
    if t.pos_ not in ("VERB", "AUX"):
        return False
    c = cues.get(t.lemma_.lower())
    return c is not None and c.kind in ("speech", "belief")


def _subject(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c
    if verb.dep_ in ("conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)
    if verb.dep_ == "relcl":
        return verb.head
    return None


def _np_span(tok: Token) -> tuple[int, int]:
    """Token span of a speaker's noun phrase: compounds, modifiers, apposition excluded."""
    left = tok.i
    for c in tok.lefts:
        if c.dep_ in ("compound", "amod", "det", "poss", "nmod", "prep", "pobj", "punct"):
            left = min(left, c.left_edge.i)
    return left, tok.i + 1


def _attribute(doc: Doc, actors: ActorSet, q: QuoteInfo, cue: Token, cues) -> None:
    q.cue = cue.text
    q.cue_span = (cue.idx, cue.idx + len(cue.text))
    subj = _subject(cue)
    if subj is not None:
        actor, mention = resolve_speaker(doc, actors, subj)
        q.speaker = actor.id if actor else None
        q.speaker_span = (doc[mention[0]].idx, doc[mention[1] - 1].idx + len(doc[mention[1] - 1]))
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


def resolve_speaker(doc: Doc, actors: ActorSet, tok: Token) -> tuple[ActorInfo | None, tuple]:
    """The actor a speaker token stands for, and the mention's token span."""
    a = actors.at(tok)
    if a is None or a.kind != "person":
        # "Russian Ambassador to the United Nations Vitaly Churkin said": the parser may head
        # the phrase on the title; the person named inside it is the speaker.
        for x in tok.subtree:
            p = actors.at(x)
            if p is not None and p.kind == "person" and x.i != tok.i:
                a, tok = p, x
                break
    if a is not None:
        span = next(((s, e) for s, e in a.mentions if s <= tok.i < e), (tok.i, tok.i + 1))
        return a, span
    if tok.lower_ in PRONOUNS:
        a = resolve_pronoun(doc, actors, tok)
        if a is not None:
            actors.add_mention(a, tok.i, tok.i + 1)
        return a, (tok.i, tok.i + 1)
    # A descriptor: the same role or name already met ("the spokesman"); else its own actor.
    start, end = _np_span(tok)
    for inner in doc[start:end]:
        a = actors.at(inner)
        if a is not None:
            return a, (start, end)
    role = tok.lemma_.lower()
    same_role = [x for x in actors.actors if x.role and x.role.split()[-1] == role]
    if len(same_role) == 1:
        actors.add_mention(same_role[0], start, end)
        return same_role[0], (start, end)
    if tok.pos_ in ("NOUN", "PROPN") and _is_descriptor(tok, actors):
        words = [t for t in doc[start:end] if t.dep_ not in ("det", "punct")]
        name = " ".join(t.text for t in words) or tok.text
        a = ActorInfo(id=f"a{len(actors.actors) + 1}", name=name,
                      kind="group" if tok.tag_ in ("NNS", "NNPS") else "other",
                      key="speaker:" + name.lower(), evidence="speaker noun phrase")
        actors.actors.append(a)
        actors.add_mention(a, start, end)
        return a, (start, end)
    return None, (tok.i, tok.i + 1)


def _is_descriptor(tok: Token, actors: ActorSet) -> bool:
    """A noun that names who spoke ("a senior official", "the ministry"), not "reports"."""
    from dyad.knowledge import load_knowledge

    kb = load_knowledge()
    return tok.pos_ == "PROPN" or kb.role(tok.lemma_) is not None or kb.role(tok.lower_) is not None


def resolve_pronoun(doc: Doc, actors: ActorSet, tok: Token) -> ActorInfo | None:
    """Nearest earlier actor that agrees with the pronoun (gender for he/she, plural for they)."""
    gender = PRONOUNS.get(tok.lower_)
    want_person = tok.lower_ in ("he", "him", "his", "she", "her", "hers", "i")
    best: tuple[int, ActorInfo] | None = None
    for a in actors.actors:
        if want_person != (a.kind == "person"):
            continue
        if gender and a.gender and a.gender != gender:
            continue
        before = [s for s, _ in a.mentions if s < tok.i]
        if before and (best is None or max(before) > best[0]):
            best = (max(before), a)
    if best is None:
        return None
    a = best[1]
    if gender and a.gender is None:
        a.gender = gender
    return a


# -- reported speech ---------------------------------------------------------------------------
def _reported(doc: Doc, actors: ActorSet, cues: dict[str, Cue], used: set[int],
              direct: list[tuple[int, int]]) -> list[QuoteInfo]:
    out: list[QuoteInfo] = []
    partials = quote_spans(doc.text)
    for t in doc:
        if t.i in used:
            continue
        content = None
        cue_tokens = (t.i, t.i + 1)
        speaker_tok = None
        if _is_cue(t, cues) and cues[t.lemma_.lower()].kind == "speech":
            comp = next((c for c in t.children if c.dep_ == "ccomp"), None)
            speaker_tok = _subject(t)
            if comp is None or speaker_tok is None or speaker_tok.i in range(
                    comp.left_edge.i, comp.right_edge.i + 1):
                continue
            content = _clause_span(comp)
        elif t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
            pobj = next((c for c in doc[t.i + 1].children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            speaker_tok = pobj
            cue_tokens = (t.i, t.i + 2)
            clause = t.head
            tokens = [x for x in clause.subtree if not (t.i <= x.i <= pobj.right_edge.i)]
            content = _trim_tokens(doc, tokens)
        if not content:
            continue
        cs, ce = content
        if any(ds < ce and cs < de for ds, de in direct if (min(ce, de) - max(cs, ds)) > 0.5 * (ce - cs)):
            continue
        kind = "mixed" if any(cs <= ps and pe <= ce for ps, pe in partials) else "indirect"
        q = QuoteInfo(start=cs, end=ce, kind=kind, evidence="reported speech: cue + complement")
        q.cue = doc.text[doc[cue_tokens[0]].idx:doc[cue_tokens[1] - 1].idx + len(doc[cue_tokens[1] - 1])]
        q.cue_span = (doc[cue_tokens[0]].idx, doc[cue_tokens[0]].idx + len(q.cue))
        actor, mention = resolve_speaker(doc, actors, speaker_tok)
        q.speaker = actor.id if actor else None
        q.speaker_span = (doc[mention[0]].idx, doc[mention[1] - 1].idx + len(doc[mention[1] - 1]))
        if cues.get(t.lemma_.lower(), Cue("", "", False)).takes_addressee:
            obj = next((c for c in t.children if c.dep_ in ("dobj", "dative")), None)
            if obj is not None and actors.at(obj) is not None:
                q.addressee = actors.at(obj).id
        out.append(q)
    return out


def _clause_span(comp: Token) -> tuple[int, int] | None:
    tokens = []
    for x in comp.subtree:
        tokens.append(x)
    # "…, but remained ignorant": a later conjunct after a comma is the narrator's again.
    for c in comp.children:
        if c.dep_ == "conj" and c.i > comp.i and any(
                p.text == "," for p in comp.doc[comp.i:c.i]) and not any(
                g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            cut = min(x.i for x in c.subtree)
            while cut - 1 > comp.i and (comp.doc[cut - 1].is_punct or comp.doc[cut - 1].dep_ == "cc"):
                cut -= 1
            tokens = [x for x in tokens if x.i < cut]
    while tokens and tokens[0].dep_ == "mark" and tokens[0].lower_ == "that":
        tokens = tokens[1:]
    return _trim_tokens(comp.doc, tokens)


def _trim_tokens(doc: Doc, tokens: list[Token]) -> tuple[int, int] | None:
    if not tokens:
        return None
    tokens = sorted(tokens, key=lambda x: x.i)
    s, e = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    s, e = _strip(doc.text, s, e)
    while e > s and doc.text[e - 1] in ".":
        e -= 1
    return (s, e) if e - s > 1 else None
