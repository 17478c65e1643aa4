"""Spokespeople the article does not name: "a spokesman for the port authority", "A Velvet TV
spokeswoman", "a police spokesperson", each with the body they speak for and, where the word
says it, their sex (a later "she said" may be the spokeswoman)."""

from __future__ import annotations

import bisect
from collections.abc import Callable

from reader.core.attribution import cues
from reader.core.attribution.name_words import NOT_NAMES
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.pronouns import Resolution
from reader.core.attribution.word_starts import word_start

# "a spokesman for …", "A Velvet TV spokeswoman", "a police spokesperson"; the shared `\b[Aa]n?\s+`
# is written once, for speed (see word_starts.py)
# What names the body right before "spokeswoman": "A Department of Health …", "a police …"
BODY_BEFORE = r"(?:[A-Z][\w&’'.-]*\s+(?:(?:of|for|and|&)\s+)?){1,4}"  # ("A Brannock & Pryce …")
KIND_BEFORE = (  # "a league spokesman", "a district spokesperson": the body of that kind named last
    r"(?:police|company|club|council|hospital|district|school|university|party|union|league|"
    r"agency|department|ministry|government|city|county|board|authority|commission|firm|"
    r"campaign|airline|bank|court|prison|embassy|"
    # "a museum spokesman", "a festival spokeswoman": arts and sport bodies too
    r"museum|gallery|theatre|theater|festival|orchestra|zoo|charity|trust|federation|"
    r"association|academy|college|library|church|diocese|"
    # "a bureau spokeswoman", "a regulator spokesman"
    r"bureau|office|regulator|watchdog|institute|service|foundation|network|utility|centre|"
    r"center|clinic|team|coalition|tribunal|committee|panel|army|navy|military)\s+"
)
_SPOKES_MENTION = compiled(
    rf"(?:{word_start('Aa')})n?\s+(?:spokes(?P<sex>man|woman|person)\s+(?:for|from|at)\s+"
    rf"(?:{cues.ORG_NAME}|{cues.THE_HEAD})"
    rf"|{BODY_BEFORE}spokes(?P<sex2>man|woman|person)\b"
    rf"|{KIND_BEFORE}spokes(?P<sex3>man|woman|person)\b"
    # "…, a spokesman told the state news agency": the body the sentence is about
    r"|spokes(?P<sex4>man|woman|person)\b(?!\s+(?:for|from|at|of)\b))"
)
_GENDER_OF = {"man": "male", "woman": "female"}  # "spokes|woman": a later "she said" may be her
_NAMED_BEFORE = compiled(rf"{cues.NAME},\s+$")
_NAMED_AFTER = compiled(rf",\s+{cues.TITLE}?{cues.NAME}\s*,")


def unnamed_spokespeople(
    text: str, organisation: Callable[[str, int], Resolution | None]
) -> list[tuple[int, str, str | None]]:
    """(where, body, gender) of each spokesperson the article leaves unnamed."""
    found = []
    for match in _SPOKES_MENTION.finditer(text):
        if _named_before(text, match.start()) or _NAMED_AFTER.match(text, match.end()):
            continue  # "Sofia Lindahl, a spokeswoman for ...": the person is named
        org = organisation(match.group(0), match.start())
        if org and org.name:
            sex = match["sex"] or match["sex2"] or match["sex3"] or match["sex4"]
            gender = _GENDER_OF.get(sex)
            found.append((match.start(), org.name, gender))
    return sorted(found + _possessed_spokespeople(text, organisation, sorted(found)))


def _named_before(text: str, at: int) -> bool:
    """ "Sofia Lindahl, a spokeswoman": a name right before; not "on Tuesday, a spokeswoman"."""
    named = _NAMED_BEFORE.search(text, max(0, at - 60), at)
    return named is not None and named[0].split()[-1].rstrip(",") not in NOT_NAMES


# "its spokeswoman", "their spokesman": found from the rare word, then the owner word before it
_SPOKES_WORD = compiled(r"spokes(?P<sex>man|woman|person)\b")
_OWNER_BEFORE = compiled(r"\b(?P<owner>[Ii]ts|[Tt]heir|[Tt]he)\s+$")


def _possessed_spokespeople(
    text: str,
    organisation: Callable[[str, int], Resolution | None],
    earlier: list[tuple[int, str, str | None]],
) -> list[tuple[int, str, str | None]]:
    """ "The company says … and its spokeswoman said …": the body named last speaks, and a later
    "she said" may be the spokeswoman. "The spokeswoman said …" again: the body of the one met
    before (`earlier`: the spokespeople found so far, in order)."""
    found = []
    for match in _SPOKES_WORD.finditer(text):
        owner = _OWNER_BEFORE.search(text, max(0, match.start() - 7), match.start())
        if owner is None or _NAMED_AFTER.match(text, match.end()):
            continue  # "its spokeswoman, Ana Ruiz, said": the person is named
        if owner["owner"].lower() == "the":
            met = bisect.bisect_left(earlier, match.start(), key=_position)
            name = earlier[met - 1][1] if met else None
        else:
            org = organisation(f"a spokes{match['sex']}", match.start())
            name = org.name if org else None
        if name:
            found.append((match.start(), name, _GENDER_OF.get(match["sex"])))
    return found


def _position(spokesperson: tuple[int, str, str | None]) -> int:
    return spokesperson[0]
