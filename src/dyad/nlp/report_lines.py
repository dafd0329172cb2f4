"""Lines that open with a short name and a colon ('Graham: Trump's rhetoric is destroying the
party'): headlines and transcripts, where the name says what follows; but not a heading of page
furniture, a news series' label or a teaser word (``line_labels.csv``: "Update:", "The Latest:")."""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from dyad.knowledge import data_rows
from dyad.nlp.actors import ActorSet
from dyad.nlp.report_spans import covers, strip_edges
from dyad.nlp.reported import QuoteInfo
from dyad.nlp.speakers import set_speaker


@functools.lru_cache(maxsize=1)
def _labels() -> frozenset[str]:
    return frozenset(r["label"] for r in data_rows("line_labels.csv"))


def _label(words: str) -> bool:
    """Whether a line's opening words are a heading that attributes nothing (``line_labels.csv``),
    whatever their apostrophes and spaces."""
    return " ".join(words.replace("’", "'").lower().split()) in _labels()


def colon_lines(doc: Doc, text: str, actors: ActorSet, taken: list[tuple[int, int]],
                 marked: list[tuple[int, int]]) -> list[QuoteInfo]:
    """'Graham: Trump's rhetoric is destroying the party' (headlines, transcripts): a line that
    opens with a short name and a colon reports what follows."""
    out = []
    for m in re.finditer(r"^([^\n:]{2,40}): *([^\n]+)", text, flags=re.MULTILINE):
        name = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        cs, ce = strip_edges(text, m.start(2), m.end(2))
        while ce > cs and text[ce - 1] in ".":
            ce -= 1
        if name is None or len(name) > 5 or any(t.pos_ in ("VERB", "AUX") for t in name) or (
                _label(name.text)) or (
                not any(t.pos_ == "PROPN" or actors.at(t) for t in name) and not (
                    all(t.is_title for t in name))) or (
                len(text[cs:ce].split()) < 3 or any(s < ce and cs < e for s, e in taken)):
            continue
        quoted = [(max(cs, ps), min(ce, pe)) for ps, pe in marked if ps < ce and cs < pe]
        kind = "indirect" if not quoted else "direct" if covers(text, cs, ce, quoted) else "mixed"
        q = QuoteInfo(start=cs, end=ce, kind=kind, cue=":", cue_span=(m.end(1), m.end(1) + 1),
                      evidence="a name and a colon opening the line")
        set_speaker(doc, actors, q, name.root, marked)
        out.append(q)
    return out
