"""Shortcuts taken for speed must give what the plain code gave: a pattern anchored at the end
searched from near the end (reader/core/attribution/tails.py), the title-case count that stops
early (kinds.py)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.attribution import kinds, roster
from reader.core.attribution.tails import search_end

PIECES = st.sampled_from(
    [
        "Gov.",
        "Prime Minister",
        "Deputy Mayor",
        "about",
        "of",
        "ABOUT",
        "so-called",
        "so called",
        "the report",
        "white paper",
        "titled",
        "x",
        "Mayor",
        ".",
        "”",
        "!",
        ",",
        " ",
        "  ",
        "\n",
        "\t",
        "word",
        "A",
    ]
)
TEXT = st.lists(PIECES, max_size=12).map("".join)


def _span(match: re.Match[str] | None) -> tuple[int, int, str] | None:
    return (match.start(), match.end(), match.group()) if match else None


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_searching_near_the_end_finds_the_same_match(text: str) -> None:
    for pattern, longest in (
        (roster._PREPOSITION_BEFORE, roster._LONGEST_PREPOSITION),
        (roster._SENTENCE_START, roster._LONGEST_STOP),
        (roster._OFFICE_BEFORE, roster._LONGEST_OFFICE),
        (kinds._SO_CALLED, len("so called")),
    ):
        assert _span(search_end(pattern, text, longest)) == _span(pattern.search(text))
    assert kinds._title_lead(text) == bool(kinds._TITLE_LEAD.search(text))


def _title_case_counted(content: str) -> bool:
    """The rule as first written: count every word, then compare."""
    if not content[:1].isupper():
        return False
    words = [w for w in kinds._WORD.findall(content) if w.lower() not in kinds._MINOR]
    if not words:
        return False
    capitalised = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return capitalised >= 0.75 * len(words)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(["The", "the", "of", "Big", "big", "2024", "'s", "Ünder", "a"])).map(
        " ".join
    )
)
def test_title_case_stopping_early_agrees(content: str) -> None:
    assert kinds._title_case(content) == _title_case_counted(content)
