"""The cast list of one article: people and organisations with their aliases, and how a
mention ("Osei", "Ms. Osei", "the Port Authority") resolves to a full name (built by
mentions.build_cast)."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.core.attribution import cues
from reader.core.attribution.cast_index import NameIndex
from reader.core.attribution.couples import Couple
from reader.core.attribution.mention_titles import strip_title
from reader.core.attribution.name_words import BUSINESS_TRADES
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.person_names import CLUB_INITIALS
from reader.core.attribution.surname_forms import surname_forms, surnames_of

_OTHER_APOSTROPHE = str.maketrans("'’", "’'")  # each apostrophe for the other

# "Ahmad Faiz bin Osman", "Nur Aisyah binti Rahman", "Rajendran s/o Muthusamy": the given names
# before a father's name
_GIVEN_BEFORE_PATRONYMIC = compiled(r"(\S+(?:\s\S+)?)\s(?:bin|binti|bint|bte|[sd]/o|a/[lp]|anak)\s")


@dataclass(slots=True)
class Entity:
    name: str
    kind: str = "person"  # or "organisation", "outlet"
    gender: str | None = None
    first_seen: int = 0
    aliases: set[str] = field(default_factory=set)


@dataclass(slots=True)
class Cast:
    """People and organisations of one article, with where each was last mentioned."""

    entities: dict[str, Entity] = field(default_factory=dict)
    _alias: dict[str, str] = field(default_factory=dict)
    # Where capitalised names and organisations occur, found once for every later stage.
    person_mentions: list[tuple[int, str]] = field(default_factory=list)
    registry_only: set[str] = field(default_factory=set)
    organisations: list[tuple[int, str]] = field(default_factory=list)
    # "the journal Cellular Frontiers": (where, name, noun), for a later "the journal said"
    described_bodies: list[tuple[int, str, str]] = field(default_factory=list)
    places: set[str] = field(default_factory=set)  # capitalised pairs only ever used as places
    # names the cast read as no one's where they stood ("the Rail Baltica terminal plan"): no
    # pronoun means them unless they name a person elsewhere
    not_people: set[str] = field(default_factory=set)
    lowercase_words: set[str] = field(default_factory=set)  # words the text writes in lower case
    couples: list[Couple] = field(default_factory=list)  # "Tom and Linda Marsh"
    relatives: list[Couple] = field(default_factory=list)  # "her mother, Rosalind," (any kin)
    _by_surname: dict[str, list[Entity]] | None = None
    _by_first_surname: dict[tuple[str, str], str] | None = None
    _by_first_word: dict[str, list[Entity]] | None = None
    _canonical: dict[str, str | None] = field(default_factory=dict)
    _organisation_for: dict[str, str | None] = field(default_factory=dict)  # by lower-cased head
    _index: NameIndex = field(default_factory=NameIndex)

    def add(self, name: str, at: int, kind: str = "person", gender: str | None = None) -> Entity:
        entity = self.entities.get(name)
        if entity is None and kind == "organisation" and name in self._alias:
            entity = self.entities.get(self._alias[name])  # "Marlowe Bank" of Marlowe Bank SA
        if entity is None:
            entity = self.entities[name] = Entity(name, kind, gender, at)
            self._index.add(name, kind, self.lowercase_words)
            self._by_surname = self._by_first_surname = self._by_first_word = None
            self._canonical.clear()
            self._organisation_for.clear()
            if kind == "person" and len(name.split()) > 1:
                self._alias_surname(entity)
                if (given := _GIVEN_BEFORE_PATRONYMIC.match(name)) is not None:
                    self._alias.setdefault(given[1], name)  # "Ahmad Faiz" of "… bin Osman"
                for form in surname_forms(name):  # "de Blasio", "Salvatierra", "Suwaidan"
                    self._alias.setdefault(form, name)
            if kind != "person" and (short := cues.without_legal_form(name)):
                self._alias.setdefault(short, name)  # "Crandall Ives" of "Crandall Ives LLP"
        if gender and not entity.gender:
            entity.gender = gender
        return entity

    def _alias_surname(self, entity: Entity) -> None:
        """A surname alone is the person named with it first: "Robert “Bobby” Strand … His
        brother, Len Strand, … “…,” Strand said" is Robert (whose nickname added him later)."""
        for form in surnames_of(entity.name):
            held = self.entities.get(self._alias.get(form, ""))
            if held is None or held.first_seen > entity.first_seen:
                self._alias[form] = entity.name

    def gender_of(self, name: str) -> str | None:
        entity = self.entities.get(name)
        return entity.gender if entity else None

    def is_person(self, name: str | None) -> bool:
        entity = self.entities.get(name or "")
        return entity is not None and entity.kind == "person"

    def alias_of(self, words: str) -> str | None:
        """The person these words are a short form of, if any."""
        return self._alias.get(words)

    def add_alias(self, alias: str, name: str) -> None:
        self._alias.setdefault(alias, name)
        self._canonical.clear()

    def canonical(self, mention: str) -> str | None:
        """The full name a mention of a person or organisation stands for, if one is known."""
        if mention not in self._canonical:
            found = self._find_canonical(mention)
            if found is None and ("'" in mention or "’" in mention):  # "Fa'alogo" of "Fa’alogo"
                found = self._find_canonical(mention.translate(_OTHER_APOSTROPHE))
            self._canonical[mention] = found
        return self._canonical[mention]

    def _find_canonical(self, mention: str) -> str | None:
        bare = strip_title(mention)
        words = bare.split()
        if len(words) > 2 and words[0] in BUSINESS_TRADES:
            bare = " ".join(words[1:])  # "Automaker Halvorsen Motors said": the carmaker
        known = self.entities.get(bare)
        if known is not None and known.kind != "person":
            return bare
        if known is not None and len(bare.split()) > 1:
            return self._longest_with_surname(bare)
        if known is not None:
            return bare  # a person the article names by one name only ("Dante, 19,")
        if bare in self._alias:
            return self._alias[bare]
        # "the Port Authority" -> "Calloway Port Authority"; "Osterley" -> "Osterley Bank"
        body = self._index.body(bare.lower())
        if body is not None:
            return body
        if len(bare.split()) > 1:
            return self._longest_with_surname(bare) or self._person_at_end(bare)
        return self.only_one_called(bare)

    def _person_at_end(self, words: str) -> str | None:
        """ "Housing Ciarán Mulcahy" (a cue read the minister's field into the name): the person
        the last words name, two words at least."""
        parts = words.split()
        for start in range(1, len(parts) - 1):
            known = self.entities.get(" ".join(parts[start:]))
            if known is not None and known.kind == "person":
                return known.name
        return None

    def body_named(self, words: str) -> str | None:
        """The organisation the words name, if any ("sheriff's office": the Bracken County
        Sheriff's Office the article named)."""
        name = self.canonical(words)
        entity = self.entities.get(name) if name else None
        return name if entity is not None and entity.kind != "person" else None

    def only_one_called(self, first_name: str) -> str | None:
        """ "Ada" in a profile of Ada Trewhella: the one person in the piece with that name."""
        return self._index.only_one_called(first_name)

    def _longest_with_surname(self, name: str) -> str | None:
        """ "Ellen Park" after "Ellen J. Park": the fuller form seen first is canonical; "Edwin
        Marroquín" after "Edwin Arnoldo Marroquín Solares": a first surname of two."""
        first, last = name.split()[0], name.split()[-1]
        if len(name.split()) == 2 and (longer := self._first_surnames().get((first, last))):
            return longer
        return self._index.person_named(first, last)

    def _first_surnames(self) -> dict[tuple[str, str], str]:
        """(given name, first surname) of each name of four words or more, built once."""
        if self._by_first_surname is None:
            self._by_first_surname = {}
            for entity in self.entities.values():
                words = entity.name.split()
                if entity.kind == "person" and len(words) > 3:
                    for surname in words[2:-1]:
                        self._by_first_surname.setdefault((words[0], surname), entity.name)
        return self._by_first_surname

    def people_with_surname(self, surname: str) -> list[Entity]:
        if self._by_surname is None:  # built on first use; the cast is complete by then
            self._by_surname = {}
            for entity in self.entities.values():
                if entity.kind == "person" and len(entity.name.split()) > 1:
                    for form in surnames_of(entity.name):
                        self._by_surname.setdefault(form, []).append(entity)
        return self._by_surname.get(surname, [])

    def people_first_named(self, word: str) -> list[Entity]:
        """People whose full name opens with `word`: "Sato" of Sato Hiroyuki, a name written
        surname first that `people_with_surname` does not know as such."""
        if self._by_first_word is None:  # built on first use; the cast is complete by then
            self._by_first_word = {}
            for entity in self.entities.values():
                if entity.kind == "person" and len(entity.name.split()) > 1:
                    self._by_first_word.setdefault(entity.name.split()[0], []).append(entity)
        return self._by_first_word.get(word, [])

    def organisation_for(self, head: str) -> str | None:
        """'the ministry' -> the organisation named in the article whose name has that word."""
        head = head.lower()
        if head not in self._organisation_for:  # a walk over the cast, once per head word
            matches = [
                e for e in self.entities.values() if e.kind != "person" and _headed_by(e.name, head)
            ]
            self._organisation_for[head] = matches[-1].name if matches else None
        return self._organisation_for[head]


def _headed_by(name: str, head: str) -> bool:
    """ "the club" is "Carrowkeel AFC" too: a club's initials stand for its head word."""
    words = name.split()
    return head in name.lower().split() or (head == "club" and words[-1] in CLUB_INITIALS)
