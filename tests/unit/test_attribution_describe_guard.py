"""The quick test `describe` runs after a name ("a comma, or is/was/has/had/became") never rules
out an appositive or a predicate that the full patterns find (see descriptions._MAY_DESCRIBE)."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from reader.core.attribution import description_ends, descriptions
from reader.core.load import load_path

ROOT = Path(__file__).resolve().parents[2]
PIECES = st.sampled_from(
    [
        *"a an the who is was has had been became 61 7 retired geologist engineer of".split(),
        *"Northline Rail’s director said".split(),
        *[",", ", ", " ", "  ", "\n", "\u00a0", ".", "“", "("],
    ]
)


def _agree(after: str) -> None:
    if descriptions._APPOSITIVE.match(after) or descriptions._PREDICATE.match(after):
        assert descriptions._MAY_DESCRIBE.match(after), after


@settings(max_examples=3000, deadline=None)
@given(st.lists(PIECES, max_size=14).map("".join))
def test_the_quick_test_never_rules_out_a_description(after: str) -> None:
    _agree(after)


@settings(max_examples=1500, deadline=None)
@given(st.lists(PIECES, max_size=14).map(" ".join))
def test_the_quick_test_agrees_on_spaced_words(after: str) -> None:
    _agree(after)


def test_the_quick_test_agrees_on_the_samples() -> None:
    for path in sorted((ROOT / "articles").iterdir()):
        text = load_path(path).text
        for end in range(len(text)):
            _agree(text[end : end + 2 * descriptions._WINDOW])


def _plain_up_to_clause_end(text: str) -> str:
    """up_to_clause_end as it was, searching the whole text before each full stop (for
    words that do not run into a report: those are no description, see the test below)."""
    assume(
        description_ends._RELATIVE.match(text)
        or not description_ends._RUNS_INTO_REPORT.search(text)
    )
    ends = (
        r"said|says|told"
        if re.match(r"who(?:se)?\b", text)
        else r"said|says|told|who|whose|which|has|had|is|was"
    )
    text = re.split(rf"\s+(?:{ends})\b", text, maxsplit=1)[0]
    for stop in re.finditer(r"\.(?:\s|$)", text):
        if not description_ends._ABBREVIATION_END.search(text[: stop.start() + 1]):
            return text[: stop.start()].strip()
    return text.strip().rstrip(".")


CLAUSE_PIECES = st.sampled_from(
    [
        *"who whose a the St Dr Corp Inc U.S X said is was has geologist Aidan’s".split(),
        *[". ", ".", " ", "\n", ",", "St.", "Mr.", "Inc.", "A.", "aSt."],
    ]
)


@settings(max_examples=3000, deadline=None)
@given(st.lists(CLAUSE_PIECES, max_size=14).map("".join))
def test_clause_ends_are_found_as_before(text: str) -> None:
    assert description_ends.up_to_clause_end(text) == _plain_up_to_clause_end(text), text


@settings(max_examples=1500, deadline=None)
@given(st.lists(CLAUSE_PIECES, max_size=14).map(" ".join))
def test_clause_ends_are_found_as_before_in_spaced_words(text: str) -> None:
    assert description_ends.up_to_clause_end(text) == _plain_up_to_clause_end(text), text


def test_words_that_run_into_a_report_describe_no_one() -> None:
    assert description_ends.up_to_clause_end("the Democratic candidate stated that Trump’s") == ""
    assert description_ends.up_to_clause_end("the mayor said, is wrong") == ""
    assert description_ends.up_to_clause_end("who said that it was wrong") == "who"
    assert description_ends.up_to_clause_end("a nurse. She said that it was wrong") == "a nurse"
