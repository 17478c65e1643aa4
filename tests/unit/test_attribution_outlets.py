"""Outlets are looked for only in the runs of capitals that hold an outlet word: the same matches
as trying the pattern in every run (see outlets.outlets_in_runs)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.attribution import outlets
from reader.core.attribution.capitals import finditer_in_runs
from reader.core.attribution.organisation_names import OUTLET_IN_TEXT
from reader.core.load import load_path

ROOT = Path(__file__).resolve().parents[2]
PIECES = st.sampled_from(
    [
        *"The the Marlowe Evening Post Times News NewsPost iNews TVs TV AP APs Reuters".split(),
        *"of and van said told Ledger Sun Sunday Star-Ledger O’Brien’s Daily Mail x".split(),
        " ",
        "  ",
        "\n",
        ", ",
        ". ",
        "“",
        "’s",
    ]
)


def _found(text: str, fast: bool) -> list[tuple[tuple[int, int], str]]:
    found = outlets.outlets_in_runs(text) if fast else finditer_in_runs(OUTLET_IN_TEXT, text)
    return [(m.span(), m.group(1)) for m in found]


@settings(max_examples=3000, deadline=None)
@given(st.lists(PIECES, max_size=24).map("".join))
def test_the_word_first_search_finds_what_every_run_finds(text: str) -> None:
    assert _found(text, True) == _found(text, False), text


def test_outlets_are_found() -> None:
    text = "He told The Marlowe Ledger and the Evening Post, not iNews or a TVs shop."
    assert [name for _, name in _found(text, True)] == ["The Marlowe Ledger", "Evening Post"]
    assert _found(text, True) == _found(text, False)


def test_the_searches_agree_on_the_samples() -> None:
    for path in sorted((ROOT / "articles").iterdir()):
        text = load_path(path).text
        assert _found(text, True) == _found(text, False), path.name
