"""Quoted words inside reported speech are the reporter's source's words, not scare quotes:
"Hemming told Bloomberg that the board had been “asleep at the wheel”" quotes Hemming.

Two exceptions stay scare quotes: a "so-called" word, and a quoted modifier used by the writer to
label something ("a wave of “AI-first” restructurings").
"""

from __future__ import annotations

import re

from reader.core.attribution.drafts import Draft
from reader.core.attribution.kinds import group_term
from reader.core.model import QuoteKind

_TAKEN = (QuoteKind.SCARE, QuoteKind.PARTIAL)
_SO_CALLED = re.compile(r"so[- ]called\W*$", re.IGNORECASE)
# "a “reform” agenda", "11,000 “emergency” requests"
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|of|its|their|his|her|our|this|these|those)|\d)\W*$"
)
_NOUN_AFTER = re.compile(r"\W{0,2}\s+(?P<word>[a-z][a-z-]+)\b")
_FUNCTION_WORDS = set(
    "and or but nor while when whenever as that which who whom whose if because since after "
    "before until unless though although to for in on at by with from of into onto over under "
    "about than then so yet is are was were be been being has have had do does did will would "
    "can could should may might must heading going".split()
)


def quotes_in_reported_speech(text: str, drafts: list[Draft]) -> None:
    """Give uncredited short quotes inside a sentence of reported speech its speaker."""
    reported = {
        sid: d
        for d in drafts
        if d.kind is QuoteKind.INDIRECT and d.speaker
        for sid in d.sentence_ids
    }
    for draft in drafts:
        if draft.kind not in _TAKEN or draft.speaker is not None or len(draft.sentence_ids) != 1:
            continue
        source = reported.get(draft.sentence_ids[0])
        if (
            source is None
            or draft.start < source.start
            or writers_label(text, draft.start, draft.end)
        ):
            continue
        draft.kind = QuoteKind.PARTIAL
        draft.speaker, draft.mention, draft.venue = source.speaker, source.mention, source.venue
        draft.confidence = round(source.confidence * 0.9, 2)
        draft.reason = f"quoted words inside {source.speaker}'s reported speech ({source.reason})"


def writers_label(text: str, start: int, end: int) -> bool:
    """A so-called word, a group's term ("what some call “water ranching”"), or one or two quoted
    words used as a modifier: "a “reform” agenda"."""
    before = text[max(0, start - 20) : start - 1]
    if _SO_CALLED.search(before) or group_term(text[max(0, start - 120) : start - 1]):
        return True
    words = text[start:end].split()
    after = _NOUN_AFTER.match(text, end)
    attributive = after is not None and after["word"] not in _FUNCTION_WORDS
    return len(words) <= 2 and attributive and bool(_DETERMINER_BEFORE.search(before))
