"""Scan a long text for names only where a name can be: inside runs of capitalised words.

The patterns for people, organisations and outlets all match a chain of capitalised words joined
by spaces and a few small words ("of", "and", "van"). Trying such a pattern at every position of a
5 MB text costs about 0.3 s each; finding the runs once and matching inside them is 3-5x cheaper
and gives the same matches, because `finditer(text, start, end)` still sees the characters before
`start` for its look-behinds and word boundaries.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import chain, repeat

from reader.core.attribution.pattern_cache import compiled

from . import cues
from .word_starts import word_start

# ("por": "Alianza Ciudadana por la Democracia")
_JOINERS = "|".join(["and", "&", "of", "for", "on", "the", "an", "por", *cues.PARTICLES.split()])
_UPPER = cues.UPPER
# (a bracketed title inside a name's run: "Chief (Mrs.) Funmilayo Adeoti-Martins"; a peer's
# given name: "Lord (David) Halloran")
_RUN = compiled(
    rf"[{_UPPER}]\S*(?:\s+(?:\((?:Mrs|Mr|Ms|Dr|[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){{0,2}})\.?\)(?=\s)"
    rf"|(?:(?:{_JOINERS})\s+)*(?:{cues.HYPHEN_PARTICLE})?[{_UPPER}]\S*))*"
    r"(?:\s+(?:kyzy|uulu|qizi|oglu|ogly)\b)?"  # a patronym's mark last: "Begimai Asanbek kyzy"
)


@lru_cache(maxsize=2)
def _run_bounds(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The starts and the ends of every maximal run of capitalised words, in order."""
    spans = [match.span() for match in _RUN.finditer(text)]
    return tuple(start for start, _ in spans), tuple(end for _, end in spans)


def capitalised_runs(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every maximal run of capitalised words, in order."""
    return tuple(zip(*_run_bounds(text), strict=True))


def finditer_in_runs(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose matches start with a capital inside one run."""
    starts, ends = _run_bounds(text)
    # `map` calls `finditer` run by run without a Python loop: a book has 100,000 runs
    return chain.from_iterable(map(pattern.finditer, repeat(text), starts, ends))


def find_names(names: list[str], text: str) -> Iterator[re.Match[str]]:
    """Every whole-word occurrence of any of `names`, longest first where they overlap."""
    # `\b(?:longest|…|shortest)\b`, written to open with the names' letters (see word_starts.py);
    # names of one length in a fixed order, so the pattern is the same text in every run
    longest_first = sorted(set(names), key=lambda name: (-len(name), name))
    pattern = compiled(rf"(?:{word_start(longest_first)})\b")
    if all(_RUN.fullmatch(name) for name in names):
        return finditer_in_runs(pattern, text)
    return pattern.finditer(text)  # "the Ledger", "Jean d'Arcy": not one run of capitals
