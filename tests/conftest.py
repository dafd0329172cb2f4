"""Shared test helpers: Docs built by hand (no model), and the pipeline for the slow group."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
SEED = EXAMPLES / "aleppo-2016-12.txt"


_VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower_, is_punct) without a model


def build_doc(tokens: list[tuple], ents: list[str] | None = None) -> Doc:
    """A parsed Doc from rows of (text, head_index, dep, pos, lemma[, tag]); spaces between words
    except before punctuation. ``ents`` is IOB per token ("B-PERSON", "I-PERSON", "O")."""
    words = [t[0] for t in tokens]
    spaces = [i + 1 < len(words) and words[i + 1] not in {".", ",", ":", "’s", "'s", "”", "-"}
              and words[i] not in {"“", "-"} for i in range(len(words))]
    doc = Doc(_VOCAB, words=words, spaces=spaces, heads=[t[1] for t in tokens],
              deps=[t[2] for t in tokens], pos=[t[3] for t in tokens],
              lemmas=[t[4] for t in tokens],
              tags=[t[5] if len(t) > 5 else "" for t in tokens], ents=ents)
    return doc


def actor_set(doc: Doc, *spans: tuple[int, int, str, str]):
    """Actors at token spans: (start, end, name, kind)."""
    from dyad.nlp.actors import ActorInfo, ActorSet

    out = ActorSet()
    for n, (s, e, name, kind) in enumerate(spans, 1):
        a = ActorInfo(id=f"a{n}", name=name, kind=kind, key=name.lower())
        out.actors.append(a)
        out.add_mention(a, s, e)
    return out


def verb(lemma: str, code: str):
    """A verb row of the event dictionary."""
    from dyad import cameo

    return cameo.Pattern(cameo=code, pos="verb", lemma=lemma)


def names(found) -> list[str]:
    return [a.name for a in found]


@pytest.fixture(scope="session")
def nlp():
    from dyad.nlp.pipeline import load

    return load()


@pytest.fixture
def namesakes_kb(tmp_path):
    """The built-in dictionary with three invented namesakes of different countries and terms:
    Kofi Zembala (MLI president 1970-1990), Amara Zembala (BFA president from 2022) and Lena
    Zembala (IRL vice president 2021-2025)."""
    from dyad.knowledge import load_knowledge

    extra = tmp_path / "namesakes.csv"
    extra.write_text(
        "name,aliases,country,sector,role,start,end,gender\n"
        "Kofi Zembala,,MLI,GOV,president,1970-01,1990-12,male\n"
        "Amara Zembala,,BFA,GOV,president,2022-09,,male\n"
        "Lena Zembala,,IRL,GOV,vice president,2021-01,2025-01,female\n", encoding="utf-8")
    return load_knowledge((str(extra),))
