"""spaCy's attribute ruler as table look-ups: the same annotations in a fraction of the time.

The English models map fine-grained tags to POS and morphology with an ``attribute_ruler`` of
~180 token patterns run through spaCy's Matcher, which costs about a sixth of the small model's
whole pipeline. Every pattern tests a token's TAG, LOWER, DEP or IS_SPACE, and only a few dozen
LOWER values are ever named, so which patterns a token fills depends on a small key: its tag, its
dependency label, whether it is space, and its lower-case form if a pattern names it (any other
form behaves like every other). Each key is worked out once and cached. Matches are applied as
spaCy applies them — all matches first, then their attributes in rule order, later rules winning —
through spaCy's own setter.

``compile_ruler`` returns None for a ruler it cannot reproduce exactly (operators, other token
attributes or predicates); the pipeline then keeps spaCy's component.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

COLUMNS = ("TAG", "LOWER", "DEP", "IS_SPACE")  # what a key holds, in this order
UNNAMED = "\x00"  # stands for every lower-case form no pattern names
Test = Callable[[object], bool]


class Unsupported(ValueError):
    """A pattern this module cannot evaluate exactly as spaCy's Matcher does."""


@dataclass
class _Lowers:
    """The lower-case forms patterns single out: named ones and regular expressions."""
    named: set[str] = field(default_factory=set)
    searches: list[Callable] = field(default_factory=list)

    def matters(self, form: str) -> bool:
        return form in self.named or any(search(form) for search in self.searches)


def _predicate(value, lowers: _Lowers | None) -> Test:
    """A Matcher value (a literal or {IN|NOT_IN|REGEX: …}) as a test. ``lowers`` collects what
    a LOWER test names."""
    if not isinstance(value, dict):
        if lowers is not None:
            lowers.named.add(value)
        return lambda v: v == value
    if len(value) != 1:
        raise Unsupported(f"predicate {value!r}")
    (op, arg), = value.items()
    if op in ("IN", "NOT_IN"):
        members = frozenset(arg)
        if lowers is not None:
            lowers.named.update(members)
        return (lambda v: v in members) if op == "IN" else (lambda v: v not in members)
    if op == "REGEX":
        search = re.compile(arg).search
        if lowers is not None:
            lowers.searches.append(search)
        return lambda v: bool(search(v))
    raise Unsupported(f"predicate {op}")


@dataclass(frozen=True)
class _Pattern:
    rule: int
    tokens: tuple[tuple[tuple[int, Test], ...], ...]  # per token: (column, test) pairs
    index: int  # which token of a match gets the attributes (may be negative, as in spaCy)

    def fits(self, k: int, values: tuple) -> bool:
        return all(test(values[col]) for col, test in self.tokens[k])


class CompiledAttributeRuler:
    """Drop-in for a spaCy AttributeRuler whose patterns ``compile_ruler`` accepted."""

    def __init__(self, patterns: list[_Pattern], attrs: list[dict], lowers: _Lowers):
        self.attrs = attrs
        self.lowers = lowers
        self.single = [p for p in patterns if len(p.tokens) == 1]
        self.multi = [p for p in patterns if len(p.tokens) > 1]
        # (pattern, token) slots of the multi-token patterns, numbered
        self.slots = [(n, k) for n, p in enumerate(self.multi) for k in range(len(p.tokens))]
        self.slot_ids = {nk: i for i, nk in enumerate(self.slots)}
        self._lower: dict[int, int] = {}  # lower-form hash → itself if named, else 0
        self._keys: dict[tuple, tuple[dict | None, tuple[int, ...], frozenset]] = {}

    def _merge(self, rules) -> dict | None:
        """The attributes rules set, applied in the given order (later rules win)."""
        merged: dict | None = None
        for r in rules:
            merged = {**(merged or {}), **self.attrs[r]}
        return merged

    def _key_info(self, doc: Doc, key: tuple) -> tuple[dict | None, tuple[int, ...], frozenset]:
        """For one key: the merged attributes of the single-token rules it matches, those
        rules' ids, and the multi-token pattern slots it fills."""
        strings = doc.vocab.strings
        tag, lower, dep, space = key
        values = (strings[tag], strings[lower] if lower else UNNAMED, strings[dep], bool(space))
        rules = tuple(sorted({p.rule for p in self.single if p.fits(0, values)}))
        merged = self._merge(rules)
        slots = frozenset(i for i, (n, k) in enumerate(self.slots)
                          if self.multi[n].fits(k, values))
        info = self._keys[key] = (merged, rules, slots)
        return info

    def _lower_class(self, doc: Doc, h: int) -> int:
        cls = self._lower[h] = h if self.lowers.matters(doc.vocab.strings[h]) else 0
        return cls

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        keys, lower = self._keys, self._lower
        rows = []
        for tag, low, dep, space in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist():
            cls = lower.get(low)
            if cls is None:
                cls = self._lower_class(doc, low)
            key = (tag, cls, dep, space)
            rows.append(keys.get(key) or self._key_info(doc, key))
        extra = self._multi_matches(rows) if self.multi else {}
        for i, (merged, rules, _) in enumerate(rows):
            if i in extra:
                merged = self._merge(sorted({*rules, *extra[i]}))
            if merged:
                set_token_attrs(doc[i], merged)
        return doc

    def _multi_matches(self, rows) -> dict[int, set[int]]:
        """Token position → ids of the multi-token rules whose match sets its attributes."""
        out: dict[int, set[int]] = {}
        for start, (_, _, slots) in enumerate(rows):
            for slot in slots:
                n, k = self.slots[slot]
                p = self.multi[n]
                size = len(p.tokens)
                if k or start + size > len(rows):
                    continue
                if all(self.slot_ids[n, j] in rows[start + j][2] for j in range(1, size)):
                    target = start + p.index if p.index >= 0 else start + size + p.index
                    out.setdefault(target, set()).add(p.rule)
        return out

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


def compile_ruler(ruler) -> CompiledAttributeRuler | None:
    """The compiled equivalent of a spaCy ``attribute_ruler`` component, or None."""
    lowers = _Lowers()
    patterns: list[_Pattern] = []
    try:
        for rule, spec in enumerate(ruler.patterns):
            index = spec["index"]
            for pattern in spec["patterns"]:
                if not pattern or not -len(pattern) <= index < len(pattern):
                    return None
                tokens = []
                for token in pattern:
                    if set(token) - set(COLUMNS):
                        raise Unsupported(f"token attributes {sorted(token)}")
                    tokens.append(tuple(
                        (COLUMNS.index(name), _predicate(value, lowers if name == "LOWER"
                                                         else None))
                        for name, value in token.items()))
                patterns.append(_Pattern(rule, tuple(tokens), index))
    except Unsupported:
        return None
    if lowers.matters(UNNAMED):
        return None
    return CompiledAttributeRuler(patterns, list(ruler.attrs), lowers)


@Language.factory("dyad_attribute_ruler", default_config={"patterns": []})
def make_attribute_ruler(nlp: Language, name: str, patterns: list[dict]):
    """The compiled ruler for ``patterns`` (an AttributeRuler's ``.patterns``)."""
    ruler = AttributeRuler(nlp.vocab, name)
    ruler.add_patterns(patterns)
    compiled = compile_ruler(ruler)
    return compiled if compiled is not None else ruler


def use_compiled_ruler(nlp: Language) -> bool:
    """Swap the pipeline's spaCy ``attribute_ruler`` for the compiled one where it compiles."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler) or compile_ruler(ruler) is None:
        return False
    nlp.replace_pipe("attribute_ruler", "dyad_attribute_ruler",
                     config={"patterns": ruler.patterns})
    return True
