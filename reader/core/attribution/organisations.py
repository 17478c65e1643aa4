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
# Generic words for a public body, and the heads that name one: "the agency" is not a company,
# and "the company" is not the port authority named after it.
_PUBLIC_WORDS = frozenset(["agency", "regulator"])
_PUBLIC_HEADS = frozenset(
    "ministry department agency authority council board commission committee office government "
    "police court administration city county state bureau service parliament assembly".split()
)


class OrganisationTimeline:
    def __init__(self, cast: Cast) -> None:
        self._cast = cast
        self._mentions = cast.organisations
        self._starts = [pos for pos, _ in cast.organisations]
        self._index: dict[str, list[int]] | None = None

    def latest(self, head: str, at: int) -> str | None:
        """ "the bank": the bank named last before `at`; "the company": the last organisation.
        One named right at `at` counts: "Ridgeway Insurance … has opened 90 claims, the company
        said" reports what opens the sentence."""
        end = bisect.bisect_right(self._starts, at)
        first = max(0, end - LOOKBACK)
        named = self._latest_with_word(head.lower(), end)
        if named is not None and named[0] >= first:
            return named[1]
        if head.lower() == "club":  # "the club said": the football club named last
            clubs = self._latest_with_word(_CLUB, end)
            if clubs is not None and clubs[0] >= first:
                return clubs[1]
        if _GENERIC_ORG.fullmatch(head.lower()) and end > first:
            return self._latest_of_kind(head.lower() in _PUBLIC_WORDS, first, end)
        return self._cast.organisation_for(head)

    def latest_any(self, at: int) -> str | None:
        """ "It said", "the filing said": a company named last, else whatever body was."""
        end = bisect.bisect_left(self._starts, at)
        first = max(0, end - LOOKBACK)
        if end <= first:
            return self._cast.organisation_for("company")
        return self._latest_company(first, end) or self._mentions[end - 1][1]

    def _latest_of_kind(self, public: bool, first: int, end: int) -> str:
        """ "the company": the last business named (a company head first); "the agency": the
        last public body. Either way, the last organisation if none of its kind is named."""
        company = None if public else self._latest_company(first, end)
        if company is not None:
            return company
        for at in range(end - 1, first - 1, -1):
            name = self._mentions[at][1]
            if (_head_word(name) in _PUBLIC_HEADS) == public:
                return name
        return self._mentions[end - 1][1]

    def _latest_company(self, first: int, end: int) -> str | None:
        """The last mention in `first:end` whose name ends in a company head ("… Insurance")."""
        companies = self._latest_with_word(_COMPANY, end)
        return companies[1] if companies is not None and companies[0] >= first else None

    def _latest_with_word(self, word: str, end: int) -> tuple[int, str] | None:
        """The last mention before index `end` whose name has `word` (or its plural)."""
        if self._index is None:
            self._index = _index_by_word(self._mentions)
        indices = self._index.get(word)
        if not indices:
            return None
        at = bisect.bisect_left(indices, end)
        return (indices[at - 1], self._mentions[indices[at - 1]][1]) if at else None


def _head_word(name: str) -> str:
    """ "Bureau of Workplace Safety": bureau; "Wrenhaven Port Authority": authority."""
    words = name.lower().split(" of ", 1)[0].split()
    return words[-1] if words else ""


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
