"""spaCy components wrapping Dyad's extractors.

Each reads the Doc and writes spans into ``doc.spans["dyad_…"]`` and their attributes, as plain
data keyed by group and span id, into ``doc.user_data["dyad"]`` (so DocBin keeps them; spaCy's own
span extensions are keyed by offsets alone, and two events on one trigger would share one). Any spaCy pipeline with a
parser and NER can add them: ``nlp.add_pipe("dyad_actors")`` and so on, in the order
actors → quotes → places → events. Metadata (publication date, source country) is read from
``doc._.dyad_meta`` when the caller set it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from dyad.knowledge import load_knowledge
from dyad.nlp import LEARNED_SPANS
from dyad.nlp.actors import ActorFinder, ActorInfo, ActorSet
from dyad.nlp.events import find_events
from dyad.nlp.quotes import QuoteInfo, find_quotes

ACTORS, QUOTES, PLACES, EVENTS = "dyad_actors", "dyad_quotes", "dyad_places", "dyad_events"
REGIONAL = "dyad.regional"  # user_data key: tokens of a region's name, which give no country

if not Doc.has_extension("dyad_meta"):
    Doc.set_extension("dyad_meta", default=None)


def _meta(doc: Doc, key: str):
    meta = doc._.dyad_meta or {}
    return meta.get(key)


def attrs(sp: Span, group: str) -> dict:
    """The attributes a Dyad component stored for a span of one of its groups."""
    return sp.doc.user_data.get("dyad", {}).get(group, {}).get(sp.id_, {})


def _store(doc: Doc, group: str, data: dict[str, dict]) -> None:
    doc.user_data.setdefault("dyad", {})[group] = data


def _write_group(doc: Doc, group: str, prefix: str, items: list[tuple[tuple[int, int], str, object]]
                 ) -> None:
    """Spans for (character span, label, dataclass) items, ids prefix1, prefix2, …"""
    spans, data = [], {}
    for i, ((start, end), label, item) in enumerate(items, 1):
        sp = _span(doc, start, end, label, f"{prefix}{i}")
        if sp is not None:
            spans.append(sp)
            data[f"{prefix}{i}"] = dict(vars(item))
    doc.spans[group] = spans
    _store(doc, group, data)


def _span(doc: Doc, start: int, end: int, label: str, span_id: str) -> Span | None:
    sp = doc.char_span(start, end, alignment_mode="expand")
    if sp is None:
        return None
    return Span(doc, sp.start, sp.end, label=label, span_id=span_id)


# -- actors ------------------------------------------------------------------------------------
def write_actors(doc: Doc, actors: ActorSet) -> None:
    spans, data = [], {}
    for a in actors.actors:
        data[a.id] = {"name": a.name, "kind": a.kind, "country": a.country,
                      "sector": list(a.sector), "code": a.code, "role": a.role,
                      "affiliation": a.affiliation, "gender": a.gender, "key": a.key,
                      "evidence": a.evidence, "office": a.office}
        spans += [Span(doc, s, e, label=a.kind, span_id=a.id) for s, e in a.mentions]
    doc.spans[ACTORS] = spans
    _store(doc, ACTORS, data)
    doc.user_data[REGIONAL] = sorted(actors.regional)


def read_actors(doc: Doc) -> ActorSet:
    out = ActorSet(regional=set(doc.user_data.get(REGIONAL, ())))
    by_id: dict[str, ActorInfo] = {}
    stored = doc.user_data.get("dyad", {}).get(ACTORS, {})
    for sp in doc.spans.get(ACTORS, []):
        span_id = sp.id_
        a = by_id.get(span_id)
        if a is None:  # an actor's attributes are read at its first mention only
            d = stored.get(span_id, {})
            a = ActorInfo(id=span_id, name=d.get("name", sp.text), kind=d.get("kind", sp.label_),
                          country=d.get("country"), sector=list(d.get("sector") or []),
                          code=d.get("code"), role=d.get("role"), affiliation=d.get("affiliation"),
                          gender=d.get("gender"), key=d.get("key", ""),
                          evidence=d.get("evidence", ""), office=d.get("office"))
            by_id[span_id] = a
            out.actors.append(a)
        out.add_mention(a, sp.start, sp.end)
    return out


@Language.factory("dyad_actors", assigns=["doc.spans"],
                  requires=["token.dep", "token.lemma", "doc.ents"],
                  default_config={"actors_files": []})
def make_actors(nlp: Language, name: str, actors_files: list[str]):
    finder = ActorFinder(nlp.vocab, load_knowledge(tuple(actors_files)))
    finder.compile(nlp.make_doc)

    def component(doc: Doc) -> Doc:
        write_actors(doc, finder(doc, _meta(doc, "published")))
        return doc

    return component


# -- quotes ------------------------------------------------------------------------------------
def read_quotes(doc: Doc) -> list[QuoteInfo]:
    out = []
    for sp in doc.spans.get(QUOTES, []):
        d = attrs(sp, QUOTES)
        out.append(QuoteInfo(**{k: (tuple(v) if isinstance(v, list) else v)
                                for k, v in d.items()}))
    return out


@Language.factory("dyad_quotes", assigns=["doc.spans"], requires=["doc.spans", "token.dep"],
                  default_config={"join_split": False, "learned_cues": True,
                                  "learned_spans": LEARNED_SPANS})
def make_quotes(nlp: Language, name: str, join_split: bool, learned_cues: bool,
                learned_spans: bool):
    """join_split: one quote for '"…," she said. "…"' (PolNeAR's convention) instead of the
    contract's one quote per pair of quotation marks. learned_cues: False keeps to the reports of
    the cue rules, without those of the trained cue model (``dyad.nlp.learned_cues``).
    learned_spans: True lets the trained span model (``dyad.nlp.learned_spans``) move the edges
    of indirect reports' content; its default is ``dyad.nlp.LEARNED_SPANS``."""
    cue_model = "default" if learned_cues else None
    span_model = "default" if learned_spans else None

    def component(doc: Doc) -> Doc:
        actors = read_actors(doc)
        quotes = find_quotes(doc, actors, join_split=join_split, cue_model=cue_model,
                             span_model=span_model)
        _write_group(doc, QUOTES, "q", [((q.start, q.end), q.kind, q) for q in quotes])
        write_actors(doc, actors)  # speakers resolved through pronouns add mentions
        return doc

    return component


# -- places ------------------------------------------------------------------------------------
def read_places(doc: Doc) -> list[dict]:
    return [attrs(sp, PLACES) for sp in doc.spans.get(PLACES, [])]


@Language.factory("dyad_places", assigns=["doc.spans"],
                  requires=["doc.ents", "token.dep"])
def make_places(nlp: Language, name: str):
    from dyad.nlp.places import find_places, load_gazetteer

    gazetteer = load_gazetteer()

    def component(doc: Doc) -> Doc:
        hits = find_places(doc, source_country=_meta(doc, "source_country"), gazetteer=gazetteer)
        orgs = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "ORG"]
        hits = [h for h in hits if not _actor_use(doc, h, orgs)]
        ids: dict[object, str] = {}
        spans, stored = [], {}
        for h in hits:
            key = h.geonames_id or (h.name, h.country)
            pid = ids.setdefault(key, f"p{len(ids) + 1}")
            data = {"id": pid, "start": h.start, "end": h.end, "name": h.name,
                    "feature": h.feature, "country": h.country, "lat": h.lat, "lon": h.lon,
                    "geonames_id": h.geonames_id, "score": h.score}
            sp = _span(doc, h.start, h.end, h.feature, f"{pid}@{h.start}")
            if sp is not None:
                spans.append(sp)
                stored[f"{pid}@{h.start}"] = data
        doc.spans[PLACES] = spans
        _store(doc, PLACES, stored)
        return doc

    return component


# A country in these roles is a party to what happens, not where it happens.
PARTY_PREPS = {"with", "against", "to", "by", "between", "toward", "towards"}


def _actor_use(doc: Doc, hit, orgs: list[tuple[int, int]]) -> bool:
    """A toponym that is really an actor: part of a longer organisation's name (``orgs``: "the New
    York Times"), or a country as a party ("talks with Russia", "deferred to the U.S.")."""
    for start, end in orgs:
        if start <= hit.start and hit.end <= end and end - start > hit.end - hit.start:
            return True
    if hit.feature != "country":
        return False
    span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass", "dobj", "poss", "agent"):
        return True
    return root.dep_ == "pobj" and root.head.lower_ in PARTY_PREPS


# -- events ------------------------------------------------------------------------------------
@Language.factory("dyad_events", assigns=["doc.spans"],
                  requires=["doc.spans", "token.dep",
                            "token.lemma"])
def make_events(nlp: Language, name: str):
    from dyad.nlp.thing_actors import code_things

    kb = load_knowledge()

    def component(doc: Doc) -> Doc:
        actors = read_actors(doc)
        before = {a.id for a in actors.actors}
        places = [(p["start"], p["end"], p["id"]) for p in read_places(doc)]
        events = find_events(doc, actors, read_quotes(doc), places, _meta(doc, "published"))
        _write_group(doc, EVENTS, "e", [(ev.trigger, ev.cameo, ev) for ev in events])
        # Event arguments become actors only where an event keeps them as its source or target
        # (a candidate dropped later, "met in Geneva", is no actor).
        used = {ev.source for ev in events} | {ev.target for ev in events}
        actors.actors = [a for a in actors.actors if a.id in before or a.id in used]
        code_things(doc, actors, kb, read_places(doc))
        write_actors(doc, actors)
        return doc

    return component
