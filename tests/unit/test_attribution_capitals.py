"""Names, organisations and outlets are looked for only inside runs of capitalised words
(reader/core/attribution/capitals.py): the matches must be exactly those of a whole-text scan."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.attribution import mentions, organisation_names
from reader.core.attribution.capitals import capitalised_runs, find_names, finditer_in_runs

PIECES = [
    "Ana",
    "de",
    "Souza",
    "Port",
    "Authority",
    "of",
    "the",
    "and",
    "&",
    "for",
    "on",
    "Bank",
    "Mr.",
    "Dr.",
    "J.",
    "Jr.",
    "Reuters",
    "Marlowe",
    "Ledger",
    "said",
    "she",
    "the",
    "ministry",
    "iPhone",
    "McDonald",
    "O’Brien",
    "d'Arcy",
    "NATO",
    "Union",
    "Workers'",
    ",",
    ".",
    "“",
    "”",
    "\n\n",
    "  ",
    "-",
    "van",
    "Der",
    "Times",
    "News",
    "Council",
    "İstanbul",
    "Élodie",
]
PATTERNS = [
    mentions.PERSON_IN_TEXT,
    organisation_names.ORG_IN_TEXT,
    organisation_names.OUTLET_IN_TEXT,
]


def _spans(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=300, derandomize=True, database=None, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60).map(" ".join))
def test_matches_inside_runs_are_the_whole_text_matches(text: str) -> None:
    for pattern in PATTERNS:
        whole = [(m.start(m.lastindex or 0), m.groups()) for m in pattern.finditer(text)]
        in_runs = [(m.start(m.lastindex or 0), m.groups()) for m in finditer_in_runs(pattern, text)]
        assert in_runs == whole, pattern.pattern[:60]


def test_runs_join_capitalised_words_over_small_words() -> None:
    text = "She met the Bank of the North and Ana de Souza, then Reuters."
    runs = [text[s:e] for s, e in capitalised_runs(text)]
    assert runs == ["She", "Bank of the North and Ana de Souza,", "Reuters."]


def test_names_outside_a_run_of_capitals_are_still_found() -> None:
    text = "The paper, the Ledger, spoke to Jean d'Arcy and to The Marlowe Ledger."
    found = [
        m.group() for m in find_names(["the Ledger", "Jean d'Arcy", "The Marlowe Ledger"], text)
    ]
    assert found == ["the Ledger", "Jean d'Arcy", "The Marlowe Ledger"]
    assert [m.group() for m in find_names(["Marlowe Ledger"], text)] == ["Marlowe Ledger"]


@settings(max_examples=200, derandomize=True, database=None, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join))
def test_find_names_matches_a_plain_scan(text: str) -> None:
    names = ["Ana de Souza", "Port Authority", "Marlowe Ledger", "Bank"]
    plain = re.compile(r"\b(?:Ana de Souza|Port Authority|Marlowe Ledger|Bank)\b")
    assert _spans(find_names(names, text)) == _spans(plain.finditer(text))


def test_a_day_after_on_ends_an_organisation_name() -> None:
    text = "He was at Saint Odile Medical Center on Thursday, and at the Bank of the North."
    names = [name for _, name in organisation_names.organisation_mentions(text)]
    assert "Saint Odile Medical Center" in names
    assert not any("Thursday" in name for name in names)


@settings(max_examples=200, derandomize=True, database=None, deadline=None)
@given(st.lists(st.sampled_from([*PIECES, "staff", "the", "Ledger", "d'Arcy"]), max_size=40))
def test_find_names_outside_runs_matches_a_plain_scan(pieces: list[str]) -> None:
    text = " ".join(pieces)
    names = ["Council staff", "the Ledger", "Port", "Port Authority", "Bank", "Jean d'Arcy"]
    plain = re.compile(r"\b(?:Port Authority|Council staff|Jean d'Arcy|the Ledger|Bank|Port)\b")
    assert _spans(find_names(names, text)) == _spans(plain.finditer(text))
