"""The quick test `group_term` runs on a lead's last word never rules out a lead the full pattern
matches (see kinds._GROUP_TERM_ENDS)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.attribution import kinds
from reader.core.load import load_path

ROOT = Path(__file__).resolve().parents[2]
PIECES = st.sampled_from(
    [
        *"what as some critics locals in the valley call calls called dub term know".split(),
        *"describe termed dubbed it said them the staff his clients".split(),
        *[" ", "  ", "\n", "\u00a0", ",", "“", "."],
    ]
)


def _agree(lead: str) -> None:
    assert kinds.group_term(lead) == (kinds._GROUP_TERM.search(lead[-120:]) is not None), lead


@settings(max_examples=3000, deadline=None)
@given(st.lists(PIECES, max_size=14).map(" ".join))
def test_the_quick_test_never_rules_out_a_group_term(lead: str) -> None:
    _agree(lead)


@settings(max_examples=1500, deadline=None)
@given(st.lists(PIECES, max_size=14).map("".join))
def test_the_quick_test_agrees_on_run_together_words(lead: str) -> None:
    _agree(lead)


def test_the_quick_test_agrees_on_the_samples() -> None:
    for path in sorted((ROOT / "articles").iterdir()):
        text = load_path(path).text
        for end in range(len(text)):
            _agree(text[max(0, end - 200) : end])


def test_group_terms_are_still_found() -> None:
    for lead in (
        "what some in the valley call ",
        "locals call them the ",
        "what clients called his ",
    ):
        assert kinds.group_term(lead), lead
    assert not kinds.group_term("what some in the valley said ")
