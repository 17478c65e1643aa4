"""The person half of `Resolver`: the canonical person a mention names ("Mr. Reyes", "For Kwame
Asante", "RealClearPolitics’ David Byler"), two people sharing a surname, and the timeline of
mentions that pronouns point back to."""

from __future__ import annotations

import bisect
from collections.abc import Callable

from reader.core.attribution import cues
from reader.core.attribution.cast import Cast
from reader.core.attribution.first_names import first_name_gender
from reader.core.attribution.leading_roles import LEADING_ROLES
from reader.core.attribution.mention_titles import strip_title, title_gender
from reader.core.attribution.mentions import NOT_NAMES
from reader.core.attribution.name_words import GIVEN_DATES, POLICY_FIELDS
from reader.core.attribution.person_names import (
    SURNAME_PARTICLES,
    person_name,
    without_possessor,
)
from reader.core.attribution.roles import RoleIndex
from reader.core.attribution.surname_forms import GENERATIONS

_ARABIC_ARTICLES = frozenset(("Al", "El"))
_LOWER_PARTICLES = frozenset(word for word in SURNAME_PARTICLES if word.islower())
_AMBIGUOUS = "\0ambiguous"  # a surname two people in the piece share, with nothing to choose


class PersonLookup:
    cast: Cast
    roles: RoleIndex
    _people: dict[tuple[str, bool], str | None]
    _genders_known: bool
    _named_at: list[tuple[int, str]]
    _timeline: list[tuple[int, str]]
    _timeline_names: dict[str, str | None] | None
    _mentions_of: dict[str, list[int]]
    _role_timeline: list[tuple[int, str]]
    _proper_noun: Callable[[str, bool], bool]  # (OrganisationSources')

    def _person(self, mention: str, unknown_ok: bool = False) -> str | None:
        """The canonical person a mention names; `unknown_ok` accepts a surname never introduced
        (only where a cue says someone speaks: a bare capitalised word is too often a place)."""
        key = (mention, unknown_ok)
        if key not in self._people:
            self._people[key] = self._find_person(mention, unknown_ok)
        return self._people[key]

    def _find_person(self, mention: str, unknown_ok: bool) -> str | None:
        found = self._find_named(mention, unknown_ok)
        words = (found or strip_title(mention)).split()
        tail = _after_inner_title(words)
        if len(tail) < len(words):  # "District Attorney Renfro": Renfro, a person the cast knows
            named = self._find_named(" ".join(tail), unknown_ok)
            return named if self.cast.is_person(named) else found
        return found

    def _find_named(self, mention: str, unknown_ok: bool) -> str | None:
        words = strip_title(mention).split()
        if words and words[0] in GIVEN_DATES and self.cast.is_person(" ".join(words)):
            return " ".join(words)  # "June Hartnell", "Sunday Okonkwo": a month or a day as a name
        while len(words) > 1 and (words[0] in NOT_NAMES or words[0] in LEADING_ROLES):
            words = words[1:]  # "For Kwame Asante", "But Osei", "Trustee Yates"
        words = without_possessor(words)  # "RealClearPolitics’ David Byler"
        dean = len(words) == 2 and words[0] in cues.GIVEN_NAME_TITLES
        if dean and self.cast.people_with_surname(words[1]) and mention not in self.cast.entities:
            words = words[1:]  # "Dean Marsh" after Dr. Helen Marsh, the dean
        if not words or words[0] in NOT_NAMES:
            return None
        bare = " ".join(words)
        if bare in self.cast.places:
            return None
        # (a surname with its particles: "Ms van der Berg" of Piet and Anouk van der Berg)
        if (
            len(words) == 1
            or (len(words) == 2 and words[0] in _ARABIC_ARTICLES)
            or words[0] in _LOWER_PARTICLES
        ):
            gender = title_gender(mention)  # ("Colonel Al Shamsi": a surname with its article)
            shared = self._sharing_surname(words[-1], gender)
            if shared is _AMBIGUOUS:  # "Sen. Whitfield" of Rep. Jerome and Sen. Candace Whitfield
                shared = self._introduced_with_title(mention, bare) or shared
            if shared and shared is not _AMBIGUOUS:
                return shared
            if shared is _AMBIGUOUS and gender and not self._genders_known:
                return None  # "Mr. Lisowski" before it is known which Lisowski is a man
        if (
            len(words) == 2
            and words[1].rstrip(".") in GENERATIONS  # "Dorsett Jr." and "Dorsett Sr."
            and (suffixed := self._suffixed(words[0], words[1].rstrip(".")))
        ):
            return suffixed  # "Dorsett Sr." of Willie Dorsett Sr., not his son
        canonical = self.cast.canonical(bare)
        if canonical:
            entity = self.cast.entities.get(canonical)
            return canonical if entity is None or entity.kind == "person" else None
        if bare in POLICY_FIELDS:
            return None  # "Minister for Agriculture": a field, no one called Agriculture
        if unknown_ok and len(words) == 1 and (inner := self._inner_surname(bare)):
            return inner  # "Goñi" of Martina Goñi Saravia: a first surname the lists took for a
            # given name
        if unknown_ok and len(words) == 1 and self._proper_noun(bare, bare != mention.strip()):
            return bare  # "Mr. Biden" with no full name given; "Hillary", never written lowercase
        return person_name(bare)

    def _suffixed(self, surname: str, suffix: str) -> str | None:
        """The one person whose full name ends in the surname and the suffix."""
        ending = f" {surname} {suffix}"
        return self._only_person(lambda name: name.rstrip(".").endswith(ending))

    def _inner_surname(self, word: str) -> str | None:
        """The one person whose full name holds `word` between its first and last words."""
        return self._only_person(lambda name: word in name.split()[1:-1])

    def _only_person(self, fits: Callable[[str], bool]) -> str | None:
        """The one person of the cast whose full name `fits`, if only one does."""
        held = {e.name for e in self.cast.entities.values() if e.kind == "person" and fits(e.name)}
        return held.pop() if len(held) == 1 else None

    def _mention_timeline(self) -> list[tuple[int, str]]:
        """Every mention of a known person, in order: what a pronoun can point back to."""
        names: dict[str, str | None] = {}  # each distinct mention resolved once, in text order
        for _, mention in self._named_at:
            if mention not in names:
                names[mention] = self._person(mention)
        if names == self._timeline_names:
            return self._timeline  # the genders found changed no mention's person: built already
        self._timeline_names = names
        timeline = [
            (at, name)
            for at, mention in self._named_at
            if (name := names[mention])
            and (name not in self.cast.not_people or self.cast.is_person(name))
        ]
        self._mentions_of = {}
        for at, name in timeline:
            self._mentions_of.setdefault(name, []).append(at)
        timeline += self._role_timeline  # "The judge kept order … she warned": the judge
        timeline.sort()
        return timeline

    def _sharing_surname(self, surname: str, gender: str | None) -> str | None:
        """ "Mr. Reyes" when Dana and Luis Reyes are both in the piece: the title decides; with no
        title the surname stays ambiguous here (`_latest_of` picks the one last named)."""
        people = self.cast.people_with_surname(surname)
        if len(people) < 2:
            return None
        # (before the article's pronouns are counted, a first name's sex stands in: "Siobhán and
        # Declan Rooney … Mr Rooney said he …" is Declan's "he", not Siobhán's)
        sexes = {p.name: p.gender or first_name_gender(p.name) for p in people}
        fits = [p for p in people if sexes[p.name] == gender] or [
            p for p in people if sexes[p.name] is None
        ]
        return fits[0].name if gender and len(fits) == 1 else _AMBIGUOUS

    def _introduced_with_title(self, mention: str, surname: str) -> str | None:
        """The one person of that surname the article introduced with the mention's title."""
        title = mention[: mention.rfind(surname)].strip().rstrip(".").lower()
        if not title:
            return None
        described = self.roles.described()
        titles = {title, cues.ROLE_KEYS.get(title, title)}
        people = [
            person.name
            for person in self.cast.people_with_surname(surname.split()[-1])
            # ("Coach Park" of "head coach Park Seung-ho": the role's last word)
            # ("Insp Kelly" of "Inspector Marian Kelly": a title's abbreviation, by its key)
            if any(_last_word(p) in titles for p in described.get(person.name, ()))
        ]
        if not people:  # "Dr Adeyemi" of "Chief Babatunde Adeyemi and his daughter, Dr Titilayo
            # Adeyemi": the one first named with that title before a whole name
            people = list(
                {
                    name
                    for _, named in self._named_at
                    if named.lower().startswith((f"{title} ", f"{title}. "))
                    if named.endswith(f" {surname}") and len(named.split()) > 2
                    if (name := self.cast.canonical(strip_title(named)))
                }
            )
        return people[0] if len(people) == 1 else None

    def _only_named_before(self, surname: str, at: int) -> str | None:
        """Of people sharing a surname, the only one introduced before `at`: "“…,” Sato told
        Kyodo" of Sato Hiroyuki, whose cousin Sato Akemi is named after the quote."""
        # (a Japanese name in its own order, "Sato Hiroyuki", holds the surname first)
        sharing = self.cast.people_with_surname(surname) + self.cast.people_first_named(surname)
        people = {entity.name: entity.first_seen for entity in sharing}
        before = [name for name, first_seen in people.items() if first_seen < at]
        return before[0] if len(people) > 1 and len(before) == 1 else None

    def _latest_of(self, surname: str, at: int) -> str | None:
        """Of two people sharing a surname, the one named last before `at`."""
        latest: tuple[int, str] | None = None
        for person in self.cast.people_with_surname(surname):
            positions = self._mentions_of.get(person.name, [])
            index = bisect.bisect_left(positions, at)
            if index and (latest is None or positions[index - 1] > latest[0]):
                latest = (positions[index - 1], person.name)
        return latest[1] if latest else None


def _last_word(phrase: str) -> str:
    words = phrase.rstrip(".").lower().split()
    return words[-1] if words else ""


def _after_inner_title(words: list[str]) -> list[str]:
    """The name after an office's title inside the words: "District Attorney Renfro", "Medical
    Examiner Vanessa Okoye-Branch" (one or two words after "Attorney" or a trade in "-er")."""
    body = words[-1].lower() in cues.ORG_HEADS  # not "Eastholme General Hospital"
    for i in range(len(words) - 2, -1, -1):  # ("Coroner Ferreira": the office may open them)
        word = words[i].rstrip(".")
        office = word in cues.TITLE_WORDS or (len(word) > 5 and word.endswith(("er", "or")))
        office = office and first_name_gender(word) is None  # not "Walter Smith"
        # (not a middle name: "John Walker Lindh", after a first name)
        before_is_given = i > 0 and first_name_gender(words[i - 1]) is not None
        if office and word[1:].islower() and len(words) - i - 1 <= 2 and not before_is_given:
            return words if body else words[i + 1 :]
    return words
