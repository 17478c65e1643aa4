"""Nicknames in quotation marks between a first name and a surname: Harold “Sparrow” Duckett.

The pattern opens with a capital, so a scan of a whole book tries it at every capital letter;
every match has a quotation mark before a capital in its middle, and those are few. So the marks
are found first, the first name is walked back to from each, and the pattern is tried there only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.core.attribution.pattern_cache import compiled

# Both open with the capital and look behind it (`\b`, ", ") so the engine can skip to capitals.
NICKNAME = compiled(
    r"(?P<first>[A-Z](?<=\b[A-Z])[a-z]+)\s+[“\"‘'](?P<nick>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,2})"
    r"[”\"’']\s+"  # "Gary 'Mad Dog' Mulcahy"
    r"(?P<last>[A-Z][a-z][\w’'-]+)\b"
)
# The opening mark of a nickname: what follows it in every match of NICKNAME (and a little more).
_NICK_MARK = compiled(r"[“\"‘'](?=[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,2}[”\"’']\s+[A-Z][a-z])")


def nicknames(text: str) -> Iterator[re.Match[str]]:
    """`NICKNAME.finditer(text)`, tried only at the first name before a possible nickname."""
    end = 0  # finditer's matches do not overlap
    for mark in _NICK_MARK.finditer(text):
        start = mark.start()
        while start > 0 and text[start - 1].isspace():  # `\s+` before the mark
            start -= 1
        if start == mark.start():
            continue
        while start > 0 and "a" <= text[start - 1] <= "z":  # `[a-z]+` of the first name
            start -= 1
        # the first name's capital; a match starting here has this mark as its nickname's
        match = NICKNAME.match(text, start - 1) if start > end else None
        if match is not None:
            yield match
            end = match.end()
