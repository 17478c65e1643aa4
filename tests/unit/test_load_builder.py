"""ArticleBuilder and InlineText: offsets, separators, whitespace, link spans."""

from __future__ import annotations

from reader.core.load.builder import ArticleBuilder, InlineText, clean_inline
from reader.core.model import ParagraphKind


def test_paragraphs_are_joined_by_a_blank_line_with_exact_offsets() -> None:
    builder = ArticleBuilder("x.txt")
    builder.add("First  paragraph\n here.")
    builder.add("   ")  # empty after cleaning: skipped
    builder.add("A heading", ParagraphKind.HEADING)
    builder.add("Last one.", ParagraphKind.BLOCKQUOTE)
    article = builder.build()
    assert article.text == "First paragraph here.\n\nA heading\n\nLast one."
    assert [(p.index, p.kind, p.start, p.end) for p in article.paragraphs] == [
        (0, ParagraphKind.BODY, 0, 21),
        (1, ParagraphKind.HEADING, 23, 32),
        (2, ParagraphKind.BLOCKQUOTE, 34, 43),
    ]
    assert [article.paragraph_text(p) for p in article.paragraphs] == [
        "First paragraph here.",
        "A heading",
        "Last one.",
    ]


def test_inline_links_get_global_offsets() -> None:
    builder = ArticleBuilder("x.md")
    builder.add("Intro.")
    inline = InlineText()
    inline.append("See ")
    inline.open_link("https://a.example/")
    inline.append("  the\nreport ")
    inline.close_link()
    inline.append(" now.")
    builder.add_inline(inline)
    article = builder.build()
    assert article.text == "Intro.\n\nSee the report now."
    (link,) = article.links
    assert (link.url, link.text) == ("https://a.example/", "the report")
    assert article.text[link.start : link.end] == "the report"
    assert link.start == len("Intro.\n\nSee ")


def test_inline_text_never_starts_or_ends_with_space_and_drops_empty_links() -> None:
    inline = InlineText()
    inline.append("  \n ")
    inline.open_link("https://empty.example/")
    inline.append("   ")
    inline.close_link()
    inline.append("word")
    inline.space()
    inline.open_link("https://b.example/")
    inline.append("linked")
    inline.close_link()
    inline.space()
    assert inline.text == "word linked"
    assert [(link.url, link.start, link.end) for link in inline.links] == [
        ("https://b.example/", 5, 11)
    ]


def test_metadata_is_cleaned_and_empty_metadata_is_none() -> None:
    builder = ArticleBuilder("x")
    builder.title = "  A\n title "
    builder.author = "   "
    builder.add("Body.")
    article = builder.build()
    assert (article.title, article.author, article.published) == ("A title", None, None)


def test_clean_inline_removes_invisible_characters_and_collapses_whitespace() -> None:
    assert clean_inline(" co\u00adop\u200beration \t\u00a0 works\n") == "cooperation works"
