"""Dyad's web explorer and HTTP API over a store: ``dyad serve --db dyad.db``.

    >>> from dyad.web import create_app
    >>> app = create_app("dyad.db")          # an ASGI app; run it with uvicorn
"""

from dyad.web.app import MAX_BODY, create_app

__all__ = ["MAX_BODY", "create_app"]
