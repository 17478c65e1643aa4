"""Sentence splitting on news prose: abbreviations, initials, quote marks, quoted titles."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.core.model import Article
from reader.core.segment import split_sentences

Make = Callable[..., Article]


@pytest.fixture
def sentences_of(make_article: Make) -> Callable[..., list[str]]:
    return lambda *paragraphs: [s.text for s in split_sentences(make_article(*paragraphs))]


@pytest.mark.parametrize(
    "text",
    [
        "The U.N. envoy arrived on Monday.",
        "Dr. Ingrid Lindgren spoke first.",
        "The march reached St. Mary's Square at noon.",
        "The vote was held on Feb. 12 in the old hall.",
        "Ellen J. Park chaired the meeting.",
        "Mr. Okafor and Ms. Reyes arrived late.",
        "She read the report “Ports in a Storm. What Next?” aloud.",
        "The alarm went off at about 3:40 a.m. Wednesday, and crews arrived within minutes.",
        "The call began at 8 a.m. Pacific time and ran for an hour.",
        "Bookings failed from 6:40 a.m. Pacific until shortly before 9 p.m., the company said.",
        "Coun. Priya Malhotra, who chairs the planning committee, told me so.",  # Canadian style
        "The Coordinator, Chief (Mrs.) Bisi Ade, stated it plainly.",  # a bracketed title
    ],
)
def test_no_split_inside(text: str, sentences_of: Callable[..., list[str]]) -> None:
    assert sentences_of(text) == [text]


def test_splits_after_closing_quote_marks(sentences_of: Callable[..., list[str]]) -> None:
    got = sentences_of('“It is over.” He left. “Is it?” She stayed. "Yes." They agreed.')
    assert got == ["“It is over.”", "He left.", "“Is it?”", "She stayed.", '"Yes."', "They agreed."]


def test_an_opening_mark_left_open_starts_the_next_sentence(
    sentences_of: Callable[..., list[str]],
) -> None:
    got = sentences_of("Vance said it was bad. “Most think so. It is not true.", "“We know.”")
    assert got == ["Vance said it was bad.", "“Most think so.", "It is not true.", "“We know.”"]


def test_quote_with_attribution_stays_one_sentence(sentences_of: Callable[..., list[str]]) -> None:
    text = "“Why now?” she asked. “We waited. We lost,” said Osei."
    assert sentences_of(text) == ["“Why now?” she asked.", "“We waited. We lost,” said Osei."]


def test_offsets_index_the_article_text(make_article: Make) -> None:
    article = make_article("First one. Second one.", "Third one here.")
    for sentence in split_sentences(article):
        assert article.text[sentence.start : sentence.end] == sentence.text
    assert [s.paragraph for s in split_sentences(article)] == [0, 0, 1]
    assert [s.id for s in split_sentences(article)] == [0, 1, 2]


def test_sentences_never_cross_paragraphs(sentences_of: Callable[..., list[str]]) -> None:
    assert sentences_of("A heading without a stop", "Body text follows. More.") == [
        "A heading without a stop",
        "Body text follows.",
        "More.",
    ]


def test_whitespace_only_paragraph_gives_no_sentence(
    sentences_of: Callable[..., list[str]],
) -> None:
    assert sentences_of("One.", "   ", "Two.") == ["One.", "Two."]


def test_a_time_of_day_still_ends_a_sentence_before_a_new_one(
    sentences_of: Callable[..., list[str]],
) -> None:
    assert sentences_of("The fire started before 4 a.m. The crews left at noon.") == [
        "The fire started before 4 a.m.",
        "The crews left at noon.",
    ]


def test_a_sentence_in_brackets_ends_at_its_bracket(
    sentences_of: Callable[..., list[str]],
) -> None:
    assert sentences_of(
        "Ruiz asked why Okafor had not spoken. (She says the crowd would have made her cry.) "
        "The leaders who praised her included Ines Varga."
    ) == [
        "Ruiz asked why Okafor had not spoken.",
        "(She says the crowd would have made her cry.)",
        "The leaders who praised her included Ines Varga.",
    ]


def test_the_month_may_ends_a_sentence_before_a_title(
    sentences_of: Callable[..., list[str]],
) -> None:
    assert sentences_of("The vines would have flowered by late May. Mr. Lisowski said so.") == [
        "The vines would have flowered by late May.",
        "Mr. Lisowski said so.",
    ]


def test_a_grade_with_a_hyphened_letter_ends_its_sentence(
    sentences_of: Callable[..., list[str]],
) -> None:
    # ("Double-A. He says:" is no initial before a name; "J. He" elsewhere would be)
    assert sentences_of("He has never been above Double-A. He says he will keep trying.") == [
        "He has never been above Double-A.",
        "He says he will keep trying.",
    ]


def test_a_quote_ending_in_me_ends_its_sentence(
    sentences_of: Callable[..., list[str]],
) -> None:
    """sentencex reads "me." before a closing mark as Maine's abbreviation."""
    assert sentences_of("“Nobody thought so, least of all me.” That is how Ana describes it.") == [
        "“Nobody thought so, least of all me.”",
        "That is how Ana describes it.",
    ]
