"""Several people as one source: "Clinton and Sanders have said", "Ben Carson, Ted Cruz and Rand
Paul have all attacked" are all of them; "Procter and Gamble" and "Municipal Affairs and Housing
Minister Declan Roarke" are one."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from reader.core.attribution import cues
from reader.core.attribution.first_names import first_name_gender
from reader.core.attribution.name_words import POLICY_FIELDS
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.pronouns import Resolution
from reader.core.attribution.word_trie import word_trie

if TYPE_CHECKING:  # resolve.py imports this module
    from reader.core.attribution.resolve import Resolver

_LIST_SEPARATOR = compiled(r",\s+(?:and\s+)?|\s+and\s+")
_AND_MORE = compiled(r"^(?:others|other\s)")
_MOST_NAMED = 4
_NAMES_ONE = frozenset({"named", "surname", "title", "registry", "organisation", "role"})


def together(who: str, resolver: Resolver, at: int) -> Resolution | None:
    """ "Clinton and Sanders have said", "Ben Carson, Ted Cruz and Rand Paul have all attacked":
    all of them, when each part names someone the article knows and the whole is not one name
    ("Procter and Gamble")."""
    parts = _LIST_SEPARATOR.split(who)
    joined = who.find(" and ")
    if who.rfind("(", 0, joined) > who.rfind(")", 0, joined):
        return None  # "… of Police (Law and Order) X": "and" in a branch's brackets, one office
    if not 2 <= len(parts) <= _MOST_NAMED or _AND_MORE.search(parts[-1]):
        return None  # "Mr. Xi and other leaders": the named one speaks for the group
    canonical = resolver.cast.canonical
    if all(word in cues.TITLE_WORDS for word in parts[0].split()):
        return None  # "Deputy Minister (of Education) and Training X": one office, its fields
    if _office_across_and(parts) or _roles_across_and(parts, canonical):
        return None  # "Municipal Affairs and Housing Minister Declan Roarke": one office
    if _seat_across_and(parts, canonical):
        return None  # "Highlands and Islands MSP Callum Fraser": one member for one seat
    whole = resolver.cast.entities.get(resolver.cast.canonical(who) or "")
    full_names = all(len(part.split()) > 1 for part in parts)  # "Ann Reyes and Tom Baird"
    if whole is not None and whole.kind != "person" and not full_names:
        return None  # "Procter and Gamble": one organisation
    names = []
    for part in parts:
        one = resolver.resolve(part, at)
        if not (one and one.name) or one.name in names or " and " in one.name:
            return None  # "House Ways and Means Committee": one name after all
        if one.how not in _NAMES_ONE:
            return None  # "Half of Democrats and Sanders": a share is no one to pair
        names.append(one.name)
    listed = ", ".join(names[:-1]) + f" and {names[-1]}"
    return Resolution(listed, "together")


def _roles_across_and(parts: list[str], canonical: Callable[[str], str | None]) -> bool:
    """ "journalist and author Hiro Aida", "former Gov. and party chairman Ed Rendell", "Sheep
    and beef farmer Rob Tamihana": two roles of the one person named at the end (the part
    before "and" ends with a role noun or a title, or is one word the article names no one by;
    the part after it opens with a role word or one in capitals: "President and CEO …")."""
    first_after = parts[1].split()[0] if len(parts) == 2 and parts[1].split() else ""
    words = parts[0].split()
    # ("Cumbrian dairy farmer and Nuffield scholar Anna Tweddle": a capital, then a role word)
    capital_role = _CAPITAL_THEN_ROLE.match(parts[1]) and words[0] not in ("The", "the", "A", "a")
    if not (
        first_after[:1].islower()
        or (len(first_after) > 1 and first_after.isupper())
        or capital_role
        or first_after.rstrip(".") in cues.TITLE_WORDS  # "Zhenhai founder and Chairman X"
    ):
        return False
    last = words[-1]
    if len(words) == 1 and canonical(last) is None:
        return True  # "Sheep and beef farmer …" at a sentence's start
    return last.islower() or last.rstrip(".") in cues.TITLE_WORDS  # "former Gov. and …"


_CAPITAL_THEN_ROLE = compiled(r"[A-Z][\w’'-]*\s+[a-z]+\s+[A-Z]")
# The rest of a seat's or a body's name, then a member's letters or a role, then a person's name:
# "Islands MSP Callum Fraser", "Emergency shift manager Lisa Kerekere"
_MEMBER_LETTERS = "MP|MSP|MLA|MPP|MEP|TD|MS|MHA"
_REST_THEN_ROLE_AND_NAME = compiled(
    # ("Reform and Renewal bloc MP Khaled Abu Khalil": a kind of body, then the letters)
    # ("Newfoundland and Labrador Premier Gerald Pittman": a title in capitals)
    rf"(?:[A-Z][\w’'-]*\s+){{1,3}}?(?:(?:{_MEMBER_LETTERS})|(?:{word_trie(cues.TITLES)})"
    rf"|(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*"
    rf"(?:\s+(?:{_MEMBER_LETTERS}|MK))?)"
    r"\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'-]*){1,2}"
)


def _seat_across_and(parts: list[str], canonical: Callable[[str], str | None]) -> bool:
    """A seat's or a body's name with "and" in it, before its member's: the part before names no
    one ("Highlands and Islands MSP Callum Fraser", "Fire and Emergency shift manager …")."""
    if len(parts) != 2 or not _REST_THEN_ROLE_AND_NAME.fullmatch(parts[1]):
        return False
    # ("Conflict of Interest and Ethics Commissioner X": an office's field with "of" in it)
    words = parts[0].split()
    capitals = all(word[:1].isupper() or word in ("of", "for") for word in words)
    # (not "The BMA and Health Secretary X": a body by its letters, then a person)
    body = words[0] == "The" or any(len(word) > 1 and word.isupper() for word in words)
    # (a seat the cast took for a person is still no one's name if no first name is in it:
    # "Merthyr Tydfil and Rhymney MS Dilys Trefor"; not "Ann Reyes and Labour MP Tom Baird")
    unnamed = canonical(parts[0]) is None or not any(map(first_name_gender, words))
    return capitals and not body and words[0][:1].isupper() and unnamed


_OFFICE_OF = compiled(
    # ("Qatar’s Minister of Commerce and Industry …": a country's; "Spain’s Minister for the
    # Ecological Transition and the Demographic Challenge, X": "the" before a field)
    rf"(?:[A-Z][\w.’'-]*\s+)*(?:{word_trie(cues.TITLES)})\s+(?:of|for)\s+(?:the\s+)?"
    r"(?P<field>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
)


def _office_across_and(parts: list[str]) -> bool:
    """The fields of one office joined by "and": the part after it goes on with its title and
    the name ("Housing Minister Declan Roarke"), the part before names no person."""
    office = _OFFICE_OF.fullmatch(parts[0])
    fields = " ".join([office["field"], *parts[1:-1]]).split() if office else []
    given = [w for w in fields if w[:1].isupper() and first_name_gender(w)]  # (not "the")
    if office and parts[-1].split() and not given:
        return True  # "Minister of Electronics and Information Technology Harish Pillai",
        # "Minister of Women, Family and Community Development …" (not "Secretary of State
        # Jane Doe and Senator Tim Kaine")
    after = parts[-1].split()  # ("Investment, Trade and Industry Deputy Minister …": a list)
    title_at = _title_index(after)
    if not title_at:
        return False
    fields = " ".join(parts[:-1]).split()
    if fields[:1] and fields[0] in _OFFICE_LEADS:
        fields = fields[1:]  # "State Food and Civil Supplies …"
    # "Municipal Affairs", "Environment": policy fields, not "The BMA", "Qantas" or a person
    fields += after[1:title_at]
    return bool(fields) and all(word in POLICY_FIELDS for word in fields)


_OFFICE_LEADS = frozenset("State Union Federal Provincial National Regional".split())


def _title_index(words: list[str]) -> int:
    """Where an office's title stands after its capitalised fields, with a name after it:
    "Housing Minister Declan Roarke" 1, "Civil Supplies Commissioner Tarun Mehrotra" 2; else 0."""
    for at in (1, 2):
        fields_first = all(word[:1].isupper() for word in words[:at])
        # ("Urban Development Principal Secretary Charles Muriungi": a rank before the title)
        ranked = len(words) > at + 2 and words[at] in _RANKS and words[at + 1] in cues.TITLE_WORDS
        if len(words) > at + 1 and (words[at] in cues.TITLE_WORDS or ranked) and fields_first:
            return at
    return 0


_RANKS = frozenset("Principal Permanent Cabinet Chief Deputy Assistant Senior".split())
