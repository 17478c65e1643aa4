"""A first name given with an age ("Dante, 19,") is looked for only before an age between commas:
the same matches as the pattern's scan of the whole text (see ages.first_names_with_age)."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.attribution import ages
from reader.core.model import Article
from reader.core.pipeline import analyse

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


def test_a_first_name_with_age_opening_a_paragraph_or_after_was_is_a_person(
    make_article: Callable[..., Article],
) -> None:
    """ "Maya, 16, a junior …" and "Among the marchers was Lerato, 29, …": the next "she"."""
    article = make_article(
        "Maya, 16, a junior at Kettle Ridge High School, came to the meeting.",
        "“I get it,” she told WHLR before the vote.",
        "Among the marchers was Lerato, 29, a hairdresser from Sandvlei.",
        "“They want us to pay more for water that does not come,” she said.",
    )
    speakers = [q.speaker for q in analyse(article).quotes]
    assert speakers == ["Maya", "Lerato"]


def test_a_first_name_with_age_opening_a_sentence_is_a_person(
    make_article: Callable[..., Article],
) -> None:
    article = make_article(
        "For families the question is less abstract. Marisol, 44, a billing clerk in Ashford, "
        "asked that her last name not be used.",
        "“On Saturdays he'd sleep until 1,” she said.",
    )
    assert {q.speaker for q in analyse(article).quotes} == {"Marisol"}  # her quote, her report


def test_indian_honorifics_are_titles(make_article: Callable[..., Article]) -> None:
    article = make_article(
        "Chief Minister Shri Hemant Raghuvanshi thanked voters. Smt Kavita Deshmane conceded.",
        "“This is not my victory,” Mr. Raghuvanshi said.",
        "“We accept the verdict,” said Ms. Deshmane.",
    )
    assert [q.speaker for q in analyse(article).quotes if q.kind.value == "direct"] == [
        "Hemant Raghuvanshi",
        "Kavita Deshmane",
    ]
