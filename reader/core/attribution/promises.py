"""Quoted words someone promised: "Tullock … won last May on a promise to “open the books”" quotes
Tullock's own pledge, not a phrase the writer holds at a distance."""

from __future__ import annotations

from reader.core.attribution import cues
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.sieves import Cue, valid_speaker

_PROMISE_TO = compiled(
    r"\b(?:promised|pledged|vowed|promising|pledging|vowing|"
    r"(?:a|an|the|his|her|their|its)\s+(?:[a-z-]+\s+)?(?:promise|pledge|vow))\s+to\s*$"
)
# The sentence's subject: a name at its start, with an appositive or a relative clause after it.
_SUBJECT = compiled(rf"^\s*(?P<who>{cues.PERSON})(?:,[^,“”\"]{{1,160}},)?\s+[a-z]")


def promise_cue(lead: str) -> Cue | None:
    """The subject who promised the quoted words, when the words right before them say so."""
    if "to" not in lead or not _PROMISE_TO.search(lead):
        return None
    subject = _SUBJECT.match(lead)
    if subject is None or not valid_speaker(subject["who"]):
        return None
    return Cue(subject["who"], "promised", "subject")
