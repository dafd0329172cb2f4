"""Build src/dyad/data/cameo.csv, Dyad's CAMEO -> PLOVER / pentaclass / quad class / Goldstein table.

Reads the two ontology tables kept beside the repository (../shared/data/ontology by default):

  cameo2plover-2021.txt  CAMEO code -> PLOVER 0.8 event (and the CAMEO name after '#');
                         P. Schrodt, PLOVER manual draft 0.8 (2021-09-17), CC BY-SA 4.0
  cameo-goldstein.tsv    CAMEO code -> Goldstein weight, GDELT's published lookup

and writes one row per CAMEO event code (2, 3 and 4 digits). The output is deterministic, so the
test suite can check that the committed table is exactly what this script produces.

    python scripts/build_cameo_table.py                       # writes src/dyad/data/cameo.csv
    python scripts/build_cameo_table.py --out - | head        # to stdout
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_ONTOLOGY = REPO.parent / "shared" / "data" / "ontology"
DEFAULT_OUT = REPO / "src" / "dyad" / "data" / "cameo.csv"

PLOVER_CATEGORIES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

# CAMEO root names (CAMEO codebook 1.1b3). The conversion table labels its root lines with a
# PLOVER category only, so the root's own name comes from the codebook.
ROOT_NAMES = {
    "01": "Make public statement",
    "02": "Appeal",
    "03": "Express intent to cooperate",
    "04": "Consult",
    "05": "Engage in diplomatic cooperation",
    "06": "Engage in material cooperation",
    "07": "Provide aid",
    "08": "Yield",
    "09": "Investigate",
    "10": "Demand",
    "11": "Disapprove",
    "12": "Reject",
    "13": "Threaten",
    "14": "Protest",
    "15": "Exhibit force posture",
    "16": "Reduce relations",
    "17": "Coerce",
    "18": "Assault",
    "19": "Fight",
    "20": "Use unconventional mass violence",
}

# PLOVER drops CAMEO's statement (01) and appeal (02) roots, so the conversion table has no line
# for them; every Dyad event still needs one of the 16 categories. Names are the codebook's.
# The choices, and why:
#   010, 014  CONSULT   a neutral statement or the weighing of an option is verbal engagement
#                       without commitment; CONSULT is the verbal category with the weight nearest
#                       to their Goldstein 0.0 (040 = 1.0) and the only one that is not a stance
#   011, 016  REJECT    declining to comment and denying responsibility are refusals
#   012       ACCUSE    a pessimistic comment is (mild) disapproval, which PLOVER puts in ACCUSE
#   013, 017, 018 SUPPORT  optimistic, symbolic and empathetic gestures are verbal support
#   015       CONCEDE   acknowledging responsibility is an admission, i.e. a verbal concession
#   019       AGREE     "express accord" is agreement
#   02x       REQUEST   PLOVER's REQUEST covers asking, appealing and demanding alike; CAMEO's
#                       appeal/demand split (02 vs 10) is a matter of tone, not of category
STATEMENT_APPEAL_CODES = {
    "010": ("Make statement, not specified below", "CONSULT"),
    "011": ("Decline comment", "REJECT"),
    "012": ("Make pessimistic comment", "ACCUSE"),
    "013": ("Make optimistic comment", "SUPPORT"),
    "014": ("Consider policy option", "CONSULT"),
    "015": ("Acknowledge or claim responsibility", "CONCEDE"),
    "016": ("Deny responsibility", "REJECT"),
    "017": ("Engage in symbolic act", "SUPPORT"),
    "018": ("Make empathetic comment", "SUPPORT"),
    "019": ("Express accord", "AGREE"),
    "020": ("Make an appeal or request, not specified below", "REQUEST"),
    "021": ("Appeal for material cooperation", "REQUEST"),
    "0211": ("Appeal for economic cooperation", "REQUEST"),
    "0212": ("Appeal for military cooperation", "REQUEST"),
    "0213": ("Appeal for judicial cooperation", "REQUEST"),
    "0214": ("Appeal for intelligence", "REQUEST"),
    "022": ("Appeal for diplomatic cooperation (such as policy support)", "REQUEST"),
    "023": ("Appeal for aid", "REQUEST"),
    "0231": ("Appeal for economic aid", "REQUEST"),
    "0232": ("Appeal for military aid", "REQUEST"),
    "0233": ("Appeal for humanitarian aid", "REQUEST"),
    "0234": ("Appeal for military protection or peacekeeping", "REQUEST"),
    "024": ("Appeal for political reform", "REQUEST"),
    "0241": ("Appeal for change in leadership", "REQUEST"),
    "0242": ("Appeal for policy change", "REQUEST"),
    "0243": ("Appeal for rights", "REQUEST"),
    "0244": ("Appeal for change in institutions, regime", "REQUEST"),
    "025": ("Appeal to yield", "REQUEST"),
    "0251": ("Appeal for easing of administrative sanctions", "REQUEST"),
    "0252": ("Appeal for easing of popular dissent", "REQUEST"),
    "0253": ("Appeal for release of persons or property", "REQUEST"),
    "0254": ("Appeal for easing of economic sanctions, boycott, or embargo", "REQUEST"),
    "0255": ("Appeal for target to allow international involvement (non-mediation)", "REQUEST"),
    "0256": ("Appeal for de-escalation of military engagement", "REQUEST"),
    "026": ("Appeal to others to meet or negotiate", "REQUEST"),
    "027": ("Appeal to others to settle dispute", "REQUEST"),
    "028": ("Appeal to others to engage in or accept mediation", "REQUEST"),
}

# Spelling slips in the conversion table's names, and its "REQUEST" label for CAMEO's 100,
# which the codebook calls "Demand, not specified below".
NAME_FIXES = {
    "055": "Apologize",
    "100": "Demand, not specified below",
    "1051": "Demand easing of administrative sanctions",
    "1444": "Obstruct passage to demand change in institutions, regime",
}

LINE = re.compile(r"^(\d{2,4}):\s*([A-Z]+)\s*,?([^#]*)(?:#\s*(.*))?$")

HEADER = """\
# Dyad's CAMEO event code table: one row per CAMEO code (2, 3 and 4 digits).
# Generated by scripts/build_cameo_table.py; do not edit by hand, rerun the script.
#
# Columns
#   code        CAMEO event code as text ("04", "042", "0256")
#   name        CAMEO name; from the CAMEO -> PLOVER conversion table, or the CAMEO codebook
#               where that table has no line (roots, 01x statements, 02x appeals)
#   root        the code's first two digits
#   plover      PLOVER 0.8 category (one of 16). From the conversion table, except:
#               01x statements and 02x appeals, which PLOVER does not code (see the generator
#               for the choice made for each); two-digit roots take the category of their x0
#               code (so 08 is CONCEDE, as 080 "Yield" is; 084-087 are RETREAT)
#   penta       0 statement (01-02), 1 verbal cooperation (03-05), 2 material cooperation
#               (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20)
#   quad_class  1 verbal cooperation (01-05), 2 material cooperation (06-08), 3 verbal conflict
#               (09-13), 4 material conflict (14-20)
#   goldstein   Goldstein (1992) weight from GDELT's CAMEO lookup; codes that lookup lacks
#               take their parent code's weight ({fallbacks})
#
# Sources and licence
#   PLOVER categories and CAMEO names derive from CAMEO2PLOVER-2021.txt, PLOVER manual draft 0.8
#   (17 September 2021), edited by Philip A. Schrodt, openeventdata/PLOVER, licensed under the
#   Creative Commons Attribution-ShareAlike 4.0 International licence (CC BY-SA 4.0,
#   https://creativecommons.org/licenses/by-sa/4.0/). This table is an adaptation of it
#   (names corrected for spelling, categories added for 01/02) and is shared under the same
#   licence.
#   Goldstein weights: GDELT's published CAMEO event code -> Goldstein scale lookup table.
"""


def root_of(code: str) -> str:
    return code[:2]


def penta_of(root: str) -> int:
    r = int(root)
    if r <= 2:
        return 0
    if r <= 5:
        return 1
    if r <= 8:
        return 2
    if r <= 13:
        return 3
    return 4


def quad_of(root: str) -> int:
    return max(1, penta_of(root))


def read_conversion(path: Path) -> dict[str, tuple[str, str]]:
    """code -> (PLOVER category, CAMEO name); the root lines give a name of ''."""
    table: dict[str, tuple[str, str]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        m = LINE.match(raw.strip())
        if not m:
            continue
        code, category, _mode_context, name = m.groups()
        if len(code) == 2:
            # root lines carry no name, and 08 is listed twice (CONCEDE, RETREAT); roots are
            # resolved from their x0 code instead
            continue
        # an editor's dated remark follows some names after a wide gap ("Ease curfew  21.09.17: ...")
        name = re.split(r"\s{2,}", (name or "").strip())[0]
        # a code listed twice (175) keeps its last line, the codebook's wording
        table[code] = (category, name)
    return table


def read_goldstein(path: Path) -> dict[str, float]:
    weights: dict[str, float] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            weights[row["cameo"].strip()] = float(row["goldstein"])
    return weights


def build_rows(conversion: dict[str, tuple[str, str]], goldstein: dict[str, float]
               ) -> tuple[list[dict[str, object]], list[str]]:
    """Return the table rows, sorted by code, and the codes whose weight came from a parent."""
    codes = set(conversion) | set(goldstein)
    codes |= {code[:2] for code in codes}
    plover: dict[str, str] = {}
    names: dict[str, str] = {}
    for code in codes:
        if code in conversion:
            plover[code], names[code] = conversion[code]
        elif code in STATEMENT_APPEAL_CODES:
            names[code], plover[code] = STATEMENT_APPEAL_CODES[code]
    for code in codes:
        if len(code) == 2:
            names[code] = ROOT_NAMES[code]
            if code + "0" not in plover:
                raise ValueError(f"CAMEO root {code} has no {code}0 row to take its category from")
            plover[code] = plover[code + "0"]
    names.update((code, name) for code, name in NAME_FIXES.items() if code in codes)

    rows: list[dict[str, object]] = []
    fallbacks: list[str] = []
    for code in sorted(codes):
        if code not in plover:
            raise ValueError(f"CAMEO code {code} has a Goldstein weight but no PLOVER category")
        category = plover[code]
        if category not in PLOVER_CATEGORIES:
            raise ValueError(f"CAMEO code {code}: {category!r} is not a PLOVER 0.8 category")
        weight = goldstein.get(code)
        if weight is None:
            parent = code[:-1]
            while parent and parent not in goldstein:
                parent = parent[:-1]
            if not parent:
                raise ValueError(f"CAMEO code {code} has no Goldstein weight, nor any parent")
            weight = goldstein[parent]
            fallbacks.append(f"{code}<-{parent}")
        root = root_of(code)
        rows.append({
            "code": code,
            "name": names[code],
            "root": root,
            "plover": category,
            "penta": penta_of(root),
            "quad_class": quad_of(root),
            "goldstein": f"{weight:.1f}",
        })
    return rows, fallbacks


def render(ontology: Path) -> str:
    conversion = read_conversion(ontology / "cameo2plover-2021.txt")
    goldstein = read_goldstein(ontology / "cameo-goldstein.tsv")
    rows, fallbacks = build_rows(conversion, goldstein)
    out = io.StringIO()
    out.write(HEADER.format(fallbacks=", ".join(fallbacks) or "none"))
    writer = csv.DictWriter(
        out,
        fieldnames=["code", "name", "root", "plover", "penta", "quad_class", "goldstein"],
        lineterminator="\n",
    )
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ontology", type=Path, default=DEFAULT_ONTOLOGY,
                        help="folder holding cameo2plover-2021.txt and cameo-goldstein.tsv")
    parser.add_argument("--out", default=str(DEFAULT_OUT), help="output CSV path, or - for stdout")
    args = parser.parse_args(argv)
    text = render(args.ontology)
    if args.out == "-":
        sys.stdout.write(text)
    else:
        Path(args.out).write_text(text, encoding="utf-8", newline="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
