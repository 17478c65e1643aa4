""" "The researcher said" (or "the doctor", "the professor") where the article describes no one
so: the scientist it named last with a doctor's or professor's title ("Dr Ben Solway, who
carried out most of the experiments, was more cautious. “…,” the researcher said")."""

from __future__ import annotations

from reader.core.attribution.pattern_cache import compiled

_SCIENCE_REFERENCE = compiled(
    r"[Tt]he\s+(?:(?:lead|senior|chief|principal|study['’]s|team['’]s)\s+)?"
    # "Dr. Ana Ruiz … the doctor said", "Prof Kate Lyle … the professor said"
    r"(?:researcher|scientist|doctor|physician|surgeon|professor|academic)"
)
_SCIENCE_TITLE = compiled(r"\b(?:Dr|Prof|Professor)\.?\s+$")
_TITLE_REACH = len("Professor. ")
_REACH = 3000  # characters: a scientist named further back is no longer the one meant


def titled_scientist(who: str, at: int, text: str, mentions_of: dict[str, list[int]]) -> str | None:
    """The person last mentioned before `at` (within `_REACH`) whom the article titled Dr or
    Prof, for "the researcher", "the scientist", "the doctor", … (None for other words)."""
    if _SCIENCE_REFERENCE.fullmatch(" ".join(who.split())) is None:
        return None
    latest, found = -1, None
    for name, positions in mentions_of.items():
        before = [p for p in positions if at - _REACH < p < at]
        titled = any(
            _SCIENCE_TITLE.search(text, max(0, p - _TITLE_REACH), p) for p in positions if p < at
        )
        if before and titled and before[-1] > latest:
            latest, found = before[-1], name
    return found
