"""An article's text cut into pieces, each knowing which quote, mention and events cover it.

Quotes hold mentions and event triggers, and spans may overlap, so nesting HTML elements along
the spans would not always be well formed. Cutting the text at every span boundary gives flat
pieces instead; each piece carries all the annotations over it, and the template escapes its
text like any other value.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from dyad.records import Record

PALETTE_SIZE = 8


@dataclass
class Piece:
    text: str
    start: int
    quote: str | None = None
    speaker_class: str | None = None  # "sp0".."sp7" by speaker, "spx" for an unknown speaker
    actor: str | None = None
    place: str | None = None
    events: list[str] = field(default_factory=list)

    @property
    def plain(self) -> bool:
        return not (self.quote or self.actor or self.place or self.events)


def speaker_classes(record: Record) -> dict[str, str]:
    """Each speaking actor's colour class, in order of first quote."""
    classes: dict[str, str] = {}
    for q in record.quotes:
        if q.speaker and q.speaker not in classes:
            classes[q.speaker] = f"sp{len(classes) % PALETTE_SIZE}"
    return classes


def pieces(record: Record) -> list[Piece]:
    """The text in order, cut wherever a quote, mention, place or event trigger starts or ends."""
    text = record.text
    n = len(text)
    spans: list[tuple[int, int, str, str]] = []  # start, end, layer, id
    for q in record.quotes:
        spans.append((q.start, q.end, "quote", q.id))
    for a in record.actors:
        spans.extend((s, e, "actor", a.id) for s, e in a.mentions)
    for p in record.places:
        spans.extend((s, e, "place", p.id) for s, e in p.mentions)
    for ev in record.events:
        spans.append((ev.trigger_span[0], ev.trigger_span[1], "event", ev.id))
    spans = [(max(0, s), min(n, e), layer, i) for s, e, layer, i in spans if s < e]
    cuts = sorted({0, n, *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    colours = speaker_classes(record)
    speaker_of = {q.id: q.speaker for q in record.quotes}
    opening: dict[int, list[tuple[int, int, str, str]]] = {}
    for sp in spans:
        opening.setdefault(sp[0], []).append(sp)
    active: list[tuple[int, int, str, str]] = []
    out: list[Piece] = []
    for a, b in pairwise(cuts):
        active = [sp for sp in active if sp[1] > a] + opening.get(a, [])
        piece = Piece(text=text[a:b], start=a)
        # Narrower spans win where two of a layer overlap: they are the more specific mention.
        for _, _, layer, ident in sorted(active, key=lambda sp: sp[1] - sp[0], reverse=True):
            if layer == "event":
                piece.events.append(ident)
            else:
                setattr(piece, layer, ident)
        if piece.quote:
            speaker = speaker_of.get(piece.quote)
            piece.speaker_class = colours.get(speaker, "spx") if speaker else "spx"
        out.append(piece)
    return out
