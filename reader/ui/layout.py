"""The article laid out into visual lines for one width.

A `Line` is a slice of `Article.text` (offsets, end exclusive) or, for the title and byline,
a short string of its own. Building the layout is the only O(n) step; it runs on resize.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from enum import IntEnum
from typing import NamedTuple

from rich.cells import get_character_cell_size

from reader.core.model import Analysis, Article, Paragraph, ParagraphKind
from reader.core.pattern_store import page_pattern
from reader.ui.text import safe_text

GUTTER = 2
RIGHT_MARGIN = 1
BAR = "│ "


class LineKind(IntEnum):
    TITLE = 0
    BYLINE = 1
    BLANK = 2
    BODY = 3
    HEADING = 4
    BLOCKQUOTE = 5

    @property
    def indent(self) -> int:
        """Cells before the text: the selection gutter, plus a bar for block quotes."""
        return GUTTER + (len(BAR) if self is LineKind.BLOCKQUOTE else 0)

    @property
    def has_offsets(self) -> bool:
        return self >= LineKind.BODY


_PARAGRAPH_KINDS = {
    ParagraphKind.BODY: LineKind.BODY,
    ParagraphKind.HEADING: LineKind.HEADING,
    ParagraphKind.BLOCKQUOTE: LineKind.BLOCKQUOTE,
}


class Line(NamedTuple):
    kind: LineKind
    start: int
    end: int
    text: str = ""


class ArticleLayout:
    """Visual lines of an article at a given width, with offset <-> line look-ups; `until`
    lays out only the paragraphs that start before that offset (`complete` says if that was
    all of them)."""

    def __init__(self, analysis: Analysis, width: int, until: int | None = None) -> None:
        self.width = width
        self.lines: list[Line] = [*self._header(analysis.article)]
        article = analysis.article
        paragraphs = article.paragraphs if until is None else article.opening_paragraphs(until)
        self.complete = len(paragraphs) == len(article.paragraphs)
        self._add_paragraphs(analysis.article.text, paragraphs)
        self._starts = [line.start for line in self.lines]

    def __len__(self) -> int:
        return len(self.lines)

    def line_at_offset(self, offset: int) -> int:
        """Index of the (last) line showing `offset`."""
        return max(0, bisect_right(self._starts, offset) - 1)

    def lines_of(self, start: int, end: int) -> range:
        """Indices of the lines showing the span [start, end)."""
        return range(self.line_at_offset(start), self.line_at_offset(max(start, end - 1)) + 1)

    def offset_at(self, y: int, x: int, text: str) -> int | None:
        """The offset shown at column `x` of line `y`, or None for lines without offsets."""
        if not 0 <= y < len(self.lines) or not self.lines[y].kind.has_offsets:
            return None
        line = self.lines[y]
        column = x - line.kind.indent
        shown = safe_text(text[line.start : line.end]).rstrip()
        for index, char in enumerate(shown):
            column -= get_character_cell_size(char)
            if column < 0:
                return line.start + index
        return line.start + max(0, len(shown) - 1)

    def nearest_text_line(self, y: int, step: int = 1) -> int | None:
        """The first line from `y` (moving by `step`) that shows article text."""
        while 0 <= y < len(self.lines):
            if self.lines[y].kind.has_offsets:
                return y
            y += step
        return None

    def _text_width(self, kind: LineKind) -> int:
        return self.width - kind.indent - RIGHT_MARGIN

    def _header(self, article: Article) -> list[Line]:
        lines: list[Line] = []
        if article.title:
            lines += self._own_lines(LineKind.TITLE, article.title)
        byline = " · ".join(part for part in (article.author, article.published) if part)
        if byline:
            lines += self._own_lines(LineKind.BYLINE, byline)
        return lines

    def _own_lines(self, kind: LineKind, text: str) -> list[Line]:
        text = " ".join(safe_text(text).split())
        spans = wrap(text, 0, len(text), self._text_width(kind))
        return [Line(kind, 0, 0, text[start:end].rstrip()) for start, end in spans]

    def _add_paragraphs(self, text: str, paragraphs: Sequence[Paragraph]) -> None:
        lines = self.lines
        for paragraph in paragraphs:
            if lines:
                lines.append(Line(LineKind.BLANK, paragraph.start, paragraph.start))
            kind = _PARAGRAPH_KINDS.get(paragraph.kind, LineKind.BODY)
            width = self._text_width(kind)
            for start, end in wrap(text, paragraph.start, paragraph.end, width):
                lines.append(Line(kind, start, end))


# Characters one cell wide: the common Western ranges (as in rich.cells) plus general
# punctuation (curly quotes, dashes, ellipsis) and currency signs, which news text is full of.
_NARROW_RANGES = [(0x20, 0x7E), (0xA0, 0xAC), (0xAE, 0x2FF), (0x370, 0x482), (0x2010, 0x2027)]
_NARROW_RANGES += [(0x2030, 0x205E), (0x20A0, 0x20C0)]
# a character outside them, found by one regex scan (a set test per character is 5x slower)
_WIDE = page_pattern(
    "[^" + "".join(f"{chr(low)}-{chr(high)}" for low, high in _NARROW_RANGES) + "]"
)


def wrap(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of text[start:end]: (start, end) offsets of each line.

    A line's span includes the spaces after it, so spans tile the paragraph; always returns
    at least one span. Words longer than `width` are broken.
    """
    chunk = safe_text(text[start:end])
    width = max(width, 1)
    narrow = _WIDE.search(chunk) is None
    spans = _wrap_narrow(chunk, width) if narrow else _wrap_cells(chunk, width)
    return [(start + first, start + last) for first, last in spans]


def _skip_spaces(chunk: str, index: int) -> int:
    while index < len(chunk) and chunk[index] == " ":
        index += 1
    return index


def _wrap_narrow(chunk: str, width: int) -> list[tuple[int, int]]:
    """Wrap text whose characters are all one cell wide (fast: str.rfind per line)."""
    spans: list[tuple[int, int]] = []
    position, size = 0, len(chunk)
    while size - position > width:
        cut = chunk.rfind(" ", position, position + width + 1)
        following = _skip_spaces(chunk, cut + 1) if cut > position else position + width
        spans.append((position, following))
        position = following
    if position < size or not spans:
        spans.append((position, size))
    return spans


def _wrap_cells(chunk: str, width: int) -> list[tuple[int, int]]:
    """Wrap text with wide or zero-width characters, measuring each character."""
    spans: list[tuple[int, int]] = []
    line_start, column, space, index = 0, 0, -1, 0
    while index < len(chunk):
        char = chunk[index]
        cells = 1 if char == " " else get_character_cell_size(char)
        if char != " " and column + cells > width and index > line_start:
            cut = _skip_spaces(chunk, space + 1) if space > line_start else index
            spans.append((line_start, cut))
            line_start, space = cut, -1
            column = sum(get_character_cell_size(c) for c in chunk[line_start:index])
            continue
        if char == " ":
            space = index
        column += cells
        index += 1
    spans.append((line_start, len(chunk)))
    return spans
