"""A player named by a ranking: "the world No. 3 said" after "World No. 3 Ksenia Dobrovolskaya"
or "Ksenia Dobrovolskaya, the world No. 3,"."""

from __future__ import annotations

import bisect
import re

from reader.core.attribution.pattern_cache import compiled

_RANKED = compiled(r"[Tt]he\s+(?:world\s+)?(?:No\.?|number)\s*(?P<rank>\d{1,3})")
_NEAR = 30  # characters either side of a name where its ranking stands


def ranked_person(who: str, at: int, text: str, timeline: list[tuple[int, str]]) -> str | None:
    """The last person named before `at` with the ranking `who` gives, if `who` gives one."""
    ranked = _RANKED.fullmatch(who)
    if ranked is None:
        return None
    number = ranked["rank"]  # ("No 3" in British copy: "No" with a capital only)
    rank = re.compile(rf"\bNo\.\s*{number}\b|\b(?-i:No)\s+{number}\b|\bnumber\s+{number}\b", re.I)
    for pos, name in reversed(timeline[: bisect.bisect_left(timeline, (at, ""))]):
        before = text[max(0, pos - _NEAR) : pos]
        after = text[pos + len(name) : pos + len(name) + _NEAR]
        if rank.search(before) or (after.startswith(",") and rank.search(after)):
            return name
    return None
