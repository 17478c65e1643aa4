"""The unnamed subject of a news lede, named in the paragraph after it: "A coroner has criticised
an ambulance service for what she called 'a catalogue of missed chances' …" then "Area coroner
Helen Marchbank said …"; "The sister of a woman killed by a drink-driver said …" then "Lauren
Hughes spoke after …". British, Irish and wire copy hold the name back so; a reader takes the
described person, or the pronoun no one named before it stands for, to be the one named next.

Only while the article has named no one yet. The one meant is the first person named later with
the description's role ("A judge … calling the evidence …" is Judge Arthur Kimball, not the
defendant named first); with no role to go by, the first person a later sentence has as its
subject, if the description's sex (mother, sister, she) does not rule them out. A kin word's
name is someone else: "the widow of cyclist Peter Hamlyn" is not Peter (`kin_of`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from reader.core.attribution import cues
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.role_words import FEMALE_KIN, KIN, MALE_KIN
from reader.core.attribution.roles import role_key
from reader.core.attribution.subjects import is_subject

_OFFICE_TITLES = r"(?:Minister|Secretary|Chief|Director|Head|Chair|Leader|President|Mayor)\b"
# "A mother whose son …", "The chief executive of …", "One of two brothers …", "its
# vice-chancellor", "the project's leader": a description, not a name (and a bare "the witness"
# only with what makes it one person: "of …", "who …")
_DESCRIPTION = compiled(
    r"(?:[Aa]n?|[Tt]he|[Oo]ne|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]he\s+[a-z]+['’]s)\s+"
    rf"(?:[a-z]|{_OFFICE_TITLES}"
    # "A Millersburg city councilman", "A Superior Court judge": a place or court, then the role
    r"|(?:[A-Z][\w-]*\s+){1,3}[a-z])"
)
_PRONOUNS = {"she": "female", "he": "male"}
# An indefinite description whose head is a trade's word ("-er", "-or", "-ist"), not a thing
_TRADE_LEDE = compiled(
    r"[Aa]n?\s+(?:[a-z-]+\s+){0,2}"
    r"(?!(?:number|quarter|letter|paper|order|border|corner|computer|meter|water|power|"
    r"cancer|disaster|error|sector|factor|motor|monitor|minority|majority)\b)"
    r"[a-z]+(?:er|or|ist|ian)"
)
_WORKPLACE = compiled(r"\s+(?:at|from)\s+(?=(?:the\s+)?[A-Z])")
_ROLE_NOUN = compiled(rf"\b{cues.ROLE_NOUNS}$")  # the head: "A former technician at …"
_PROPER_MODIFIER = compiled(
    rf"(?:[Aa]n?|[Tt]he)\s+(?!{_OFFICE_TITLES})(?:[A-Z][\w.-]*\s+){{1,3}}[a-z]"
)
# ("Ontario's Minister of Long-Term Care has denied …": an office in capitals)
_OWNED_OFFICE = compiled(
    r"(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+(?:[a-z]|(?:Minister|Secretary|Commissioner|"
    r"Governor|Premier|President|Chancellor|Ambassador|Envoy|Mayor|Speaker)\b(?!['’]))"
)
_HOLDERS_BODY = compiled(r"['’]s\s+(?:office|campaign|department|staff|team)$")
_SPOKES = compiled(r"spokes(?:man|woman|person)|official|source", re.IGNORECASE)
_HEAD = compiled(r"\s+(?:of|who|whose|at|for|in|from|with)\s+")
_FEMALE_WORDS = FEMALE_KIN | {"woman", "mum", "mom", "girl", "grandmother", "actress"}
_MALE_WORDS = MALE_KIN | {"man", "dad", "boy", "grandfather", "actor"}
# ("… ,” said Dr. Roisin MacNeil": a title between)
_SPEECH_BEFORE = compiled(
    r"\b(?:said|says|wrote|writes|added|adds|told|tells)\s+(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?$"
)
_REACH = 900  # characters after the lede's subject where the name is looked for
# Offices one person holds at a time: "The health secretary" needs no "of …" to be one person
_OFFICES = frozenset(
    "secretary minister chancellor mayor governor president premier taoiseach executive chairman "
    "chair commissioner speaker director principal superintendent coroner sheriff archbishop "
    "bishop treasurer judge magistrate chief".split()  # ("The Tamarack Falls police chief said")
)

# Offices held in a named place or court: "A Millersburg city councilman", "A Superior Court judge"
_PUBLIC_OFFICES = frozenset(
    "judge magistrate coroner sheriff mayor governor commissioner councillor congressman senator "
    "legislator officer trooper prosecutor detective".split()
)

# A firm's staff, of whom "a Carrier executive" is any one: not a lede's subject named next
_FIRM_STAFF = frozenset(
    "executive employee engineer manager worker staffer analyst director insider contractor "
    "technician banker trader".split()
)

Timeline = list[tuple[int, str]]


def described_person(who: str) -> bool:
    """ "she", "A coroner", "The sister of a woman …", "One of two brothers …": a person the
    words describe (not "the company", "the report")."""
    if who.lower() in _PRONOUNS:
        return True
    if _HOLDERS_BODY.search(who):
        return False  # "the sheriff's office": a body, whoever holds the office
    if _OWNED_OFFICE.match(who) and not _plural(who):
        # "Mexico's economy minister", "Japan's top government spokesman": wire copy names the
        # holder in the next paragraph
        return role_key(who) in _OFFICES or _SPOKES.search(who) is not None
    if _DESCRIPTION.match(who) is None or _SPOKES.search(who) or _plural(who):
        return False  # "a police spokesman" speaks for the police; "the researchers" are many
    key = role_key(who)
    if who[:4].lower() == "the " and not _HEAD.search(who) and key not in _OFFICES:
        return False  # "the witness said": someone the reader already knows, not a new lede
        # (but "The health secretary has said …": the one holder of an office)
    # "A Superior Court judge", not "a Carrier executive" (any of the firm's staff); "A Shetland
    # crofter" is one person
    if _PROPER_MODIFIER.match(who) and (key in _PUBLIC_OFFICES or key in _FIRM_STAFF):
        return key in _PUBLIC_OFFICES
    if key is not None or _sex_of(who) is not None:
        return True
    # "A former technician at the Halden University laboratory": where they work (not "one
    # neighbor", one of many, nor "A firefighter who was among the first": one of a crew)
    head = _WORKPLACE.split(who, maxsplit=1)
    if len(head) > 1 and _ROLE_NOUN.search(head[0]) is not None:
        return True
    return _TRADE_LEDE.fullmatch(who) is not None  # "A nightclub bouncer", "An unpaid carer"


def _plural(who: str) -> bool:
    """ "the researchers", not "One of two brothers" nor "the boss"."""
    head = _HEAD.split(who.lower(), maxsplit=1)[0].split()[-1]
    return not who.lower().startswith("one of") and head.endswith("s") and not head.endswith("ss")


_INDEFINITE = compiled(r"^(?:[Aa]n?|[Oo]ne)\s+")
# "A Queensland coroner" is the coroner named later ("Coroner Stephanie Galbraith")
_PLACE_WORDS = compiled(r"(?<=^the )(?:[A-Z][\w’'-]*\s+)+(?=[a-z])")


def named_next(
    who: str,
    at: int,
    timeline: Timeline,
    sentence_end: int,
    with_role: Callable[[str], list[str]],
    gender_of: Callable[[str], str | None],
    text: str,
    described: bool = False,
) -> str | None:
    """The person a lede's unnamed subject `who` (at `at`, in a sentence ending at
    `sentence_end`) is, by the rule above; None when someone was named before it. `described`:
    the caller knows the words describe a person ("a Carraig Bán publican")."""
    first = bisect.bisect_left(timeline, (at, ""))
    if first > 0 or not (described or described_person(who)):
        return None
    later = [(pos, name) for pos, name in timeline[first:] if sentence_end <= pos < at + _REACH]
    if not later:
        return None
    # by role, but not an owned office: "Spain's foreign minister" is not the next paragraph's
    # "Algerian Energy Minister Abdelmadjid Benkhelifa"; the one it is opens a sentence
    by_role = who.lower() not in _PRONOUNS and _OWNED_OFFICE.match(who) is None
    # "A judge has branded …" is the judge named later ("Judge Rosalind Mace said …")
    role = _INDEFINITE.sub("the ", who)
    role_holders = (
        set(with_role(role) or with_role(_PLACE_WORDS.sub("", role))) if by_role else set()
    )
    for _, holder in later:
        if holder in role_holders:
            return holder
    if named := _named_in_apposition(who, later, text):
        return named  # "A lawyer for … || The lawyer, Carla Benedetti, argued …"
    sex = _sex_of(who) or _sex_of_report(text, at + len(who))
    # the first person a later sentence is about ("She also described an interaction with
    # Hillary Clinton" is no one's introduction; "Juanita Broaddrick, who said …" is)
    # (of the sex the words give: "The mother of a teenager …" is not her son, named first)
    subjects = [name for pos, name in later if _subject_at(text, pos)]
    fits = [name for name in subjects if sex is None or gender_of(name) in (None, sex)]
    return fits[0] if fits else None


def apposed_next(who: str, at: int, timeline: Timeline, sentence_end: int, text: str) -> str | None:
    """ "“…,” the freshman congressman said. || The congressman, Rep. X, …": a role no one held
    before, named in apposition to it in a later sentence."""
    # ("A firefighter who was among the first to arrive said …" || "The firefighter, Dan Moore,")
    if bisect.bisect_left(timeline, (at, "")) > 0 or who.split(None, 1)[0].lower() not in _ARTICLES:
        return None
    later = [(pos, name) for pos, name in timeline if sentence_end <= pos < at + _REACH]
    return _named_in_apposition(who, later, text)


def _named_in_apposition(who: str, later: Timeline, text: str) -> str | None:
    """The first later name set in apposition to the same role: "The lawyer, Carla Benedetti,"."""
    key = _noun_key(who.split(" for ")[0].split(" of ")[0].split(" who ")[0])
    if key is None:
        return None
    for pos, name in later:
        before = _APPOSITION_BEFORE.search(text, max(0, pos - 60), pos)
        if before is None or _noun_key(before["role"]) != key:
            continue
        lesser = set(before["role"].split()) & _LESSER
        if not lesser or lesser & set(who.lower().split()):  # not "The shadow health secretary"
            return name
    return None


def _noun_key(words: str) -> str | None:
    """A role's key, or the plain noun that ends the words ("a firefighter": "firefighter")."""
    last = words.split()[-1] if words.split() else ""
    return role_key(words) or (last if last.isalpha() and last.islower() else None)


_ARTICLES = frozenset(("the", "a", "an"))
_NAME_IS = compiled(r"\b(?:[Hh]er|[Hh]is|[Tt]heir)\s+name\s+is\s+$")
_LESSER = frozenset("shadow deputy vice former assistant acting interim".split())
# ("The congressman, Rep. Cassius Winterbottom": a title before the name)
_APPOSITION_BEFORE = compiled(
    rf"\b(?:[Tt]he|That|This)\s+(?P<role>(?:[a-z-]+\s+){{0,2}}[a-z-]+),\s+{cues.TITLE}?$"
)


def _subject_at(text: str, pos: int) -> bool:
    """The person named at `pos` is what their sentence is about: its subject, or the speaker
    of an inverted cue ("… ,' wrote Janet Hamlyn")."""
    return (
        is_subject(text, pos)
        or _SPEECH_BEFORE.search(text, max(0, pos - 18), pos) is not None
        or _NAME_IS.search(text, max(0, pos - 20), pos) is not None  # "Her name is Teodora …"
    )


# "A Kaimara farmer says he has been …": the pronoun that opens the report is the subject's
_PRONOUN_REPORTED = compiled(
    r"\s+(?:has\s+)?(?:says|said|told\s+\S+|claims|claimed|insists|insisted|fears|feared)"
    r"\s+(?:that\s+)?(?P<pronoun>he|she)\b"
)


def _sex_of_report(text: str, end: int) -> str | None:
    """The sex the report after the subject ending at `end` gives it, if its first word does."""
    found = _PRONOUN_REPORTED.match(text, end)
    return _PRONOUNS[found["pronoun"]] if found else None


def _sex_of(who: str) -> str | None:
    lowered = who.lower()
    if lowered in _PRONOUNS:
        return _PRONOUNS[lowered]
    words = {word.removesuffix("s") for word in lowered.split()} | set(lowered.split())
    if words & _FEMALE_WORDS and not words & _MALE_WORDS:
        return "female"
    if words & _MALE_WORDS and not words & _FEMALE_WORDS:
        return "male"
    return None


# "the widow of cyclist Peter Hamlyn", "a lawyer for Jason Byrne": someone else, whom the name
# after "of" or "for" is only related to
_RELATED = "|".join(sorted(KIN | {"widow", "widower", "lawyer", "attorney", "family", "friend"}))
_KIN_OF = compiled(
    rf"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+){{0,2}}?(?:{_RELATED})s?\s+"
    r"(?:of|for|to)\s+(?P<rest>.+)"
)


def kin_of(who: str, name: str) -> bool:
    """Whether `who` describes someone related to `name`, not `name`."""
    match = _KIN_OF.fullmatch(" ".join(who.split()))
    return match is not None and name.split()[-1] in match["rest"]


def names_body(who: str, body: str) -> bool:
    """ "its partner Amberline Pharma": words before the body's name that class it, and no "of"
    or "at" that makes them someone of the body's ("The chairman of Cardew Stores"); not the
    name alone ("The Labour Court" may stand for its judge)."""
    before = who[: len(who) - len(body)].split()
    return (
        who.endswith(body)
        and any(word.lower() not in _ARTICLES for word in before)
        and not any(word in _PREPOSITIONS for word in before)
    )


_ARTICLES = frozenset("the a an".split())
# "A kidney specialist at X Hospital", "The chairman of X": someone of the body's
_PREPOSITIONS = frozenset("of at for in from with on to by".split())
