"""The checks a text must pass before the NLP stage spends time on it."""

from __future__ import annotations

import re

from dyad.ingest.decode import looks_binary

# Very common English function words. Words as common in the languages users are likeliest
# to feed in by mistake are left out: "a", "in", "an", "so", "was", "will", "also" (German),
# "on", "me", "no", "do" (French, Spanish, Portuguese), "die", "is", "her", "over" (Dutch,
# German), so that a text in those languages scores near zero.
_ENGLISH_WORDS = """
the of and to that for it with as by at be this have from or had not are but they which
you were his she he we their been has would there when who what more said its than can
them about if into after could other should these those our only some out up any may such
most now then while where because through between during being did does how all him
my your just very before against under since still both each many much here why it's
i'm we're they're don't didn't doesn't isn't wasn't won't can't couldn't wouldn't
shouldn't haven't hasn't hadn't aren't weren't i'll we'll you'll they'll he's she's
there's that's what's let's i've we've you've they've i'd we'd you'd they'd he'd she'd
us its whose whom whether although though unless until upon within without off
another every either neither nor rather
"""
ENGLISH_FUNCTION_WORDS = frozenset(_ENGLISH_WORDS.split())

# Function words of the Latin-script languages most often fed in by mistake (German, French,
# Spanish, Italian, Portuguese, Dutch), none of them an English word nor common in English
# news ("met", "van", "dem", "da", "al", "com" are left out): positive evidence that a short
# text is not English.
_OTHER_FUNCTION_WORDS = """
der das und ist nicht mit den des ein eine einen einem einer sich auf für von zu im dass
wird sind auch noch nach bei aus wie oder aber wurde werden ich wir sie er es hat haben zum zur
le la les et des du une est pas que qui dans pour sur avec il elle ils au aux ce cette sont été
mais nous vous leur ont était
el los las y del que en por una para es su se lo como más pero sus fue este esta
di che della dei delle non sono nel alla gli anche
o os em não uma ao dos pelo pela foi são
de het een ik niet zijn dat voor ook maar
"""
OTHER_FUNCTION_WORDS = frozenset(_OTHER_FUNCTION_WORDS.split())

# Chinese, Japanese and Korean are written without spaces: each character counts as a word,
# so that a page of Chinese weighs like a page of English.
_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]|[^\W\d_]+(?:'[^\W\d_]+)?")
_LETTER = re.compile(r"[^\W\d_]")
_LAST_LATIN = "\u024f"

# Measured on 3,144 English news articles (shared/data: the BBC benchmark set and PolNeAR's
# training set): at least 12% of a whole article's words are in ENGLISH_FUNCTION_WORDS (median
# 34%), and no opening stretch of 60 words or more falls under 9.8%. Shorter openings can: a
# headline and a lede full of names ("... in New York's 22nd congressional district ...")
# reach 2%. Texts in German, French, Spanish, Italian, Portuguese, Dutch, Polish, Turkish and
# Indonesian score under 1%; Russian, Arabic, Chinese, Japanese and Korean 0. A threshold of 4%
# is over four times the foreign scores and under half the lowest English one.
ENGLISH_MIN_SHARE = 0.04
MIN_WORDS = 60
# From 40 words on, a text under the threshold is judged when it also shows it is something
# else: 10% or more of its words are other languages' function words or in another script.
# German, French and Spanish text has 20% to 40% such words; no opening of 40 words or more of
# those English articles that fell under 4% had any.
MIN_WORDS_WITH_EVIDENCE = 40
OTHER_MIN_SHARE = 0.10
_LANGUAGE_SAMPLE = 100_000


def language_shares(text: str) -> tuple[float, float, int]:
    """The shares of English function words and of evidence for another language among the
    word tokens of ``text``, and the number of word tokens."""
    words = [w.lower().replace("\u2019", "'") for w in _WORD.findall(text[:_LANGUAGE_SAMPLE])]
    if not words:
        return 0.0, 0.0, 0
    english = sum(1 for w in words if w in ENGLISH_FUNCTION_WORDS)
    other = sum(1 for w in words if w in OTHER_FUNCTION_WORDS or w[0] > _LAST_LATIN)
    return english / len(words), other / len(words), len(words)


def not_english(text: str) -> bool:
    """Whether ``text`` is clearly not English (see the measurements above)."""
    english, other, n = language_shares(text)
    if english >= ENGLISH_MIN_SHARE:
        return False
    return n >= MIN_WORDS or (n >= MIN_WORDS_WITH_EVIDENCE and other >= OTHER_MIN_SHARE)


def check_text(text: str, *, max_chars: int = 1_000_000) -> dict | None:
    """None when ``text`` can be analysed, else the error: ``{"code": ..., "message": ...}``.

    Codes: ``too_large``, ``binary``, ``empty`` (no letters at all), ``language`` (clearly
    not English).
    """
    if len(text) > max_chars:
        return _error(
            "too_large",
            f"text is {len(text):,} characters, over the limit of {max_chars:,}; "
            "split the document, or raise the limit (max_chars; in a spaCy pipeline, nlp.max_length)",
        )
    if looks_binary(text):
        return _error("binary", "contains NUL or control characters: not a text document")
    if not _LETTER.search(text):
        what = "whitespace only" if text.strip() == "" else "no letters"
        return _error("empty", f"nothing to analyse: {what}")
    if not_english(text):
        share, _, n = language_shares(text)
        return _error(
            "language",
            f"does not look like English: {share:.0%} of its {n:,} words are common "
            "English words (English news has about a third)",
        )
    return None


def _error(code: str, message: str) -> dict:
    return {"code": code, "message": message}
