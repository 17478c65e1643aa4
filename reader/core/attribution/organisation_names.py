"""Organisations named in the text: a run of capitalised words ending in a head ("Osterley
Bank", "Department of Health and Care"), outlets ("The Marlowe Ledger"), and a distinctive first
word alone ("Osterley said") once the full name has appeared."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from reader.core.attribution import cues
from reader.core.attribution.acronyms import with_initialled_names
from reader.core.attribution.campaign_committees import campaign_committees
from reader.core.attribution.capitals import finditer_in_runs
from reader.core.attribution.described_bodies import alone, one_word_bodies
from reader.core.attribution.french_bodies import with_french_bodies
from reader.core.attribution.health_boards import health_boards
from reader.core.attribution.name_words import (
    NOT_NAMES,
    PLACE_FIRST,
    PLACE_INSIDE,
    drop_leading_common,
    irish_article,
)
from reader.core.attribution.org_cues import POLICE_INITIALS
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.person_before_bodies import person_before_and, seat_of_member
from reader.core.attribution.person_names import BODY_FIRST, CLUB_INITIALS
from reader.core.attribution.surname_heads import names_a_person
from reader.core.attribution.union_locals import union_locals
from reader.core.attribution.word_trie import word_trie
from reader.core.calendar_words import MONTHS, WEEKDAYS

_S = r"[^\S\n]+"  # space within a paragraph: a name never runs on past a line break
# Spanish and Portuguese heads, which open a body's name: "Ministerio de Salud Pública"
_ROMANCE_HEAD = "(?:" + "|".join(f"(?<={w.capitalize()})" for w in cues.ROMANCE_HEADS) + ")"
# "Saint Odile Medical Center on Thursday": a day or month ends an organisation's name.
_DATE_WORD = f"(?:{'|'.join(WEEKDAYS + MONTHS)})"
ORG_IN_TEXT = compiled(
    # Bounded repeats: an unbounded run of capitalised words made long texts quadratic.
    # "U.S. Attorney’s Office": an initialism is a word of the name
    # "Secretary of State’s Office": the office of a secretary of state is one word of the name
    # ("Sta. Filomena Provincial Health Office": a saint's abbreviation)
    rf"\b(?:the{_S})?((?:(?:Secretary{_S}of{_S}State['’]s|(?:[A-Z]\.){{2,}}|St[ao]\.|[A-Z][\w’'\-]*){_S}"
    rf"(?:(?:and|&){_S}(?=[A-Z]))?){{0,8}}"
    rf"(?:{'|'.join(w.capitalize() for w in cues.ORG_HEADS)})s?\b"
    # an office's title is no body: "Assistant District Attorney Nicole Farraday"
    rf"(?!{_S}(?:Attorney|Judge)\b)"
    # "University Hospital Ballinacorr": the place a hospital or university is named for, after it
    rf"(?:(?:(?<=Hospital)|(?<=University)){_S}(?!{_DATE_WORD}\b|(?:{word_trie(cues.TITLES)})\b)"
    rf"[A-Z][a-z]+(?![\w’'\-]|{_S}[A-Z]))?"
    # "the U.S. Embassy in Havana": a mission named with its city
    rf"(?:(?:(?<=Embassy)|(?<=Consulate)){_S}in{_S}(?!{_DATE_WORD}\b)[A-Z][\w’'\-]*)?"
    # "Office of the Comptroller of the Currency": a second "of" inside the phrase
    # ("Instituto Nacional de Estadística", "Cooperativa Cafetera del Huila": a Romance "of",
    # perhaps after an adjective or two; not "Minister for Health Orla de Búrca")
    rf"(?:(?:{_S}(?:of|for|on)|{_ROMANCE_HEAD}(?:{_S}[A-Z][\w’'\-]*){{0,2}}{_S}"
    rf"(?:de(?:{_S}l[ao]s?)?|del|d[oa]s?|por(?:{_S}(?:la|el|los|las))?))"  # "… por la Paz"
    rf"{_S}(?:the{_S})?(?!{_DATE_WORD}\b)[A-Z][\w’'\-]*"
    # "Department for Environment, Food and Rural Affairs": a list of fields before the last
    # ("Department of Housing, Local Government and Heritage": a field of two words)
    rf"(?:(?:,{_S}[A-Z][\w’'\-]*(?:{_S}(?:{cues.FIELD_WORDS}|Government)\b)?){{1,3}}"
    rf"(?={_S}and{_S}[A-Z]))?"
    rf"(?:{_S}(?:of{_S}the{_S})?[A-Z][\w’'\-]*){{0,5}}"
    # "Ministry of Foreign Affairs of Lusandra": a second "of" before a country's one or two
    # words that end the run (not "Department of Defense Chief of Staff Jeremy Bash")
    rf"(?:{_S}of{_S}[A-Z][\w’'\-]*(?:{_S}[A-Z][\w’'\-]*)?(?![\w’'\-]|{_S}[A-Z]))?"
    # "Department of Health and Care", not "Department of Health and Jane Smith"; "… and Digital
    # Networks", "… and Human Services": words that end in a field of government
    # ("Office of the National Economic and Social Development Council": a head after them)
    rf"(?:{_S}(?:and|&){_S}(?:[A-Z][\w’'\-]*{_S}){{1,2}}(?:{cues.FIELD_WORDS})\b"
    rf"(?:{_S}(?:Council|Commission|Board|Agency|Authority|Committee|Institute|Bank|Fund)\b)?"
    rf"|{_S}(?:and|&){_S}[A-Z][\w’'\-]*(?![\w’'\-]|{_S}[A-Z]))?)?)"
)
# "Redfield Paving & Grading", "Marks & Spencer": capitalised words joined by "&" name a business
# (no person's name holds one); the whole run, up to four words each side.
_AMPERSAND_NAME = compiled(
    rf"\b((?:[A-Z][\w’'\-]*{_S}){{1,4}}&{_S}[A-Z][\w’'\-]*(?:{_S}[A-Z][\w’'\-]*){{0,3}})"
)
_POSSESSIVE_END = compiled(r"['’]s?$")
# "Drevania's Ministry of Water Resources": a country's body, named without the country (not
# "McDonald's Corporation", "People’s National Party", "Special Prosecutor's Office": its name)
_OWNER_FIRST = compiled(
    # ("El Salvador’s Attorney General’s Office", "Hungary’s Constitutional Court": a country's)
    r"^(?!(?:People|Women|Children|Men|Workers)['’]s|(?:St\.?|Saint)\s|(?:[A-Z][\w-]*\s)?"
    r"(?:Prosecutor|Attorney|Sheriff|Auditor|Solicitor|Coroner|Ombudsman)['’]s)"
    r"(?:[A-Z][\w-]*\s)?[A-Z][\w-]*['’]s\s+(?=(?:Ministry|Department|Office|Agency|Bureau|"
    r"Foreign|Defence|Defense|Constitutional|Attorney|Prosecutor|Audit|Electoral|"
    r"Superintendency|Commission|Authority|"  # "Chile's Superintendency of Marine Farming"
    r"Interior|Justice|Health|Finance|Treasury|National|Central|State|Federal|Supreme)\s+\w"
    # ("Russia's Energy Ministry", "Brazil's Mines and Energy Ministry", "Ecuador's Fiscal
    # Stability Council": a body by its field; not "St Mary's Parish Council": a saint's)
    r"|(?:[A-Z]\w+\s+(?:and\s+)?){1,3}(?:Ministry|Department|Agency|Bureau)\b"
    r"|(?:[A-Z]\w+\s+(?:and\s+)?){2,3}(?:Council|Board)\b"
    # an acronym's body of two words or more: "the AU’s Peace and Security Council"
    r"|(?<=^[A-Z]{2}['’]s\s)(?=[A-Z]\w*\s+\w)|(?<=^[A-Z]{3}['’]s\s)(?=[A-Z]\w*\s+\w))"
)
_SAINT_BEFORE = compiled(r"(?<![\w.])(?:St\.?|Saint)[^\S\n]+$")
OUTLET_IN_TEXT = compiled(rf"\b((?:[A-Z][\w’'\-]*{_S}){{0,6}}(?:{'|'.join(cues.OUTLET_WORDS)}))\b")


# A body's name that goes on into an event's: "the National Schools Gala" is no school
_EVENT_AFTER = compiled(
    r"\s+(?:Gala|Awards?|Cup|Championships?|Conference|Summit|Fair|Prize|Trophy|Games|"
    r"Marathon|Parade|Concert|Week)\b"
)

# A club named with its initials: "Carrowkeel AFC", "Lagan Harps RFC"
# and a company with its legal form: "Hollerbach Automobil AG", "Strand Logistik GmbH"
# and a police force's detachment: "Pine Hollow RCMP", "Belfast PSNI"
_CLUB_OR_FORM = "|".join(sorted(CLUB_INITIALS | cues.LEGAL_FORMS | POLICE_INITIALS))
# ("Brackenridge United", not "the United States": no head of a body's name, see org_cues)
_CLUB = compiled(
    # ("Halcyon Motor Co. said": a company's abbreviated form, with its stop)
    rf"(?!The\s){cues.CAP}(?:\s+{cues.CAP}){{0,3}}\s+(?:{_CLUB_OR_FORM}|United(?!\s+[A-Z])|Co(?=\.))\b"
)

# A team named for its city: "Harbor City Mariners", "Kansas City Chiefs"
_PLACE_TEAM = compiled(
    rf"(?!The\b){cues.CAP}(?:\s+{cues.CAP})?\s+(?:{'|'.join(sorted(PLACE_INSIDE))})\s+[A-Z][a-z]+s\b"
)

# A public body named for its field and its country: "Health Canada", "Sport England", "Parks
# Canada", "Tourism Australia" (no head word says these are bodies)
_CAPITAL_NEXT = compiled(r"\s+[A-Z]")
_OFFICER_NEXT = compiled(r"\s+Officer\b")
_COUNTRIES = r"(?:Canada|Australia|England|Scotland|Wales|Ireland|Britain|New\s+Zealand)\b"
_FIELD_COUNTRY = compiled(  # ("Natural Resources Canada"; "Public Services and Procurement
    # Canada", "Immigration, Refugees and Citizenship Canada": fields joined by "and")
    r"\b(?:(?:Natural|Public|Global|Indigenous)\s+(?=[A-Z]))?"
    rf"(?:{cues.FIELD_WORDS}|Parks|Visit|Historic|Public\s+Health)\s+{_COUNTRIES}"
    rf"|\b(?:[A-Z][a-z]+,\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+and\s+[A-Z][a-z]+\s+{_COUNTRIES}"
)

# a company's legal form the name's run stopped before ("Marlowe Bank SA has frozen hiring")
_FORM_AFTER = compiled(
    rf"\s+(?:{'|'.join(sorted(cues.LEGAL_FORMS | {'SA', 'Inc', 'Ltd', 'LLC'}))})\b"
)


def organisation_mentions(
    text: str, described: Sequence[tuple[int, str, str]] = ()
) -> list[tuple[int, str]]:
    """Where organisations are named, in order: for "the company said" and "a spokesman for".
    `described`: bodies named after a noun for them ("the journal Cellular Frontiers")."""
    found = []
    for match in finditer_in_runs(ORG_IN_TEXT, text):
        name = _without_possessive(drop_leading_common(match.group(1)))
        name = _OWNER_FIRST.sub("", name)  # "Drevania's Ministry of Water Resources": the ministry
        name = _before_a_titled_name(_without_home_town(name))
        # where the name itself starts: "The Centre for …" opening a sentence is "Centre for …"
        start = match.start(1) + max(0, match.group(1).find(name))
        if " and " in name and person_before_and(name):  # "Mayor Lionel Dubois and City
            name = name[name.rindex(" and ") + 5 :]  # Council": the council; he is a person
            start = text.find(name, start)
        if _SAINT_BEFORE.search(text, max(0, start - 6), start) and name == match.group(1):
            start = text.rindex("S", 0, start)  # "St. Brigid Medical Center": the saint's too
            name = text[start : match.end(1)]
        if name.startswith("State ") and text[start - 3 : start] == "of ":
            continue  # "Minister of State for Housing Ciarán Devlin": an office, no body
        if seat := seat_of_member(name):
            name = seat  # "Member of Parliament for St Aldric Eastern Patricia …": her
        if names_a_person(name) or _OFFICER_NEXT.match(text, start + len(name)):
            continue  # "Mayor Theodore Banks", "Maxine Waters", "Chief Financial| Officer X"
        if name.endswith((" Health", " State")) and _CAPITAL_NEXT.match(text, start + len(name)):
            continue  # "District Health Officer Dr. X", "X and State Minister Y": offices
        if len(name.split()) > 1 and not _EVENT_AFTER.match(text, match.end(1)):
            form = _FORM_AFTER.match(text, start + len(name))  # "Castlegate Energy| plc"
            found.append((start, name + form.group() if form else name))
    found += _ampersand_names(text, {start for start, _ in found})
    found += campaign_committees(text)
    found += [(m.start(), m.group()) for m in finditer_in_runs(_CLUB, text)]
    found += [(m.start(), m.group()) for m in finditer_in_runs(_PLACE_TEAM, text)]
    found += union_locals(text)
    found += [(m.start(), m.group()) for m in finditer_in_runs(_FIELD_COUNTRY, text)]
    found += health_boards(text)
    found += [  # (not "Harbourside Real Estate Institute": a word of a longer name)
        (m.start(), m.group())
        for m in finditer_in_runs(_HEAD_FIRST, text)
        if not (before := _CAPITAL_BEFORE.search(text, max(0, m.start() - 30), m.start()))
        or before[1] in NOT_NAMES
    ]
    found += [(m.start(), m.group()) for m in _TOUR.finditer(text)] if "Tour" in text else []
    found = with_initialled_names(text, found)  # "The Pakistan Tehreek-i-Insaf (PTI)"
    found = _without_suffix_dropped(with_french_bodies(text, sorted(found)))
    taken = {start for start, _ in found}
    found += [m for m in alone(text, {n: n for _, n, _ in described}) if m[0] not in taken]
    return sorted(found + _short_mentions(text, found) + one_word_bodies(text, found))


_TOUR = compiled(cues.TOUR_NAME)  # "the PGA Tour", "the DP World Tour"
# "Maison Coralie", "Grupo Ferraz": a body whose name opens with what it is
_HEAD_FIRST = compiled(
    rf"\b(?:{'|'.join(sorted(BODY_FIRST))}){_S}[A-Z][\w-]*(?:{_S}[A-Z][\w-]*){{0,2}}\b"
)
# What a business's name may drop once it is known: "Tri-River Electric (Cooperative)"
_BUSINESS_HEADS = frozenset(cues.COMPANY_HEADS) - {"bank", "group", "fund", "trust"}
_CORPORATE_SUFFIXES = frozenset(
    "cooperative co-op inc inc. corp corp. corporation company co. group holdings ltd limited "
    "llc plc".split()
)


def _without_suffix_dropped(found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """ "A spokesperson for Tri-River Electric" after "Tri-River Electric Cooperative": the name
    without its corporate suffix is the body named in full before."""
    full: dict[str, str] = {}
    renamed = []
    for at, name in found:
        words = name.split()
        if len(words) > 2 and words[-1].lower() in _CORPORATE_SUFFIXES:
            full.setdefault(" ".join(words[:-1]), name)
        renamed.append((at, full.get(name, name)))
    return renamed


# "Halberd Therapeutics of Linwood": a business's home town is no part of its name (but "Bank of
# England" is, and so is a public body's "of": "Department of Health")
_BUSINESS_OF_PLACE = compiled(r"^(?P<name>\S+(?:\s+\S+)*?\s+(?P<head>\S+))\s+of\s+[A-Z]")


def _without_home_town(name: str) -> str:
    business = _BUSINESS_OF_PLACE.match(name)
    if business is None or business["head"].lower() not in _BUSINESS_HEADS:
        return name
    return business["name"]


def _before_a_titled_name(name: str) -> str:
    """ "Bank of England Governor Andrew Bailey": the bank; the governor is a person. (A title
    that ends the name is the body's: "Office of the President".)"""
    words = name.split()
    for i in range(1, len(words) - 1):
        if (
            words[i] in cues.TITLE_WORDS
            and not irish_article(words[i - 1 :])  # "An Garda Síochána": the police, no garda
            and words[i + 1][:1].isupper()
            and words[i + 1] != "General"
        ):
            # (not "Office of the| Auditor General of Manitoba": the office's title, not a name)
            # (nor "Municipal and| General Workers’ Union": a word of the name after "and")
            if words[i - 1] in ("the", "of", "for", "and", "&"):
                return name
            return " ".join(words[:i])
    return name


def within_organisations(text: str, organisations: list[tuple[int, str]]) -> Callable[[int], bool]:
    """Whether a position falls inside an organisation's name as written in full ("Internal
    Audit" in "Office of Internal Audit" is no person), after the name's first word."""
    spans = [(at, at + len(name)) for at, name in organisations if text.startswith(name, at)]
    starts = [start for start, _ in spans]

    def inside(at: int) -> bool:
        index = bisect.bisect_right(starts, at) - 1
        return index >= 0 and spans[index][0] < at < spans[index][1]

    return inside


def _ampersand_names(text: str, taken: set[int]) -> list[tuple[int, str]]:
    """ "Redfield Paving & Grading" where no head word made it a name already."""
    if "&" not in text:
        return []
    return [
        (match.start(1), _without_possessive(match.group(1)))
        for match in finditer_in_runs(_AMPERSAND_NAME, text)
        if match.start(1) not in taken and match.group(1).split()[0] not in NOT_NAMES
    ]


def _without_possessive(name: str) -> str:
    """ "Osterley Bank's" -> "Osterley Bank"."""
    return _POSSESSIVE_END.sub("", name)


def _short_mentions(text: str, organisations: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """ "Osterley said" after "Osterley Bank": a distinctive first word names the organisation
    (before its full name too, but not after "the": "customers in the Hunter region" is no
    mention of the Hunter Consumer Action Network named later)."""
    by_first: dict[str, str] = {}
    named_at: dict[str, int] = {}
    for at, name in organisations:
        named_at.setdefault(name, at)
        first = name.split()[0]
        if (
            first not in NOT_NAMES
            and first not in PLACE_FIRST
            and first.lower() not in cues.ORG_HEADS
        ):
            by_first.setdefault(first, name)
    return [
        (at, name)
        for at, name in alone(text, by_first)
        if (at > named_at[name] or not _THE_BEFORE.search(text, max(0, at - 4), at))
        and not _CAPITAL_BEFORE.search(text, max(0, at - 30), at)  # "Rajesh Kapoor of …"
    ]


_THE_BEFORE = compiled(r"\bthe\s$")
_CAPITAL_BEFORE = compiled(r"\b([A-Z][\w’'-]*)\s$")  # the word is a surname in a person's name
