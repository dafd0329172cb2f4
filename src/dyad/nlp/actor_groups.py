"""Unnamed groups and titled people: a noun phrase headed or modified by a role noun is an actor of
its own when no name covers it ("rebel fighters", "State Department officials", "a Turkish
prosecutor"); a title in apposition joins the person it names ("the Belarusian defence minister,
Leonid Maltsev"), and members of a body the text names are a group of its country and sector.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from spacy.attrs import ENT_TYPE, POS
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Token

from dyad.knowledge import Knowledge, Role, data_rows
from dyad.nlp.actor_collectives import TRAVELLERS
from dyad.nlp.actor_countries import DETERMINERS
from dyad.nlp.actor_mentions import capitalised_common_role, related_by_prep, role_lemma
from dyad.nlp.actor_phrases import (
    FORMER,
    GENERIC_MODIFIERS,
    MEMBER_ROLES,
    SPEAKERS,
    PhraseReader,
)
from dyad.nlp.home_country import INTERNATIONAL, domestic, local_people

if TYPE_CHECKING:
    from dyad.nlp.actors import ActorInfo


# Nouns that say only what kind of body the name before them is ("the Hamas movement").
KIND_NOUNS = frozenset({"group", "movement", "organization", "organisation", "network", "faction",
                        "outfit", "party", "militia"})


# Common nouns that own as a name does ("the country's maquiladora export industry").
OWNING_NOUNS = frozenset({"country", "nation"})


# Marks of an owner before a noun ("Marr’ son", "Lee's aide"): the noun is not its owner.
POSSESSIVE_MARKS = {"'s", "’s", "'", "’"}

class GroupReader(PhraseReader):
    """Reads unnamed groups and titled people for the actor builder, after its named actors."""

    # -- unnamed groups ---------------------------------------------------------------------
    def take_groups(self, claimed: set[int]) -> None:
        doc, kb = self.doc, self.kb
        ends = role_endings(kb)
        # Common nouns, and proper nouns outside any named entity, picked from the Doc's arrays
        # so that only they become Token objects.
        tags = doc.to_array([POS, ENT_TYPE])
        nouns = (tags[:, 0] == NOUN) | ((tags[:, 0] == PROPN) & (tags[:, 1] == 0))
        for i in nouns.nonzero()[0].tolist():
            if i in claimed:
                continue
            t = doc[i]
            if t.dep_ in ("compound", "amod") and t.head.pos in (NOUN, PROPN) and (
                    t.head.i > t.i):
                continue  # a modifier; its head decides
            lemma = role_lemma(t, kb.roles)  # "Ministers" at a sentence's start: "minister"
            if lemma in KIND_NOUNS and self._kind_of_named(t, claimed):
                continue
            # Only a role whose last word is the head's lemma or form can match it; most nouns
            # are no role noun, and the look-ups below build spans.
            maybe_role = lemma in ends or t.lower_ in ends or lemma.split() != [lemma]
            if not maybe_role and not t.n_lefts:
                continue  # no role at its head and no modifier to hold one
            lefts = list(t.lefts) if t.n_lefts else []
            mods = [c for c in lefts if c.dep_ in ("compound", "amod", "nmod", "npadvmod")
                    or (c.dep_ == "det" and c.lower_ in DETERMINERS)]
            # an owner is a name, or a word the actors found so far hold ("UNICEF" tagged a noun)
            # "the country's" and "the nation's" own as a name does: the text's country
            owners = [c for c in lefts if c.dep_ == "poss" and (
                c.pos_ == "PROPN" or self.out.at(c) is not None or c.lower_ in OWNING_NOUNS)]
            start = min([c.left_edge.i for c in mods] + [t.i])
            phrase = list(doc[start:t.i + 1]) if start < t.i else [t]
            head_role = None
            if maybe_role:
                for n in (3, 2, 1):
                    if t.i - n + 1 < start:
                        continue
                    words = doc[t.i - n + 1: t.i + 1]
                    key = " ".join(w.lower_ for w in words[:-1]) + (" " if n > 1 else "") + lemma
                    head_role = kb.roles.get(key.strip()) or kb.roles.get(
                        " ".join(w.lower_ for w in words))
                    if head_role is None and " - " in key:  # "asylum-seekers", split in three
                        head_role = kb.roles.get(key.strip().replace(" - ", "-"))
                    if head_role:
                        break
            mod_role = None
            for c in phrase[:-1]:
                r = kb.roles.get(c.lemma_.lower()) or kb.roles.get(c.lower_)
                if r is not None and r.kind != "person":
                    mod_role = r
            role = head_role or mod_role
            members = head_role is None and lemma in MEMBER_ROLES
            if head_role is None and not members and mod_role is not None and not _names_people(
                    t, lemma):
                continue  # "press release", "voter turnout": the head, not a modifier, decides
            if role is None and members and self._of_body(t):
                # "senior members of Congress", "staff of UNMEE": whoever belongs to a body the
                # text names is an actor, of the body's country and sector
                role = Role(lemma, (), "group")
            if role is None or (head_role is None and role.kind == "organization"
                                and not members):
                continue
            s = phrase[0].i
            for w in doc[s:t.i]:  # a phrase never reaches back over a line break or a quote mark
                if "\n" in w.text or w.is_quote or w.is_bracket:
                    s = w.i + 1
            while s < t.i and (doc[s].lower_ in DETERMINERS or doc[s].lower_ in GENERIC_MODIFIERS
                               or doc[s].is_punct):
                s += 1
            words = [w for w in doc[s:t.i + 1]]
            if any(w.lower_ == "foreign" for w in words[:-1]) and "foreign" not in role.term:
                owners = []  # "the Kremlin's foreign critics" are not the Kremlin's people
            places = self._of_phrase(t, ("in", "at"))
            context = [w for o in owners for w in o.subtree] + words[:-1] + self._of_phrase(
                t, ("of", "for", "to")) + places
            lead = self._owner_start(owners, s)
            plural = t.tag_ in ("NNS", "NNPS") or t.lower_.endswith("s") and t.lemma_ != t.lower_
            if head_role is not None and head_role.kind == "person" and not plural and (
                    capitalised_common_role(t, frozenset(head_role.sector))) and not (
                    t.i + 1 < len(doc) and (doc[t.i + 1].is_title or doc[t.i + 1].lower_ == (
                        "of"))) and t.dep_ != "appos":
                # "the Scottish Executive": a capitalised noun for anyone names a body, whose
                # work that noun's sector does not say (a government, not a business); but
                # "David Rose, Chief Executive of Hereford Hospitals" is a title
                a = self.organization(s, t.i + 1)
                if a is not None:
                    a.sector = [c for c in a.sector if c not in head_role.sector]
                claimed.update(range(s, t.i + 1))
                continue
            if head_role is not None and head_role.kind == "person" and not plural:
                self.titled_person(t, s, head_role, context, claimed, lead)
                continue
            one = self._one_of(t) if plural else None
            if one is not None:
                # "one of the Kremlin's most vocal foreign critics, British financier … William
                # Browder": the phrase describes the person it is in apposition with
                self.out.add_mention(one, s, t.i + 1)
                self.qualify(one, context + [t])
                claimed.update(range(s, t.i + 1))
                continue
            nations = self._coordinated_nations(words[:-1])
            if len(nations) > 1:
                # "Ethiopian, Mozambican and South African troops": one group per country
                self._national_groups(t, nations, head_role or role, mod_role, claimed)
                continue
            body = self._joined_body(words[:-1]) if nations else None
            if body is not None:
                # "British and EU negotiators": each half is a group of its own
                self._joined_groups(t, nations[0], body, head_role or role, mod_role, claimed)
                continue
            # "State Department officials": the named part stays its own actor and becomes the
            # group's affiliation; the group's mention is the whole phrase.
            name = doc[s:t.i + 1].text
            kind = "group" if plural or role.kind in ("group", "person") or members else (
                "organization")
            key = "group:" + " ".join(w.lemma_.lower() for w in words)
            if owners or kind == "organization":
                key += "@" + " ".join(w.text for w in context)
            a = self.actor(key, name, kind, s, t.i + 1)
            self._widen(a, s, t.i + 1, lead)
            a.add_sector(head_role.sector if head_role else ())
            a.add_sector(mod_role.sector if mod_role else ())
            if head_role is not None and mod_role is not None and mod_role.kind == (
                    "organization") and (head_role.term in SPEAKERS or lemma in SPEAKERS):
                # members of a body the words name have its sector first ("military officials"
                # MIL, "church leaders" REL, "congressional aides" LEG), as those of a named one
                a.put_first(mod_role.sector)
            a.evidence = a.evidence or f"role noun '{role.term}'"
            self.qualify(a, [w for w in context if w not in places])
            if "IGO" not in a.sector:
                # where an international body's people serve is not their country ("UN
                # officials in Geneva", "UN aid workers in Kabul"): they have none
                self.qualify(a, places)
                if a.country is None and (local_people(a) or domestic(a, self.out)) and not any(
                        w.lower_ in INTERNATIONAL for w in words) and a.sector[0] not in (
                        TRAVELLERS):
                    # only a group that would be of a country it is in: not "foreign fighters",
                    # refugees, foreigners or troops and officials, who may serve abroad
                    a.country = self._country_referred(t)
            self._member_of(a, head_role or (role if members else None))
            claimed.update(i for i in range(s, t.i + 1) if i not in self.out.by_token
                           or self.out.by_token[i] == a.id)

    def _kind_of_named(self, t: Token, claimed: set[int]) -> bool:
        """A noun that says only what kind of body a name before it is ("the Hamas movement", "the
        Taliban group", "the Labour party") joins that body's mention; whether it did."""
        doc = self.doc
        end = t.i
        if end >= 4 and doc[end - 1].text == ")" and doc[end - 3].text == "(":
            end -= 3  # "the Palestinian Islamic Jihad (PIJ) organization": past its acronym
        if end == 0 or t.tag_ in ("NNS", "NNPS") or doc[end - 1].head.i not in (t.i, end + 1):
            return False  # "the Taliban groups", "Hamas, a group": no name of one body
        body = self.out.at(doc[end - 1])
        if body is None or body.kind != "organization" or (
                end < t.i and self.out.at(doc[end + 1]) is not body):
            return False
        start = next((bs for bs, be in body.mentions if be == end), None)
        if start is None or (start > 0 and doc[start - 1].text == "-"):
            return False  # "the anti-EU movement" is not the EU
        body.mentions.remove((start, end))
        self.out.add_mention(body, start, t.i + 1)
        claimed.update(range(start, t.i + 1))
        return True

    def _country_referred(self, t: Token) -> str | None:
        """The country that "the country" or "the nation" after a group refers back to ("the
        health ministry of Brazil said infected people in the country numbered 23"): the one
        country the sentence names before those words, else the one the sentence before it
        names; none where they name several, or none."""
        doc = self.doc
        for c in t.rights:
            if c.dep_ != "prep" or c.lower_ not in ("in", "across", "throughout"):
                continue
            for p in c.children:
                if p.dep_ == "pobj" and p.lower_ in OWNING_NOUNS and [
                        d.lower_ for d in p.lefts] == ["the"]:
                    sent = p.sent
                    for start in (sent.start, doc[sent.start - 1].sent.start if sent.start else 0):
                        named = {a.country for a in self.out.actors if a.kind == "country" and (
                            a.country) for ms, me in a.mentions if start <= ms and me <= p.i}
                        if named:
                            return next(iter(named)) if len(named) == 1 else None
        return None

    def _owner_start(self, owners: list[Token], s: int) -> int:
        """Where a noun phrase starts with the owner before it ("China's government", "Mr
        Erdogan's critics"): the owner's first word after any determiner; ``s`` when there is no
        owner right before the phrase."""
        if not owners:
            return s
        doc = self.doc
        lead = min(o.left_edge.i for o in owners)
        if lead >= s or any(w.is_punct or w.is_quote or "\n" in w.text for w in doc[lead:s]):
            return s
        while lead < s and doc[lead].lower_ in DETERMINERS:
            lead += 1
        return lead

    def _widen(self, a: ActorInfo, s: int, e: int, lead: int) -> None:
        """The mention s:e of ``a`` becomes lead:e, the whole noun phrase with its owner; the
        owner's words stay the owner's own actor's."""
        if lead < s and (s, e) in a.mentions:
            a.mentions.remove((s, e))
            if (lead, e) not in a.mentions:
                a.mentions.append((lead, e))
                a.mentions.sort()

    def _of_body(self, t: Token) -> bool:
        """Whether a noun's "of"/"from" phrase names an organisation or country actor."""
        return any(c.dep_ == "prep" and c.lower_ in ("of", "from") and any(
            p.dep_ == "pobj" and (o := self.out.at(p)) is not None and o.kind in (
                "organization", "country") for p in c.children) for c in t.rights)

    def _one_of(self, t: Token) -> ActorInfo | None:
        """The named person a plural phrase after "one of" stands in apposition with."""
        if t.dep_ != "pobj" or t.head.lower_ != "of" or t.head.head.lower_ != "one":
            return None
        for c in t.rights:
            other = self.out.at(c) if c.dep_ == "appos" else None
            if other is not None and other.kind == "person":
                return other
        return None

    def _national_groups(self, t: Token, nations: list[tuple[str, int, int]], role, mod_role,
                         claimed: set[int]) -> None:
        doc = self.doc
        for k, (iso3, s, e) in enumerate(nations):
            # the last conjunct reaches the head ("South African troops"); the others are their
            # adjective alone, the head being shared
            end = t.i + 1 if k == len(nations) - 1 else e
            name = doc[s:e].text + " " + doc[nations[-1][2]:t.i + 1].text
            self._national_group(t, iso3, name, s, e, end, role, mod_role)
        claimed.update(range(nations[0][1], t.i + 1))

    def _national_group(self, t: Token, iso3: str, name: str, s: int, e: int, end: int, role,
                        mod_role) -> ActorInfo:
        """The group of one nation a role noun ``t`` heads, its nation's words at s..e and the
        group's at s..end."""
        a = self.actor(f"group:{t.lemma_.lower()}@{iso3}", name, "group", s, end)
        a.add_sector(role.sector)
        a.add_sector(mod_role.sector if mod_role else ())
        a.evidence = a.evidence or f"role noun '{role.term}'"
        ca = self.country_actor(iso3, s, e)
        a.affiliation = a.affiliation or ca.id
        a.country = a.country or iso3
        return a

    def _joined_body(self, words: list[Token]) -> tuple[ActorInfo, int, int] | None:
        """The one named body joined by "and" to a nationality before a group's head ("EU" in
        "British and EU negotiators"), with its words' span."""
        if not any(w.lower_ == "and" for w in words):
            return None
        bodies = {}
        for w in words:
            other = self.out.at(w)
            if other is not None and other.kind == "organization" and other.sector:
                s, e = bodies.get(other.id, (w.i, w.i + 1))[0], w.i + 1
                bodies[other.id] = (s, e)
        if len(bodies) != 1:
            return None
        actor_id, (s, e) = next(iter(bodies.items()))
        return self.out.get(actor_id), s, e

    def _joined_groups(self, t: Token, nation: tuple[str, int, int],
                       body: tuple[ActorInfo, int, int], role, mod_role,
                       claimed: set[int]) -> None:
        """A group per half of a nationality and a body joined before a shared head: the half
        right before the head reaches it, the other is its own words."""
        doc = self.doc
        iso3, ns, ne = nation
        org, bs, be = body
        last = max(ne, be)
        self._national_group(t, iso3, f"{doc[ns:ne].text} {t.text}", ns, ne,
                             t.i + 1 if ne == last else ne, role, mod_role)
        g = self.actor(f"group:{t.lemma_.lower()}@{org.id}", f"{doc[bs:be].text} {t.text}",
                       "group", bs, t.i + 1 if be == last else be)
        g.add_sector(role.sector)
        g.put_first(org.sector[:1])
        g.evidence = g.evidence or f"role noun '{role.term}'"
        g.affiliation = g.affiliation or org.id
        g.country = g.country or org.country
        claimed.update(range(min(ns, bs), t.i + 1))

    def titled_person(self, t: Token, s: int, role, context: list[Token],
                      claimed: set[int], lead: int | None = None) -> None:
        """A person named by title alone ("the Chinese ambassador"), or a title in apposition to a
        name ("the Belarussian defense minister, Leonid Maltsev"), which then joins that person."""
        doc = self.doc
        named = None
        for w in t.subtree:  # "The foreign minister of Libya, Abdel Rahman Shalgham, said"
            other = self.out.at(w) if w.dep_ == "appos" and w.i > t.i else None
            if other is not None and other.kind == "person":
                named = other
                break
        mark = doc[s - 1] if s > 0 else None
        if named is None and t.dep_ == "appos" and t.head.i < t.i and not (
                mark is not None and mark.lower_ in POSSESSIVE_MARKS and mark.head.i == t.head.i):
            # not "Tove Marr’ son", the owner's mark misparsed as an apposition
            named = self.out.at(t.head) or self._untagged_name(t.head)
        if named is None and t.dep_ in ("nmod", "compound") and t.head.i > t.i:
            named = self.out.at(t.head)  # "Ethiopian Minister of Foreign Affairs Gedu Andargachew"
        if named is None:
            named = self._named_after_comma(t)
        served = None
        if named is None:
            # "Russian Ambassador to the United Nations Vitaly Churkin", parsed with the title
            # as the head: the name inside its phrase is the one it titles
            for w in doc[t.i + 1:t.right_edge.i + 1]:
                if w.dep_ in ("cc", "conj", "punct", "relcl", "acl"):
                    break  # "the top U.S. diplomat and Iranian Foreign Minister Zarif": two people
                other = self.out.at(w)
                if other is not None and other.kind == "person":
                    # "a spokesman for President Ann Lee" is not Lee, but speaks for her
                    if related_by_prep(self.out, w, t):
                        served = other
                    else:
                        named = other
                    break
        if named is not None and named.kind == "person":
            self.out.add_mention(named, s, t.i + 1)
            self._widen(named, s, t.i + 1, s if lead is None else lead)
            self.qualify(named, context + [t])
            claimed.update(range(s, t.i + 1))
            return
        # A bare "the spokesman" is left to the quotes, which resolve it to whoever spoke; one
        # with a country, body or article of its own is an actor in its own right, and so is an
        # office named as the one holder the reader knows ("the prime minister"): the person
        # named before with that office, else an unnamed one.
        first = doc[s - 1] if s > 0 else None
        indefinite = first is not None and first.lower_ in ("a", "an")
        definite = first is not None and first.lower_ == "the" and t.lemma_.lower() not in (
            SPEAKERS) and t.lower_ not in SPEAKERS
        if t.tag_ in ("NNS", "NNPS") or not (indefinite or definite or self._placed(context)):
            return
        holder = None if indefinite else self.holder(role.term, context, s)
        if holder is not None:  # "Prime Minister Theresa May … the prime minister added"
            self.out.add_mention(holder, s, t.i + 1)
            self._widen(holder, s, t.i + 1, s if lead is None else lead)
            claimed.update(range(s, t.i + 1))
            return
        name = doc[s:t.i + 1].text
        # "the Chinese ambassador" twice is one person; "a man" twice need not be
        key = "title:" + name.lower() + ("@" + str(s) if indefinite else "")
        a = self.actor(key, name, "person", s, t.i + 1)
        self._widen(a, s, t.i + 1, s if lead is None else lead)
        a.role = role.term
        a.add_sector(role.sector)
        a.evidence = a.evidence or f"title '{role.term}'"
        self.qualify(a, context)
        if served is not None and not any(w.lower_ in FORMER for w in doc[s:t.i + 1]):
            a.former = False  # "the son of former Prime Minister X": X is the former one
        if served is not None:
            # whom the title serves gives the country, and a spokesman their sector first
            a.affiliation = a.affiliation or served.id
            a.country = a.country or served.country
            if served.sector and role.term in SPEAKERS:
                a.put_first(served.sector)
        claimed.update(range(s, t.i + 1))

    def _untagged_name(self, w: Token) -> ActorInfo | None:
        """A person for a capitalised word the model tagged as no name that a title follows in
        apposition ("Cipollone, White House counsel, said"): one word, no role, place or
        nationality, not the sentence's first word unless it is its subject."""
        kb = self.kb
        if w.ent_type_ or not w.is_title or w.pos_ not in ("PROPN", "NOUN") or w.is_stop or (
                kb.role(w.lower_) or kb.role(w.lemma_) or kb.country_of(w.text)
                or w.lower_ in DETERMINERS) or (w.i + 1 >= len(self.doc)
                                                or self.doc[w.i + 1].text != ","):
            return None
        if w.is_sent_start and w.dep_ not in ("nsubj", "nsubjpass"):
            return None
        if any(self.out.at(c) is not None or c.is_title for c in w.lefts):
            return None  # a word of a longer name
        if self.places is not None and self._place_country_named(w.text):
            return None
        a = self.actor("person:" + w.text, w.text, "person", w.i, w.i + 1)
        a.evidence = a.evidence or "name before a title"
        return a

    def _named_after_comma(self, t: Token) -> ActorInfo | None:
        """The person a title phrase names after a comma, however the parser attached the two
        ("the UAE Ambassador to Bahrain, Abdulridha Khori, …", "the former governor of Nineveh
        province, Nawfal al-Akoub")."""
        doc = self.doc
        j = t.i + 1
        while j < len(doc) and j - t.i <= 6 and doc[j].text != ",":
            if doc[j].pos_ in ("VERB", "AUX", "PRON") or doc[j].is_punct or doc[j].lower_ in (
                    "and", "or", "who", "which"):
                return None
            j += 1
        if j + 1 >= len(doc) or doc[j].text != "," or doc[j + 1].ent_iob_ != "B":
            return None
        other = self.out.at(doc[j + 1])
        return other if other is not None and other.kind == "person" else None

    def _member_of(self, a: ActorInfo, role) -> None:
        """Members, officials, prisoners and commanders of a body take its sector first ("DEA
        officials", "Taliban commanders")."""
        org = self.out.get(a.affiliation)
        if org is None or org.kind != "organization" or not org.sector:
            return
        if role is not None and role.term in SPEAKERS:  # "Boko Haram commanders" are rebels
            a.put_first(org.sector)


@functools.lru_cache(maxsize=1)
def group_heads() -> frozenset[str]:
    """``data/group_heads.csv``: nouns, no role of their own, that name people or a body (or a
    place a group holds, which stands for it: "militant targets")."""
    return frozenset(r["term"].lower() for r in data_rows("group_heads.csv"))


def _names_people(t: Token, lemma: str) -> bool:
    """Whether a noun that no role heads names people or a body, so that a group's role word
    before it makes a group ("refugee communities", "party figures"); before any other noun the
    role word says only what it is about ("press release", "voter turnout", "terrorist attack").
    A capitalised name outside any entity names a body ("the Media Research Center")."""
    if t.pos == PROPN or (t.is_title and not t.is_sent_start):
        return True
    heads = group_heads()
    return lemma in heads or t.lower_ in heads


_ENDINGS: dict[int, tuple[dict, int, frozenset[str]]] = {}


def role_endings(kb: Knowledge) -> frozenset[str]:
    """Every role term and each of its tails after a space ("foreign minister", "minister"),
    kept while the dictionary's roles stay the same."""
    roles = kb.roles
    cached = _ENDINGS.get(id(kb))
    if cached is not None and cached[0] is roles and cached[1] == len(roles):
        return cached[2]
    ends = frozenset(k[i + 1:] for k in roles for i in range(-1, len(k)) if i < 0 or k[i] == " ")
    if len(_ENDINGS) > 16:
        _ENDINGS.clear()
    _ENDINGS[id(kb)] = (roles, len(roles), ends)
    return ends
