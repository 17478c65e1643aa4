"""Search for a pattern anchored at the end of a text (`…\\s+$`) in the text's last few characters.

`pattern.search(text)` tries every position of the text, but a pattern that matches a few words
followed by the text's trailing whitespace can only start near the end. Searching from there finds
the same match: the engine still sees the characters before the start position for `\\b` and
look-behinds, and no match can start earlier.
"""

from __future__ import annotations

import re


def search_end(pattern: re.Pattern[str], text: str, longest: int) -> re.Match[str] | None:
    """`pattern.search(text)` for a pattern whose match, up to the text's trailing whitespace,
    is at most `longest` characters long. (A `^` in it matches only when that reaches back to
    the start of the text.)"""
    return pattern.search(text, max(0, len(text.rstrip()) - longest))
