"""Plain-text, case-insensitive search in the article text, and the matches as spans.

The text is lowered once per article; a search is `str.find` in a loop (about 30 ms for 100,000
matches in 5 MB), stopping at MAX_MATCHES. The user's words are never a regular expression: the
rare text whose lowercase has another length (a dotted capital I) is searched with an escaped one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

MAX_MATCHES = 100_000
MAX_PER_LINE = 64  # matches painted on one line at most (a one-letter search on a long line)


class Matches:
    """Non-overlapping matches of one query: their starts in article order, one length."""

    def __init__(self, query: str, starts: list[int], length: int, capped: bool = False) -> None:
        self.query = query
        self.starts = starts
        self.length = length
        self.capped = capped

    def __len__(self) -> int:
        return len(self.starts)

    def span(self, index: int) -> tuple[int, int]:
        start = self.starts[index]
        return start, start + self.length

    def overlapping(self, start: int, end: int) -> Iterator[tuple[int, int, int]]:
        """(first, last, index) of the matches over [start, end), clipped to it."""
        index = bisect_left(self.starts, start - self.length + 1)
        stop = min(bisect_left(self.starts, end), index + MAX_PER_LINE)
        for at in range(index, stop):
            first = self.starts[at]
            yield max(first, start), min(first + self.length, end), at

    def first_from(self, offset: int) -> int | None:
        """The first match starting at or after `offset`."""
        index = bisect_left(self.starts, offset)
        return index if index < len(self.starts) else None

    def last_before(self, offset: int) -> int | None:
        """The last match starting before `offset`."""
        index = bisect_left(self.starts, offset) - 1
        return index if index >= 0 else None

    def count_label(self, current: int | None) -> str:
        """ "3 of 17", "17 matches", "no matches"; "100000+" when the search stopped early."""
        total = f"{len(self)}{'+' if self.capped else ''}"
        if not self.starts:
            return "no matches"
        if current is None:
            return f"{total} match{'es' * (total != '1')}"
        return f"{current + 1} of {total}"


class Searcher:
    """Searches one text; keeps its lowercase copy."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._lowered: str | None = None

    @property
    def lowered(self) -> str:
        if self._lowered is None:
            self._lowered = self.text.lower()
        return self._lowered

    def find(self, query: str, limit: int = MAX_MATCHES) -> Matches:
        if not query:
            return Matches(query, [], 0)
        if len(self.lowered) != len(self.text):
            return self._find_escaped(query, limit)
        needle, starts = query.lower(), list[int]()
        at = self.lowered.find(needle)
        while at != -1 and len(starts) < limit:
            starts.append(at)
            at = self.lowered.find(needle, at + len(needle))
        return Matches(query, starts, len(needle), capped=at != -1)

    def _find_escaped(self, query: str, limit: int) -> Matches:
        pattern = re.compile(re.escape(query), re.IGNORECASE)
        starts: list[int] = []
        capped = False
        for found in pattern.finditer(self.text):
            if len(starts) == limit:
                capped = True
                break
            starts.append(found.start())
        return Matches(query, starts, len(query), capped)
