"""The edges of reported content: a span of tokens made into character offsets without the
edge punctuation, a closing gloss (", which …", ", reflecting …"), a closing medium ("in a
tweet"), or what lies outside the cue's paragraph; what lies on both sides of a cue set off
inside it ("It is no surprise, X said, that …"); the clause that "according to X" attributes;
whether quotation marks hold it all; the clause a parse hangs on whom something was told, and
the object it makes a conjunct of the verb."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from dyad.nlp.marks import DASHES, MARK_CHARS

EDGE_PUNCT = " \t\n,;:—–-"
# Where something is said ("in a statement", "in an interview")
CUE_MEDIA = {"statement", "interview", "speech", "email", "release", "tweet", "post", "letter"}
CIRCUMSTANCE = {"at", "during", "after", "before", "since", "while"}
# The words that open a noun phrase set off after a clause to gloss it (", a charge that …",
# " — something that …"), where a name or a defined noun phrase would identify
_GLOSS_OPENERS = {"a", "an", "another", "something"}


def medium_in(prep: Token) -> Token | None:
    """The medium that an "in" phrase says something was said in ("in a statement"): its
    object, when CUE_MEDIA names it; else None."""
    if prep.dep_ != "prep" or prep.lower_ != "in":
        return None
    return next((g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in CUE_MEDIA),
                None)


def told_clause(obj: Token) -> Token | None:
    """The clause a parse hangs on whom something was told ("told BBC Radio 4's Today programme
    that …", "told the programme he hoped …"): what was told, not a clause about the addressee.
    A "that"-clause whose "that" is a marker, or a clause with no relative word whose verb has
    its subject and its own complement ("the people he met" lacks its object: a relative)."""
    if obj.dep_ not in ("dobj", "dative"):
        return None
    for c in obj.rights:
        if c.dep_ not in ("acl", "relcl") or c.pos_ not in ("VERB", "AUX"):
            continue
        kids = list(c.children)
        if any(m.dep_ == "mark" and m.lower_ == "that" for m in kids):
            return c
        if c.dep_ == "relcl" and any(k.dep_ == "nsubj" and k.i < c.i for k in kids) and not any(
                k.tag_ in ("WDT", "WP", "WP$", "WRB") or k.lower_ == "that"
                for k in c.subtree if k.i < c.i) and any(
                k.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd") for k in kids) and not any(
                k.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in k.children)
                for k in c.subtree):
            return c
    return None


def for_to_mark(clause: Token, word: str) -> Token | None:
    """The "for" that a parse makes the mark of an infinitive clause with a subject of its own
    after a cue of "for" ("called for the United States to step up …", "pushed for Congress to
    pass the bill"): the cue's last word, and the clause after it what was called for."""
    if clause.dep_ != "advcl" or word != "for" or not any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children) or not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return None
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "for"), None)
    return mark if mark is not None and mark.i == clause.left_edge.i else None


def next_statement(verb: Token, cues) -> int:
    """Where the statement that a parenthetical cue interrupts ends ("Approval should be a
    formality, analysts said, and the company expects approval in May"): at a report of its own
    coordinated after the cue, a cue verb with a subject of its own; the end of the sentence
    where there is none. (A clause coordinated after the cue that is no report goes on with
    what was said: PolNeAR's content holds "…, she argued, and he still signed the Act".)"""
    doc, head = verb.doc, verb.head
    for c in head.rights:
        if c.dep_ == "conj" and c.left_edge.i > verb.right_edge.i and c.lemma_.lower() in (
                cues) and any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children):
            cut = c.left_edge.i
            while cut > verb.right_edge.i + 1 and doc[cut - 1].dep_ in ("cc", "punct"):
                cut -= 1
            return cut
    return len(doc)


def coordinated_object(c: Token, cues) -> bool:
    """A noun phrase the parse made a conjunct of the verb, after "and" or "or", where it is
    an object coordinated with the verb's ("want quotas for X and those wanting Y"): no clause
    of its own (no subject in it), no relative word, no cue word ("chides X and praises Y")."""
    if c.dep_ != "conj" or c.pos_ not in ("NOUN", "PROPN", "PRON") or c.tag_ in ("WP", "WDT"):
        return False
    before = c.doc[c.left_edge.i - 1] if c.left_edge.i > 0 else None
    if before is None or before.lower_ not in ("and", "or") or (
            before.i > 0 and c.doc[before.i - 1].text == ";"):
        return False  # ("…; and nonprofits … filed suit": a semicolon parts clauses)
    return c.lemma_.lower() not in cues and not any(_finite(k, c) for k in c.subtree)


def _finite(k: Token, top: Token) -> bool:
    """Whether ``k`` makes what ``top`` heads a clause (a subject or a finite verb), outside a
    relative clause or participle in it ("punishments that fit the crime" is a noun phrase)."""
    if k.dep_ not in ("nsubj", "nsubjpass", "expl") and k.tag_ not in ("VBD", "VBZ", "VBP", "MD"):
        return False
    x = k
    while x.i != top.i:
        if x.dep_ in ("relcl", "acl"):
            return False
        x = x.head
    return True


def circumstance(prep: Token) -> bool:
    """When or where something was said ("on Thursday", "at a rally in Ohio"), not what."""
    if prep.dep_ != "prep":
        return False
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    return prep.lower_ in CIRCUMSTANCE or (obj is not None and obj.ent_type_ in (
        "DATE", "TIME"))


def strip_edges(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in EDGE_PUNCT:
        s += 1
    while e > s and text[e - 1] in EDGE_PUNCT:
        e -= 1
    return s, e


def in_paragraph(text: str, cue: Token, content: tuple[int, int] | None
                  ) -> tuple[int, int] | None:
    """Reported content stays in the cue's paragraph (a parse may run across a heading)."""
    if content is None:
        return None
    s, e = content
    brk = text.rfind("\n", s, cue.idx)
    if brk >= 0:
        s = brk + 1
    brk = text.find("\n", cue.idx, e)
    if brk >= 0:
        e = brk
    s, e = strip_edges(text, s, e)
    return (s, e) if e - s > 1 else None


def covers(text: str, s: int, e: int, quoted: list[tuple[int, int]]) -> bool:
    """Whether the quoted pieces hold every word of text[s:e]."""
    rest = list(text[s:e])
    for ps, pe in quoted:
        rest[ps - s:pe - s] = [" "] * (pe - ps)
    return not any(ch.isalnum() for ch in rest)


def _without_medium(tokens: list[Token]) -> list[Token]:
    """Tokens without a closing "in a tweet", "in a statement" ('called the KKK “abhorrent” in a
    tweet'): where it was said, which the parse may hang inside what was said."""
    if len(tokens) < 3:
        return tokens
    last = tokens[-1]
    while last.is_punct and last.i > tokens[0].i:
        last = last.doc[last.i - 1]
    medium = next((x for x in tokens if x.i > tokens[0].i and x.right_edge.i == last.i
                   and medium_in(x) is not None), None)
    return tokens if medium is None else [x for x in tokens if x.i < medium.left_edge.i]


def _without_bracketed(tokens: list[Token]) -> list[Token]:
    """Tokens without a closing clause in brackets ("… killed 81 percent of victims (the actual
    number is 15 percent)"): the writer's aside, not what was said. Brackets with no verb, few
    words or a quotation stay ("(R-Texas)", "(61 percent)", '(“We will win”)')."""
    opening = next((k for k in range(len(tokens) - 1, 0, -1) if tokens[k].text == "("), None)
    if opening is None:
        return tokens
    inside = [x for x in tokens[opening + 1:] if x.text != ")"]
    closing = [k for k in range(opening + 1, len(tokens)) if tokens[k].text == ")"]
    if closing and any(not x.is_punct for x in tokens[closing[0] + 1:]):
        return tokens  # the clause goes on after the brackets
    if len([x for x in inside if not x.is_punct]) < 3 or not any(
            x.pos_ in ("VERB", "AUX") for x in inside) or any(
            x.text in MARK_CHARS or x.text in ("''", "``") for x in inside):
        return tokens
    return tokens[:opening]


def _without_aside(tokens: list[Token]) -> list[Token]:
    """Tokens without a closing relative clause set off by a comma ("he supports the bill,
    which includes …"), or a glossing noun phrase set off by a comma or a dash: the writer's
    gloss, not what was said."""
    first = tokens[0].i
    while len(tokens) > 2:
        last = tokens[-1]
        aside = next((x for x in tokens if _is_aside(x)
                      and x.right_edge.i == last.i and x.left_edge.i - 1 > first
                      and (x.doc[x.left_edge.i - 1].text == "," or (
                          x.dep_ == "appos" and x.doc[x.left_edge.i - 1].text in DASHES))),
                     None)
        if aside is None:
            break
        cut = aside.left_edge.i - 1
        tokens = [x for x in tokens if x.i < cut]
    return tokens


def _is_aside(x: Token) -> bool:
    """A relative clause, a participle with no subject of its own (", reflecting …"), or a
    noun phrase glossing what came before ("…, a charge that she denies", "… — a point that
    officials dispute"), which a parse hangs on the last noun as an apposition."""
    if x.dep_ == "relcl":
        return True
    if x.dep_ == "appos" and x.left_edge.lower_ in _GLOSS_OPENERS and any(
            c.dep_ in ("relcl", "acl") for c in x.children):
        return True
    return x.dep_ == "advcl" and x.tag_ == "VBG" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in x.children)


def trim_tokens(text: str, tokens: list[Token], cue: Token | None = None
                ) -> tuple[int, int] | None:
    """The span of reported ``tokens``, trimmed. A closing aside is the writer's gloss when
    the cue comes before it; content that ends before its ``cue`` ("The plant, which opened
    in May, is safe, she said") is all the speaker's."""
    if not tokens:
        return None
    tokens = sorted(tokens, key=lambda x: x.i)
    if cue is None or tokens[-1].i > cue.i:
        tokens = _without_aside(tokens)
    while len(tokens) > 1 and tokens[-1].dep_ == "cc":
        tokens = tokens[:-1]  # "…, and" where a parse left the next clause out
    tokens = _without_medium(tokens)
    tokens = _without_bracketed(tokens)
    s, e = whole_words(text, tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
    s, e = strip_edges(text, s, e)
    while e > s and text[e - 1] in ".":
        e -= 1
    close = len(text) - len(text[e:].lstrip(" "))
    if text[close:close + 1] == ")" and text.count("(", s, e) > text.count(")", s, e):
        e = close + 1  # "values the club at £800m ($1.5bn)": a parse may hang ")" elsewhere
    return (s, e) if e - s > 1 else None


def whole_words(text: str, s: int, e: int) -> tuple[int, int]:
    """[s, e) widened to whole hyphened words: a parse may split "a U-turn" into three objects
    and hand on the first alone."""
    while e + 1 < len(text) and text[e] == "-" and text[e + 1].isalnum():
        e += 1
        while e < len(text) and text[e].isalnum():
            e += 1
    while s > 1 and text[s - 1] == "-" and text[s - 2].isalnum():
        s -= 1
        while s > 0 and text[s - 1].isalnum():
            s -= 1
    return s, e


def stray_subject(verb: Token, clause: Token) -> Token | None:
    """The subject of a reported clause that a parse took for the cue's object ("said life for
    the next generation would be worse": "life" as the object of "said", the clause with no
    subject): the object right before a clause that has none, where nothing marks the clause
    off from it ("showed voters that …": whom it showed). Not for a cue that takes whom it was
    said to as its object ("told reporters …"), which the caller leaves out."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for c in clause.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
                 and c.right_edge.i + 1 == clause.left_edge.i), None)


def according_span(text: str, according: Token, source: Token) -> tuple[int, int] | None:
    """The clause "according to X" attributes, without the phrase itself."""
    clause = according.head
    while clause.dep_ not in ("ROOT", "ccomp") and clause.head.i != clause.i:
        clause = clause.head
    lo, hi = according.i, source.right_edge.i
    tokens = [x for x in clause.subtree if not lo <= x.i <= hi]
    before = [x for x in tokens if x.i < lo]
    after = [x for x in tokens if x.i > hi]
    words_before = len([x for x in before if not x.is_punct])
    words_after = len([x for x in after if not x.is_punct])
    if words_before > 1 and clause.i < lo:
        # "X has won 758 delegates, according to a tally, but his path is narrowing": after
        # the clause's verb the phrase closes what it attributes
        return trim_tokens(text, before)
    if words_before > 1 and words_after > 1:
        # "Since November, according to Human Rights Watch, forces have killed …": set off
        # inside the clause, the phrase attributes all of it
        return trim_tokens(text, before + after)
    # else it sits at one edge of what it attributes; the other side is the content
    return trim_tokens(text, after if words_after > words_before else before)


# What the writer adds after a quotation closed by a comma ('…, that he was “well qualified,”
# which is …'): a relative clause or a participle, where the quoted words end what was said
# ("but", "while" or "though" and "where" there open what was said as often as not)
_GLOSS_TAGS = {"VBG", "VBN", "WDT", "WP", "WP$"}


def quotation_closes(doc: Doc, text: str, s: int, e: int, marked: list[tuple[int, int]]) -> int:
    """Where reported content ends that holds a quotation closed by a comma or a dash before
    its end ('said he was “well qualified,” which is its highest rating', 'called it “a
    disaster” — a word he…'): at the closing marks, when what follows is the writer's gloss
    (a relative clause or a participle) or a dash; a quotation that the clause goes on from
    ('“unfit,” and that he …') keeps it."""
    for ms, me in marked:
        if ms < s or me >= e:
            continue
        j = me
        while j < e and text[j] in MARK_CHARS + ",":
            j += 1
        comma = "," in text[me:j]
        k = j
        while k < e and text[k] in " \t\u00a0":
            k += 1
        if k >= e:
            continue
        if text.startswith(DASHES, k):
            return j
        if not comma:
            continue
        nxt = doc.char_span(k, e, alignment_mode="expand")
        if nxt is None or not len(nxt):
            continue
        w = nxt[0]
        if w.tag_ in _GLOSS_TAGS:
            return j
    return e


_LIST_GAP = re.compile(r"[\s,]*(?:(?:and|or)\s+)?")


def quoted_list(text: str, e: int, marked: list[tuple[int, int]]) -> int:
    """Where reported content ends that ends with a quotation the next ones are listed with
    ('charged them with “fraud,” “theft” and “perjury”'): at the last of the list, which a
    parse may hang elsewhere. A quotation that ends a sentence ends the list: the one after it
    is a new statement ('… the only “medicine.” “We …,” he said')."""
    quoted = iter(sorted(marked))
    for ms, me in quoted:
        if ms < e <= me or (me <= e and not text[me:e].strip(" ,.!?" + MARK_CHARS)):
            break
    else:
        return e
    end = me
    for ms, me in quoted:
        between = text[end:ms]
        if "\n" in between or text[end - 1:end] in (".", "!", "?") or not _LIST_GAP.fullmatch(
                "".join(ch for ch in between if ch not in MARK_CHARS)):
            break
        end = me
    return max(e, end)


# What stands on the far side of a cue set off inside what it reports ("It is no surprise, X
# said, that …", "The bill would pass, X said, by a wide margin"): the rest of what was said
_SET_OFF_DEPS = {"ccomp", "prep", "advcl", "npadvmod", "xcomp", "attr", "acomp", "oprd"}
# what opens a clause beside an attribution that tells when or despite what it was said
_ASIDE_MARKS = {"even", "after", "before", "when", "since", "as", "until"}


def set_off(text: str, verb: Token, comp: Token, speaker: Token | None, lo: int, hi: int,
            content: tuple[int, int]) -> tuple[int, int]:
    """``content`` widened by what the cue verb holds on the other side of its phrase (tokens
    ``lo``..``hi``, the speaker with them), when commas set that phrase off on both sides: one
    statement that the attribution interrupts. The whole span is the covering span of the two
    pieces, as PolNeAR takes such an attribution."""
    doc = verb.doc
    if speaker is not None and speaker.head.i == verb.i:
        lo, hi = min(lo, speaker.left_edge.i), max(hi, speaker.right_edge.i)
    if lo < 1 or hi + 1 >= len(doc) or doc[lo - 1].text != "," or doc[hi + 1].text != ",":
        return content
    extra = [x for c in verb.children if _other_side(text, verb, comp, c, lo, hi)
             for x in c.subtree]
    span = trim_tokens(text, extra) if extra else None
    if span is None or any(ch in MARK_CHARS for ch in text[span[0]:span[1]]):
        return content  # a quotation there is a quote of its own
    return min(content[0], span[0]), max(content[1], span[1])


def _other_side(text: str, verb: Token, comp: Token, c: Token, lo: int, hi: int) -> bool:
    """Whether the cue verb's dependent ``c`` goes on with what was said on the far side of the
    cue phrase from ``comp``."""
    if c.dep_ not in _SET_OFF_DEPS or c.i == comp.i or "\n" in text[
            min(c.idx, verb.idx):max(c.idx, verb.idx)]:
        return False
    if comp.i > verb.i:
        side = c.right_edge.i < lo
    else:  # after the cue, a noun phrase is the writer's gloss (", a policy that …")
        side = c.left_edge.i > hi and c.dep_ != "npadvmod" and c.pos_ not in (
            "NOUN", "PROPN", "PRON")
    return side and not circumstance(c) and not (c.dep_ == "advcl" and _aside(c))


def _aside(clause: Token) -> bool:
    """A clause beside an attribution that tells of it, not what was said: a participle
    (", adding …", "Asked about …, X said") or a clause of when or despite what (", even after
    …", "When asked …, X said")."""
    if clause.tag_ in ("VBG", "VBN") and not any(c.dep_ in ("nsubj", "mark")
                                                 for c in clause.children):
        return True
    return any(m.dep_ in ("mark", "advmod") and m.lower_ in _ASIDE_MARKS for m in clause.children)


def spliced(t: Token, speaker: Token | None) -> tuple[int, int] | None:
    """The tokens that a closing attribution the parse could not hang on them attributes:
    all before the comma or closing mark right before its speaker ('…, Lee said', '…,” Lee
    said'), where the parse made the cue a conjunct of that clause, or the root of the
    sentence after a quotation ('… “… our common values” he added'). A conjunction before the
    speaker ('…, and Lee said') makes a clause of its own."""
    if speaker is None or not speaker.i < t.i:
        return None
    if t.dep_ == "conj" and t.head.i < speaker.i:
        lo = t.head.left_edge.i
    elif t.dep_ == "ROOT":
        lo = t.sent.start
    else:
        return None
    doc, k = t.doc, speaker.left_edge.i
    closed = False
    while k > lo and doc[k - 1].text in MARK_CHARS:
        k, closed = k - 1, True
    if t.dep_ == "ROOT" and not closed:
        return None  # 'In a memo on Tuesday, X said': what opens the sentence is the writer's
    if k - lo > 2 and doc[k - 1].text == ",":
        return lo, k - 1
    return (lo, k) if closed and k - lo > 2 else None


FINITE = ("VBD", "VBZ", "VBP", "MD")


def inverted_over_subject(t: Token) -> tuple[tuple[int, int], Token] | None:
    """('all before the comma', the speaker) of a closing inverted attribution ('…, said the
    committee') whose parse took the subject of the statement before it for the cue's own
    subject too, hanging that statement's finite verb on the noun ('the department responsible
    for the change suffered from X, said the committee': "department" a subject of "said",
    "suffered" a clause of "change"). The sentence must open with that subject (a "But" aside)."""
    if t.dep_ != "ROOT" or t.i < 2 or t.doc[t.i - 1].text != ",":
        return None
    subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    before = [c for c in subjects if c.i < t.i]
    after = [c for c in subjects if c.i > t.i]
    if len(before) != 1 or len(after) != 1 or any(
            c.dep_ in ("ccomp", "xcomp", "dobj") for c in t.children):
        return None
    subject, start = before[0], t.sent.start
    if any(x.dep_ not in ("cc", "punct") for x in t.doc[start:subject.left_edge.i]):
        return None
    if not any(_stray_verb(x) and x.left_edge.i > subject.i for x in subject.subtree):
        return None  # no statement of its own: "The group, said Lee" is no report
    return (subject.left_edge.i, t.i - 1), after[0]


def _stray_verb(x: Token) -> bool:
    """A clause of a noun that reads as a sentence's verb: finite, or a past form with no agent
    ("suffered from X"), not set off by commas as a reduced relative ("the report, published on
    Monday, …")."""
    if x.dep_ != "acl" or x.tag_ not in (*FINITE, "VBN"):
        return False
    return x.tag_ != "VBN" or not (any(c.dep_ == "agent" for c in x.children) or (
        x.left_edge.i > 0 and x.doc[x.left_edge.i - 1].text == ","))
