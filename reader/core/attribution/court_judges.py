"""The judge who delivered a court's ruling: "The Labour Court … ruled that the meeting was “wholly
inadequate”. The judgment was delivered by Judge Maletsatsi Ramokgopa." Court copy in Africa and
South Asia names the court first and its judge in the next sentence; the ruling's words are the
judge's."""

from __future__ import annotations

from reader.core.attribution import cues
from reader.core.attribution.pattern_cache import compiled

# "The judgment was delivered by Justice X", "The ruling was handed down by Judge X on Monday"
_DELIVERED_BY = compiled(
    r"[.!?”\"]\s+(?:The|That|This|Its)\s+(?:[a-z]+\s+)?(?:judgment|judgement|ruling|verdict|decision)"
    r"\s+was\s+(?:delivered|handed\s+down|read(?:\s+out)?|written)\s+(?:on\s+[A-Z][a-z]+day\s+)?"
    rf"by\s+(?P<who>(?:(?:Mr|Mrs|Ms|Madam|Lady|Lord)\s+)?(?:Justice|Judge)\s+{cues.PERSON})"
)
_READ_AHEAD = 400  # characters: the next sentence or two


def judge_of_ruling(text: str, court: str, at: int) -> str | None:
    """The judge named as delivering the ruling right after `at`, when `court` is a court."""
    if not court.endswith(("Court", "court", "Tribunal")):
        return None
    end = text.find("\n", at)
    end = min(end if end >= 0 else len(text), at + _READ_AHEAD)
    found = _DELIVERED_BY.search(text, at, end)
    return found["who"] if found else None
