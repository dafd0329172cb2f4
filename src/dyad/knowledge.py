"""Dyad's knowledge: the actor dictionary (countries, organisations, people, role nouns).

The tables are CSV files in ``dyad/data`` (see its README); a user's own YAML or CSV file adds
entries that win over the built-in ones. Everything is loaded once and cached per set of files.
"""

from __future__ import annotations

import csv
import functools
import io
import re
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import yaml

from dyad.errors import DyadError
from dyad.records import ACTOR_KINDS


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()


@dataclass(frozen=True)
class Entry:
    """A named organisation or person, as one row of the dictionary."""

    name: str
    kind: str
    country: str | None = None
    sector: tuple[str, ...] = ()
    code: str | None = None
    role: str | None = None
    aliases: tuple[str, ...] = ()
    start: str | None = None
    end: str | None = None
    gender: str | None = None
    source: str = "builtin"

    def covers(self, date: str | None) -> bool:
        if not date:
            return True
        return (not self.start or self.start <= date) and (not self.end or date <= self.end + "~")


@dataclass(frozen=True)
class Role:
    term: str
    sector: tuple[str, ...]
    kind: str


@dataclass
class Knowledge:
    countries: dict[str, Country] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)  # surface form -> ISO3
    adjectives: dict[str, str] = field(default_factory=dict)  # "Russian", "Russians" -> RUS
    capitals: dict[str, str] = field(default_factory=dict)  # "Moscow" -> RUS
    # names and adjectives of regions and seas that hold a country's ("Latin American")
    regions: set[str] = field(default_factory=set)
    # names of bodies that many countries' bodies bear and roles.csv does not list ("Labour")
    shared: set[str] = field(default_factory=set)
    by_alias: dict[str, list[Entry]] = field(default_factory=dict)
    roles: dict[str, Role] = field(default_factory=dict)  # lower-case term -> Role
    _surnames: dict[str, list[Entry]] | None = field(default=None, repr=False)
    _skeletons: dict[str, set[str]] | None = field(default=None, repr=False)
    _firsts: frozenset[str] | None = field(default=None, repr=False)

    def entry(self, surface: str, date: str | None = None) -> Entry | None:
        """The dictionary entry a surface form names; user entries first, then the one in office."""
        cands = self.by_alias.get(surface)
        if not cands and surface not in self.capitals and surface not in self.country_names:
            # "the Kremlin" is the Kremlin, but "The Hague" is a city, not William Hague
            cands = self.by_alias.get(strip_the(surface))
        if not cands:
            return None
        return _preferred(cands, date)[0]

    def offices(self, name: str, date: str | None = None) -> list[Entry]:
        """Every office of the dictionary person with this name that the date allows (all when
        none does), in the order ``entry`` prefers them."""
        pool = [e for e in self.by_alias.get(name, ()) if e.kind == "person" and e.name == name]
        return _preferred(pool, date) if pool else []

    def country_of(self, surface: str) -> str | None:
        """ISO3 for a country's name, alias, adjective or demonym."""
        s = strip_the(surface)
        return self.country_names.get(s) or self.adjectives.get(s) or self.adjectives.get(
            s.rstrip("s")) or _adjective_stem(self, s)

    def role(self, term: str) -> Role | None:
        return self.roles.get(term.lower())

    def generic(self, surface: str, shared: bool = True) -> bool:
        """Whether a body's name is a common noun that many countries' bodies share ("Senate",
        "Supreme Court", "Congress"): it is one when roles.csv lists it as a kind of body or
        shared_names.csv lists it ("the Conservatives"). A shared name still
        leans to the country the dictionary gives it; ``shared=False`` asks only for role nouns."""
        bare = strip_the(surface)
        if shared and bare in self.shared:
            return True
        r = self.roles.get(bare.lower())
        return r is not None and r.kind == "organization"

    def phrases(self) -> list[str]:
        """Every multi-token surface form, for one compiled PhraseMatcher."""
        out = set(self.country_names) | set(self.by_alias) | set(self.capitals) | self.regions
        return sorted(out)

    def surname_countries(self, surname: str, date: str | None = None,
                          role: str | None = None) -> set[str | None]:
        """The countries of ``surname_people``."""
        return {e.country for e in self.surname_people(surname, date, role)}

    def surname_people(self, surname: str, date: str | None = None,
                       role: str | None = None) -> list[Entry]:
        """The dictionary's people whose name ends in ``surname``, one entry per office, in the
        file's order ("Clinton": Bill and Hillary, both USA); an Arabic article does not count ("al-Sarraj", "Sarraj").
        A word in lower case is no one's name ("comb the bush" is not Bush). Where some of them
        held an office at ``date``, only those count; with the text's ``role``, only those whose
        office it names: "President Traoré" of 2023 is Burkina Faso's, not Mali's of the 1980s;
        "Vice President Harris" is not the WHO's spokeswoman."""
        if surname.islower():
            return []
        if self._surnames is None:
            index: dict[str, list[Entry]] = {}
            for bucket in self.by_alias.values():
                for e in bucket:
                    if e.kind == "person" and len(e.name.split()) > 1:
                        index.setdefault(_bare_surname(e.name.split()[-1]), []).append(e)
            self._surnames = index
        pool = self._surnames.get(_bare_surname(surname), [])
        if date:
            pool = [e for e in pool if e.covers(date)] or pool
        if role:
            # a title none of them held is someone else's ("President Herrera" is not the
            # finance secretary of that name)
            pool = [e for e in pool if e.role and _names_office(role, e.role)]
        return pool

    def first_name(self, word: str) -> bool:
        """Whether a word is the first name of one of the dictionary's people of two or more
        words ("Mary" of Mary Robinson)."""
        if self._firsts is None:
            self._firsts = frozenset(e.name.split()[0] for bucket in self.by_alias.values()
                                     for e in bucket if e.kind == "person" and len(
                                         e.name.split()) > 1)
        return word in self._firsts

    def acronym_entry(self, name: str, date: str | None = None) -> Entry | None:
        """The body whose capitalised acronym a text writes as a word ("Farc", "Isis", "Unicef",
        as British papers do): a name of three letters or more."""
        if len(name) < 3 or not name.isalpha() or not name.istitle() or (
                name.upper() not in self.by_alias):
            return None
        entry = self.entry(name.upper(), date)
        return entry if entry is not None and entry.kind != "person" else None

    def spelling_entry(self, name: str, date: str | None = None) -> Entry | None:
        """The dictionary person a name spells another way ("Dbeibeh" for Dbeibah, "Abdrabbuh
        Mansour Hadi" for Abdrabbuh Mansur Hadi): same consonants in the same order, and only
        when the spelling fits one person."""
        if name in self.adjectives or name in self.country_names or name in self.capitals:
            return None  # "Briton" is no spelling of Bruton, nor "Manila" of Manele
        key = _skeleton(name)
        if len(key.replace(" ", "")) < SKELETON_MIN:
            return None
        if self._skeletons is None:
            index: dict[str, set[str]] = {}
            for surface, bucket in self.by_alias.items():
                for e in bucket:
                    if e.kind == "person":
                        index.setdefault(_skeleton(surface), set()).add(e.name)
            self._skeletons = index
        names = self._skeletons.get(key, set())
        return self.entry(next(iter(names)), date) if len(names) == 1 else None

    def add_entry(self, e: Entry) -> None:
        self._surnames = self._skeletons = self._firsts = None
        for surface in (e.name, *e.aliases):
            if surface:
                bucket = self.by_alias.setdefault(surface, [])
                bucket[:] = [x for x in bucket if not (x.name == e.name and x.start == e.start)]
                bucket.append(e)


# A name's spelling key must be this long to stand for a person spelt another way.
SKELETON_MIN = 6


def _skeleton(name: str) -> str:
    """A name's letters with every vowel or run of vowels as one "a" and doubled letters once:
    transliterations of one name mostly differ in their vowels ("Mansour", "Mansur"; "Dbeibeh",
    "Dbeibah")."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = []
    for w in plain.replace("-", " ").split():
        w = "".join("a" if ch in "aeiouy" else ch for ch in w if ch.isalpha())
        if w:
            words.append("".join(ch for k, ch in enumerate(w) if k == 0 or ch != w[k - 1]))
    return " ".join(words)


# Words that make an office a lesser one of the same name: a "President" is no vice president
LESSER_OFFICE = frozenset({"vice", "deputy", "assistant", "lieutenant", "under"})


def _names_office(role: str, office: str) -> bool:
    """Whether a title the text gives names an office of the dictionary: every word of it is a
    word of the office ("minister" of "foreign minister"), and the office is no lesser one the
    title does not say ("president" is not "vice president")."""
    said, held = set(role.lower().split()), set(office.lower().split())
    return said <= held and not (held - said) & LESSER_OFFICE


def _bare_surname(word: str) -> str:
    low = word.lower()
    for article in ("al-", "el-", "ul-"):
        if low.startswith(article) and len(low) > len(article) + 2:
            return low[len(article):]
    return low


def strip_the(s: str) -> str:
    """A name without a leading "the" ("the Kremlin": "Kremlin")."""
    return s[4:] if s[:4] in ("the ", "The ") else s


def _adjective_stem(kb: Knowledge, s: str) -> str | None:
    # "Iranian-backed", "Russian-made": the country is the part before the hyphen.
    if "-" in s:
        head = s.split("-", 1)[0]
        return kb.adjectives.get(head) or kb.country_names.get(head)
    return None


def _split(cell: str | None) -> tuple[str, ...]:
    if not cell:
        return ()
    return tuple(x.strip() for x in cell.split("|") if x.strip())


def _rows(text: str) -> list[dict[str, str]]:
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(lines)]


def data_rows(name: str) -> list[dict[str, str]]:
    """The rows of one of Dyad's own CSV files (``dyad/data/NAME``), comments left out."""
    return _rows(_builtin(name))


def shipped_model(name: str, read):
    """A model file of the package read by ``read(path)``, or None where it has not been trained
    (its component then works by its rules alone)."""
    ref = resources.files("dyad.data").joinpath(name)
    if not ref.is_file():
        return None
    with resources.as_file(ref) as path:
        return read(path)


def _builtin(name: str) -> str:
    try:
        return resources.files("dyad.data").joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""


def _entry(row: dict, source: str, default_kind: str) -> Entry:
    sector = row.get("sector")
    sector_t = tuple(sector) if isinstance(sector, list) else _split(sector)
    aliases = row.get("aliases")
    aliases_t = tuple(aliases) if isinstance(aliases, list) else _split(aliases)
    return Entry(
        name=str(row["name"]).strip(), kind=row.get("kind") or default_kind,
        country=(row.get("country") or None), sector=sector_t, code=row.get("code") or None,
        role=row.get("role") or None, aliases=aliases_t, start=_date(row.get("start")),
        end=_date(row.get("end")), gender=row.get("gender") or None, source=source,
    )


def _date(v) -> str | None:
    if v in (None, ""):
        return None
    return str(v)


ROLE_KINDS = ("person", "organization", "group")
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def _check_entry(kb: Knowledge, where: str, row: dict, kinds: tuple[str, ...]) -> None:
    """A user's entry with a kind, country, date or gender Dyad would not understand is an
    error, not an entry that silently never matches or codes nonsense."""
    kind = row.get("kind")
    if kind and kind not in kinds:
        raise DyadError(f"{where}: kind {kind!r} is not one of {', '.join(kinds)}")
    country = row.get("country")
    if country and str(country) not in kb.countries:
        iso3 = kb.country_of(str(country))
        hint = f" (did you mean {iso3}?)" if iso3 else ""
        raise DyadError(f"{where}: country {country!r} is not an ISO3 code{hint}")
    for key in ("start", "end"):
        value = _date(row.get(key))
        if value and not _DATE.fullmatch(value):
            raise DyadError(f"{where}: {key} {value!r} is not a date (YYYY-MM-DD or YYYY-MM)")
    if row.get("gender") not in (None, "", "female", "male"):
        raise DyadError(f"{where}: gender {row['gender']!r} is not female or male")


def load_user_file(kb: Knowledge, path: str | Path) -> None:
    """Add a user's actors file (YAML list / ``{actors: [...], roles: [...]}`` or CSV)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise DyadError(f"cannot read actors file {p}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise DyadError(f"actors file {p} is not UTF-8 (byte {exc.start}); save it as UTF-8"
                        ) from exc
    source = f"user:{p.name}"
    if p.suffix.lower() == ".csv":
        actors, roles = _rows(text), []
    else:
        try:
            data = yaml.safe_load(io.StringIO(text))
        except yaml.YAMLError as exc:
            raise DyadError(f"actors file {p} is not valid YAML: {exc}") from exc
        if isinstance(data, dict):
            actors, roles = data.get("actors") or [], data.get("roles") or []
        else:
            actors, roles = data or [], []
    if not isinstance(actors, list):
        raise DyadError(f"actors file {p}: expected a list of entries")
    for i, row in enumerate(actors, 1):
        if not isinstance(row, dict) or not row.get("name"):
            raise DyadError(f"actors file {p}: entry {i} has no name")
        _check_entry(kb, f"actors file {p}: entry {i} ({row['name']})", row, ACTOR_KINDS)
        kind = row.get("kind") or ("person" if row.get("role") else "organization")
        kb.add_entry(_entry(row, source, kind))
    if not isinstance(roles, list):
        raise DyadError(f"actors file {p}: roles must be a list of entries")
    for i, row in enumerate(roles, 1):
        if not isinstance(row, dict):
            raise DyadError(f"actors file {p}: role {i} is not an entry with a term")
        _check_entry(kb, f"actors file {p}: role {i}", row, ROLE_KINDS)
        term = str(row.get("term", "")).lower()
        if term:
            sector = row.get("sector")
            sector_t = tuple(sector) if isinstance(sector, list) else _split(sector)
            kb.roles[term] = Role(term, sector_t, row.get("kind") or "group")


def _preferred(entries: list[Entry], date: str | None) -> list[Entry]:
    """The entries the date allows (all when none does), user entries first, then those with a
    start date (the office held then). Where the date falls in no office of a person's, the
    one held last before it comes first, else the first held after it: a former official
    is known by the office they left last, not by the first one the dictionary lists."""
    dated = [e for e in entries if e.covers(date)]
    if not dated and date:
        before = sorted((e for e in entries if e.end and e.end < date), key=lambda e: e.end,
                        reverse=True)
        after = sorted((e for e in entries if e.start and e.start > date and e not in before),
                       key=lambda e: e.start)
        entries = before + after + [e for e in entries if e not in before and e not in after]
        return sorted(entries, key=lambda e: e.source == "builtin")
    return sorted(dated or entries, key=lambda e: (e.source == "builtin", not e.start))


# British and American spellings of the words of bodies' names: organizations.csv writes a name one
# way, and news writes it either way ("World Health Organisation", "Ministry of Defense").
SPELLINGS = (("Organization", "Organisation"), ("Defense", "Defence"))
# The Arabic article as a word of its own or before a hyphen, which news capitalises or not
# ("Al-Nusra Front", "al Jazeera").
ARTICLE = re.compile(r"(?<![\w-])([aA])l(?=[- ])")


def _add_spellings(kb: Knowledge) -> None:
    """Every body's name and alias in the other spelling too, where nothing else bears it."""
    for surface, bucket in list(kb.by_alias.items()):
        others = [surface.replace(old, new) for a, b in SPELLINGS
                  for old, new in ((a, b), (b, a)) if old in surface]
        if ARTICLE.search(surface):
            others.append(ARTICLE.sub(lambda m: m.group(1).swapcase() + "l", surface))
        for other in others:
            if other not in kb.by_alias:
                kb.by_alias[other] = list(bucket)


def load_knowledge(user_files: tuple[str, ...] = ()) -> Knowledge:
    """The built-in dictionary, with the user's files over it; built once per set of files
    (``load_knowledge()`` and ``load_knowledge(())`` are the same dictionary)."""
    return _load_knowledge(tuple(user_files))


@functools.lru_cache(maxsize=8)
def _load_knowledge(user_files: tuple[str, ...]) -> Knowledge:
    kb = Knowledge()
    for row in data_rows("countries.csv"):
        c = Country(row["iso3"], row["name"], _split(row.get("aliases")),
                    _split(row.get("adjectives")), _split(row.get("capital")))
        kb.countries[c.iso3] = c
        for s in (c.name, *c.aliases):
            kb.country_names.setdefault(s, c.iso3)
        for s in c.adjectives:
            kb.adjectives.setdefault(s, c.iso3)
        for s in c.capitals:
            kb.capitals.setdefault(s, c.iso3)
    for row in data_rows("peoples.csv"):
        for s in _split(row.get("peoples")):
            kb.adjectives.setdefault(s, row["iso3"])
    for row in data_rows("regions.csv"):
        for s in (row["name"], *_split(row.get("aliases")), *_split(row.get("adjectives"))):
            kb.regions.add(s)
            kb.regions.add(strip_the(s))
    for row in data_rows("shared_names.csv"):
        kb.shared.add(row["name"])
    for row in data_rows("organizations.csv"):
        kb.add_entry(_entry(row, "builtin", "organization"))
    _add_spellings(kb)
    for row in data_rows("people.csv"):
        kb.add_entry(_entry(row, "builtin", "person"))
    for row in data_rows("roles.csv"):
        kb.roles[row["term"].lower()] = Role(row["term"].lower(), _split(row.get("sector")),
                                             row.get("kind") or "group")
    for f in user_files:
        load_user_file(kb, f)
    return kb


def shared_sector(people: list[Entry]) -> str | None:
    """The first sector all these people share, each by the office news names them by most often
    (people.csv's first row for them); None where they differ or one has none."""
    firsts: dict[str, str | None] = {}
    for p in people:
        firsts.setdefault(p.name, p.sector[0] if p.sector else None)
    shared = set(firsts.values())
    return next(iter(shared)) if len(shared) == 1 else None

