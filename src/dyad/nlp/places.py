"""Toponyms: find the places a document names and put each on the map, offline.

Mentions come from spaCy's GPE/LOC/FAC entities; from names the NER labelled otherwise where the
words around them make them places ("Gainesville police", "of Wooster,", a dateline "HAMILTON —")
or where the NER calls the same name a place elsewhere in the document; from the place an office
or body is named for ("Hopkinton Police Department", "University of Nebraska"); from gazetteer
matches over proper nouns that the NER missed; and from the Associated Press state abbreviations
of datelines ("CHARLESTON, W.Va."). Names that are a person's ("coach Ripley"), a compass word or
a month are left out, as are short names the gazetteer does not know unless their context is a
place's.

Each distinct name is resolved once per document, so that its mentions agree, by ranking every
gazetteer entry of that name (``dyad.nlp.gazetteer.rank``) on its size, its kind, how it was named,
the countries and states the rest of the article names, the source's own country, an explicit
container ("Paris, Texas") and, for a doubtful name, its distance from the places the article is
sure of. A US county, which the gazetteer can place only roughly, is put among the towns of its
state that the article names.

A place used for the people who govern it ("Moscow said", "Moscow's decision", "talks with
Russia") is a metonym: an actor, not a location. ``is_metonymic`` tells the two apart for the
actor code too; ``find_places`` leaves metonyms out. Demonyms ("Syrian") are never places;
``find_toponyms(..., demonyms=True)`` counts them as toponyms of their country, as some
geoparsing corpora do.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from itertools import pairwise

from spacy.tokens import Doc, Span

from dyad.nlp.gazetteer import (
    STATE_ABBREVIATIONS,
    Entry,
    Gazetteer,
    candidates,
    choose,
    load_gazetteer,
    name_key,
    spread,
)
from dyad.nlp.metonymy import is_metonymic, metonymic, words  # noqa: F401 (is_metonymic: API)

PLACE_LABELS = ("GPE", "LOC", "FAC")


LOCATIVE = words("in near outside at from to across throughout around")


@dataclass(frozen=True)
class PlaceHit:
    start: int
    end: int  # character offsets into doc.text of this mention
    name: str  # canonical name ("Aleppo")
    feature: str  # country|admin1|admin2|city|other
    country: str | None  # ISO3
    lat: float | None
    lon: float | None
    geonames_id: int | None
    score: float  # 0..1 confidence of the resolution


@dataclass
class _Mention:
    start: int  # token offsets
    end: int
    span: Span
    text: str
    entity: bool  # from the NER (rather than from the gazetteer alone)
    abbreviation: Entry | None = None  # an AP state abbreviation or a demonym, resolved
    label: str = ""  # the NER's label, where the NER found it


def find_places(doc: Doc, *, source_country: str | None = None,
                gazetteer: Gazetteer | None = None) -> list[PlaceHit]:
    """Every toponym of ``doc`` used as a location, resolved, in text order."""
    return [hit for hit, metonym in find_toponyms(doc, source_country=source_country,
                                                  gazetteer=gazetteer) if not metonym]


def find_toponyms(doc: Doc, *, source_country: str | None = None,
                  gazetteer: Gazetteer | None = None,
                  demonyms: bool = False) -> list[tuple[PlaceHit, bool]]:
    """Every toponym of ``doc``, metonyms included, each with whether it is one.

    With ``demonyms``, national adjectives and demonyms ("Syrian", "Russians") count as toponyms
    of their country, as some geoparsing corpora annotate them; they are never places otherwise.
    """
    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    mentions = _mentions(doc, gaz, demonyms)
    resolved = _resolve(doc, mentions, gaz, source_country)
    towns: dict[str, list[Entry]] = defaultdict(list)
    for entry, _ in resolved.values():
        if entry is not None and entry.feature == "city" and entry.admin1:
            towns[entry.admin1].append(entry)
    out = []
    for m in mentions:
        entry, score = resolved[id(m)]
        if entry is not None and entry.feature == "admin2" and entry.geonames_id is None \
                and towns.get(entry.admin1 or ""):
            entry = _near_towns(entry, towns[entry.admin1 or ""])
        if entry is None:
            if not m.entity:
                continue  # an unknown name is a place only when the NER says so
            if len(m.span) <= 2 and m.label != "FAC" and not _place_cue(m.span):
                continue  # and, for a short name, where the words around it agree
            hit = PlaceHit(m.span.start_char, m.span.end_char, m.text, "other", None, None, None,
                           None, 0.2)
        else:
            hit = PlaceHit(m.span.start_char, m.span.end_char, entry.name, entry.feature,
                           entry.country, entry.lat, entry.lon, entry.geonames_id, score)
        out.append((hit, metonymic(m.span, entry)))
    return out


def _near_towns(county: Entry, towns: list[Entry]) -> Entry:
    """A county the gazetteer can only place roughly, put among the towns of its state that the
    article names: local news names a county for the towns it holds or borders."""
    lats = sorted(t.lat for t in towns if t.lat is not None)
    lons = sorted(t.lon for t in towns if t.lon is not None)
    if not lats:
        return county
    return replace(county, lat=lats[len(lats) // 2], lon=lons[len(lons) // 2])


def _trim(span: Span) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].text.lower() in ("the", "a") or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].text.lower() in ("'s", "\u2019s", "'") or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end] if end > start else None


class _Entities:
    """The document's entities, read once: ``Doc.ents`` builds every span anew on each call, and
    ``Span.ents`` goes through all of them."""

    def __init__(self, doc: Doc):
        self.spans = doc.ents
        self.starts = [e.start for e in self.spans]
        self.ends = [e.end for e in self.spans]
        self.labels = [e.label_ for e in self.spans]

    def first_label(self, start: int, end: int) -> str:
        """The label of the first entity wholly inside tokens start..end, as ``Span.ents`` finds
        it, or ""."""
        i = bisect_left(self.starts, start)
        if i < len(self.starts) and self.ends[i] <= end:
            return self.labels[i]
        return ""


def _mentions(doc: Doc, gaz: Gazetteer, demonyms: bool = False) -> list[_Mention]:
    taken = [False] * len(doc)
    ents = _Entities(doc)
    out: list[_Mention] = []
    # names the NER calls a place somewhere in the document: elsewhere it may have missed them
    trimmed = [_trim(e) for e in ents.spans]
    place_names = {name_key(sp.text) for e, inner in zip(ents.spans, trimmed)
                   if e.label_ in PLACE_LABELS for sp in (e, inner) if sp is not None}
    person_words = {t.text.lower() for e in ents.spans if e.label_ == "PERSON" and len(e) > 1
                    for t in e if t.is_alpha}

    def add(span: Span, entity: bool, abbreviation: Entry | None = None) -> None:
        label = ents.first_label(span.start, span.end) if entity else ""
        out.append(_Mention(span.start, span.end, span, span.text, entity, abbreviation, label))
        for i in range(span.start, span.end):
            taken[i] = True

    for ent, inner in zip(ents.spans, trimmed):
        if inner is not None and len(inner) > 1 and (
                ent.label_ in ("ORG", "FAC") or inner.text not in gaz):
            # "Edmonton Police Service", "Rapides Parish Fire District", "Anderson County
            # Sheriff Greg Shaw": the place that an office or body is named for is a place
            # mention of its own
            for n in (3, 2, 1):
                if len(inner) > n and _leading_place(inner[:n], gaz, ent.label_):
                    add(inner[:n], False)
                    if ent.label_ in PLACE_LABELS:
                        for i in range(inner.start + n, ent.end):
                            taken[i] = True
                    break
            if ent.label_ in PLACE_LABELS and taken[inner.start]:
                continue
        if ent.label_ in ("ORG", "FAC"):
            # "University of Nebraska", "United Way of Metropolitan Atlanta"
            for tok in ent:
                if tok.text.lower() == "of" and tok.i + 1 < ent.end:
                    tail = _strip_direction(doc[tok.i + 1:ent.end], gaz)
                    if tail[0].text.lower() == "metropolitan":
                        tail = tail[1:]
                    if 0 < len(tail) <= 3 and tail[0].text.lower() not in ORG_WORDS \
                            and _known_place(tail, gaz):
                        add(tail, False)
        span = inner
        if span is not None and gaz.demonym(span.text) is not None:
            # "Sri Lankan", whatever the NER called it, is a people's name, not a place's
            if demonyms:
                add(span, True, gaz.demonym(span.text))
            else:
                for i in range(ent.start, ent.end):
                    taken[i] = True
            continue
        if ent.label_ not in PLACE_LABELS:
            if span is not None and _misread_place(span, gaz, place_names, person_words,
                                                   ents.first_label(span.start, span.end)):
                add(span, True)
                continue
            for i in range(ent.start, ent.end):
                taken[i] = True  # a person or organisation named after a place is not one
            continue
        if span is None or _not_place(span, gaz, person_words):
            continue
        span = _strip_direction(span, gaz)
        # "Alexandria, La." or "Paris, Texas" as one entity: the town and its state
        parts, begin = [], span.start
        for tok in span:
            if tok.text == ",":
                parts.append(doc[begin:tok.i])
                begin = tok.i + 1
        parts.append(doc[begin:span.end])
        for part in parts:
            if len(part) == 0:
                continue
            part, abbr = _abbreviation(part, gaz)
            add(part, True, abbr)
    # the other entities' tokens are off limits; reopen those of places reached only via
    # a locative preposition ("in Cottonport" tagged PERSON)
    for ent in ents.spans:
        if ent.label_ in PLACE_LABELS or ent.start == 0:
            continue
        if doc[ent.start - 1].text.lower() in LOCATIVE and ent.label_ in ("PERSON", "ORG") \
                and not any(m.start == ent.start for m in out) \
                and any(p and e.feature in ("city", "admin1", "admin2")
                        for e, p in gaz.lookup(ent.text)):
            out.append(_Mention(ent.start, ent.end, ent, ent.text, False))
    tokens = list(doc)  # Doc[i] builds a new Token each time
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if taken[i] or not _proper(tok):
            if demonyms and not taken[i] and tok.pos_ in ("ADJ", "PROPN", "NOUN") \
                    and tok.text[:1].isupper() and gaz.demonym(tok.text):
                add(doc[i:i + 1], False, gaz.demonym(tok.text))
            elif not taken[i] and tok.is_title and tok.pos_ in ("ADJ", "NOUN") \
                    and not tok.is_sent_start and len(tok) >= 4 \
                    and not gaz.demonym(tok.text) and tok.text.lower() not in MONTHS \
                    and any(p and e.population >= 1000 for e, p in gaz.lookup(tok.text)) \
                    and _place_cue(doc[i:i + 1]):
                add(doc[i:i + 1], False)  # a town's name the tagger took for a word
            i += 1
            continue
        part, abbr = _abbreviation(doc[i:i + 1], gaz)
        if abbr is not None and i > 0 and doc[i - 1].text == ",":
            add(part, False, abbr)
            i = part.end
            continue
        if demonyms and gaz.demonym(tok.text):
            add(doc[i:i + 1], False, gaz.demonym(tok.text))
            i += 1
            continue
        matched = False
        for n in (4, 3, 2, 1):
            if i + n > len(tokens) or any(taken[j] or not _proper(tokens[j])
                                          for j in range(i, i + n)):
                continue
            span = doc[i:i + n]
            if _gazetteer_match(span, gaz) and not _not_place(span, gaz, person_words):
                add(span, False)
                i += n
                matched = True
                break
        if not matched:
            i += 1
    # one name, one sense in a story: a name found as a place once is a place wherever it
    # stands on its own ("Fargo raised its ..." after "in Fargo")
    found: dict[str, set[tuple[str, int]]] = defaultdict(set)
    for m in out:
        if len(m.text) >= 4 and m.abbreviation is None and not m.text.isupper():
            found[m.span[0].text].add((m.text, len(m.span)))
    for i, tok in enumerate(tokens if found else ()):
        for text, n in found.get(tok.text, ()):
            span = doc[i:i + n]
            if span.text == text and len(span) == n and not any(taken[j] for j in range(i, i + n)) \
                    and all(_proper(t) for t in span) and not _not_place(span, gaz, person_words):
                add(span, False)
                break
    out.sort(key=lambda m: m.start)
    return out


# Words before a name that make it a person's ("coach Ripley", "President Saakashvili").
TITLES = words("""
mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. gen gen. lt lt. sgt sgt. capt capt.
col col. det det. officer coach president senator governor judge justice chief mayor sheriff
minister prime secretary prince king queen pope rev rev. father sister brother uncle aunt
""")
# Words that name a kind of place, and some places too, but in news mean the kind.
COMMON_PLACE_WORDS = words("""
metro city county state gulf delta spring street downtown uptown midtown harbor harbour bay
valley coast island river lake
""")
DIRECTIONS = words("""
north south east west northern southern eastern western central northeast northwest southeast
southwest northeastern northwestern southeastern southwestern upper lower greater far
""")


def _not_place(span: Span, gaz: Gazetteer, person_words: set[str]) -> bool:
    """A place-like name that is really a person's, or a bare compass word ("the North")."""
    if len(span) == 1 and (span[0].text.lower() in DIRECTIONS
                           or span[0].text.lower() in COMMON_PLACE_WORDS):
        return True
    if span.start > 0 and span.doc[span.start - 1].text.lower() in TITLES:
        return True
    if len(span) == 1 and span[0].text.lower() in person_words:
        return not any(e.feature in ("country", "admin1") for e, _ in gaz.lookup(span.text))
    return False


def _strip_direction(span: Span, gaz: Gazetteer) -> Span:
    """"Northeast Georgia" as the place it lies in, when the gazetteer knows only that."""
    if len(span) > 1 and span[0].text.lower() in DIRECTIONS and span.text not in gaz \
            and span[1:].text in gaz:
        return span[1:]
    return span


def _abbreviation(span: Span, gaz: Gazetteer) -> tuple[Span, Entry | None]:
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


def _misread_place(span: Span, gaz: Gazetteer, place_names: set[str],
                   person_words: set[str], label: str | None = None) -> bool:
    """A name the NER took for a person or organisation ("Gainesville" as PERSON) that the NER
    itself calls a place elsewhere in the document, that is a country or state, or that is a
    large town in a place's syntactic position ("Edmonton residents", "of Gainesville")."""
    if len(span) > 3 or not all(_proper(t) for t in span) or _not_place(span, gaz, set()):
        return False
    if label is None:  # the label of the first entity inside the span, when not given
        label = next((e.label_ for e in span.ents), "")
    if label == "PERSON" and len(span) > 1:
        return False
    entries = [e for e, primary in gaz.lookup(span.text) if primary]
    if entries and _place_cue(span):
        return True  # the words around it outweigh a namesake person elsewhere
    if any(t.text.lower() in person_words for t in span):
        return False
    return name_key(span.text) in place_names or any(
        e.feature in ("country", "admin1") for e in entries)


def _place_cue(span: Span) -> bool:
    """Whether the words around a name put it where a place goes: a dateline ("HAMILTON —"), a
    town's compound ("Winona police", "Edmonton residents"), "of Wooster," or "north of
    Moorhead", or a conjunct of a place ("Decatur and Avondale Estates")."""
    doc = span.doc
    if any(t.ent_type_ in ("DATE", "TIME", "EVENT") or t.text.lower() in MONTHS for t in span):
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if all(t.is_upper for t in span) and after is not None and after.text in DATELINE_MARKS and (
            before is None or before.is_space or before.text in ".\n\"”" or span[0].is_sent_start):
        return True
    root = span.root
    if root.dep_ in ("compound", "nmod", "poss", "npadvmod") and (
            root.head.lemma_.lower() in LOCAL_NOUNS or root.head.text.lower() in LOCAL_NOUNS):
        return True
    if before is not None and before.text.lower() == "of" and span.start > 1 and (
            doc[span.start - 2].text == "," or doc[span.start - 2].text.lower() in DIRECTIONS
            or doc[span.start - 2].lemma_.lower() in LOCAL_NOUNS):
        return True
    if before is not None and before.text.lower() in LOCATIVE:
        return True
    linked = [root.head] if root.dep_ in ("conj", "appos") else []
    linked += [c for c in root.children if c.dep_ in ("conj", "appos")]
    return any(t.ent_type_ in PLACE_LABELS for t in linked)


# Words after "of" in organisations' names that are also towns' names ("Chamber of Commerce").
ORG_WORDS = words("""
commerce education health justice agriculture defense defence state labor labour energy
industry science technology transportation arts music medicine law independence hope unity
peace liberty victory university federal national green central united royal general
public grand union superior supreme metro
""")
MONTHS = words("""
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday christmas easter
""")
DATELINE_MARKS = frozenset({"—", "--", "-", "–", ",", ":"})


# Nouns that a town's name modifies as a place ("Edmonton residents", "the Gainesville area").
LOCAL_NOUNS = words("""
resident residents community communities area areas business businesses police school schools
city town neighborhood neighbourhood council councillor mayor street streets home homes family
families man woman men women native natives official officials suburb downtown region
officer officers student students pub shop store mall hospital church team fans voters
firefighters couple teen teenager boy girl killings murder parents restaurant sewer
library park hall center centre court jail airport
""")


def _proper(tok) -> bool:
    return tok.pos_ == "PROPN" or (tok.is_title and tok.pos_ in ("", "X")) or (
        tok.is_upper and len(tok) > 2 and tok.pos_ in ("PROPN", "NOUN", ""))


def _leading_place(span: Span, gaz: Gazetteer, label: str) -> bool:
    if not all(_proper(t) for t in span) or span.end >= len(span.doc) or (
            span[0].text.lower() in DIRECTIONS or span[0].text.lower() in ORG_WORDS):
        return False
    after = span.doc[span.end]
    if after.is_punct or after.text in STATE_ABBREVIATIONS:
        return False
    if after.text.lower() in INSTITUTIONS:
        return _known_place(span, gaz)  # "Hopkinton Police", "Huntsville High School"
    return label in ("ORG", "FAC") and any(
        primary and (e.feature in ("country", "admin1", "admin2") or e.population >= 50_000)
        for e, primary in gaz.lookup(span.text))


# Words that, after a place's name, make an office or body of that place.
INSTITUTIONS = words("""
police sheriff sheriff's fire department city county township borough village town council
councilman councilwoman mayor manager commissioner commissioners board school schools high
middle elementary college university library hospital jail court courthouse chamber seniors
senior community public democratic republican party regional area memorial
""")


def _known_place(span: Span, gaz: Gazetteer) -> bool:
    """A proper name that is a country, state or county, or a town's main name."""
    return all(_proper(t) for t in span) and any(
        primary and (e.feature in ("country", "admin1", "admin2") or e.population >= 1000)
        for e, primary in gaz.lookup(span.text))


def _gazetteer_match(span: Span, gaz: Gazetteer) -> bool:
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
            cue = _place_cue(span)
        if cue:
            return True
    return False


def _resolve(doc: Doc, mentions: list[_Mention], gaz: Gazetteer,
             source_country: str | None) -> dict[int, tuple[Entry | None, float]]:
    by_name: dict[str, list[tuple[Entry, bool]]] = {}
    for m in mentions:
        key = name_key(m.text)
        if m.abbreviation is None and key not in by_name:
            by_name[key] = candidates(m.text, gaz)

    # what the article is about: the countries and states it names outright
    countries: Counter[str] = Counter()
    states: Counter[str] = Counter()
    if source_country:
        countries[source_country] += 2
    first: dict[str, tuple[str | None, str | None]] = {}
    for m in mentions:
        if m.abbreviation is not None:
            states[m.abbreviation.admin1 or ""] += 2
            countries[m.abbreviation.country or ""] += 1
            continue
        # a first, context-free reading: the country or state that most of a name's likely
        # readings share sets the article's context, even where the town itself is in doubt
        # (a dozen Gainesvilles, all in the US)
        key = name_key(m.text)
        if key not in first:
            first[key] = spread(by_name[key])
        in_country, in_state = first[key]
        if in_country:
            countries[in_country] += 1
        if in_state:
            states[in_state] += 1

    # "Paris, Texas": the name right after the comma contains the one before it
    containers: dict[str, list[Entry]] = defaultdict(list)
    for a, b in pairwise(mentions):
        if b.start == a.end + 1 and doc[a.end].text == ",":
            inner = b.abbreviation and [b.abbreviation] or [
                e for e, _ in by_name.get(name_key(b.text), []) if e.feature in (
                    "country", "admin1")]
            containers[name_key(a.text)].extend(inner)

    resolved: dict[str, tuple[Entry | None, float]] = {}
    for key, cands in by_name.items():
        resolved[key] = choose(cands, countries, states, containers.get(key, []))
    # a second round: the states the first round settled on decide between namesakes that
    # nothing else tells apart (a Walker County in each of three states)
    settled: Counter[str] = Counter(e.admin1 for e, _ in resolved.values()
                                    if e is not None and e.admin1 and e.feature != "admin2")
    for key, cands in by_name.items():
        entry = resolved[key][0]
        if entry is not None and entry.feature == "admin2":
            resolved[key] = choose(cands, countries, states + settled, containers.get(key, []))
    # and the towns it is sure of pull a doubtful namesake towards them: a local story's
    # places lie near one another
    anchors = {key: e for key, (e, score) in resolved.items() if e is not None and score >= 0.9
               and e.feature in ("city", "admin2") and e.lat is not None}
    anchors.update((str(id(m)), m.abbreviation) for m in mentions
                   if m.abbreviation is not None and m.abbreviation.lat is not None
                   and m.abbreviation.feature != "country")
    if anchors:
        for key, cands in by_name.items():
            if len(cands) < 2 or resolved[key][1] >= 0.9:
                continue
            near = [a for k, a in anchors.items() if k != key]
            resolved[key] = choose(cands, countries, states, containers.get(key, []), near)
    out: dict[int, tuple[Entry | None, float]] = {}
    for m in mentions:
        if m.abbreviation is not None:
            out[id(m)] = (m.abbreviation, 0.95)
        else:
            out[id(m)] = resolved[name_key(m.text)]
    return out
