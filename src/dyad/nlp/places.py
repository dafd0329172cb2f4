"""Toponyms: find the places a document names and put each on the map, offline.

Mentions come from spaCy's GPE/LOC/FAC entities, from gazetteer matches over proper nouns that the
NER missed, and from the Associated Press state abbreviations of datelines ("CHARLESTON, W.Va.").
Each distinct name is resolved once per document, so that its mentions agree, by scoring every
gazetteer entry of that name on its size (population), its kind (countries and states before
towns), how it was named (main name before alternate name), the countries and states the rest of
the article names, the source's own country, and an explicit container ("Paris, Texas").

A place used for the people who govern it ("Moscow said", "Moscow's decision", "talks with
Russia") is a metonym: an actor, not a location. ``is_metonymic`` tells the two apart for the
actor code too; ``find_places`` leaves metonyms out. Demonyms ("Syrian") are NORP entities and are
never places.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Doc, Span

from dyad.nlp.gazetteer import STATE_ABBREVIATIONS, Entry, Gazetteer, load_gazetteer, name_key

PLACE_LABELS = ("GPE", "LOC", "FAC")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())



# Verbs whose subject is someone acting or speaking: a place as their subject stands for its people.
SPEECH_ACTION_VERBS = _words("""
say tell announce state declare claim warn threaten accuse deny insist urge demand call ask
reject refuse condemn criticize criticise blame praise welcome confirm report respond reply
vow promise pledge agree sign negotiate propose offer approve order decide plan seek want
support back oppose sanction impose launch attack strike bomb invade send deploy expel recall
retaliate protest dismiss vote veto announce argue suggest acknowledge admit concede charge
recognize recognise hope fear believe expect try continue flout block obstruct push press
pressure host invite join help aid fund arm supply sell buy agree cooperate ally win lose
""")
# Verbs a country can be the subject of while still being a location ("Syria is a country").
STATIVE_VERBS = _words(
    "be lie border sit stretch cover include lose remain become seem look rank have")
# Nouns after a possessive that keep the possessor a location ("Syria's largest city").
GEO_NOUNS = _words("""
city capital town village north south east west northeast northwest southeast southwest centre
center heart border borders region province state county district territory coast coastline
soil airspace waters outskirts suburb suburbs area areas part parts side population people
residents citizens largest biggest second third countryside interior mountains river streets
neighborhood neighbourhood downtown port island islands economy history
""")
# Nouns of interaction whose "with/between/against" object is a party, not a location.
INTERACTION_WORDS = _words("""
talk talks agreement deal negotiation negotiations relation relations tie ties war conflict
dispute cooperation meeting summit treaty pact alliance partnership tension tensions trade
deal discuss negotiate cooperate meet fight ally clash side agree
""")
# Verbs whose object is someone acted upon ("urged Russia").
OBJECT_VERBS = _words("""
urge accuse warn tell ask criticize criticise condemn blame sanction thank support back
pressure persuade help invite defeat call congratulate punish reassure convince
""")
# Heads that make a country or capital modifier an actor ("U.S. officials", "Moscow diplomats").
ACTOR_NOUNS = _words("""
government officials official forces troops military army navy authorities diplomats leaders
leader ministry minister president administration regime ally allies spokesman spokeswoman
member members partner partners supporter backer enemy rival
""")
# Adjectives that, predicated of a place, make it someone ("Iran was not pleased").
ATTITUDES = _words("""
pleased happy unhappy aware ready willing determined concerned keen eager reluctant unwilling
opposed committed prepared angry furious satisfied
""")
# Passive verbs that happen to a location rather than to a party ("Turkey was hit by a quake").
PLACE_PASSIVES = _words("""
locate situate border surround hit affect strike divide occupy bomb devastate flood shake rock
name know call cover populate inhabit settle found build visit
""")

# Locative prepositions: a proper noun after one of them is worth a gazetteer look-up even
# when the NER labelled it something else.
LOCATIVE = _words("in near outside at from to across throughout around")


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
    abbreviation: Entry | None = None  # an AP state abbreviation, already resolved


def find_places(doc: Doc, *, source_country: str | None = None,
                gazetteer: Gazetteer | None = None) -> list[PlaceHit]:
    """Every toponym of ``doc`` used as a location, resolved, in text order."""
    return [hit for hit, metonym in find_toponyms(doc, source_country=source_country,
                                                  gazetteer=gazetteer) if not metonym]


def find_toponyms(doc: Doc, *, source_country: str | None = None,
                  gazetteer: Gazetteer | None = None) -> list[tuple[PlaceHit, bool]]:
    """Every toponym of ``doc``, metonyms included, each with whether it is one."""
    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    mentions = _mentions(doc, gaz)
    resolved = _resolve(doc, mentions, gaz, source_country)
    out = []
    for m in mentions:
        entry, score = resolved[id(m)]
        if entry is None:
            if not m.entity or m.span.label_ == "FAC":
                continue  # an unknown name is a place only when the NER says so
            hit = PlaceHit(m.span.start_char, m.span.end_char, m.text, "other", None, None, None,
                           None, 0.2)
        else:
            hit = PlaceHit(m.span.start_char, m.span.end_char, entry.name, entry.feature,
                           entry.country, entry.lat, entry.lon, entry.geonames_id, score)
        out.append((hit, _metonymic(m.span, entry)))
    return out


def is_metonymic(span: Span) -> bool:
    """Whether a place name stands for its government or people ("Moscow said") here."""
    gaz = load_gazetteer()
    entry = None
    for e, primary in gaz.lookup(span.text):
        if e.feature == "country" or e.capital:
            entry = e
            break
    return _metonymic(span, entry)


def _metonymic(span: Span, entry: Entry | None) -> bool:
    political = entry is not None and (entry.feature == "country" or entry.capital)
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "Turkey and Russia struck a deal": both are subjects
    head = root.head
    dep = root.dep_
    if dep in ("nsubj", "nsubjpass"):
        lemma = head.lemma_.lower()
        if lemma in SPEECH_ACTION_VERBS:
            return True
        if not political:
            return False
        if dep == "nsubjpass":
            return lemma not in PLACE_PASSIVES
        if lemma in STATIVE_VERBS:
            return any((c.dep_ == "attr" and c.lemma_.lower() in ACTOR_NOUNS)
                       or (c.dep_ == "acomp" and c.lemma_.lower() in ATTITUDES)
                       for c in head.children)
        return head.pos_ in ("VERB", "AUX")
    if dep == "poss":
        return head.lemma_.lower() not in GEO_NOUNS and political
    if dep == "pobj" and head.dep_ == "agent":
        return True
    if dep == "pobj" and head.lower_ in ("by", "with", "between", "against"):
        governor = head.head
        if head.lower_ == "by" and governor.pos_ == "NOUN":
            return political
        return political and governor.lemma_.lower() in INTERACTION_WORDS
    if dep == "pobj" and head.lower_ in ("as", "like", "including"):
        governor = head.head.head if head.head.lower_ == "such" else head.head
        return political and governor.lemma_.lower() in ACTOR_NOUNS
    if dep == "dobj":
        return political and head.lemma_.lower() in OBJECT_VERBS
    if dep == "compound":
        return political and head.lemma_.lower() in ACTOR_NOUNS
    return False


def _trim(span: Span) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in ("the", "a") or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].lower_ in ("'s", "\u2019s", "'") or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end] if end > start else None


def _mentions(doc: Doc, gaz: Gazetteer) -> list[_Mention]:
    taken = [False] * len(doc)
    out: list[_Mention] = []

    def add(span: Span, entity: bool, abbreviation: Entry | None = None) -> None:
        out.append(_Mention(span.start, span.end, span, span.text, entity, abbreviation))
        for i in range(span.start, span.end):
            taken[i] = True

    for ent in doc.ents:
        if ent.label_ in ("ORG", "FAC") and len(ent) > 1:
            # "Edmonton Police Service", "Rapides Parish Fire District": the place that an
            # organisation is named for is a place mention of its own
            inner = _trim(ent)
            for n in (3, 2, 1):
                if inner is not None and len(inner) > n and _leading_place(inner[:n], gaz):
                    add(inner[:n], False)
                    break
        if ent.label_ not in PLACE_LABELS:
            for i in range(ent.start, ent.end):
                taken[i] = True  # a person or organisation named after a place is not one
            continue
        span = _trim(ent)
        if span is None:
            continue
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
            abbr = gaz.state_abbreviation(part.text)
            if abbr is not None:
                add(part, True, abbr)
            else:
                add(part, True)
    # the other entities' tokens are off limits; reopen those of places reached only via
    # a locative preposition ("in Cottonport" tagged PERSON)
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS or ent.start == 0:
            continue
        if doc[ent.start - 1].lower_ in LOCATIVE and ent.label_ in ("PERSON", "ORG", "NORP") \
                and any(p and e.feature in ("city", "admin1", "admin2")
                        for e, p in gaz.lookup(ent.text)) and ent.label_ != "NORP":
            out.append(_Mention(ent.start, ent.end, ent, ent.text, False))
    i = 0
    while i < len(doc):
        tok = doc[i]
        if taken[i] or not _proper(tok):
            i += 1
            continue
        abbr = gaz.state_abbreviation(tok.text)
        if abbr is not None and i > 0 and doc[i - 1].text == ",":
            add(doc[i:i + 1], False, abbr)
            i += 1
            continue
        matched = False
        for n in (4, 3, 2, 1):
            span = doc[i:i + n]
            if len(span) < n or any(taken[j] or not _proper(doc[j]) for j in range(i, i + n)):
                continue
            if _gazetteer_match(span, gaz):
                add(span, False)
                i += n
                matched = True
                break
        if not matched:
            i += 1
    out.sort(key=lambda m: m.start)
    return out


def _proper(tok) -> bool:
    return tok.pos_ == "PROPN" or (tok.is_title and tok.pos_ in ("", "X")) or (
        tok.is_upper and len(tok) > 2 and tok.pos_ in ("PROPN", "NOUN", ""))


def _leading_place(span: Span, gaz: Gazetteer) -> bool:
    if not all(_proper(t) for t in span) or span.end >= len(span.doc):
        return False
    if span.doc[span.end].is_punct or span.doc[span.end].text in STATE_ABBREVIATIONS:
        return False
    return any(primary and (e.feature in ("country", "admin1", "admin2")
                            or e.population >= 50_000)
               for e, primary in gaz.lookup(span.text))


def _gazetteer_match(span: Span, gaz: Gazetteer) -> bool:
    """A proper-noun run the NER missed counts as a place only if it is well known or framed."""
    if len(span.text) < 4 or span[0].is_sent_start and len(span) == 1 and not span[0].is_upper:
        return False
    doc = span.doc
    locative = span.start > 0 and doc[span.start - 1].lower_ in LOCATIVE
    framed = span.end < len(doc) - 1 and doc[span.end].text == "," and gaz.state_abbreviation(
        doc[span.end + 1].text) is not None
    for e, primary in gaz.lookup(span.text):
        if not primary:
            continue
        if e.feature in ("country", "admin1") or framed:
            return True
        if e.population >= (2000 if locative else 100_000):
            return True
    return False


def _resolve(doc: Doc, mentions: list[_Mention], gaz: Gazetteer,
             source_country: str | None) -> dict[int, tuple[Entry | None, float]]:
    candidates: dict[str, list[tuple[Entry, bool]]] = {}
    for m in mentions:
        key = name_key(m.text)
        if m.abbreviation is None and key not in candidates:
            candidates[key] = _candidates(m.text, gaz)

    # what the article is about: the countries and states it names outright
    countries: Counter[str] = Counter()
    states: Counter[str] = Counter()
    if source_country:
        countries[source_country] += 2
    first: dict[str, tuple[Entry | None, float]] = {}
    for m in mentions:
        if m.abbreviation is not None:
            states[m.abbreviation.admin1 or ""] += 2
            countries[m.abbreviation.country or ""] += 1
            continue
        # a first, context-free choice: what it is sure of sets the article's context
        entry, score = first.setdefault(name_key(m.text), _choose(
            candidates[name_key(m.text)], Counter(), Counter(), []))
        if entry is None or score < 0.8:
            continue
        if entry.feature in ("country", "admin1") or score >= 0.95:
            countries[entry.country or ""] += 1
        if entry.feature in ("admin1", "admin2", "city") and entry.admin1:
            states[entry.admin1] += 1

    # "Paris, Texas": the name right after the comma contains the one before it
    containers: dict[str, list[Entry]] = defaultdict(list)
    for a, b in pairwise(mentions):
        if b.start == a.end + 1 and doc[a.end].text == ",":
            inner = b.abbreviation and [b.abbreviation] or [
                e for e, _ in candidates.get(name_key(b.text), []) if e.feature in (
                    "country", "admin1")]
            containers[name_key(a.text)].extend(inner)

    resolved: dict[str, tuple[Entry | None, float]] = {}
    for key, cands in candidates.items():
        resolved[key] = _choose(cands, countries, states, containers.get(key, []))
    out: dict[int, tuple[Entry | None, float]] = {}
    for m in mentions:
        if m.abbreviation is not None:
            out[id(m)] = (m.abbreviation, 0.95)
        else:
            out[id(m)] = resolved[name_key(m.text)]
    return out


def _candidates(text: str, gaz: Gazetteer) -> list[tuple[Entry, bool]]:
    cands = gaz.lookup(text)
    if not cands and text.lower().startswith("st. "):
        cands = gaz.lookup("Saint " + text[4:])
    if not cands and text.lower().startswith("mt. "):
        cands = gaz.lookup("Mount " + text[4:])
    return cands


_FEATURE_BONUS = {"country": 0.6, "admin1": 0.35, "admin2": 0.0, "city": 0.0, "other": 0.3}


def _choose(cands: list[tuple[Entry, bool]], countries: Counter[str], states: Counter[str],
            containers: list[Entry]) -> tuple[Entry | None, float]:
    if not cands:
        return None, 0.0
    scored = []
    for e, primary in cands:
        s = math.log10(max(e.population, 1)) / 10 + _FEATURE_BONUS[e.feature]
        if not primary:
            s -= 0.35
        if e.geonames_id is None:
            s -= 0.05  # a namesake of a GeoNames place: prefer the GeoNames one
        if e.country and countries.get(e.country):
            s += 0.3 + 0.05 * min(countries[e.country], 4)
        if e.admin1 and states.get(e.admin1):
            s += 0.3
        for c in containers:
            if (c.feature == "country" and e.country == c.country) or (
                    c.feature == "admin1" and e.admin1 and e.admin1 == c.admin1):
                s += 1.0
                break
        scored.append((s, e))
    scored.sort(key=lambda x: -x[0])
    best, entry = scored[0]
    z = sum(math.exp(8 * (s - best)) for s, _ in scored)
    return entry, round(1 / z, 3)
