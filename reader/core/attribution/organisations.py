"""Organisations on a timeline: "the bank" is the bank named last, "the company" the last company.

An index by word keeps this a bisection per lookup rather than a scan of every name, so long
articles stay linear.
"""

from __future__ import annotations

import bisect

from reader.core.attribution import cues
from reader.core.attribution.mentions import Cast
from reader.core.attribution.pattern_cache import compiled

LOOKBACK = 200  # organisations named before a mention that "the company" may point to
_COMPANY = "\0company"  # the index key of names that end in a company head
_CLUB = "\0club"  # ... and of names that end like a sports club's ("Elmsford Town")
_CLUB_HEADS = frozenset([*cues.CLUB_WORDS, "united", "city", "fc"])
_GENERIC_ORG = compiled(cues.GENERIC_ORG)


class OrganisationTimeline:
    def __init__(self, cast: Cast) -> None:
        self._cast = cast
        self._mentions = cast.organisations
        self._starts = [pos for pos, _ in cast.organisations]
        self._index: dict[str, list[int]] | None = None

    def latest(self, head: str, at: int) -> str | None:
        """ "the bank": the bank named last before `at`; "the company": the last organisation."""
        end = bisect.bisect_left(self._starts, at)
        first = max(0, end - LOOKBACK)
        named = self._latest_with_word(head.lower(), end)
        if named is not None and named[0] >= first:
            return named[1]
        if head.lower() == "club":  # "the club said": the football club named last
            clubs = self._latest_with_word(_CLUB, end)
            if clubs is not None and clubs[0] >= first:
                return clubs[1]
        if _GENERIC_ORG.fullmatch(head.lower()) and end > first:
            companies = self._latest_with_word(_COMPANY, end)
            if companies is not None and companies[0] >= first:
                return companies[1]
            return self._mentions[end - 1][1]
        return self._cast.organisation_for(head)

    def _latest_with_word(self, word: str, end: int) -> tuple[int, str] | None:
        """The last mention before index `end` whose name has `word` (or its plural)."""
        if self._index is None:
            self._index = _index_by_word(self._mentions)
        indices = self._index.get(word)
        if not indices:
            return None
        at = bisect.bisect_left(indices, end)
        return (indices[at - 1], self._mentions[indices[at - 1]][1]) if at else None


def _index_by_word(organisations: list[tuple[int, str]]) -> dict[str, list[int]]:
    """Word -> indices of the mentions whose name has it: "the bank" is in "Osterley Bank" and
    "Banks Group", not in "Riverbank Homes"."""
    index: dict[str, list[int]] = {}
    for position, (_, name) in enumerate(organisations):
        words = name.lower().split()
        keys = {*words, *(w[:-1] for w in words if w.endswith("s"))}
        if words and words[-1] in cues.COMPANY_HEADS:
            keys.add(_COMPANY)
        if words and words[-1] in _CLUB_HEADS:
            keys.add(_CLUB)
        for key in keys:
            index.setdefault(key, []).append(position)
    return index
