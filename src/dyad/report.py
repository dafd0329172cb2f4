"""A store at a glance: the tables `make run` and `dyad summary` print."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from dyad.render import _short, add_row


def print_store_summary(store, console: Console, limit: int = 15) -> None:
    st = store.stats()

    def count(key: str) -> str:
        return f"[b]{st[key]}[/b] {key[:-1] if st[key] == 1 else key}"

    console.print(f"{count('documents')} ({st['failed']} failed) · " + " · ".join(
        count(k) for k in ("actors", "quotes", "events", "places")))
    actors = Table("actor", "kind", "code", "docs", "mentions", "quotes", "events",
                   title="Most mentioned actors", title_justify="left")
    rows = sorted(store.actors(), key=lambda r: (-r["mentions"], r["name"]))[:limit]
    for r in rows:
        add_row(actors, r["name"], r["kind"], r["code"] or "", str(r["documents"]),
                       str(r["mentions"]), str(r["quotes"]), str(r["events"]))
    console.print(actors)
    quotes = Table("speaker", "role", "code", "quote", "article", title="Quotes with speakers",
                   title_justify="left", expand=True)
    for r in store.quotes(limit=limit):
        add_row(quotes, r["speaker"] or "—", r["role"] or "", r["speaker_code"] or "",
                       _short(r["quote"], 80), _short(r["title"] or r["doc_id"], 30))
    console.print(quotes)
    events = Table("date", "cameo", "plover", "source", "target", "trigger", "modality",
                   title="Events", title_justify="left", expand=True)
    for r in store.events(limit=limit):
        add_row(events, r["date"] or r["published"] or "", r["cameo"], r["plover"],
                       r["source"] or "—", r["target"] or "—", r["trigger"], r["modality"])
    console.print(events)
