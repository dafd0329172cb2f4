"""`dyad serve`: the web explorer and HTTP API over a store."""

from __future__ import annotations

import click

from dyad.errors import DyadError


@click.command()
@click.option("--db", default="dyad.db", show_default=True, metavar="PATH",
              help="The store to serve (a path, sqlite:///path or postgresql:// URL).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 makes the server reachable from other "
                   "machines.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--token", envvar="DYAD_TOKEN", default=None, metavar="TOKEN",
              help="Allow POST /articles with 'Authorization: Bearer TOKEN' (also read from "
                   "DYAD_TOKEN). Without it the server only reads.")
@click.option("--max-body", default=2_000_000, show_default=True,
              type=click.IntRange(min=1), help="Largest request body accepted, in bytes.")
def serve(db: str, host: str, port: int, token: str | None, max_body: int) -> None:
    """Serve the store as a web explorer (HTML) and an HTTP API (JSON), one set of routes.

    Open http://HOST:PORT/ in a browser; programs add ?format=json (or .json, or
    'Accept: application/json'); the API is described at /openapi.json.
    """
    import uvicorn

    from dyad.web import create_app

    try:
        app = create_app(db, token=token, max_body=max_body)
    except DyadError as exc:
        raise click.ClickException(str(exc)) from exc
    writing = "on (Bearer token)" if token else "off"
    click.echo(f"dyad: serving {db} at http://{host}:{port}/ (writing {writing})", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


COMMANDS = [serve]
