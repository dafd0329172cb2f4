"""Quotes: direct, mixed and reported statements, attributed to their speakers.

1. Quotation marks are paired per paragraph (``dyad.nlp.quote_marks``), a quote over several
   paragraphs one quote per paragraph; such a passage that no one is given to say is no quote.
2. A quotation that starts or ends inside a clause ('said the talks were “a welcome step”'), or
   opens in lower case to carry on the sentence before it ('X said that whatever happens, “we
   …”'), is part of reported speech, not a quote of its own; but a whole sentence quoted right
   after its speech verb ('She declared “What a night!”') is a quote of that verb. A quotation
   beside a work as its title ('the movie, “13 Hours,”') is no quote. A free-standing quotation
   takes the speaker of a speech cue next to it ("…,” X told NPR" / "X said: “…”" / "“…?” X
   asked"); else it is the second half of a quote split by its attribution, or continues the
   previous quote, or follows a sentence that introduces it ("X had a message: “…”"), or is a
   paragraph of its own right after the paragraph of a quote by X, and is X's. A short one
   with none of these is a title or a slogan, and is dropped, as is one that a byline follows
   ('—“…,” by Jane Doe'). The words that open the sentence before a quotation attributed after
   it are part of it ('If it passes, “…,” she said'), and a quote relayed by someone else is
   theirs with its attribution ('“…,” X said, according to Y'): mixed quotes.
3. Reported speech (``dyad.nlp.reported``) is found at each cue not attributing a quotation; a
   report inside what someone else is quoted or reported to say is part of it, unless it is a
   partial quotation under a cue of its own joined to that report ('… and calls her “…”'). A
   quotation with no cue right after a report in its paragraph goes on with it ('She said
   they had made progress. “I really believe …”'): one mixed quote. The verbs and nouns the
   rules leave are scored by a learned model (``dyad.nlp.learned_cues``), which adds the
   reports it accepts ("X made the case that …").
4. A learned model may move an edge of an indirect report's content (``dyad.nlp.
   learned_spans``; on as ``dyad.nlp.LEARNED_SPANS`` says or as asked).
5. Speakers that are pronouns or descriptors are resolved to actors (``resolve_speaker``); a
   description resolved to someone named is their mention, not an actor of its own
   (``dyad.nlp.speaker_folds``).
6. People take the sex the text leaves no doubt about (``assign_genders``).
"""

from __future__ import annotations

import functools
import itertools
import re

from spacy.tokens import Doc, Span, Token

from dyad.knowledge import data_rows
from dyad.nlp import LEARNED_SPANS
from dyad.nlp.actors import PRONOUNS, ActorSet
from dyad.nlp.cue_phrases import Cue, cue_first, cue_start, is_cue, is_speech, load_cues
from dyad.nlp.doc_text import doc_text
from dyad.nlp.gender import assign_genders
from dyad.nlp.learned_cues import Scorer, default_model, learned_reports
from dyad.nlp.learned_spans import Chooser, choose_spans
from dyad.nlp.learned_spans import default_model as default_span_model
from dyad.nlp.quote_cues import (
    according_after,
    according_before,
    attribute,
    char_after,
    cue_before,
    cue_near,
    goes_on_from,
)
from dyad.nlp.quote_marks import OPENERS, left_open, quote_spans  # noqa: F401 (re-exported)
from dyad.nlp.report_lines import colon_lines
from dyad.nlp.reported import QuoteInfo, reported_speech, speaker_of, strip_edges
from dyad.nlp.speaker_folds import fold_descriptions
from dyad.nlp.speaker_leads import lead_in, turn_taker
from dyad.nlp.speaker_names import agreed_gender
from dyad.nlp.speaker_salience import quoted_spans
from dyad.nlp.speakers import (
    MARK_CHARS,
    name_lead,
    named_speaker,
    next_paragraph,
    own_paragraph,
    resolve_pronoun,  # noqa: F401 (re-exported)
    set_speaker,
)

# Works whose titles are quoted ('his new book, “Crippled America,”'): a name, not a quote
WORKS = {"book", "memoir", "novel", "autobiography", "biography", "film", "movie", "documentary",
         "show", "series", "program", "programme", "podcast", "column", "essay", "article", "song",
         "album", "play", "musical", "opera", "poem", "episode", "sitcom"}
# What may follow a quote in its paragraph for the next paragraph's quotation to be its
# speaker's still: an attribution (", Trump said in a statement."), not a new sentence
SPEAKS_ON_REST = 60
# the quotations with no cue of their own that may go on with a report right before them,
# and what may stand between the two
_JOINABLE = ("the speaker of the sentence before", "no cue")
# a quotation carried on from the previous quotation in its paragraph goes with a report right
# before it only where someone else makes that report: who spoke last speaks on
_CONTINUED = "continuation of the previous quote"
_JOIN_GAP = " \t.:;,—–-" + MARK_CHARS


# -- attribution -------------------------------------------------------------------------------
def find_quotes(doc: Doc, actors: ActorSet, join_split: bool = False,
                cue_model: Scorer | None | str = "default",
                span_model: Chooser | None | str = "default" if LEARNED_SPANS else None
                ) -> list[QuoteInfo]:
    """Direct, mixed and reported quotes of a parsed Doc, with speakers among ``actors`` (which
    gains the actors and mentions that resolution finds).

    ``join_split`` makes a quote split by its attribution ("…," she said. "…") one quote from the
    first half's start to the second's end, the attribution inside it, as PolNeAR annotates it;
    by default each half is a quote of its own (the words between the marks), the second
    attributed by continuation. ``cue_model`` scores the cues the rules leave (``dyad.nlp.
    learned_cues``): the shipped model by default, None for the rules alone; ``span_model``
    chooses the edges of indirect reports (``dyad.nlp.learned_spans``): "default" for the
    shipped model, None for the rules' edges; unless given, as ``dyad.nlp.LEARNED_SPANS``
    says."""
    cues = load_cues()
    text = doc_text(doc)
    quotes: list[QuoteInfo] = []
    directs = []
    marked = quoted_spans(doc)
    said_by: dict[int, Token] = {}
    for s, e in marked:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or not len(span):
            continue
        if _names_a_work(span) or _BYLINE.match(text, e):
            continue  # a title: 'the movie, “13 Hours,”', '“Met gets a new director,” by X'
        if _is_partial(text, s, e):
            if (cue := cue_before(doc, text, span, cues)) is None:
                continue
            said_by[s] = cue  # 'She declared “What a night!”': all that the cue reports
        elif goes_on_from(doc, text, span, cues):
            continue
        directs.append((s, e, span))
    for t in doc:
        named_speaker(doc, actors, t, marked)  # "Lord Browne said …" before “…,” he said
    prev: QuoteInfo | None = None
    used_cues: set[int] = set()
    passages: list[tuple[int, int]] = []
    for s, e, span in directs:
        q = QuoteInfo(start=s, end=e, kind="direct")
        cue = said_by.get(s) or cue_near(doc, text, span, cues, prev.end if prev else 0)
        if prev is not None and cue is not None and _split_halves(text, prev, q, cue):
            cue = None  # '"Word is," Trump said, "that Ford…"': the cue between both halves
        if cue is not None:
            used_cues.add(cue.i)
            attribute(doc, text, actors, q, cue, cues, marked)
            q.evidence = "quotation marks + adjacent cue"
            _passed_on(doc, text, actors, q, cue, marked)
            if (start := _sentence_start(doc, text, q, cue)) is not None or (
                    start := _words_before(doc, text, q, cue, cues)) is not None:
                q.start, q.kind = start, "mixed"
                q.evidence += "; the words before its cue"
        elif (according := according_before(doc, text, span) or according_after(
                doc, span)) is not None:
            # 'According to X, a council official, “…”', '“…,” according to X': X's, the
            # phrase its cue
            used_cues.add(according[0].i)
            to = doc[according[0].i + 1]
            q.cue_span = (according[0].idx, to.idx + len(to))
            q.cue = text[q.cue_span[0]:q.cue_span[1]]
            set_speaker(doc, actors, q, according[1], marked)
            q.evidence = "quotation marks + according to before it"
        elif (name := name_lead(doc, actors, span, is_speech)) is not None:
            set_speaker(doc, actors, q, name, marked)  # 'Clinton: “…” Bush: “…”'
            q.evidence = "quotation marks + the name and colon before it"
        elif (other := turn_taker(text, quotes, q)) is not None:
            q.speaker, q.speaker_span = other.speaker, other.speaker_span
            q.evidence = "quotation marks + the other speaker of a dialogue"
        elif prev is not None and _split_halves(text, prev, q, cue):
            if join_split:
                # one statement around its attribution, as PolNeAR annotates it
                prev.end = q.end
                prev.evidence += "; joined with its second half"
                continue
            _carry(prev, q)
            q.evidence = "quotation marks + second half of a quote split by its attribution"
        elif prev is not None and (prev.speaker or prev.speaker_span) and _same_paragraph_or_continued(
                text, prev, q):
            _carry(prev, q)
            q.evidence = "quotation marks + continuation of the previous quote"
        elif len(span) < 5:
            continue  # a short quotation with no one to say it: a title, slogan or term
        elif (lead := lead_in(doc, text, span, cues, is_speech)) is not None:
            # 'The leader recalled a talk with him: “…”' / 'He took questions. “…”'
            set_speaker(doc, actors, q, speaker_of(lead), marked)
            q.evidence = "quotation marks + the speaker of the sentence before"
        elif prev is not None and (prev.speaker or prev.speaker_span) and _speaks_on(text, prev, q):
            _carry(prev, q)
            q.evidence = "quotation marks + a paragraph after the previous quote's"
        elif prev is not None and prev.speaker and _narrated_on(doc, actors, text, prev, q):
            q.speaker, q.speaker_span = prev.speaker, prev.speaker_span
            q.evidence = "quotation marks + the speaker the narration between is about"
        elif left_open(text, e) or (passages and not text[passages[-1][1]:s].strip(
                " \t\n" + MARK_CHARS)):
            # a passage run over paragraphs that no one is given to say, to its last paragraph:
            # no quote, nor are the reports inside it
            passages.append((s, e))
            continue
        else:
            q.evidence = "quotation marks, no cue"
        quotes.append(q)
        prev = q
    reported = reported_speech(doc, text, actors, cues, used_cues,
                               [(q.start, q.end) for q in quotes] + passages, marked)
    reported += learned_reports(doc, text, actors, cues, used_cues,
                                [(q.start, q.end) for q in quotes] + passages, marked, reported,
                                default_model() if cue_model == "default" else cue_model)
    # a line that a name and a colon open is all that name's ('Rubio: I Still Believe Trump
    # Can't Be Trusted'), reports inside it included; only a quotation takes it from the name
    reported += colon_lines(doc, text, actors, [(q.start, q.end) for q in quotes], marked)
    for q in reported:
        if q.kind == "direct":
            # a direct quote's text is the words between the marks, whichever found it
            q.start, q.end = _inside_marks(text, q.start, q.end)
    quotes += _outermost(doc, quotes, reported)
    quotes = _join_reports(text, quotes)
    quotes.sort(key=lambda q: q.start)
    for q in quotes:
        _widen_cue(doc, text, q)
    _answers(text, quotes)
    _carry_speakers(text, quotes)
    _documents_speak_as_others(doc, actors, quotes)
    choose_spans(doc, text, quotes, marked,
                 default_span_model() if span_model == "default" else span_model)
    fold_descriptions(actors, quotes)  # "the double Olympic champion" once named is no actor
    assign_genders(doc, actors, marked)
    return quotes


@functools.lru_cache(maxsize=1)
def source_nouns() -> frozenset[str]:
    """``data/source_nouns.csv``: nouns for what a statement is attributed to that is no one
    who speaks ("reports", "polls", "sources")."""
    return frozenset(r["term"] for r in data_rows("source_nouns.csv"))


def _documents_speak_as_others(doc: Doc, actors: ActorSet, quotes: list[QuoteInfo]) -> None:
    """A speaker that the text names only as reports, polls, studies or sources ('according
    to reports', 'polls show') keeps its words as its name, and is of kind "other", not a
    group: no collective says it."""
    nouns = source_nouns()
    for q in quotes:
        a = actors.get(q.speaker)
        if a is None or a.kind != "group" or a.evidence != "speaker noun phrase" or (
                q.speaker_span is None):
            continue
        span = doc.char_span(*q.speaker_span, alignment_mode="expand")
        if span is not None and span.root.lemma_.lower() in nouns:
            a.kind = "other"


def _join_reports(text: str, quotes: list[QuoteInfo]) -> list[QuoteInfo]:
    """A quotation with no cue of its own right after a report in its paragraph goes on with
    that report ('She said they had made progress. “I really believe …”', '… and that she has
    learned her lesson: “They are fortified …”'): one mixed statement, from the report's start
    to the quotation's end."""
    # not a question put to someone by no one named ('Dr Fox was asked if … “I'm sure …”'):
    # the quotation after it is the answer (``_answers``)
    reports = sorted((q for q in quotes if q.kind != "direct" and q.cue_span
                      and not _asked(q)), key=lambda q: q.end)
    if not reports:
        return quotes
    drop: set[int] = set()
    for q in quotes:
        continued = q.evidence.endswith(_CONTINUED)
        if q.kind != "direct" or q.cue_span is not None or not (
                continued or q.evidence.endswith(_JOINABLE)):
            continue
        if (nxt := char_after(text, q.end)) not in ("", "\n") and not nxt.isupper() and (
                nxt not in ('"', "“")):
            continue  # '“…,” Conway notes': an attribution follows (not a quotation reopened)
        for r in reports:
            gap = text[r.end:q.start]
            if r.end <= q.start and len(gap) < 8 and not gap.strip(_JOIN_GAP):
                if continued and (r.speaker is None or r.speaker == q.speaker or (
                        _inside_quotation(text, r))):
                    # '"…," Lee said. Ray said it was late. "…"': Ray's, not Lee's; where the
                    # report is the same speaker's, the quotation stays one of its own
                    break
                r.end, r.kind = _with_marks(text, q.start, q.end)[1], "mixed"
                r.evidence += "; the quotation after it"
                drop.add(id(q))
                if continued:
                    _hand_on(quotes, q, r)
                break
    return [q for q in quotes if id(q) not in drop]


def _inside_quotation(text: str, r: QuoteInfo) -> bool:
    """Whether report ``r`` stands inside a quotation its sentence opens and leaves open ('“…
    office. “At that meeting Lee admitted that …'): quoted words, not narration that hands the
    quotation on (as '“…?” Lee asked, repeating that …' is)."""
    at = min(r.start, *(r.speaker_span or (r.start,)), *(r.cue_span or (r.start,)))
    para = text.rfind("\n", 0, at) + 1
    ends = list(_SENTENCE_END.finditer(text, para, at))
    words = text[ends[-1].end() if ends else para:at].replace("''", '"')
    return words.count('"') % 2 == 1 or words.count("“") > words.count("”")


_SENTENCE_END = re.compile(r"[.?!](?:[\"”’]|'')?\s+")


_CARRIED = (_CONTINUED, "a paragraph after the previous quote's")


def _hand_on(quotes: list[QuoteInfo], q: QuoteInfo, r: QuoteInfo) -> None:
    """The quotations carried on from ``q`` ('Ray said it was late. “One. “Two.”') go on
    with ``r``, the report ``q`` now belongs to: its speaker's."""
    later = sorted((x for x in quotes if x.start >= q.end), key=lambda x: x.start)
    for x in later:
        if x.kind != "direct" or x.cue_span is not None or x.speaker != q.speaker or not (
                x.evidence.endswith(_CARRIED)):
            break
        x.speaker, x.speaker_span = r.speaker, r.speaker_span


def _asked(q: QuoteInfo) -> bool:
    """A question put to someone by no one the text names ("Fox was asked whether …")."""
    return q.speaker is None and q.addressee is not None


def _answers(text: str, quotes: list[QuoteInfo]) -> None:
    """A quotation with no cue and no speaker right after a question put to someone in its
    paragraph ('Dr Fox was asked if he would say yes. “I'm sure we would look at it …”') is
    the answer of the one asked."""
    for r, q in itertools.pairwise(quotes):
        if (_asked(r) and q.kind == "direct" and q.cue_span is None and q.speaker is None
                and r.end <= q.start and len(gap := text[r.end:q.start]) < 8
                and not gap.strip(_JOIN_GAP)):
            q.speaker = r.addressee
            q.evidence += "; the answer of the one asked before it"


def _carry_speakers(text: str, quotes: list[QuoteInfo]) -> None:
    """A paragraph that is one quotation with no cue and no speaker, right after a paragraph
    that ends on a report ('… said Trump had “the opportunity to bring us together.” / “I think
    he can do that …”'), is what the report's speaker went on to say, as it is after a
    quotation (``_speaks_on``); reports are found after the quotations, so this is done once
    both are known."""
    last: QuoteInfo | None = None
    for q in quotes:
        if q.speaker is None and q.kind == "direct" and q.cue_span is None and last is not None:
            if last.kind != "direct" and _speaks_on(text, last, q):
                _carry(last, q)
                q.evidence = "quotation marks + a paragraph after the previous report's"
            elif _split_halves(text, last, q, None) and "\n" not in text[last.end:q.start]:
                # 'but “the air does not react,” X said. “We will stay dry”': the first half
                # a report took in, the second the rest of it
                _carry(last, q)
                q.evidence = "quotation marks + second half of a quote split by its attribution"
            elif last.end <= q.start and not text[last.end:q.start].strip(" \t" + MARK_CHARS):
                # 'X criticised it. "One. "Two."': the quotation reopened right after the one
                # the report took in goes on with it
                _carry(last, q)
                q.evidence = "quotation marks + continuation of the previous quote"
        if q.speaker is not None:
            last = q


def _carry(prev: QuoteInfo, q: QuoteInfo) -> None:
    """``q`` goes on with what ``prev`` said: the same speaker, and the same one it was said
    to ('Lee told the Mail: "One. "Two."': both to the Mail)."""
    q.speaker, q.speaker_span = prev.speaker, prev.speaker_span
    q.addressee = q.addressee or prev.addressee


def _widen_cue(doc: Doc, text: str, q: QuoteInfo) -> None:
    """A cue phrase from the verb its clause completes ("went on to say", "continued to
    insist"), once what the cue's own verb holds has been settled."""
    if q.cue_span is None:
        return
    span = doc.char_span(*q.cue_span, alignment_mode="expand")
    if span is None or not len(span):
        return
    first = doc[cue_first(span.root)]
    if first.idx < q.cue_span[0] and not q.start <= first.idx < q.end:
        q.cue_span = (first.idx, q.cue_span[1])
        q.cue = text[q.cue_span[0]:q.cue_span[1]]


def _with_marks(text: str, s: int, e: int) -> tuple[int, int]:
    """A quotation's span with its own quotation marks, for a mixed quote that holds it."""
    while s > 0 and text[s - 1] in MARK_CHARS:
        s -= 1
    while e < len(text) and text[e] in MARK_CHARS:
        e += 1
    return s, e


def _inside_marks(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s] in MARK_CHARS or text[s].isspace()):
        s += 1
    while e > s and (text[e - 1] in MARK_CHARS or text[e - 1].isspace()):
        e -= 1
    return s, e


def _outermost(doc: Doc, quoted: list[QuoteInfo], reported: list[QuoteInfo]
               ) -> list[QuoteInfo]:
    """The reported speech that is not inside what someone else is quoted or reported to say
    ('voters say they think she could win': "think" is part of what they say), and the partial
    quotations that a report of its own joined to another one attributes ('He says he respects
    her and calls her “an extremely intelligent woman”', '…, saying it is “all about
    management”')."""
    # content around its own cue ("The talks, he said, failed") holds nothing else
    holders = [o for o in quoted + reported
               if not (o.cue_span and o.start <= o.cue_span[0] < o.end)]
    return [q for q in reported if q.cue_span is None or _joined_quotation(doc, q) or not any(
        o.start <= q.cue_span[0] < o.end and o is not q for o in holders)]


def _joined_quotation(doc: Doc, q: QuoteInfo) -> bool:
    """A mixed quote whose cue is coordinated with, or a participle added to, the verb it
    stands in ('calls', 'saying'): a statement beside that clause, not part of what it says."""
    if q.kind != "mixed" or q.cue_span is None:
        return False
    span = doc.char_span(*q.cue_span, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("conj", "advcl")


def _sentence_start(doc: Doc, text: str, q: QuoteInfo, cue: Token) -> int | None:
    """'An economic downturn, he said, “would hurt us”': the words before a parenthetical cue
    are the start of what was said when the quotation goes on with their sentence; where the
    quote then starts."""
    subj = speaker_of(cue)
    if cue.idx > q.start or subj is None or not subj.i < cue.i or not text[q.start].islower():
        return None
    left = min(subj.left_edge.i, cue_start(cue))
    start = doc[left].sent.start_char
    before = text[start:doc[left].idx]
    if not before.rstrip().endswith(",") or "\n" in before or any(
            ch in before for ch in MARK_CHARS) or not any(ch.isalpha() for ch in before):
        return None
    return strip_edges(text, start, q.end)[0]


_ACCORDING = re.compile(r"[^.!?\n“”\"]*?(,?\s+(?:according to|as recalled by)\s)")


def _passed_on(doc: Doc, text: str, actors: ActorSet, q: QuoteInfo, cue: Token,
               marked: list[tuple[int, int]]) -> None:
    """'“…,” Walker said, according to the AP': a quote and its attribution as someone else
    relays them are that one's statement, a mixed quote up to 'according to'."""
    if q.cue_span is None or q.cue_span[0] < q.end:
        return
    m = _ACCORDING.match(text, q.cue_span[1])
    if m is None:
        return
    prep = doc.char_span(m.end(1) - 3, m.end(1) - 1, alignment_mode="expand")
    source = next((c for c in prep[0].children if c.dep_ == "pobj"), None) if prep else None
    if source is None:
        return
    q.start = _with_marks(text, q.start, q.end)[0]  # mixed: its marks are part of its text
    q.end, q.kind = strip_edges(text, q.start, m.start(1))[1], "mixed"
    set_speaker(doc, actors, q, source, marked)
    q.evidence += "; relayed by another"


def _words_before(doc: Doc, text: str, q: QuoteInfo, cue: Token, cues: dict[str, Cue]
                  ) -> int | None:
    """'If the bill passes, “it will be a good day,” she said': the words that open the sentence
    before a quotation attributed after it are part of what was said; where the quote then
    starts."""
    if cue.idx < q.end:
        return None
    j = _with_marks(text, q.start, q.end)[0]
    while j > 0 and text[j - 1] in " \t\u00a0":
        j -= 1
    if j == 0 or text[j - 1] != ",":
        return None
    k = j - 1
    while k > 0:
        ch = text[k - 1]
        if ch == "\n" or ch in MARK_CHARS or (ch in ".!?" and text[k] in " \t"):
            break
        k -= 1
    if k > 0 and text[k - 1] in MARK_CHARS:
        return None
    s, _ = strip_edges(text, k, j)
    words = text[s:j].split()
    if not words or not words[0][:1].isupper() and not words[0][:1].isdigit():
        return None
    lead = doc.char_span(s, j, alignment_mode="expand")
    # 'Sanders had said, “We'll see,” when asked …': a cue of its own
    if lead is None or any(is_cue(t, cues) for t in lead):
        return None
    return s


# a quotation followed by its author's byline is the title of a piece ('—“Met gets a new
# director,” by The Times's Jane Doe')
_BYLINE = re.compile(r"[,.!?]?[”\"'’]+,?[ \t]+by[ \t]+(?:the[ \t]+)?[A-Z]")


def _names_a_work(span: Span) -> bool:
    """A quotation set beside a work as its title ('the movie, “13 Hours,” is based on …')."""
    return any(t.dep_ == "appos" and not span.start <= t.head.i < span.end
               and t.head.lemma_.lower() in WORKS for t in span)


def _is_partial(text: str, s: int, e: int) -> bool:
    """A quotation that starts inside a clause ('would “welcome” news', 'said “we won”'), not a
    free-standing quote: its opening mark follows a word, not a sentence end, colon or comma."""
    i = s - 1
    while i >= 0 and text[i] not in "\n" and (text[i] in " \t\u00a0" or text[i] in MARK_CHARS):
        i -= 1
    if i >= 0 and text[i] != "\n" and text[i] not in ".!?:,;—–-([…":
        return True
    # '“We don't teach it” against anything, he said': the sentence goes on after the mark;
    # after '“But why?” he asked' it is the attribution that goes on
    after = char_after(text, e)
    return (after.islower() or after.isdigit()) and text[e - 1] not in "!?"


def _split_halves(text: str, first: QuoteInfo, second: QuoteInfo, cue: Token | None) -> bool:
    """The second half of a quote split by its own attribution ("…," X said. "…"), or the
    next paragraph of it when that opens with a quotation of its own."""
    cs, ce = first.cue_span or (-1, -1)
    between = text[first.end:second.start]
    if not first.end <= cs < second.start or (cue is not None and not cs <= cue.idx < ce) or (
            len(between) > 200):
        return False
    after = between[between.rfind("\n") + 1:].strip()
    return "\n" not in between or (cue is None and between.count("\n") <= 2 and after in (
        *OPENERS, '"', "``", "''"))


def _opens_run(text: str, q: QuoteInfo) -> bool:
    """Whether ``q`` opens its paragraph and a run of quotations reopened sentence by sentence
    ('"His legacy is great. "His work …' on one line, as archives that drop line breaks leave a
    quotation's paragraphs)."""
    ps = text.rfind("\n", 0, q.start) + 1
    after = text[q.end:q.end + 3]
    return not text[ps:q.start].strip(" \t" + MARK_CHARS) and text[q.end - 1:q.end] in ".?!" and (
        after[:1] == " " and after[1:2] in ('"', "“"))


def _same_paragraph_or_continued(text: str, prev: QuoteInfo, q: QuoteInfo) -> bool:
    between = text[prev.end:q.start]
    if "\n" not in between:
        return True
    # A continued quote: the previous paragraph ends inside the quote, the next reopens it.
    return not between.strip(" \t\n,.!?”\"»“«") and (
        between.count("\n") == 1 or "\n\n" in between and between.count("\n") == 2)


def _speaks_on(text: str, prev: QuoteInfo, q: QuoteInfo) -> bool:
    """A paragraph that is one quotation with no cue, right after the paragraph whose last
    words are ``prev`` or its attribution, is what ``prev``'s speaker went on to say, even when
    ``prev`` closed its quotation marks."""
    rest = text[prev.end:q.start].split("\n")[0]
    opens = own_paragraph(text, q.start, q.end) or _opens_run(text, q)
    return opens and next_paragraph(text, prev, q) and len(rest) <= SPEAKS_ON_REST


NARRATION_REST = 80  # how long a paragraph of narration between a speaker's quotes may be


def _narrated_on(doc: Doc, actors: ActorSet, text: str, prev: QuoteInfo, q: QuoteInfo) -> bool:
    """A quotation paragraph after short paragraphs of narration about the previous quote's
    speaker ('“…,” Miller said. / She pauses. / Pause. / “Well, thank you so much.”') is that
    speaker's still: each paragraph between opens on he or she of the speaker's known sex, or
    on the speaker's name, or is a word or two with no one in it."""
    if not own_paragraph(text, q.start, q.end):
        return False
    lines = text[prev.end:q.start].split("\n")
    paras = [ln for ln in lines[1:-1] if ln.strip()]  # the last: the quotation's own line
    if not paras or len(lines[0]) > SPEAKS_ON_REST:
        return False
    speaker = actors.get(prev.speaker)
    sex = agreed_gender(doc, speaker) if speaker is not None else None
    at = prev.end + len(lines[0]) + 1
    for ln in lines[1:-1]:
        start, at = at, at + len(ln) + 1
        words = ln.split()
        if not words:
            continue
        if len(ln) > NARRATION_REST or any(ch in MARK_CHARS for ch in ln):
            return False
        span = doc.char_span(start + ln.index(words[0]), start + len(ln.rstrip()),
                             alignment_mode="expand")
        first = span[0] if span is not None and len(span) else None
        if first is None:
            return False
        if len(words) <= 2 and all(w.rstrip(".!?…").isalpha() for w in words) and not any(
                actors.at(t) is not None or t.pos_ == "PRON" for t in span):
            continue  # "Pause.", not a handle ("@potus.") that says whose words follow
        if not ((sex and PRONOUNS.get(first.lower_) == sex and first.lower_ in ("he", "she"))
                or actors.at(first) is speaker):
            return False
    return True


