"""How Dyad codes the bare names of bodies that many countries' bodies share ("the Senate", "the
Supreme Court", "Labour") in unlabelled news: PolNeAR train, the BBC articles and penta-train.

    python scripts/shared_body_names.py [--only CORPUS] [--json OUT]

Runs Dyad on the documents that hold one of the names and, for each occurrence not qualified by a
capitalised word or possessive before it ("U.S. Senate", "Nigeria's Senate"), tallies the country of
the tightest actor mention holding it ("none": no actor). OUT keeps a few contexts per tally.
"""

from __future__ import annotations

import argparse
import csv
import glob
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from dyad.evaluate.actors import analysed, head_actor

DATA = "../shared/data"
NAMES = ["Supreme Court", "Foreign Office", "National Security Council", "Interior Ministry",
         "Senate", "Constitutional Court", "Conservatives", "Labour", "Labor", "Central Bank",
         "Electoral Commission", "Foreign Ministry", "Parliament", "Congress", "National Assembly",
         "Tories", "Defence Ministry", "Defense Ministry", "Home Office", "House of Representatives"]
NAME = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in NAMES) + r")\b")


def corpora() -> dict[str, list[str]]:
    seen, polnear = set(), []
    with open(f"{DATA}/quotes/polnear-train.jsonl", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["doc_id"] not in seen:
                seen.add(d["doc_id"])
                polnear.append(d["text"])
    bbc = [Path(p).read_text(encoding="utf-8", errors="replace")
           for p in sorted(glob.glob(f"{DATA}/bench/bbc/*/*.txt"))]
    with open(f"{DATA}/events/penta-train.tsv", encoding="utf-8") as f:
        penta = [r[0] for r in csv.reader(f, delimiter="\t") if r]
    return {"polnear": polnear, "bbc": bbc, "penta": penta}


def qualified(text: str, start: int) -> bool:
    words = text[max(0, start - 30):start].split()
    prev = words[-1] if words and text[start - 1:start] == " " else ""
    return bool(prev) and prev not in ("the", "The") and (
        prev[:1].isupper() or prev.endswith(("'s", "\u2019s")))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only")
    ap.add_argument("--json")
    args = ap.parse_args()
    tallies, samples = {}, defaultdict(list)
    for corpus, texts in corpora().items():
        if args.only and corpus != args.only:
            continue
        texts = [t for t in texts if NAME.search(t)]
        tally: dict[str, Counter[str]] = defaultdict(Counter)
        for text, (rec, _) in zip(texts, analysed(texts)):
            for m in NAME.finditer(text):
                s, e = m.span()
                if qualified(text, s):
                    continue
                actor = head_actor(rec, s, e)
                key = str(actor.country) if actor is not None else "none"
                tally[m.group(0)][key] += 1
                samples[f"{corpus}|{m.group(0)}|{key}"].append(
                    text[max(0, s - 150):e + 60].replace("\n", " "))
        tallies[corpus] = {k: dict(v) for k, v in tally.items()}
        print(corpus, len(texts), "documents")
        for name, c in sorted(tally.items(), key=lambda x: -sum(x[1].values())):
            print(f"  {name:28} {sum(c.values()):4}  {dict(c.most_common())}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"tally": tallies, "samples": {k: v[:5] for k, v in samples.items()}}, f,
                      indent=1)


if __name__ == "__main__":
    main()
