"""The role before a name is searched for from the tenth word from the end only: it finds the same
match as the search over the whole window (see role_before_names.role_before)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.attribution import role_before_names

WORDS = st.sampled_from(
    [
        *"the a an The Port Calder Authority's McDonald acting deputy chief executive".split(),
        *"spokesman spokesmen director directors said, of and lawyer, U.S. X 2nd".split(),
        *"Bank's O'Neill governor senior research, General Director-general".split(),
        " ",
        "\n",
        "\u2003",
    ]
)
BEFORE = st.tuples(st.lists(WORDS, max_size=16), st.sampled_from(["", " ", ", ", "  "])).map(
    lambda parts: " ".join(parts[0]) + parts[1]
)


def _found(before: str, fast: bool) -> object:
    match = (
        role_before_names.role_before(before)
        if fast
        else role_before_names._ROLE_BEFORE.search(before)
    )
    return (match.span(), match.groupdict()) if match else None


@settings(max_examples=2000, deadline=None)
@given(BEFORE)
def test_the_role_from_the_tenth_word_is_the_role_of_the_whole_window(before: str) -> None:
    assert _found(before, True) == _found(before, False), before


def test_a_long_role_phrase_is_found_whole() -> None:
    before = "said on Monday that the Calder Port Authority acting deputy chief executive "
    assert _found(before, True) == _found(before, False)
    assert role_before_names.role_before(before) is not None
