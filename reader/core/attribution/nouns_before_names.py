"""A reference by the word that stood before a person's name: "the ruckman said" after
"Tallarook Magpies ruckman Sam Keogh", whatever the role list knows of ruckmen. Used only when
no one is described by a known role of that name."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from reader.core.attribution.pattern_cache import compiled

# "the ruckman", "the Winnipeg defenceman": one lower-case noun at the end
_REFERENCE = compiled(r"[Tt]he\s+(?:[A-Z][\w’'-]*\s+)?(?P<noun>[a-z][a-z-]{3,})")
_REACH = 24  # characters before a name where its noun stands


def person_after_noun(
    who: str, at: int, text: str, timeline: list[tuple[int, str]], is_person: Callable[[str], bool]
) -> str | None:
    """The one person named before `at` right after the reference's noun, if there is one."""
    reference = _REFERENCE.fullmatch(" ".join(who.split()))
    if reference is None:
        return None
    noun = re.compile(rf"(?<![\w-]){re.escape(reference['noun'])}\s+$", re.IGNORECASE)
    before = timeline[: bisect.bisect_left(timeline, (at, ""))]
    people = {
        name
        for start, name in before
        if noun.search(text, max(0, start - _REACH), start) and is_person(name)
    }
    return people.pop() if len(people) == 1 else None
