"""What the actor finder makes: one actor of an article (``ActorInfo``) and all of them with the
tokens they hold (``ActorSet``), which the quote, event and place readers look actors up in."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token


@dataclass
class ActorInfo:
    id: str
    name: str
    kind: str
    country: str | None = None
    sector: list[str] = field(default_factory=list)
    code: str | None = None
    role: str | None = None
    affiliation: str | None = None
    gender: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)  # token spans
    key: str = ""
    evidence: str = ""
    former: bool = False  # "former prime minister": coded as an elite, not as the office
    # a nationality beside the person's title is someone else's ("the Russian leader and rights
    # campaigner X"): the text's country is no safer a guess for them
    beside_other: bool = False
    # a self-proclaimed office holder claims an office the state's government holds: opposition
    self_styled: bool = False
    # the dictionary's office where the text's own title gave another role ("Democratic
    # candidate Hillary Clinton": secretary of state), which "the former secretary of state" may
    # still name
    office: str | None = None

    def sector_code(self) -> str:
        """The CAMEO code its country and first two sectors make ("RUS" + "GOV")."""
        return (self.country or "") + "".join(self.sector[:2])

    def add_sector(self, codes) -> None:
        for c in codes:
            if c and c not in self.sector:
                self.sector.append(c)

    def put_first(self, codes) -> None:
        """Put these sectors first, the others after them in their order ("DEA officials": the
        DEA's COP before an official's GOV)."""
        self.sector[:] = list(codes) + [c for c in self.sector if c not in codes]


@dataclass
class ActorSet:
    actors: list[ActorInfo] = field(default_factory=list)
    by_token: dict[int, str] = field(default_factory=dict)  # token index -> actor id
    # tokens of a region's or sea's name, which give no country ("Latin American", "South China
    # Sea")
    regional: set[int] = field(default_factory=set)

    # actor id -> actor, for the actors indexed so far: quotes look actors up by id hundreds of
    # thousands of times per thousand articles. Actors are only ever appended, never removed.
    _by_id: dict[str, ActorInfo] = field(default_factory=dict, repr=False, compare=False)

    def get(self, actor_id: str | None) -> ActorInfo | None:
        if len(self._by_id) < len(self.actors):
            for a in self.actors:
                self._by_id.setdefault(a.id, a)
        return self._by_id.get(actor_id) if actor_id is not None else None

    def at(self, token: Token) -> ActorInfo | None:
        return self.get(self.by_token.get(token.i))

    def new(self, **fields) -> ActorInfo:
        """A new actor of these fields, with the next id, added to the set."""
        n = next(i for i in range(len(self.actors) + 1, 2 * len(self.actors) + 2)
                 if self.get(f"a{i}") is None)  # (read back, an actor left no mention is gone)
        a = ActorInfo(id=f"a{n}", **fields)
        self.actors.append(a)
        return a

    def add_mention(self, actor: ActorInfo, start: int, end: int) -> None:
        if (start, end) not in actor.mentions:
            actor.mentions.append((start, end))
            actor.mentions.sort()
        for i in range(start, end):
            self.by_token.setdefault(i, actor.id)
