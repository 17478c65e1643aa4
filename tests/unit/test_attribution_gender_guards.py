"""The quick comma test that gender inference runs before its appositive searches never rules out
a place where the search finds a match (see genders._comma_ends)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.attribution import genders
from reader.core.load import load_path

ROOT = Path(__file__).resolve().parents[2]
PIECES = st.sampled_from(
    [
        *"the a her his referee deputy Anita Sorensen Tom Baird’s O'Neil St. at".split(),
        *[",", ", ", " ", "  ", "\n", "\t", "\u00a0", ".", "-"],
    ]
)


def _agree(text: str, pos: int) -> None:
    for window, pattern in ((48, genders._APPOSITIVE_BEFORE), (40, genders._NAME_AND_COMMA)):
        lo = max(0, pos - window)
        if pattern.search(text, lo, pos) is not None:
            assert genders._comma_ends(text, lo, pos), (text, pos, pattern.pattern)


@settings(max_examples=3000, deadline=None)
@given(st.lists(PIECES, max_size=16).map("".join), st.integers(0, 80))
def test_the_comma_test_never_rules_out_a_match(text: str, pos: int) -> None:
    _agree(text, min(pos, len(text)))


def test_the_comma_test_agrees_on_the_samples() -> None:
    for path in sorted((ROOT / "articles").iterdir()):
        text = load_path(path).text
        for pos in range(len(text) + 1):
            _agree(text, pos)
