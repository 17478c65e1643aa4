"""Mentions read apart from their titles and possessives: "Mr. Lindahl" is Lindahl and a man,
"Clinton’s aides" a mention of Clinton."""

from __future__ import annotations

from reader.core.attribution import cues
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.person_names import POST_NOMINAL_WORDS, without_possessor

_TITLE_WORD = compiled(rf"^{cues.TITLE}")
_POSSESSIVE_END = compiled(r"['’]s\b")


def without_possessives(
    mentions: list[tuple[int, str]], people: frozenset[str] = frozenset()
) -> list[tuple[int, str]]:
    """The mentions without a possessive ending: "Clinton’s aides" is a mention of Clinton;
    "Kazakhstan’s Anastasia Pirogova" of her, when she is one of `people` and the owner is no
    one's surname (not "Pham's Nail Studio", a mention of Pham)."""
    surnames = {name.split()[-1] for name in people}
    bare: dict[str, str] = {}  # each distinct mention split once
    for _, mention in mentions:
        if mention not in bare:
            owned = _person_ending(without_possessor(mention.split()), people)
            owner = _POSSESSIVE_END.split(mention)[0].split()[-1]
            whole = owned if owned in people and owner not in surnames else mention
            bare[mention] = _POSSESSIVE_END.split(whole)[0]
    return [(at, bare[mention]) for at, mention in mentions]


def _person_ending(words: list[str], people: frozenset[str]) -> str:
    """The person the words end with ("Infrastructure Minister Ciarán Mallon": Ciarán Mallon),
    else the words."""
    for start in range(len(words) - 1):
        if (tail := " ".join(words[start:])) in people:
            return tail
    return " ".join(words)


def strip_title(mention: str) -> str:
    mention = mention.strip()
    last = mention.rfind(" ")
    if last > 0 and mention[last + 1 :] in POST_NOMINAL_WORDS:
        mention = mention[:last].rstrip(",")  # "Yadav ji", "Leah Achebe KC"
    while True:
        match = _TITLE_WORD.match(mention)
        if not match or match.end() >= len(mention):
            return mention
        mention = mention[match.end() :]


def title_gender(mention: str) -> str | None:
    """The sex the titles before a name show: "Mr. Okafor", "Chief (Mrs.) Funmilayo …"."""
    for word in mention.split():
        bare = word.strip("().,")
        if bare in cues.MALE_TITLES:
            return "male"
        if bare in cues.FEMALE_TITLES:
            return "female"
        if bare.rstrip(".") not in cues.TITLE_WORDS:
            return None  # the name begins
    return None
