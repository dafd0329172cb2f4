"""The seeded draw behind evaluation/bbc-quotes.jsonl: 20 BBC articles, 5 each of politics,
business, entertainment and sport, of at most 400 words (whitespace-split), seed 9; prints their
paths in the order of the gold rows. Usage: python scripts/bbc_quote_draw.py [BBC_FOLDER]"""
import pathlib
import random
import sys

ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/bench/bbc")
SEED = 9
rng = random.Random(SEED)
picked = []
for cat in ("politics", "business", "entertainment", "sport"):
    files = sorted(p for p in (ROOT / cat).glob("*.txt")
                   if len(p.read_text(encoding="utf-8").split()) <= 400)
    picked += [f"{cat}/{p.name}" for p in rng.sample(files, 5)]
# interleave so the even (tune) and odd (held-out) rows each hold every category:
# rounds alternate (politics, business, entertainment, sport) and (business, politics, sport,
# entertainment), so tune gets 3/2/3/2 and held-out 2/3/2/3 of them
order = []
for i in range(5):
    cats = (0, 1, 2, 3) if i % 2 == 0 else (1, 0, 3, 2)
    order += [picked[c * 5 + i] for c in cats]
print("\n".join(order))
