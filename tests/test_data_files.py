"""Structure checks for the actor dictionaries shipped in src/dyad/data."""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import re
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

DATA = Path(__file__).resolve().parents[1] / "src" / "dyad" / "data"

HEADERS = {
    "countries.csv": ["iso3", "name", "aliases", "adjectives", "capital"],
    "organizations.csv": ["name", "aliases", "kind", "country", "sector", "code"],
    "roles.csv": ["term", "sector", "kind"],
    "shared_names.csv": ["name", "bearers"],
    "people.csv": ["name", "aliases", "country", "sector", "role", "start", "end", "gender"],
    "first_names.csv": ["name", "gender"],
}

# CAMEO agent codes: the primary roles, the secondary roles and the international-actor types.
CAMEO_SECTOR_CODES = """
GOV MIL REB OPP PTY COP JUD LEG SPY MED EDU BUS CRM CVL REF LAB HLH ELI REL NGO IGO INS UAF SEP
AGR DEV ENV HRI MNC NGM MOD RAD IMG
"""
CAMEO_SECTORS = set(CAMEO_SECTOR_CODES.split())

# ISO 3166-1 alpha-3 codes of the 193 member states of the United Nations.
UN_MEMBER_CODES = """
AFG AGO ALB AND ARE ARG ARM ATG AUS AUT AZE BDI BEL BEN BFA BGD BGR BHR BHS BIH BLR BLZ BOL BRA
BRB BRN BTN BWA CAF CAN CHE CHL CHN CIV CMR COD COG COL COM CPV CRI CUB CYP CZE DEU DJI DMA DNK
DOM DZA ECU EGY ERI ESP EST ETH FIN FJI FRA FSM GAB GBR GEO GHA GIN GMB GNB GNQ GRC GRD GTM GUY
HND HRV HTI HUN IDN IND IRL IRN IRQ ISL ISR ITA JAM JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO
LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MOZ
MRT MUS MWI MYS NAM NER NGA NIC NLD NOR NPL NRU NZL OMN PAK PAN PER PHL PLW PNG POL PRK PRT PRY
QAT ROU RUS RWA SAU SDN SEN SGP SLB SLE SLV SMR SOM SRB SSD STP SUR SVK SVN SWE SWZ SYC SYR TCD
TGO THA TJK TKM TLS TON TTO TUN TUR TUV TZA UGA UKR URY USA UZB VCT VEN VNM VUT WSM YEM ZAF ZMB
ZWE
"""
UN_MEMBERS = set(UN_MEMBER_CODES.split())
EXTRAS = {"PSE", "VAT", "TWN", "XKX", "ESH", "HKG", "MAC", "PRI", "GRL"}

# Offices that several people hold at once; every other office has one holder per country (or per
# international body, which the role names), so its holders' terms must not overlap.
MULTI_HOLDER_ROLES = {"senator", "spokesman", "spokeswoman", "press secretary", "opposition leader"}
# Month-precision dates and handovers blur the boundary between two terms.
OVERLAP_TOLERANCE = dt.timedelta(days=40)

CODE_RE = re.compile(r"^(?:[A-Z]{3})+$")
DATE_RE = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")


def read_rows(name: str) -> list[dict[str, str]]:
    path = DATA / name
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    reader = csv.reader(lines)
    header = next(reader)
    assert header == HEADERS[name], f"{name}: header {header}"
    rows = []
    for number, cells in enumerate(reader, start=2):
        assert len(cells) == len(header), f"{name}: data row {number} has {len(cells)} cells"
        for cell in cells:
            assert cell == cell.strip(), f"{name}: stray whitespace in {cells}"
        rows.append(dict(zip(header, cells)))
    return rows


def split(cell: str) -> list[str]:
    if not cell:
        return []
    items = cell.split("|")
    assert all(item and item == item.strip() for item in items), f"empty or padded item in {cell!r}"
    return items


def valid_country(code: str) -> bool:
    return code in EXTRAS or pycountry.countries.get(alpha_3=code) is not None


def parse_date(text: str, end: bool = False) -> dt.date:
    assert DATE_RE.match(text), f"bad date {text!r}"
    try:
        if len(text) > 7:
            return dt.date.fromisoformat(text)
        year, month = map(int, text.split("-"))
        if not end:
            return dt.date(year, month, 1)
        following = dt.date(year + month // 12, month % 12 + 1, 1)
    except ValueError as error:
        raise AssertionError(f"bad date {text!r}: {error}") from error
    return following - dt.timedelta(days=1)


@pytest.fixture(scope="module")
def countries() -> list[dict[str, str]]:
    return read_rows("countries.csv")


@pytest.fixture(scope="module")
def organizations() -> list[dict[str, str]]:
    return read_rows("organizations.csv")


@pytest.fixture(scope="module")
def roles() -> list[dict[str, str]]:
    return read_rows("roles.csv")


@pytest.fixture(scope="module")
def people() -> list[dict[str, str]]:
    return read_rows("people.csv")


def test_countries_cover_un_members_and_extras(countries):
    codes = [row["iso3"] for row in countries]
    assert len(codes) == len(set(codes)), "duplicate iso3"
    assert UN_MEMBERS <= set(codes), f"missing: {sorted(UN_MEMBERS - set(codes))}"
    assert EXTRAS <= set(codes), f"missing: {sorted(EXTRAS - set(codes))}"
    assert len(UN_MEMBERS) == 193
    for code in codes:
        assert valid_country(code), code


def test_country_surface_forms_are_unambiguous(countries):
    owner: dict[str, str] = {}
    for row in countries:
        assert row["name"], row
        forms = [row["name"], *split(row["aliases"]), *split(row["adjectives"])]
        for form in set(forms):
            assert owner.setdefault(form, row["iso3"]) == row["iso3"], (
                f"{form!r} names both {owner[form]} and {row['iso3']}"
            )


def test_capitals_belong_to_one_country(countries):
    owner: dict[str, str] = {}
    for row in countries:
        for capital in split(row["capital"]):
            assert owner.setdefault(capital, row["iso3"]) == row["iso3"], capital


def test_organizations_are_well_formed(organizations, countries):
    country_forms = {row["name"] for row in countries}
    for row in countries:
        country_forms.update(split(row["aliases"]))
    owner: dict[str, dict[str, str]] = {}  # form -> country -> the body of that country
    for row in organizations:
        assert row["name"], row
        assert row["kind"] in {"organization", "group"}, row
        assert not row["country"] or valid_country(row["country"]), row
        sectors = split(row["sector"])
        assert sectors and set(sectors) <= CAMEO_SECTORS, row
        assert not row["code"] or CODE_RE.match(row["code"]), row
        for form in {row["name"], *split(row["aliases"])}:
            assert form not in country_forms, f"{form!r} is already a country's name"
            # a form may name bodies of different countries ("FSA", "CBI"): the text's
            # countries choose between them; two of one country could not be told apart
            bodies = owner.setdefault(form, {})
            assert bodies.setdefault(row["country"], row["name"]) == row["name"], (
                f"{form!r} names both {bodies[row['country']]!r} and {row['name']!r}"
            )
    assert len(organizations) >= 300


def test_roles_are_well_formed(roles):
    terms = [row["term"] for row in roles]
    assert len(terms) == len(set(terms)), "duplicate term"
    for row in roles:
        assert row["term"] == row["term"].lower() and row["term"], row
        assert row["kind"] in {"person", "group", "organization"}, row
        sectors = split(row["sector"])
        assert sectors and set(sectors) <= CAMEO_SECTORS, row
    assert len(roles) >= 250


def test_shared_names_are_dictionary_names_of_several_countries(organizations, countries):
    iso3 = {row["iso3"] for row in countries}
    names = {n for row in organizations for n in [row["name"], *split(row["aliases"])]}
    for row in read_rows("shared_names.csv"):
        assert row["name"] in names, row  # a name no dictionary body bears changes nothing
        bearers = split(row["bearers"])
        assert len(bearers) >= 2 and set(bearers) <= iso3, row


def test_people_are_well_formed(people):
    seen = set()
    for row in people:
        assert row["name"] and row["role"], row
        assert row["role"] == row["role"].lower(), row
        assert not row["country"] or valid_country(row["country"]), row
        sectors = split(row["sector"])
        assert sectors and set(sectors) <= CAMEO_SECTORS, row
        assert row["gender"] in {"female", "male"}, row
        if row["start"] and row["end"]:
            assert parse_date(row["start"]) <= parse_date(row["end"], end=True), row
        elif row["start"] or row["end"]:
            parse_date(row["start"] or row["end"])
        key = (row["name"], row["country"], row["role"], row["start"])
        assert key not in seen, f"duplicate row {key}"
        seen.add(key)
    assert len(people) >= 400


def test_a_person_keeps_one_gender_and_aliases_are_not_shared(people, countries, organizations):
    other_forms = set()
    for row in countries:
        other_forms.update([row["name"], *split(row["aliases"]), *split(row["adjectives"])])
        other_forms.update(split(row["capital"]))
    for row in organizations:
        other_forms.update([row["name"], *split(row["aliases"])])
    gender: dict[str, str] = {}
    alias_owner: dict[str, str] = {}
    names = {row["name"] for row in people}
    for row in people:
        assert gender.setdefault(row["name"], row["gender"]) == row["gender"], row["name"]
        assert row["name"] not in other_forms, f"{row['name']!r} also names a country or body"
        for alias in split(row["aliases"]):
            assert alias not in other_forms, f"{alias!r} also names a country or body"
            assert alias not in names or alias == row["name"], f"{alias!r} is another person"
            assert alias_owner.setdefault(alias, row["name"]) == row["name"], (
                f"{alias!r} names both {alias_owner[alias]!r} and {row['name']!r}"
            )


def test_terms_of_one_office_do_not_overlap(people):
    terms = defaultdict(list)
    for row in people:
        if row["role"] not in MULTI_HOLDER_ROLES and row["start"]:
            start = parse_date(row["start"])
            end = parse_date(row["end"], end=True) if row["end"] else dt.date.max
            terms[(row["country"], row["role"])].append((start, end, row["name"]))
    for key, spans in terms.items():
        spans.sort()
        for (_, end_a, name_a), (start_b, _, name_b) in itertools.pairwise(spans):
            if end_a == dt.date.max:
                overlap_ok = False
            else:
                overlap_ok = start_b >= end_a - OVERLAP_TOLERANCE
            assert overlap_ok, f"{key}: {name_a} and {name_b} overlap"


def test_first_names_are_one_sex_each_and_given_once():
    rows = read_rows("first_names.csv")
    assert rows
    names = [r["name"] for r in rows]
    assert len(names) == len(set(names))
    assert all(r["gender"] in ("female", "male") for r in rows)
    assert all(re.fullmatch(r"[A-ZÀ-Þ][a-zß-ÿ]+", n) for n in names)
