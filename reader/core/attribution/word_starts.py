"""Words at a word boundary, written so that the regex engine can skip ahead to them.

A pattern that opens with `\\b` is tried at every position of the text; one whose alternatives each
open with a literal letter lets the engine jump from one candidate letter to the next. So
`\\b(?:he|him|she)` is written `(?:h(?<=\\bh)(?:e|im)|s(?<=\\bs)(?:he))`: the same matches,
found 2-3x faster over a whole book.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def word_start(words: Iterable[str]) -> str:
    """A pattern matching exactly what `\\b(?:word|word|…)` matches (in the same order).

    Words that share a first letter share one look-behind (`h(?<=\\bh)(?:e|im|is)`): the engine
    checks it once at each "h" of the text, not once per word. Words with different first letters
    never match at the same place, so grouping keeps the order in which the words are tried."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(
        rf"{re.escape(first)}(?<=\b{re.escape(first)})(?:{'|'.join(rests)})"
        for first, rests in groups.items()
    )


def finditer_from_words(
    pattern: re.Pattern[str], text: str, words: Iterable[str]
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose every match starts with one of `words`: the
    words are found by `str.find`, far quicker over a book than the engine's scan when they are
    few, and the pattern is tried only where one starts (after the end of the match before)."""
    end = 0
    for at in sorted(word_starts(text, words)):
        match = pattern.match(text, at) if at >= end else None
        if match is not None:
            yield match
            end = max(match.end(), at + 1)


def word_starts(text: str, words: Iterable[str]) -> set[int]:
    """Where any of `words` starts in `text`, with fewer passes over it than one per word: a word
    that starts with another ("widower", "widow") starts only where that one does, and one that
    ends with another ("grandson", "son") is looked for only where that one is found."""
    unique = set(words)
    if "" in unique:
        return set(range(len(text) + 1))
    kept = [w for w in unique if not any(v != w and w.startswith(v) for v in unique)]
    compounds: dict[str, list[str]] = {}  # root -> the kept words ending with it
    for word in kept:
        suffixes = [v for v in kept if v != word and word.endswith(v)]
        root = min(suffixes, key=len) if suffixes else word  # the shortest has no suffix kept
        compounds.setdefault(root, [])
        if root != word:
            compounds[root].append(word)
    starts: set[int] = set()
    for root, longer in compounds.items():
        at = text.find(root)
        while at >= 0:
            starts.add(at)
            for word in longer:
                start = at - (len(word) - len(root))
                if start >= 0 and text.startswith(word, start):
                    starts.add(start)
            at = text.find(root, at + 1)
    return starts
