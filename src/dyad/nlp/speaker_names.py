"""Who a speaker's name stands for: a person's fuller name, the name run into a headline, the
person of a shared surname that a title says the sex of, and a person's sex.

Split from ``dyad.nlp.speakers`` (which resolves speakers) so that each stays readable; these
functions look at names and titles only, never at who said what.
"""

from __future__ import annotations

import bisect
import functools
import re
import weakref
from collections.abc import Iterable

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from dyad.knowledge import data_rows, load_knowledge
from dyad.nlp.actors import ActorInfo, ActorSet
from dyad.nlp.doc_text import doc_text
from dyad.nlp.english import english_word
from dyad.nlp.titles import HONORIFICS, SURNAME_TITLES

# Where the sex a pronoun's resolution guessed for an actor is kept: {actor id: sex}
GUESSED_GENDER = "dyad.guessed_gender"


def person_by_surname(actors: ActorSet, tok: Token, a: ActorInfo | None) -> ActorInfo | None:
    """The named person a bare name that speaks is the short form of ("Brent Bozell … Bozell
    says"), when the name took no actor or one of its own of another kind (the tagger may take a
    surname for a company): who says something is a person far more often than a body that
    bears a person's name: the person of that name named first. The caller says whether ``tok``
    may be a surname at all (``speaker_kinds.surname_word``). A person of the bare surname
    the dictionary gave it ("Blair said" taken for Tony Blair), or that the actors made before
    the full name was known to be a person's, is the one the text names in full ("East Bank
    Mayor Chuck Blair")."""
    parts = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if any(c.dep_ == "compound" and c.pos_ != "PROPN" for c in tok.lefts):
        return None
    words = [c.text for c in sorted(parts, key=lambda c: c.i)] + [tok.text]
    if a is not None and a.name != " ".join(words) and not (
            a.key.startswith("entry:") and tok.text in a.name.split()):
        # "the Heritage Foundation": a name of its own; but a body the dictionary knows by
        # the word alone ("Wagner" of the Wagner Group) is the person the text names in full
        # ("Joseph F. Wagner … Wagner said")
        return None
    if a is not None and a.kind == "person" and a.key.startswith(
            ("person:female:", "person:male:")):
        return None  # "Mrs. Khan" beside Khizr Khan: the actors kept one of the other sex apart
    # "said Mr Clump" where the tagger took no name: the title is no word of the name
    # ("Carl Clump"), but its sex must be the named one's
    sex = HONORIFICS.get(words[0].lower()) if len(words) > 1 else None
    bare = words[1:] if len(words) > 1 and words[0].lower() in SURNAME_TITLES else words
    found = [(min(s for s, _ in p.mentions), p) for p in actors.actors
             if p.kind == "person" and not untitled(p) and p.mentions
             and len(full := name_words(p.name)) > len(bare) and full[-len(bare):] == bare
             and (sex is None or agreed_gender(tok.doc, p) in (None, sex))]
    if not found:
        titled = titled_body(actors, words, given=True)
        if titled is not None:
            return titled
    if not found and len(words) == 1:
        found = _by_given_name(actors, words[0], tok.doc)
    # of a family ("Carly Fiorina … her husband, Frank Fiorina"), the surname alone is the one
    # the text is about, named first; the others go by their full names
    return min(found, key=lambda x: x[0])[1] if found else None


def _by_given_name(actors: ActorSet, word: str, doc: Doc) -> list[tuple[int, ActorInfo]]:
    """The one named person whose name opens with ``word``, when the text bears it in no
    other name: news of a less formal style goes on by the given name after the full one
    ('says Conrad Rijnhout … “…,” Conrad continues'). The tagger may have left the given name
    out of the person's name ("Cliff Mycoskie" found as "Mycoskie"): the word right before a
    mention, joined to it, opens it too. Two people of that given name, a surname or a
    middle name of that word ("Clinton" of "Bill Clinton"), or the word written before the
    person is named, say nothing of whom it stands for."""
    found = [(min(s for s, _ in p.mentions), p) for p in actors.actors
             if p.kind == "person" and p.key.startswith("person:") and p.mentions
             and ((len(full := name_words(p.name)) > 1 and full[0] == word)
                  or any(_given_before(doc, s, e, word) for s, e in p.mentions))]
    if len({p.id for _, p in found}) != 1 or any(
            word in name_words(p.name)[1:] for p in actors.actors if p.mentions):
        return []
    if not word.isalpha() or not word[:1].isupper() or any(
            t.text == word for t in doc[:max(0, found[0][0] - 1)]):
        # the text used the word before it named the person ("Ebola" long before "Ebola
        # Reston"): a word of its own, not that person's given name
        return []
    return found


def _given_before(doc: Doc, s: int, e: int, word: str) -> bool:
    """Whether ``word`` stands right before the mention doc[s:e], a name joined to it."""
    t = doc[s - 1] if s > 0 else None
    return t is not None and t.text == word and t.dep_ == "compound" and s <= t.head.i < e and (
        t.pos_ == "PROPN")


def titled_body(actors: ActorSet, words: list[str], among: list[ActorInfo] | None = None,
                given: bool = False) -> ActorInfo | None:
    """A body or thing the tagger made of a person's title and full name ("Manitoba Premier
    Brian Pallister" tagged an organisation), whose name ends on the surname ``words``: the
    person, who from then on is one (their name and role the words after and of the title,
    their sex the title's where it says it: "Spokeswoman Lena Okafor"). ``among``: the
    actors to look at, all by default. With ``given``, a name of three words that opens on
    a given name needs no title ("hosted by Tanya Rodriguez Ski" … "Ski said"),
    unless the dictionary knows a body by it ("Charles Schwab")."""
    kb = load_knowledge()
    for p in actors.actors if among is None else among:
        full = name_words(p.name) if p.kind in ("organization", "other") else []
        if len(full) < len(words) + 2 or full[-len(words):] != words:
            continue
        k = titled_name(full)
        if k is None and given and _given_body(kb, p.name, full):
            k = 0
        if k is None or len(full) - k <= len(words):
            continue
        # "Fire Marshal" is no "field marshal": the title's own words, or its last alone
        role = kb.roles.get(" ".join(full[max(0, k - 2):k]).lower()) or kb.roles.get(
            full[k - 1].lower())
        p.kind, p.name = "person", " ".join(full[k:])
        p.gender = p.gender or _title_gender(full[k - 1])
        if role is not None and role.kind == "person":
            p.role = role.term
            p.add_sector(role.sector)
            if p.country:
                p.code = p.sector_code()
        return p
    return None


def _given_body(kb, name: str, full: list[str]) -> bool:
    """A body's name that is a person's: three capitalised words, the first a given name, no
    dictionary body of that name (two, "Charles Schwab", "Calvin Klein", are as often a firm
    named after its founder)."""
    entry = kb.entry(name)
    return len(full) == 3 and is_given_name(full[0]) and all(
        w[:1].isupper() and w.replace("-", "").isalpha() and w.lower() not in STOP_WORDS
        for w in full) and (entry is None or entry.kind == "person")


def titled_name(full: list[str]) -> int | None:
    """Where the person's name begins in words that end on a title and a full name ("Manitoba
    Premier Brian Pallister": 2), a given name and a surname at least, with perhaps a middle
    name or initial ("Premier Brian J. Pallister"); None if they do not."""
    k = len(full) - 2
    while k > max(0, len(full) - 4) and not _title_word(full[k - 1]):
        k -= 1
    if k < 1 or not _title_word(full[k - 1]) or not all(
            w[:1].isupper() and not _title_word(w) and w.lower() not in STOP_WORDS
            for w in full[k:]):
        return None  # (not a headline's "… Suspect Named By Police")
    first = full[k]
    if not (is_given_name(first) or re.fullmatch(r"[A-Z]\.", first) or not english_word(
            first.lower())):
        return None  # "Box Elder School District": a body's words after what reads as a title
    return k


def _title_gender(word: str) -> str | None:
    """The sex a title says ("Spokeswoman", "Mrs."), if any."""
    from dyad.nlp.descriptors import NOUN_GENDER  # descriptors reads this module

    return HONORIFICS.get(word.lower()) or NOUN_GENDER.get(word.lower())


def _title_word(word: str) -> bool:
    """A word that titles a person before their name ("Premier", "Dr.", "Senator"), or ends
    such a title ("Fire Marshal", as "field marshal" does)."""
    return word.lower() in SURNAME_TITLES or word.lower() in role_heads("person")


@functools.cache
def role_heads(kind: str) -> frozenset[str]:
    """The nouns that head the roles of ``kind`` in ``roles.csv``: "officer" of "police officer"
    and "marshal" of "fire marshal" (person), "company" (organization), "official" (group: many
    people at once)."""
    return frozenset(term.split()[-1] for term, r in load_knowledge().roles.items()
                     if r.kind == kind)


def surname_holders(actors: ActorSet) -> dict[str, ActorInfo]:
    """Named people of two or more words by their surname, the first named of each: a surname
    that the tagger made a body or a thing of its own ("Sanders complained", "Bamberg said")
    is that person when a pronoun looks back for someone."""
    out: dict[str, tuple[int, ActorInfo]] = {}
    for p in actors.actors:
        if p.kind == "person" and p.mentions and not untitled(p):
            words = name_words(p.name)
            first = min(s for s, _ in p.mentions)
            if len(words) > 1 and (words[-1] not in out or first < out[words[-1]][0]):
                out[words[-1]] = (first, p)
    return {w: p for w, (_, p) in out.items()}


def surname_person(actors: ActorSet, a: ActorInfo, mention) -> ActorInfo | None:
    """The person a one-word mention is the surname of, when the actor it was put with bears
    another name ("Cruz" put with a headline's "Cruz Control", while the text names Ted Cruz):
    a bare surname is the person who bears it."""
    if len(mention) != 1 or mention[0].pos_ != "PROPN" or a.kind != "person":
        return None
    word = mention[0].text
    words = name_words(a.name)
    if word == words[-1] or word not in words:
        return None
    p = surname_holders(actors).get(word)
    return p if p is not None and p is not a else None


def family_member(doc: Doc, actors: ActorSet, a: ActorInfo, s: int, e: int, sex: str
                  ) -> ActorInfo | None:
    """The person of ``a``'s surname whose sex is ``sex``, when the mention is the bare surname
    and ``a`` is of the other sex: "Clinton" put with Bill Clinton, that a "she" after it says
    is Hillary Clinton."""
    surname = name_words(a.name)[-1] if a.kind == "person" else None
    if surname is None or e - s != 1 or doc[s].text != surname:
        return None
    return next((p for p in actors.actors if p is not a and p.kind == "person"
                 and not untitled(p) and len(name_words(p.name)) > 1
                 and name_words(p.name)[-1] == surname and agreed_gender(doc, p) == sex), None)


def headline_person(doc: Doc, actors: ActorSet, a: ActorInfo, span: tuple[int, int]
                     ) -> tuple[ActorInfo, int, int] | None:
    """In a title-case line (a headline: "Clinton Wades In: Urges Britain to Remain"), the
    tagger runs a name into the capitalised words after it: a name that opens with a person's
    full name or surname named elsewhere ("Bernie Sanders Promises Action …", "Cruz Control")
    is that person, the mention only their name's words."""
    s, e = span
    words = [t.text for t in doc[s:e]]
    if len(words) < 2 or a.kind not in ("person", "organization"):
        return None
    if not title_case_line(doc, s):
        return None
    best: tuple[int, int, ActorInfo] | None = None
    for p in actors.actors:
        full = name_words(p.name)
        if p is a or p.kind != "person" or untitled(p) or len(full) < 2:
            continue
        k = len(full) if words[:len(full)] == full else 1 if words[0] == full[-1] else 0
        if 0 < k < len(words) and (best is None or (k, len(p.mentions)) > best[:2]):
            best = (k, len(p.mentions), p)
    return (best[2], s, s + best[0]) if best else None


def title_case_line(doc: Doc, i: int) -> bool:
    """Whether the line of token ``i`` has at least four words, 70% of them capitalised;
    worked out once per line of a Doc."""
    starts, verdicts = _LINES.get(doc) or _LINES.setdefault(doc, (
        [0] + [t.i + 1 for t in doc if "\n" in t.text_with_ws], {}))
    k = bisect.bisect_right(starts, i) - 1
    if k not in verdicts:
        hi = starts[k + 1] if k + 1 < len(starts) else len(doc)
        line = [t.text for t in doc[starts[k]:hi] if t.text[:1].isalpha()]
        verdicts[k] = len(line) >= 4 and sum(w[:1].isupper() for w in line) >= 0.7 * len(line)
    return verdicts[k]


_LINES: weakref.WeakKeyDictionary[Doc, tuple[list[int], dict[int, bool]]] = (
    weakref.WeakKeyDictionary())


def name_words(name: str) -> list[str]:
    """A name's words without a generational suffix ("Brent Bozell III", "Bob Casey Jr.")."""
    words = name.replace(",", " ").split()
    while len(words) > 1 and words[-1].rstrip(".").lower() in ("jr", "sr", "ii", "iii", "iv"):
        words.pop()
    return words


def roles_of(doc: Doc, a: ActorInfo) -> list[str]:
    """The roles a person is known by: the actor's own and the titles the text gives them before
    their name ("RNC Chairman Reince Priebus") or in apposition ("Steve Coll, the dean of the
    journalism school"), which may be none the dictionary knows; where the text gives none, every
    office the dictionary knows them to have held (articles may predate the current one)."""
    titles = _TITLES.setdefault(doc, {})
    given = []
    for s, e in a.mentions:
        if (s, e) not in titles:
            titles[s, e] = _titles_at(doc, s, e)
        given += titles[s, e]
    if given:
        # "Chancellor Gordon Brown": the office the text gives is the one it means; another
        # the dictionary knows of ("prime minister", later) is not this article's
        return [a.office or a.role or "", *given]
    kb = load_knowledge()
    # the dictionary's office where a title of the text replaced it in the record ("Indiana
    # Governor Mike Pence": vice president), which the titles the text gives stand beside
    return [a.office or a.role or "", *(e.role or "" for e in kb.by_alias.get(a.name, ()))]


# Per Doc, what each mention's words give: pronouns and descriptions weigh every earlier mention
# of every actor, many times over an article, and reading a mention's head or titles off the
# parse each time cost as much as the rest of the quote finder
_TITLES: weakref.WeakKeyDictionary[Doc, dict[tuple[int, int], list[str]]] = (
    weakref.WeakKeyDictionary())
_ROOTS: weakref.WeakKeyDictionary[Doc, dict[tuple[int, int], int]] = weakref.WeakKeyDictionary()


def mention_root(doc: Doc, s: int, e: int) -> Token:
    """The head token of the mention doc[s:e] (``doc[s:e].root``), computed once per Doc."""
    roots = _ROOTS.setdefault(doc, {})
    i = roots.get((s, e))
    if i is None:
        i = roots[s, e] = doc[s:e].root.i
    return doc[i]


def _titles_at(doc: Doc, s: int, e: int) -> list[str]:
    kb = load_knowledge()
    before = doc[s - 1] if s > 0 else None
    titles = [before] if before is not None and before.dep_ == "compound" and (
        before.is_title and s <= before.head.i < e) else []
    titles += [c for c in mention_root(doc, s, e).children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    out = []
    for t in titles:
        r = kb.roles.get(t.lemma_.lower()) or kb.roles.get(t.lower_)
        if r is not None and r.kind == "person":
            out.append(r.term)
    return out


def untitled(a: ActorInfo) -> bool:
    """A person known only by a description ("governor", "GOP presidential nominee")."""
    return a.kind == "person" and bool(a.name) and (
        not a.name[:1].isupper() or a.name.split()[-1].lower() in load_knowledge().roles)


def honorific_person(doc: Doc, actors: ActorSet, a: ActorInfo, s: int, e: int
                      ) -> tuple[ActorInfo, str | None]:
    """The person a mention after Mr., Mrs. or Ms. stands for, and the sex the title gives: a
    surname that two people of a family share may have been put with the wrong one ("Mrs.
    Clinton" with Bill Clinton), so it goes to the one of that surname whose sex agrees."""
    title = next((HONORIFICS[t.lower_] for t in doc[max(0, s - 1):min(e, s + 1)]
                  if t.lower_ in HONORIFICS), None)
    if title is None or a.kind != "person" or agreed_gender(doc, a) in (None, title):
        return a, title
    surname = name_words(a.name)[-1]
    other = next((p for p in actors.actors if p is not a and p.kind == "person"
                  and name_words(p.name)[-1] == surname and not untitled(p)
                  and agreed_gender(doc, p) in (None, title)), None)
    return other or a, title


def gender_of(a: ActorInfo) -> str | None:
    """A person's sex as the text or the dictionary gives it, else as their first name tells:
    a given name of one sex (``first_names.csv``), or one that two or more of the dictionary's
    people share, all of one sex ("Steve", "Nancy")."""
    if a.gender or a.kind != "person":
        return a.gender
    words = a.name.split()
    return _first_names().get(words[0]) if len(words) > 1 else None


def agreed_gender(doc: Doc, a: ActorInfo) -> str | None:
    """The sex a pronoun resolved to ``a`` must agree with: the one known (``gender_of``), else
    that of the first he or she taken for ``a`` (kept with the Doc: a guess for telling people
    apart, never written onto the actor, where one wrong pick would mislabel the person)."""
    return gender_of(a) or doc.user_data.get(GUESSED_GENDER, {}).get(a.id)


# Where the family name comes first ("Xi Jinping"), a name's first word says nothing of sex
FAMILY_NAME_FIRST = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "KHM", "MNG", "HUN"}


@functools.lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    seen: dict[str, dict[str, set[str]]] = {}
    for entries in load_knowledge().by_alias.values():
        for e in entries:
            words = e.name.split()
            if e.kind == "person" and e.gender and len(words) > 1 and (
                    e.country not in FAMILY_NAME_FIRST) and words[0][:1].isupper():
                seen.setdefault(words[0], {}).setdefault(e.gender, set()).add(e.name)
    # a name only one person bears may be a woman's name in one language, a man's in another
    shared = {w: g for w, by in seen.items() if len(by) == 1
              for g, people in by.items() if len(people) > 1}
    # the dictionary is mostly men: women's names are known from the list of given names
    return {**shared, **_given_names()}


@functools.lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    return {r["name"]: r["gender"] for r in data_rows("first_names.csv")}


def is_given_name(word: str) -> bool:
    """Whether ``first_names.csv`` lists a word as a given name."""
    return word in _given_names()


def named_given_names(names: Iterable[str]) -> set[str]:
    """The given names (``first_names.csv``) that open names of two words or more: those of the
    people a text names in full, which a lone word of the same spelling may stand for."""
    return {w[0] for name in names if len(w := name.split()) > 1 and is_given_name(w[0])}


def given_name_sex(a: ActorInfo) -> str | None:
    """The sex ``first_names.csv`` gives a person's first name, and only it: names the
    dictionary's people share are mostly men's ("Jan"), too weak to overrule what the text
    says. A check on other evidence, never a label of its own."""
    words = a.name.split()
    return _given_names().get(words[0]) if a.kind == "person" and len(words) > 1 else None


LINE_BREAKS = "dyad.line_breaks"  # user_data key: the character offsets of a Doc's line breaks


def line_breaks(doc: Doc) -> list[int]:
    """The character offsets of the line breaks of ``doc``, found once a Doc."""
    breaks = doc.user_data.get(LINE_BREAKS)
    if breaks is None:
        breaks = doc.user_data[LINE_BREAKS] = [m.start() for m in re.finditer("\n", doc_text(doc))]
    return breaks


PLACE_USES = 2  # how often "in X" makes a bare name X a place of the text


def place_named(doc: Doc, a: ActorInfo) -> bool:
    """Whether a person the tagger found by a bare name is a place the text is set in: the
    name, one word that no dictionary person bears, follows "in" at least PLACE_USES times
    ("a home in Clarkston", "success in Clarkston") and the gazetteer knows a place so named."""
    name = a.name
    if " " in name or not name[:1].isupper():
        return False
    known = doc.user_data.setdefault(PLACE_NAMED, {})
    if name not in known:
        known[name] = not load_knowledge().by_alias.get(name) and len(re.findall(
            rf"\b[Ii]n {re.escape(name)}\b(?!['’]s)", doc_text(doc))) >= PLACE_USES and (
            name in gazetteer())
    return known[name]


PLACE_NAMED = "dyad.place_named"  # user_data key: bare names found to be places, or not


def gazetteer():
    from dyad.nlp.gazetteer import load_gazetteer  # loaded once, for places too

    return load_gazetteer()


UNNAMED_REACH = 300  # how far back "the spokesman" looks for "a Home Office spokesman"


def unnamed_before(doc: Doc, actors: ActorSet, tok: Token, start: int, end: int,
                   own: ActorInfo | None = None) -> ActorInfo | None:
    """The unnamed holder of a role that a bare definite one ("the spokesman") carries on:
    the latest earlier mention, within UNNAMED_REACH tokens, of a person known only by a
    description that ends in the same word ("a Home Office spokesman")."""
    if end - start != 2 or doc[start].lower_ != "the" or tok.i != start + 1:
        return None
    best: tuple[int, ActorInfo] | None = None
    for a in actors.actors:
        if a is own or not untitled(a):
            continue
        for s, e in a.mentions:
            if max(0, start - UNNAMED_REACH) <= s < start and doc[e - 1].lower_ == tok.lower_ and (
                    best is None or s > best[0]):
                best = (s, a)
    return best[1] if best else None
