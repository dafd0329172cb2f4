"""The one place a spaCy Doc becomes a Record. Nothing downstream of this touches spaCy."""

from __future__ import annotations

from spacy.tokens import Doc

from dyad import cameo
from dyad.nlp.components import EVENTS, QUOTES, attrs, read_actors, read_places
from dyad.nlp.doc_text import doc_text
from dyad.records import Actor, Article, Event, Place, Quote, Record


def doc_to_record(doc: Doc, article: Article) -> Record:
    text = doc_text(doc)
    actor_set = read_actors(doc)
    # Number actors, quotes and places in order of first mention, so ids read naturally.
    infos = sorted(actor_set.actors, key=lambda a: min(a.mentions) if a.mentions else (1 << 30, 0))
    remap = {a.id: f"a{i}" for i, a in enumerate(infos, 1)}

    def char(s: int, e: int) -> tuple[int, int]:
        return doc[s].idx, doc[e - 1].idx + len(doc[e - 1])

    actors = tuple(
        Actor(id=remap[a.id], name=a.name, kind=a.kind, country=a.country,
              sector=tuple(a.sector), code=a.code, role=a.role,
              affiliation=remap.get(a.affiliation) if a.affiliation else None,
              mentions=tuple(sorted({char(s, e) for s, e in a.mentions})), gender=a.gender)
        for a in infos if a.mentions)

    quotes = []
    for i, sp in enumerate(sorted(doc.spans.get(QUOTES, []),
                                  key=lambda s: attrs(s, QUOTES).get("start", 0)), 1):
        d = attrs(sp, QUOTES)
        quotes.append(Quote(
            id=f"q{i}", text=text[d["start"]:d["end"]], start=d["start"], end=d["end"],
            kind=d["kind"], speaker=remap.get(d.get("speaker")),
            speaker_span=_t(d.get("speaker_span")), cue=d.get("cue"),
            cue_span=_t(d.get("cue_span")), addressee=remap.get(d.get("addressee"))))

    places = []
    by_id: dict[str, dict] = {}
    for p in read_places(doc):
        g = by_id.setdefault(p["id"], {**p, "mentions": []})
        g["mentions"].append((p["start"], p["end"]))
    for pid, p in by_id.items():
        places.append(Place(id=pid, name=p["name"], feature=p["feature"], country=p["country"],
                            lat=p["lat"], lon=p["lon"], geonames_id=p["geonames_id"],
                            mentions=tuple(sorted(set(p["mentions"])))))

    events = []
    for i, sp in enumerate(sorted(doc.spans.get(EVENTS, []),
                                  key=lambda s: attrs(s, EVENTS).get("trigger", (0, 0))), 1):
        d = attrs(sp, EVENTS)
        code = cameo.lookup(d["cameo"])
        ts, te = d["trigger"]
        events.append(Event(
            id=f"e{i}", cameo=code.code, root=code.root, plover=code.plover, penta=code.penta,
            quad_class=code.quad_class, goldstein=code.goldstein,
            source=remap.get(d.get("source")), target=remap.get(d.get("target")),
            trigger=text[ts:te], trigger_span=(ts, te), sentence_span=tuple(d["sentence"]),
            negated=bool(d.get("negated")), modality=d.get("modality", "asserted"),
            date=d.get("date"), place=d.get("place"), confidence=float(d.get("confidence", 0.5)),
            evidence=d.get("evidence", "")))

    return Record(id=article.doc_id, text=text, title=article.title, url=article.url,
                  source=article.source, published=article.published, actors=actors,
                  quotes=tuple(quotes), events=tuple(events), places=tuple(places))


def _t(v):
    return tuple(v) if v is not None else None
