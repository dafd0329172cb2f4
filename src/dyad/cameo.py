"""The CAMEO ↔ PLOVER ↔ Goldstein table (``data/cameo.csv``) and the verb-pattern dictionary."""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path


@dataclass(frozen=True)
class Code:
    code: str
    name: str
    root: str
    plover: str
    penta: int
    quad_class: int
    goldstein: float


@dataclass(frozen=True)
class Pattern:
    """One row of verbs.csv: a trigger lemma (with an optional preposition and object)."""

    cameo: str
    pos: str
    lemma: str
    prep: str = ""
    object: str = ""
    note: str = ""

    @property
    def specificity(self) -> int:
        return bool(self.prep) + bool(self.object)

    def describe(self) -> str:
        words = [self.lemma] + ([self.prep] if self.prep else []) + (
            [f"+{self.object}"] if self.object else [])
        return f"verbs.csv '{' '.join(words)}' ({self.pos}) -> {self.cameo}"


def read_table(name: str, path: str | Path | None = None) -> list[dict[str, str]]:
    if path is not None:
        text = Path(path).read_text(encoding="utf-8")
    else:
        text = resources.files("dyad.data").joinpath(name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    return [{k: (v or "").strip() for k, v in r.items() if k} for r in csv.DictReader(lines)]


@functools.lru_cache(maxsize=1)
def codes() -> dict[str, Code]:
    return {r["code"]: Code(r["code"], r["name"], r["root"], r["plover"], int(r["penta"]),
                            int(r["quad_class"]), float(r["goldstein"]))
            for r in read_table("cameo.csv")}


def lookup(code: str) -> Code:
    """The table row for a code, falling back to its parent ("0256" → "025" → "02")."""
    table = codes()
    c = code
    while c and c not in table:
        c = c[:-1]
    if not c:
        raise KeyError(f"unknown CAMEO code {code!r}")
    row = table[c]
    return row if c == code else Code(code, row.name, row.root, row.plover, row.penta,
                                      row.quad_class, row.goldstein)


@functools.lru_cache(maxsize=4)
def patterns(path: str | None = None) -> dict[tuple[str, str], tuple[Pattern, ...]]:
    """Patterns by (pos, lemma), most specific first."""
    out: dict[tuple[str, str], list[Pattern]] = {}
    for r in read_table("verbs.csv", path):
        p = Pattern(r["cameo"], r.get("pos") or "verb", r["lemma"].lower(),
                    (r.get("prep") or "").lower(), (r.get("object") or "").lower(),
                    r.get("note") or "")
        out.setdefault((p.pos, p.lemma), []).append(p)
    return {k: tuple(sorted(v, key=lambda p: -p.specificity)) for k, v in out.items()}


@functools.lru_cache(maxsize=1)
def modality_cues() -> dict[str, str]:
    return {r["cue"].lower(): r["modality"] for r in read_table("modality.csv")}
