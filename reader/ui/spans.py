"""Quote spans flattened into disjoint, sorted intervals for fast per-line look-ups."""

from __future__ import annotations

import heapq
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from itertools import pairwise
from typing import Generic, TypeVar

from reader.core.model import Quote, QuoteKind

T = TypeVar("T")

_REPORTED = {QuoteKind.INDIRECT}
QUOTE_MARKS = frozenset("\"'“”„‟‘’‚‛«»‹›「」『』")
_NEUTRAL = {QuoteKind.SCARE, QuoteKind.TITLE}


def paint_priority(quote: Quote) -> int:
    """Which quote's style wins where quotes overlap: quoted words over reported speech."""
    if quote.kind in _REPORTED:
        return 0
    if quote.kind in _NEUTRAL or not quote.attributed:
        return 1
    return 2


class SpanIndex(Generic[T]):
    """Disjoint (start, end, value) intervals sorted by start; query by overlap."""

    def __init__(self, spans: Iterable[tuple[int, int, T]]) -> None:
        self.spans = list(spans)
        self._ends = [end for _, end, _ in self.spans]

    def overlapping(self, start: int, end: int) -> Iterator[tuple[int, int, T]]:
        """The parts of the intervals that overlap [start, end), clipped to it."""
        index = bisect_right(self._ends, start)
        while index < len(self.spans) and self.spans[index][0] < end:
            first, last, value = self.spans[index]
            yield max(first, start), min(last, end), value
            index += 1


def with_marks(quote: Quote, text: str) -> tuple[int, int]:
    """The quote's span widened to take in the quote marks right around it, if any."""
    start, end = quote.start, quote.end
    if quote.kind in _REPORTED:
        return start, end
    if start > 0 and text[start - 1] in QUOTE_MARKS:
        start -= 1
    if end < len(text) and text[end] in QUOTE_MARKS:
        end += 1
    return start, end


def flatten_quotes(quotes: Iterable[Quote], text: str = "") -> SpanIndex[Quote]:
    """Paint the quotes in priority order (inner quotes win ties) into disjoint intervals.

    With the article `text`, each quote also takes in the quote marks around it.
    """
    spans = {id(q): with_marks(q, text) for q in quotes if q.end > q.start}
    ordered = sorted((q for q in quotes if id(q) in spans), key=lambda q: spans[id(q)][0])
    points = sorted({n for q in ordered for n in spans[id(q)]})
    heap: list[tuple[int, int, int]] = []
    painted: list[tuple[int, int, Quote]] = []
    next_quote = 0
    for start, end in pairwise(points):
        while next_quote < len(ordered) and spans[id(ordered[next_quote])][0] <= start:
            quote = ordered[next_quote]
            heapq.heappush(heap, (-paint_priority(quote), -quote.start, next_quote))
            next_quote += 1
        while heap and spans[id(ordered[heap[0][2]])][1] <= start:
            heapq.heappop(heap)
        if heap:
            _extend(painted, start, end, ordered[heap[0][2]])
    return SpanIndex(painted)


def _extend(spans: list[tuple[int, int, Quote]], start: int, end: int, quote: Quote) -> None:
    if spans and spans[-1][2] is quote and spans[-1][1] == start:
        spans[-1] = (spans[-1][0], end, quote)
    else:
        spans.append((start, end, quote))
