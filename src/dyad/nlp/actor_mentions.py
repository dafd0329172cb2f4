"""The bounds of a named mention: the words the model took into a name that are not its own (a
dateline, an article, a bracket), an acronym's plural, an "ex-" the tokenizer split off before a
title, the words right before a name that qualify it, a capitalised word that is part of a title,
a name's initials, and a name that only says whom a noun is related to ("the aide to President
Ann Lee")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from dyad.knowledge import load_knowledge
from dyad.nlp.actor_phrases import DETERMINERS, FORMER, HONORIFICS
from dyad.nlp.marks import DASHES

if TYPE_CHECKING:
    from dyad.nlp.actors import ActorInfo, ActorSet

# People named by whom they stand with or for, their kin, and shares of people: "supporters of
# Ann Lee", "a friend of Lee", "the wife of Lee", "40 percent of Lee voters" are not Lee
RELATED_NOUNS = {"supporter", "backer", "ally", "friend", "proponent", "strategist", "operative",
                 "enemy", "defender", "representative", "member", "staff", "staffer", "people",
                 "person", "other", "hawk", "loyalist", "donor", "fan", "follower", "percent",
                 "majority", "minority", "share", "number", "third", "quarter", "half", "wife",
                 "husband", "son", "daughter", "mother", "father", "brother", "sister", "widow",
                 "widower", "nephew", "niece", "cousin", "uncle", "aunt", "grandson",
                 "granddaughter", "child", "parent", "spouse", "partner", "girlfriend",
                 "boyfriend", "fiancee", "fiance"}


def trim(span: Span) -> tuple[int, int]:
    s, e = span.start, span.end
    doc = span.doc
    # a dateline the model took into the name ("CLEVELAND - Donald Trump", "MANCHESTER, N.H. -
    # Bernie Sanders"): the name starts after its dash
    dash = next((t.i for t in span if t.text in DASHES and t.whitespace_), None)
    if dash is not None and dash + 1 < e and all(
            t.is_upper or t.is_punct or t.is_space for t in doc[s:dash]):
        s = dash + 1
    while s < e and doc[s].lower_ in DETERMINERS:
        s += 1
    if e - s > 2 and doc[s].lower_ == "ex" and doc[s + 1].text == "-":  # "ex-Ecuadorian" is former
        s += 2
    # a name the model ran into the bracket of its acronym ("Foreign Office (FO") ends before it
    opened = next((i for i in range(s, e) if doc[i].text == "("), None)
    if opened is not None and not any(doc[i].text == ")" for i in range(opened, e)):
        e = opened
    while e > s and (doc[e - 1].tag_ == "POS" or doc[e - 1].lower_ in ("'s", "’s", "'", "’")
                     or doc[e - 1].is_punct):
        e -= 1
    return s, e


# Words that a hyphen joins to a name without making one name of them ("pro-Putin", "anti-Assad").
HYPHEN_PREFIXES = {"pro", "anti", "ex", "post", "pre", "non", "neo", "mid", "then", "self"}


def _glued(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen written without spaces between two capitalised words
    ("Navarro-Valls", "Mohseni-Ejei"), the join of a double-barrelled name."""
    return 0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_ and not (
        doc[i].whitespace_) and doc[i - 1].is_title and doc[i + 1].is_title and (
        doc[i - 1].lower_ not in HYPHEN_PREFIXES)


def hyphen_name_end(doc: Doc, s: int, e: int) -> int:
    """The end of a name the model cut at a hyphen ("Joaquin Navarro" of "Joaquin
    Navarro-Valls"): past each glued hyphen and the capitalised word after it."""
    while e + 1 < len(doc) and _glued(doc, e):
        e += 2
    return e


def in_hyphen_name(doc: Doc, s: int, e: int) -> bool:
    """Whether s:e is one part of a double-barrelled name ("Valls" of "Navarro-Valls"): such a
    part is no one the dictionary knows by it alone."""
    return (s > 1 and _glued(doc, s - 1)) or (e + 1 < len(doc) and _glued(doc, e))


# Plurals of role nouns that do not end in "s".
IRREGULAR_PLURALS = {"men": "man", "women": "woman", "children": "child", "people": "people"}


def acronym_plurals(doc: Doc) -> None:
    """An acronym's plural ("MPs", "MEPs", "NGOs") gets the acronym as its lemma: the model's
    lemmatizer keeps the word whole ("mps"), so the role noun "mp" and the plural went unseen."""
    for t in doc:
        text = t.text
        if len(text) > 2 and text[-1] == "s" and text[:-1].isupper() and text[:-1].isalpha():
            t.lemma_ = text[:-1]


def role_lemma(t: Token, roles: Mapping[str, object]) -> str:
    """A noun's lemma in lower case, for looking up role nouns; a capitalised plural of a role
    noun that the model took for a proper noun, and so left whole, gives its singular
    ("Ministers would not rule it out", "Observers to monitor UK election": "minister",
    "observer"). A word of a name keeps its own ("the 1989 Children Act"). The Doc's lemma is
    left as the model made it: the event features read it."""
    lemma = t.lemma_.lower()
    text = t.text
    if not text.istitle() or t.lemma_ != text or t.ent_type_:
        return lemma
    if lemma in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[lemma]
    if not lemma.endswith("s") or lemma.endswith("ss"):
        return lemma
    for single in (lemma[:-3] + "y" if lemma.endswith("ies") else None,
                   lemma[:-2] if lemma.endswith("es") else None, lemma[:-1]):
        if single and single in roles:
            return single
    return lemma


def ex_prefix(a: ActorInfo, out: ActorSet, doc: Doc) -> None:
    """"ex-ministers", split by the tokenizer: the mention takes in "ex-", a former holder."""
    for s, e in list(a.mentions):
        if s > 1 and doc[s - 1].text == "-" and doc[s - 2].lower_ == "ex" and not (
                doc[s - 2].whitespace_ or doc[s - 1].whitespace_):
            a.former = True
            a.mentions.remove((s, e))
            out.add_mention(a, s - 2, e)


def qualifiers(span: Span) -> list[Token]:
    """The adjective right before a name, or its owner ("Nigerian" Senate, "Brazil's" court)."""
    doc = span.doc
    out = [w for c in span.root.lefts if c.dep_ == "poss" and c.i < span.start
           for w in c.subtree]
    if span.start > 0 and doc[span.start - 1].pos_ in ("ADJ", "PROPN"):
        out.append(doc[span.start - 1])
    return out


def inside_title(span: Span) -> bool:
    """'State' in 'Secretary of State John Kerry' is part of a title, not an organisation."""
    if len(span) != 1:
        return False
    t = span[0]
    return t.i >= 2 and t.doc[t.i - 1].lower_ == "of" and t.doc[t.i - 2].text[:1].isupper() and (
        t.i + 1 < len(t.doc) and t.doc[t.i + 1].ent_type_ == "PERSON")


def acronym(name: str) -> str:
    """The initials of a name's capitalised words, a hyphen parting words ("Hewlett-Packard"
    gives "HP")."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())


def joined_surname(doc: Doc, e: int, words: list[str]) -> list[str]:
    """A lone given name joined by "and" to a full name shares its surname: "Khizr" of "Khizr and
    Ghazala Khan" is Khizr Khan, "Bill" of "Bill and Hillary Clinton" Bill Clinton. Only a word
    ``first_names.csv`` lists as a given name, so a surname ("Smith and John Brown") keeps its own."""
    from dyad.nlp.speaker_names import is_given_name  # that module reads ActorInfo from actors

    if len(words) != 1 or not is_given_name(words[0]) or e + 2 >= len(doc) or (
            doc[e].lower_ != "and" or doc[e + 1].ent_type_ != "PERSON" or doc[e + 1].ent_iob_ != "B"):
        return words
    k = e + 1
    while k + 1 < len(doc) and doc[k + 1].ent_iob_ == "I" and doc[k + 1].ent_type_ == "PERSON":
        k += 1
    last = doc[k] if doc[k].text not in ("'s", "’s", "'", "’") else doc[k - 1]
    return words + [last.text] if last.i > e + 1 and last.is_title else words


def given_name_of_named(words: list[str], persons: list[ActorInfo]) -> bool:
    """Whether a lone name is the given name of a person the text names in full ("Chelsea
    Clinton … Chelsea said"): that person, whatever the model or the dictionary took the word
    for (a club, a body). Only a word ``first_names.csv`` lists as a given name, so a body whose
    name opens a person's ("Ford" of Ford Madox Ford) is not taken."""
    from dyad.nlp.speaker_names import named_given_names  # it reads ActorInfo from actors

    return len(words) == 1 and words[0][:1].isupper() and words[0] in named_given_names(
        p.name for p in persons)


def country_first_name(span: Span, persons: list[ActorInfo]) -> bool:
    """Whether a country's name standing alone is the first name of a person the text names in
    full ("Chad Johnson … Chad said", "Jordan Henderson … Jordan's goal"): that person, not the
    country. Any such first name counts, also one ``first_names.csv`` does not list (it lists
    only names of one sex, and "Jordan" is no one's), as a person named in full by it says how
    the text uses the word. The object of a preposition is the place all the same ("troops
    from Chad", "King Abdullah of Jordan")."""
    return len(span) == 1 and span.root.dep_ != "pobj" and any(
        len(w := p.name.split()) > 1 and w[0] == span.text for p in persons)


def related_by_prep(actors: ActorSet, x: Token, head: Token) -> bool:
    """``x`` names whom a common noun ``head`` is related to, through a preposition: "the aide to
    President Bush", "a spokesman for Mr. Lee", "supporters of Ann Lee", "40 percent of Lee
    voters" are not Bush, Lee. A title in capitals ("Ambassador to the United Nations Vitaly
    Churkin") or a name after other words in the object ("the United Nations", "state") is the
    parse hanging the holder's name on the title's object: that one still speaks."""
    if head.pos_ != "NOUN" or not (head.is_lower or head.tag_ in ("NNS", "NNPS")):
        return False
    kb = load_knowledge()
    role = kb.role(head.lemma_)
    if not ((role is not None and role.kind in ("person", "group"))
            or head.lemma_.lower() in RELATED_NOUNS):
        return False  # "a study by Ann Lee", "the spectacle of Lee denouncing …" are Lee's
    own = actors.at(x)
    span = next(((s, e) for s, e in own.mentions if s <= x.i < e), None) if own else None
    if span is not None and x.doc[span[0]:span[1]].root.i != head.i:
        x = x.doc[span[0]:span[1]].root  # "Ben" of "Ben Carson": the name's head word
    if x.dep_ == "conj" and x.head.i == head.i:
        # the parse may join "and Bo Ray" of "candidates like Ann Lee and Bo Ray" to the noun
        return any(t.dep_ == "pobj" and (p := actors.at(t)) is not None and p.kind == "person"
                   and related_by_prep(actors, t, head) for t in x.doc[head.i + 1:x.i])
    while x.dep_ == "conj" and x.head.i != head.i:
        x = x.head  # "candidates like Ann Lee and Bo Ray": Ray is as little the speaker as Lee
    own = actors.at(x)
    obj, y = None, x
    while y.i != head.i and y.head.i != y.i:
        if y.dep_ == "pobj" and y.head.dep_ in ("prep", "agent"):
            obj = y
        if y.dep_ == "appos" and (o := actors.at(y.head)) is not None and o is not own and (
                o.kind == "person"):
            return False  # "the chief of staff to Ann Lee, Bo Ray,": Ray renames the chief
        y = y.head
    if obj is None or y.i != head.i:
        return False
    first = min((s for s, e in own.mentions if s <= x.i < e), default=x.i) if own else x.i
    for t in x.doc[obj.left_edge.i:first]:
        other = actors.at(t)
        if other is not None and other is not own and other.kind != "person" and not (
                other.kind == "country" and t.dep_ in ("amod", "compound", "nmod")
                and t.head.i >= first - 1 and t.head.i > t.i):
            # the parse hung the name on a body's ("to the United Nations"); a country's word
            # before the title or the name ("Russian President Ann Lee") is no body's name
            return False
        if not (other is not None or t.dep_ in ("det", "punct", "case", "poss", "cc")
                or t.lower_ in HONORIFICS or t.lower_ in FORMER or _title_word(kb, t)):
            return False  # "President", "Sen.", "Senators", "Prime Minister"
    return True


def _title_word(kb, t: Token) -> bool:
    """Whether a capitalised word is a person's title or a word of a two-word one ("Prime" and
    "Minister" of "Prime Minister")."""
    if not t.is_title:
        return False
    doc = t.doc
    terms = [t.lower_, t.lower_.removesuffix("s")]
    if t.i + 1 < len(doc) and doc[t.i + 1].is_title:
        terms.append(f"{t.lower_} {doc[t.i + 1].lower_}")
    if t.i > 0 and doc[t.i - 1].is_title:
        terms.append(f"{doc[t.i - 1].lower_} {t.lower_}")
    return any((r := kb.role(term)) is not None and r.kind == "person" for term in terms)


# Sectors of roles that are no office: news writes such nouns in lower case before a name ("right-
# hand man Archie Knox", "tycoon John Magnier") and capitalises them only inside a proper name.
PRIVATE_SECTORS = frozenset({"CVL", "BUS"})


def capitalised_common_role(token: Token, sectors: frozenset[str] | None) -> bool:
    """Whether a person noun of no office, capitalised inside a sentence, is a word of a proper
    name ("Man Utd", "the Scottish Executive"), not a title or a person: only offices' titles
    are capitalised mid-sentence. ``sectors`` are the role's; where the role is an office, or the
    word starts its sentence or line, the capital says nothing."""
    if not sectors or not sectors <= PRIVATE_SECTORS or not token.is_title or token.is_sent_start:
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and "\n" not in before.text and not before.is_quote and (
        before.text not in (":", "-", "—", "–"))


def name_word(kb, token: Token) -> bool:
    """Whether a capitalised noun for anyone at all ("Man" of "Man Utd") is a word of the name,
    not a title before it; one of a business's ("Chairman") may still be a title."""
    r = kb.roles.get(token.lower_)
    return r is not None and set(r.sector) == {"CVL"} and capitalised_common_role(
        token, frozenset(r.sector))
