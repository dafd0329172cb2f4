"""The explorer's views. Each GET route builds one dict and hands it to ``respond``, so the
HTML page and the JSON answer are the same view."""

from __future__ import annotations

import csv
import io
import math
from typing import Annotated, Any, Literal
from urllib.parse import parse_qsl

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from dyad.records import MODALITIES, PLOVER, Article, Record, SchemaError, validate_record
from dyad.store.write import entity_id
from dyad.web import queries
from dyad.web.app import check_token, respond, settings, wants_json
from dyad.web.markup import pieces, speaker_classes

router = APIRouter()

Format = Annotated[Literal["html", "json"] | None,
                   Query(description="`json` for JSON; HTML otherwise")]
Page = Annotated[int, Query(ge=1, le=100_000, description="Page number, from 1")]
PerPage = Annotated[int, Query(ge=1, le=500, description="Rows per page")]
# Forms send empty fields as "", so every optional filter also accepts "" for "any".
Date = Annotated[str | None, Query(pattern=r"^(\d{4}(-\d{2}(-\d{2})?)?)?$",
                                   description="YYYY, YYYY-MM or YYYY-MM-DD")]
Text = Annotated[str | None, Query(max_length=200)]
Country = Annotated[str | None, Query(pattern=r"^([A-Za-z]{3})?$", description="ISO3")]

HTML_AND_JSON: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/html": {}, "application/json": {}}},
}


def _paging(total: int, page: int, per_page: int) -> dict[str, int]:
    return {"page": page, "per_page": per_page, "total": total,
            "pages": max(1, math.ceil(total / per_page))}


@router.get("/", responses=HTML_AND_JSON, summary="What the store holds")
def home(request: Request, format: Format = None) -> Response:
    db = settings(request).db()
    stats = settings(request).store().stats()
    actors, _ = queries.actor_list(db, limit=15)
    articles, _ = queries.articles(db, limit=15)
    return respond(request, "home.html", {"stats": stats, "actors": actors,
                                          "articles": articles})


@router.get("/articles", responses=HTML_AND_JSON, summary="Articles, newest first")
def article_list(request: Request, q: Text = None, since: Date = None, until: Date = None,
                 page: Page = 1, per_page: PerPage = 50,
                 format: Format = None) -> Response:
    rows, total = queries.articles(settings(request).db(), text=q, since=since, until=until,
                                   offset=(page - 1) * per_page, limit=per_page)
    return respond(request, "articles.html",
                   {"articles": rows, **_paging(total, page, per_page)}, q=q or "")


@router.get("/articles/{doc_id:path}", responses=HTML_AND_JSON,
            summary="One article: its record, and each actor's cross-document id")
def article(request: Request, doc_id: str, format: Format = None) -> Response:
    store = settings(request).store()
    record = store.get(doc_id)
    as_json = wants_json(request)
    original = request.scope.get("dyad.suffixed")
    if record is None and original:
        # An id that itself ends in ".json" or ".csv": the path named the article, not a form.
        record = store.get(doc_id + original["suffix"])
        if record is not None:
            doc_id += original["suffix"]
            as_json = dict(parse_qsl(original["query"].decode())).get("format") == "json"
    if record is None:
        raise HTTPException(404, f"no article {doc_id!r}")
    entities = queries.entity_ids(settings(request).db(), doc_id)
    data = {"record": record.to_dict(), "entities": entities}
    if as_json:
        return respond(request, "article.html", data, as_json=True)
    return respond(request, "article.html", data, as_json=False,
                   **_article_extras(record, entities))


def _article_extras(record: Record, entities: dict[str, str]) -> dict[str, Any]:
    colours = speaker_classes(record)
    by_speaker: dict[str | None, list[Any]] = {}
    for q in record.quotes:
        by_speaker.setdefault(q.speaker, []).append(q)
    return {
        "pieces": pieces(record),
        "colours": colours,
        "actor_of": {a.id: a for a in record.actors},
        "place_of": {p.id: p for p in record.places},
        "event_of": {e.id: e for e in record.events},
        "by_speaker": by_speaker,
    }


@router.get("/actors", responses=HTML_AND_JSON, summary="Actors across documents")
def actor_list(request: Request, name: Text = None, country: Country = None,
               kind: Annotated[Literal["person", "organization", "country", "group", "other"]
                               | None, Query()] = None,
               page: Page = 1, per_page: PerPage = 50,
               format: Format = None) -> Response:
    rows, total = queries.actor_list(settings(request).db(), name=name, country=country,
                                     kind=kind, offset=(page - 1) * per_page, limit=per_page)
    return respond(request, "actors.html", {"actors": rows, **_paging(total, page, per_page)},
                   name=name or "")


@router.get("/actors/{actor_id:path}", responses=HTML_AND_JSON,
            summary="One actor: who it is, what it said, did and had done to it")
def actor(request: Request, actor_id: str, format: Format = None) -> Response:
    db = settings(request).db()
    ent = queries.entity(db, actor_id)
    if ent is None:
        raise HTTPException(404, f"no actor {actor_id!r}")
    done = queries.activity(db, actor_id)
    ent["events"] = done["events"]
    data = {
        "actor": ent,
        "quotes": queries.quotes_of(db, actor_id),
        "events": done["latest"],
        "neighbours": done["neighbours"],
        "timeline": done["timeline"],
    }
    return respond(request, "actor.html", data, chart=_timeline_chart(data["timeline"]))


def _timeline_chart(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Stacked bars per month (empty months included), one colour per QuadClass, as SVG
    geometry; a label every few bars so that they never overlap."""
    counts = {(r["month"], r["quad_class"]): r["n"] for r in rows
              if len(r["month"] or "") == 7 and r["month"][:4].isdigit()}
    present = sorted({m for m, _ in counts})
    months: list[str] = []
    if present:
        year, month = int(present[0][:4]), int(present[0][5:])
        while len(months) < 240:
            months.append(f"{year:04d}-{month:02d}")
            if months[-1] >= present[-1]:
                break
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    width = max(6, min(36, 900 // max(1, len(months))))
    height = 120
    top = max((sum(counts.get((m, q), 0) for q in (1, 2, 3, 4)) for m in months), default=1)
    bars = []
    for i, m in enumerate(months):
        y = float(height)
        for quad in (1, 2, 3, 4):
            n = counts.get((m, quad), 0)
            if not n:
                continue
            h = n / top * (height - 10)
            y -= h
            bars.append({"x": i * width + 1, "y": round(y, 1), "w": max(1, width - 2),
                         "h": round(h, 1), "quad": quad, "month": m, "n": n})
    step = math.ceil(56 / width)
    labels = [{"x": i * width + 1, "text": m} for i, m in enumerate(months) if i % step == 0]
    return {"bars": bars, "labels": labels, "width": max(1, len(months)) * width + 40,
            "height": height, "top": top}


@router.get("/events", responses={200: {"content": {"text/html": {}, "application/json": {},
                                                   "text/csv": {}}}},
            summary="Events: filtered, sorted, paged; CSV for all matching rows")
def event_table(
    request: Request,
    actor: Text = None,
    entity: Annotated[str | None, Query(max_length=500,
                                        description="One actor, by its id in /actors")] = None,
    country: Country = None,
    code: Annotated[str | None, Query(pattern=r"^\d{0,4}$", description="CAMEO code prefix")]
    = None,
    plover: Annotated[Literal[(*PLOVER, "")] | None, Query()] = None,  # type: ignore[valid-type]
    quad_class: Annotated[str | None, Query(pattern="^[1-4]?$", description="1 to 4")] = None,
    modality: Annotated[Literal[(*MODALITIES, "")] | None,  # type: ignore[valid-type]
                        Query()] = None,
    since: Date = None,
    until: Date = None,
    q: Text = None,
    sort: Annotated[Literal[tuple(queries.SORTS)], Query()] = "date",  # type: ignore[valid-type]
    order: Annotated[Literal["asc", "desc"], Query()] = "asc",
    page: Page = 1,
    per_page: PerPage = 50,
    format: Annotated[Literal["html", "json", "csv"] | None, Query()] = None,
) -> Response:
    flt = queries.EventFilter(actor=actor or None, entity=entity or None,
                              country=country or None, code=code or None,
                              plover=plover or None,
                              quad_class=int(quad_class) if quad_class else None,
                              modality=modality or None, since=since or None,
                              until=until or None, text=q or None)
    db = settings(request).db()
    if format == "csv":
        rows, _ = queries.events(db, flt, sort=sort, descending=order == "desc", limit=None)
        return _csv(rows, queries.EVENT_COLUMNS, "events.csv")
    rows, total = queries.events(db, flt, sort=sort, descending=order == "desc",
                                 offset=(page - 1) * per_page, limit=per_page)
    filters = {"actor": flt.actor, "entity": flt.entity, "country": flt.country,
               "code": flt.code,
               "plover": flt.plover, "quad_class": flt.quad_class, "modality": flt.modality,
               "since": flt.since, "until": flt.until, "q": flt.text, "sort": sort,
               "order": order}
    return respond(request, "events.html",
                   {"events": rows, "filters": filters, **_paging(total, page, per_page)},
                   plovers=PLOVER, modalities=MODALITIES, sorts=list(queries.SORTS))


def _csv(rows: list[dict[str, Any]], columns: tuple[str, ...], name: str) -> Response:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/network", responses=HTML_AND_JSON,
            summary="Who acts on whom: entities and weighted edges, cooperation and conflict")
def network(request: Request, since: Date = None, until: Date = None, country: Country = None,
            period: Annotated[Literal["latest-year", "all"], Query(
                description="Without since/until: the latest twelve months, or everything")]
            = "latest-year",
            edges: Annotated[int, Query(ge=1, le=1000)] = 150,
            format: Format = None) -> Response:
    db = settings(request).db()
    if not since and not until and period == "latest-year":
        since = queries.latest_year(db, "date", "events")
    graph = queries.network(db, since=since, until=until, country=country, edges=edges)
    return respond(request, "network.html",
                   {**graph, "since": since, "until": until, "country": country})


@router.get("/map", responses=HTML_AND_JSON, summary="Places mentioned, with their events")
def world_map(request: Request, since: Date = None, until: Date = None, country: Country = None,
              period: Annotated[Literal["latest-year", "all"], Query(
                  description="Without since/until: the latest twelve months, or everything")]
              = "latest-year",
              format: Format = None) -> Response:
    db = settings(request).db()
    if not since and not until and period == "latest-year":
        since = queries.latest_year(db, "published", "documents")
    rows = queries.places(db, since=since, until=until, country=country)
    top = max((r["documents"] for r in rows), default=1)
    for r in rows:
        r["x"] = round(float(r["lon"]) + 180, 2)
        r["y"] = round(90 - float(r["lat"]), 2)
        r["r"] = round(0.6 + 2.4 * math.sqrt(r["documents"] / top), 2)
        r["events"] = int(r["events"] or 0)
    return respond(request, "map.html",
                   {"places": rows, "since": since, "until": until, "country": country})


@router.get("/search", responses=HTML_AND_JSON, summary="Articles and quotes containing a text")
def search(request: Request, q: Annotated[str, Query(max_length=200)] = "",
           format: Format = None) -> Response:
    found: dict[str, Any] = {"articles": [], "quotes": []}
    if q.strip():
        found = queries.search(settings(request).db(), q.strip())
    return respond(request, "search.html", {"q": q, **found})


@router.get("/voices", responses=HTML_AND_JSON,
            summary="Who gets quoted: people quoted and their quotes, by gender")
def voices(request: Request,
           by: Annotated[Literal["source", "period", ""] | None,
                         Query(description="one row per outlet or per period")] = None,
           period: Annotated[Literal["day", "week", "month", "year"], Query()] = "month",
           since: Date = None, until: Date = None, country: Country = None,
           format: Format = None) -> Response:
    rows = settings(request).store().voices(by=by or None, period=period, since=since or None,
                                            until=until or None, country=country or None)
    return respond(request, "voices.html", {"by": by or None, "period": period, "rows": rows})


class ArticleIn(BaseModel):
    """An article to analyse: its text and what is known about it."""

    text: str = Field(min_length=1)
    id: str | None = Field(None, min_length=1, max_length=500)
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$")

    def article(self) -> Article:
        return Article(text=self.text, id=self.id, title=self.title, url=self.url,
                       source=self.source, published=self.published, origin="http")


class StoreIn(BaseModel):
    """Either an article to analyse and store, or a ``dyad/1`` record analysed elsewhere."""

    article: ArticleIn | None = None
    record: dict[str, Any] | None = None


def _analyse(request: Request, article: Article) -> Record:
    from dyad.api import analyze

    # One pipeline serves every request; spaCy pipelines are not meant for concurrent calls.
    with settings(request).analyse_lock:
        return analyze(article)


@router.post("/analyze", summary="Analyse a text and return its record, storing nothing")
async def analyze_text(request: Request, body: ArticleIn) -> JSONResponse:
    record = await run_in_threadpool(_analyse, request, body.article())
    return JSONResponse(record.to_dict())


@router.post("/articles", dependencies=[Depends(check_token)], status_code=201,
             summary="Store an article (analysed here) or a record; needs the server's token")
async def store_article(request: Request, body: StoreIn) -> JSONResponse:
    if (body.article is None) == (body.record is None):
        raise HTTPException(422, "give exactly one of 'article' and 'record'")
    if body.record is not None:
        try:
            validate_record(body.record)
            record = Record.from_dict(body.record)
        except (SchemaError, KeyError, TypeError, ValueError) as exc:
            raise HTTPException(422, f"not a dyad/1 record: {exc}") from exc
    else:
        assert body.article is not None
        record = await run_in_threadpool(_analyse, request, body.article.article())
    outcome = await run_in_threadpool(_write, request, record)
    return JSONResponse({"id": record.id, "outcome": outcome, "record": record.to_dict(),
                         "entities": {a.id: entity_id(a) for a in record.actors}},
                        201 if outcome == "inserted" else 200)


def _write(request: Request, record: Record) -> str:
    return settings(request).store().write(record, origin="http")
