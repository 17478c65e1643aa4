"""Descriptions that name no one: "one Ostra engineer", "one resident of Barangay Tabing-Ilog"
(but "one resident, Mary Achieng," names her), a body's insiders ("a senior Garda source",
"Sources in the Presidency"), and "A senior Ntsika Power manager, speaking on condition of
anonymity," whom the article keeps unnamed on purpose (not a body's spokeswoman, who speaks for
the body even when she is not named)."""

from __future__ import annotations

import re

from reader.core.attribution.anonymous_sources import ANONYMITY, ANONYMOUS
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.who_shapes import name_part

# (not "One in four voters", "one of the officials": a share of a group)
# ("one Republican", "said one Year 13 pupil": a capitalised word alone is a kind too)
_ONE_OF_A_KIND = compiled(
    r"[Oo]ne\s+(?!(?:of|in)\s)(?:(?:[A-Z][\w’'-]*\s+){0,2}[a-z][\w-]*(?:\s+.*)?|[A-Z][\w’'-]*)"
)
# a source described, not named ("a nurse", "one officer"), or by a role ("the diplomat said,
# speaking on condition of anonymity")
_DESCRIBED = compiled(r"(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?!.*\bspokes|.*\brepresentative\b)[a-z]")
# ("said a diplomat familiar with the preparations": known only by what they know)
KEPT_ANONYMOUS = compiled(
    rf"\b(?:{ANONYMITY}|not\s+authori[sz]ed\s+to"
    r"|(?<=[a-z]\s)(?:familiar\s+with|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of))\b"
)


# "a senior Garda source", "Treasury sources", "two Labour insiders": a body's people, kept unnamed
# (not its spokesman, who speaks for it)
_BODY_INSIDER = compiled(
    r"(?:(?:an?|one|two|three|several|some|other)\s+)?(?:[a-z]+\s+){0,2}"
    r"(?:[A-Z][\w’'-]*\s+){1,3}(?:[a-z]+\s+)?(?:sources?|insiders?)"
    # "sources close to the club", "Sources in the Presidency", "A source at County Hall"
    r"|(?:(?:[Aa]|[Oo]ne)\s+)?(?:[Ss]enior\s+|[Tt]op\s+)?(?:[Ss]ources?|[Ii]nsiders?)\s+(?:close\s+to|in|at|within|inside)"
    r"\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}"
)


def names_no_one(who: str) -> bool:
    """A description that names no one: one of a kind, or a body's unnamed insider."""
    # (or one the words themselves keep unnamed: "a senior aide granted anonymity to …"; but not
    # "people familiar with the matter", whom PolNeAR credits as described sources)
    return one_of_a_kind(who) or insider(who) or ANONYMOUS.search(who) is not None


def insider(who: str) -> bool:
    """ "a senior Garda source", "A source at County Hall": a body's people, kept unnamed."""
    return _BODY_INSIDER.fullmatch(who) is not None


def one_of_a_kind(who: str) -> bool:
    """ "one Ostra engineer": one of a kind the article describes, with no name of its own."""
    return _ONE_OF_A_KIND.fullmatch(who) is not None and f", {name_part(who)}" not in who


def kept_anonymous(who: str, text: str, start: int, end: int) -> bool:
    """Whether `who` describes someone (not a body's spokesperson) and the sentence between
    `start` and `end` keeps its source unnamed on purpose."""
    return _DESCRIBED.match(who) is not None and KEPT_ANONYMOUS.search(text, start, end) is not None


# ("A White House official", "a spokeswoman for the county"; not "Two court officials")
_SPEAKER_FOR = r"(?:spokes(?:man|woman|person)|officials?|representatives?)"
_SPEAKS_FOR_A_BODY = compiled(
    rf"[A-Z][\w.’'-]*\s+{_SPEAKER_FOR}\b|\b{_SPEAKER_FOR}\s+(?:for|of|at|from|with)\s"
)


def anonymous_aside(text: str, match: re.Match[str]) -> bool:
    """ "Several teachers at X, who spoke on condition of anonymity, said": the words between a
    report's source and its verb keep the source unnamed (not a body's spokeswoman or official,
    who speaks for the body)."""
    groups = match.groupdict()
    if not groups.get("who") or not groups.get("verb") or match.start("verb") < match.end("who"):
        return False
    if _SPEAKS_FOR_A_BODY.search(groups["who"]):
        return False
    return ANONYMOUS.search(text, match.end("who"), match.start("verb")) is not None
