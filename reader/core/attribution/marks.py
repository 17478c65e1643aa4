"""Find quoted spans in each paragraph: curly, straight and NYT-style doubles, or British singles.

Marks are paired per paragraph. News style lets a quote that runs over several paragraphs leave
each paragraph open and reopen the next one; scraped text loses marks. So an opening mark that is
never closed runs to the end of its paragraph (`closed=False`), and an opening mark found while a
quote is still open ends the earlier quote at the last sentence end before it.
"""

from __future__ import annotations

import bisect

from reader.core.attribution.marked_spans import MarkedSpan as MarkedSpan
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.single_choice import (
    lone_singles,
    singles_may_outnumber,
    with_sure_singles,
)
from reader.core.model import Article, Paragraph

# (and guillemets, as translated and European copy writes them: "« Je suis là, » she said")
_MARK = compiled(r"''|``|[“”„\"«»]")
_OPENERS = {"“", "„", "``", "«"}
_CLOSERS = {"”", "»"}
_SENTENCE_END = compiled(r"[.!?]\s+(?=[A-Z“\"])")
_CUE_INSIDE = compiled(
    r"[,?!](?=\s+(?:he|she|they|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:said|says|added|asked|"
    # (not "“He cut, he added, he rearranged …": a list of what someone did, inside the quote)
    r"told|explained|replied|insisted|warned)\b(?!,\s+(?:he|she|they|we|I)\s)"
    # inverted: "“This is not a protest against the school, said Deborah Fenn, …. “It's …"
    r"|\s+(?:said|says|added|asked|explained|replied|insisted|warned)\s+(?:[A-Z]|the\s|one\s))"
)
_BEFORE_OPEN = set(" \t\n([{—–-/:;,") | {""}


def find_marked_spans(article: Article) -> list[MarkedSpan]:
    """Quotes in the article's primary marks: doubles, or singles in British house style.

    Marks of the other kind are nested quotes inside those and are not quotes of their own.
    """
    from reader.core.attribution.singles import (  # singles builds on this module
        single_quote_spans,
        with_single_words,
    )

    text, paragraphs = article.text, article.paragraphs
    marks = _marks_by_paragraph(text, paragraphs)
    doubles = [
        s
        for p, found in zip(paragraphs, marks, strict=True)
        for s in _paragraph_spans(text, p, found)
    ]
    if not singles_may_outnumber(text, paragraphs, len(doubles)):
        # only a paragraph with a curly opening single may hold a single-quoted quote then
        curly = [p for p in paragraphs if text.find("‘", p.start, p.end) >= 0]
        sure = with_sure_singles(doubles, [s for p in curly for s in single_quote_spans(text, p)])
        return with_single_words(article, sure)
    singles = [s for p in article.paragraphs for s in single_quote_spans(article.text, p)]
    outside = [
        d
        for d in doubles
        if not any(s.open_at < d.open_at < (s.close_at or s.end) for s in singles)
    ]
    # British style wins with more quotes, or when every double is nested in a single (‘… said
    # “you have my word”. …,’ she said)
    if not singles or (len(singles) <= len(doubles) and outside):
        sure = with_sure_singles(doubles, singles)
        lone = lone_singles(text, singles, doubles, sure)
        return with_single_words(article, sorted(sure + lone, key=lambda s: s.open_at))
    # a single quote inside one of those doubles is nested in it, not a quote of its own
    singles = [
        s
        for s in singles
        if not any(d.open_at < s.open_at < (d.close_at or d.end) for d in outside)
    ]
    return sorted(singles + outside, key=lambda s: s.open_at)


def _marks_by_paragraph(text: str, paragraphs: list[Paragraph]) -> list[list[tuple[int, str]]]:
    """(where, mark) of each match of `_MARK.finditer(text, p.start, p.end)`, for each paragraph,
    shared out from one search of the whole text (a finditer per paragraph cost more than the
    search). Where a two-character mark ("''") runs over a paragraph's edge, the two could
    disagree, and that paragraph is scanned on its own."""
    found = _all_marks(text)
    starts = [at for at, _ in found]
    marks = []
    for p in paragraphs:
        first, stop = bisect.bisect_left(starts, p.start), bisect.bisect_left(starts, p.end)
        if (first and _end(found[first - 1]) > p.start) or (stop and _end(found[stop - 1]) > p.end):
            marks.append([(m.start(), m.group()) for m in _MARK.finditer(text, p.start, p.end)])
        else:
            marks.append(found[first:stop])
    return marks


def _all_marks(text: str) -> list[tuple[int, str]]:
    """`_MARK.finditer(text)` as (where, mark), found with `str.find`: 3x quicker than the
    engine's scan. The alternatives share no character, so they never overlap; a run of
    apostrophes pairs up from its left, as the engine's "''" does."""
    found: list[tuple[int, str]] = []
    for mark in _MARKS:
        at = text.find(mark)
        while at >= 0:
            found.append((at, mark))
            at = text.find(mark, at + len(mark))
    found.sort()
    return found


_MARKS = ("''", "``", "“", "”", "„", '"', "«", "»")  # what _MARK matches


def _end(mark: tuple[int, str]) -> int:
    return mark[0] + len(mark[1])


def _paragraph_spans(
    text: str, paragraph: Paragraph, marks: list[tuple[int, str]]
) -> list[MarkedSpan]:
    spans: list[MarkedSpan] = []
    open_at: int | None = None
    open_len = 0
    for at, mark in marks:
        # („…“: German and Central European copy close a low opening mark with a high one)
        low_open = open_at is not None and text.startswith("„", open_at) and mark == "“"
        if not low_open and _is_opening(text, mark, at, open_at is not None, paragraph):
            if open_at is not None:
                spans.append(_cut_unclosed(text, paragraph.index, open_at, open_len, at))
            open_at, open_len = at, len(mark)
        elif open_at is not None:
            start, end = _inside_spaces(text, open_at + open_len, at)  # "« Bonjour »"
            spans.append(MarkedSpan(paragraph.index, start, end, open_at, at))
            open_at = None
        elif mark == "”" and text[at - 1 : at] in ",.?!":
            spans.append(_lost_opening(text, paragraph, spans, at))
    if open_at is not None:
        end = _rstrip(text, open_at + open_len, paragraph.end)
        spans.append(_closed_by_cue(text, paragraph.index, open_at, open_len, end))
    return [s for s in spans if text[s.start : s.end].strip()]


def _lost_opening(
    text: str, paragraph: Paragraph, spans: list[MarkedSpan], close: int
) -> MarkedSpan:
    """`It was a good-natured crowd,” he said.` (the opening mark lost in scraping): the quote
    began where its sentence did."""
    floor = max([paragraph.start] + [(s.close_at or s.end) + 1 for s in spans])
    stops = list(_SENTENCE_END.finditer(text, floor, close))
    start = stops[-1].end() if stops else floor
    while start < close and text[start].isspace():
        start += 1
    return MarkedSpan(paragraph.index, start, close, start, close)


def _closed_by_cue(text: str, index: int, open_at: int, open_len: int, end: int) -> MarkedSpan:
    """`“Every one is a family, she said. “Every…`: the closing mark was lost before the cue."""
    cue = _CUE_INSIDE.search(text, open_at + open_len, end)
    if cue is None:
        return MarkedSpan(index, open_at + open_len, end, open_at, None)
    return MarkedSpan(index, open_at + open_len, cue.start() + 1, open_at, cue.start() + 1)


def _is_opening(text: str, mark: str, at: int, inside: bool, paragraph: Paragraph) -> bool:
    if mark in _OPENERS:
        return True
    if mark in _CLOSERS:
        return False
    # A straight mark (or the NYT's two apostrophes, used both ways): decide by its neighbours,
    # then by whether a quote is open.
    before = text[at - 1] if at > paragraph.start else ""
    after = text[at + len(mark)] if at + len(mark) < paragraph.end else ""
    closes_here = after == "" or after.isspace() or after in ".,;:!?)]"
    if before in _BEFORE_OPEN and not closes_here:
        return True
    return not inside and not closes_here


def _cut_unclosed(text: str, index: int, open_at: int, open_len: int, next_open: int) -> MarkedSpan:
    """An opened quote that meets another opening mark: end it before a cue inside it, or at its
    last sentence end."""
    start = open_at + open_len
    if _CUE_INSIDE.search(text, start, next_open):
        return _closed_by_cue(text, index, open_at, open_len, next_open)
    region = text[start:next_open]
    last_stop = max(region.rfind(". "), region.rfind("? "), region.rfind("! "))
    end = start + last_stop + 1 if last_stop > 0 else _rstrip(text, start, next_open)
    return MarkedSpan(index, start, end, open_at, None)


def _inside_spaces(text: str, start: int, end: int) -> tuple[int, int]:
    """The quoted words without the spaces French style sets inside guillemets."""
    return trimmed(text, start, end, _INNER_SPACES)


def trimmed(text: str, start: int, end: int, chars: str) -> tuple[int, int]:
    """`start`, `end` moved inward past any of `chars` (a `strip` that keeps offsets)."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


_INNER_SPACES = " \u00a0\u202f\u2009"


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
