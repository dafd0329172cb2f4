"""Web explorer speed: how long each view takes over a store of N synthetic articles.

    python bench/web_bench.py [--articles 10000] [--db /tmp/dyad-web-bench.db] [--repeat 5]

Builds (once; reused while it has the right size) a store of synthetic records shaped like
news: ~350 words, a dozen actors drawn from a skewed pool (a few countries in thousands of
articles, many people in a few), quotes, events and places. Then times every view through the
app in-process (query, template, JSON encoding; no network), HTML and JSON, reporting the
median of R runs in milliseconds of wall time and of CPU time (the latter is what the view
costs when other work shares the machine). Target: every page under 200 ms at 10,000
articles.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from urllib.parse import quote

from dyad.records import Actor, Event, Place, Quote, Record
from dyad.store import open_store

TARGET_MS = 200.0
COUNTRIES = [("United States", "USA"), ("Russia", "RUS"), ("China", "CHN"), ("Turkey", "TUR"),
             ("Syria", "SYR"), ("Iran", "IRN"), ("France", "FRA"), ("Germany", "DEU"),
             ("Israel", "ISR"), ("Ukraine", "UKR"), ("India", "IND"), ("Brazil", "BRA"),
             ("Egypt", "EGY"), ("Japan", "JPN"), ("Nigeria", "NGA"), ("Mexico", "MEX")]
PLACES = [("Aleppo", "SYR", 36.2, 37.16), ("Moscow", "RUS", 55.75, 37.62),
          ("Washington", "USA", 38.9, -77.04), ("Beijing", "CHN", 39.9, 116.4),
          ("Ankara", "TUR", 39.93, 32.86), ("Tehran", "IRN", 35.7, 51.42),
          ("Paris", "FRA", 48.86, 2.35), ("Kyiv", "UKR", 50.45, 30.52),
          ("Cairo", "EGY", 30.04, 31.24), ("Lagos", "NGA", 6.45, 3.39)]
EVENTS = [("036", "CONSULT", 1, 1, 4.0, "met"), ("042", "CONSULT", 1, 1, 1.9, "visited"),
          ("057", "AGREE", 1, 1, 8.0, "signed"), ("070", "AID", 2, 2, 7.0, "aided"),
          ("112", "ACCUSE", 3, 3, -2.0, "accused"), ("122", "REJECT", 3, 3, -4.0, "condemned"),
          ("138", "THREATEN", 3, 3, -7.0, "threatened"), ("163", "SANCTION", 4, 4, -8.0,
                                                          "sanctioned"),
          ("190", "ASSAULT", 4, 4, -10.0, "attacked"), ("0256", "CONCEDE", 1, 1, 5.0, "eased")]
FILLER = ["officials", "said", "the", "talks", "would", "continue", "next", "week", "while",
          "analysts", "warned", "that", "the", "situation", "remained", "fragile", "and",
          "that", "any", "agreement", "would", "need", "wider", "support"]


def synthetic(i: int, rng: random.Random) -> Record:
    """One article: sentences of the form 'A <verb> B in P.', '“…,” said A.' and filler."""
    parts: list[str] = []
    pos = 0
    actors: dict[str, dict] = {}
    quotes: list[Quote] = []
    events: list[Event] = []
    places: dict[str, dict] = {}

    def put(text: str) -> tuple[int, int]:
        nonlocal pos
        start = pos
        parts.append(text)
        pos += len(text)
        return start, pos

    def actor(name: str, kind: str, country: str | None, code: str | None,
              role: str | None = None) -> str:
        key = name
        if key not in actors:
            actors[key] = {"id": f"a{len(actors) + 1}", "name": name, "kind": kind,
                           "country": country, "code": code, "role": role, "mentions": []}
        span = put(name)
        actors[key]["mentions"].append(span)
        return actors[key]["id"]

    def person() -> tuple[str, str, str]:
        # Skewed: a few people are everywhere, most appear in a handful of articles.
        n = rng.randrange(20) if rng.random() < 0.3 else rng.randrange(3000)
        country = COUNTRIES[n % len(COUNTRIES)]
        return f"Person{n} Surname{n}", country[1], country[1] + "GOV"

    def country() -> tuple[str, str]:
        return COUNTRIES[min(int(rng.expovariate(0.35)), len(COUNTRIES) - 1)]

    published = f"{2014 + i % 6}-{1 + i % 12:02d}-{1 + i % 28:02d}"
    for _ in range(rng.randint(8, 12)):
        kind = rng.random()
        if kind < 0.45:
            sentence_start = pos
            sname, scode = country()
            src = actor(sname, "country", scode, scode)
            code, plover, penta, quad, gold, verb = rng.choice(EVENTS)
            put(" ")
            trig = put(verb)
            put(" ")
            tname, tcode = country()
            if tname == sname:
                tname, tcode = COUNTRIES[(COUNTRIES.index((sname, scode)) + 1) % len(COUNTRIES)]
            tgt = actor(tname, "country", tcode, tcode)
            put(" in ")
            pname, pcountry, lat, lon = rng.choice(PLACES)
            pspan = put(pname)
            places.setdefault(pname, {"id": f"p{len(places) + 1}", "name": pname,
                                      "country": pcountry, "lat": lat, "lon": lon,
                                      "mentions": []})["mentions"].append(pspan)
            put(". ")
            events.append(Event(
                id=f"e{len(events) + 1}", cameo=code, root=code[:2], plover=plover, penta=penta,
                quad_class=quad, goldstein=gold, source=src, target=tgt, trigger=verb,
                trigger_span=trig, sentence_span=(sentence_start, pos - 1), date=published,
                place=places[pname]["id"], confidence=0.7, evidence=f"pattern: {verb}"))
        elif kind < 0.75:
            put("“")
            words = " ".join(rng.choice(FILLER) for _ in range(rng.randint(8, 20)))
            qspan = put(words.capitalize())
            put(",” said ")
            name, ccode, code = person()
            sid = actor(name, "person", ccode, code, "minister")
            put(". ")
            speaker = actors[name]["mentions"][-1]
            quotes.append(Quote(id=f"q{len(quotes) + 1}", text=words.capitalize(),
                                start=qspan[0], end=qspan[1], kind="direct", speaker=sid,
                                speaker_span=speaker, cue="said",
                                cue_span=(speaker[0] - 5, speaker[0] - 1)))
        else:
            put(" ".join(rng.choice(FILLER) for _ in range(rng.randint(15, 30))).capitalize())
            put(". ")
    text = "".join(parts)
    return Record(
        id=f"bench-{i:06d}", text=text, title=f"Synthetic article {i}", published=published,
        source="Bench Wire",
        actors=tuple(Actor(id=a["id"], name=a["name"], kind=a["kind"], country=a["country"],
                           sector=("GOV",) if a["kind"] == "person" else (), code=a["code"],
                           role=a["role"], mentions=tuple(a["mentions"]))
                     for a in actors.values()),
        quotes=tuple(quotes), events=tuple(events),
        places=tuple(Place(id=p["id"], name=p["name"], feature="city", country=p["country"],
                           lat=p["lat"], lon=p["lon"], mentions=tuple(p["mentions"]))
                     for p in places.values()),
    )


def build(path: str, n: int) -> None:
    with open_store(path) as store:
        have = store.stats()["documents"]
        if have == n:
            return
        if have:
            sys.exit(f"{path} holds {have} documents, not {n}; remove it or pick another --db")
        rng = random.Random(7)
        t0 = time.perf_counter()
        for i in range(n):
            store.write(synthetic(i, rng))
            if (i + 1) % 1000 == 0:
                print(f"  built {i + 1}/{n} ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--db", default="/tmp/dyad-web-bench.db")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    build(args.db, args.articles)

    from fastapi.testclient import TestClient

    from dyad.web import create_app

    with TestClient(create_app(args.db)) as client:
        stats = client.get("/?format=json").json()["stats"]
        actors = client.get("/actors?format=json&per_page=500").json()["actors"]
        biggest, middling = actors[0], actors[len(actors) // 2]
        views = {
            "home": "/",
            "articles": "/articles",
            "articles page 150": "/articles?page=150",
            "article": f"/articles/bench-{args.articles // 2:06d}",
            "actors": "/actors",
            f"actor: biggest ({biggest['documents']} articles)":
                "/actors/" + quote(biggest["entity_id"], safe=""),
            f"actor: middling ({middling['documents']} articles)":
                "/actors/" + quote(middling["entity_id"], safe=""),
            "events": "/events",
            "events sorted by Goldstein, page 200":
                "/events?sort=goldstein&order=desc&page=200",
            "events filtered (actor, QuadClass, dates)":
                "/events?actor=russia&quad_class=4&since=2016&until=2017-06",
            "events filtered (country, CAMEO 19)": "/events?country=TUR&code=19",
            "events text search": "/events?q=condemned",
            "network": "/network",
            "network, one year": "/network?since=2016&until=2016",
            "map": "/map",
            "search": "/search?q=fragile",
        }
        print(f"store: {stats['documents']} articles, {stats['actors']} actors, "
              f"{stats['quotes']} quotes, {stats['events']} events, {stats['places']} places")
        # Wall time is what a user waits; CPU time (all of this process's threads) is what
        # the view costs, and stays meaningful when other work shares the machine.
        print(f"{'view':48} {'html ms':>8} {'cpu ms':>8} {'json ms':>8} {'cpu ms':>8}")
        worst = 0.0
        for name, url in views.items():
            timings = []
            for fmt in ("html", "json"):
                sep = "&" if "?" in url else "?"
                target = url + (f"{sep}format=json" if fmt == "json" else "")
                runs, cpu = [], []
                for _ in range(args.repeat):
                    t0, c0 = time.perf_counter(), time.process_time()
                    response = client.get(target)
                    runs.append((time.perf_counter() - t0) * 1000)
                    cpu.append((time.process_time() - c0) * 1000)
                    if response.status_code != 200:
                        sys.exit(f"{target}: {response.status_code} {response.text[:300]}")
                timings += [statistics.median(runs), statistics.median(cpu)]
            worst = max(worst, timings[0], timings[2])
            print(f"{name:48} " + " ".join(f"{t:8.1f}" for t in timings))
        verdict = "within" if worst <= TARGET_MS else "OVER"
        print(f"slowest view: {worst:.1f} ms ({verdict} the {TARGET_MS:.0f} ms target)")


if __name__ == "__main__":
    main()
