"""Relatives called by their kin word alone: "the grandmother said" after "Hinemoa Parata set off
with her grandson, Tane" is the woman whose grandson the article named (when no one is described
as a grandmother); "the elder brother" after "Craig McLeish … His younger brother, Ryan" is Craig;
"the mother of three" is the one person described as "a mother of three"."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping

from reader.core.attribution.first_names import first_name_gender
from reader.core.attribution.name_atoms import TITLE
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.resolution import SUBJECT_OF_OWNER, Resolution

_CHILDREN = "sons?|daughters?|children|kids"
_GRANDCHILDREN = "grandsons?|granddaughters?|grandchildren|grandkids"
# the word, the owner's pronoun and the children it has
_OWNERS = {
    "grandmother": ("her", _GRANDCHILDREN),
    "grandfather": ("his", _GRANDCHILDREN),
    "mother": ("her", _CHILDREN),
    "father": ("his", _CHILDREN),
}
_REACH = 1500  # characters back to the children's mention
_PATTERNS = {
    word: compiled(rf"\b[{owner[0].upper()}{owner[0]}]{owner[1:]}\s+(?:[a-z]+\s+)?(?:{children})\b")
    for word, (owner, children) in _OWNERS.items()
}


def owner_of_children(
    who: str, at: int, text: str, possessor: Callable[[str, int], Resolution | None]
) -> Resolution | None:
    """The person whose children (or grandchildren) were named last before `at`, for "the
    grandmother", "the father" (None for other words, or when no such children were named)."""
    words = who.lower().split()
    if len(words) != 2 or words[0] != "the" or words[1] not in _OWNERS:
        return None
    pronoun = "she" if _OWNERS[words[1]][0] == "her" else "he"
    return _owner_of_last(_PATTERNS[words[1]], pronoun, "children", at, text, possessor)


# "the elder brother": the one whose "younger brother" the article named, and the other way round
_SIBLING = compiled(
    r"[Tt]he\s+(?P<age>elder|older|eldest|oldest|younger|youngest)\s+(?P<kin>brother|sister)"
)
_OLDER = ("elder", "older", "eldest", "oldest")
_YOUNGER = ("younger", "little", "kid")
_BIGGER = ("elder", "older", "big")
# (the reference is to an older sibling, its kin word) -> the other sibling's words in the text
_OTHER_SIBLING = {
    (older, kin): compiled(
        rf"\b{'[Hh]is' if kin == 'brother' else '[Hh]er'}\s+"
        rf"(?:{'|'.join(_YOUNGER if older else _BIGGER)})\s+(?:brother|sister)\b"
    )
    for older in (True, False)
    for kin in ("brother", "sister")
}


def other_sibling(
    who: str, at: int, text: str, possessor: Callable[[str, int], Resolution | None]
) -> Resolution | None:
    """The owner of "his younger brother" for "the elder brother" (None for other words)."""
    sibling = _SIBLING.fullmatch(" ".join(who.split()))
    if sibling is None:
        return None
    named = _OTHER_SIBLING[(sibling["age"] in _OLDER, sibling["kin"])]
    pronoun = "he" if sibling["kin"] == "brother" else "she"
    return _owner_of_last(named, pronoun, "sibling", at, text, possessor)


# "His brother was more measured:" after "Eoin … with his younger brother Cathal Kavanagh" and a
# quote of Cathal's: "His" is Cathal, and his brother the one whose brother Cathal was
_OPENING_REACH = 300  # characters back from the quote to the words that open its sentence
_SENTENCE_START = compiled(r"(?:^|[.!?][”\"’]?\s+|\n)$")
_AGES = rf"(?:(?P<age>{'|'.join((*_YOUNGER, *_BIGGER, 'twin'))})\s+)?"
_THEIR_SIBLING = compiled(rf"(?P<owner>[Hh]is|[Hh]er)\s+{_AGES}(?P<kin>brother|sister)")
# ("his younger brother, Cpl Sean Doherty": a rank before the name)
_SIBLING_NAMED = compiled(
    rf"\b(?P<owner>[Hh]is|[Hh]er)\s+{_AGES}(?P<kin>brother|sister),?\s+(?:{TITLE})?"
    r"(?P<name>[A-Z][\w’'-]+)"
)


def sibling_of_owner(
    who: str, at: int, text: str, possessor: Callable[[str, int], Resolution | None]
) -> Resolution | None:
    """For "His brother" opening a sentence: the one whose brother (named in the words "his
    younger brother X") is the man "His" means (None for other words)."""
    asked = _THEIR_SIBLING.fullmatch(" ".join(who.split()))
    if asked is None:
        return None
    start = text.rfind(who, max(0, at - _OPENING_REACH), at + len(who))
    if start < 0 or not _SENTENCE_START.search(text, max(0, start - 4), start):
        return None  # (not "He and his wife had …, his brother added": "his" is the "He")
    owner = possessor(SUBJECT_OF_OWNER[asked["owner"].lower()], at)
    if owner is None or owner.name is None:
        return None
    for named in reversed(list(_SIBLING_NAMED.finditer(text, max(0, at - _REACH), at))):
        if named["age"] and asked["age"] and (named["age"] in _YOUNGER) != (asked["age"] in _OLDER):
            continue  # "His older brother" of the one named as "his younger brother"
        if named["kin"] == asked["kin"] and named["name"] == owner.name.split()[0]:
            sibling = possessor(SUBJECT_OF_OWNER[named["owner"].lower()], named.start())
            if sibling is not None and sibling.name not in (None, owner.name):
                return Resolution(sibling.name, "sibling", sibling.gender)
    return None


def _owner_of_last(
    kin: re.Pattern[str],
    pronoun: str,
    how: str,
    at: int,
    text: str,
    possessor: Callable[[str, int], Resolution | None],
) -> Resolution | None:
    """Whom the "his"/"her" of the last `kin` words before `at` means ("her grandson")."""
    found = list(kin.finditer(text, max(0, at - _REACH), at))
    owner = possessor(pronoun, found[-1].start()) if found else None
    return Resolution(owner.name, how, owner.gender) if owner and owner.name else None


def described_parent(epithet: str, described: Mapping[str, list[str]]) -> str | None:
    """ "the mother of three": the one person described as "a mother of three"."""
    words = epithet.split(None, 1)[1]  # past "the"
    people = [
        name
        for name, phrases in described.items()
        if any(p.lower().startswith((f"a {words}", f"an {words}")) for p in phrases)
    ]
    return people[0] if len(people) == 1 else None


# "Joanne Sturgess's daughter Poppy", "Tom Reid’s son, Callum,": a parent named with the child
_PARENT_OF = compiled(
    r"(?P<parent>[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)['’]s\s+(?:(?:young|teenage|eldest|youngest|"
    r"little)\s+)?(?P<kin>daughter|son|child|granddaughter|grandson),?\s+(?P<child>[A-Z][\w’'-]+)"
)
_PARENT_WORDS = {"mother": "female", "father": "male", "mum": "female", "dad": "male"}


def parent_by_name(who: str, at: int, text: str) -> Resolution | None:
    """ "Her mother" after "Joanne Sturgess's daughter Poppy": Joanne Sturgess, the one parent
    the text named with a child of the sex "her" says (None for other words)."""
    words = who.lower().split()
    if len(words) != 2 or words[0] not in ("her", "his") or words[1] not in _PARENT_WORDS:
        return None
    children = _DAUGHTERS if words[0] == "her" else _SONS
    start, sex = max(0, at - _REACH), _PARENT_WORDS[words[1]]
    parents = {m["parent"] for m in _PARENT_OF.finditer(text, start, at) if m["kin"] in children}
    parents |= set(_parents_before_kin(text, start, at, children, sex))
    parents = {parent for parent in parents if first_name_gender(parent) in (sex, None)}
    return Resolution(parents.pop(), "named-parent") if len(parents) == 1 else None


def _parents_before_kin(
    text: str, start: int, end: int, children: tuple[str, ...], sex: str
) -> Iterator[str]:
    """ "Samuel Okafor, 67, and his daughter Chiamaka Okafor", "Lorena Villalobos … became
    pregnant with her daughter, Jasmine": the full name named last before "his/her daughter"
    in its sentence whose first name and "his" or "her" are of the parent's sex."""
    for kin in _KIN_AFTER_NAME.finditer(text, start, end):
        if kin["kin"] not in children or (kin["whose"] == "her") != (sex == "female"):
            continue
        opens = max(text.rfind(". ", start, kin.start()), text.rfind("\n", start, kin.start()))
        names = _FULL_NAME.findall(text, opens + 1, kin.start())
        # the last one with a first name of that sex (not "the Merrindee Plains", a place)
        yield from [name for name in names if first_name_gender(name) == sex][-1:]


_KIN_AFTER_NAME = compiled(
    r"\b(?P<whose>his|her)\s+(?:(?:young|teenage|eldest|youngest|little)\s+)?"
    r"(?P<kin>daughter|son|child|granddaughter|grandson),?\s+[A-Z]"
)
_FULL_NAME = compiled(r"[A-Z][\w’'-]+\s+[A-Z][\w’'-]+")


_DAUGHTERS = ("daughter", "granddaughter", "child")
_SONS = ("son", "grandson", "child")
