"""The web explorer and HTTP API: one FastAPI app whose routes answer HTML to a browser and
JSON to a program.

A route's view builds one dict; ``respond`` renders it through a template or returns it as
JSON. JSON is chosen by ``?format=json``, by a path ending in ``.json`` or by an Accept header
that asks for JSON and not HTML; everything else gets HTML. Writing (``POST /articles``) is
off unless the server was given a token, and then needs ``Authorization: Bearer <token>``.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

from fastapi import FastAPI, HTTPException, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dyad.errors import DyadError
from dyad.store import Store, open_store
from dyad.store.db import Database

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"

# Request bodies larger than this are refused with 413: an article is at most a few hundred KB.
MAX_BODY = 2_000_000

SECURITY_HEADERS = {
    # Scripts and styles come only from the app's own static files: even if some text slipped
    # through unescaped, the browser would not run it.
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self';"
                               " script-src 'self'; object-src 'none'; base-uri 'none';"
                               " frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


class Stores:
    """One Store per server thread: a SQLite connection belongs to the thread that opened it,
    and requests run on a pool of threads."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._local = threading.local()
        self._all: list[tuple[int, Store]] = []
        self._lock = threading.Lock()
        # Open once now so that a missing or unreadable store fails at start, not per request.
        open_store(url, create=False).close()

    def get(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.url, create=False)
            self._local.store = store
            with self._lock:
                self._all.append((threading.get_ident(), store))
        return store

    def close(self) -> None:
        """Close this thread's store and let go of the others: a connection can only be
        closed by its own thread, and the others close when their threads end."""
        with self._lock:
            for owner, store in self._all:
                if owner == threading.get_ident():
                    store.close()
            self._all.clear()
        self._local = threading.local()


def database(store: Store) -> Database:
    """The store's connection, for the explorer's own read queries (``dyad.web.queries``),
    which run the same portable SQL the store's query module runs on it."""
    return store._db


class Settings:
    """What the routes need: the stores, the token, the templates and the analyser."""

    def __init__(self, url: str, token: str | None, max_body: int) -> None:
        self.stores = Stores(url)
        self.token = token or None
        self.max_body = max_body
        self.templates = Jinja2Templates(directory=str(TEMPLATES))
        self.templates.env.globals["url_with"] = url_with
        self.analyse_lock = threading.Lock()

    def store(self) -> Store:
        return self.stores.get()

    def db(self) -> Database:
        return database(self.stores.get())


def settings(request: Request) -> Settings:
    return request.app.state.dyad


def wants_json(request: Request) -> bool:
    fmt = request.query_params.get("format")
    if fmt:
        return fmt == "json"
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def respond(request: Request, template: str, data: dict[str, Any], *,
            as_json: bool | None = None, **html_only: Any) -> Response:
    """The view's data as JSON, or rendered through ``template`` (with ``html_only`` extras);
    ``as_json`` overrides what the request asks for."""
    if wants_json(request) if as_json is None else as_json:
        # Views build plain JSON values (str, int, float, None, lists, dicts) already.
        return JSONResponse(data)
    return settings(request).templates.TemplateResponse(
        request, template, {**data, **html_only, "request": request}
    )


def url_with(request: Request, **changes: Any) -> str:
    """This page's URL with some query parameters changed (None removes one)."""
    params = dict(parse_qsl(str(request.url.query), keep_blank_values=False))
    for key, value in changes.items():
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = str(value)
    query = urlencode(params)
    return request.url.path + ("?" + query if query else "")


def check_token(request: Request) -> None:
    """Writing needs the server's token; with none configured it is off altogether."""
    token = settings(request).token
    if token is None:
        raise HTTPException(403, "writing is off: start the server with --token (or DYAD_TOKEN)"
                                 " to allow it")
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not secrets.compare_digest(value.strip().encode(),
                                                                token.encode()):
        raise HTTPException(401, "a valid 'Authorization: Bearer <token>' header is needed",
                            headers={"WWW-Authenticate": "Bearer"})


class BodyLimit:
    """Refuses request bodies over ``limit`` bytes with 413, whether or not the client said
    how long its body is."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None:
            if declared.isdigit() and int(declared) > self.limit:
                await self._refuse(send)
                return
            await self.app(scope, receive, send)
            return
        # No length given (a chunked body): read it here, up to the limit, and hand it on.
        chunks: list[bytes] = []
        seen = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            seen += len(chunk)
            if seen > self.limit:
                await self._refuse(send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    async def _refuse(self, send: Send) -> None:
        response = JSONResponse(
            {"detail": f"request body too large: the limit is {self.limit} bytes"}, 413)
        await response({"type": "http"}, _no_receive, send)


async def _no_receive() -> Message:
    return {"type": "http.disconnect"}


class Suffix:
    """``/events.json`` is ``/events?format=json`` (and ``.csv`` likewise), so that a link can
    name the form it wants."""

    SUFFIXES = (".json", ".csv")

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            path: str = scope["path"]
            keep = path == "/openapi.json" or path.startswith("/static/")
            for suffix in () if keep else self.SUFFIXES:
                if path.endswith(suffix) and len(path) > len(suffix) + 1:
                    query = [(k, v) for k, v in parse_qsl(scope.get("query_string", b"").decode())
                             if k != "format"]
                    query.append(("format", suffix[1:]))
                    # What was asked, for a view whose ids may themselves end in a suffix.
                    original = {"suffix": suffix, "query": scope.get("query_string", b"")}
                    scope = {**scope, "path": path[: -len(suffix)],
                             "raw_path": path[: -len(suffix)].encode(),
                             "query_string": urlencode(query).encode(),
                             "dyad.suffixed": original}
                    break
        await self.app(scope, receive, send)


class Headers:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()
                         if k.lower().encode() not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, with_headers if scope["type"] == "http" else send)


def _error(request: Request, status: int, detail: Any,
           headers: dict[str, str] | None = None) -> Response:
    if wants_json(request) or request.method != "GET":
        return JSONResponse({"detail": jsonable_encoder(detail)}, status, headers=headers)
    page = settings(request).templates.TemplateResponse(
        request, "error.html", {"request": request, "status": status, "detail": detail},
        status_code=status, headers=headers,
    )
    return page


def create_app(db: str, *, token: str | None = None, max_body: int = MAX_BODY) -> FastAPI:
    """The explorer over the store at ``db`` (which must exist).

    ``token`` turns writing on: ``POST /articles`` then needs it as a Bearer token.
    """
    from dyad.web import routes

    state = Settings(db, token, max_body)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        state.stores.close()

    app = FastAPI(
        lifespan=lifespan,
        title="Dyad",
        summary="Who did what to whom, from news text: articles, actors, quotes, events.",
        description=(
            "Every GET route answers HTML to a browser and JSON to a program: add"
            " `?format=json`, end the path in `.json`, or send `Accept: application/json`."
            " The events table also answers CSV (`?format=csv` or `/events.csv`)."
        ),
        version="1",
        # FastAPI's interactive docs load their scripts from a CDN; the app serves nothing
        # from outside itself, so /openapi.json is the description.
        docs_url=None,
        redoc_url=None,
    )
    app.state.dyad = state

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _error(request, exc.status_code, exc.detail, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        return _error(request, 422, exc.errors())

    @app.exception_handler(DyadError)
    async def dyad_error(request: Request, exc: DyadError) -> Response:
        return _error(request, 400, str(exc))

    app.include_router(routes.router)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    app.add_middleware(Suffix)
    app.add_middleware(BodyLimit, limit=max_body)
    app.add_middleware(Headers)
    return app
