"""Employers: a person whose title names a job that any kind of body has ("analyst", "economist",
"president", "manager") works in the sector of the body they work for. CAMEO codes an analyst of
a bank as business, of a university as education, of a think tank as an NGO; the role noun's own
sector is only a guess for when no body is named. The body is the one the person is affiliated
with ("Nomura analyst Jane Smith", "Nomura's analyst") or the one an "at"/"with"/"of"/"for"
phrase after a mention names ("Paul Sheard, economist at Lehman Brothers", "chief economist with
Eaton Vance"); the person takes its country too where nothing else placed them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

if TYPE_CHECKING:
    from dyad.knowledge import Knowledge
    from dyad.nlp.actors import ActorInfo, ActorSet

# Jobs held in bodies of every sector, whose sector is the employer's. Titles that say the sector
# themselves stay theirs ("minister", "professor", "general", "judge"), as do the spokesmen,
# heads and members the title reader already gives their body's sector.
EMPLOYED = {"analyst", "economist", "strategist", "researcher", "president", "vice president",
            "manager", "executive", "consultant", "adviser", "advisor", "partner", "boss"}
# Prepositions after a job title that name the employer.
EMPLOYER_PREPS = {"at", "with", "of", "for"}
OWNED_KINDS = ("person", "group")
# Tags of the title words between a body's name and a person's ("Preventon chief Paul Goosens").
TITLE_TAGS = ("NN", "NNS", "JJ")
# Title nouns the tagger may read as verbs in the present ("Airbus head Noel Forgeard": "Airbus
# head(s) ..."); no other present verb is a title ("Police say Kochuk ...", "Police arrest X").
TITLE_VERBS = {"head", "chair"}


def employed_role(role: str | None) -> bool:
    """Whether a role is a job of ``EMPLOYED``, whatever words before it ("chief economist",
    "senior vice president", "market analyst")."""
    if not role:
        return False
    words = role.split()
    return any(" ".join(words[i:]) in EMPLOYED for i in range(len(words)))


def employer_of(a: ActorInfo, out: ActorSet, doc: Doc) -> ActorInfo | None:
    """The organisation a person works for: the one they are affiliated with, else one an
    "at"/"with"/"of"/"for" phrase after the head of one of their mentions names."""
    other = out.get(a.affiliation)
    if other is not None and other.kind == "organization" and other is not a and not (
            _named_by_role(other, a.role)):
        return other
    for s, e in a.mentions:
        head = doc[s:e].root
        for c in head.children:
            if c.dep_ != "prep" or c.lower_ not in EMPLOYER_PREPS or c.i < e:
                continue
            for p in c.children:
                body = out.at(p) if p.dep_ == "pobj" else None
                if body is not None and body.kind == "organization" and body is not a:
                    return body
    return None


def premodifying_body(a: ActorInfo, out: ActorSet, doc: Doc) -> ActorInfo | None:
    """The organisation whose name stands right before the lowercase title words before a
    person's name ("Airbus head Noel Forgeard", "Preventon chief technology officer X"), where
    the title reader found no title there to read."""
    for s, _ in a.mentions:
        i = s - 1
        while i >= 0 and s - i <= 3 and doc[i].is_lower and doc[i].is_alpha and (
                doc[i].tag_ in TITLE_TAGS or doc[i].lower_ in TITLE_VERBS):
            i -= 1
        if i < 0 or i == s - 1 or doc[i].is_lower:
            continue
        body = out.at(doc[i])
        if body is not None and body.kind == "organization" and body is not a and any(
                e == i + 1 for _, e in body.mentions):
            return body
    return None


def _national_title(a: ActorInfo, role: str | None, doc: Doc, kb: Knowledge) -> bool:
    """Whether a nationality or country comes right before the person's title ("Sri Lankan
    President Mahinda Rajapakse"): the office is the country's, whatever body the phrase names."""
    word = (role or "").split()[-1:]
    for s, e in a.mentions:
        for j in range(max(1, s - 3), e):
            if [doc[j].lower_] != word:
                continue
            # a nationality of one or two words ("Sri Lankan"), which the model may tag a body's
            if doc[j - 1].ent_type_ in ("NORP", "GPE") or kb.country_of(doc[j - 1].text) or (
                    j > 1 and kb.country_of(doc[j - 2:j].text)):
                return True
    return False


def _named_by_role(body: ActorInfo, role: str | None) -> bool:
    """Whether a body is named by the person's own job title, which the title reader took for
    its name ("Economist Colen Garrow": not The Economist's)."""
    return bool(role) and role.split()[-1] in body.name.lower().split()


def take_premodifying_bodies(out: ActorSet, doc: Doc) -> None:
    """Give a person nothing else gave a sector the sector, and where none, the country, of the
    body named before their title ("Airbus head Noel Forgeard")."""
    for a in out.actors:
        if a.kind != "person" or a.sector or a.evidence.startswith("dictionary"):
            continue
        body = premodifying_body(a, out, doc)
        if body is None or not body.sector:
            continue
        a.add_sector(body.sector)
        a.country = a.country or body.country
        a.affiliation = a.affiliation or body.id


def take_employer_sectors(out: ActorSet, doc: Doc, kb: Knowledge) -> None:
    """Put the employer's sector first for a person or group whose role is a job of
    ``EMPLOYED`` (not for a dictionary person, whose sector is known), and give them its country
    where they have none."""
    for a in out.actors:
        if a.kind not in OWNED_KINDS or a.evidence.startswith("dictionary"):
            continue
        # a group has no role of its own: its head noun says it ("Nomura analysts")
        role = a.role if a.kind == "person" or not a.mentions else doc[
            slice(*a.mentions[0])].root.lemma_.lower()
        if not employed_role(role) or _national_title(a, role, doc, kb):
            continue
        body = employer_of(a, out, doc)
        if body is None or not body.sector or "IGO" in body.sector:
            continue  # an international body's officials are IGO already
        if a.sector[:1] != body.sector[:1]:
            a.put_first(body.sector[:1])
        if a.country is None and body.country:
            a.country = body.country
            a.affiliation = a.affiliation or body.id
    take_premodifying_bodies(out, doc)
