"""Plain text as people get it by copying or scraping a news page.

The shape: maybe some page furniture, a title line, maybe a byline and a date line, then
paragraphs separated by blank lines (or one paragraph per line when the scrape lost the blank
lines), with more furniture mixed in and a "Related stories" list or an author bio at the end.
Lines are classified once (junk or text), the header is read off the top, then the remaining
lines are grouped into paragraphs. Everything is linear in the number of lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.core.load import junk
from reader.core.load.builder import ArticleBuilder
from reader.core.load.meta import Byline, parse_byline, parse_date_line
from reader.core.model import Article, ParagraphKind

_QUOTE_MARKER = re.compile(r">+\s?")
_BULLETS = "-*•▪‣"
_BULLET = re.compile(rf"[{_BULLETS}]\s+")
# A line ending in one of these does not run on into the next line.
_STOPS = ".!?:;…"
_TITLE_BAD_END = re.compile(r"[.,;:]$")
_PUBLISHED_LABEL = re.compile(r"(?:first )?(?:published|posted)\b", re.I)
# Fewer blank-line breaks than this per line of text: the scrape put one paragraph per line.
_LINE_MODE_RATIO = 0.1
_HEADER_WINDOW = 15
_META_LINES_AFTER_TITLE = 4
_MAX_TITLE = 200
_MAX_HEADING_WORDS = 12
_MAX_ADDRESS_NEIGHBOUR_WORDS = 5


@dataclass(slots=True)
class _Line:
    text: str
    quote: bool = False
    bullet: bool = False
    blank_before: bool = False
    junk: str | None = None
    alone: bool = False  # a paragraph of its own even inside a block of lines


@dataclass(slots=True)
class _Header:
    title: str | None = None
    byline: Byline | None = None
    published: str | None = None
    used: set[int] = field(default_factory=set)


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
    header = _read_header(lines)
    _mark_author_lines(lines, header)
    paras = _group(lines, header.used, _is_line_mode(lines))
    if not paras:  # only headline-like lines ("Hello world"): they are the text, not a header
        header = _Header()
        paras = _group(lines, header.used, _is_line_mode(lines))
    authors = header.byline.names if header.byline else ()
    paras = _drop_trailers(paras, authors)
    builder = ArticleBuilder(source)
    builder.title = header.title
    builder.author = header.byline.text if header.byline and header.byline.names else None
    builder.published = header.published
    for i, para in enumerate(paras):
        builder.add(para.text, _kind(paras, i))
    return builder.build()


def _mark_author_lines(lines: list[_Line], header: _Header) -> None:
    """A line that is only a byline's name is furniture: a live blog signs each entry."""
    names = set(header.byline.names) if header.byline else set()
    for line in lines:
        if line.junk is None and line.text in names:
            line.junk = "byline"


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


def _continues(previous: _Line | None, line: _Line) -> bool:
    """The line carries on a sentence from the line above (same block, lowercase start)."""
    if previous is None or previous.junk is not None or line.bullet:
        return False
    return line.text[:1].islower() and not junk.ends_sentence(previous.text, _STOPS)


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


def _is_list_item(line: _Line) -> bool:
    first = line.text[:1]
    return (first.isupper() or first.isdigit()) and not junk.ends_sentence(line.text, _STOPS)


def _read_header(lines: list[_Line]) -> _Header:
    """Title, byline and date from the top, before the body starts.

    The title is the headline-like line just above the byline/date (or, with neither, the
    last headline-like line before the first real paragraph), so a site name or strap above
    it is dropped as page furniture. Byline and date lines may sit before the title or a few
    lines after it (below a standfirst).
    """
    header = _Header()
    kept = [i for i, line in enumerate(lines) if line.junk is None][:_HEADER_WINDOW]
    texts = [lines[i].text for i in kept]
    metas = [_meta_of(text) for text in texts]
    for n in range(1, len(texts) - 1):  # "Helena Marchbank" over "Thu 12 Mar 2026 18.22 GMT",
        # under a headline (not "Markets Tumble Again" over a date: that is the title)
        above = metas[n - 1] is None and junk.has_words(texts[n - 1], _HEADLINE_WORDS)
        if (
            above
            and metas[n] is None
            and isinstance(metas[n + 1], str)
            and _BARE_NAME.fullmatch(texts[n])
        ):
            metas[n] = Byline((texts[n],))
    title_n = _title_position(lines, kept, metas)
    if title_n is not None:
        header.title = texts[title_n]
        header.used.update(kept[: title_n + 1])
    last = (title_n + 1 if title_n is not None else 0) + _META_LINES_AFTER_TITLE
    last_meta = max((n for n in range(min(len(kept), last)) if metas[n] is not None), default=-1)
    for n in range(min(len(kept), last)):
        meta = metas[n]
        if isinstance(meta, Byline) and header.byline is None:
            header.byline = meta
            header.published = header.published or meta.published
        elif isinstance(meta, str) and (
            header.published is None or _PUBLISHED_LABEL.match(texts[n])
        ):
            header.published = meta
        kicker = title_n is not None and title_n < n < last_meta and _is_kicker(texts[n])
        if meta is not None or kicker:
            header.used.add(kept[n])  # "EXCLUSIVE" between title and byline is a label
    return header


_HEADLINE_WORDS = 6
_STANDFIRST_WORDS = 14
# a byline without "By": a name alone on its line, right above the date line
_BARE_NAME = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z’'-]+){1,2}")


def _meta_of(text: str) -> Byline | str | None:
    """A byline, a date (as `parse_date_line` gives it), or None for any other line."""
    return parse_byline(text) or parse_date_line(text)


def _title_position(
    lines: list[_Line], kept: list[int], metas: list[Byline | str | None]
) -> int | None:
    body_at = next((n for n, i in enumerate(kept) if _starts_body(lines[i].text)), len(kept))
    titles = [n for n in range(body_at) if metas[n] is None and _is_title(lines, kept, n)]
    headlines = [n for n in titles if not _is_kicker(lines[kept[n]].text)]
    titles = headlines or titles  # "EXCLUSIVE" over a headline labels it, it is not the title
    first_meta = next((n for n in range(body_at) if metas[n] is not None), None)
    if first_meta is None:
        return titles[-1] if titles else None
    above = [n for n in titles if n < first_meta]
    below = [n for n in titles if n > first_meta]
    if len(above) > 1 and _is_standfirst(lines[kept[above[-2]]].text, lines[kept[above[-1]]].text):
        return above[-2]  # the headline, then a longer standfirst above the byline
    return above[-1] if above else (below[0] if below else None)


def _is_standfirst(headline: str, line: str) -> bool:
    """A headline of some words, then a longer line of many: the standfirst under it (not a
    site name over the headline)."""
    return (
        junk.has_words(headline, _HEADLINE_WORDS)
        and junk.has_words(line, _STANDFIRST_WORDS)
        and len(line) > len(headline)
    )


def _is_kicker(text: str) -> bool:
    """ "EXCLUSIVE", "BREAKING NEWS", "Opinion": a label of one or two words, or in capitals."""
    words = text.split()
    return len(words) <= 2 or (len(words) <= 4 and text.isupper())


def _starts_body(text: str) -> bool:
    """A sentence (a full stop; headlines may end in "?" or "!"), or a long line: the body."""
    return len(text) > _MAX_TITLE or junk.ends_sentence(text, ".…") or junk.is_body_like(text)


def _is_title(lines: list[_Line], kept: list[int], n: int) -> bool:
    line = lines[kept[n]]
    if line.quote or line.bullet or len(line.text) > _MAX_TITLE:
        return False
    if _TITLE_BAD_END.search(line.text) or junk.is_related_heading(line.text):
        return False
    following = lines[kept[n + 1]] if n + 1 < len(kept) else None
    return following is None or not _continues(line, following) or following.blank_before


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
    return text[:1].isupper() and not junk.has_words(text, _MAX_HEADING_WORDS + 1)
