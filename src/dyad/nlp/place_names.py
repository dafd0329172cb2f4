"""Is this name a place? The tests ``dyad.nlp.places`` applies to a candidate name: the words
around it, its form and what the gazetteer knows of it."""

from __future__ import annotations

from spacy.symbols import NOUN, PROPN, X
from spacy.tokens import Span

from dyad.nlp.gazetteer import STATE_ABBREVIATIONS, Entry, Gazetteer, name_key
from dyad.nlp.place_patterns import (
    COMMON_PLACE_WORDS,
    DIRECTIONS,
    INSTITUTIONS,
    LOCATIVE,
    ORG_WORDS,
    TITLES,
    place_cue,
)


def not_place(span: Span, gaz: Gazetteer, person_words: set[str]) -> bool:
    """A place-like name that is really a person's, or a bare compass word ("the North")."""
    if len(span) == 1 and (span[0].text.lower() in DIRECTIONS
                           or span[0].text.lower() in COMMON_PLACE_WORDS):
        return True
    if span.start > 0 and span.doc[span.start - 1].text.lower() in TITLES:
        return True
    if len(span) == 1 and span[0].text.lower() in person_words:
        # a surname of the story's people is theirs, unless it names a country or a large
        # state ("Georgia", "Washington"), not a small province ("Flores")
        return not any(e.feature == "country" or e.feature == "admin1"
                       and e.population >= 1_000_000 for e, _ in gaz.lookup(span.text))
    return False


def strip_direction(span: Span, gaz: Gazetteer) -> Span:
    """"Northeast Georgia" as the place it lies in, when the gazetteer knows only that."""
    if len(span) > 1 and span[0].text.lower() in DIRECTIONS and span.text not in gaz \
            and span[1:].text in gaz:
        return span[1:]
    return span


def abbreviation(span: Span, gaz: Gazetteer) -> tuple[Span, Entry | None]:
    """An AP state abbreviation, with its final period where the tokenizer split it off."""
    abbr = gaz.state_abbreviation(span.text)
    if abbr is not None:
        return span, abbr
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text == "." and doc[span.end - 1].idx + len(
            doc[span.end - 1]) == doc[span.end].idx:
        abbr = gaz.state_abbreviation(span.text + ".")
        if abbr is not None:
            return doc[span.start:span.end + 1], abbr
    return span, None


def misread_place(span: Span, gaz: Gazetteer, place_names: set[str],
                   person_words: set[str], label: str | None = None,
                   as_person: int = 0) -> bool:
    """A name the NER took for a person or organisation ("Gainesville" as PERSON) that the NER
    itself calls a place elsewhere in the document, that is a country or state, or that is a
    large town in a place's syntactic position ("Edmonton residents", "of Gainesville").
    ``as_person`` counts the document's mentions of the name that the NER calls a person's:
    where it does so again and again ("stabbed Welch", "from Welch"), only a locative that
    a person cannot take ("in Welch") makes the name a place's."""
    if len(span) > 3 or not all(proper(t) for t in span) or not_place(span, gaz, set()):
        return False
    if label is None:  # the label of the first entity inside the span, when not given
        label = next((e.label_ for e in span.ents), "")
    if label == "PERSON" and len(span) > 1:
        return False
    entries = [e for e, primary in gaz.lookup(span.text) if primary]
    if entries and place_cue(span, strong=as_person >= 2):
        return True  # the words around it outweigh a namesake person elsewhere
    if any(t.text.lower() in person_words for t in span):
        return False
    return name_key(span.text) in place_names or any(
        e.feature in ("country", "admin1") for e in entries)


def proper(tok) -> bool:
    pos = tok.pos  # the tag's id: ``pos_`` looks its name up each time; 0 where untagged
    return pos == PROPN or (pos in (0, X) and tok.is_title) or (
        pos in (NOUN, 0) and tok.is_upper and len(tok) > 2)


def leading_place(span: Span, gaz: Gazetteer, label: str) -> bool:
    if not all(proper(t) for t in span) or span.end >= len(span.doc) or (
            span[0].text.lower() in DIRECTIONS or span[0].text.lower() in ORG_WORDS):
        return False
    after = span.doc[span.end]
    if after.is_punct or after.text in STATE_ABBREVIATIONS:
        return False
    if span[-1].text in ("County", "Parish"):
        # "Laurel County Clerk Dean Johnson", whatever the NER made of the whole
        return any(e.feature == "admin2" for e, _ in gaz.lookup(span.text))
    if after.text.lower() in INSTITUTIONS:
        return known_place(span, gaz)  # "Hopkinton Police", "Huntsville High School"
    return label in ("ORG", "FAC") and any(
        primary and (e.feature in ("country", "admin1", "admin2") or e.population >= 50_000)
        for e, primary in gaz.lookup(span.text))


def known_place(span: Span, gaz: Gazetteer) -> bool:
    """A proper name that is a country, state or county, or a town's main name."""
    return all(proper(t) for t in span) and any(
        primary and (e.feature in ("country", "admin1", "admin2") or e.population >= 1000)
        for e, primary in gaz.lookup(span.text))


def gazetteer_match(span: Span, gaz: Gazetteer) -> bool:
    """A proper-noun run the NER missed counts as a place only if it is well known or framed."""
    if len(span.text) < 4 or span[0].is_sent_start and len(span) == 1 and not span[0].is_upper:
        return False
    doc = span.doc
    locative = span.start > 0 and doc[span.start - 1].text.lower() in LOCATIVE
    framed = span.end < len(doc) - 1 and doc[span.end].text == "," and gaz.state_abbreviation(
        doc[span.end + 1].text) is not None
    cue = None
    for e, primary in gaz.lookup(span.text):
        if not primary:
            continue
        if e.feature in ("country", "admin1") or framed:
            return True
        if e.population >= (2000 if locative else 100_000):
            return True
        if cue is None:
            cue = place_cue(span)
        if cue:
            return True
    return False
