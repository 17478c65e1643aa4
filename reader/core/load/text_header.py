"""The header of a plain-text page: its title, byline and date, read off the top lines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.core.load import junk
from reader.core.load.meta import Byline, parse_byline, parse_date_line
from reader.core.pattern_store import page_pattern

STOPS = ".!?:;…"  # a line ending in one of these does not run on into the next line
_TITLE_BAD_END = page_pattern(r"[.,;:]$")
_PUBLISHED_LABEL = page_pattern(r"(?:first )?(?:published|posted)\b", re.I)
_HEADER_WINDOW = 15
_META_LINES_AFTER_TITLE = 4
_MAX_TITLE = 200


@dataclass(slots=True)
class TextLine:
    text: str
    quote: bool = False
    bullet: bool = False
    blank_before: bool = False
    junk: str | None = None
    alone: bool = False  # a paragraph of its own even inside a block of lines


@dataclass(slots=True)
class Header:
    title: str | None = None
    byline: Byline | None = None
    published: str | None = None
    used: set[int] = field(default_factory=set)


def mark_author_lines(lines: list[TextLine], header: Header) -> None:
    """A line that is only a byline's name is furniture: a live blog signs each entry."""
    names = set(header.byline.names) if header.byline else set()
    for line in lines:
        if line.junk is None and line.text in names:
            line.junk = "byline"


def read_header(lines: list[TextLine]) -> Header:
    """Title, byline and date from the top, before the body starts.

    The title is the headline-like line just above the byline/date (or, with neither, the
    last headline-like line before the first real paragraph), so a site name or strap above
    it is dropped as page furniture. Byline and date lines may sit before the title or a few
    lines after it (below a standfirst).
    """
    header = Header()
    kept = [i for i, line in enumerate(lines) if line.junk is None][:_HEADER_WINDOW]
    texts = [lines[i].text for i in kept]
    metas = [_meta_of(text) for text in texts]
    _add_bare_name_bylines(texts, metas)
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
_BARE_NAME = page_pattern(r"[A-Z][a-z]+(?:[ -][A-Z][a-z’'-]+){1,2}")


def _add_bare_name_bylines(texts: list[str], metas: list[Byline | str | None]) -> None:
    """ "Helena Marchbank" over "Thu 12 Mar 2026 18.22 GMT", under a headline, is a byline (not
    "Markets Tumble Again" over a date: that is the title)."""
    for n in range(1, len(texts) - 1):
        above = metas[n - 1] is None and junk.has_words(texts[n - 1], _HEADLINE_WORDS)
        if (
            above
            and metas[n] is None
            and isinstance(metas[n + 1], str)
            and _BARE_NAME.fullmatch(texts[n])
        ):
            metas[n] = Byline((texts[n],))


def _meta_of(text: str) -> Byline | str | None:
    """A byline, a date (as `parse_date_line` gives it), or None for any other line."""
    return parse_byline(text) or parse_date_line(text)


def _title_position(
    lines: list[TextLine], kept: list[int], metas: list[Byline | str | None]
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


def _is_title(lines: list[TextLine], kept: list[int], n: int) -> bool:
    line = lines[kept[n]]
    if line.quote or line.bullet or len(line.text) > _MAX_TITLE:
        return False
    if _TITLE_BAD_END.search(line.text) or junk.is_related_heading(line.text):
        return False
    following = lines[kept[n + 1]] if n + 1 < len(kept) else None
    return following is None or not continues(line, following) or following.blank_before


def continues(previous: TextLine | None, line: TextLine) -> bool:
    """The line carries on a sentence from the line above (same block, lowercase start)."""
    if previous is None or previous.junk is not None or line.bullet:
        return False
    return line.text[:1].islower() and not junk.ends_sentence(previous.text, STOPS)
