"""Markdown loader: front matter, title H1, headings, quotes, lists, links with exact spans."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.load import load_path, load_text
from reader.core.model import Article, ParagraphKind

DATA = Path(__file__).resolve().parents[1] / "data" / "load"
BODY, HEADING, QUOTE = ParagraphKind.BODY, ParagraphKind.HEADING, ParagraphKind.BLOCKQUOTE


def _paragraphs(article: Article) -> list[tuple[ParagraphKind, str]]:
    return [(p.kind, article.paragraph_text(p)) for p in article.paragraphs]


def _md(text: str) -> Article:
    return load_text(text, "x.md")


def test_fixture_metadata_from_front_matter() -> None:
    article = load_path(DATA / "article.md")
    assert article.title == "Night trains return to the valley line"
    assert article.author == "Jonas Weller and Ana Lindqvist"
    assert article.published == "2026-03-03"


def test_fixture_paragraphs_kinds_and_reduced_markup() -> None:
    article = load_path(DATA / "article.md")
    assert _paragraphs(article) == [
        (
            BODY,
            "The first night train in twelve years left Millbrook station shortly after ten "
            "o'clock on Friday, according to the operator's timetable and to several passengers.",
        ),
        (HEADING, "What the passengers said"),
        (QUOTE, '"I used to take this train to see my grandmother," said Ilse Marten.'),
        (QUOTE, "She had booked a sleeper cabin for the whole journey."),
        (
            BODY,
            "Tickets cost €49 one way & children travel free. Details: see the operator's site.",
        ),
        (BODY, "Four nights a week until October"),
        (BODY, "Every night from November, if demand holds up"),
        (BODY, "Read the full report before the meeting."),
    ]
    assert "\n\n".join(t for _, t in _paragraphs(article)) == article.text


def test_fixture_links_have_exact_spans() -> None:
    article = load_path(DATA / "article.md")
    got = [(link.url, link.text) for link in article.links]
    assert got == [
        ("https://northline.example/timetable", "the operator's timetable"),
        ("/cabins", "sleeper cabin"),
        ("https://valley.example/report", "full report"),
    ]
    for link in article.links:
        assert article.text[link.start : link.end] == link.text
    assert article.links[0].start == article.text.index("the operator's timetable")


def test_link_with_emphasis_inside_and_several_links_in_a_paragraph() -> None:
    article = _md(
        "Intro with [a *very* **bold**\nclaim](https://a.example/) and [`code`](b.html).\n"
    )
    assert article.text == "Intro with a very bold claim and code."
    assert [(link.url, article.text[link.start : link.end]) for link in article.links] == [
        ("https://a.example/", "a very bold claim"),
        ("b.html", "code"),
    ]


def test_h1_equal_to_front_matter_title_is_not_a_paragraph() -> None:
    article = _md("---\ntitle: Ferry returns\n---\n\n# Ferry returns\n\nBody.\n\n# Another part\n")
    assert article.title == "Ferry returns"
    assert _paragraphs(article) == [(BODY, "Body."), (HEADING, "Another part")]


def test_first_h1_is_the_title_without_front_matter() -> None:
    article = _md("Lead before the title.\n\n# Ferry returns\n\n## Details\n\nBody.\n\n# Later\n")
    assert article.title == "Ferry returns"
    assert _paragraphs(article) == [
        (BODY, "Lead before the title."),
        (HEADING, "Details"),
        (BODY, "Body."),
        (HEADING, "Later"),
    ]


def test_h1_that_differs_from_the_front_matter_title_stays_a_heading() -> None:
    article = _md("---\ntitle: Official title\n---\n# Something else\n\nBody.\n")
    assert article.title == "Official title"
    assert _paragraphs(article) == [(HEADING, "Something else"), (BODY, "Body.")]


@pytest.mark.parametrize(
    ("front", "author", "published"),
    [
        ("author: Jane Doe\ndate: 2026-03-03", "Jane Doe", "2026-03-03"),
        ("byline: Jane Doe\npublished: March 3, 2026", "Jane Doe", "2026-03-03"),
        ("authors: [Jane Doe, John Roe, Ana Lima]", "Jane Doe, John Roe and Ana Lima", None),
        (
            "author:\n  name: Jane Doe\ndate: 2026-03-03T09:15:00Z",
            "Jane Doe",
            "2026-03-03T09:15:00+00:00",
        ),
        ("date: 'soon, probably'", None, "soon, probably"),
    ],
)
def test_front_matter_forms(front: str, author: str | None, published: str | None) -> None:
    article = _md(f"---\ntitle: T\n{front}\n---\n\nBody.\n")
    assert (article.author, article.published) == (author, published)


def test_broken_front_matter_still_gives_the_article() -> None:
    article = _md("---\ntitle: [unclosed\n---\n\n# The title\n\nBody.\n")
    assert article.title == "The title"
    assert article.text == "Body."


def test_byline_and_date_paragraphs_under_the_title_become_metadata() -> None:
    article = _md("# Ferry returns\n\nBy Jane Doe\n\nMarch 3, 2026\n\nThe ferry sailed.\n")
    assert (article.title, article.author, article.published) == (
        "Ferry returns",
        "Jane Doe",
        "2026-03-03",
    )
    assert article.text == "The ferry sailed."


def test_nested_blockquote_and_list_inside_a_quote() -> None:
    article = _md("> Outer words.\n>\n> > Inner words.\n>\n> - a quoted item\n\nAfter.\n")
    assert _paragraphs(article) == [
        (QUOTE, "Outer words."),
        (QUOTE, "Inner words."),
        (QUOTE, "a quoted item"),
        (BODY, "After."),
    ]


def test_images_and_html_are_dropped_entities_decoded_breaks_are_spaces() -> None:
    article = _md(
        "A ![chart](c.png) line&nbsp;with &copy; and <span class='x'>inline</span> html  \n"
        "then a hard break\\\nand a soft\nbreak.\n\n<div class='ad'>Advertisement</div>\n"
    )
    assert article.text == "A line with © and inline html then a hard break and a soft break."


def test_code_block_text_is_kept() -> None:
    article = _md("Before.\n\n```\nrun --fast\n```\n")
    assert _paragraphs(article) == [(BODY, "Before."), (BODY, "run --fast")]


def test_a_saved_pages_furniture_is_dropped_but_not_its_sentences() -> None:
    text = (
        "# Ferry fares frozen\n\nShare this story\n\n"
        "Fares stay at £4 until May, the council said.\n\n"
        "*Have information about this story? Email newsroom@harbour.example.*\n\n"
        "> Share this story\n"
    )
    article = load_text(text, "saved.md", "markdown")
    assert [article.paragraph_text(p) for p in article.paragraphs] == [
        "Fares stay at £4 until May, the council said.",
        "Share this story",  # a quotation is the writer's choice, never furniture
    ]


COLUMN = """# Bill 31 promises homes

*The province's own numbers tell a different story*

By Corinne Aldous | Opinion | Nov. 4, 2026

Premier Lorna Beattie has a line she likes.

It's the right question. Bill 31 doesn't answer it.

---

*Corinne Aldous is the Examiner's city hall columnist. Reach her at caldous@example.ca.*

**More from Opinion:** [Letters: The towers were worth the wait](https://example.ca/a) · \
[Editorial: Give the transit board a hearing](https://example.ca/b)
"""


def test_a_column_s_byline_under_its_standfirst_with_section_and_date() -> None:
    article = _md(COLUMN)
    assert (article.author, article.published) == ("Corinne Aldous", "2026-11-04")
    texts = [text for _, text in _paragraphs(article)]
    assert texts[0] == "The province's own numbers tell a different story"  # kept: the standfirst
    assert not any(text.startswith("By ") for text in texts)


def test_a_column_s_author_bio_and_related_links_are_not_the_article() -> None:
    texts = [text for _, text in _paragraphs(_md(COLUMN))]
    assert texts[-1] == "It's the right question. Bill 31 doesn't answer it."


def test_a_paragraph_under_the_first_is_no_byline_when_it_is_prose() -> None:
    article = _md("# Title\n\nA first paragraph.\n\nMarch 3, 2026\n\nThe story goes on.\n")
    assert article.published is None  # a date after a first paragraph is not the byline's
    assert [text for _, text in _paragraphs(article)][1] == "March 3, 2026"
