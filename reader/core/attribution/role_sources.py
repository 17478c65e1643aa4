"""Sources named by a role: "the judge said", "the old keeper said", "the Kerryman said". The
`Resolver` half that reads roles (document_sources.py reads documents)."""

from __future__ import annotations

import bisect
from collections.abc import Callable

from reader.core.attribution import cues
from reader.core.attribution.cast import Cast
from reader.core.attribution.couples import kin_fits
from reader.core.attribution.epithets import (
    demonym_and_role,
    demonym_of,
    epithet_sex,
    person_of_nationality,
    place_epithet,
    topic_person,
)
from reader.core.attribution.kin_owners import (
    other_sibling,
    owner_of_children,
    parent_by_name,
    sibling_of_owner,
)
from reader.core.attribution.lede_references import LedeDescription, lede_description, refers_to
from reader.core.attribution.lede_subjects import named_next
from reader.core.attribution.lone_sources import LoneSources
from reader.core.attribution.nouns_before_names import person_after_noun
from reader.core.attribution.organisations import OrganisationTimeline
from reader.core.attribution.party_states import PartyTags
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.pronouns import Resolution
from reader.core.attribution.relatives import spouse_or_child
from reader.core.attribution.role_words import OFFICIAL_ROLES, PROFILE_TRADES, SEXED_KIN_WORDS
from reader.core.attribution.roles import RoleIndex, plural_reference, role_key
from reader.core.attribution.titled_scientists import titled_scientist
from reader.core.attribution.who_shapes import PLACE_AND_NOUN

_KIN = compiled(rf"(?P<owner>[Hh]er|[Hh]is)\s+(?P<kin>{SEXED_KIN_WORDS})")  # "her husband"
_SPOUSES = frozenset({"husband", "wife"})
# A player by position or sport, or a profile's subject by trade: whom a report means by "the
# striker", "the golfer", "the singer" when it calls no one that
_PLAYER = compiled(
    r"[Tt]he\s+(?:(?:young|veteran|former|retired|in-form|experienced|freshman|first-term|longtime|"
    # "the Norfolk-born writer", "the Winnipeg defenceman"
    r"\d+-year-old|[A-Z][a-z]+-born|(?:Co\.?\s+)?[A-Z][a-z]+(?=\s+[a-z]))\s+)?"
    r"(?:striker|midfielder|defender|goalkeeper|keeper|winger|forward|full-back|fullback|"
    r"centre-back|center-back|fly-half|scrum-half|flanker|batsman|batter|bowler|all-rounder|"
    r"left-hander|right-hander|spinner|seamer|paceman|quarterback|pitcher|golfer|jockey|boxer|"
    r"sprinter|swimmer|cyclist|skier|rower|winner|champion|victor|teenager|youngster|debutant|"
    # a feature's subject by trade: "the retired nurse now runs a drop-in clinic"
    r"rookie|veteran|author|lawmaker|legislator|nurse|teacher|farmer|grazier|fisherman|"
    r"pensioner|accountant|vicar|rector|coach|point\s+guard|ruckman|trainer|handler|rider|"
    r"defenceman|defenseman|centreman|netminder|prop|hooker|lock|"
    # a student athlete by class year: "the junior said" of the lede's pitcher
    r"junior|senior|sophomore|freshman|"
    rf"{'|'.join(PROFILE_TRADES.split())})"
)

# Offices a report names many holders of: the one meant is no report's subject by default
_OFFICE_NOUN = compiled(
    r"\b(?:senator|governor|congress(?:man|woman)|representative|lawmaker|legislator|mayor|"
    r"Democrat|Republican|minister|MP|leader|candidate|president)$"
)
_PERSON_NOUN = compiled(rf"{cues.ROLE_NOUNS}|man|woman|boy|girl|native|local|veteran|international")
# "the Kilmallow man", "the Cork native": the person the article said comes from that place
_MALE_NOUNS = frozenset(cues.HOME_MALE.split())
_FEMALE_NOUNS = frozenset(cues.HOME_FEMALE.split())
_HOME_PERSON = compiled(
    rf"[Tt]he\s+(?P<place>{cues.HOME_PLACE})\s+(?P<noun>{'|'.join(sorted(cues.HOME_NOUNS.split()))})"
)


_DEPUTY = compiled(r"\b[Dd]eputy\s+[a-z]")
_FORMER = compiled(r"\b[Ff]ormer\s+[a-z]")


class RoleSources(LoneSources):
    cast: Cast
    roles: RoleIndex
    _organisations: OrganisationTimeline
    _mentions_of: dict[str, list[int]]
    _text: str
    _timeline: list[tuple[int, str]]
    _sentence_starts: list[int]
    # (the Resolver's and pronouns.py's methods: annotated only, so no stub hides them)
    _gender: Callable[[str], str | None]
    _sentence_around: Callable[[int], tuple[int, int]]
    possessor: Callable[[str, int], Resolution | None]
    _party_tags: PartyTags
    _lede: tuple[LedeDescription | None, str | None] | None
    _mention_at: dict[int, str] | None

    def resolve(self, who: str, at: int) -> Resolution | None:
        raise NotImplementedError  # the Resolver's

    def _of_person(self, name: str, how: str) -> Resolution:
        raise NotImplementedError  # the Resolver's

    def _lede_reference(self, who: str, at: int) -> Resolution | None:
        """ "the grandmother" after the lede's "A grandmother from Ballinacorr …"."""
        if self._lede is None:
            self._lede = (lede_description(self._text, self._sentence_starts), None)
            described = self._lede[0]
            if described is not None:
                end = self._sentence_around(described.at)[1]
                person = named_next(
                    described.phrase, described.at, self._timeline, end,
                    self.roles.candidates, self._gender, self._text, described=True,
                )  # fmt: skip
                self._lede = (described, person)
        described, person = self._lede
        if described is None or person is None or at < described.at:
            return None
        return self._of_person(person, "lede-description") if refers_to(described, who) else None

    def described_as(self, who: str) -> Resolution | None:
        """ "A senior signalling engineer told an inquiry …" in a lede: whoever the article
        describes in those words."""
        name = self.roles.described_as(who)
        return self._of_person(name, "described") if name else None

    def _by_role(self, who: str, at: int) -> Resolution | None:
        """ "the judge": the person the article introduced as a judge (the one named last, if
        it introduced several)."""
        # not someone the article introduces only later: "the old keeper said" on page one is
        # not the assistant keeper met on the last page. A group may be ("The researchers
        # found" in a lede: the authors, named further down).
        if sibling := other_sibling(who, at, self._text, self.possessor):
            return sibling  # "the elder brother" of "Craig McLeish … His younger brother, Ryan"
        if sibling := sibling_of_owner(who, at, self._text, self.possessor):
            return sibling  # "His brother" after a quote of the younger brother's
        if (split := demonym_and_role(who)) is not None:  # "the Omani minister"
            return self._role_of_nationality(*split, at)
        nationality = demonym_of(who)  # "said the Scot"
        if nationality is not None:
            named = self._of_nationality(nationality, self._named_before(who, at), at)
            if named is None or named[1] == "topic":  # "the Dubliner" after "A Dublin bus driver"
                return self._lede_reference(who, at) or (
                    self._of_person(*named)
                    if named  # (else the one person near, if the article gives no nationality)
                    else self._lone_of_nationality(who, at) or Resolution(None, "unnamed")
                )
            return self._of_person(*named)
        home = _HOME_PERSON.fullmatch(" ".join(who.split()))  # "the Kilmallow man"
        if home is not None:
            from_there = self._from_place(home["place"], home["noun"])
            if from_there is not None:
                return self._of_person(from_there, "home")
        candidates = self.roles.candidates(who)
        if not candidates and _DEPUTY.search(who):  # "the deputy governor": "his deputy, X"
            candidates = self.roles.candidates("the deputy")
        if _FORMER.search(who) and (before := self.roles.candidates("the predecessor")):
            candidates = before  # "the former governor": "Her predecessor, Jonas Eriksen,"
        people = [p for p in candidates if self._last_mention(p, at) >= 0]
        people = people or (candidates if plural_reference(who) else [])
        if not people:
            return (
                self._kin_by_surname(who, at)
                or parent_by_name(who, at, self._text)
                or self._spouse_or_child(who, at)
                or self._lede_reference(who, at)
                or self._topic_player(who, at)
                or self._after_noun(who, at)
                or owner_of_children(who, at, self._text, self.possessor)
                or self._scientist(who, at)
                or self.lone_person(who, at)
            )
        sex = epithet_sex(who)  # "the congresswoman": not the congressman named since
        if sex is not None:
            people = [p for p in people if self.cast.gender_of(p) in (sex, None)] or people
        latest = max(people, key=lambda name: self._last_mention(name, at))
        return self._of_person(latest, "role")

    def by_place(self, who: str, at: int) -> Resolution | None:
        """ "the Kerryman", "the Haryana youngster": the one named before as from there, else
        the person the report is about (no one the cast knows by those words)."""
        words = place_epithet(who, lambda noun: _PERSON_NOUN.fullmatch(noun) is not None)
        if words is None or any(self.cast.canonical(word) for word in words):
            return None  # "the Labour leader", "the Ashdown girl": the cast knows the words
        before = self._named_before(who, at)
        named = self._of_nationality(words, before, at, known=words)
        people = {name for _, name in before if self.cast.is_person(name)}
        if named is None and len(people) == 1 and PLACE_AND_NOUN.fullmatch(who):
            # "Truck driver Wiremu Hohaia … The Taipō man" (not "The Guardian": an outlet)
            named = people.pop(), "topic"
        if named is None or (named[1] == "topic" and _OFFICE_NOUN.search(who)):
            return None  # "the Texas senator" in a report about Trump: someone else
        entity = self.cast.entities.get(named[0])
        if entity is None or entity.kind != "person":
            return None
        return self._of_person(entity.name, "place" if named[1] == "epithet" else named[1])

    def _of_nationality(
        self, words: frozenset[str], before: list[tuple[int, str]], at: int, **known: frozenset[str]
    ) -> tuple[str, str] | None:
        """`person_of_nationality`; for the report's subject, the paragraph's, if it has one:
        "Bexton coach Martín Echeverría was left frustrated. “…,” the Argentine said"."""
        named = person_of_nationality(words, self._text, before, **known)
        if named is not None and named[1] == "topic":
            paragraph = self._text.rfind("\n", 0, at)
            here = [m for m in before if m[0] > paragraph]
            local = person_of_nationality(words, self._text, here, **known) if here else None
            named = local if local is not None and local[1] == "topic" else named
        return named

    def _role_of_nationality(
        self, nationality: frozenset[str], role: str, at: int
    ) -> Resolution | None:
        """ "the Omani minister": the minister named with that nationality, else "the minister"."""
        holders = set(self.roles.candidates(role))
        before = [m for m in self._named_before(role, at) if m[1] in holders]
        named = person_of_nationality(nationality, self._text, before) if before else None
        if named is not None and named[1] == "epithet":
            return self._of_person(*named)
        return self._by_role(role, at)

    def _named_before(self, who: str, at: int) -> list[tuple[int, str]]:
        """The people named before `at`, none of the sex "the Corkman" rules out."""
        sex = epithet_sex(who)  # (not "Cork manager Siobhán Cremin")
        before = self._timeline[: bisect.bisect_left(self._timeline, (at, ""))]
        return [m for m in before if sex is None or self.cast.gender_of(m[1]) in (sex, None)]

    def _from_place(self, place: str, noun: str) -> str | None:
        """The one person described as from that place ("an electrician from Kilmallow"), of the
        sex the noun gives, if it gives one."""
        sex = "male" if noun in _MALE_NOUNS else "female" if noun in _FEMALE_NOUNS else None
        people = [
            name
            for name in self.roles.from_place(place)
            if sex is None or self.cast.entities[name].gender in (sex, None)
        ]
        return people[0] if len(people) == 1 else None

    def _after_noun(self, who: str, at: int) -> Resolution | None:
        """ "the ruckman" after "Tallarook Magpies ruckman Sam Keogh"."""
        if self._mention_at is None:  # built once, and only for an article that needs it
            self._mention_at = dict(self._timeline)
        name = person_after_noun(who, at, self._text, self._mention_at, self.cast.is_person)
        return self._of_person(name, "role") if name else None

    def _topic_player(self, who: str, at: int) -> Resolution | None:
        """ "said the striker" where the article calls no one that: the player the report is
        about, when it opens with them ("Danny Mwangi scored twice …")."""
        if _PLAYER.fullmatch(" ".join(who.split())) is None:
            return None
        if who[4:5].isupper() and (place := self.by_place(who, at)):
            return place  # "the Haryana youngster": the one the article places there first
        first = self._timeline[0] if self._timeline and self._timeline[0][0] < at else None
        topic = topic_person(self._text, first)  # the first named only: no copy of the rest
        entity = self.cast.entities.get(topic or "")
        if entity is None or entity.kind != "person":
            return None  # "The Harbor City Mariners fired …": a club is no rookie
        if any(role_key(d) in OFFICIAL_ROLES for d in self.roles.described().get(entity.name, [])):
            return None  # "Ward councillor Nomvula Khumalo said …": an official the report
            # goes through, not whom it is about ("the pensioner" introduced later)
        return self._of_person(entity.name, "topic")

    def _kin_by_surname(self, who: str, at: int) -> Resolution | None:
        """ "Tom and Linda Marsh … Her husband said": the one the article introduced with her, of
        the sex the kin word says (not any man who shares her surname: her son, her father)."""
        kin = _KIN.fullmatch(who)
        if kin is None:
            return None
        owner = self.possessor("she" if kin["owner"].lower() == "her" else "he", at)
        if owner is None or owner.name is None:
            return None
        word = kin["kin"].lower()
        sex = "female" if word in cues.FEMALE_KIN else "male"
        fits = {
            other
            for couple in self.cast.couples
            for one, other in (
                (couple.partner, couple.completed),
                (couple.completed, couple.partner),
            )
            if one == owner.name
            and self.cast.entities.get(other) is not None
            # ("the married couple Ines Carvalho and Rui Carvalho … Her husband", "Siblings
            # Joanasie and Leetia Nutaraaluk … his sister": a first name the lists do not know)
            and self.cast.gender_of(other)
            in ((sex, None) if word in _SPOUSES or not couple.kin else (sex,))
            and kin_fits(couple.kin, word, other == couple.partner)
        }
        return self._of_person(fits.pop(), "kin") if len(fits) == 1 else None

    def _spouse_or_child(self, who: str, at: int) -> Resolution | None:
        """ "the husband", "the daughter": see `relatives.spouse_or_child`."""
        found = spouse_or_child(who, self.cast, lambda name: self._last_mention(name, at) >= 0)
        return self._of_person(*found) if found else None

    def _scientist(self, who: str, at: int) -> Resolution | None:
        name = titled_scientist(who, at, self._text, self._mentions_of)
        return self._of_person(name, "scientist") if name else None

    def _last_mention(self, name: str, at: int) -> int:
        positions = self._mentions_of.get(name, [])
        index = bisect.bisect_left(positions, at)
        return positions[index - 1] if index else -1
