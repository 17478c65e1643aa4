""" "The head of the Consumer Credit Protection Board called …" is a person, not the board: the
one the next sentences name with a title that heads a body ("Board Director Alicia Fontaine",
"Board chairman Alan Pryce"). Wire copy names the head so right after describing them."""

from __future__ import annotations

import bisect

from reader.core.attribution.pattern_cache import compiled

HEAD_OF = compiled(r"[Tt]he\s+(?:head|chief|boss|leader)\s+of\s+(?:the\s+)?[A-Z][\w’'&.-]*.*")
# a title that heads a body, right before the name
_HEAD_TITLE = compiled(
    r"(?i:director(?:-general)?|chair(?:man|woman|person)?|chief(?:\s+executive)?|president|"
    r"head|commissioner|leader|secretary(?:-general)?|governor|administrator|superintendent|sheriff),?\s+$"
)
_REACH = 500  # characters after the mention where the head is named
_TITLE_WINDOW = 30  # characters before a name read for the title


def head_named_next(at: int, timeline: list[tuple[int, str]], text: str) -> str | None:
    """The person named next after `at` (within `_REACH`), if a head's title comes before the
    name (not "Cllr Janet Ofori, who has led the council, … group leader Philip Staunton")."""
    start = bisect.bisect_right(timeline, (at, "\uffff"))
    if start >= len(timeline) or timeline[start][0] - at > _REACH:
        return None
    position, name = timeline[start]
    # (a mention may start at its title: "Board Director Alicia Fontaine")
    first = text.find(name.split()[0], position, position + _TITLE_WINDOW * 2)
    end = first if first >= 0 else position
    return name if _HEAD_TITLE.search(text, max(0, end - _TITLE_WINDOW), end) else None
