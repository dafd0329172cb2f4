"""Metonymy: a place name that stands for its government or people ("Moscow said", "Moscow's
decision", "talks with Russia") is an actor here, not a location. ``metonymic`` reads it for the
place resolver; ``capital_acts`` for the actor finder, which makes a capital so used its country."""

from __future__ import annotations

from spacy.tokens import Span

from dyad.nlp.gazetteer import Entry, load_gazetteer


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())



# Verbs whose subject is someone acting or speaking: a place as their subject stands for its people.
SPEECH_ACTION_VERBS = words("""
say tell announce state declare claim warn threaten accuse deny insist urge demand call ask
reject refuse condemn criticize criticise blame praise welcome confirm report respond reply
vow promise pledge agree sign negotiate propose offer approve order decide plan seek want
support back oppose sanction impose launch attack strike bomb invade send deploy expel recall
retaliate protest dismiss vote veto announce argue suggest acknowledge admit concede charge
recognize recognise hope fear believe expect try continue flout block obstruct push press
pressure host invite join help aid fund arm supply sell buy agree cooperate ally win lose
""")
# Verbs a country can be the subject of while still being a location ("Syria is a country").
STATIVE_VERBS = words(
    "be lie border sit stretch cover include lose remain become seem look rank have")
# Nouns after a possessive that keep the possessor a location ("Syria's largest city").
GEO_NOUNS = words("""
city capital town village north south east west northeast northwest southeast southwest centre
center heart border borders region province state county district territory coast coastline
soil airspace waters outskirts suburb suburbs area areas part parts side population people
residents citizens largest biggest second third countryside interior mountains river streets
neighborhood neighbourhood downtown port island islands economy history
""")
# Nouns of interaction whose "with/between/against" object is a party, not a location.
INTERACTION_WORDS = words("""
talk talks agreement deal negotiation negotiations relation relations tie ties war conflict
dispute cooperation meeting summit treaty pact alliance partnership tension tensions trade
deal discuss negotiate cooperate meet fight ally clash side agree
""")
# Verbs whose object is someone acted upon ("urged Russia").
OBJECT_VERBS = words("""
urge accuse warn tell ask criticize criticise condemn blame sanction thank support back
pressure persuade help invite defeat call congratulate punish reassure convince
""")
# Heads that make a country or capital modifier an actor ("U.S. officials", "Moscow diplomats").
ACTOR_NOUNS = words("""
government officials official forces troops military army navy authorities diplomats leaders
leader ministry minister president administration regime ally allies spokesman spokeswoman
member members partner partners supporter backer enemy rival
""")
# Adjectives that, predicated of a place, make it someone ("Iran was not pleased").
ATTITUDES = words("""
pleased happy unhappy aware ready willing determined concerned keen eager reluctant unwilling
opposed committed prepared angry furious satisfied
""")
# Passive verbs that happen to a location rather than to a party ("Turkey was hit by a quake").
PLACE_PASSIVES = words("""
locate situate border surround hit affect strike divide occupy bomb devastate flood shake rock
name know call cover populate inhabit settle found build visit
""")

# Locative prepositions: a proper noun after one of them is worth a gazetteer look-up even
# when the NER labelled it something else.


def is_metonymic(span: Span) -> bool:
    """Whether a place name stands for its government or people ("Moscow said") here."""
    gaz = load_gazetteer()
    entry = None
    for e, primary in gaz.lookup(span.text):
        if e.feature == "country" or e.capital:
            entry = e
            break
    return metonymic(span, entry)


def metonymic(span: Span, entry: Entry | None) -> bool:
    political = entry is not None and (entry.feature == "country" or entry.capital)
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "Turkey and Russia struck a deal": both are subjects
    head = root.head
    dep = root.dep_
    if dep in ("nsubj", "nsubjpass"):
        lemma = head.lemma_.lower()
        if lemma in SPEECH_ACTION_VERBS:
            return True
        if not political:
            return False
        if dep == "nsubjpass":
            return lemma not in PLACE_PASSIVES
        if lemma in STATIVE_VERBS:
            return any((c.dep_ == "attr" and c.lemma_.lower() in ACTOR_NOUNS)
                       or (c.dep_ == "acomp" and c.lemma_.lower() in ATTITUDES)
                       for c in head.children)
        return head.pos_ in ("VERB", "AUX")
    if dep == "poss":
        return head.lemma_.lower() not in GEO_NOUNS and political
    if dep == "pobj" and head.dep_ == "agent":
        return True
    if dep == "pobj" and head.text.lower() in ("by", "with", "between", "against"):
        governor = head.head
        if head.text.lower() == "by" and governor.pos_ == "NOUN":
            return political
        return political and governor.lemma_.lower() in INTERACTION_WORDS
    if dep == "pobj" and head.text.lower() in ("as", "like", "including"):
        governor = head.head.head if head.head.text.lower() == "such" else head.head
        return political and governor.lemma_.lower() in ACTOR_NOUNS
    if dep == "dobj":
        return political and head.lemma_.lower() in OBJECT_VERBS
    if dep == "compound":
        return political and head.lemma_.lower() in ACTOR_NOUNS
    return False


# Prepositions after which a capital is its government ("sanctions against Moscow").
ACTOR_PREPS = {"against", "with", "by", "between", "toward", "towards", "on", "upon"}
# Nouns of what one side tells another.
SAYING_NOUNS = {"ultimatum", "message", "letter", "warning", "appeal", "request", "offer",
                "proposal", "note", "reply", "response", "signal"}
# Words of saying after which "to" names whom it is said to ("an ultimatum to Damascus"), where
# after others it names a place ("a visit to Moscow").
ADDRESSEE_HEADS = SAYING_NOUNS | {"say", "write", "respond", "explain", "complain", "protest",
                                  "announce", "speak", "talk"}


# Nouns of what a government says or decides: a capital before one is the government's ("the
# Moscow statement", "a Beijing decision"); not one of where people meet ("the Astana talks").
STATEMENT_NOUNS = SAYING_NOUNS | {"statement", "decision", "demand", "threat", "announcement",
                                  "position", "stance", "veto", "approval"}


def capital_acts(span: Span) -> bool:
    """A capital used for its government: 'Moscow said', 'Washington's decision'; one joined by
    "and" to such a capital takes its slot ("talks between Kiev and Moscow", "Seoul and Tokyo
    agreed")."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ in ("VERB", "AUX"):
        return True
    if root.dep_ == "poss" or any(c.tag_ == "POS" for c in root.children):
        return True
    # "sanctions against Moscow", "urged Washington": an actor's slot, not a location's.
    if root.dep_ == "pobj" and (root.head.lower_ in ACTOR_PREPS or (
            root.head.lower_ == "to" and root.head.head.lemma_.lower() in ADDRESSEE_HEADS)):
        return True
    if root.dep_ == "compound" and root.head.lemma_.lower() in STATEMENT_NOUNS:
        return True  # "the Moscow statement", "an ultimatum to Damascus warning of ..."
    return root.dep_ in ("dobj", "dative") and root.head.pos_ == "VERB"
