"""The output record of ``shared/docs/record-schema.md`` as frozen dataclasses.

Only these types travel past the NLP stage: to the CLI, the store, the exports and the
API. ``Record.to_dict()`` / ``Record.from_dict()`` are the JSON form; ``validate_record``
checks a record against the contract (types, span identities, ids that resolve).
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass
from typing import Any

SCHEMA = "dyad/1"

Span = tuple[int, int]

ACTOR_KINDS = ("person", "organization", "country", "group", "other")
QUOTE_KINDS = ("direct", "mixed", "indirect")
MODALITIES = ("asserted", "hypothetical", "intended", "reported", "denied")
PLOVER = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
FEATURES = ("country", "admin1", "admin2", "city", "other")


def text_id(text: str) -> str:
    """A stable id for a document that has none of its own: a hash of its text."""
    return "sha1:" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(frozen=True)
class Article:
    """One input document, as the readers produce it."""

    text: str
    id: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    origin: str | None = None  # where it was read from: "path", "path:line"
    error: dict | None = None  # set by a reader that could not produce the text

    @property
    def doc_id(self) -> str:
        # A document that could not be read has no text to hash: where it came from tells
        # two such documents apart.
        if self.id:
            return self.id
        if not self.text and self.error and self.origin:
            return text_id("origin:" + self.origin)
        return text_id(self.text)


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    kind: str
    country: str | None = None
    sector: tuple[str, ...] = ()
    code: str | None = None
    role: str | None = None
    affiliation: str | None = None
    mentions: tuple[Span, ...] = ()
    gender: str | None = None  # "female" / "male" where the text says (pronouns, honorifics)


@dataclass(frozen=True)
class Quote:
    id: str
    text: str
    start: int
    end: int
    kind: str
    speaker: str | None = None
    speaker_span: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None
    addressee: str | None = None


@dataclass(frozen=True)
class Event:
    id: str
    cameo: str
    root: str
    plover: str
    penta: int
    quad_class: int
    goldstein: float
    source: str | None
    target: str | None
    trigger: str
    trigger_span: Span
    sentence_span: Span
    negated: bool = False
    modality: str = "asserted"
    date: str | None = None
    place: str | None = None
    confidence: float = 0.5
    evidence: str = ""


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    feature: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Record:
    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    places: tuple[Place, ...] = ()
    error: dict | None = None
    schema: str = SCHEMA

    @property
    def content_hash(self) -> str:
        return hashlib.sha1(self.text.encode("utf-8", "surrogatepass")).hexdigest()

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def place(self, place_id: str | None) -> Place | None:
        return next((p for p in self.places if p.id == place_id), None)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form, with the contract's field order (schema, id, metadata, text, lists)."""
        out: dict[str, Any] = {
            "schema": self.schema, "id": self.id, "title": self.title, "url": self.url,
            "source": self.source, "published": self.published, "text": self.text,
            "actors": [_plain(a) for a in self.actors],
            "quotes": [_plain(q) for q in self.quotes],
            "events": [_plain(e) for e in self.events],
            "places": [_plain(p) for p in self.places],
            "error": self.error,
        }
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Record:
        return cls(
            id=d["id"], text=d["text"], title=d.get("title"), url=d.get("url"),
            source=d.get("source"), published=d.get("published"), error=d.get("error"),
            schema=d.get("schema", SCHEMA),
            actors=tuple(_build(Actor, a) for a in d.get("actors", ())),
            quotes=tuple(_build(Quote, q) for q in d.get("quotes", ())),
            events=tuple(_build(Event, e) for e in d.get("events", ())),
            places=tuple(_build(Place, p) for p in d.get("places", ())),
        )


def failed_record(article: Article, code: str, message: str) -> Record:
    """The record of a document that could not be analysed: metadata, error, empty lists.
    The error names the input it was read from ("path", "path:line"), where the reader knows it."""
    error = {"code": code, "message": message}
    if article.origin:
        error["origin"] = article.origin
    return Record(
        id=article.doc_id, text=article.text or "", title=article.title, url=article.url,
        source=article.source, published=article.published, error=error,
    )


def _plain(obj: Any) -> dict[str, Any]:
    d = {}
    for f in dataclasses.fields(obj):
        v = getattr(obj, f.name)
        if isinstance(v, tuple):
            v = [list(x) if isinstance(x, tuple) else x for x in v]
        d[f.name] = v
    return d


_SPAN_FIELDS = {"speaker_span", "cue_span", "trigger_span", "sentence_span"}


def _build(cls: type, d: dict[str, Any]) -> Any:
    kwargs = {}
    for f in dataclasses.fields(cls):
        if f.name not in d:
            continue
        v = d[f.name]
        if f.name in _SPAN_FIELDS:
            v = tuple(v) if v is not None else None
        elif f.name == "mentions":
            v = tuple(tuple(m) for m in v)
        elif f.name == "sector":
            v = tuple(v)
        kwargs[f.name] = v
    return cls(**kwargs)


class SchemaError(ValueError):
    """A record that breaks the contract."""


def validate_record(d: dict[str, Any]) -> None:
    """Raise SchemaError unless ``d`` (a record's JSON form) keeps the dyad/1 contract."""
    problems: list[str] = []

    def need(cond: bool, msg: str) -> None:
        if not cond:
            problems.append(msg)

    need(d.get("schema") == SCHEMA, f"schema is {d.get('schema')!r}")
    need(isinstance(d.get("id"), str) and bool(d.get("id")), "id must be a non-empty string")
    text = d.get("text")
    need(isinstance(text, str), "text must be a string")
    text = text if isinstance(text, str) else ""
    for k in ("title", "url", "source", "published"):
        need(d.get(k) is None or isinstance(d[k], str), f"{k} must be a string or null")
    pub = d.get("published")
    if isinstance(pub, str):
        need(len(pub) == 10 and pub[4] == "-" and pub[7] == "-", "published must be YYYY-MM-DD")
    err = d.get("error")
    need(err is None or (isinstance(err, dict) and {"code", "message"} <= set(err)),
         "error must be null or {code, message}")

    def span_ok(sp: Any, where: str, expect: str | None = None) -> None:
        if not (isinstance(sp, list) and len(sp) == 2 and all(isinstance(x, int) for x in sp)):
            problems.append(f"{where}: span {sp!r} is not [start, end]")
            return
        s, e = sp
        if not 0 <= s <= e <= len(text):
            problems.append(f"{where}: span {sp!r} out of range")
        elif expect is not None and text[s:e] != expect:
            problems.append(f"{where}: text[{s}:{e}]={text[s:e]!r} != {expect!r}")

    actor_ids = {a.get("id") for a in d.get("actors", [])}
    place_ids = {p.get("id") for p in d.get("places", [])}
    for a in d.get("actors", []):
        w = f"actor {a.get('id')}"
        need(isinstance(a.get("name"), str) and bool(a.get("name")), f"{w}: name")
        need(a.get("kind") in ACTOR_KINDS, f"{w}: kind {a.get('kind')!r}")
        c = a.get("country")
        need(c is None or (isinstance(c, str) and len(c) == 3 and c.isupper()), f"{w}: country {c!r}")
        need(isinstance(a.get("sector"), list), f"{w}: sector must be a list")
        need(a.get("affiliation") is None or a["affiliation"] in actor_ids, f"{w}: affiliation")
        need(a.get("gender") in (None, "female", "male"), f"{w}: gender {a.get('gender')!r}")
        need(bool(a.get("mentions")), f"{w}: no mentions")
        for m in a.get("mentions", []):
            span_ok(m, w)
    for q in d.get("quotes", []):
        w = f"quote {q.get('id')}"
        need(q.get("kind") in QUOTE_KINDS, f"{w}: kind {q.get('kind')!r}")
        span_ok([q.get("start"), q.get("end")], w, q.get("text"))
        need(q.get("speaker") is None or q["speaker"] in actor_ids, f"{w}: speaker unresolved")
        need(q.get("addressee") is None or q["addressee"] in actor_ids, f"{w}: addressee")
        if q.get("speaker_span") is not None:
            span_ok(q["speaker_span"], w + " speaker_span")
        if q.get("cue_span") is not None:
            span_ok(q["cue_span"], w + " cue_span", q.get("cue"))
    for e in d.get("events", []):
        w = f"event {e.get('id')}"
        code = e.get("cameo")
        need(isinstance(code, str) and code.isdigit() and 2 <= len(code) <= 4, f"{w}: cameo {code!r}")
        need(isinstance(code, str) and e.get("root") == code[:2], f"{w}: root")
        need(e.get("plover") in PLOVER, f"{w}: plover {e.get('plover')!r}")
        need(e.get("penta") in (0, 1, 2, 3, 4), f"{w}: penta")
        need(e.get("quad_class") in (1, 2, 3, 4), f"{w}: quad_class")
        g = e.get("goldstein")
        need(isinstance(g, (int, float)) and -10 <= g <= 10, f"{w}: goldstein")
        need(e.get("source") is None or e["source"] in actor_ids, f"{w}: source unresolved")
        need(e.get("target") is None or e["target"] in actor_ids, f"{w}: target unresolved")
        need(e.get("place") is None or e["place"] in place_ids, f"{w}: place unresolved")
        need(isinstance(e.get("negated"), bool), f"{w}: negated")
        need(e.get("modality") in MODALITIES, f"{w}: modality {e.get('modality')!r}")
        cf = e.get("confidence")
        need(isinstance(cf, (int, float)) and 0 <= cf <= 1, f"{w}: confidence")
        need(isinstance(e.get("evidence"), str) and bool(e.get("evidence")), f"{w}: evidence")
        span_ok(e.get("trigger_span"), w + " trigger_span", e.get("trigger"))
        span_ok(e.get("sentence_span"), w + " sentence_span")
    for p in d.get("places", []):
        w = f"place {p.get('id')}"
        need(p.get("feature") in FEATURES, f"{w}: feature {p.get('feature')!r}")
        for k in ("lat", "lon"):
            need(p.get(k) is None or isinstance(p[k], (int, float)), f"{w}: {k}")
        need(bool(p.get("mentions")), f"{w}: no mentions")
        for m in p.get("mentions", []):
            span_ok(m, w)
    if problems:
        raise SchemaError("; ".join(problems[:10]))


__all__ = [
    "SCHEMA",
    "Actor",
    "Article",
    "Event",
    "Place",
    "Quote",
    "Record",
    "SchemaError",
    "failed_record",
    "text_id",
    "validate_record",
]
