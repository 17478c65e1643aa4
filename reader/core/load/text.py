"""Plain text as people get it by copying or scraping a news page.

The shape: maybe some page furniture, a title line, maybe a byline and a date line, then
paragraphs separated by blank lines (or one paragraph per line when the scrape lost the blank
lines), with more furniture mixed in and a "Related stories" list or an author bio at the end.
Lines are classified once (junk or text), the header is read off the top, then the remaining
lines are grouped into paragraphs. Everything is linear in the number of lines.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.load import junk
from reader.core.load.builder import ArticleBuilder
from reader.core.load.text_header import STOPS as _STOPS
from reader.core.load.text_header import Header as _Header
from reader.core.load.text_header import TextLine as _Line
from reader.core.load.text_header import continues as _continues
from reader.core.load.text_header import mark_author_lines as _mark_author_lines
from reader.core.load.text_header import read_header as _read_header
from reader.core.model import Article, ParagraphKind
from reader.core.pattern_store import page_pattern

_QUOTE_MARKER = page_pattern(r">+\s?")
_BULLETS = "-*•▪‣"
_BULLET = page_pattern(rf"[{_BULLETS}]\s+")
# Fewer blank-line breaks than this per line of text: the scrape put one paragraph per line.
_LINE_MODE_RATIO = 0.1
_MAX_HEADING_WORDS = 12
_MAX_ADDRESS_NEIGHBOUR_WORDS = 5
# a question's label that opens a paragraph, and an answer's (or the next question's) after a
# sentence's end inside it
_LABEL_FIRST = page_pattern(r"Q:\s.*?[.?!”\"’)]\s+A:\s")
_LABEL = page_pattern(r"[QA]:\s")
_INLINE_LABEL = page_pattern(r"(?<=[.?!”\"’)])\s+(?=[QA]:\s)")
_SENTENCE_OPENINGS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ\"“‘'")


@dataclass(slots=True)
class _Para:
    lines: list[str]
    quote: bool
    bullet: bool

    @property
    def text(self) -> str:
        return " ".join(self.lines)


def parse_text(text: str, source: str) -> Article:
    lines = _read_lines(text)
    _mark_address_neighbours(lines)
    _mark_list_blocks(lines)
    _mark_heading_lines(lines)
    header = _read_header(lines)
    _mark_author_lines(lines, header)
    paras = _group(lines, header.used, _is_line_mode(lines))
    if not paras:  # only headline-like lines ("Hello world"): they are the text, not a header
        header = _Header()
        paras = _group(lines, header.used, _is_line_mode(lines))
    authors = header.byline.names if header.byline else ()
    paras = _split_inline_labels(_drop_trailers(paras, authors))
    builder = ArticleBuilder(source)
    builder.title = header.title
    builder.author = header.byline.text if header.byline and header.byline.names else None
    builder.published = header.published
    for i, para in enumerate(paras):
        builder.add(para.text, _kind(paras, i))
    return builder.build()


def _read_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    blank = True
    previous: _Line | None = None
    for raw in text.split("\n"):
        stripped = raw.strip()
        if not stripped:
            blank, previous = True, None
            continue
        line = _parse_line(stripped, blank)
        # A wrapped sentence's next words are never furniture (and need no junk check).
        if not line.text:
            line.junk = "language"
        elif not _continues(previous, line):
            line.junk = junk.line_junk(line.text)
        lines.append(line)
        previous = line
        blank = False
    for line in lines[junk.comments_start([line.text for line in lines]) :]:
        line.junk = line.junk or "comments"  # readers' comments under the article
    return lines


def _parse_line(stripped: str, blank_before: bool) -> _Line:
    line = _Line(stripped, blank_before=blank_before)
    marker = _QUOTE_MARKER.match(line.text) if line.text[0] == ">" else None
    if marker:
        line.quote, line.text = True, line.text[marker.end() :]
    bullet = _BULLET.match(line.text) if line.text[:1] in _BULLETS else None
    if bullet:
        line.bullet, line.text = True, line.text[bullet.end() :]
    line.text = junk.strip_language_switcher(line.text)
    return line


def _mark_address_neighbours(lines: list[_Line]) -> None:
    """A newsroom's name or town next to its street or postcode line is part of the address."""
    anchors = [i for i, line in enumerate(lines) if line.junk == "address"]
    for i in anchors:
        if i > 0 and not lines[i].blank_before:
            _absorb_into_address(lines[i - 1])
        if i + 1 < len(lines) and not lines[i + 1].blank_before:
            _absorb_into_address(lines[i + 1])


def _absorb_into_address(line: _Line) -> None:
    short = len(line.text.split()) <= _MAX_ADDRESS_NEIGHBOUR_WORDS
    if line.junk is None and short and not junk.ends_sentence(line.text, _STOPS):
        line.junk = "address"


def _mark_list_blocks(lines: list[_Line]) -> None:
    """Lines that are items, not the wrapped lines of a paragraph, stand alone.

    A block of capitalised lines none of which ends a sentence is a list (a "Related stories"
    box, a menu); and a "Related"/"Most read" heading is always a line of its own.
    """
    start = 0
    for end in range(1, len(lines) + 1):
        if end < len(lines) and not lines[end].blank_before:
            continue
        block = lines[start:end]
        if len(block) > 1 and all(_is_list_item(line) for line in block):
            for line in block:
                line.alone = True
        start = end
    for line in lines:
        if line.junk is None and junk.is_related_heading(line.text):
            line.alone = True


def _mark_heading_lines(lines: list[_Line]) -> None:
    """A short first line that ends no sentence, over a line that starts one, is a heading of
    its own: a live blog's "FT: Morrowgate 3-3 Lindow Harriers" over the entry. Short means
    well under the text's usual line: a wrapped paragraph's first line is a full one."""
    lengths = sorted(len(line.text) for line in lines if line.junk is None)
    if not lengths:
        return
    # the wrap width, if the text is wrapped: the 90th percentile (the longest line in a short
    # text, where a percentile would fall on the headings themselves)
    usual = lengths[(len(lengths) - 1) * 9 // 10] if len(lengths) >= 20 else lengths[-1]
    for above, line, below in zip([None, *lines], lines, lines[1:], strict=False):
        opens_block = line.blank_before or (above is not None and above.junk is not None)
        if (
            opens_block
            and not below.blank_before
            and line.junk is None
            and below.text[:1] in _SENTENCE_OPENINGS
            and len(line.text) * 5 < usual * 3
            and not junk.ends_sentence(line.text, _STOPS)
            and not line.text.endswith((",", ";", ":", "—", "–", "-"))
            and junk.has_words(line.text, 2)  # (not a list's number: "7" over an item)
            and not junk.has_words(line.text, _MAX_HEADING_WORDS + 1)
        ):
            line.alone = True


def _is_list_item(line: _Line) -> bool:
    first = line.text[:1]
    return (first.isupper() or first.isdigit()) and not junk.ends_sentence(line.text, _STOPS)


def _is_line_mode(lines: list[_Line]) -> bool:
    breaks = sum(line.blank_before for line in lines[1:])
    return len(lines) >= 4 and breaks < _LINE_MODE_RATIO * len(lines)


def _group(lines: list[_Line], used: set[int], line_mode: bool) -> list[_Para]:
    """Kept lines -> paragraphs. A junk or header line always ends the paragraph before it."""
    paras: list[_Para] = []
    current: _Para | None = None
    previous: _Line | None = None
    for i, line in enumerate(lines):
        if line.junk is not None or i in used:
            current, previous = None, None
            continue
        if current is None or _starts_paragraph(previous, line, current, line_mode):
            current = _Para([], line.quote, line.bullet)
            paras.append(current)
        current.lines.append(line.text)
        previous = line
    return paras


def _starts_paragraph(previous: _Line | None, line: _Line, current: _Para, line_mode: bool) -> bool:
    if line.bullet or line.alone or line.quote != current.quote:
        return True
    if previous is not None and previous.alone:
        return True
    if line_mode:
        return not _continues(previous, line)
    return line.blank_before


def _drop_trailers(paras: list[_Para], authors: tuple[str, ...]) -> list[_Para]:
    """Related-stories lists, then the author's bio among the last paragraphs."""
    related = junk.related_drops([para.text for para in paras])
    paras = [para for i, para in enumerate(paras) if i not in related]
    bio = junk.bio_drops([para.text for para in paras], authors)
    return [para for i, para in enumerate(paras) if i not in bio]


def _split_inline_labels(paras: list[_Para]) -> list[_Para]:
    """ "Q: Did you see it coming? A: We saw the orders drop. Q: And now? A: …": a transcript
    whose line breaks the scrape lost; each label opens its own paragraph again."""
    out: list[_Para] = []
    for para in paras:
        text = para.text
        if para.quote or para.bullet or not _LABEL_FIRST.match(text):
            out.append(para)
            continue
        out += [_Para([piece], False, False) for piece in _INLINE_LABEL.split(text)]
    return out


def _kind(paras: list[_Para], i: int) -> ParagraphKind:
    para = paras[i]
    if para.quote:
        return ParagraphKind.BLOCKQUOTE
    inside = 0 < i < len(paras) - 1
    if inside and _is_heading(para) and not _is_heading(paras[i + 1]):
        return ParagraphKind.HEADING
    return ParagraphKind.BODY


def _is_heading(para: _Para) -> bool:
    """A short line of its own with no closing punctuation (a question mark is fine)."""
    if para.quote or para.bullet or len(para.lines) != 1:
        return False
    text = para.lines[0]
    if junk.ends_sentence(text, _STOPS) and not text.endswith("?"):
        return False
    if _LABEL.match(text):
        return False  # "Q: And now?": an interviewer's question, not a heading
    return text[:1].isupper() and not junk.has_words(text, _MAX_HEADING_WORDS + 1)
