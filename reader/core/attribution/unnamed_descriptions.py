"""Descriptions that name no one: "one Ostra engineer", "one resident of Barangay Tabing-Ilog"
(but "one resident, Mary Achieng," names her), and "A senior Ntsika Power manager, speaking on
condition of anonymity," whom the article keeps unnamed on purpose (not a body's spokeswoman,
who speaks for the body even when she is not named)."""

from __future__ import annotations

from reader.core.attribution.anonymous_sources import ANONYMITY
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.who_shapes import name_part

# (not "One in four voters", "one of the officials": a share of a group)
_ONE_OF_A_KIND = compiled(r"[Oo]ne\s+(?!(?:of|in)\s)(?:[A-Z][\w’'-]*\s+){0,2}[a-z][\w-]*(?:\s+.*)?")
_DESCRIBED = compiled(r"(?:[Aa]n?|[Oo]ne)\s+(?!.*\bspokes|.*\brepresentative\b)[a-z]")
KEPT_ANONYMOUS = compiled(rf"\b(?:{ANONYMITY}|not\s+authori[sz]ed\s+to)\b")


def one_of_a_kind(who: str) -> bool:
    """ "one Ostra engineer": one of a kind the article describes, with no name of its own."""
    return _ONE_OF_A_KIND.fullmatch(who) is not None and f", {name_part(who)}" not in who


def kept_anonymous(who: str, text: str, start: int, end: int) -> bool:
    """Whether `who` describes someone (not a body's spokesperson) and the sentence between
    `start` and `end` keeps its source unnamed on purpose."""
    return _DESCRIBED.match(who) is not None and KEPT_ANONYMOUS.search(text, start, end) is not None
