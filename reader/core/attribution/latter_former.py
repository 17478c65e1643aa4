""" "The latter" and "the former": the second or the first of the two people named last ("Greta
Vasaridou and Leyla Mammadzade met on Tuesday. The latter described the meeting as …")."""

from __future__ import annotations

import bisect

from reader.core.attribution.pattern_cache import compiled

# as a speaker, before the verb: not "the former president", a role
LATTER_OR_FORMER = (
    r"[Tt]he\s+(?:latter|former)(?=,|\s+(?:said|says|told|tells|added|adds|described|describes|"
    r"wrote|writes|argued|argues|insisted|insists|warned|warns|noted|notes|explained|explains|"
    r"called|calls|replied|replies)\b)"
)
_WHICH = compiled(r"[Tt]he\s+(?P<which>latter|former)")
_REACH = 400  # characters: the pair is named in the sentence or two before


def latter_or_former(who: str, timeline: list[tuple[int, str]], at: int) -> str | None:
    """The person "the latter" (the last named) or "the former" (the one named before them)
    means, of the two distinct people named last before `at`; None unless `who` is either."""
    which = _WHICH.fullmatch(who)
    if which is None:
        return None
    people: list[str] = []
    for named_at, name in reversed(timeline[: bisect.bisect_left(timeline, (at, ""))]):
        if at - named_at > _REACH:
            break
        if name not in people:
            people.append(name)
        if len(people) == 2:
            return people[0] if which["which"] == "latter" else people[1]
    return None
