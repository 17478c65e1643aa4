"""Anchor a note to words of an article, and find those words again after the article changed.

Anchors are built the way web annotators (the W3C Web Annotation model, Hypothesis) build them:
the exact text, about 32 characters on either side, and the offsets. Re-anchoring tries the
cheapest reliable signal first: the old position, then the exact text (the occurrence whose
context fits best), then a fuzzy match among candidate spans (the article's sentences).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

CONTEXT = 32  # characters of prefix and suffix kept with the exact text
FUZZY_CUTOFF = 60.0  # rapidfuzz ratio (0-100) below which a reworded sentence is a different one


@dataclass(frozen=True, slots=True)
class Anchor:
    exact: str
    prefix: str
    suffix: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Placement:
    start: int
    end: int
    how: str  # "position", "exact", "fuzzy"


def make_anchor(text: str, start: int, end: int) -> Anchor:
    return Anchor(
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT) : start],
        suffix=text[end : end + CONTEXT],
        start=start,
        end=end,
    )


def place(anchor: Anchor, text: str, candidates: Sequence[tuple[int, int]]) -> Placement | None:
    """Where the anchored words are in `text` now; None when they are gone (an orphan note).

    `candidates` are the spans a fuzzy match may land on (the sentences of the new text)."""
    if text[anchor.start : anchor.end] == anchor.exact:
        return Placement(anchor.start, anchor.end, "position")
    found = _by_exact_text(anchor, text)
    if found is not None:
        return Placement(found, found + len(anchor.exact), "exact")
    return _by_fuzzy_match(anchor, text, candidates)


def _by_exact_text(anchor: Anchor, text: str) -> int | None:
    """The occurrence of the exact text whose surroundings agree most with the old ones; of equals,
    the one nearest the old position (an insertion before the note moves it, not its context)."""
    if not anchor.exact:
        return None
    best: tuple[int, int] | None = None  # (score, -distance) of the best occurrence so far
    best_at = None
    at = text.find(anchor.exact)
    while at != -1:
        score = _context_agreement(anchor, text, at)
        key = (score, -abs(at - anchor.start))
        if best is None or key > best:
            best, best_at = key, at
        at = text.find(anchor.exact, at + 1)
    return best_at


def _context_agreement(anchor: Anchor, text: str, at: int) -> int:
    before = text[max(0, at - CONTEXT) : at]
    after = text[at + len(anchor.exact) : at + len(anchor.exact) + CONTEXT]
    return _common_suffix(before, anchor.prefix) + _common_prefix(after, anchor.suffix)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


def _by_fuzzy_match(
    anchor: Anchor, text: str, candidates: Sequence[tuple[int, int]]
) -> Placement | None:
    """A reworded sentence: the candidate span most like the old words, if it is like enough."""
    if not anchor.exact.strip() or not candidates:
        return None
    choices = [text[start:end] for start, end in candidates]
    from rapidfuzz import fuzz, process  # only when the text changed under a note

    best = process.extractOne(anchor.exact, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    if best is None:
        return None
    start, end = candidates[best[2]]
    return Placement(start, end, "fuzzy")
