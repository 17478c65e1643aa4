"""Quotation marks are found in one scan of the whole text and shared out to the paragraphs: the
same marks as a scan of each paragraph on its own, even where paragraphs touch, overlap or a
two-character mark ("''") runs over a paragraph's edge (see marks._marks_by_paragraph)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.attribution import marks
from reader.core.attribution.singles import single_quote_spans
from reader.core.load import load_path
from reader.core.model import Article, Paragraph, ParagraphKind

ROOT = Path(__file__).resolve().parents[2]
TEXT = st.lists(st.sampled_from(["'", "`", "“", "”", "„", '"', "a", " ", "\n"]), max_size=30).map(
    "".join
)


def _per_paragraph(text: str, paragraphs: list[Paragraph]) -> list[list[tuple[int, str]]]:
    return [
        [(m.start(), m.group()) for m in marks._MARK.finditer(text, p.start, p.end)]
        for p in paragraphs
    ]


def _shared(text: str, paragraphs: list[Paragraph]) -> list[list[tuple[int, str]]]:
    return marks._marks_by_paragraph(text, paragraphs)


@settings(max_examples=3000, deadline=None)
@given(TEXT, st.lists(st.tuples(st.integers(0, 32), st.integers(0, 12)), max_size=6))
def test_the_shared_scan_finds_each_paragraphs_marks(
    text: str, bounds: list[tuple[int, int]]
) -> None:
    paragraphs = [
        Paragraph(i, ParagraphKind.BODY, start, start + length)
        for i, (start, length) in enumerate(bounds)
    ]
    assert _shared(text, paragraphs) == _per_paragraph(text, paragraphs), (text, bounds)


@settings(max_examples=1000, deadline=None)
@given(TEXT)
def test_the_search_for_marks_finds_what_the_scan_finds(text: str) -> None:
    assert marks._all_marks(text) == [(m.start(), m.group()) for m in marks._MARK.finditer(text)]


@settings(max_examples=1000, deadline=None)
@given(TEXT, st.lists(st.integers(1, 6), max_size=8))
def test_the_shared_scan_agrees_on_touching_paragraphs(text: str, lengths: list[int]) -> None:
    paragraphs, start = [], 0
    for i, length in enumerate(lengths):
        paragraphs.append(Paragraph(i, ParagraphKind.BODY, start, start + length))
        start += length
    assert _shared(text, paragraphs) == _per_paragraph(text, paragraphs), (text, lengths)


def test_the_scans_agree_on_the_samples() -> None:
    for path in sorted((ROOT / "articles").iterdir()):
        article = load_path(path)
        expected = _per_paragraph(article.text, article.paragraphs)
        assert _shared(article.text, article.paragraphs) == expected, path.name


SINGLES_TEXT = st.lists(
    st.sampled_from(["'", "‘", "’", "“", "”", '"', "a", "don", "t", "90s", " ", "\n", ",", "."]),
    max_size=30,
).map("".join)


@settings(max_examples=3000, deadline=None)
@given(
    SINGLES_TEXT,
    st.one_of(
        st.just([(0, 40)]),  # one paragraph holding the whole text
        st.lists(st.tuples(st.integers(0, 32), st.integers(0, 12)), max_size=5),
    ),
)
def test_singles_are_skipped_only_when_they_cannot_outnumber_doubles(
    text: str, bounds: list[tuple[int, int]]
) -> None:
    paragraphs = [  # inside the text: singles.py reads the characters around each mark
        Paragraph(i, ParagraphKind.BODY, min(start, len(text)), min(start + length, len(text)))
        for i, (start, length) in enumerate(bounds)
    ]
    singles = [s for p in paragraphs for s in single_quote_spans(text, p)]
    for doubles in range(len(singles)):  # any count the singles outnumber
        assert marks.singles_may_outnumber(text, paragraphs, doubles), (text, bounds, doubles)


def test_singles_are_still_found_in_british_style() -> None:
    text = "'We will not move,' said Cllr Tully. “Fine,” she said. 'Never,' he said."
    article = Article("x.txt", text, [Paragraph(0, ParagraphKind.BODY, 0, len(text))])
    assert [text[s.start : s.end] for s in marks.find_marked_spans(article)] == [
        "We will not move,",
        "Fine,",
        "Never,",
    ]
