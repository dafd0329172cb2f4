"""Human-readable output: a Record as rich tables, and a run's one-line summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from dyad.records import Record


def _short(s: str | None, n: int = 90) -> str:
    if not s:
        return ""
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def add_row(table: Table, *cells: str) -> None:
    """A table row of plain text: brackets in a quote or a name ("[sic]", "[the minister]")
    are shown as written, not read as rich markup."""
    table.add_row(*(Text(c) for c in cells))


def record_view(rec: Record) -> Panel:
    title = rec.title or _short(rec.text, 70) or rec.id
    if rec.error:
        where = rec.error.get("origin")
        return Panel(Text(f"{rec.error['code']}: {rec.error['message']}", style="red"),
                     title=f"[b]{escape(title)}[/b]",
                     subtitle=Text(" · ".join(x for x in (where, rec.id) if x)),
                     border_style="red")
    actors = {a.id: a for a in rec.actors}

    def who(aid: str | None) -> str:
        a = actors.get(aid) if aid else None
        return a.name if a else "—"

    quotes = Table("speaker", "role, code", "kind", "quote", title="Quotes", expand=True,
                   title_justify="left")
    for q in rec.quotes:
        a = actors.get(q.speaker) if q.speaker else None
        role = ", ".join(x for x in ((a.role if a else None), (a.code if a else None)) if x)
        add_row(quotes, who(q.speaker), role, q.kind, _short(q.text, 110))
    actor_table = Table("id", "name", "kind", "code", "role", "affiliation", "mentions",
                        title="Actors", expand=True, title_justify="left")
    for a in rec.actors:
        add_row(actor_table, a.id, a.name, a.kind, a.code or "", a.role or "",
                            who(a.affiliation) if a.affiliation else "", str(len(a.mentions)))
    events = Table("cameo", "plover", "source", "target", "trigger", "modality", "date",
                   title="Events", expand=True, title_justify="left")
    for e in rec.events:
        mod = e.modality + (", negated" if e.negated else "")
        add_row(events, e.cameo, e.plover, who(e.source), who(e.target), e.trigger, mod,
                       e.date or "")
    parts = [quotes, actor_table, events]
    if rec.places:
        places = Table("name", "feature", "country", "lat", "lon", title="Places",
                       title_justify="left")
        for p in rec.places:
            add_row(places, p.name, p.feature, p.country or "",
                           f"{p.lat:.2f}" if p.lat is not None else "",
                           f"{p.lon:.2f}" if p.lon is not None else "")
        parts.append(places)
    sub = " · ".join(x for x in (rec.id, rec.published, rec.source) if x)
    return Panel(Group(*parts), title=f"[b]{escape(_short(title, 80))}[/b]",
                 subtitle=Text(sub))


def print_record(rec: Record, console: Console) -> None:
    console.print(record_view(rec))


def run_summary(total: int, failures: Counter) -> str:
    """'12 documents, 2 failed: encoding×1, empty×1' — the line every run ends with."""
    failed = sum(failures.values())
    line = f"{total} document{'s' if total != 1 else ''}, {failed} failed"
    if failed:
        line += ": " + ", ".join(f"{code}×{n}" for code, n in failures.most_common())
    return line


def failure_lines(failed: Iterable[tuple[str, str, str]]) -> list[str]:
    """One line per failed document, ``where: code: message``, ``where`` being the file (or
    file and line) it was read from, else its id."""
    return [f"  {where}: {code}: {message}" for where, code, message in failed]
