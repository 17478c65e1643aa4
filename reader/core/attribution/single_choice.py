"""Which single-quoted spans are quotes in an article that quotes in doubles: a single that
holds a double (‘They call me “the Professor”,’ he said), the singles beside it, and a whole
sentence in singles in a paragraph with no doubles (a letters page in a doubles paper)."""

from __future__ import annotations

import bisect

from reader.core.attribution.marked_spans import MarkedSpan
from reader.core.model import Paragraph


def with_sure_singles(doubles: list[MarkedSpan], singles: list[MarkedSpan]) -> list[MarkedSpan]:
    """Doubles win, but a closed single-quoted span that holds a whole double is a quote too: a
    writer who puts a speaker's words in singles nests doubles in them (‘They call me “the
    Professor”,’ he said), whatever the rest of the article does. So are the singles that open
    and close in the same paragraph, and a single left open in the paragraph before."""
    doubles = sorted(doubles, key=lambda d: d.open_at)
    opens = [d.open_at for d in doubles]
    sure = [s for s in singles if _doubles_inside(s, doubles, opens)]
    if not sure:
        return doubles
    paragraphs = {s.paragraph for s in sure}
    first_parts = {s.paragraph - 1 for s in sure}
    chosen = set(sure)
    sure += [
        s
        for s in singles
        if s not in chosen
        and (
            (s.closed and s.paragraph in paragraphs)
            or (not s.closed and s.paragraph in first_parts)
        )
    ]
    held = {d for s in sure for d in _doubles_inside(s, doubles, opens)}
    kept = [d for d in doubles if d not in held]
    return sorted(kept + sure, key=lambda s: s.open_at)


def lone_singles(
    text: str, singles: list[MarkedSpan], doubles: list[MarkedSpan], taken: list[MarkedSpan]
) -> list[MarkedSpan]:
    """Whole sentences in singles in a paragraph that has no doubles, though the article quotes
    in doubles elsewhere: "Walter Pennington, of Coldharbour Farm, wrote: 'I have driven …'"
    in a letters page (not a word or two in singles, which a doubles article writes as a
    label)."""
    with_doubles = {d.paragraph for d in doubles}
    chosen = set(taken)
    return [
        s
        for s in singles
        if s.closed
        and s not in chosen
        and s.paragraph not in with_doubles
        and len(text[s.start : s.end].split()) >= _LONE_SINGLE_WORDS
        and text[s.start : s.start + 1].isupper()
        and _opens_a_sentence_slot(text, s.open_at)
    ]


_LONE_SINGLE_WORDS = 5


def _opens_a_sentence_slot(text: str, at: int) -> bool:
    """Whether a mark at `at` follows "wrote:", "said," or opens its paragraph."""
    before = text[max(0, at - 3) : at].rstrip(" \t\u00a0")
    return before == "" or before.endswith("\n") or before[-1] in ":,"


def _doubles_inside(
    outer: MarkedSpan, doubles: list[MarkedSpan], opens: list[int]
) -> list[MarkedSpan]:
    """The doubles `outer` holds; `opens` are the doubles' opening marks, in order (a bisect, not
    a scan of every double for every single: a book has thousands of each)."""
    if outer.close_at is None:
        return []
    inside = []
    at = bisect.bisect_right(opens, outer.open_at)
    while at < len(doubles) and opens[at] < outer.close_at:
        if _holds(outer, doubles[at]):
            inside.append(doubles[at])
        at += 1
    return inside


def _holds(outer: MarkedSpan, inner: MarkedSpan) -> bool:
    """Both marks of `inner` sit inside `outer`, itself closed."""
    if outer.close_at is None or inner.close_at is None:
        return False
    return outer.open_at < inner.open_at and inner.close_at < outer.close_at


def singles_may_outnumber(text: str, paragraphs: list[Paragraph], doubles: int) -> bool:
    """Whether the single-quoted spans could outnumber `doubles`, or hold them all. Each opens
    at its own ' or ‘ (singles.py never opens a quote at ’), so where there are fewer of those
    in the text than double-quoted spans, the singles need not be looked for (paragraphs that
    overlap could count a mark twice: then they are looked for)."""
    reach = 0  # where the paragraphs so far end
    for paragraph in paragraphs:
        if paragraph.start < reach:
            return True
        reach = max(reach, paragraph.end)
    openers = text.count("'") + text.count("‘")
    return openers > doubles or 0 < openers == doubles  # a tie: the doubles may be nested
