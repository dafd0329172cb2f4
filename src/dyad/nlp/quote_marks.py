"""Quotation marks: which double marks open and close a quotation, paired per paragraph.

Curly, straight, and the ''…'' / ``…'' of some archives count. Marks that nest and balance in a
paragraph give the outer quotation. A paragraph that leaves a quotation open continues it only
when the paragraphs below reopen it until one closes it (blank lines between count for
nothing); otherwise the open mark is stray, and a stray mark never swallows text.
"""

from __future__ import annotations

import re

from dyad.nlp.marks import MARK_CHARS
from dyad.nlp.reported import strip_edges

OPENERS = {"“": "”", "„": "”", "«": "»", "‹": "›"}
CLOSERS = {"”", "»", "›"}
_MARK = re.compile(r"``|''(?!')|[“”„«»‹›\"]")


def _marks(text: str, ps: int, pe: int) -> list[tuple[int, int, str]]:
    """Double quotation marks of a paragraph as (start, end, role), role "open" or "close";
    two apostrophes or backticks (''…'' and ``…'') count as one double mark."""
    out = []
    for m in _MARK.finditer(text, ps, pe):
        i, mark = m.start(), m.group()
        if mark == "``" or mark in OPENERS:
            role = "open"
        elif mark in CLOSERS:
            role = "close"
        elif _apart(text, i, ps, len(mark)) and not (out and out[-1][2] == "open"):
            # a mark set apart on both sides, none open before it ('said more. '' Being this
            # dry …'): it opens where a sentence ended before it and one starts after it
            prev = text[ps:i].rstrip()
            role = "open" if (not prev or prev[-1] in ".!?:") and text[
                i + len(mark):i + len(mark) + 40].lstrip()[:1].isupper() else "close"
        else:
            role = "open" if _opens(text, i, ps, len(mark)) else "close"
        out.append((i, m.end(), role))
    return out


def _apart(text: str, i: int, para_start: int, width: int) -> bool:
    """Whether the mark at ``i`` has white space (or its paragraph's start) on both sides."""
    return (i == para_start or text[i - 1].isspace()) and (
        i + width >= len(text) or text[i + width].isspace())


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the text inside paired quotation marks, one per paragraph piece."""
    out: list[tuple[int, int]] = []
    paragraphs = []
    pos = 0
    for line in text.split("\n"):
        paragraphs.append((pos, pos + len(line)))
        pos += len(line) + 1
    paragraphs = [(ps, pe) for ps, pe in paragraphs if text[ps:pe].strip()]
    for pi, (ps, pe) in enumerate(paragraphs):
        marks = _marks(text, ps, pe)
        if (nested := _nested(marks)) is not None:
            out += nested
            continue
        open_at: int | None = None
        run: list[tuple[int, int]] = []  # sentences a reopening mark ended, awaiting a closer
        for ms, me, role in marks:
            if role == "open":
                # an opener while open: the earlier one was stray, unless it opens a sentence
                # right after a finished one ('said: "One. "Two."'): paragraphs of a quotation
                # run together on one line, as archives that drop line breaks leave them
                run = run + [(open_at, ms)] if open_at is not None and _sentence_ends(
                    text, open_at, ms) else []
                open_at = me
            elif open_at is not None:
                if ms > open_at:
                    out += run + [(open_at, ms)]
                open_at, run = None, []
        if open_at is not None and _closes_below(text, paragraphs[pi + 1:]):
            out += run + [(open_at, pe)]  # multi-paragraph quote, continued below
    spans = [strip_edges(text, s, e) for s, e in out]
    return [(s, e) for s, e in spans if s < e]


def _nested(marks: list[tuple[int, int, str]]) -> list[tuple[int, int]] | None:
    """The outermost quotations of a paragraph whose marks nest and balance ('“He told me “go
    home” and left,” she said'); None where they do not nest, or do not balance (a stray mark
    is then read as above: an opener while open starts afresh)."""
    depth, deepest, out, start = 0, 0, [], 0
    for ms, me, role in marks:
        if role == "open":
            if depth == 0:
                start = me
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
            if depth < 0:
                return None
            if depth == 0 and ms > start:
                out.append((start, ms))
    return out if deepest > 1 and depth == 0 else None


def _sentence_ends(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] is a sentence or more that ends right before the mark at ``e``."""
    piece = text[s:e]
    return piece.endswith(" ") and piece.rstrip()[-1:] in ".?!" and len(piece.split()) > 1


def left_open(text: str, e: int) -> bool:
    """A quotation whose paragraph ends before any closing mark: one of a quote running over
    several paragraphs."""
    end = text.find("\n", e)
    return not any(ch in MARK_CHARS for ch in text[e:end if end >= 0 else len(text)])


def _closes_below(text: str, paragraphs: list[tuple[int, int]]) -> bool:
    """Whether the paragraphs below continue a quotation left open and close it: each reopens
    it until one ends with it closed (a stray opening mark continues nothing)."""
    for ps, pe in paragraphs:
        if not _reopens(text[ps:pe].lstrip()):
            return False
        marks = _marks(text, ps, pe)
        if marks[-1][2] == "close":
            return True
    return False


def _reopens(paragraph: str) -> bool:
    return paragraph[:1] in OPENERS or paragraph[:1] == '"' or paragraph[:2] in ("``", "''")


def _opens(text: str, i: int, para_start: int, width: int = 1) -> bool:
    before = text[i - 1] if i > para_start else " "
    after = text[i + width] if i + width < len(text) else " "
    # a colon opens what follows even with no space after it ('Gowdy (R-S.C.):"I have …')
    return (before.isspace() or before in "([{—–-/:") and not after.isspace()
