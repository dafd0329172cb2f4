"""Toponyms: find the places a document names and put each on the map, offline.

Mentions come from spaCy's GPE/LOC/FAC entities; from names the NER labelled otherwise where the
words around them make them places ("Gainesville police", "of Wooster,", a dateline "HAMILTON —")
or where the NER calls the same name a place elsewhere in the document; from the place an office
or body is named for ("Hopkinton Police Department", "University of Nebraska"); from gazetteer
matches over proper nouns that the NER missed; from the Associated Press state abbreviations
("CHARLESTON, W.Va.", "the S.C. Highway Patrol"); and from patterns that make a name a place
whatever the NER says (``dyad.nlp.place_patterns``): streets ("Memphis Street", kept without
coordinates), a legislator's home ("R-Elbow Lake"), names listed before a kind of place
("Barrow and Jackson counties", each read as that county). Names that are a person's ("coach
Ripley", a surname the story's people bear), a compass word or a month are left out, as are
unknown names unless their form (a natural feature's: "Red River") or their context is a place's.

Each distinct name is resolved once per document, so that its mentions agree, by ranking every
gazetteer entry of that name (``dyad.nlp.gazetteer.rank``) on its size, its kind, how it was named,
the countries and states the rest of the article names (never counting the name itself), the
states that hold readings of most of a US story's names, the source's own country, an explicit
container ("Paris, Texas") and, for a doubtful name, its distance from the places the article is
sure of. A US county, which the gazetteer can place only roughly, is put among the towns of its
state that the article names; an unknown natural feature, by the story's most named town.

A place used for the people who govern it ("Moscow said", "Moscow's decision", "talks with
Russia") is a metonym: an actor, not a location. ``is_metonymic`` tells the two apart for the
actor code too; ``find_places`` leaves metonyms out. Demonyms ("Syrian") are never places;
``find_toponyms(..., demonyms=True)`` counts them as toponyms of their country, as some
geoparsing corpora do, also inside an organisation's name ("the Russian Interior Ministry"),
but not a surname, a language or a people within another nation ("Native American").
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
from dyad.nlp.metonymy import is_metonymic, metonymic  # noqa: F401 (is_metonymic: API)
from dyad.nlp.place_names import (
    abbreviation,
    gazetteer_match,
    known_place,
    leading_place,
    misread_place,
    not_place,
    proper,
    strip_direction,
)
from dyad.nlp.place_patterns import (
    LOCATIVE,
    MONTHS,
    ORG_WORDS,
    PLACE_LABELS,
    STRONG_LOCATIVE,
    dateline,
    feature_name,
    home_places,
    ids,
    listed_places,
    national,
    place_cue,
    streets,
    unmistakable,
)


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
    street: bool = False  # a street or road: named, never in the gazetteer, left unplaced
    sure: bool = False  # a place by the words around it, whether or not the gazetteer knows it


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
    if demonyms:
        mentions = [m for m in mentions if m.abbreviation is None
                    or gaz.demonym(m.text) is None or national(m.span)]
    resolved = _resolve(doc, mentions, gaz, source_country)
    towns: dict[str, list[Entry]] = defaultdict(list)
    for entry, _ in resolved.values():
        if entry is not None and entry.feature == "city" and entry.admin1:
            towns[entry.admin1].append(entry)
    # the town the story is about: its most often named, where it names one twice
    named = Counter(e.index for e, _ in resolved.values()
                    if e is not None and e.feature == "city" and e.lat is not None)
    focus = None
    if named and named.most_common(1)[0][1] >= 2:
        focus = gaz.entry(named.most_common(1)[0][0])
    out = []
    for m in mentions:
        entry, score = resolved[id(m)]
        if m.street:
            out.append((PlaceHit(m.span.start_char, m.span.end_char, m.text, "other", None, None,
                                 None, None, 0.5), False))
            continue
        if entry is not None and entry.feature == "admin2" and entry.geonames_id is None \
                and towns.get(entry.admin1 or ""):
            entry = _near_towns(entry, towns[entry.admin1 or ""])
        if entry is None:
            if not m.entity:
                continue  # an unknown name is a place only when the NER says so
            if not m.sure and (
                    m.label not in PLACE_LABELS or len(m.span) > (1 if m.label != "GPE" else 2)
                    or m.label != "FAC" and not place_cue(m.span)) and not feature_name(m.span):
                continue  # and where the words around it or its form agree: a longer unknown
                # name is more often an event's, a building's or a company's
            lat = lon = None
            if focus is not None and feature_name(m.span):
                lat, lon = focus.lat, focus.lon  # a local river or lake: by the story's town
            hit = PlaceHit(m.span.start_char, m.span.end_char, m.text, "other", None, lat, lon,
                           None, 0.1 if lat is not None else 0.2)
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


def _trim(span: Span, tokens: list) -> Span | None:
    start, end = span.start, span.end
    while start < end and (tokens[start].text.lower() in ("the", "a") or tokens[start].is_punct):
        start += 1
    while end > start and (tokens[end - 1].text.lower() in ("'s", "\u2019s", "'")
                           or tokens[end - 1].is_punct):
        end -= 1
    return span.doc[start:end] if end > start else None


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
    tokens = list(doc)  # Doc[i] builds a new Token each time
    trimmed = [_trim(e, tokens) for e in ents.spans]
    place_names = {name_key(sp.text) for e, inner in zip(ents.spans, trimmed)
                   if e.label_ in PLACE_LABELS for sp in (e, inner) if sp is not None}
    person_words = {t.text.lower() for e in ents.spans if e.label_ == "PERSON" and len(e) > 1
                    for t in e if t.is_alpha}
    # how often the NER calls each one-word name a person's ("Welch"), by the word's id
    as_person = Counter(tokens[e.start].orth for e, label in zip(ents.spans, ents.labels)
                        if label == "PERSON" and e.end - e.start == 1)

    # names the NER took for a person or organisation: a place's name found elsewhere may
    # still be read as that place here
    named: dict[int, int] = {}

    def add(span: Span, entity: bool, abbreviation: Entry | None = None) -> None:
        label = ents.first_label(span.start, span.end) if entity else ""
        out.append(_Mention(span.start, span.end, span, span.text, entity, abbreviation, label))
        for i in range(span.start, span.end):
            taken[i] = True

    orth = [t.orth for t in tokens]  # the words' ids: a set finds them faster than texts
    for start, end in streets(tokens, orth):
        out.append(_Mention(start, end, doc[start:end], doc[start:end].text, True, street=True))
        for i in range(start, end):
            taken[i] = True
    for start, end, kind in listed_places(tokens, orth):
        span = doc[start:end]
        out.append(_Mention(start, end, span, f"{span.text} {kind}" if kind else span.text, True,
                            sure=True))
        for i in range(start, end):
            taken[i] = True
    for start, end in home_places(tokens, orth):
        part, abbr = abbreviation(doc[start:end], gaz)
        out.append(_Mention(start, end, part, part.text, True, abbr, sure=True))
        for i in range(start, end):
            taken[i] = True

    for ent, inner in zip(ents.spans, trimmed):
        if True in taken[ent.start:ent.end]:
            for i in range(ent.start, ent.end):
                taken[i] = True  # a street's name ("Memphis Street", "Washington Drive")
            continue
        if inner is not None and len(inner) > 1 and (
                ent.label_ in ("ORG", "FAC") or inner.text not in gaz):
            # "Edmonton Police Service", "Rapides Parish Fire District", "Anderson County
            # Sheriff Greg Shaw": the place that an office or body is named for is a place
            # mention of its own
            for n in (3, 2, 1):
                if len(inner) > n and leading_place(inner[:n], gaz, ent.label_):
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
                    tail = strip_direction(doc[tok.i + 1:ent.end], gaz)
                    if tail[0].text.lower() == "metropolitan":
                        tail = tail[1:]
                    if 0 < len(tail) <= 3 and tail[0].text.lower() not in ORG_WORDS \
                            and known_place(tail, gaz):
                        add(tail, False)
        if ent.label_ == "ORG":
            for k in range(ent.start, ent.end):  # "the S.C. Highway Patrol"
                if not taken[k] and orth[k] in UNMISTAKABLE_IDS:
                    add(doc[k:k + 1], False, gaz.state_abbreviation(tokens[k].text))
        if demonyms and inner is not None and len(inner) > 1:
            # "the Russian Interior Ministry", "American Electric Power"
            j = inner.start
            while j < inner.end:
                for n in (2, 1):
                    sub = doc[j:j + n]
                    if j + n <= inner.end and sub.text != inner.text and sub[0].text[:1].isupper() \
                            and not any(taken[k] for k in range(j, j + n)) \
                            and gaz.demonym(sub.text) is not None:
                        add(sub, True, gaz.demonym(sub.text))
                        j += n - 1
                        break
                j += 1
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
            if span is not None and misread_place(span, gaz, place_names, person_words,
                                                   ents.first_label(span.start, span.end),
                                                   _times(as_person, span)):
                add(span, True)
                continue
            for i in range(ent.start, ent.end):
                taken[i] = True  # a person or organisation named after a place is not one
            if span is not None and ent.label_ in ("PERSON", "ORG"):
                named[span.start] = span.end
            continue
        if span is None or not_place(span, gaz, person_words):
            continue
        span = strip_direction(span, gaz)
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
            part, abbr = abbreviation(part, gaz)
            add(part, True, abbr)
    # the other entities' tokens are off limits; reopen those of places reached only via
    # a locative preposition ("in Cottonport" tagged PERSON)
    for ent in ents.spans:
        if ent.label_ in PLACE_LABELS or ent.start == 0:
            continue
        before = tokens[ent.start - 1].text.lower()
        if before not in LOCATIVE or ent.label_ not in ("PERSON", "ORG"):
            continue
        if before not in STRONG_LOCATIVE and _times(as_person, ent) >= 2:
            continue  # "from Welch" where the story calls Welch a person again and again
        if not any(m.start == ent.start for m in out) and any(
                p and e.feature in ("city", "admin1", "admin2") for e, p in gaz.lookup(ent.text)):
            out.append(_Mention(ent.start, ent.end, ent, ent.text, False))
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        end = dateline(tokens, i, taken) if tok.is_upper else None
        if end and doc[i:end].text in gaz:
            add(doc[i:end], False)  # "PORTLAND —", "BEIRUT:", whatever the tagger made of it
            i = end
            continue
        if taken[i] or not proper(tok):
            if demonyms and not taken[i] and tok.pos_ in ("ADJ", "PROPN", "NOUN") \
                    and tok.text[:1].isupper() and gaz.demonym(tok.text):
                add(doc[i:i + 1], False, gaz.demonym(tok.text))
            elif not taken[i] and tok.is_title and tok.pos_ in ("ADJ", "NOUN") \
                    and not tok.is_sent_start and len(tok) >= 4 \
                    and not gaz.demonym(tok.text) and tok.text.lower() not in MONTHS \
                    and any(p and e.population >= 1000 for e, p in gaz.lookup(tok.text)) \
                    and place_cue(doc[i:i + 1]):
                add(doc[i:i + 1], False)  # a town's name the tagger took for a word
            i += 1
            continue
        part, abbr = abbreviation(doc[i:i + 1], gaz)
        if abbr is not None and (i > 0 and doc[i - 1].text == "," or unmistakable(part.text)):
            add(part, False, abbr)
            i = part.end
            continue
        if demonyms and gaz.demonym(tok.text):
            add(doc[i:i + 1], False, gaz.demonym(tok.text))
            i += 1
            continue
        matched = False
        for n in (4, 3, 2, 1):
            if i + n > len(tokens) or any(taken[j] or not proper(tokens[j])
                                          for j in range(i, i + n)):
                continue
            span = doc[i:i + n]
            if gazetteer_match(span, gaz) and not not_place(span, gaz, person_words):
                add(span, False)
                i += n
                matched = True
                break
        if not matched:
            i += 1
    # one name, one sense in a story: a name found as a place once is a place wherever it
    # stands on its own ("Fargo raised its ..." after "in Fargo")
    found: dict[str, set[tuple[str, int]]] = defaultdict(set)
    sure: set[str] = set()  # names the NER or the words around them make places
    for m in out:
        if len(m.text) >= 4 and m.abbreviation is None and not m.text.isupper():
            found[m.span[0].text].add((m.text, len(m.span)))
            if m.entity or place_cue(m.span, strong=_times(as_person, m.span) >= 2):
                sure.add(m.text)
    found_ids = ids(found)
    for i, tok in enumerate(tokens if found else ()):
        if orth[i] not in found_ids:
            continue
        for text, n in sorted(found[tok.text], key=lambda f: (-f[1], f[0])):
            span = doc[i:i + n]
            if span.text != text or len(span) != n or not all(proper(t) for t in span) \
                    or not_place(span, gaz, person_words):
                continue
            # free words, the whole of a name the NER read as a person's or an organisation's
            # ("Gainesville says"), or the place an organisation is named for ("Gainesville's
            # Business"): the small model labels a town's name differently from one sentence
            # to the next, and a story keeps to one sense of it
            if True not in taken[i:i + n] or text in sure and (
                    named.get(i) == i + n
                    or named.get(i, 0) > i + n and not _in_mention(out, i)):
                add(span, False)
                break
    for m in out:
        after = tokens[m.end].text if m.end < len(tokens) else ""
        if after in ("Township", "Twp.") and not m.street and m.abbreviation is None:
            # "Madison Township": the township is named for its town and lies about it
            m.end += 1
            m.span = doc[m.start:m.end]
        elif after.isdigit() and m.abbreviation is not None and m.abbreviation.feature == "admin1":
            # "W.Va. 61", "S.C. 6": a state's road, not the state
            m.end += 1
            m.span = m.span.doc[m.start:m.end]
            m.street, m.abbreviation = True, None
    out.sort(key=lambda m: m.start)
    return out


UNMISTAKABLE_IDS = ids(a for a in STATE_ABBREVIATIONS if unmistakable(a))


class _Less:
    """A count less another, read as ``rank`` reads its context (``get`` and ``[]``), without
    building a new Counter for every name."""

    __slots__ = ("base", "own")

    def __init__(self, base: Counter[str], own: Counter[str]):
        self.base, self.own = base, own

    def __getitem__(self, key: str) -> int:
        return max(self.base.get(key, 0) - self.own.get(key, 0), 0)

    def get(self, key: str, default: int | None = None) -> int | None:
        return self[key] or default


def _times(counts: Counter[int], span: Span) -> int:
    """How often a one-word name is counted in ``counts`` (keyed by the word's id)."""
    return counts.get(span.doc[span.start].orth, 0) if len(span) == 1 else 0


def _in_mention(mentions: list[_Mention], i: int) -> bool:
    return any(m.start <= i < m.end for m in mentions)


def _resolve(doc: Doc, mentions: list[_Mention], gaz: Gazetteer,
             source_country: str | None) -> dict[int, tuple[Entry | None, float]]:
    by_name: dict[str, list[tuple[Entry, bool]]] = {}
    for m in mentions:
        key = name_key(m.text)
        if m.abbreviation is None and not m.street and key not in by_name:
            by_name[key] = candidates(m.text, gaz)

    # what the article is about: the countries and states it names outright
    countries: Counter[str] = Counter()
    states: Counter[str] = Counter()
    if source_country:
        countries[source_country] += 2
    first: dict[str, tuple[str | None, str | None]] = {}
    # what each name adds to them: a name is no evidence for its own reading ("Palestine",
    # named four times in a Texas story, is not thereby the Palestinian territories)
    own_countries: dict[str, Counter[str]] = defaultdict(Counter)
    own_states: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if m.street:
            continue
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
            own_countries[key][in_country] += 1
        if in_state:
            states[in_state] += 1
            own_states[key][in_state] += 1

    # in a US story, the few states that hold a reading of the most names: a local story's
    # places share one ("Paris" and "Henry County" are both in Tennessee, Kentucky and Illinois)
    holders: Counter[str] = Counter()
    if countries and countries.most_common(1)[0][0] == "USA":
        for cands in by_name.values():
            holders.update({e.admin1 for e, primary in cands if primary and e.admin1
                            and e.country == "USA" and e.feature in ("city", "admin2")})
    if holders:
        most = max(holders.values())
        best = [s for s, n in holders.items() if n == most]
        if most >= 2 and len(best) <= 3:
            states.update(best)

    # "Paris, Texas": the name right after the comma contains the one before it
    containers: dict[str, list[Entry]] = defaultdict(list)
    for a, b in pairwise(mentions):
        if b.start == a.end + 1 and doc[a.end].text == ",":
            inner = b.abbreviation and [b.abbreviation] or [
                e for e, _ in by_name.get(name_key(b.text), []) if e.feature in (
                    "country", "admin1")]
            containers[name_key(a.text)].extend(inner)

    def context(key: str) -> tuple[_Less, _Less]:
        return _Less(countries, own_countries[key]), _Less(states, own_states[key])

    resolved: dict[str, tuple[Entry | None, float]] = {}
    for key, cands in by_name.items():
        resolved[key] = choose(cands, *context(key), containers.get(key, []))
    # a second round: the states the first round settled on decide between namesakes that
    # nothing else tells apart (a Walker County in each of three states; Gainesville in a story
    # that names Georgia)
    settled: Counter[str] = Counter(e.admin1 for e, _ in resolved.values()
                                    if e is not None and e.admin1 and e.feature != "admin2")
    first_round = dict(resolved)
    both = states + settled
    for key, cands in by_name.items():
        entry, score = first_round[key]
        if entry is not None and (entry.feature == "admin2" or score < 0.9) and any(
                e.admin1 in settled for e, _ in cands):
            own = own_states[key]
            if entry.admin1 and entry.feature != "admin2":
                own = own + Counter({entry.admin1: 1})
            resolved[key] = choose(cands, _Less(countries, own_countries[key]), _Less(both, own),
                                   containers.get(key, []))
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
            resolved[key] = choose(cands, *context(key), containers.get(key, []), near)
    out: dict[int, tuple[Entry | None, float]] = {}
    for m in mentions:
        if m.abbreviation is not None:
            out[id(m)] = (m.abbreviation, 0.95)
        elif m.street:
            out[id(m)] = (None, 0.5)
        else:
            out[id(m)] = resolved[name_key(m.text)]
    return out
