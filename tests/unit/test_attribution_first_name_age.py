"""A first name given with an age ("Dante, 19,") is looked for only before an age between commas:
the same matches as the pattern's scan of the whole text (see ages.first_names_with_age)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.attribution import ages

PIECES = st.sampled_from(
    [*"Dante Marisol A Bo McDonald neighbor said 19 34 1000 and".split(), ", ", ",", " ", "  "]
)


def _spans(text: str, fast: bool) -> list[tuple[tuple[int, int], str]]:
    found = ages.first_names_with_age(text) if fast else ages._FIRST_NAME_AND_AGE.finditer(text)
    return [(m.span(), m[1]) for m in found]


@settings(max_examples=2000, deadline=None)
@given(st.lists(PIECES, max_size=20).map("".join))
def test_the_age_first_search_finds_what_the_scan_finds(text: str) -> None:
    assert _spans(text, True) == _spans(text, False), text


def test_names_with_ages_are_found() -> None:
    text = "Another neighbor, Dante, 19, said so; then, Marisol, 34, agreed. X, 5, Y,  7,"
    assert [name for _, name in _spans(text, True)] == ["Dante", "Marisol"]
    assert _spans(text, True) == _spans(text, False)
