"""Who is in the article: people and organisations named in it, and how a mention resolves.

A careful reader keeps a cast list: "Amara Osei" introduced once, then "Osei", "Ms. Osei", "she".
`Cast` is that list, built in one pass over the text, and answers "who is meant here?".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.core.attribution import cues
from reader.core.attribution.capitals import finditer_in_runs
from reader.core.attribution.cast_extras import add_first_named
from reader.core.attribution.cast_index import NameIndex
from reader.core.attribution.couples import Couple
from reader.core.attribution.described_bodies import nouns_before_bodies
from reader.core.attribution.its_bodies import bodies_by_its
from reader.core.attribution.mention_titles import strip_title, title_gender
from reader.core.attribution.name_atoms import MEMBER_LETTERS
from reader.core.attribution.name_filters import (
    Epithets,
    after_the,
    dean_by_surname,
    names_a_thing,
    without_things,
)
from reader.core.attribution.name_words import (
    BUSINESS_TRADES,
    GIVEN_MONTHS,
    WIRE_SERVICES,
    drop_leading_common,
)
from reader.core.attribution.name_words import NOT_NAMES as NOT_NAMES
from reader.core.attribution.office_fields import after_office_field, after_title_field
from reader.core.attribution.one_names import one_name_people
from reader.core.attribution.organisation_names import organisation_mentions, within_organisations
from reader.core.attribution.outlets import outlets_in_runs
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.person_before_bodies import founders_firm
from reader.core.attribution.person_names import CLUB_INITIALS, person_name
from reader.core.attribution.phrases import common_phrases, lowercase_words
from reader.core.attribution.places import places_among
from reader.core.attribution.registry_cast import add_registry
from reader.core.attribution.surname_forms import surname_forms, surnames_of
from reader.core.attribution.team_members import team_before_member
from reader.core.calendar_words import WEEKDAYS
from reader.core.model import SourceEntry

# (not "After Mr" of "After Mr. Bissell suggested …": a clause's first word and a title, which
# the name and its title follow)
_CONNECTIVE_THEN_TITLE = (
    r"(?:After|But|And|When|While|As|If|Though|Although|Before|Since|Because|So|Yet|Then|Even|"
    r"Until|Unlike|Like|For|With|Asked|Told|Despite)\s+(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Prof|Rev)\.?\s"
)
PERSON_IN_TEXT = compiled(rf"(?<![\w.])(?!{_CONNECTIVE_THEN_TITLE})({cues.TITLE})?({cues.NAME})")
_DAYS = frozenset(WEEKDAYS) | GIVEN_MONTHS  # "Comrade Friday Agbo", "Representative June X"
# "&" after the name, or a member's letters ("Algonquin Shores MPP Desmond Hale": a seat)
_FIRM_AFTER = compiled(rf"\s*&\s*[A-Z]|\s+(?:{'|'.join(MEMBER_LETTERS)})\s+[A-Z]")
# The rest of a name whose run stopped at its bound of eight words: after a particle ("… Datuk
# Seri Ahmad Zahari bin| Hussin"), or before a patronym's ("… Seri Hasnul Arif| bin Mohd Zain")
_NEXT_CAPITALS = compiled(rf"(?:\s+{cues.CAP}){{1,3}}")
_PATRONYM_NEXT = compiled(rf"\s+{cues.PATRONYM_MARKS}(?:\s+{cues.CAP}){{1,3}}")
_BOUND_PARTICLES = frozenset(cues.PARTICLES.split())
_FIRM_BEFORE = compiled(r"[A-Z][\w’'-]*\s*&\s*$")
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
    lowercase_words: set[str] = field(default_factory=set)  # words the text writes in lower case
    couples: list[Couple] = field(default_factory=list)  # "Tom and Linda Marsh"
    relatives: list[Couple] = field(default_factory=list)  # "her mother, Rosalind," (any kin)
    _by_surname: dict[str, list[Entity]] | None = None
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
            self._by_surname = None
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
        """ "Ellen Park" after "Ellen J. Park": the fuller form seen first is canonical."""
        return self._index.person_named(name.split()[0], name.split()[-1])

    def people_with_surname(self, surname: str) -> list[Entity]:
        if self._by_surname is None:  # built on first use; the cast is complete by then
            self._by_surname = {}
            for entity in self.entities.values():
                if entity.kind == "person" and len(entity.name.split()) > 1:
                    for form in surnames_of(entity.name):
                        self._by_surname.setdefault(form, []).append(entity)
        return self._by_surname.get(surname, [])

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


def build_cast(text: str, registry: dict[str, SourceEntry]) -> Cast:
    """Every full name (two or more capitalised words) and organisation in the text."""
    cast = Cast()
    cast.described_bodies = nouns_before_bodies(text)
    cast.organisations = organisation_mentions(text, cast.described_bodies)
    for at, name in cast.organisations:
        cast.add(name, at, "organisation")
    for match in outlets_in_runs(text):
        name = drop_leading_common(match.group(1))
        if name and (len(name.split()) > 1 or name in WIRE_SERVICES):
            cast.add(name, match.start(1), "outlet")
    in_organisation = within_organisations(text, cast.organisations)
    named, titled = [], set()
    things: dict[str, int] = {}  # "the Mahila Samman Nidhi scheme": first named as a thing
    names: dict[str, str | None] = {}  # mention -> person_name(mention): names recur
    epithets = Epithets(text)  # "the Aucklander said": no first name in "Aucklander Mele …"
    mentions = cast.person_mentions  # a book has 100,000 of them: few lookups per match
    taken_to = 0  # where the last name taken on past its run ends
    firms: list[tuple[int, str]] = []
    for match in finditer_in_runs(PERSON_IN_TEXT, text):
        title, mention = match.group(1, 2)
        at = match.start(2)
        whole = match.group(0)
        if at < taken_to:
            continue  # the rest of a name already taken on
        ends_in_particle = mention.rsplit(" ", 1)[-1] in _BOUND_PARTICLES
        if rest := (_NEXT_CAPITALS if ends_in_particle else _PATRONYM_NEXT).match(
            text, match.end()
        ):
            mention, whole, taken_to = mention + rest.group(), whole + rest.group(), rest.end()
        if _FIRM_AFTER.match(text, match.end()) or _FIRM_BEFORE.search(text, max(0, at - 40), at):
            continue  # "the firm of Haldane Ferrante & Voss", "Wren & Achterberg": partners'
            # names, not a person here; "Kelso Valley MLA …": a seat
        if founders_firm(text, at, mention):
            firms.append((at, mention))  # "Philippa Dunmore of Dunmore Rural"
            continue
        # "Minister for Housing Ciarán Mulcahy" ("MP for St Aldric South X": a saint's seat)
        if (title is None or title.rstrip().endswith(("St", "St."))) and mention.count(" ") >= 2:
            at, mention = after_office_field(text, at, mention)
        elif title:
            at, mention = after_title_field(title, at, mention)
        mentions.append((at, whole if at == match.start(2) else mention))
        # a day as a given name, after a title: "Comrade Friday Agbo"
        key = whole if title and mention.split(" ", 1)[0] in _DAYS else mention
        if key not in names:
            names[key] = epithets.without_epithet(person_name(key))
        person = names[key]
        if person and names_a_thing(text, match.end()):
            things.setdefault(person, at)
            mentions.pop()  # "named Young Farmer of the Year": no one a pronoun can mean
        elif person and title is None and team_before_member(text, mention, match.end()):
            team = mention.removeprefix("The ")  # "Highveld Rhinos flyhalf Jaco Steenkamp"
            cast.add(team, at + len(mention) - len(team), "organisation")
        elif person and title is None and after_the(text, at, mention, person, match.end()):
            continue  # "The Nova Scotian made a draw": a description (no one's name takes "the")
        elif person and not in_organisation(match.end(2) - 1):
            if title:
                titled.add(person)
            named.append((at, mention, person, title_gender(title or "")))
    named = without_things(named, things)
    bodies = bodies_by_its(text, mentions)  # "Westbrook Dairy will close its plant"
    if found := firms + [(at, mention) for at, mention in mentions if mention in bodies]:
        cast.organisations = sorted(cast.organisations + found)
        for at, name in found:
            cast.add(name, at, "organisation")
    cast.places = places_among(text, ((at, mention, name) for at, mention, name, _ in named))
    cast.lowercase_words = lowercase_words(text)  # also read by the resolver
    common = common_phrases(text, [(at, m, name) for at, m, name, _ in named], cast, titled)
    surnames = {p.split()[-1] for _, _, p, _ in named if p.split()[0] not in cues.GIVEN_NAME_TITLES}
    for at, _, person, gender in named:
        if dean_by_surname(person, surnames, cast.lowercase_words):
            continue  # "Dr. Helen Marsh, the dean …" then "said Dean Marsh": her title
        if person in cast.entities or person in cast.places or person in common:
            continue
        if cast.alias_of(person) is None:  # not "El Mansouri" after Youssef El Mansouri
            cast.add(person, at, gender=gender)
    add_first_named(cast, text)  # nicknames, "Dante, 19,", couples, "Her husband, Walt,"
    add_registry(cast, registry, text)
    for at, name, gender in one_name_people(text, mentions, cast.lowercase_words):
        if name not in NOT_NAMES and cast.canonical(name) is None:
            cast.add(name, at, gender=gender)
    return cast
