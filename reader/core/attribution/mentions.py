"""Who is in the article: people and organisations named in it, and how a mention resolves.

A careful reader keeps a cast list: "Amara Osei" introduced once, then "Osei", "Ms. Osei", "she".
`Cast` is that list, built in one pass over the text, and answers "who is meant here?".
"""

from __future__ import annotations

from reader.core.attribution import cues
from reader.core.attribution.acronyms import initials_follow
from reader.core.attribution.capitals import finditer_in_runs
from reader.core.attribution.cast import Cast
from reader.core.attribution.cast_extras import add_first_named
from reader.core.attribution.described_bodies import nouns_before_bodies
from reader.core.attribution.first_names import first_name_gender
from reader.core.attribution.its_bodies import bodies_by_its
from reader.core.attribution.mention_titles import title_gender
from reader.core.attribution.name_atoms import MEMBER_LETTERS, PARTICLE_WORDS
from reader.core.attribution.name_filters import (
    Epithets,
    after_the,
    dean_by_surname,
    names_a_ship_or_dateline,
    names_a_thing,
    without_things,
)
from reader.core.attribution.name_words import (
    GIVEN_MONTHS,
    POLICY_FIELDS,
    WIRE_SERVICES,
    date_as_given_name,
)
from reader.core.attribution.name_words import NOT_NAMES as NOT_NAMES
from reader.core.attribution.office_fields import after_office_field, after_title_field
from reader.core.attribution.one_names import one_name_people
from reader.core.attribution.organisation_names import organisation_mentions, within_organisations
from reader.core.attribution.outlets import outlet_name, outlets_in_runs
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.person_before_bodies import founders_firm
from reader.core.attribution.person_names import person_name
from reader.core.attribution.phrases import common_phrases, lowercase_words
from reader.core.attribution.places import places_among
from reader.core.attribution.registry_cast import add_registry
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
# ... and letters that follow a name as often, read with it ("Kisumu East MP| Fred Ouma said":
# a seat, then the member; not "Jane Roe MP said")
_SEAT_LETTERS = frozenset(["MP", "TD", "MS", *MEMBER_LETTERS])
_NAME_NEXT = compiled(rf"\s+(?!(?:{'|'.join(WEEKDAYS)})\b)[A-Z][a-z]")
# The rest of a name whose run stopped at its bound of eight words: after a particle ("… Datuk
# Seri Ahmad Zahari bin| Hussin"), or before a patronym's ("… Seri Hasnul Arif| bin Mohd Zain")
_NEXT_CAPITALS = compiled(rf"(?:\s+{cues.CAP}){{1,3}}")
_PATRONYM_NEXT = compiled(rf"\s+{cues.PATRONYM_MARKS}(?:\s+{cues.CAP}){{1,3}}")
_GIVEN_IN_BRACKETS = compiled(r"\(([A-Z][a-z]+)\)\s*$")
_FIRM_BEFORE = compiled(r"[A-Z][\w’'-]*\s*&\s*$")


def build_cast(text: str, registry: dict[str, SourceEntry]) -> Cast:
    """Every full name (two or more capitalised words) and organisation in the text."""
    cast = Cast()
    cast.described_bodies = nouns_before_bodies(text)
    cast.organisations = [
        _with_fields_before(text, *_without_person_before(at, name))
        for at, name in organisation_mentions(text, cast.described_bodies)
    ]
    for at, name in cast.organisations:
        cast.add(name, at, "organisation")
    for match in outlets_in_runs(text):
        name = outlet_name(match.group(1))
        if name and (len(name.split()) > 1 or name in WIRE_SERVICES):
            cast.add(name, match.start(1), "outlet")
    in_organisation = within_organisations(text, cast.organisations)
    named, titled = [], set()
    things: dict[str, int] = {}  # "the Mahila Samman Nidhi scheme": first named as a thing
    names: dict[tuple[str, bool], str | None] = {}  # person_name's answers: names recur
    epithets = Epithets(text)  # "the Aucklander said": no first name in "Aucklander Mele …"
    mentions = cast.person_mentions  # a book has 100,000 of them: few lookups per match
    taken_to = 0  # where the last name taken on past its run ends
    firms: list[tuple[int, str]] = []
    for match in finditer_in_runs(PERSON_IN_TEXT, text):
        title, mention = match.group(1, 2)
        if title and mention in cues.TITLE_WORDS:
            continue  # "Mr. Speaker", "Madam President": an office addressed, no one's name
        at = match.start(2)
        whole = match.group(0)
        if at < taken_to:
            continue  # the rest of a name already taken on
        ends_in_particle = mention.rsplit(" ", 1)[-1] in PARTICLE_WORDS
        rest = None if ends_in_particle else _PATRONYM_NEXT.match(text, match.end())
        if rest is None and (ends_in_particle or mention.count(" ") >= 7):
            rest = _NEXT_CAPITALS.match(text, match.end())  # (or a name at the bound itself:
            # "Nepal Tourism Board Chief Executive Officer Mani Raj| Lamichhane")
        if rest:
            mention, whole, taken_to = mention + rest.group(), whole + rest.group(), rest.end()
        if _FIRM_AFTER.match(text, match.end()) or _FIRM_BEFORE.search(text, max(0, at - 40), at):
            continue  # "the firm of Haldane Ferrante & Voss", "Wren & Achterberg": partners'
            # names, not a person here; "Kelso Valley MLA …": a seat
        if mention.rsplit(" ", 1)[-1] in _SEAT_LETTERS and _NAME_NEXT.match(text, match.end()):
            continue
        if founders_firm(text, at, mention):
            firms.append((at, mention))  # "Philippa Dunmore of Dunmore Rural"
            continue
        # "Minister for Housing Ciarán Mulcahy" ("MP for St Aldric South X": a saint's seat)
        if (title is None or title.rstrip().endswith(("St", "St."))) and mention.count(" ") >= 2:
            at, mention = after_office_field(text, at, mention)
        elif title:
            at, mention = after_title_field(title, at, mention)
        peer = _GIVEN_IN_BRACKETS.search(title) if title else None
        if peer and first_name_gender(peer[1]):
            mention = f"{peer[1]} {mention}"  # "Lord (David) Halloran": a peer's given name
        mentions.append((at, whole if at == match.start(2) else mention))
        # a day as a given name, after a title: "Comrade Friday Agbo"
        key = whole if title and mention.split(" ", 1)[0] in _DAYS else mention
        given = not title and date_as_given_name(text, at, mention)  # "June Hartnell, 58,"
        if (key, given) not in names:
            names[key, given] = epithets.without_epithet(person_name(key, given))
        person = names[key, given]
        if person and (names_a_thing(text, match.end()) or names_a_ship_or_dateline(text, at)):
            things.setdefault(person, at)
            mentions.pop()  # "named Young Farmer of the Year": no one a pronoun can mean
        elif person and title is None and team_before_member(text, mention, match.end()):
            team = mention.removeprefix("The ")  # "Highveld Rhinos flyhalf Jaco Steenkamp"
            cast.add(team, at + len(mention) - len(team), "organisation")
        elif person and title is None and after_the(text, at, mention, person, match.end()):
            cast.not_people.add(person)
            continue  # "The Nova Scotian made a draw": a description (no one's name takes "the")
        elif person and title is None and initials_follow(text, at + len(mention), mention):
            firms.append((at, mention))  # "Tamsin Gas Transmission (TGT)": a body, by its initials
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
        if monsieur := _monsieur(cast, person):  # "M. Valensole" of Luc-Henri Valensole
            cast.add_alias(person, monsieur)
        elif cast.alias_of(person) is None:  # not "El Mansouri" after Youssef El Mansouri
            cast.add(person, at, gender=gender)
    add_first_named(cast, text)  # nicknames, "Dante, 19,", couples, "Her husband, Walt,"
    add_registry(cast, registry, text)
    for at, name, gender in one_name_people(text, mentions, cast.lowercase_words):
        if name not in NOT_NAMES and cast.canonical(name) is None:
            cast.add(name, at, gender=gender)
    return cast


_PERSON_AND_BODY = compiled(r"(?P<person>[A-Z][\w’'-]+ [A-Z][\w’'-]+) and (?P<body>[A-Z].+)")


def _without_person_before(at: int, name: str) -> tuple[int, str]:
    """ "Bruce Cargill and Angus Council": a person, then the body (whose name has no "and")."""
    joined = _PERSON_AND_BODY.fullmatch(name)
    if joined is None or first_name_gender(joined["person"]) is None:
        return at, name
    second = joined["person"].rsplit(" ", 1)[1]
    if second.lower() in cues.ORG_HEADS or second in POLICY_FIELDS:
        return at, name  # "Cleveland Clinic and University Hospitals", "Jordan Food and Drug …"
    return at + joined.start("body"), joined["body"]


_FIELDS_BEFORE = compiled(r"(?:[A-Z][\w’'-]*,\s+){1,4}$")


def _with_fields_before(text: str, at: int, name: str) -> tuple[int, str]:
    """ "Economy, Trade and Rural Affairs Committee": the fields a committee's name lists before
    the two its run of capitals kept."""
    if name.split(" ", 1)[0] not in POLICY_FIELDS or not text.endswith(", ", 0, at):
        return at, name
    fields = _FIELDS_BEFORE.search(text, max(0, at - 80), at)
    if fields is None or not all(w.strip(",") in POLICY_FIELDS for w in fields.group().split()):
        return at, name  # (not "On Tuesday, Justice Department officials …")
    return fields.start(), f"{fields.group()}{name}"


_INITIAL_AND_SURNAME = compiled(r"M\.\s+([A-Z][\w’'-]+)")


def _monsieur(cast: Cast, person: str) -> str | None:
    """The one person of that surname whose given name is no "M…": "M. Valensole" after
    Luc-Henri Valensole is Monsieur Valensole, not an initial (as "M. Selvaraj" is)."""
    named = _INITIAL_AND_SURNAME.fullmatch(person)
    if named is None:
        return None
    others = [e.name for e in cast.people_with_surname(named[1]) if e.name[:1] != "M"]
    return others[0] if len(others) == 1 else None
