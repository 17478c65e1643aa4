"""Assemble an `Article` from paragraphs; every loader (text, markdown, html) ends here.

`InlineText` builds one paragraph from pieces (text runs, link starts and ends), collapsing
whitespace as it goes so that link spans stay correct without a second pass over offsets.
`ArticleBuilder` joins the paragraphs with "\\n\\n" and turns paragraph-relative link spans
into offsets into `Article.text`.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.model import Article, Link, Paragraph, ParagraphKind
from reader.core.pattern_store import page_pattern
from reader.core.safe import safe_text

_WHITESPACE = page_pattern(r"\s+")
# Invisible characters that scraped pages scatter inside words (zero-width space, word joiner,
# stray BOM, soft hyphen): they would break searching and sentence splitting.
_INVISIBLE = page_pattern("[\u200b\u2060\ufeff\u00ad]")

PARAGRAPH_SEPARATOR = "\n\n"


def clean_inline(text: str) -> str:
    """One paragraph's text: invisible characters gone, whitespace runs collapsed, ends stripped."""
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    return " ".join(text.split())  # str.split() splits on the same Unicode whitespace as \s


@dataclass(frozen=True, slots=True)
class InlineLink:
    """A link whose span is relative to its paragraph's text."""

    url: str
    start: int
    end: int


class InlineText:
    """A paragraph built piece by piece: whitespace collapsed, link spans tracked.

    A space is only written when non-space text follows it, so the paragraph never starts or
    ends with a space and a link's span never includes the space before or after its words.
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._space_pending = False
        self._open: list[tuple[str, int | None]] = []
        self.links: list[InlineLink] = []

    def append(self, text: str) -> None:
        collapsed = _WHITESPACE.sub(" ", _INVISIBLE.sub("", text))
        if not collapsed:
            return
        if collapsed[0] == " ":
            self._space_pending = True
        words = collapsed.strip(" ")
        if words:
            self._write(words)
        if collapsed[-1] == " ":
            self._space_pending = True

    def space(self) -> None:
        """A line break or other separator: becomes one space if text follows."""
        self._space_pending = True

    def open_link(self, url: str) -> None:
        # The start is fixed by the first word written after this point (see `_write`).
        self._open.append((url, None))

    def close_link(self) -> None:
        if not self._open:
            return
        url, start = self._open.pop()
        if start is not None and url:
            self.links.append(InlineLink(url, start, self._length))

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def _write(self, words: str) -> None:
        if self._space_pending and self._length:
            self._parts.append(" ")
            self._length += 1
        self._space_pending = False
        self._open = [(url, self._length if start is None else start) for url, start in self._open]
        self._parts.append(words)
        self._length += len(words)


class ArticleBuilder:
    """Collects paragraphs and metadata, then produces the `Article` with global offsets."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.title: str | None = None
        self.author: str | None = None
        self.published: str | None = None
        self._parts: list[str] = []
        self._paragraphs: list[Paragraph] = []
        self._links: list[Link] = []
        self._length = 0

    def __len__(self) -> int:
        return len(self._paragraphs)

    def add(self, text: str, kind: ParagraphKind = ParagraphKind.BODY) -> None:
        """Add a paragraph of plain text (whitespace is collapsed here); empty text is skipped."""
        cleaned = clean_inline(text)
        if cleaned:
            self._append(cleaned, kind, ())

    def add_inline(self, inline: InlineText, kind: ParagraphKind = ParagraphKind.BODY) -> None:
        """Add a paragraph built with `InlineText`, keeping its links."""
        text = inline.text
        if text:
            self._append(text, kind, inline.links)

    def build(self) -> Article:
        return Article(
            source=self.source,
            text="".join(self._parts),
            paragraphs=list(self._paragraphs),
            links=list(self._links),
            title=_clean_meta(self.title),
            author=_clean_meta(self.author),
            published=_clean_meta(self.published),
        )

    def _append(
        self, text: str, kind: ParagraphKind, links: tuple[InlineLink, ...] | list[InlineLink]
    ) -> None:
        if self._parts:
            self._parts.append(PARAGRAPH_SEPARATOR)
            self._length += len(PARAGRAPH_SEPARATOR)
        start = self._length
        self._parts.append(text)
        self._length += len(text)
        self._paragraphs.append(Paragraph(len(self._paragraphs), kind, start, self._length))
        for link in links:
            anchor = text[link.start : link.end]
            self._links.append(Link(link.url, start + link.start, start + link.end, anchor))


def _clean_meta(value: str | None) -> str | None:
    """Metadata gets the same whitespace rules as text, and (having no offsets to keep) its
    control and bidi characters shown as U+FFFD once and for all; an empty value is None."""
    if value is None:
        return None
    return safe_text(clean_inline(value)) or None
